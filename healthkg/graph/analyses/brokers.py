"""Brokers: entities that bridge countries (or communities).

A broker's neighbours belong to several groups; it is ranked by *cross-group betweenness*:
the share of shortest paths between entities of **different** groups that pass through it.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

from healthkg.graph.analyses._rows import node_row
from healthkg.graph.analyses.communities import community_membership
from healthkg.graph.projection import simple_graph

__all__ = ["group_of", "brokers"]


def group_of(graph: nx.Graph, *, by: str = "country", seed: int = 42) -> dict:
    """Node -> group: its ``country`` attribute, or its Louvain community (``by="community"``).

    Nodes without a country are left out.

    >>> g = nx.Graph(); g.add_node("a", country="DK"); g.add_node("b")
    >>> group_of(g)
    {'a': 'DK'}
    """
    if by == "community":
        return community_membership(graph, seed=seed)
    if by == "country":
        return {n: c for n, c in graph.nodes(data="country") if c}
    raise ValueError(f"brokers: unknown grouping {by!r} (expected 'country' or 'community')")


def brokers(graph: nx.Graph, *, by: str = "country", top: int | None = None, seed: int = 42,
            min_groups: int = 2) -> list[dict[str, Any]]:
    """Entities whose neighbours (with themselves) span at least *min_groups* groups, best broker first.

    Parameters
    ----------
    by : {"country", "community"}
        What a group is.

    Returns
    -------
    list of dict
        ``rank``, ``entity``, ``type``, ``country``, ``iri``, ``groups`` (how many),
        ``spans`` (which), ``score`` (cross-group betweenness, normalised by the number of
        cross-group pairs).

    Examples
    --------
    Two Danish and two Chinese organisations; only ``dk2`` and ``cn1`` meet across the border:

    >>> g = nx.Graph([("dk1", "dk2"), ("dk2", "cn1"), ("cn1", "cn2")])
    >>> nx.set_node_attributes(g, {"dk1": "DK", "dk2": "DK", "cn1": "CN", "cn2": "CN"}, "country")
    >>> [(row["entity"], row["spans"], row["score"]) for row in brokers(g)]
    [('cn1', 'CN, DK', 0.5), ('dk2', 'CN, DK', 0.5)]
    """
    simple = simple_graph(graph)
    groups = group_of(simple, by=by, seed=seed)
    members: dict[Any, list] = defaultdict(list)
    for node, group in groups.items():
        members[group].append(node)
    through: dict = dict.fromkeys(simple, 0.0)
    for group, nodes in members.items():
        others = [n for n in groups if groups[n] != group]
        if not others:
            continue
        part = nx.betweenness_centrality_subset(simple, sources=nodes, targets=others, normalized=False)
        for node, value in part.items():
            through[node] += value
    sizes = [len(nodes) for nodes in members.values()]
    cross_pairs = (sum(sizes) ** 2 - sum(s * s for s in sizes)) / 2 or 1
    candidates = []
    for node in simple:
        spanned = {groups[n] for n in simple[node] if n in groups}
        if node in groups:
            spanned.add(groups[node])
        if len(spanned) >= min_groups:
            # each cross pair (a, b) was counted from a's group and from b's group, each half-weighted
            candidates.append((node, spanned, through[node] / cross_pairs))
    candidates.sort(key=lambda c: (-c[2], -len(c[1]), str(simple.nodes[c[0]].get("label", c[0]))))
    rows = []
    for rank, (node, spanned, score) in enumerate(candidates[:top] if top else candidates, start=1):
        rows.append({"rank": rank, **node_row(simple, node), "groups": len(spanned),
                     "spans": ", ".join(sorted(map(str, spanned))), "score": round(score, 6)})
    return rows
