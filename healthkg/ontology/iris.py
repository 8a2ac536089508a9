"""Minting IRIs for documents, entities, events, evidence and statements.

Every IRI derives from ids, offsets and content hashes only, so the same input always
gives the same IRI (no timestamps, no randomness). A path segment made only of
unreserved characters (``A-Z a-z 0-9 - . _ ~``) is kept as it is, so
``id:`` + a contract id is the entity's IRI; any other segment becomes an ASCII slug
(through anyascii) followed by a short hash of the original, so an IRI never holds a
space, a quote, one of ``<>"{}|\\^`` or a backquote, or a non-ASCII character, and two
different ids never share an IRI (short of a hash collision).

>>> entity_iri("org/justgood-health-industry-group")
rdflib.term.URIRef('https://w3id.org/healthkg/id/org/justgood-health-industry-group')
>>> entity_iri("org/成都医院")
rdflib.term.URIRef('https://w3id.org/healthkg/id/org/chengdouyiyuan-4edc0715b4')
>>> evidence_iri("000_40dd52778adfcd27", 0, 210)
rdflib.term.URIRef('https://w3id.org/healthkg/id/doc/000_40dd52778adfcd27/evidence/0-210')
>>> role_iri("Parteisekretär")
rdflib.term.URIRef('https://w3id.org/healthkg/id/role/parteisekretar')
"""
from __future__ import annotations

import hashlib
import json
import re
from typing import Protocol
from urllib.parse import quote

from anyascii import anyascii
from rdflib.term import URIRef

from healthkg.ontology.namespace import GRAPH, ID

__all__ = [
    "entity_iri",
    "document_iri",
    "document_graph_iri",
    "entities_graph_iri",
    "curation_graph_iri",
    "event_iri",
    "amount_iri",
    "evidence_iri",
    "mention_iri",
    "statement_iri",
    "membership_iri",
    "role_iri",
    "merge_decision_iri",
    "relation_key",
    "web_iri",
    "safe_segment",
]

_SAFE_SEGMENT = re.compile(r"[A-Za-z0-9._~-]+")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_HASH_CHARS = 10
_MAX_SLUG = 60
#: Named graphs that are not documents; a document with one of these ids gets a hashed name.
RESERVED_GRAPH_NAMES = frozenset({"entities"})
#: Characters left as they are in a web address (RFC 3986 reserved + unreserved, and ``%``).
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~-._"


class _RelationLike(Protocol):
    type: str
    subject: str
    object: str
    role: str | None
    evidence: object


def _digest(text: str, length: int = _HASH_CHARS) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def _slug(text: str) -> str:
    return _NOT_SLUG.sub("-", anyascii(text).lower()).strip("-")[:_MAX_SLUG].rstrip("-")


def safe_segment(segment: str) -> str:
    """One IRI path segment for *segment*: itself when safe, else slug + hash.

    >>> safe_segment("000_40dd52778adfcd27")
    '000_40dd52778adfcd27'
    >>> safe_segment('a "b" <c>')
    'a-b-c-1a105b6193'
    >>> safe_segment("..")
    '5ec1f7e700'
    """
    if _SAFE_SEGMENT.fullmatch(segment) and segment not in {".", ".."}:
        return segment
    slug = _slug(segment)
    digest = _digest(segment)
    return f"{slug}-{digest}" if slug else digest


def _safe_path(identifier: str) -> str:
    if not isinstance(identifier, str) or not identifier:
        raise ValueError(f"an id must be a non-empty string, not {identifier!r}")
    return "/".join(safe_segment(part) for part in identifier.split("/"))


def _offsets(start: int, end: int) -> str:
    if isinstance(start, bool) or isinstance(end, bool) or not isinstance(start, int) or not isinstance(end, int):
        raise ValueError(f"offsets must be integers, not {start!r}-{end!r}")
    return f"{start}-{end}"


def entity_iri(entity_id: str) -> URIRef:
    """The IRI of an entity: ``id:`` + its contract id (``person/shi-jun``).

    >>> entity_iri("person/shi jun")
    rdflib.term.URIRef('https://w3id.org/healthkg/id/person/shi-jun-5531d160fb')
    """
    return ID[_safe_path(entity_id)]


def document_iri(doc_id: str) -> URIRef:
    """``id:doc/{doc_id}`` (the document id is one segment).

    >>> document_iri("000_40dd52778adfcd27")
    rdflib.term.URIRef('https://w3id.org/healthkg/id/doc/000_40dd52778adfcd27')
    """
    return ID["doc/" + safe_segment(_check_doc_id(doc_id))]


def document_graph_iri(doc_id: str) -> URIRef:
    """``graph:{doc_id}``, the named graph of one document.

    A document id equal to a shared graph's name (``entities``) gets a hashed name.

    >>> document_graph_iri("000_40dd52778adfcd27")
    rdflib.term.URIRef('https://w3id.org/healthkg/graph/000_40dd52778adfcd27')
    >>> document_graph_iri("entities") == entities_graph_iri()
    False
    """
    segment = safe_segment(_check_doc_id(doc_id))
    if segment in RESERVED_GRAPH_NAMES:
        segment = f"{segment}-{_digest('doc:' + segment)}"
    return GRAPH[segment]


def curation_graph_iri() -> URIRef:
    """``graph:curation``, the merges that the curation file forced.

    >>> curation_graph_iri()
    rdflib.term.URIRef('https://w3id.org/healthkg/graph/curation')
    """
    return GRAPH["curation"]


def entities_graph_iri() -> URIRef:
    """``graph:entities``, the graph of facts about entities not read from one document.

    >>> entities_graph_iri()
    rdflib.term.URIRef('https://w3id.org/healthkg/graph/entities')
    """
    return GRAPH["entities"]


def event_iri(event_id: str) -> URIRef:
    """``id:`` + the contract event id (``event/{doc_id}/{n}``); ``event/`` is added if missing.

    >>> event_iri("event/000_40dd52778adfcd27/1")
    rdflib.term.URIRef('https://w3id.org/healthkg/id/event/000_40dd52778adfcd27/1')
    """
    path = _safe_path(event_id)
    if not path.startswith("event/"):
        path = "event/" + path
    return ID[path]


def amount_iri(event_id: str) -> URIRef:
    """The node of an event's amount: ``{event}/amount``.

    >>> amount_iri("event/d/1")
    rdflib.term.URIRef('https://w3id.org/healthkg/id/event/d/1/amount')
    """
    return URIRef(str(event_iri(event_id)) + "/amount")


def evidence_iri(doc_id: str, start: int, end: int) -> URIRef:
    """``id:doc/{doc_id}/evidence/{start}-{end}``."""
    return URIRef(f"{document_iri(doc_id)}/evidence/{_offsets(start, end)}")


def mention_iri(doc_id: str, start: int, end: int) -> URIRef:
    """``id:doc/{doc_id}/mention/{start}-{end}``.

    >>> mention_iri("d", 10, 17)
    rdflib.term.URIRef('https://w3id.org/healthkg/id/doc/d/mention/10-17')
    """
    return URIRef(f"{document_iri(doc_id)}/mention/{_offsets(start, end)}")


def relation_key(relation: _RelationLike) -> str:
    """A stable hash of a relation: type, subject, object, role title and evidence offsets.

    >>> from healthkg.loaders.statements import Evidence, Relation
    >>> r = Relation("role", "person/a", "org/b", Evidence("A, CEO of B.", 0, 12), role="CEO")
    >>> relation_key(r)
    '13d22bdec97359b6'
    """
    evidence = relation.evidence
    parts = [relation.type, relation.subject, relation.object, relation.role,
             getattr(evidence, "start", None), getattr(evidence, "end", None)]
    return _digest(json.dumps(parts, ensure_ascii=False), 16)


def statement_iri(doc_id: str, relation: _RelationLike) -> URIRef:
    """``id:doc/{doc_id}/statement/{hash}`` for a relation read from that document."""
    return URIRef(f"{document_iri(doc_id)}/statement/{relation_key(relation)}")


def membership_iri(doc_id: str, relation: _RelationLike) -> URIRef:
    """``id:doc/{doc_id}/membership/{hash}`` for a ``role`` relation (same hash as its statement)."""
    return URIRef(f"{document_iri(doc_id)}/membership/{relation_key(relation)}")


def role_iri(title: str) -> URIRef:
    """``id:role/{slug}``: titles that differ only in case, accents or punctuation share a role.

    >>> role_iri("CEO") == role_iri("ceo")
    True
    >>> role_iri("总经理")
    rdflib.term.URIRef('https://w3id.org/healthkg/id/role/zongjingli')
    """
    if not isinstance(title, str) or not title.strip():
        raise ValueError(f"a role title must be a non-empty string, not {title!r}")
    slug = _slug(title)
    if not slug or len(anyascii(title)) > _MAX_SLUG:
        slug = f"{slug}-{_digest(title)}" if slug else _digest(title)
    return ID["role/" + slug]


def merge_decision_iri(entity_id: str) -> URIRef:
    """``id:merge/{entity_id}``: why the names of one resolved entity were merged (one per build).

    >>> merge_decision_iri("org/justgood")
    rdflib.term.URIRef('https://w3id.org/healthkg/id/merge/org/justgood')
    """
    return ID["merge/" + _safe_path(entity_id)]


def web_iri(url: str) -> URIRef:
    """A web address as an IRI, with spaces, quotes and other unsafe characters percent-encoded.

    >>> web_iri("https://example.org/a b?q=\\"x\\"")
    rdflib.term.URIRef('https://example.org/a%20b?q=%22x%22')
    """
    return URIRef(quote(url.strip(), safe=_URL_SAFE))


def _check_doc_id(doc_id: str) -> str:
    if not isinstance(doc_id, str) or not doc_id:
        raise ValueError(f"a document id must be a non-empty string, not {doc_id!r}")
    return doc_id
