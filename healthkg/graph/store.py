"""Open the graph a command names with ``--graph PATH``.

PATH is the folder that ``healthkg build -o`` wrote, or a TriG or N-Quads file.
(First version: rdflib in memory; the embedded Oxigraph store replaces it.)
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from healthkg.errors import StoreError

FORMATS_BY_SUFFIX = {".trig": "trig", ".nq": "nquads", ".nquads": "nquads"}


def load_dataset(path: str | Path) -> Dataset:
    """Read the graph at *path* into an rdflib Dataset whose default graph is the union."""
    path = Path(path)
    if path.is_dir():
        path = path / "graph.trig"
    if not path.exists():
        raise StoreError(f"{path}: no such graph (give the folder 'healthkg build -o' wrote, or a .trig/.nq file)")
    fmt = FORMATS_BY_SUFFIX.get(path.suffix.lower())
    if fmt is None:
        raise StoreError(f"{path}: unknown graph format (expected .trig or .nq)")
    dataset = Dataset(default_union=True)
    try:
        dataset.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser exception types
        raise StoreError(f"{path}: cannot parse {fmt}: {exc}") from exc
    return dataset
