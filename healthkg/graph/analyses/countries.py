"""A country-by-country cooperation matrix."""
from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx

from healthkg.graph.analyses.timeline import COOPERATION_RELATIONS, cooperation_events

__all__ = ["country_links", "country_matrix", "countries"]


def country_links(graph: nx.Graph) -> Counter:
    """(country A, country B) with A <= B -> number of cooperation links between their entities.

    A link is an event (counted once per pair of countries it joins) or an agreement,
    partnership or visit relation, unless an event of the same document already joins the
    same two entities (the relation then restates the event). Entities without a country
    are left out.

    >>> g = nx.MultiDiGraph()
    >>> g.add_nodes_from([("a", {"country": "DK"}), ("b", {"country": "CN"}), ("c", {"country": "CN"})])
    >>> _ = g.add_edge("a", "b", relation="agreement")
    >>> _ = g.add_edge("b", "c", key="e1", relation="event", event="e1", event_type="Meeting")
    >>> sorted(country_links(g).items())
    [(('CN', 'CN'), 1), (('CN', 'DK'), 1)]
    """
    country = dict(graph.nodes(data="country"))
    links: Counter = Counter()
    stated_by_events = set()
    for event in cooperation_events(graph).values():
        parties = event["parties"]
        stated_by_events.update((frozenset((a, b)), doc) for i, a in enumerate(parties) for b in parties[i + 1:]
                                for doc in event["documents"])
        found = sorted({country.get(p) for p in event["parties"] if country.get(p)})
        pairs = {(a, b) for i, a in enumerate(found) for b in found[i:]
                 if a != b or sum(1 for p in event["parties"] if country.get(p) == a) > 1}
        links.update(pairs)
    for u, v, attrs in graph.edges(data=True):
        if attrs.get("relation") in COOPERATION_RELATIONS and country.get(u) and country.get(v) and u != v:
            if any((frozenset((u, v)), doc) in stated_by_events for doc in attrs.get("documents") or []):
                continue
            links[tuple(sorted((country[u], country[v])))] += 1
    return links


def country_matrix(graph: nx.Graph) -> dict[str, dict[str, int]]:
    """The symmetric matrix ``matrix[A][B]`` of :func:`country_links`, every country a row.

    >>> g = nx.Graph([("a", "b")], )
    >>> nx.set_node_attributes(g, {"a": "DK", "b": "CN"}, "country")
    >>> g["a"]["b"]["relation"] = "partner_of"
    >>> country_matrix(g)
    {'CN': {'CN': 0, 'DK': 1}, 'DK': {'CN': 1, 'DK': 0}}
    """
    links = country_links(graph)
    names = sorted({c for pair in links for c in pair})
    matrix = {a: dict.fromkeys(names, 0) for a in names}
    for (a, b), count in links.items():
        matrix[a][b] = count
        matrix[b][a] = count
    return matrix


def countries(graph: nx.Graph, *, top: int | None = None) -> list[dict[str, Any]]:
    """The matrix as rows ``country``, then one column per country, most linked country first.

    >>> g = nx.Graph([("a", "b")])
    >>> nx.set_node_attributes(g, {"a": "DK", "b": "CN"}, "country")
    >>> g["a"]["b"]["relation"] = "agreement"
    >>> countries(g)
    [{'country': 'CN', 'CN': 0, 'DK': 1, 'total': 1}, {'country': 'DK', 'CN': 1, 'DK': 0, 'total': 1}]
    """
    matrix = country_matrix(graph)
    rows = [{"country": a, **matrix[a], "total": sum(matrix[a].values())} for a in matrix]
    rows.sort(key=lambda row: (-row["total"], row["country"]))
    return rows[:top] if top is not None else rows
