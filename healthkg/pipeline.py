"""Wire a build: documents -> statements -> graph store -> network page.

This module and :mod:`healthkg.cli` are the only ones that import both
:mod:`healthkg.loaders` and :mod:`healthkg.graph`.

>>> sorted(OUTPUT_FILES)
['graph', 'page', 'store']
"""
from __future__ import annotations

import json
import logging
import os
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Sequence

from healthkg.errors import ExtractionError, HealthKGError, LoaderError
from healthkg.loaders.document import Document
from healthkg.loaders.statements import DocumentExtraction

log = logging.getLogger(__name__)

#: What ``healthkg build -o DIR`` writes into DIR.
OUTPUT_FILES = {"graph": "graph.trig", "store": "store", "page": "network.html"}

ErrorHandler = Callable[[HealthKGError], None]


@dataclass
class RunResult:
    """What a run produced, and what failed on the way (one entry per bad input)."""

    extractions: list[DocumentExtraction] = field(default_factory=list)
    failures: list[HealthKGError] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)
    resolution: object | None = None
    conforms: bool | None = None

    def summary(self) -> dict[str, object]:
        """Counts of documents, entities by type, relations by type and events by type."""
        entity_types: Counter[str] = Counter()
        seen_entities: set[str] = set()
        relation_types: Counter[str] = Counter()
        event_types: Counter[str] = Counter()
        for extraction in self.extractions:
            for entity in extraction.entities:
                if entity.id not in seen_entities:
                    seen_entities.add(entity.id)
                    entity_types[entity.type] += 1
            relation_types.update(r.type for r in extraction.relations)
            event_types.update(e.type for e in extraction.events)
        return {
            "documents": len(self.extractions),
            "failures": len(self.failures),
            "entities": dict(sorted(entity_types.items())),
            "relations": dict(sorted(relation_types.items())),
            "events": dict(sorted(event_types.items())),
        }


def sample_corpus_path() -> Path:
    """The folder of the bundled sample corpus (the five seed articles).

    >>> len(list(sample_corpus_path().glob("*.txt")))
    5
    """
    return Path(str(resources.files("healthkg") / "data" / "sample"))


def read_documents(paths: Iterable[str | Path], on_error: ErrorHandler) -> list[Document]:
    """Load every document under *paths*; bad inputs go to *on_error*, the rest load."""
    from healthkg.loaders.sources import load_documents

    return list(load_documents(paths, on_error=on_error))


def extract_documents(
    documents: Sequence[Document], on_error: ErrorHandler, *, progress: bool = False, recognizer_names=None,
    jobs: int = 1,
) -> list[DocumentExtraction]:
    """Extract statements from each document; a failure is reported and the others go on.

    ``jobs`` > 1 extracts in that many worker processes (0: one per CPU core); the
    extractions come back in the order of *documents*, the same as with one process.
    """
    extractions = []
    outcomes = _extraction_outcomes(documents, recognizer_names, _worker_count(jobs))
    for extraction, error in _progress(outcomes, progress, "extracting", unit="doc", total=len(documents)):
        if error is not None:
            on_error(error)
        else:
            extractions.append(extraction)
    return extractions


def _worker_count(jobs: int) -> int:
    """The number of processes ``jobs`` asks for: itself, or one per CPU core for 0.

    >>> _worker_count(3), _worker_count(0) >= 1
    (3, True)
    """
    return jobs if jobs > 0 else max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                                     else os.cpu_count() or 1)


def _extract_one(document: Document, recognizer_names=None):
    """``(extraction, None)``, or ``(None, error)`` when the document fails: in a worker
    process a failure travels back as data, so one bad document never stops the others."""
    from healthkg.loaders.extraction import extract_document

    try:
        return extract_document(document, recognizer_names), None
    except HealthKGError as exc:
        return None, exc
    except Exception as exc:  # a bug on one document must not lose the others
        log.debug("extraction failed for %s", document.source, exc_info=True)
        return None, ExtractionError(f"{document.source}: extraction failed: {type(exc).__name__}: {exc}")


def _extraction_outcomes(documents: Sequence[Document], recognizer_names, workers: int):
    """The outcome of :func:`_extract_one` for every document, in order, from ``workers`` processes."""
    if workers <= 1 or len(documents) < 2:
        for document in documents:
            yield _extract_one(document, recognizer_names)
        return
    import itertools
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    if context.get_start_method() == "fork":
        from healthkg.loaders.gazetteer import gazetteer

        gazetteer()  # loaded once here, shared by the forked workers
    chunk = max(1, min(16, len(documents) // (workers * 8)))
    with ProcessPoolExecutor(max_workers=min(workers, len(documents)), mp_context=context) as pool:
        yield from pool.map(_extract_one, documents, itertools.repeat(recognizer_names), chunksize=chunk)


def resolve(extractions: list[DocumentExtraction], *, known=None, curation_path: str | Path | None = None):
    """Give every real-world entity one id across the run (and across an existing store)."""
    from healthkg.loaders.resolution import load_curation, resolve_entities

    curation = load_curation(curation_path)
    return resolve_entities(extractions, known=known, curation=curation)


def extract(
    paths: Iterable[str | Path],
    *,
    on_error: ErrorHandler | None = None,
    progress: bool = False,
    curation_path: str | Path | None = None,
    recognizer_names=None,
    jobs: int = 1,
) -> RunResult:
    """Read, extract and resolve: the statements of ``healthkg extract``."""
    result = read_and_extract(paths, on_error=on_error, progress=progress, recognizer_names=recognizer_names,
                              jobs=jobs)
    result.resolution = resolve(result.extractions, curation_path=curation_path)
    return result


def read_and_extract(paths: Iterable[str | Path], *, on_error: ErrorHandler | None = None,
                     progress: bool = False, recognizer_names=None, jobs: int = 1) -> RunResult:
    """Load and extract every document under *paths* (not yet resolved); failures are collected."""
    result = RunResult()
    handler = _collecting(result, on_error)
    documents = read_documents(paths, handler)
    result.extractions = extract_documents(documents, handler, progress=progress,
                                         recognizer_names=recognizer_names, jobs=jobs)
    return result


def build(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    *,
    on_error: ErrorHandler | None = None,
    progress: bool = False,
    curation_path: str | Path | None = None,
    validate: bool = True,
    page: bool = True,
    recognizer_names=None,
    jobs: int = 1,
) -> RunResult:
    """Build the knowledge graph of *paths* into *out_dir*.

    Writes ``graph.trig`` (one named graph per document), the embedded store
    ``store/`` and the network page ``network.html``.
    """
    result = read_and_extract(paths, on_error=on_error, progress=progress, recognizer_names=recognizer_names,
                              jobs=jobs)
    return build_extractions(result.extractions, out_dir, curation_path=curation_path,
                             validate=validate, page=page, result=result)


def build_extractions(
    extractions: list[DocumentExtraction],
    out_dir: str | Path,
    *,
    curation_path: str | Path | None = None,
    validate: bool = True,
    page: bool = True,
    result: RunResult | None = None,
) -> RunResult:
    """Resolve freshly extracted (not yet resolved) *extractions* and build them into *out_dir*,
    replacing whatever graph the folder held (see :func:`build`)."""
    from healthkg.graph.store import open_store
    from healthkg.loaders.rdf import extractions_to_dataset

    result = result if result is not None else RunResult()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    result.extractions = list(extractions)
    result.resolution = resolve_for_graph(result.extractions, curation_path=curation_path)
    dataset = extractions_to_dataset(result.extractions)
    decisions = curation_decisions(result.resolution)
    if len(decisions):
        dataset.graph(decisions.identifier).__iadd__(decisions)
    _write_resolution_report(out_dir, result.resolution)

    graph_path = out_dir / OUTPUT_FILES["graph"]
    _write_atomically(graph_path, dataset.serialize(format="trig"))
    result.outputs["graph"] = graph_path

    store = open_store(out_dir, read_only=False, create=True)
    try:
        kept = {str(g.identifier) for g in dataset.graphs()}
        for name in store.graph_names():  # a fresh build replaces the folder's graph
            if name not in kept:
                store.remove_graph(name)
        store.add_dataset(dataset)
    finally:
        store.close()
    result.outputs["store"] = out_dir / OUTPUT_FILES["store"]
    _finish_outputs(dataset, out_dir, result, validate=validate, page=page, write_graph=False)
    return result


def run_demo(out_dir: str | Path = "healthkg-demo", *, progress: bool = False,
             on_error: ErrorHandler | None = None) -> RunResult:
    """Build the bundled sample corpus into *out_dir* (``healthkg demo``)."""
    return build([sample_corpus_path()], out_dir, progress=progress, on_error=on_error)


def _collecting(result: RunResult, on_error: ErrorHandler | None) -> ErrorHandler:
    def handle(error: HealthKGError) -> None:
        result.failures.append(error)
        if on_error is not None:
            on_error(error)

    return handle


def _progress(items, enabled: bool, description: str, unit: str, total: int | None = None):
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, desc=description, unit=unit, leave=False, dynamic_ncols=True, total=total)


def _write_atomically(path: Path, content: str) -> None:
    """Write *content* to *path* through a temporary file, so a crash never leaves half a file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes the file private; outputs are ordinary files
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


__all__ = [
    "OUTPUT_FILES", "RunResult", "build", "extract", "extract_documents", "read_and_extract",
    "read_documents",
    "resolve", "run_demo", "sample_corpus_path", "LoaderError",
]


# =========================================================================== incremental builds
# ``healthkg build --into STORE`` and ``healthkg remove DOC_ID``: add, rebuild and remove documents
# in an existing store. Rules that make one-at-a-time builds (in document-id order) equal to a
# batch build:
# - an entity's id, rdfs:label and type come from the earliest document (by id) that names it
#   (healthkg.loaders.resolution), and an entity already in the store keeps its id;
# - a document's named graph holds only that document's names as skos:altLabel
#   (:func:`resolve_for_graph`);
# - ``graph:entities`` is recomputed from the documents in the store (:func:`refresh_entities`).

#: Names and types of the entities in each document graph, with the document's id.
Q_KNOWN_ENTITIES = """
SELECT DISTINCT ?doc ?entity ?type ?name ?label WHERE {
  GRAPH ?g {
    ?d a schema:NewsArticle ; schema:identifier ?doc .
    ?entity hkg:entityType ?type .
    { ?entity rdfs:label ?name BIND(true AS ?label) } UNION { ?entity skos:altLabel ?name BIND(false AS ?label) }
  }
}"""

#: The links (GeoNames, coordinates, country code) ``graph:entities`` holds.
Q_ENTITY_LINKS = """
SELECT ?entity ?key ?value WHERE {
  GRAPH graph:entities {
    VALUES (?p ?key) { (hkg:geonamesId "geonames") (schema:latitude "lat") (schema:longitude "lon")
                       (hkg:countryCode "iso3166") }
    ?entity ?p ?value
  }
}"""

#: The documents in a store.
Q_DOCUMENTS = """
SELECT DISTINCT ?doc ?g WHERE { GRAPH ?g { ?d a schema:NewsArticle ; schema:identifier ?doc } }"""


@dataclass
class RemovalResult:
    """What ``healthkg remove`` did: the document dropped and the entities that went with it."""

    document: str
    removed_entities: list[str] = field(default_factory=list)
    remaining_documents: int = 0
    outputs: dict[str, Path] = field(default_factory=dict)
    conforms: bool | None = None


def resolve_for_graph(extractions: list[DocumentExtraction], *, known=None,
                      curation_path: str | Path | None = None):
    """Resolve *extractions* (in place) for a graph build; returns the resolution report.

    Resolution gives each entity its cross-document id, name and type; afterwards each
    document keeps only the names it uses itself as alternative names, so a document's named
    graph does not change when other documents are added or removed.
    """
    local = {x.document.id: {e.id: _names_in(x, e) for e in x.entities} for x in extractions}
    report = resolve(extractions, known=known, curation_path=curation_path)
    for extraction in extractions:
        names_of = local.get(extraction.document.id, {})
        merged: dict[str, dict[str, str | None]] = {}
        for old_id, new_id in report.id_map.get(extraction.document.id, {}).items():
            target = merged.setdefault(new_id, {})
            for name, language in names_of.get(old_id, {}).items():
                if language or name not in target:
                    target[name] = language
        for entity in extraction.entities:
            names = merged.get(entity.id, {})
            entity.alt_names = {n: lang for n, lang in sorted(names.items()) if n != entity.name}
    return report


def _names_in(extraction: DocumentExtraction, entity) -> dict[str, str | None]:
    """The names one document gives one entity, with their languages."""
    names: dict[str, str | None] = {}
    if entity.name:
        names[entity.name] = extraction.document.language
    for mention in entity.mentions:
        if mention.text:
            names.setdefault(mention.text, mention.language or _language_at(extraction, mention.start))
    for name, language in entity.alt_names.items():
        if name and (language or name not in names):
            names[name] = language
    return names


def _language_at(extraction: DocumentExtraction, offset: int) -> str | None:
    for sentence in extraction.document.sentences:
        if sentence.start <= offset < sentence.end and sentence.language:
            return sentence.language
    return extraction.document.language


def known_entities(store, *, exclude_documents: Iterable[str] = ()) -> list:
    """The entities in *store* (a :class:`~healthkg.graph.store.GraphStore`) as
    :class:`~healthkg.loaders.resolution.KnownEntity`, leaving out what only the documents
    *exclude_documents* (those being rebuilt) say. The label of the earliest document comes first."""
    from healthkg.loaders.resolution import known_entities_from_rows

    excluded = set(exclude_documents)
    rows = [row for row in store.query(Q_KNOWN_ENTITIES).records() if str(row["doc"]) not in excluded]
    links: dict[str, dict[str, str]] = {}
    for row in store.query(Q_ENTITY_LINKS).records():
        links.setdefault(str(row["entity"]), {})[str(row["key"])] = str(row["value"])
    rows.sort(key=lambda r: (str(r["entity"]), not r["label"], str(r["doc"]), str(r["name"])))
    for row in rows:
        row.update(id=row["entity"], **links.get(str(row["entity"]), {}))
    return known_entities_from_rows(rows)


def refresh_entities(store, extractions: Sequence[DocumentExtraction] = ()) -> set[str]:
    """Recompute ``graph:entities`` from the document graphs in *store*; returns the entity ids
    it now holds.

    Preferred labels count the ``rdfs:label`` of every document graph; links are those the
    store already holds for the entities that remain, then those of *extractions* (the
    documents just added, in document-id order) for what is still missing.
    """
    from healthkg.loaders.rdf import entities_graph_from
    from healthkg.ontology.iris import entities_graph_iri
    from healthkg.ontology.namespace import ID

    prefix = str(ID)
    names: dict[str, Counter] = {}
    for row in store.query(Q_KNOWN_ENTITIES).records():
        if row["label"]:
            names.setdefault(str(row["entity"])[len(prefix):], Counter())[str(row["name"])] += 1
    links: dict[str, dict[str, object]] = {}
    for row in store.query(Q_ENTITY_LINKS).records():
        entity_id = str(row["entity"])[len(prefix):]
        if entity_id in names:
            links.setdefault(entity_id, {})[str(row["key"])] = str(row["value"])
    for extraction in sorted(extractions, key=lambda x: x.document.id):
        for entity in extraction.entities:
            merged = links.setdefault(entity.id, {})
            for key, value in entity.links.items():
                if value not in (None, ""):
                    merged.setdefault(key, value)
    graph = entities_graph_from(names, links)
    store.remove_graph(str(entities_graph_iri()))
    if len(graph):
        store.add_dataset(_as_dataset([graph]))
    return set(names)


def add_documents(
    paths: Iterable[str | Path],
    store_dir: str | Path,
    *,
    on_error: ErrorHandler | None = None,
    progress: bool = False,
    curation_path: str | Path | None = None,
    validate: bool = True,
    page: bool = True,
    recognizer_names=None,
    jobs: int = 1,
) -> RunResult:
    """Add the documents under *paths* to the graph at *store_dir* (``healthkg build --into``).

    *store_dir* is a build folder (created when missing) or a store folder. New mentions
    resolve against the entities already there, which keep their ids; a document built
    again replaces its named graph. ``graph.trig`` and ``network.html`` of the build folder
    are rewritten from the store.
    """
    result = read_and_extract(paths, on_error=on_error, progress=progress, recognizer_names=recognizer_names,
                              jobs=jobs)
    return add_extractions(result.extractions, store_dir, curation_path=curation_path,
                           validate=validate, page=page, result=result)


def add_extractions(
    extractions: list[DocumentExtraction],
    store_dir: str | Path,
    *,
    curation_path: str | Path | None = None,
    validate: bool = True,
    page: bool = True,
    result: RunResult | None = None,
) -> RunResult:
    """:func:`add_documents` for freshly extracted (not yet resolved) *extractions*."""
    from healthkg.loaders.rdf import document_graph

    result = result if result is not None else RunResult()
    result.extractions = list(extractions)
    folder, store = _open_build_store(store_dir, create=True)
    try:
        rebuilt = {x.document.id for x in result.extractions}
        known = known_entities(store, exclude_documents=rebuilt)
        result.resolution = resolve_for_graph(result.extractions, known=known, curation_path=curation_path)
        graphs = [document_graph(x) for x in result.extractions]
        store.add_dataset(_as_dataset(graphs))
        remaining = refresh_entities(store, result.extractions)
        update_curation_graph(store, remaining, curation_decisions(result.resolution))
        dataset = store.to_rdflib()
        result.outputs["store"] = Path(store.path)
    finally:
        store.close()
    if folder is not None:
        _write_resolution_report(folder, result.resolution)
        _finish_outputs(dataset, folder, result, validate=validate, page=page)
    elif validate:
        _finish_outputs(dataset, None, result, validate=True, page=False)
    return result


def remove_document(store_dir: str | Path, doc_id: str, *, validate: bool = False,
                    page: bool = True) -> RemovalResult:
    """Remove document *doc_id* from the graph at *store_dir* (``healthkg remove``).

    Drops its named graph, recomputes ``graph:entities`` for the entities other documents
    still name (those only it named go), and rewrites ``graph.trig`` and ``network.html``.
    Raises :class:`~healthkg.errors.StoreError` naming the document when it is not there.
    """
    from healthkg.errors import StoreError
    from healthkg.ontology.iris import document_graph_iri

    folder, store = _open_build_store(store_dir, create=False)
    try:
        documents = {str(r["doc"]): str(r["g"]) for r in store.query(Q_DOCUMENTS).records()}
        graph = documents.get(doc_id, str(document_graph_iri(doc_id)))
        if not store.remove_graph(graph):
            listed = ", ".join(sorted(documents)[:10]) or "none"
            raise StoreError(f"{store_dir}: no document {doc_id!r} in the graph (documents: {listed})")
        before = set(_entity_ids(store))
        after = refresh_entities(store)
        update_curation_graph(store, after)
        result = RemovalResult(doc_id, sorted(before - after), len(documents) - 1)
        result.outputs["store"] = Path(store.path)
        dataset = store.to_rdflib()
    finally:
        store.close()
    if folder is not None or validate:
        _finish_outputs(dataset, folder, result, validate=validate, page=page and folder is not None)
    return result


def curation_decisions(report):
    """``graph:curation``: the merges the curation file forced, as ``hkg:mergedBy`` links to
    ``hkg:CurationDecision`` nodes whose ``dcterms:source`` is the curation entry (file name and
    line). Merges the rules made alone are explained in ``resolution.json`` instead, so that a
    document's graph never depends on the order documents were added in."""
    from dataclasses import replace
    from types import SimpleNamespace

    from rdflib import Graph

    from healthkg.loaders.rdf import merge_decisions_graph
    from healthkg.ontology.iris import curation_graph_iri

    curated = [replace(m, curation=[_entry_name(source) for source in m.curation])
               for m in getattr(report, "merges", []) if m.curated]
    graph = Graph(identifier=curation_graph_iri())
    for triple in merge_decisions_graph(SimpleNamespace(merges=curated)):
        graph.add(triple)
    return graph


def update_curation_graph(store, remaining_ids: set[str], new_decisions=None) -> None:
    """Keep ``graph:curation`` in *store* to the entities that remain, adding *new_decisions*."""
    from rdflib import Graph

    from healthkg.ontology.iris import curation_graph_iri
    from healthkg.ontology.namespace import HKG, ID

    iri = curation_graph_iri()
    graph = Graph(identifier=iri)
    if str(iri) in store.graph_names():
        graph.parse(data=store.dump_graph(str(iri), "ntriples").decode("utf-8"), format="nt")
    if new_decisions is not None:
        graph += new_decisions
    kept_decisions = set()
    for entity, _, decision in list(graph.triples((None, HKG.mergedBy, None))):
        if str(entity)[len(str(ID)):] in remaining_ids:
            kept_decisions.add(decision)
        else:
            graph.remove((entity, HKG.mergedBy, decision))
    for subject in set(graph.subjects()):
        if (subject, HKG.mergedBy, None) not in graph and subject not in kept_decisions:
            graph.remove((subject, None, None))
    store.remove_graph(str(iri))
    if len(graph):
        store.add_dataset(_as_dataset([graph]))


def _entry_name(source: str) -> str:
    """``/abs/path/curation.yaml:12`` -> ``curation.yaml:12`` (no machine paths in the graph)."""
    path, _, line = str(source).rpartition(":")
    return f"{Path(path).name}:{line}" if path and line.isdigit() else Path(str(source)).name


def _write_resolution_report(folder: Path, report) -> None:
    """``resolution.json``: every merge resolution made, with its reasons (explainable merges)."""
    if report is None or not hasattr(report, "to_dict"):
        return
    _write_atomically(Path(folder) / "resolution.json",
                      json.dumps(report.to_dict(), ensure_ascii=False, indent=1, sort_keys=True) + "\n")


def _entity_ids(store) -> list[str]:
    from healthkg.ontology.namespace import ID

    rows = store.query("SELECT DISTINCT ?e WHERE { GRAPH graph:entities { ?e skos:prefLabel ?l } }").records()
    return [str(r["e"])[len(str(ID)):] for r in rows]


def _open_build_store(path: str | Path, *, create: bool):
    """(build folder or None, writable store) for *path*: a build folder or a store folder.

    A build folder holding ``graph.trig`` but no store gets a store loaded from it.
    """
    from healthkg.errors import StoreError
    from healthkg.graph.store import open_store

    path = Path(path)
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: not a folder (give a build folder or a store folder)")
    store_name, graph_name = OUTPUT_FILES["store"], OUTPUT_FILES["graph"]
    if (path / "CURRENT").exists():  # a store folder
        folder = path.parent if path.name == store_name else None
        return folder, open_store(path, read_only=False)
    if not (path / store_name / "CURRENT").exists():
        if not create and not (path / graph_name).is_file():
            raise StoreError(f"{path}: no such graph (give the folder 'healthkg build -o' wrote, "
                             "or a store folder)")
        store = open_store(path, read_only=False, create=True)
        if (path / graph_name).is_file():
            store.load(path / graph_name, "trig")
        return path, store
    return path, open_store(path, read_only=False)


def _as_dataset(graphs):
    from rdflib import Dataset

    from healthkg.loaders.rdf import bind_prefixes

    dataset = bind_prefixes(Dataset(default_union=True))
    for graph in graphs:
        target = dataset.graph(graph.identifier)
        target.addN((s, p, o, target) for s, p, o in graph)
    return dataset


def _finish_outputs(dataset, folder: Path | None, result, *, validate: bool, page: bool,
                    write_graph: bool = True) -> None:
    """Write graph.trig and network.html into *folder* from *dataset*, and validate it."""
    from healthkg.loaders.rdf import bind_prefixes

    if folder is not None and write_graph:
        graph_path = folder / OUTPUT_FILES["graph"]
        _write_atomically(graph_path, bind_prefixes(dataset).serialize(format="trig"))
        result.outputs["graph"] = graph_path
    if folder is not None and page:
        from healthkg.graph.draw import write_network_page

        result.outputs["page"] = write_network_page(dataset, folder / OUTPUT_FILES["page"])
    if validate:
        from healthkg.ontology.validation import validate_graph

        result.conforms, _, _ = validate_graph(dataset)


__all__ += [
    "RemovalResult", "add_documents", "add_extractions", "build_extractions", "known_entities",
    "refresh_entities", "remove_document", "resolve_for_graph",
]
