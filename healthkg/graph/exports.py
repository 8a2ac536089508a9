"""Export the projected graph for other tools: GraphML, GEXF (Gephi) and CSV node/edge lists.

GraphML and GEXF take scalar attributes only: lists become ``"; "``-joined text, missing
values are left out, everything else that is not a number becomes text.

>>> import tempfile, networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("a", label="Alpha", documents=["d1", "d2"], country=None)
>>> _ = g.add_edge("a", "a", relation="part_of", evidence=["x"])
>>> folder = Path(tempfile.mkdtemp())
>>> back = nx.read_graphml(write_graphml(g, folder / "g.graphml"))
>>> back.nodes["a"]
{'label': 'Alpha', 'documents': 'd1; d2'}
>>> [p.name for p in write_csv(g, folder / "g.csv")]
['g-nodes.csv', 'g-edges.csv']
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Callable

import networkx as nx

from healthkg.errors import HealthKGError

__all__ = ["scalar_graph", "write_graphml", "write_gexf", "write_csv", "EXPORTERS"]

LIST_SEPARATOR = "; "


def _scalar(value: Any):
    if value is None:
        return None
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float, str)):
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        return LIST_SEPARATOR.join(str(item) for item in items)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _scalar_attrs(attrs: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in ((k, _scalar(v)) for k, v in attrs.items()) if value is not None}


def scalar_graph(graph: nx.Graph) -> nx.Graph:
    """A copy of *graph* whose node, edge and graph attributes are all scalars (str, int, float).

    >>> g = nx.Graph(); g.add_node(1, tags=["a", "b"], none=None, amount=5.0)
    >>> scalar_graph(g).nodes["1"]
    {'tags': 'a; b', 'amount': 5.0}
    """
    result = graph.__class__()
    result.graph.update({k: v for k, v in _scalar_attrs(graph.graph).items() if k != "documents"})
    for node, attrs in graph.nodes(data=True):
        result.add_node(str(node), **_scalar_attrs(attrs))
    if graph.is_multigraph():
        for u, v, key, attrs in graph.edges(keys=True, data=True):
            result.add_edge(str(u), str(v), key=str(key), **_scalar_attrs(attrs))
    else:
        for u, v, attrs in graph.edges(data=True):
            result.add_edge(str(u), str(v), **_scalar_attrs(attrs))
    # one type per attribute name: a name that holds text anywhere holds text everywhere
    for items in (list(result.nodes(data=True)), [(e[:-1], e[-1]) for e in result.edges(data=True)]):
        text_keys = {k for _, attrs in items for k, v in attrs.items() if isinstance(v, str)}
        float_keys = {k for _, attrs in items for k, v in attrs.items() if isinstance(v, float)}
        for _, attrs in items:
            for k, v in attrs.items():
                if k in text_keys and not isinstance(v, str):
                    attrs[k] = str(v)
                elif k in float_keys and isinstance(v, int):
                    attrs[k] = float(v)
    return result


def _target(path: str | Path) -> Path:
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise HealthKGError(f"{path}: cannot create the folder: {exc}") from exc
    return path


def write_graphml(graph: nx.Graph, path: str | Path) -> Path:
    """Write *graph* as GraphML; returns the path."""
    path = _target(path)
    try:
        nx.write_graphml(scalar_graph(graph), path, encoding="utf-8")
    except OSError as exc:
        raise HealthKGError(f"{path}: cannot write: {exc}") from exc
    return path


def write_gexf(graph: nx.Graph, path: str | Path) -> Path:
    """Write *graph* as GEXF 1.2 (Gephi); returns the path.

    >>> import tempfile
    >>> g = nx.MultiDiGraph([("a", "b")]); g.nodes["a"]["label"] = "Alpha"
    >>> p = write_gexf(g, Path(tempfile.mkdtemp()) / "g.gexf")
    >>> sorted(nx.read_gexf(p).nodes(data="label"))
    [('a', 'Alpha'), ('b', 'b')]
    """
    path = _target(path)
    try:
        nx.write_gexf(scalar_graph(graph), path, encoding="utf-8")
    except OSError as exc:
        raise HealthKGError(f"{path}: cannot write: {exc}") from exc
    return path


def write_csv(graph: nx.Graph, path: str | Path) -> list[Path]:
    """Write ``{stem}-nodes.csv`` (``id`` + attributes) and ``{stem}-edges.csv`` (``source``, ``target`` + attributes) beside *path*."""
    path = _target(path)
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    nodes_path, edges_path = path.with_name(f"{stem}-nodes.csv"), path.with_name(f"{stem}-edges.csv")
    flat = scalar_graph(graph)
    node_columns = sorted({k for _, attrs in flat.nodes(data=True) for k in attrs})
    edge_rows = [{"source": u, "target": v, **attrs} for u, v, attrs in flat.edges(data=True)]
    edge_columns = ["source", "target"] + sorted({k for row in edge_rows for k in row} - {"source", "target"})
    try:
        with nodes_path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=["id"] + node_columns)
            writer.writeheader()
            for node, attrs in flat.nodes(data=True):
                writer.writerow({"id": node, **attrs})
        with edges_path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=edge_columns)
            writer.writeheader()
            writer.writerows(edge_rows)
    except OSError as exc:
        raise HealthKGError(f"{path}: cannot write: {exc}") from exc
    return [nodes_path, edges_path]


#: Format name -> writer(graph, path).
EXPORTERS: dict[str, Callable[..., Any]] = {"graphml": write_graphml, "gexf": write_gexf, "csv": write_csv}
