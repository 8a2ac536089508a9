"""The embedded graph store: an on-disk Oxigraph (RocksDB) store behind ``--graph PATH``.

PATH is the folder ``healthkg build -o`` wrote (its ``store/`` subfolder holds the
Oxigraph database, ``graph.trig`` the same graph as text), a store folder itself, or a
``.trig`` / ``.nq`` file (loaded into an in-memory Oxigraph store).

Queries run over the union of the named graphs (one graph per document, plus
``graph:entities``). Adding a dataset replaces each named graph it holds, so rebuilding
a document replaces its graph and never duplicates it.

Locking: one process at a time opens a store read-write (a second one gets a
:class:`StoreError` naming the lock); any number may open it read-only, but a read-only
view of a store that another process is writing may miss or mis-read the newest writes
(RocksDB secondary instance), so reopen after a build.

>>> import rdflib
>>> ds = rdflib.Dataset()
>>> g = ds.graph(rdflib.URIRef("https://w3id.org/healthkg/graph/d1"))
>>> _ = g.add((rdflib.URIRef("https://w3id.org/healthkg/id/doc/d1"), rdflib.RDF.type, rdflib.URIRef("https://schema.org/NewsArticle")))
>>> store = GraphStore.in_memory()
>>> store.add_dataset(ds); store.add_dataset(ds)
>>> len(store), store.graph_names()
(1, ['https://w3id.org/healthkg/graph/d1'])
>>> store.query("ASK { ?d a <https://schema.org/NewsArticle> }").boolean
True
"""
from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import Dataset

from healthkg.errors import QueryError, StoreError
from healthkg.graph.query import PREFIXES as _DEFAULT_PREFIXES, TURTLE_PREFIXES
from healthkg.graph.results import QueryResult

log = logging.getLogger(__name__)

FORMATS_BY_SUFFIX = {".trig": "trig", ".nq": "nquads", ".nquads": "nquads"}
#: export / import format name -> pyoxigraph format (jsonld goes through rdflib)
RDF_FORMATS = {
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
}
EXPORT_FORMATS = ("trig", "nquads", "turtle", "jsonld")
STORE_FOLDER = "store"
GRAPH_FILE = "graph.trig"


class GraphStore:
    """A pyoxigraph :class:`~pyoxigraph.Store` with the healthkg conventions.

    ``path`` is the store folder on disk, or ``None`` for an in-memory store.
    """

    def __init__(self, store: ox.Store, path: Path | None = None, *, read_only: bool = False,
                 source: str | None = None):
        self._store = store
        self.path = path
        self.read_only = read_only
        self.source = source or (str(path) if path else "<memory>")

    @classmethod
    def in_memory(cls) -> "GraphStore":
        """An empty store kept in memory."""
        return cls(ox.Store())

    # ------------------------------------------------------------------ writing
    def add_dataset(self, dataset: Dataset) -> None:
        """Add an rdflib Dataset, replacing each named graph it holds."""
        self._check_writable()
        names = [str(g.identifier) for g in dataset.graphs()
                 if isinstance(g.identifier, str) and len(g) and not _is_default(g.identifier)]
        data = dataset.serialize(format="nquads", encoding="utf-8")
        try:
            for name in names:
                self._store.remove_graph(ox.NamedNode(name))
            self._store.load(data, format=ox.RdfFormat.N_QUADS)
            if self.path is not None:
                self._store.flush()
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"{self.source}: cannot add the dataset: {exc}") from exc
        log.debug("added %d named graphs to %s", len(names), self.source)

    def load(self, source: str | Path | bytes | IO[bytes], format: str) -> None:
        """Load a TriG or N-Quads serialization (a path, bytes or a binary file) into the store,
        replacing each named graph it holds."""
        self._check_writable()
        rdf_format = _rdf_format(format)
        data = Path(source).read_bytes() if isinstance(source, (str, Path)) else source
        if not isinstance(data, bytes):
            data = data.read()
        try:
            names = {q.graph_name.value for q in ox.parse(data, format=rdf_format)
                     if isinstance(q.graph_name, ox.NamedNode)}
            for name in names:
                self._store.remove_graph(ox.NamedNode(name))
            self._store.load(data, format=rdf_format)
        except SyntaxError as exc:
            raise StoreError(f"{_name(source)}: cannot parse {format}: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"{self.source}: cannot load {_name(source)}: {exc}") from exc

    def remove_graph(self, graph_iri: str) -> bool:
        """Drop one named graph; true when it existed."""
        self._check_writable()
        node = ox.NamedNode(str(graph_iri))
        existed = self._store.contains_named_graph(node)
        if existed:
            self._store.remove_graph(node)
        return existed

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update (default prefixes hkg:, id:, schema:... are predeclared)."""
        self._check_writable()
        try:
            self._store.update(sparql, prefixes=_DEFAULT_PREFIXES)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL update: {_short(exc)}") from exc
        except OSError as exc:
            raise StoreError(f"{self.source}: update failed: {exc}") from exc

    # ------------------------------------------------------------------ reading
    def graph_names(self) -> list[str]:
        """The IRIs of the named graphs, sorted."""
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def query(self, sparql: str, *, timeout: float | None = None, limit: int | None = None) -> QueryResult:
        """Run a SPARQL query over the union of the named graphs.

        Raises :class:`QueryError` for a malformed query, or when it runs longer than
        *timeout* seconds. *limit* caps the number of rows (``truncated`` tells).
        """
        def run(cancelled: threading.Event | None = None) -> QueryResult:
            answer = self._store.query(sparql, use_default_graph_as_union=True, prefixes=_DEFAULT_PREFIXES)
            return QueryResult.from_pyoxigraph(answer, limit=limit, cancelled=cancelled)

        try:
            if timeout is None:
                return run()
            return _with_timeout(run, timeout)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL query: {_short(exc)}") from exc
        except OSError as exc:
            raise StoreError(f"{self.source}: query failed: {exc}") from exc
        except (ValueError, TypeError, RuntimeError) as exc:
            raise QueryError(f"query failed: {exc}") from exc

    def export(self, destination: str | Path | IO[bytes], format: str) -> None:
        """Write the whole graph as trig, nquads (every named graph), turtle (the union) or jsonld."""
        if format not in EXPORT_FORMATS:
            raise StoreError(f"unknown export format {format!r} (expected one of {', '.join(EXPORT_FORMATS)})")
        if format == "jsonld":
            data = self.to_rdflib().serialize(format="json-ld", encoding="utf-8")
        elif format == "turtle":
            triples = self._store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
            data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=TURTLE_PREFIXES) or b""
        else:
            data = self._store.dump(format=RDF_FORMATS[format], prefixes=TURTLE_PREFIXES) \
                if format == "trig" else self._store.dump(format=RDF_FORMATS[format])
        if isinstance(destination, (str, Path)):
            try:
                Path(destination).write_bytes(data)
            except OSError as exc:
                raise StoreError(f"{destination}: cannot write: {exc}") from exc
        else:
            destination.write(data)

    def to_rdflib(self) -> Dataset:
        """The whole store as an rdflib Dataset whose default graph is the union."""
        dataset = Dataset(default_union=True)
        data = self._store.dump(format=ox.RdfFormat.N_QUADS)
        if data:
            dataset.parse(data=data.decode("utf-8"), format="nquads")
        return dataset

    def dump_graph(self, graph_iri: str, format: str = "ntriples") -> bytes:
        """The triples of one named graph serialized as ntriples or turtle."""
        if format not in ("ntriples", "turtle"):
            raise StoreError(f"unknown graph format {format!r} (expected ntriples or turtle)")
        return self._store.dump(format=RDF_FORMATS[format], from_graph=ox.NamedNode(str(graph_iri))) or b""

    def graph_size(self, graph_iri: str) -> int:
        """The number of triples in one named graph."""
        return sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.NamedNode(str(graph_iri))))

    def quads(self):
        """Iterate over every quad (pyoxigraph :class:`~pyoxigraph.Quad`)."""
        return iter(self._store)

    def __len__(self) -> int:
        return len(self._store)

    def close(self) -> None:
        """Flush and release the store (and its lock)."""
        if self._store is None:
            return
        if self.path is not None and not self.read_only:
            try:
                self._store.flush()
            except OSError:
                log.debug("flush failed on close", exc_info=True)
        self._store = None  # RocksDB closes when the last reference goes

    def __enter__(self) -> "GraphStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "read-write"
        return f"<GraphStore {self.source} ({mode})>"

    def _check_writable(self) -> None:
        if self._store is None:
            raise StoreError(f"{self.source}: the store is closed")
        if self.read_only:
            raise StoreError(f"{self.source}: the store is open read-only")


def open_store(path: str | Path, *, read_only: bool = True, create: bool = False) -> GraphStore:
    """Open the graph at *path*: a build folder, a store folder, or a .trig / .nq file.

    A file is loaded into an in-memory store (``path`` is then ``None``). With
    ``create=True`` a missing store is created (in ``PATH/store`` unless PATH already is a
    store folder). A build folder without ``store/`` but with ``graph.trig`` is read
    from the TriG file.
    """
    path = Path(path)
    if path.is_file():
        fmt = FORMATS_BY_SUFFIX.get(path.suffix.lower())
        if fmt is None:
            raise StoreError(f"{path}: unknown graph format (expected .trig or .nq, or a build folder)")
        store = GraphStore(ox.Store(), None, source=str(path))
        store.load(path, fmt)
        store.read_only = read_only
        return store
    store_dir = _store_folder(path)
    if store_dir is None:
        if create:
            store_dir = path / STORE_FOLDER
        elif (path / GRAPH_FILE).is_file():
            log.info("%s has no store/; reading %s", path, GRAPH_FILE)
            return open_store(path / GRAPH_FILE, read_only=read_only)
        else:
            raise StoreError(f"{path}: no such graph (give the folder 'healthkg build -o' wrote, "
                             "a store folder, or a .trig/.nq file)")
    try:
        if read_only:
            if not (store_dir / "CURRENT").exists():
                raise StoreError(f"{store_dir}: not an Oxigraph store (no CURRENT file)")
            oxstore = ox.Store.read_only(str(store_dir))
        else:
            store_dir.mkdir(parents=True, exist_ok=True)
            oxstore = ox.Store(str(store_dir))
    except OSError as exc:
        if "lock" in str(exc).lower():
            raise StoreError(f"{store_dir}: the store is locked: another process (or open handle) is writing it "
                             "(wait for it to finish, or open it read-only)") from exc
        raise StoreError(f"{store_dir}: cannot open the store: {exc}") from exc
    except RuntimeError as exc:  # RocksDB reports corruption this way
        raise StoreError(f"{store_dir}: corrupt store: {exc}") from exc
    return GraphStore(oxstore, store_dir, read_only=read_only)


def load_dataset(path: str | Path) -> Dataset:
    """Read the graph at *path* into an rdflib Dataset whose default graph is the union.

    *path* is a build folder (its ``graph.trig``, else its store), a store folder, or a
    .trig / .nq file.
    """
    path = Path(path)
    if path.is_dir():
        if (path / GRAPH_FILE).is_file():
            path = path / GRAPH_FILE
        elif _store_folder(path) is not None:
            with open_store(path) as store:
                return store.to_rdflib()
        else:
            raise StoreError(f"{path}: no such graph (give the folder 'healthkg build -o' wrote, or a .trig/.nq file)")
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


def _short(exc: Exception, width: int = 160) -> str:
    """The first line of a parser message, shortened (Oxigraph lists every expected token)."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text if len(text) <= width else text[: width - 1] + "…"


def _store_folder(path: Path) -> Path | None:
    if (path / STORE_FOLDER / "CURRENT").exists():
        return path / STORE_FOLDER
    if (path / "CURRENT").exists():
        return path
    return None


def _is_default(identifier) -> bool:
    return str(identifier) == "urn:x-rdflib:default"


def _rdf_format(name: str):
    try:
        return RDF_FORMATS[name]
    except KeyError:
        raise StoreError(f"unknown RDF format {name!r} (expected one of {', '.join(RDF_FORMATS)})") from None


def _name(source) -> str:
    return str(source) if isinstance(source, (str, Path)) else getattr(source, "name", "<data>")


def _with_timeout(function, timeout: float):
    """Run ``function(cancelled)`` in a worker thread (pyoxigraph releases the GIL while it
    evaluates) and give up after *timeout* seconds. Giving up sets the ``cancelled`` event,
    which stops the evaluation at its next row; a step that yields no row (a sort, a count)
    finishes in the background first.

    >>> import threading, time
    >>> def slow(cancelled):
    ...     while not cancelled.is_set():
    ...         time.sleep(0.01)
    ...     return "stopped"
    >>> try:
    ...     _with_timeout(slow, 0.05)
    ... except QueryError as exc:
    ...     print(exc)
    query timed out after 0.05 s
    """
    outcome: dict[str, object] = {}
    cancelled = threading.Event()

    def target():
        try:
            outcome["value"] = function(cancelled)
        except BaseException as exc:  # handed back to the caller
            outcome["error"] = exc

    worker = threading.Thread(target=target, name="sparql-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        cancelled.set()
        raise QueryError(f"query timed out after {timeout:g} s")
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]


__all__ = ["GraphStore", "open_store", "load_dataset", "EXPORT_FORMATS"]
