"""The healthkg namespaces.

``HKG`` is closed: a term that the ontology (``healthkg.ttl``) does not define is an
error, not a silent new IRI. Data IRIs live under :data:`ID`, named graphs under
:data:`GRAPH`.

>>> HKG.Agreement
rdflib.term.URIRef('https://w3id.org/healthkg/ontology#Agreement')
>>> HKG.Agreemnt
Traceback (most recent call last):
...
AttributeError: term 'Agreemnt' not in namespace 'https://w3id.org/healthkg/ontology#'
"""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace
from rdflib.term import URIRef

ONTOLOGY_IRI = "https://w3id.org/healthkg/ontology"
#: Entities, documents, events, evidence: ``ID + "org/justgood-health-industry-group"``.
ID = Namespace("https://w3id.org/healthkg/id/")
#: Named graphs: one per document (``GRAPH + doc_id``) and a few shared ones.
GRAPH = Namespace("https://w3id.org/healthkg/graph/")
#: GeoNames features: ``GEONAMES + "1815286/"``.
GEONAMES = Namespace("https://sws.geonames.org/")


class HKG(DefinedNamespace):
    """Terms of the healthkg ontology (see ``healthkg/ontology/healthkg.ttl``)."""

    _fail = True
    _NS = Namespace(ONTOLOGY_IRI + "#")

    # classes: entities
    Association: URIRef  # chambers, medical associations, societies, party committees
    Region: URIRef  # province, state, district, zone, continent-level region
    # classes: cooperation events
    CooperationEvent: URIRef
    Agreement: URIRef
    Visit: URIRef
    Meeting: URIRef
    Project: URIRef
    # classes: provenance
    Evidence: URIRef  # a sentence with its offsets in a document
    Mention: URIRef  # a place in a document where an entity is named
    RelationStatement: URIRef  # a reified relation with its evidence
    CurationDecision: URIRef  # a merge, split or preferred name from the curation file

    # relations between entities (direct triples; also reified as RelationStatement)
    hasRole: URIRef  # Person -> organization or place where the person holds a position
    locatedIn: URIRef  # organization -> place
    partOf: URIRef  # organization -> organization
    agreementWith: URIRef  # symmetric
    visited: URIRef  # person or organization -> organization or place
    partnerOf: URIRef  # symmetric

    # statements, events, evidence
    relationType: URIRef  # the contract name of a reified relation ("role", "located_in", ...)
    roleTitle: URIRef  # the title as written, on org:Membership and role statements
    participant: URIRef  # event -> entity
    amount: URIRef  # event -> schema:MonetaryAmount
    dateInferred: URIRef  # event -> true when the text does not state the event's day
    evidence: URIRef  # statement / event / membership -> Evidence
    document: URIRef  # evidence / mention / event -> schema:NewsArticle
    evidenceText: URIRef
    startOffset: URIRef
    endOffset: URIRef
    mentionOf: URIRef  # Mention -> entity
    mentionText: URIRef
    entityType: URIRef  # the contract's fine type as a literal ("Hospital")
    sourcePath: URIRef  # where the document was read from
    sentenceLanguage: URIRef  # language of an evidence sentence
    geonamesId: URIRef  # numeric GeoNames id as a literal
    countryCode: URIRef  # ISO 3166 code
    mergedBy: URIRef  # entity -> CurationDecision
    mergeReason: URIRef  # why two names were merged (explainable resolution)
