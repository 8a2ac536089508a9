"""Source formats: turn files, folders and standard input into :class:`Document` objects.

The formats live in a registry, :data:`SOURCE_FORMATS` (``text``, ``html``,
``jsonl``); a file's format is chosen by suffix, else sniffed from its first bytes.
Plain text may be in any encoding; HTML is reduced to its main text; JSON Lines
hold one article per line. Every failure is a :class:`~healthkg.errors.LoaderError`
naming the input: with ``on_error`` it is reported and loading goes on, without it
the first one is raised. A single text or HTML document, and a single JSON line, may
not exceed :data:`MAX_SOURCE_BYTES` (50 MB; ``healthkg.loaders.sources.reading``).

>>> import tempfile, pathlib
>>> with tempfile.TemporaryDirectory() as tmp:
...     _ = pathlib.Path(tmp, "a.txt").write_text("Hospitals sign a deal\\n\\nThey signed it.")
...     [(d.id, d.title) for d in load_documents([tmp])]
[('a', 'Hospitals sign a deal')]
"""
from __future__ import annotations

import io
import logging
import sys
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

from healthkg.errors import LoaderError
from healthkg.loaders.document import Document
from healthkg.loaders.sources.paths import STDIN, expand_paths
from healthkg.loaders.sources.reading import MAX_SOURCE_BYTES
from healthkg.loaders.sources.registry import SNIFF_BYTES, SOURCE_FORMATS, SourceFormat, format_for, register_format

__all__ = [
    "load_documents",
    "count_sources",
    "SOURCE_FORMATS",
    "SourceFormat",
    "register_format",
    "MAX_SOURCE_BYTES",
]

logger = logging.getLogger(__name__)

#: The source name and document id used for standard input.
STDIN_SOURCE, STDIN_ID = "<stdin>", "stdin"


class _Prefixed(io.RawIOBase):
    """A raw stream that replays bytes already read (the sniffed head) before the rest."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        chunk = self._rest.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _raise(error: LoaderError) -> None:
    raise error


def _read_stdin(report: Callable[[LoaderError], None]) -> Iterator[tuple[int | None, Document]]:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise LoaderError("no standard input to read", source=STDIN_SOURCE)
    head = stream.read(SNIFF_BYTES)
    source_format = format_for(None, head, source=STDIN_SOURCE)
    logger.debug("standard input sniffed as %s", source_format.name)
    replay = io.BufferedReader(_Prefixed(head, stream))
    yield from source_format.load(replay, STDIN_SOURCE, STDIN_ID, report)


def _read_file(path: Path, report: Callable[[LoaderError], None]) -> Iterator[tuple[int | None, Document]]:
    source = str(path)
    if not path.exists():
        raise LoaderError("no such file or folder", source=source)
    if not path.is_file():
        raise LoaderError("not a regular file", source=source)
    with path.open("rb") as stream:
        source_format = _choose(path, stream, source)
        yield from source_format.load(stream, source, path.stem, report)


def _choose(path: Path, stream: BinaryIO, source: str) -> SourceFormat:
    suffix = path.suffix.lower()
    if any(suffix in f.suffixes for f in SOURCE_FORMATS.values()):
        return format_for(str(path), b"", source=source)
    head = stream.read(SNIFF_BYTES)
    stream.seek(0)
    return format_for(None, head, source=source)


def load_documents(
    paths: Iterable[str | Path], *, on_error: Callable[[LoaderError], None] | None = None
) -> Iterator[Document]:
    """Load every document from files, folders and ``-`` (standard input), in a stable order.

    Folders are read recursively in sorted order, hidden files and dot-folders
    skipped. A document id already loaded in this run is reported and skipped. Each
    failure (unreadable or binary file, empty document, bad JSON line, duplicate id)
    is passed to ``on_error`` and loading continues; without ``on_error`` the first
    failure is raised as :class:`LoaderError`.

    >>> errors = []
    >>> list(load_documents(["no/such/file.txt"], on_error=errors.append)), str(errors[0])
    ([], 'no/such/file.txt: no such file or folder')
    """
    report = on_error or _raise
    seen_ids: set[str] = set()
    for path in expand_paths(paths):
        source = STDIN_SOURCE if path == STDIN else str(path)
        try:
            records = _read_stdin(report) if path == STDIN else _read_file(Path(path), report)
            for position, document in records:
                if document.id in seen_ids:
                    report(LoaderError(f"duplicate document id {document.id!r}; skipped", source=source, position=position))
                    continue
                seen_ids.add(document.id)
                yield document
        except LoaderError as error:
            report(error)
        except OSError as error:
            report(LoaderError(f"cannot read: {error.strerror or error}", source=source))


def _count_lines(path: Path) -> int:
    count, last = 0, b"\n"
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            count += chunk.count(b"\n")
            last = chunk[-1:]
    return count + (last != b"\n")


def count_sources(paths: Iterable[str | Path]) -> int:
    """How many inputs :func:`load_documents` will read, for a progress bar.

    Counts files (standard input as one), and lines of JSON Lines files, whose lines
    are records; blank or bad lines make it an upper bound. Missing paths count 0.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     _ = pathlib.Path(tmp, "a.txt").write_text("x")
    ...     _ = pathlib.Path(tmp, "b.jsonl").write_text('{"id": 1, "text": "x"}\\n{"id": 2, "text": "y"}\\n')
    ...     count_sources([tmp, "-"])
    4
    """
    jsonl_suffixes = SOURCE_FORMATS["jsonl"].suffixes if "jsonl" in SOURCE_FORMATS else ()
    total = 0
    for path in expand_paths(paths):
        if path == STDIN:
            total += 1
            continue
        path = Path(path)
        try:
            if path.suffix.lower() in jsonl_suffixes:
                total += _count_lines(path)
            elif path.is_file():
                total += 1
        except OSError:
            continue
    return total
