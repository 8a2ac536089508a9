"""Rows that describe a node, shared by the analyses (one dict per entity).

>>> import networkx as nx
>>> g = nx.Graph()
>>> g.add_node("id:a", label="Alpha", type="Hospital", country="DK")
>>> node_row(g, "id:a")
{'entity': 'Alpha', 'type': 'Hospital', 'country': 'DK', 'iri': 'id:a'}
"""
from __future__ import annotations

from typing import Any

import networkx as nx

__all__ = ["node_row", "ranked"]


def node_row(graph: nx.Graph, node) -> dict[str, Any]:
    """Label, type, country and IRI of *node* (falls back to the node id)."""
    attrs = graph.nodes[node]
    return {"entity": attrs.get("label", str(node)), "type": attrs.get("type"),
            "country": attrs.get("country"), "iri": str(node)}


def ranked(graph: nx.Graph, scores: dict, *, column: str = "score", top: int | None = None,
           digits: int = 6) -> list[dict[str, Any]]:
    """Rows of *scores* best first (ties by label), each with a ``rank``; at most *top* rows.

    >>> g = nx.path_graph(3)
    >>> [(r["rank"], r["entity"], r["score"]) for r in ranked(g, {0: 0.5, 1: 1.0, 2: 0.5}, top=2)]
    [(1, '1', 1.0), (2, '0', 0.5)]
    """
    order = sorted(scores, key=lambda n: (-scores[n], str(graph.nodes[n].get("label", n)), str(n)))
    if top is not None:
        order = order[:top]
    return [{"rank": i, **node_row(graph, n), column: round(float(scores[n]), digits)}
            for i, n in enumerate(order, start=1)]
