"""A static picture (SVG or PNG) of the projected graph, the same view as the page.

Same positions, colours and sizes as :mod:`healthkg.graph.draw`; the largest nodes are
labelled. Labels are drawn as plain text (no mathtext), so a name with ``$`` or markup is
shown as written. Uses matplotlib's object API (no pyplot, no global state).

>>> import tempfile, networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("a", label="Alpha $x$", type="Hospital"); g.add_node("b", label="Beta", type="Company")
>>> _ = g.add_edge("a", "b", relation="agreement")
>>> p = render_picture(g, Path(tempfile.mkdtemp()) / "g.svg")
>>> p.read_text(encoding="utf-8").startswith("<?xml")
True
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import networkx as nx

from healthkg.errors import HealthKGError
from healthkg.graph.draw import RELATION_COLORS, TYPE_COLORS, UNKNOWN_COLOR, layout_positions, node_sizes

__all__ = ["PICTURE_FORMATS", "render_picture"]

PICTURE_FORMATS = ("svg", "png")


def render_picture(graph: nx.Graph, path: str | Path, *, fmt: str | None = None, size_by: str = "degree",
                   title: str = "healthkg cooperation network", max_labels: int = 60, dpi: int = 150) -> Path:
    """Draw *graph* into *path* (format from *fmt* or the suffix: svg or png); returns the path."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.collections import LineCollection
        from matplotlib.figure import Figure
        from matplotlib.lines import Line2D
    except ImportError as exc:  # matplotlib is an install requirement; say so if it is missing
        raise HealthKGError("static pictures need matplotlib: pip install matplotlib") from exc
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in PICTURE_FORMATS:
        raise HealthKGError(f"{path}: cannot draw a picture as {fmt!r}; use .svg or .png")
    positions = layout_positions(graph)
    sizes = node_sizes(graph, size_by=size_by)
    figure = Figure(figsize=(12, 9), layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.set_axis_off()
    axes.set_title(title, loc="left", fontsize=13, parse_math=False)
    segments, colors, styles = [], [], []
    for u, v, attrs in graph.edges(data=True):
        if u == v:
            continue
        color, dashed = RELATION_COLORS.get(attrs.get("relation"), ("#999999", False))
        (x1, y1), (x2, y2) = positions[u], positions[v]
        segments.append([(x1, -y1), (x2, -y2)])
        colors.append(color)
        styles.append("dashed" if dashed else "solid")
    if segments:
        axes.add_collection(LineCollection(segments, colors=colors, linestyles=styles, linewidths=0.8,
                                           alpha=0.7, zorder=1))
    nodes = list(graph)
    types = [graph.nodes[n].get("type") or "Unknown" for n in nodes]
    if nodes:
        axes.scatter([positions[n][0] for n in nodes], [-positions[n][1] for n in nodes],
                     s=[(sizes[n] * 0.6) ** 2 for n in nodes], c=[TYPE_COLORS.get(t, UNKNOWN_COLOR) for t in types],
                     edgecolors="white", linewidths=0.5, zorder=2)
    for node in sorted(nodes, key=lambda n: -sizes[n])[:max_labels]:
        x, y = positions[node]
        axes.text(x, -y, str(graph.nodes[node].get("label", node))[:40], fontsize=7, ha="center", va="bottom",
                  zorder=3, parse_math=False, clip_on=True)
    handles = [Line2D([], [], marker="o", linestyle="", markersize=7, color=TYPE_COLORS.get(t, UNKNOWN_COLOR),
                      label=f"{t} ({c})") for t, c in Counter(types).most_common()]
    handles += [Line2D([], [], color=RELATION_COLORS.get(r, ("#999999", False))[0],
                       linestyle="--" if RELATION_COLORS.get(r, ("", False))[1] else "-", label=f"{r} ({c})")
                for r, c in Counter(a.get("relation") for _, _, a in graph.edges(data=True)).most_common()]
    if handles:
        axes.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    axes.autoscale_view()
    axes.set_aspect("equal", adjustable="datalim")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        figure.savefig(path, format=fmt, dpi=dpi, metadata={"Date": None} if fmt == "svg" else None)
    except OSError as exc:
        raise HealthKGError(f"{path}: cannot write: {exc}") from exc
    return path
