"""Find the entity a user names (by label, IRI or id) in a projected graph.

Exact matches win (IRI, ``org/alpha-hospital`` style id, label ignoring case); then a name
contained in exactly one label; otherwise :class:`~healthkg.errors.EntityNotFound` lists
the nearest labels (rapidfuzz).

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("https://w3id.org/healthkg/id/org/alpha-hospital", label="Alpha Hospital", type="Hospital")
>>> g.add_node("https://w3id.org/healthkg/id/org/beta", label="Beta Medtech", type="Company")
>>> find_entity(g, "alpha hospital")
'https://w3id.org/healthkg/id/org/alpha-hospital'
>>> find_entity(g, "Alpha Hospitl")
Traceback (most recent call last):
...
healthkg.errors.EntityNotFound: unknown entity 'Alpha Hospitl'; did you mean: Alpha Hospital (Hospital)
"""
from __future__ import annotations

import networkx as nx
from rapidfuzz import fuzz, process

from healthkg.errors import EntityNotFound
from healthkg.ontology.namespace import ID

__all__ = ["find_entity", "describe_node"]


def describe_node(graph: nx.Graph, node) -> str:
    """``label (type)`` of *node*, for messages.

    >>> g = nx.Graph(); g.add_node("x", label="Odense", type="City")
    >>> describe_node(g, "x")
    'Odense (City)'
    """
    attrs = graph.nodes[node]
    label = attrs.get("label", str(node))
    return f"{label} ({attrs['type']})" if attrs.get("type") else label


def find_entity(graph: nx.Graph, name: str, *, limit: int = 5, cutoff: float = 55.0):
    """The node of *graph* that *name* designates; raises EntityNotFound (unknown or ambiguous)."""
    query = name.strip()
    if not query:
        raise EntityNotFound(name)
    for candidate in (query, str(ID) + query.lstrip("/")):
        if candidate in graph:
            return candidate
    folded = query.casefold()
    labels = {node: str(attrs.get("label", node)) for node, attrs in graph.nodes(data=True)}
    exact = sorted((n for n, label in labels.items() if label.casefold() == folded), key=str)
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:
        raise EntityNotFound(name, [f"{describe_node(graph, n)} <{n}>" for n in exact], ambiguous=True)
    contained = sorted((n for n, label in labels.items() if folded in label.casefold()), key=str)
    if len(contained) == 1:
        return contained[0]
    if len(contained) > 1:
        raise EntityNotFound(name, [describe_node(graph, n) for n in contained[:limit * 2]], ambiguous=True)
    matches = process.extract(query, labels, scorer=fuzz.WRatio, processor=str.casefold, limit=limit,
                              score_cutoff=cutoff)
    raise EntityNotFound(name, [describe_node(graph, key) for _, _, key in matches])
