"""Wire a build: documents -> statements -> graph store -> network page.

This module and :mod:`healthkg.cli` are the only ones that import both
:mod:`healthkg.loaders` and :mod:`healthkg.graph`.

>>> sorted(OUTPUT_FILES)
['graph', 'page', 'store']
"""
from __future__ import annotations

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
    documents: Sequence[Document], on_error: ErrorHandler, *, progress: bool = False
) -> list[DocumentExtraction]:
    """Extract statements from each document; a failure is reported and the others go on."""
    from healthkg.loaders.extraction import extract_document

    extractions = []
    for doc in _progress(documents, progress, "extracting", unit="doc"):
        try:
            extractions.append(extract_document(doc))
        except HealthKGError as exc:
            on_error(exc)
        except Exception as exc:  # a bug on one document must not lose the others
            log.debug("extraction failed for %s", doc.source, exc_info=True)
            on_error(ExtractionError(f"{doc.source}: extraction failed: {type(exc).__name__}: {exc}"))
    return extractions


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
) -> RunResult:
    """Read, extract and resolve: the statements of ``healthkg extract``."""
    result = RunResult()
    handler = _collecting(result, on_error)
    documents = read_documents(paths, handler)
    result.extractions = extract_documents(documents, handler, progress=progress)
    result.resolution = resolve(result.extractions, curation_path=curation_path)
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
) -> RunResult:
    """Build the knowledge graph of *paths* into *out_dir*.

    Writes ``graph.trig`` (one named graph per document), the embedded store
    ``store/`` and the network page ``network.html``.
    """
    from healthkg.graph.draw import write_network_page
    from healthkg.graph.store import open_store
    from healthkg.loaders.rdf import extractions_to_dataset

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    result = extract(paths, on_error=on_error, progress=progress, curation_path=curation_path)
    dataset = extractions_to_dataset(result.extractions)

    graph_path = out_dir / OUTPUT_FILES["graph"]
    _write_atomically(graph_path, dataset.serialize(format="trig"))
    result.outputs["graph"] = graph_path

    store = open_store(out_dir, read_only=False, create=True)
    try:
        store.add_dataset(dataset)
    finally:
        store.close()
    result.outputs["store"] = out_dir / OUTPUT_FILES["store"]

    if page:
        result.outputs["page"] = write_network_page(dataset, out_dir / OUTPUT_FILES["page"])
    if validate:
        from healthkg.ontology.validation import validate_graph

        result.conforms, _, _ = validate_graph(dataset)
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


def _progress(items, enabled: bool, description: str, unit: str):
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, desc=description, unit=unit, leave=False, dynamic_ncols=True)


def _write_atomically(path: Path, content: str) -> None:
    """Write *content* to *path* through a temporary file, so a crash never leaves half a file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


__all__ = [
    "OUTPUT_FILES", "RunResult", "build", "extract", "extract_documents", "read_documents",
    "resolve", "run_demo", "sample_corpus_path", "LoaderError",
]
