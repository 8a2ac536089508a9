"""What extraction produces: entities with mentions, relations and events with evidence.

The classes map one to one onto the output contract of ``healthkg extract``
(``shared/eval/CONTRACT.md``); :meth:`DocumentExtraction.to_contract` writes it.

>>> m = Mention(text="Chengdu", start=10, end=17)
>>> e = Entity(id="place/chengdu", type="City", name="Chengdu", mentions=[m])
>>> e.coarse_kind
'place'
>>> e.to_contract()["mentions"]
[{'text': 'Chengdu', 'start': 10, 'end': 17}]
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Fine entity types of the contract, by coarse kind.
PERSON_TYPES = ("Person",)
ORGANIZATION_TYPES = (
    "Hospital", "Company", "GovernmentBody", "Association", "University",
    "ResearchInstitute", "MediaOrganization", "Organization",
)
PLACE_TYPES = ("City", "Region", "Country")
ENTITY_TYPES = PERSON_TYPES + ORGANIZATION_TYPES + PLACE_TYPES
RELATION_TYPES = ("role", "located_in", "part_of", "agreement", "visit", "partner_of")
SYMMETRIC_RELATIONS = frozenset({"agreement", "partner_of"})
EVENT_TYPES = ("Agreement", "Visit", "Meeting", "Project")


def coarse_kind(entity_type: str) -> str:
    """``person``, ``organization`` or ``place`` for a fine type.

    >>> coarse_kind("Hospital")
    'organization'
    """
    if entity_type in PERSON_TYPES:
        return "person"
    if entity_type in PLACE_TYPES:
        return "place"
    return "organization"


@dataclass
class Mention:
    """A place in the text where an entity is named (offsets into the document text)."""

    text: str
    start: int
    end: int
    language: str | None = None

    def to_contract(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Evidence:
    """The sentence a statement was read from, with its offsets in the document."""

    text: str
    start: int
    end: int

    def to_contract(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Amount:
    """Money stated for an event: a number and an ISO 4217 code."""

    value: float
    currency: str

    def to_contract(self) -> dict[str, Any]:
        value = int(self.value) if float(self.value).is_integer() else self.value
        return {"value": value, "currency": self.currency}


@dataclass
class Entity:
    """One real-world entity as seen in one document.

    ``id`` is shared by every document that names the same entity (set by
    resolution). ``links`` holds identifiers from outside: ``geonames`` (the
    numeric id as a string), ``iso3166`` (a country or subdivision code),
    ``lat`` and ``lon``. ``alt_names`` maps each other name seen to its language.
    ``attributes`` is free for recognizers (for example a person's titles).
    """

    id: str
    type: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    links: dict[str, Any] = field(default_factory=dict)
    alt_names: dict[str, str | None] = field(default_factory=dict)
    attributes: dict[str, Any] = field(default_factory=dict)

    @property
    def coarse_kind(self) -> str:
        return coarse_kind(self.type)

    def to_contract(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "mentions": [m.to_contract() for m in self.mentions],
        }


@dataclass
class Relation:
    """A typed link between two entities (by id), with the title for ``role``."""

    type: str
    subject: str
    object: str
    evidence: Evidence
    role: str | None = None

    def to_contract(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "subject": self.subject, "object": self.object}
        if self.role is not None:
            out["role"] = self.role
        out["evidence"] = self.evidence.to_contract()
        return out


@dataclass
class Event:
    """A cooperation event: an agreement, visit, meeting or project.

    ``date_inferred`` says the text does not state the date: the event took the day the text
    was at (the last date it named or gave an event before, else the day of publication).

    >>> ev = Evidence("They met.", 0, 9)
    >>> Event("e/1", "Meeting", ["o/a"], ev, date="2025-03-03", date_inferred=True).to_contract()["date_inferred"]
    True
    """

    id: str
    type: str
    participants: list[str]
    evidence: Evidence
    date: str | None = None
    amount: Amount | None = None
    date_inferred: bool = False

    def to_contract(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "date": self.date,
            "date_inferred": self.date_inferred,
            "participants": list(self.participants),
            "amount": self.amount.to_contract() if self.amount else None,
            "evidence": self.evidence.to_contract(),
        }


@dataclass
class DocumentExtraction:
    """Everything extracted from one document."""

    document: "Document"  # noqa: F821 - healthkg.loaders.document.Document
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with this id, or ``None``."""
        for candidate in self.entities:
            if candidate.id == entity_id:
                return candidate
        return None

    def to_contract(self) -> dict[str, Any]:
        doc = self.document
        return {
            "id": doc.id,
            "source": doc.source,
            "title": doc.title,
            "language": doc.language,
            "published": doc.published,
            "entities": [e.to_contract() for e in self.entities],
            "relations": [r.to_contract() for r in self.relations],
            "events": [e.to_contract() for e in self.events],
        }
