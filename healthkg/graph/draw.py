"""Draw the projected graph as one self-contained, interactive HTML page (pyvis + vis-network).

The page needs no network: vis-network's JavaScript and CSS (shipped inside the pyvis
package) are inlined, nothing is linked from a CDN, and a Content-Security-Policy forbids
any load. Node colour shows the entity type (legend doubles as a type filter), node size a
centrality, edge colour the relation; tooltips and the side panel show names, types,
roles, dates, amounts, evidence sentences and source documents. A search box finds
entities by name.

Safety: text from documents is only ever shown as text. Tooltips are plain strings
(vis-network shows them with ``innerText``), the side panel uses ``textContent``, the page
title goes through Jinja's HTML escaping and the data is JSON with ``<``, ``>`` and ``&``
escaped, so ``</script>`` in a name cannot end the script.

Positions are computed in Python (igraph's Fruchterman-Reingold on a grid: 0.4 s for
10,000 nodes) and physics is off, so a big graph is drawn at once.

Examples
--------
>>> import tempfile, networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("a", label="<b>Alpha</b>", type="Hospital")
>>> g.add_node("b", label="Beta", type="Company")
>>> _ = g.add_edge("a", "b", relation="agreement", evidence=["They signed."], documents=["d1"])
>>> page = render_network(g, Path(tempfile.mkdtemp()) / "net.html")
>>> html = page.read_text(encoding="utf-8")
>>> "<b>Alpha</b>" in html, "\\\\u003cb\\\\u003eAlpha" in html, "https://cdn" in html
(False, True, False)
"""
from __future__ import annotations

import json
import logging
import math
import os
import tempfile
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from healthkg.errors import HealthKGError

__all__ = [
    "TYPE_COLORS", "RELATION_COLORS", "layout_positions", "node_sizes", "node_tooltip", "edge_tooltip",
    "network_data", "render_network", "write_network_page",
]

log = logging.getLogger(__name__)

VIS_VERSION = "vis-9.1.2"
#: Entity type (and event type, for event nodes) -> colour.
TYPE_COLORS = {
    "Person": "#e6862a", "Hospital": "#d62f3a", "Company": "#2f6fd6", "GovernmentBody": "#7b3fb8",
    "Association": "#16a08a", "University": "#3fa34d", "ResearchInstitute": "#8bbf2f",
    "MediaOrganization": "#b8860b", "Organization": "#5a7d9a", "City": "#9a9a9a", "Region": "#7d7d7d",
    "Country": "#555555", "Agreement": "#c2185b", "Visit": "#00838f", "Meeting": "#6d4c41", "Project": "#455a64",
}
UNKNOWN_COLOR = "#b0b0b0"
#: Relation -> (colour, dashed).
RELATION_COLORS = {
    "role": ("#e6862a", False), "located_in": ("#c4c4c4", False), "part_of": ("#7b3fb8", False),
    "agreement": ("#c2185b", False), "visit": ("#00838f", False), "partner_of": ("#2e7d32", False),
    "event": ("#ad1457", True), "participant": ("#9e9e9e", True),
}
DIRECTED_RELATIONS = frozenset({"role", "located_in", "part_of", "visit"})
MAX_TOOLTIP_LINES = 12
MAX_SENTENCE = 300


def _short(text: str, limit: int = MAX_SENTENCE) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def layout_positions(graph: nx.Graph, *, seed: int = 42, spread: float = 120.0) -> dict[Any, tuple[float, float]]:
    """Node -> (x, y) in page pixels: Fruchterman-Reingold (igraph, grid for big graphs), deterministic.

    >>> pos = layout_positions(nx.path_graph(4))
    >>> len(pos), pos == layout_positions(nx.path_graph(4))
    (4, True)
    """
    import random

    import igraph

    nodes = list(graph)
    if not nodes:
        return {}
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = {(min(index[u], index[v]), max(index[u], index[v])) for u, v in graph.edges() if u != v}
    ig = igraph.Graph(n=len(nodes), edges=sorted(pairs))
    rng = random.Random(seed)
    start = [[rng.uniform(-1, 1) * math.sqrt(len(nodes)), rng.uniform(-1, 1) * math.sqrt(len(nodes))]
             for _ in nodes]
    igraph.set_random_number_generator(random.Random(seed))  # igraph's FR draws random moves
    try:
        layout = ig.layout_fruchterman_reingold(seed=start, niter=500 if len(nodes) < 3000 else 250,
                                                grid=len(nodes) > 1000)
    finally:
        igraph.set_random_number_generator(random)
    coords = layout.coords
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    width = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    scale = spread * math.sqrt(len(nodes)) / width * 1.5
    return {node: (round((x - cx) * scale, 1), round((y - cy) * scale, 1)) for node, (x, y) in zip(nodes, coords)}


def node_sizes(graph: nx.Graph, *, size_by: str = "degree", smallest: float = 8, largest: float = 30) -> dict:
    """Node -> drawing size from the analysis *size_by* (a name in ``CENTRALITIES``), scaled to the range.

    >>> g = nx.star_graph(3)
    >>> sizes = node_sizes(g)
    >>> sizes[0], sizes[1]
    (30.0, 8.0)
    """
    from healthkg.graph.analyses import CENTRALITIES

    if size_by not in CENTRALITIES:
        raise HealthKGError(f"cannot size nodes by {size_by!r}; choose one of: {', '.join(sorted(CENTRALITIES))}")
    if graph.number_of_nodes() == 0:
        return {}
    by_iri = {str(n): n for n in graph}
    scores = dict.fromkeys(graph, 0.0)
    for row in CENTRALITIES[size_by](graph):
        scores[by_iri[row["iri"]]] = row["score"]
    low, high = min(scores.values()), max(scores.values())
    span = (high - low) or 1.0
    return {n: round(smallest + (largest - smallest) * (s - low) / span, 2) for n, s in scores.items()}


def _edge_summary(attrs: dict[str, Any]) -> str:
    parts = [attrs.get("event_type") or attrs.get("relation") or "link"]
    if attrs.get("title"):
        parts.append(attrs["title"])
    if attrs.get("date"):
        parts.append(str(attrs["date"]))
    if attrs.get("amount") is not None:
        parts.append(f"{attrs['amount']:,.0f} {attrs.get('currency') or ''}".strip())
    return " · ".join(parts)


def node_tooltip(graph: nx.Graph, node, *, documents: dict | None = None) -> str:
    """Plain text about *node*: name, type, country, links with their relation, source documents.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("p", label="Anna", type="Person", country="DK", documents=["d1"])
    >>> g.add_node("o", label="Alpha", type="Hospital")
    >>> _ = g.add_edge("p", "o", relation="role", title="CEO")
    >>> print(node_tooltip(g, "p"))
    Anna
    Person · DK
    role · CEO → Alpha
    Documents: d1
    """
    attrs = graph.nodes[node]
    lines = [str(attrs.get("label", node))]
    kind = " · ".join(str(v) for v in (attrs.get("type"), attrs.get("country")) if v)
    if kind:
        lines.append(kind)
    if attrs.get("kind") == "event":
        lines.append(_edge_summary({"event_type": attrs.get("type"), "date": attrs.get("date"),
                                    "amount": attrs.get("amount"), "currency": attrs.get("currency")}))
    links = []
    def arrow(data: dict[str, Any], outgoing: bool) -> str:
        if data.get("relation") not in DIRECTED_RELATIONS:
            return "—"
        return "→" if outgoing else "←"

    for _, other, data in graph.out_edges(node, data=True) if graph.is_directed() else graph.edges(node, data=True):
        links.append(f"{_edge_summary(data)} {arrow(data, True)} {graph.nodes[other].get('label', other)}")
    if graph.is_directed():
        for other, _, data in graph.in_edges(node, data=True):
            links.append(f"{_edge_summary(data)} {arrow(data, False)} {graph.nodes[other].get('label', other)}")
    lines.extend(_short(line, 160) for line in links[:MAX_TOOLTIP_LINES])
    if len(links) > MAX_TOOLTIP_LINES:
        lines.append(f"… and {len(links) - MAX_TOOLTIP_LINES} more links")
    for sentence in (attrs.get("evidence") or [])[:2]:
        lines.append("“" + _short(sentence) + "”")
    docs = attrs.get("documents") or []
    if docs:
        described = []
        for doc in docs[:6]:
            info = (documents or {}).get(doc) or {}
            extra = ", ".join(str(v) for v in (info.get("date"), info.get("headline")) if v)
            described.append(f"{doc} ({_short(extra, 80)})" if extra else str(doc))
        lines.append("Documents: " + "; ".join(described) + (" …" if len(docs) > 6 else ""))
    return "\n".join(lines)


def edge_tooltip(graph: nx.Graph, u, v, attrs: dict[str, Any]) -> str:
    """Plain text about one edge: the two names, relation, title or event type, date, amount, evidence, sources.

    >>> g = nx.MultiDiGraph([("a", "b")])
    >>> print(edge_tooltip(g, "a", "b", {"relation": "agreement", "date": "2022-09-28",
    ...                                 "evidence": ["A and B signed."], "documents": ["d1"]}))
    a — b
    agreement · 2022-09-28
    “A and B signed.”
    Source: d1
    """
    arrow = " → " if attrs.get("relation") in DIRECTED_RELATIONS else " — "
    lines = [f"{graph.nodes[u].get('label', u)}{arrow}{graph.nodes[v].get('label', v)}", _edge_summary(attrs)]
    evidence = attrs.get("evidence") or []
    lines.extend("“" + _short(sentence) + "”" for sentence in evidence[:3])
    if len(evidence) > 3:
        lines.append(f"… {len(evidence) - 3} more sentences")
    if attrs.get("documents"):
        lines.append("Source: " + ", ".join(map(str, attrs["documents"])))
    return "\n".join(lines)


def network_data(graph: nx.Graph, *, size_by: str = "degree", edge_labels: bool | None = None) -> dict[str, Any]:
    """The vis-network nodes, edges, options and legends of *graph*, built with pyvis's classes."""
    from pyvis.edge import Edge
    from pyvis.network import Network
    from pyvis.node import Node

    big = graph.number_of_nodes() > 1000
    if edge_labels is None:
        edge_labels = graph.number_of_edges() <= 150
    positions = layout_positions(graph)
    sizes = node_sizes(graph, size_by=size_by)
    documents = graph.graph.get("documents") or {}
    net = Network(directed=graph.is_directed(), cdn_resources="in_line")
    ids = {node: str(node) for node in graph}
    for node, attrs in graph.nodes(data=True):
        x, y = positions[node]
        node_type = attrs.get("type") or "Unknown"
        label = _short(attrs.get("label", node), 40)
        options = Node(ids[node], "dot", label=label, title=node_tooltip(graph, node, documents=documents),
                       color=TYPE_COLORS.get(node_type, UNKNOWN_COLOR), size=sizes.get(node, 10), x=x, y=y,
                       type=node_type, country=attrs.get("country") or "").options
        net.nodes.append(options)
    net.node_ids = [n["id"] for n in net.nodes]
    pair_count: Counter = Counter()
    edges_iter = graph.edges(data=True, keys=True) if graph.is_multigraph() else (
        (u, v, None, d) for u, v, d in graph.edges(data=True))
    for number, (u, v, key, attrs) in enumerate(edges_iter):
        relation = attrs.get("relation") or "link"
        color, dashed = RELATION_COLORS.get(relation, ("#999999", False))
        pair = (min(ids[u], ids[v]), max(ids[u], ids[v]))
        nth = pair_count[pair]
        pair_count[pair] += 1
        options = Edge(ids[u], ids[v], directed=False, id=f"e{number}", title=edge_tooltip(graph, u, v, attrs),
                       color=color, dashes=dashed, relation=relation,
                       arrows="to" if relation in DIRECTED_RELATIONS else "").options
        if edge_labels:
            options["label"] = _short(attrs.get("event_type") or attrs.get("title") or relation, 24)
        if nth:
            options["smooth"] = {"enabled": True, "type": "curvedCW" if nth % 2 else "curvedCCW",
                                 "roundness": 0.15 * ((nth + 1) // 2)}
        net.edges.append(options)
    net.options = {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "navigationButtons": False, "keyboard": False},
        "nodes": {"font": {"size": 13, "strokeWidth": 3, "strokeColor": "#ffffff"}, "borderWidth": 1},
        "edges": {"smooth": False, "width": 1.4, "font": {"size": 10, "align": "middle", "strokeWidth": 3},
                  "arrows": {"to": {"scaleFactor": 0.5}}, "selectionWidth": 2},
    }
    nodes, edges, _heading, _height, _width, options_json = net.get_network_data()
    type_counts = Counter(n["type"] for n in nodes)
    relation_counts = Counter(e["relation"] for e in edges)
    return {
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(options_json),
        "types": [{"name": t, "count": c, "color": TYPE_COLORS.get(t, UNKNOWN_COLOR)}
                  for t, c in sorted(type_counts.items(), key=lambda item: (-item[1], item[0]))],
        "relations": [{"name": r, "count": c, "color": RELATION_COLORS.get(r, ("#999999", False))[0],
                       "dashed": RELATION_COLORS.get(r, ("#999999", False))[1]}
                      for r, c in sorted(relation_counts.items(), key=lambda item: (-item[1], item[0]))],
    }


def _script_json(value: Any) -> str:
    """JSON safe inside ``<script>``: no ``<``, ``>``, ``&`` or line separators left raw."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def _vis_asset(name: str) -> str:
    import pyvis

    path = Path(pyvis.__file__).parent / "templates" / "lib" / VIS_VERSION / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise HealthKGError(f"{path}: vis-network asset missing from the pyvis package: {exc}") from exc
    if "</script" in text.lower() or "</style" in text.lower():
        raise HealthKGError(f"{path}: cannot be inlined safely")
    return text


def render_network(graph: nx.Graph, path: str | Path, *, title: str = "healthkg cooperation network",
                   size_by: str = "degree") -> Path:
    """Write *graph* as a self-contained interactive HTML page at *path*; returns the path.

    Parameters
    ----------
    graph : networkx graph
        Usually from :func:`healthkg.graph.projection.project_graph`.
    title : str
        Shown as text (HTML-escaped).
    size_by : str
        A name in :data:`healthkg.graph.analyses.CENTRALITIES` (degree, betweenness, ...).
    """
    import jinja2
    from markupsafe import Markup

    data = network_data(graph, size_by=size_by)
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template_text = resources.files("healthkg.graph").joinpath("templates/network.html").read_text(encoding="utf-8")
    html = env.from_string(template_text).render(
        title=title, size_by=size_by,
        vis_css=Markup(_vis_asset("vis-network.css")), vis_js=Markup(_vis_asset("vis-network.min.js")),
        data_json=Markup(_script_json(data)),
    )
    path = Path(path)
    _write_atomically(path, html)
    log.info("wrote %s (%d nodes, %d edges, %d bytes)", path, len(data["nodes"]), len(data["edges"]), len(html))
    return path


def _write_atomically(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        raise HealthKGError(f"{path}: cannot write: {exc}") from exc


def write_network_page(dataset, path: str | Path, *, title: str = "healthkg cooperation network",
                       size_by: str = "degree") -> Path:
    """Project *dataset* (rdflib Dataset) and write its network page to *path*; returns the path."""
    from healthkg.graph.projection import project_graph

    return render_network(project_graph(dataset), path, title=title, size_by=size_by)
