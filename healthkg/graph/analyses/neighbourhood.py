"""The ego network of an entity: everything within k hops, whatever the edge direction."""
from __future__ import annotations

import networkx as nx

from healthkg.errors import EntityNotFound

__all__ = ["ego_network"]


def ego_network(graph: nx.Graph, center, *, hops: int = 1) -> nx.Graph:
    """The subgraph of *graph* within *hops* of *center* (a node), edges in either direction.

    Returns a copy of the same graph class with all node and edge attributes.

    Examples
    --------
    >>> g = nx.MultiDiGraph([("a", "b"), ("c", "b"), ("c", "d")])
    >>> sorted(ego_network(g, "b")), sorted(ego_network(g, "b", hops=2))
    (['a', 'b', 'c'], ['a', 'b', 'c', 'd'])
    """
    if center not in graph:
        raise EntityNotFound(str(center))
    if hops < 0:
        raise ValueError(f"hops must be 0 or more, not {hops}")
    return nx.ego_graph(graph, center, radius=hops, undirected=True).copy()
