"""Project the RDF graph onto a networkx graph of entities (IRI to IRI edges, no literals).

Nodes are entity IRIs with the attributes ``label``, ``type`` (the contract type from
``hkg:entityType``), ``country`` (ISO code from ``hkg:countryCode`` or the nearest place up
a ``hkg:locatedIn`` chain; people take the country of the organisations they hold roles in)
and ``documents`` (ids of the documents that name the entity).

Edges are keyed by relation and carry ``relation`` (``role``, ``located_in``, ``part_of``,
``agreement``, ``visit``, ``partner_of``; ``event`` for a collapsed cooperation event),
``evidence`` (the sentences), ``documents`` and ``date`` (the earliest date known); a role
also has ``title``. Cooperation events are either collapsed into one edge per pair of
participants (``event_type``, ``date``, ``amount``, ``currency``, ``evidence_count``,
``event``) or kept as nodes of kind ``event`` linked to each participant by ``participant``
edges (``collapse_events=False``).

Everything is read with a few SPARQL queries over the dataset's union graph.

Examples
--------
>>> from rdflib import Dataset, Literal, URIRef
>>> from healthkg.ontology.namespace import HKG, ID
>>> ds = Dataset(default_union=True)
>>> g = ds.graph(URIRef("https://w3id.org/healthkg/graph/d1"))
>>> _ = g.add((ID["org/a"], HKG.entityType, Literal("Hospital")))
>>> _ = g.add((ID["place/x"], HKG.entityType, Literal("City")))
>>> _ = g.add((ID["place/x"], HKG.countryCode, Literal("DK")))
>>> _ = g.add((ID["org/a"], HKG.locatedIn, ID["place/x"]))
>>> graph = project_graph(ds)
>>> graph.nodes[str(ID["org/a"])]["country"]
'DK'
>>> [data["relation"] for _, _, data in graph.edges(data=True)]
['located_in']
"""
from __future__ import annotations

import datetime as dt
import logging
from collections import Counter, defaultdict, deque
from itertools import combinations
from typing import Any, Iterable

import networkx as nx

from healthkg.errors import QueryError
from healthkg.ontology.namespace import GRAPH, HKG

__all__ = [
    "RELATION_PREDICATES", "SYMMETRIC_RELATIONS", "EVENT_CLASSES",
    "project_graph", "simple_graph", "parse_date_bound",
]

log = logging.getLogger(__name__)

#: Relation name -> ontology property of the direct triple.
RELATION_PREDICATES = {
    "role": HKG.hasRole, "located_in": HKG.locatedIn, "part_of": HKG.partOf,
    "agreement": HKG.agreementWith, "visit": HKG.visited, "partner_of": HKG.partnerOf,
}
SYMMETRIC_RELATIONS = frozenset({"agreement", "partner_of"})
#: Event class -> event type name.
EVENT_CLASSES = {HKG.Agreement: "Agreement", HKG.Visit: "Visit", HKG.Meeting: "Meeting", HKG.Project: "Project"}

PREFIXES = f"""
PREFIX hkg: <{HKG._NS}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
"""
Q_ENTITIES = PREFIXES + """
SELECT ?e ?type ?label ?pref ?cc WHERE {
  ?e hkg:entityType ?type .
  OPTIONAL { ?e rdfs:label ?label }
  OPTIONAL { ?e skos:prefLabel ?pref }
  OPTIONAL { ?e hkg:countryCode ?cc }
}"""
Q_ENTITY_GRAPHS = PREFIXES + "SELECT DISTINCT ?e ?g WHERE { GRAPH ?g { ?e hkg:entityType ?t } }"
Q_DOCUMENTS = PREFIXES + """
SELECT ?doc ?id ?date ?headline WHERE {
  ?doc a schema:NewsArticle .
  OPTIONAL { ?doc schema:identifier ?id }
  OPTIONAL { ?doc schema:datePublished ?date }
  OPTIONAL { ?doc schema:headline ?headline }
}"""
Q_STATEMENTS = PREFIXES + """
SELECT ?s ?o ?rtype ?title ?text ?doc WHERE {
  ?st a hkg:RelationStatement ; rdf:subject ?s ; rdf:object ?o ; hkg:relationType ?rtype .
  OPTIONAL { ?st hkg:roleTitle ?title }
  OPTIONAL { ?st hkg:evidence ?ev . ?ev hkg:evidenceText ?text }
  OPTIONAL { ?st prov:wasDerivedFrom ?doc }
}"""
Q_DIRECT = PREFIXES + """
SELECT DISTINCT ?s ?p ?o WHERE {
  VALUES ?p { hkg:hasRole hkg:locatedIn hkg:partOf hkg:agreementWith hkg:visited hkg:partnerOf }
  ?s ?p ?o . FILTER(isIRI(?o))
}"""
Q_EVENTS = PREFIXES + """
SELECT ?ev ?class ?p ?date ?value ?cur ?text ?doc WHERE {
  VALUES ?class { hkg:Agreement hkg:Visit hkg:Meeting hkg:Project }
  ?ev a ?class ; hkg:participant ?p .
  OPTIONAL { ?ev schema:startDate ?date }
  OPTIONAL { ?ev hkg:amount ?a . ?a schema:value ?value . OPTIONAL { ?a schema:currency ?cur } }
  OPTIONAL { ?ev hkg:evidence ?e . ?e hkg:evidenceText ?text }
  OPTIONAL { ?ev hkg:document ?doc }
}"""


def _rows(dataset, query: str) -> list[tuple]:
    try:
        return [tuple(row) for row in dataset.query(query)]
    except Exception as exc:  # rdflib and oxrdflib raise many exception types
        raise QueryError(f"projection query failed: {exc}") from exc


def _union_view(dataset):
    """The dataset itself when its default graph is the union, else a union view of its store."""
    if getattr(dataset, "default_union", True) is False:
        from rdflib import Dataset

        return Dataset(store=dataset.store, default_union=True)
    return dataset


def _text(term) -> str | None:
    return None if term is None else str(term)


def parse_date_bound(value: str | dt.date | None, *, upper: bool = False) -> str | None:
    """An ISO date string for a ``since``/``until`` bound given as a date, ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

    >>> parse_date_bound("2022"), parse_date_bound("2022", upper=True), parse_date_bound("2023-02", upper=True)
    ('2022-01-01', '2022-12-31', '2023-02-31')
    >>> parse_date_bound("last year")
    Traceback (most recent call last):
    ...
    ValueError: not a date (expected YYYY, YYYY-MM or YYYY-MM-DD): 'last year'
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    parts = text.split("-")
    if not all(p.isdigit() for p in parts) or len(parts) > 3 or len(parts[0]) != 4:
        raise ValueError(f"not a date (expected YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    if len(parts) == 3:
        return f"{parts[0]}-{int(parts[1]):02d}-{int(parts[2]):02d}"
    if len(parts) == 2:
        return f"{parts[0]}-{int(parts[1]):02d}-" + ("31" if upper else "01")
    return f"{parts[0]}-" + ("12-31" if upper else "01-01")


def _nearest_country(start: str, neighbours: dict[str, set[str]], codes: dict[str, str]) -> str | None:
    """Breadth-first up the *neighbours* links to the nearest entity with a country code."""
    seen = {start}
    queue = deque(sorted(neighbours.get(start, ())))
    while queue:
        node = queue.popleft()
        if node in seen:
            continue
        seen.add(node)
        if node in codes:
            return codes[node]
        queue.extend(sorted(neighbours.get(node, ())))
    return None


def _entities(dataset) -> dict[str, dict[str, Any]]:
    labels: dict[str, Counter] = defaultdict(Counter)
    prefs: dict[str, str] = {}
    nodes: dict[str, dict[str, Any]] = {}
    for e, etype, label, pref, cc in _rows(dataset, Q_ENTITIES):
        iri = str(e)
        node = nodes.setdefault(iri, {"type": str(etype), "country": None, "documents": [], "kind": "entity"})
        if str(etype) < node["type"]:  # one type per entity by contract; be deterministic otherwise
            node["type"] = str(etype)
        if label is not None:
            labels[iri][str(label)] += 1
        if pref is not None:
            prefs[iri] = str(pref)
        if cc is not None and str(cc).strip():
            # a subdivision code (ISO 3166-2, "CN-SC") names its country in its first part
            node["country"] = str(cc).strip().upper().split("-")[0]
    for iri, node in nodes.items():
        if iri in prefs:
            node["label"] = prefs[iri]
        elif labels[iri]:
            node["label"] = max(labels[iri], key=lambda name: (labels[iri][name], len(name), name))
        else:
            node["label"] = iri.rstrip("/").rsplit("/", 1)[-1]
    return nodes


def _documents(dataset) -> dict[str, dict[str, Any]]:
    """Document IRI -> {'id', 'date', 'headline'}."""
    documents: dict[str, dict[str, Any]] = {}
    for doc, ident, date, headline in _rows(dataset, Q_DOCUMENTS):
        iri = str(doc)
        documents[iri] = {
            "id": str(ident) if ident is not None else iri.rsplit("/", 1)[-1],
            "date": str(date)[:10] if date is not None else None,
            "headline": _text(headline),
        }
    return documents


class _EdgeCollector:
    """Merges the evidence of one (source, relation, target) found in several statements."""

    def __init__(self, doc_info: dict[str, dict[str, Any]]):
        self.doc_info = doc_info
        self.edges: dict[tuple[str, str, str], dict[str, Any]] = {}

    def add(self, s: str, relation: str, o: str, *, title=None, text=None, doc=None) -> None:
        if relation in SYMMETRIC_RELATIONS and o < s:
            s, o = o, s
        edge = self.edges.setdefault((s, relation, o), {"relation": relation, "evidence": [], "documents": [],
                                                        "titles": [], "date": None})
        if title and title not in edge["titles"]:
            edge["titles"].append(title)
        if text and text not in edge["evidence"]:
            edge["evidence"].append(text)
        if doc:
            info = self.doc_info.get(doc, {"id": doc.rsplit("/", 1)[-1], "date": None})
            if info["id"] not in edge["documents"]:
                edge["documents"].append(info["id"])
            if info["date"] and (edge["date"] is None or info["date"] < edge["date"]):
                edge["date"] = info["date"]


def _in_range(date: str | None, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    if date is None:
        return False
    return (since is None or date >= since) and (until is None or date <= until)


def project_graph(
    dataset,
    *,
    collapse_events: bool = True,
    entity_types: Iterable[str] | None = None,
    relation_types: Iterable[str] | None = None,
    countries: Iterable[str] | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
) -> nx.MultiDiGraph:
    """Project *dataset* (an rdflib Dataset, e.g. from ``load_dataset``) onto a MultiDiGraph of entities.

    Parameters
    ----------
    dataset : rdflib.Dataset
        The graph; queries run over the union of its named graphs.
    collapse_events : bool, default True
        Turn each cooperation event into one edge per pair of participants (True) or keep
        events as nodes of kind ``event`` linked to their participants (False).
    entity_types : iterable of str, optional
        Keep only entities of these contract types (``Hospital``, ``Person``, ...).
    relation_types : iterable of str, optional
        Keep only these relations; ``event`` or an event type (``Agreement``...) keeps events.
    countries : iterable of str, optional
        Keep only entities in these countries (ISO codes).
    since, until : str or datetime.date, optional
        Keep only events dated, and relations read from documents published, in this range
        (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``); entities left without an edge are dropped.

    Returns
    -------
    networkx.MultiDiGraph
        ``graph.graph["documents"]`` maps document ids to their date and headline.

    Examples
    --------
    >>> from rdflib import Dataset
    >>> project_graph(Dataset(default_union=True)).number_of_nodes()
    0
    """
    dataset = _union_view(dataset)
    since_iso = parse_date_bound(since)
    until_iso = parse_date_bound(until, upper=True)
    doc_info = _documents(dataset)
    nodes = _entities(dataset)
    for e, g in _rows(dataset, Q_ENTITY_GRAPHS):
        iri, graph_iri = str(e), str(g)
        if iri in nodes and graph_iri.startswith(str(GRAPH)) and graph_iri != str(GRAPH["entities"]):
            doc_id = graph_iri[len(str(GRAPH)):]
            if doc_id not in nodes[iri]["documents"]:
                nodes[iri]["documents"].append(doc_id)

    collector = _EdgeCollector(doc_info)
    for s, o, rtype, title, text, doc in _rows(dataset, Q_STATEMENTS):
        collector.add(str(s), str(rtype), str(o), title=_text(title), text=_text(text), doc=_text(doc))
    predicate_relation = {str(p): name for name, p in RELATION_PREDICATES.items()}
    for s, p, o in _rows(dataset, Q_DIRECT):
        relation = predicate_relation[str(p)]
        s, o = str(s), str(o)
        key = (min(s, o), relation, max(s, o)) if relation in SYMMETRIC_RELATIONS else (s, relation, o)
        if key not in collector.edges:
            collector.add(s, relation, o)
    for s, relation, o in collector.edges:
        for iri in (s, o):
            nodes.setdefault(iri, {"type": "Unknown", "label": iri.rstrip("/").rsplit("/", 1)[-1],
                                   "country": None, "documents": [], "kind": "entity"})
    _assign_countries(nodes, collector.edges)
    for attrs in nodes.values():
        attrs["documents"].sort()

    events = _events(dataset, doc_info)

    graph = nx.MultiDiGraph(documents={info["id"]: {"date": info["date"], "headline": info["headline"]}
                                       for info in doc_info.values()})
    type_filter = set(entity_types) if entity_types else None
    country_filter = {c.upper() for c in countries} if countries else None
    relation_filter = set(relation_types) if relation_types else None

    def keep_node(attrs: dict[str, Any]) -> bool:
        return ((type_filter is None or attrs["type"] in type_filter)
                and (country_filter is None or attrs["country"] in country_filter))

    for iri in sorted(nodes):
        if keep_node(nodes[iri]):
            graph.add_node(iri, **nodes[iri])

    for (s, relation, o), data in sorted(collector.edges.items()):
        if s not in graph or o not in graph:
            continue
        if relation_filter is not None and relation not in relation_filter:
            continue
        if not _in_range(data["date"], since_iso, until_iso):
            continue
        attrs = {"relation": relation, "evidence": data["evidence"], "documents": data["documents"],
                 "date": data["date"]}
        if relation == "role":
            attrs["title"] = "; ".join(data["titles"])
        graph.add_edge(s, o, key=relation, **attrs)

    for event_iri, event in sorted(events.items()):
        if relation_filter is not None and not ({"event", event["event_type"]} & relation_filter):
            continue
        if not _in_range(event["date"], since_iso, until_iso):
            continue
        parties = [p for p in event["participants"] if p in graph]
        base = {"event_type": event["event_type"], "date": event["date"], "amount": event["amount"],
                "currency": event["currency"], "evidence": event["evidence"], "documents": event["documents"],
                "evidence_count": len(event["evidence"])}
        if collapse_events:
            for a, b in combinations(parties, 2):
                graph.add_edge(a, b, key=event_iri, relation="event", event=event_iri, **base)
        elif parties:
            label = event["event_type"] + (f" {event['date']}" if event["date"] else "")
            graph.add_node(event_iri, kind="event", type=event["event_type"], label=label, country=None,
                           **{k: v for k, v in base.items() if k != "event_type"})
            for party in parties:
                graph.add_edge(party, event_iri, key="participant", relation="participant",
                               evidence=event["evidence"], documents=event["documents"], date=event["date"])

    if since_iso or until_iso:
        graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    log.debug("projected %d nodes, %d edges", graph.number_of_nodes(), graph.number_of_edges())
    return graph


def _assign_countries(nodes: dict[str, dict[str, Any]], edges: dict[tuple[str, str, str], dict]) -> None:
    codes = {iri: attrs["country"] for iri, attrs in nodes.items() if attrs["country"]}
    located: dict[str, set[str]] = defaultdict(set)
    affiliated: dict[str, set[str]] = defaultdict(set)
    for s, relation, o in edges:
        if relation == "located_in":
            located[s].add(o)
        elif relation in ("part_of", "role"):
            affiliated[s].add(o)
    for iri, attrs in nodes.items():
        if attrs["country"] is None:
            attrs["country"] = _nearest_country(iri, located, codes)
    codes = {iri: attrs["country"] for iri, attrs in nodes.items() if attrs["country"]}
    for iri, attrs in nodes.items():
        if attrs["country"] is None and affiliated.get(iri):
            found = Counter(codes[o] for o in affiliated[iri] if o in codes)
            if found:
                attrs["country"] = min(found, key=lambda c: (-found[c], c))


def _events(dataset, doc_info) -> dict[str, dict[str, Any]]:
    events: dict[str, dict[str, Any]] = {}
    for ev, cls, participant, date, value, cur, text, doc in _rows(dataset, Q_EVENTS):
        event = events.setdefault(str(ev), {"event_type": EVENT_CLASSES.get(cls, str(cls).rsplit("#", 1)[-1]),
                                            "participants": [], "date": None, "amount": None, "currency": None,
                                            "evidence": [], "documents": []})
        p = str(participant)
        if p not in event["participants"]:
            event["participants"].append(p)
        if date is not None:
            event["date"] = str(date)[:10]
        if value is not None:
            try:
                event["amount"] = float(value.toPython())
            except (TypeError, ValueError):
                event["amount"] = None
            event["currency"] = _text(cur)
        if text is not None and str(text) not in event["evidence"]:
            event["evidence"].append(str(text))
        if doc is not None:
            doc_id = doc_info.get(str(doc), {"id": str(doc).rsplit("/", 1)[-1]})["id"]
            if doc_id not in event["documents"]:
                event["documents"].append(doc_id)
    for event in events.values():
        if event["date"] is None:
            dates = [info["date"] for info in doc_info.values() if info["id"] in event["documents"] and info["date"]]
            event["date_source"] = "document" if dates else None
            event["date"] = min(dates) if dates else None
        event["participants"].sort()
    return events


def simple_graph(graph: nx.Graph, *, weight: str = "weight") -> nx.Graph:
    """An undirected simple graph of *graph*: parallel edges merged, *weight* = their number.

    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "a"), ("b", "c")])
    >>> sorted(simple_graph(g).edges(data="weight"))
    [('a', 'b', 2), ('b', 'c', 1)]
    """
    result = nx.Graph()
    result.add_nodes_from(graph.nodes(data=True))
    for u, v in graph.edges():
        if u == v:
            continue
        if result.has_edge(u, v):
            result[u][v][weight] += 1
        else:
            result.add_edge(u, v, **{weight: 1})
    return result
