"""The contract's types as RDF terms: one table per kind, read by emission, shapes tests and queries.

The contract (``shared/eval/CONTRACT.md``) names entity, relation and event types with
plain strings; this module maps each one to the RDF classes or property that
``docs/rdf-model.md`` gives it, and back.

>>> ENTITY_TYPE_CLASSES["Hospital"]
(rdflib.term.URIRef('https://schema.org/Hospital'), rdflib.term.URIRef('http://www.w3.org/ns/org#Organization'))
>>> RELATION_PREDICATES["located_in"]
rdflib.term.URIRef('https://w3id.org/healthkg/ontology#locatedIn')
>>> relation_type_of(HKG.partnerOf)
'partner_of'
"""
from __future__ import annotations

from types import MappingProxyType

from rdflib.namespace import ORG, PROV, SDO
from rdflib.term import URIRef

from healthkg.ontology.namespace import HKG

__all__ = [
    "ENTITY_TYPE_CLASSES",
    "ENTITY_BASE_CLASS",
    "PLACE_CLASSES",
    "RELATION_PREDICATES",
    "SYMMETRIC_PREDICATES",
    "EVENT_TYPE_CLASSES",
    "entity_classes",
    "relation_type_of",
    "event_type_of",
]

#: Every entity is also a ``prov:Entity``.
ENTITY_BASE_CLASS = PROV.Entity

#: Contract entity type -> its ``rdf:type`` classes (besides ``prov:Entity``).
ENTITY_TYPE_CLASSES: "MappingProxyType[str, tuple[URIRef, ...]]" = MappingProxyType({
    "Person": (SDO.Person,),
    "Hospital": (SDO.Hospital, ORG.Organization),
    "Company": (SDO.Corporation, ORG.Organization),
    "GovernmentBody": (SDO.GovernmentOrganization, ORG.Organization),
    "Association": (HKG.Association, ORG.Organization),
    "University": (SDO.CollegeOrUniversity, ORG.Organization),
    "ResearchInstitute": (SDO.ResearchOrganization, ORG.Organization),
    "MediaOrganization": (SDO.NewsMediaOrganization, ORG.Organization),
    "Organization": (SDO.Organization, ORG.Organization),
    "City": (SDO.City,),
    "Region": (HKG.Region,),
    "Country": (SDO.Country,),
})

#: The classes a place carries (one of them), e.g. as the organization of a membership.
PLACE_CLASSES = (SDO.City, HKG.Region, SDO.Country)

#: Contract relation type -> the property of the direct triple.
RELATION_PREDICATES: "MappingProxyType[str, URIRef]" = MappingProxyType({
    "role": HKG.hasRole,
    "located_in": HKG.locatedIn,
    "part_of": HKG.partOf,
    "agreement": HKG.agreementWith,
    "visit": HKG.visited,
    "partner_of": HKG.partnerOf,
})

#: Properties stated in both directions.
SYMMETRIC_PREDICATES = frozenset({HKG.agreementWith, HKG.partnerOf})

#: Contract event type -> its class.
EVENT_TYPE_CLASSES: "MappingProxyType[str, URIRef]" = MappingProxyType({
    "Agreement": HKG.Agreement,
    "Visit": HKG.Visit,
    "Meeting": HKG.Meeting,
    "Project": HKG.Project,
})

_RELATION_TYPES_BY_PREDICATE = {p: t for t, p in RELATION_PREDICATES.items()}
_EVENT_TYPES_BY_CLASS = {c: t for t, c in EVENT_TYPE_CLASSES.items()}


def entity_classes(entity_type: str) -> tuple[URIRef, ...]:
    """Every ``rdf:type`` of an entity of this contract type, ``prov:Entity`` last.

    Raises ``KeyError`` for a type outside the contract.

    >>> [c.n3() for c in entity_classes("City")]
    ['<https://schema.org/City>', '<http://www.w3.org/ns/prov#Entity>']
    """
    return ENTITY_TYPE_CLASSES[entity_type] + (ENTITY_BASE_CLASS,)


def relation_type_of(predicate: URIRef) -> str | None:
    """The contract relation type of a direct-triple property, or ``None``.

    >>> relation_type_of(HKG.hasRole)
    'role'
    """
    return _RELATION_TYPES_BY_PREDICATE.get(predicate)


def event_type_of(event_class: URIRef) -> str | None:
    """The contract event type of an event class, or ``None``.

    >>> event_type_of(HKG.Visit)
    'Visit'
    """
    return _EVENT_TYPES_BY_CLASS.get(event_class)
