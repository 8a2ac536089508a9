"""JSON Lines: one article per line.

Each line is an object with ``id`` and ``text`` and optionally ``title``, ``url``,
``published`` (any date form :func:`~healthkg.loaders.dates.parse_date` reads) and
``language`` (ISO 639-1, or a tag such as ``de-DE``). A bad line (invalid JSON, not
an object, no ``id`` or ``text``) is reported as a :class:`LoaderError` with the line
number and the other lines still load. Lines are read one at a time, so a corpus file
may be larger than the single-document limit; each line may not.

>>> import io
>>> lines = io.BytesIO(b'{"id": "a", "text": "Hello.", "published": "3 November 2022"}\\n')
>>> [(line, d.id, d.published) for line, d in load_jsonl(lines, "c.jsonl", "c")]
[(1, 'a', '2022-11-03')]
"""
from __future__ import annotations

import json
import logging
import re
from typing import BinaryIO, Callable, Iterator

from healthkg.errors import LoaderError
from healthkg.loaders.dates import find_published_date, parse_date
from healthkg.loaders.document import Document
from healthkg.loaders.sources import reading
from healthkg.loaders.sources.reading import normalise_text
from healthkg.loaders.sources.titles import guess_title

__all__ = ["load_jsonl", "record_document"]

logger = logging.getLogger(__name__)

_LANG_RE = re.compile(r"^[a-z]{2,3}$")


def _raise(error: LoaderError) -> None:
    raise error


def _optional_str(record: dict, key: str, source: str, line: int) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise LoaderError(f"field {key!r} must be a string, not {type(value).__name__}", source=source, position=line)
    return value.strip() or None


def _language(value: str | None) -> str | None:
    if not value:
        return None
    primary = value.strip().lower().replace("_", "-").split("-")[0]
    return primary if _LANG_RE.match(primary) else None


def record_document(record: object, source: str, line: int) -> Document:
    """The :class:`Document` of one decoded JSON record; :class:`LoaderError` when it is unusable.

    >>> record_document({"id": 7, "text": "Körper\\r\\n", "language": "de-DE"}, "c.jsonl", 1).language
    'de'
    >>> record_document({"text": "x"}, "c.jsonl", 2)
    Traceback (most recent call last):
    ...
    healthkg.errors.LoaderError: c.jsonl:2: record has no 'id'
    """
    if not isinstance(record, dict):
        raise LoaderError(f"record is not a JSON object but {type(record).__name__}", source=source, position=line)
    doc_id = record.get("id")
    if doc_id is None or isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)) or not str(doc_id).strip():
        raise LoaderError("record has no 'id'", source=source, position=line)
    text = record.get("text")
    if not isinstance(text, str):
        raise LoaderError("record has no 'text'", source=source, position=line)
    text = normalise_text(text)
    if not text.strip():
        raise LoaderError("empty document: 'text' is blank", source=source, position=line)
    language = _language(_optional_str(record, "language", source, line))
    raw_date = _optional_str(record, "published", source, line)
    published = parse_date(raw_date, [language] if language else None) if raw_date else None
    if raw_date and published is None:
        logger.warning("%s:%s: unreadable 'published' value %r; looking for a dateline", source, line, raw_date)
    title = _optional_str(record, "title", source, line)
    return Document(
        id=str(doc_id).strip(),
        source=source,
        text=text,
        title=normalise_text(title) if title else guess_title(text, language),
        published=published or find_published_date(text, language),
        language=language,
        url=_optional_str(record, "url", source, line),
    )


def _lines(stream: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """The lines of a stream; ``None`` in place of (and after skipping) a line over ``limit`` bytes."""
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        if len(raw) > limit and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(1 << 20)
            yield None
            continue
        yield raw


def load_jsonl(
    stream: BinaryIO, source: str, doc_id: str, report: Callable[[LoaderError], None] | None = None
) -> Iterator[tuple[int | None, Document]]:
    """Read JSON Lines records from a binary stream as ``(line number, document)``.

    Bad lines go to ``report`` (raised when ``None``).

    ``doc_id`` is unused: every record carries its own id.

    >>> import io
    >>> errors = []
    >>> data = io.BytesIO(b'{"id": "a", "text": "One."}\\nnot json\\n{"id": "b", "text": "Two."}\\n')
    >>> [(line, d.id) for line, d in load_jsonl(data, "c.jsonl", "c", errors.append)], [e.position for e in errors]
    ([(1, 'a'), (3, 'b')], [2])
    """
    report = report or _raise
    found = False
    for number, raw in enumerate(_lines(stream, reading.MAX_SOURCE_BYTES), start=1):
        if raw is None:
            report(LoaderError(f"line too long: over {reading.MAX_SOURCE_BYTES} bytes", source=source, position=number))
            continue
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        found = True
        try:
            record = json.loads(raw.decode("utf-8").strip())
        except UnicodeDecodeError:
            report(LoaderError("line is not UTF-8", source=source, position=number))
            continue
        except json.JSONDecodeError as exc:
            report(LoaderError(f"invalid JSON: {exc.msg} (column {exc.pos + 1})", source=source, position=number))
            continue
        try:
            document = record_document(record, source, number)
        except LoaderError as error:
            report(error)
            continue
        yield number, document
    if not found:
        raise LoaderError("empty document: no JSON records", source=source)
