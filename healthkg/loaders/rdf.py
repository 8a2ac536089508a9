"""RDF emission: extractions in, named graphs out (``docs/rdf-model.md``).

:func:`document_graph` writes everything read from one document into its named graph
``graph:{doc_id}``; :func:`entities_graph` writes ``graph:entities`` (preferred labels,
GeoNames links, coordinates, country codes); :func:`extractions_to_dataset` puts them all
in one :class:`rdflib.Dataset` whose default graph is the union. The output depends only
on the input: IRIs come from ids, offsets and hashes (:mod:`healthkg.ontology.iris`), and
there are no blank nodes, so the same input always serializes to the same bytes.

>>> from healthkg.loaders.document import Document
>>> from healthkg.loaders.statements import DocumentExtraction, Entity, Mention
>>> doc = Document(id="d1", source="d1.txt", text="Chengdu is big.", language="en")
>>> city = Entity("place/chengdu", "City", "Chengdu", mentions=[Mention("Chengdu", 0, 7)])
>>> dataset = extractions_to_dataset([DocumentExtraction(doc, entities=[city])])
>>> sorted(str(g.identifier) for g in dataset.graphs() if len(g))
['https://w3id.org/healthkg/graph/d1', 'https://w3id.org/healthkg/graph/entities']
"""
from __future__ import annotations

import bisect
import datetime as _dt
import logging
import re
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation
from typing import Any, Iterable, Sequence, TypeVar

from rdflib import Dataset, Graph, Literal
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD
from rdflib.term import URIRef

from healthkg.errors import ExtractionError
from healthkg.loaders.document import Document
from healthkg.loaders.statements import DocumentExtraction, Entity, Event, Evidence, Relation
from healthkg.ontology.iris import (
    amount_iri,
    document_graph_iri,
    document_iri,
    entities_graph_iri,
    entity_iri,
    event_iri,
    evidence_iri,
    membership_iri,
    mention_iri,
    merge_decision_iri,
    role_iri,
    statement_iri,
    web_iri,
)
from healthkg.ontology.namespace import GEONAMES, GRAPH, HKG, ID
from healthkg.ontology.vocabulary import (
    ENTITY_TYPE_CLASSES,
    EVENT_TYPE_CLASSES,
    RELATION_PREDICATES,
    SYMMETRIC_PREDICATES,
    entity_classes,
)

__all__ = ["document_graph", "entities_graph", "entities_graph_from", "merge_decisions_graph",
           "extractions_to_dataset", "bind_prefixes", "PREFIXES"]

log = logging.getLogger(__name__)

#: Prefixes bound on every emitted graph and dataset.
PREFIXES = {
    "hkg": HKG._NS,
    "id": ID,
    "graph": GRAPH,
    "schema": SDO,
    "org": ORG,
    "prov": PROV,
    "skos": SKOS,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "dcterms": DCTERMS,
}

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")
_GeneralGraph = TypeVar("_GeneralGraph", Graph, Dataset)


def bind_prefixes(graph_or_dataset: _GeneralGraph) -> _GeneralGraph:
    """Bind the healthkg prefixes (:data:`PREFIXES`) and return the same object.

    >>> g = bind_prefixes(Graph())
    >>> dict(g.namespaces())["hkg"]
    rdflib.term.URIRef('https://w3id.org/healthkg/ontology#')
    """
    for prefix, namespace in PREFIXES.items():
        graph_or_dataset.bind(prefix, URIRef(str(namespace)), override=True, replace=True)
    return graph_or_dataset


# --------------------------------------------------------------------------- literals

def _date_literal(value: str | None, what: str) -> Literal | None:
    """An ``xsd:date`` for an ISO date ``YYYY-MM-DD``; anything else is dropped with a warning."""
    if value is None:
        return None
    text = str(value).strip()
    if _ISO_DATE.fullmatch(text):
        try:
            _dt.date.fromisoformat(text)
            return Literal(text, datatype=XSD.date)
        except ValueError:
            pass
    log.warning("%s: %r is not an ISO date (YYYY-MM-DD); left out", what, value)
    return None


def _decimal_literal(value: Any, what: str) -> Literal | None:
    """An ``xsd:decimal`` in canonical form (``10000000.0``, ``2.5``), stable through Turtle.

    >>> _decimal_literal(10000000, "x")
    rdflib.term.Literal('10000000.0', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#decimal'))
    >>> str(_decimal_literal("30.660", "x"))
    '30.66'
    """
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        number = None
    if number is None or not number.is_finite() or isinstance(value, bool):
        log.warning("%s: %r is not a number; left out", what, value)
        return None
    if number == number.to_integral_value():
        lexical = f"{int(number)}.0"
    else:
        lexical = format(number.normalize(), "f")
    return Literal(lexical, datatype=XSD.decimal)


def _language(code: str | None) -> str | None:
    """A well-formed language tag, or ``None`` (``zh_Hans`` becomes ``zh-Hans``)."""
    if not code:
        return None
    tag = str(code).strip().replace("_", "-")
    return tag if _LANGUAGE_TAG.fullmatch(tag) else None


def _text(value: str, language: str | None = None) -> Literal:
    return Literal(value, lang=_language(language))


# --------------------------------------------------------------------------- one document

class _DocumentEmitter:
    """Writes one extraction into one graph; each ``emit_*`` method handles one kind of node."""

    def __init__(self, extraction: DocumentExtraction, graph: Graph):
        self.extraction = extraction
        self.doc: Document = extraction.document
        self.doc_node = document_iri(self.doc.id)
        self.graph = graph
        sentences = sorted(self.doc.sentences, key=lambda s: (s.start, s.end))
        self._sentences = sentences
        self._sentence_starts = [s.start for s in sentences]
        self._evidence_texts: dict[tuple[int, int], str] = {}
        self._mentions_seen: dict[URIRef, str] = {}

    def add(self, subject: URIRef, predicate: URIRef, obj: Any) -> None:
        if obj is not None:
            self.graph.add((subject, predicate, obj))

    def language_at(self, offset: int) -> str | None:
        """The language of the sentence holding *offset*, else the document's."""
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index >= 0:
            sentence = self._sentences[index]
            if sentence.start <= offset < sentence.end and sentence.language:
                return sentence.language
        return self.doc.language

    def emit(self) -> Graph:
        self.emit_document()
        for entity in self.extraction.entities:
            self.emit_entity(entity)
        for relation in self.extraction.relations:
            self.emit_relation(relation)
        for event in self.extraction.events:
            self.emit_event(event)
        return self.graph

    def emit_document(self) -> None:
        doc, node = self.doc, self.doc_node
        self.add(node, RDF.type, SDO.NewsArticle)
        self.add(node, RDF.type, PROV.Entity)
        self.add(node, SDO.identifier, Literal(doc.id))
        if doc.title:
            self.add(node, SDO.headline, Literal(doc.title))
        self.add(node, SDO.datePublished, _date_literal(doc.published, f"{doc.id}: published"))
        if _language(doc.language):
            self.add(node, SDO.inLanguage, Literal(_language(doc.language)))
        if doc.source:
            self.add(node, HKG.sourcePath, Literal(str(doc.source)))
        if doc.url:
            self.add(node, SDO.url, web_iri(doc.url))

    def emit_entity(self, entity: Entity) -> None:
        if entity.type not in ENTITY_TYPE_CLASSES:
            raise ExtractionError(
                f"{self.doc.id}: entity {entity.id!r} has type {entity.type!r}, "
                f"not one of {', '.join(ENTITY_TYPE_CLASSES)}")
        node = entity_iri(entity.id)
        for cls in entity_classes(entity.type):
            self.add(node, RDF.type, cls)
        self.add(node, HKG.entityType, Literal(entity.type))
        self.add(node, RDFS.label, Literal(entity.name))
        for name, language in entity.alt_names.items():
            if name and name != entity.name:
                self.add(node, SKOS.altLabel, _text(name, language))
        for mention in entity.mentions:
            language = mention.language or self.language_at(mention.start)
            if mention.text and mention.text != entity.name:
                self.add(node, SKOS.altLabel, _text(mention.text, language))
            self.emit_mention(node, entity.id, mention)

    def emit_mention(self, entity_node: URIRef, entity_id: str, mention) -> None:
        node = mention_iri(self.doc.id, mention.start, mention.end)
        owner = self._mentions_seen.setdefault(node, entity_id)
        if owner != entity_id:
            log.warning("%s: mention %d-%d is claimed by %r and %r; kept for the first",
                        self.doc.id, mention.start, mention.end, owner, entity_id)
            return
        self.add(node, RDF.type, HKG.Mention)
        self.add(node, HKG.mentionOf, entity_node)
        self.add(node, HKG.mentionText, Literal(mention.text))
        self.add(node, HKG.startOffset, Literal(mention.start))
        self.add(node, HKG.endOffset, Literal(mention.end))
        self.add(node, HKG.document, self.doc_node)

    def emit_evidence(self, evidence: Evidence) -> URIRef:
        node = evidence_iri(self.doc.id, evidence.start, evidence.end)
        key = (evidence.start, evidence.end)
        if key in self._evidence_texts:
            return node
        self._evidence_texts[key] = evidence.text
        self.add(node, RDF.type, HKG.Evidence)
        self.add(node, RDF.type, PROV.Entity)
        self.add(node, HKG.evidenceText, Literal(evidence.text))
        self.add(node, HKG.startOffset, Literal(evidence.start))
        self.add(node, HKG.endOffset, Literal(evidence.end))
        self.add(node, HKG.document, self.doc_node)
        language = _language(self.language_at(evidence.start))
        if language:
            self.add(node, HKG.sentenceLanguage, Literal(language))
        self.add(node, PROV.wasDerivedFrom, self.doc_node)
        return node

    def emit_relation(self, relation: Relation) -> None:
        predicate = RELATION_PREDICATES.get(relation.type)
        if predicate is None:
            log.warning("%s: relation type %r is not in the RDF model; left out", self.doc.id, relation.type)
            return
        subject, obj = entity_iri(relation.subject), entity_iri(relation.object)
        self.add(subject, predicate, obj)
        if predicate in SYMMETRIC_PREDICATES:
            self.add(obj, predicate, subject)
        evidence = self.emit_evidence(relation.evidence)
        statement = statement_iri(self.doc.id, relation)
        self.add(statement, RDF.type, HKG.RelationStatement)
        self.add(statement, RDF.type, RDF.Statement)
        self.add(statement, RDF.subject, subject)
        self.add(statement, RDF.predicate, predicate)
        self.add(statement, RDF.object, obj)
        self.add(statement, HKG.relationType, Literal(relation.type))
        self.add(statement, HKG.evidence, evidence)
        self.add(statement, PROV.wasDerivedFrom, self.doc_node)
        if relation.role:
            self.add(statement, HKG.roleTitle, Literal(relation.role))
        if relation.type == "role" and relation.role:
            self.emit_membership(relation, subject, obj, evidence)

    def emit_membership(self, relation: Relation, person: URIRef, organization: URIRef,
                        evidence: URIRef) -> None:
        node = membership_iri(self.doc.id, relation)
        role = role_iri(relation.role)
        self.add(node, RDF.type, ORG.Membership)
        self.add(node, ORG.member, person)
        self.add(node, ORG.organization, organization)
        self.add(node, ORG.role, role)
        self.add(node, HKG.roleTitle, _text(relation.role, self.language_at(relation.evidence.start)))
        self.add(node, HKG.evidence, evidence)
        self.add(role, RDF.type, ORG.Role)
        self.add(role, RDFS.label, Literal(relation.role))

    def emit_event(self, event: Event) -> None:
        cls = EVENT_TYPE_CLASSES.get(event.type)
        if cls is None:
            log.warning("%s: event type %r is not in the RDF model; left out", self.doc.id, event.type)
            return
        node = event_iri(event.id)
        self.add(node, RDF.type, cls)
        self.add(node, RDF.type, HKG.CooperationEvent)
        for participant in event.participants:
            self.add(node, HKG.participant, entity_iri(participant))
        self.add(node, SDO.startDate, _date_literal(event.date, f"{self.doc.id}: event {event.id} date"))
        if event.date is not None and event.date_inferred:
            self.add(node, HKG.dateInferred, Literal(True))  # (the text does not state the day)
        if event.amount is not None:
            self.emit_amount(node, event)
        self.add(node, HKG.evidence, self.emit_evidence(event.evidence))
        self.add(node, HKG.document, self.doc_node)
        self.add(node, PROV.wasDerivedFrom, self.doc_node)

    def emit_amount(self, event_node: URIRef, event: Event) -> None:
        value = _decimal_literal(event.amount.value, f"{self.doc.id}: event {event.id} amount")
        if value is None:
            return
        node = amount_iri(event.id)
        self.add(event_node, HKG.amount, node)
        self.add(node, RDF.type, SDO.MonetaryAmount)
        self.add(node, SDO.value, value)
        self.add(node, SDO.currency, Literal(str(event.amount.currency).strip()))


def document_graph(extraction: DocumentExtraction) -> Graph:
    """The named graph of one document (identifier ``graph:{doc_id}``).

    Raises :class:`healthkg.errors.ExtractionError` for an entity type outside the
    contract; relation and event types outside the RDF model are left out with a warning.
    """
    graph = bind_prefixes(Graph(identifier=document_graph_iri(extraction.document.id)))
    return _DocumentEmitter(extraction, graph).emit()


# --------------------------------------------------------------------------- graph:entities

def _preferred_name(names: Counter) -> str:
    """The name seen in most documents; ties go to the longer, then the first in order."""
    return min(names, key=lambda name: (-names[name], -len(name), name))


def _emit_links(graph: Graph, node: URIRef, entity_id: str, links: dict[str, Any]) -> None:
    geonames = links.get("geonames")
    if geonames not in (None, ""):
        geonames_id = str(geonames).strip()
        if geonames_id.isdigit() and geonames_id.isascii():
            graph.add((node, OWL.sameAs, GEONAMES[f"{geonames_id}/"]))
            graph.add((node, HKG.geonamesId, Literal(geonames_id)))
        else:
            log.warning("entity %r: GeoNames id %r is not numeric; left out", entity_id, geonames)
    for key, predicate in (("lat", SDO.latitude), ("lon", SDO.longitude)):
        if links.get(key) not in (None, ""):
            value = _decimal_literal(links[key], f"entity {entity_id!r}: {key}")
            if value is not None:
                graph.add((node, predicate, value))
    code = links.get("iso3166")
    if code not in (None, ""):
        graph.add((node, HKG.countryCode, Literal(str(code).strip().upper())))


def entities_graph(extractions: Sequence[DocumentExtraction]) -> Graph:
    """The ``graph:entities`` graph: ``skos:prefLabel`` and outside links of every entity.

    Each entity id gets one preferred label (the name most documents use) and, from
    ``Entity.links``, the first value of each link found in document-id order (a
    disagreeing value from another document is logged and ignored).
    """
    names: dict[str, Counter] = defaultdict(Counter)
    links: dict[str, dict[str, Any]] = defaultdict(dict)
    for extraction in sorted(extractions, key=lambda x: x.document.id):
        for entity in extraction.entities:
            names[entity.id][entity.name] += 1
            merged = links[entity.id]
            for key, value in entity.links.items():
                if value in (None, ""):
                    continue
                if key not in merged:
                    merged[key] = value
                elif str(merged[key]) != str(value):
                    log.warning("entity %r: %s is %r in one document and %r in %s; kept the first",
                                entity.id, key, merged[key], value, extraction.document.id)
    return entities_graph_from(names, links)


def entities_graph_from(names: dict[str, Counter], links: dict[str, dict[str, Any]]) -> Graph:
    """``graph:entities`` from, per entity id, its names counted over documents and its links
    (what an incremental build reads back from a store).

    >>> g = entities_graph_from({"place/x": Counter({"X": 2, "Ex": 1})}, {"place/x": {"iso3166": "dk"}})
    >>> sorted(str(o) for o in g.objects())
    ['DK', 'X']
    """
    graph = bind_prefixes(Graph(identifier=entities_graph_iri()))
    for entity_id in sorted(names):
        node = entity_iri(entity_id)
        graph.add((node, SKOS.prefLabel, Literal(_preferred_name(names[entity_id]))))
        _emit_links(graph, node, entity_id, links.get(entity_id, {}))
    return graph


def merge_decisions_graph(report: Any) -> Graph:
    """``graph:entities`` triples that explain resolution, from a ``ResolutionReport``.

    Each merged entity gets ``hkg:mergedBy <id:merge/{entity_id}>``, an
    ``hkg:CurationDecision`` with one ``hkg:mergeReason`` per rule that merged and a
    ``dcterms:source "file:line"`` per curation entry that forced it. Add it to the
    entities graph of a build: ``dataset.graph(entities_graph_iri()).__iadd__(graph)``.

    >>> from types import SimpleNamespace as NS
    >>> report = NS(merges=[NS(id="place/x", reasons=["same GeoNames id 1"], curation=[])])
    >>> g = merge_decisions_graph(report)
    >>> [str(o) for o in g.objects(None, HKG.mergeReason)]
    ['same GeoNames id 1']
    """
    graph = bind_prefixes(Graph(identifier=entities_graph_iri()))
    for merge in sorted(getattr(report, "merges", []) or [], key=lambda m: m.id):
        decision = merge_decision_iri(merge.id)
        graph.add((entity_iri(merge.id), HKG.mergedBy, decision))
        graph.add((decision, RDF.type, HKG.CurationDecision))
        graph.add((decision, RDF.type, PROV.Activity))
        sources = [str(source) for source in (getattr(merge, "curation", None) or [])]
        reasons = [str(reason) for reason in (merge.reasons or []) if str(reason).strip()]
        if not reasons:
            reasons = [f"curation file {source}" for source in sources] or ["resolved as one entity"]
        for reason in reasons:
            graph.add((decision, HKG.mergeReason, Literal(reason)))
        for source in sources:
            graph.add((decision, DCTERMS.source, Literal(source)))
    return graph


# --------------------------------------------------------------------------- all of them

def _add_graph(dataset: Dataset, graph: Graph) -> None:
    target = dataset.graph(graph.identifier)
    target.addN((s, p, o, target) for s, p, o in graph)


def extractions_to_dataset(extractions: Iterable[DocumentExtraction]) -> Dataset:
    """All documents' named graphs and ``graph:entities`` in one Dataset (default graph = union).

    Two extractions of the same document id share its graph (with a warning).
    """
    extractions = list(extractions)
    dataset = bind_prefixes(Dataset(default_union=True))
    seen: set[str] = set()
    for extraction in extractions:
        if extraction.document.id in seen:
            log.warning("document %r extracted twice; its graph holds both", extraction.document.id)
        seen.add(extraction.document.id)
        _DocumentEmitter(extraction, dataset.graph(document_graph_iri(extraction.document.id))).emit()
    _add_graph(dataset, entities_graph(extractions))
    return dataset
