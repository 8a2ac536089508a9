"""Who is central: degree, betweenness and eigenvector centrality of the entities.

Each function takes the projected graph (any networkx graph) first and returns rows, best
first: ``rank``, ``entity`` (label), ``type``, ``country``, ``iri`` and ``score``. The graph
is read as undirected and simple (parallel edges merged; their number is the weight).
"""
from __future__ import annotations

import logging
from typing import Any

import networkx as nx

from healthkg.graph.analyses._rows import ranked
from healthkg.graph.projection import simple_graph

__all__ = ["degree", "betweenness", "eigenvector"]

log = logging.getLogger(__name__)


def degree(graph: nx.Graph, *, top: int | None = None) -> list[dict[str, Any]]:
    """Entities by number of distinct neighbours (``neighbours``) and degree centrality (``score``).

    Examples
    --------
    >>> g = nx.MultiDiGraph([("hub", "a"), ("hub", "b"), ("a", "hub"), ("a", "b"), ("hub", "c")])
    >>> [(row["entity"], row["neighbours"]) for row in degree(g, top=2)]
    [('hub', 3), ('a', 2)]
    """
    simple = simple_graph(graph)
    rows = ranked(simple, nx.degree_centrality(simple) if len(simple) > 1 else dict.fromkeys(simple, 0.0), top=top)
    neighbours = {str(node): count for node, count in simple.degree()}
    for row in rows:
        row["neighbours"] = neighbours[row["iri"]]
    return rows


def betweenness(graph: nx.Graph, *, top: int | None = None, sample: int | None = None,
                seed: int = 42) -> list[dict[str, Any]]:
    """Entities by betweenness centrality: how often they lie on shortest paths between others.

    Parameters
    ----------
    sample : int, optional
        Estimate from this many source nodes (``k`` of networkx), for big graphs; by default
        exact up to 3,000 nodes and 500 sampled sources above.

    Examples
    --------
    >>> g = nx.Graph([("a", "broker"), ("broker", "b"), ("b", "c")])
    >>> [(row["entity"], row["score"]) for row in betweenness(g)]
    [('b', 0.666667), ('broker', 0.666667), ('a', 0.0), ('c', 0.0)]
    """
    simple = simple_graph(graph)
    if sample is None and len(simple) > 3000:
        sample = 500
    k = min(sample, len(simple)) if sample else None
    scores = nx.betweenness_centrality(simple, k=k, seed=seed if k else None)
    return ranked(simple, scores, top=top)


def eigenvector(graph: nx.Graph, *, top: int | None = None, max_iter: int = 1000,
                tol: float = 1e-8) -> list[dict[str, Any]]:
    """Entities by eigenvector centrality (connected to well-connected entities).

    Computed in each connected component separately and weighted by the component's share of
    the nodes, so a disconnected graph gives meaningful scores everywhere; a component whose
    power iteration does not converge falls back to the dense eigen-solver.

    Examples
    --------
    >>> g = nx.Graph([("hub", "a"), ("hub", "b"), ("hub", "c"), ("x", "y")])
    >>> rows = eigenvector(g)
    >>> rows[0]["entity"], rows[-1]["score"] < rows[0]["score"]
    ('hub', True)
    """
    simple = simple_graph(graph)
    n = len(simple)
    scores: dict = {}
    for component in nx.connected_components(simple):
        sub = simple.subgraph(component)
        share = len(component) / n
        if len(component) == 1:
            scores.update(dict.fromkeys(component, 0.0))
            continue
        try:
            values = nx.eigenvector_centrality(sub, max_iter=max_iter, tol=tol)
        except nx.PowerIterationFailedConvergence:
            log.debug("eigenvector: power iteration did not converge on %d nodes; dense solver", len(sub))
            values = nx.eigenvector_centrality_numpy(sub)
        top_value = max(values.values()) or 1.0
        scores.update({node: share * value / top_value for node, value in values.items()})
    return ranked(simple, scores, top=top)
