"""Analyses of the projected graph, one module per family (networkx style).

:data:`ANALYSES` maps the names ``healthkg analyze METRIC`` accepts to functions
``f(graph, *, top=None) -> list[dict]`` (rows, best first). The ego network and the
shortest connection return a graph and steps and are exported beside them.

>>> sorted(ANALYSES)[:3]
['betweenness', 'brokers', 'communities']
"""
from __future__ import annotations

from healthkg.graph.analyses.brokers import brokers, group_of
from healthkg.graph.analyses.centrality import betweenness, degree, eigenvector
from healthkg.graph.analyses.communities import communities, community_membership
from healthkg.graph.analyses.countries import countries, country_links, country_matrix
from healthkg.graph.analyses.neighbourhood import ego_network
from healthkg.graph.analyses.paths import shortest_connection
from healthkg.graph.analyses.timeline import cooperation_events, timeline

__all__ = [
    "ANALYSES", "CENTRALITIES",
    "degree", "betweenness", "eigenvector", "brokers", "group_of", "communities", "community_membership",
    "timeline", "cooperation_events", "countries", "country_links", "country_matrix",
    "ego_network", "shortest_connection",
]

#: Name -> analysis giving rows (``healthkg analyze NAME``).
ANALYSES = {
    "degree": degree,
    "betweenness": betweenness,
    "eigenvector": eigenvector,
    "brokers": brokers,
    "communities": communities,
    "timeline": timeline,
    "countries": countries,
}

#: Name -> analysis giving a per-entity score (what ``viz --size-by`` accepts).
CENTRALITIES = {"degree": degree, "betweenness": betweenness, "eigenvector": eigenvector, "brokers": brokers}
