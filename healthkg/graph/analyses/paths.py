"""The shortest connection between two entities, with the evidence for every step."""
from __future__ import annotations

from typing import Any

import networkx as nx

from healthkg.errors import EntityNotFound
from healthkg.graph.projection import simple_graph

__all__ = ["shortest_connection"]

#: Preference among parallel edges when one step has several (lower is better).
UNDIRECTED_RELATIONS = frozenset({"event", "agreement", "partner_of"})
RELATION_PREFERENCE = {"event": 0, "agreement": 1, "partner_of": 2, "visit": 3, "role": 4, "part_of": 5,
                       "participant": 6, "located_in": 7}


def _best_edge(graph: nx.Graph, u, v) -> tuple[bool, dict[str, Any]]:
    """(forward, attributes) of the most telling edge between *u* and *v* in either direction."""
    candidates = []
    for forward, (a, b) in ((True, (u, v)), (False, (v, u))):
        if not graph.has_edge(a, b):
            continue
        data = graph.get_edge_data(a, b)
        edges = data.values() if graph.is_multigraph() else [data]
        for attrs in edges:
            candidates.append((not attrs.get("evidence"), RELATION_PREFERENCE.get(attrs.get("relation"), 9),
                               str(attrs.get("date") or ""), forward, attrs))
    candidates.sort(key=lambda c: c[:4])
    return candidates[0][3], candidates[0][4]


def shortest_connection(graph: nx.Graph, source, target, *,
                        avoid_types: tuple[str, ...] = ("Country", "Region")) -> list[dict[str, Any]]:
    """The steps of a shortest chain from *source* to *target* (nodes of *graph*); [] if none.

    Intermediate entities of *avoid_types* are not used (everything in Denmark is two steps
    apart through Denmark, which says nothing); the endpoints may be of any type.

    Each step: ``from``, ``to`` (labels), ``from_iri``, ``to_iri``, ``relation`` (read in the
    direction of the edge: ``direction`` is ``forward``, ``backward`` or ``both`` for events and
    symmetric relations), ``detail`` (role
    title or event type, date, amount), ``evidence`` (the first sentence) and ``documents``.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("anna", "alpha", relation="role", title="CEO", evidence=["Anna, CEO of Alpha."])
    >>> _ = g.add_edge("alpha", "beta", relation="agreement", evidence=["Alpha and Beta signed."])
    >>> [(s["from"], s["relation"], s["to"], s["evidence"]) for s in shortest_connection(g, "anna", "beta")]
    [('anna', 'role', 'alpha', 'Anna, CEO of Alpha.'), ('alpha', 'agreement', 'beta', 'Alpha and Beta signed.')]
    """
    for node in (source, target):
        if node not in graph:
            raise EntityNotFound(str(node))
    simple = simple_graph(graph)
    avoid = set(avoid_types)
    allowed = [n for n in simple if n in (source, target) or simple.nodes[n].get("type") not in avoid]
    try:
        nodes = nx.shortest_path(simple.subgraph(allowed), source, target)
    except nx.NetworkXNoPath:
        return []
    steps = []
    for u, v in zip(nodes, nodes[1:]):
        forward, attrs = _best_edge(graph, u, v)
        detail = [attrs.get("title") or attrs.get("event_type") or "", attrs.get("date") or ""]
        if attrs.get("amount") is not None:
            detail.append(f"{attrs['amount']:,.0f} {attrs.get('currency') or ''}".strip())
        evidence = attrs.get("evidence") or []
        steps.append({
            "step": len(steps) + 1,
            "from": graph.nodes[u].get("label", str(u)), "to": graph.nodes[v].get("label", str(v)),
            "from_iri": str(u), "to_iri": str(v),
            "relation": attrs.get("relation"),
            "direction": "both" if attrs.get("relation") in UNDIRECTED_RELATIONS else ("forward" if forward else "backward"),
            "detail": ", ".join(part for part in detail if part),
            "evidence": evidence[0] if evidence else "",
            "documents": ", ".join(attrs.get("documents") or []),
        })
    return steps
