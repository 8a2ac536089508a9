"""Cooperation over time: events by type and new partners, per year."""
from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

__all__ = ["cooperation_events", "timeline"]

#: Relations that state cooperation between two parties (besides events).
COOPERATION_RELATIONS = frozenset({"agreement", "partner_of", "visit"})


def cooperation_events(graph: nx.Graph) -> dict[str, dict[str, Any]]:
    """Event IRI -> {'event_type', 'date', 'parties', 'documents'} from collapsed event edges or event nodes.

    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("a", "b", key="e1", relation="event", event="e1", event_type="Visit", date="2021-05-01")
    >>> cooperation_events(g)["e1"]["parties"]
    ['a', 'b']
    """
    events: dict[str, dict[str, Any]] = {}
    for node, attrs in graph.nodes(data=True):
        if attrs.get("kind") == "event":
            parties = sorted(set(graph.predecessors(node)) | set(graph.successors(node))
                             if graph.is_directed() else graph[node])
            events[str(node)] = {"event_type": attrs.get("type"), "date": attrs.get("date"), "parties": parties,
                                 "documents": list(attrs.get("documents") or [])}
    edges = graph.edges(data=True)
    for u, v, attrs in edges:
        if attrs.get("relation") == "event":
            event = events.setdefault(attrs.get("event") or f"{u}|{v}|{attrs.get('date')}",
                                      {"event_type": attrs.get("event_type"), "date": attrs.get("date"),
                                       "parties": [], "documents": list(attrs.get("documents") or [])})
            for party in (u, v):
                if party not in event["parties"]:
                    event["parties"].append(party)
    for event in events.values():
        event["parties"].sort(key=str)
    return events


def timeline(graph: nx.Graph, *, top: int | None = None) -> list[dict[str, Any]]:
    """One row per year: events (by type), new partner pairs and the entities active that year.

    A *new partner pair* is two entities that cooperate (share an event, or an agreement,
    partnership or visit relation) for the first time that year. Undated items are counted
    in a row whose year is ``unknown``.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("a", "b", key="e1", relation="event", event="e1", event_type="Agreement", date="2021-03-01")
    >>> _ = g.add_edge("a", "b", key="e2", relation="event", event="e2", event_type="Visit", date="2022-06-01")
    >>> _ = g.add_edge("a", "c", key="e3", relation="event", event="e3", event_type="Visit", date="2022-07-01")
    >>> [(r["year"], r["events"], r["Visit"], r["new_partners"]) for r in timeline(g)]
    [('2021', 1, 0, 1), ('2022', 2, 2, 1)]
    """
    events = cooperation_events(graph)
    by_year: dict[str, dict[str, Any]] = defaultdict(lambda: {"events": 0, "types": defaultdict(int),
                                                              "active": set(), "pairs": set()})
    first_seen: dict[frozenset, str] = {}

    def year_of(date) -> str:
        return str(date)[:4] if date else "unknown"

    def meet(pair: frozenset, year: str) -> None:
        if year != "unknown" and (pair not in first_seen or first_seen[pair] == "unknown" or year < first_seen[pair]):
            first_seen[pair] = year
        elif pair not in first_seen:
            first_seen[pair] = year

    for event in events.values():
        year = year_of(event["date"])
        row = by_year[year]
        row["events"] += 1
        row["types"][event["event_type"] or "Event"] += 1
        row["active"].update(event["parties"])
        parties = event["parties"]
        for i, a in enumerate(parties):
            for b in parties[i + 1:]:
                meet(frozenset((a, b)), year)
    for u, v, attrs in graph.edges(data=True):
        if attrs.get("relation") in COOPERATION_RELATIONS and u != v:
            year = year_of(attrs.get("date"))
            by_year[year]["active"].update((u, v))
            meet(frozenset((u, v)), year)
    new_partners: dict[str, int] = defaultdict(int)
    for year in first_seen.values():
        new_partners[year] += 1
    event_types = sorted({t for row in by_year.values() for t in row["types"]} | {"Agreement", "Visit", "Meeting", "Project"})
    rows = []
    for year in sorted(by_year, key=lambda y: (y == "unknown", y)):
        row = by_year[year]
        rows.append({"year": year, "events": row["events"], **{t: row["types"].get(t, 0) for t in event_types},
                     "new_partners": new_partners.get(year, 0), "active_entities": len(row["active"])})
    return rows[:top] if top is not None else rows
