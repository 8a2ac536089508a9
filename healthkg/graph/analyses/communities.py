"""Groups of entities that cooperate more among themselves (Louvain, fixed seed)."""
from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx

from healthkg.graph.projection import simple_graph

__all__ = ["community_membership", "communities"]


def community_membership(graph: nx.Graph, *, seed: int = 42, resolution: float = 1.0) -> dict:
    """Node -> community number (0 = the largest community), by Louvain with a fixed *seed*.

    Examples
    --------
    >>> g = nx.Graph([(1, 2), (2, 3), (1, 3), (4, 5), (5, 6), (4, 6), (3, 4)])
    >>> membership = community_membership(g)
    >>> membership[1] == membership[2] == membership[3] != membership[4] == membership[5]
    True
    """
    simple = simple_graph(graph)
    found = nx.community.louvain_communities(simple, weight="weight", resolution=resolution, seed=seed)
    ordered = sorted(found, key=lambda members: (-len(members), min(str(m) for m in members)))
    return {node: number for number, members in enumerate(ordered) for node in members}


def communities(graph: nx.Graph, *, top: int | None = None, seed: int = 42, resolution: float = 1.0,
                members_shown: int = 8) -> list[dict[str, Any]]:
    """One row per community, largest first: size, countries, types and best-connected members.

    Examples
    --------
    >>> g = nx.Graph([(1, 2), (2, 3), (1, 3), (4, 5), (5, 6), (4, 6), (3, 4), (6, 7)])
    >>> [(row["community"], row["size"]) for row in communities(g)]
    [(0, 4), (1, 3)]
    """
    simple = simple_graph(graph)
    membership = community_membership(simple, seed=seed, resolution=resolution)
    by_community: dict[int, list] = {}
    for node, number in membership.items():
        by_community.setdefault(number, []).append(node)
    rows = []
    for number in sorted(by_community):
        members = sorted(by_community[number],
                         key=lambda n: (-simple.degree(n), str(simple.nodes[n].get("label", n))))
        countries = Counter(simple.nodes[n].get("country") for n in members if simple.nodes[n].get("country"))
        types = Counter(simple.nodes[n].get("type") for n in members if simple.nodes[n].get("type"))
        rows.append({
            "community": number,
            "size": len(members),
            "countries": ", ".join(f"{c} ({k})" for c, k in countries.most_common()),
            "types": ", ".join(f"{t} ({k})" for t, k in types.most_common()),
            "members": "; ".join(str(simple.nodes[n].get("label", n)) for n in members[:members_shown]),
        })
    return rows[:top] if top is not None else rows
