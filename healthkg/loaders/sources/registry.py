"""The registry of source formats: name -> :class:`SourceFormat`.

A format is chosen by file suffix; a file with an unknown suffix (and standard
input) is sniffed: each format's ``sniff`` looks at the first bytes, in registry
order, and binary content is rejected. A new format is one :func:`register_format`
call, not an edit of an if-chain.

>>> sorted(SOURCE_FORMATS)
['html', 'jsonl', 'text']
>>> format_for("news/page.HTM", b"").name
'html'
>>> format_for("notes.md", b'{"id": "a", "text": "x"}\\n').name
'jsonl'
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterator

from healthkg.errors import LoaderError
from healthkg.loaders.document import Document
from healthkg.loaders.sources.html import load_html
from healthkg.loaders.sources.jsonl import load_jsonl
from healthkg.loaders.sources.reading import looks_binary
from healthkg.loaders.sources.text import load_text

__all__ = ["SourceFormat", "SOURCE_FORMATS", "register_format", "format_for", "SNIFF_BYTES"]

#: How many leading bytes are looked at to sniff a format.
SNIFF_BYTES = 65536

Loader = Callable[[BinaryIO, str, str, Callable[[LoaderError], None] | None], Iterator[tuple[int | None, Document]]]

_HTML_RE = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|\?xml)[\s>]", re.IGNORECASE | re.DOTALL)
_HTML_TAG_RE = re.compile(rb"<(?:html|body|head|p|div|article)[\s>]", re.IGNORECASE)


@dataclass(frozen=True)
class SourceFormat:
    """One input format: its name, the suffixes that select it, how to sniff and load it.

    ``load(stream, source, doc_id, report)`` yields ``(position, Document)`` pairs;
    ``sniff(head)`` says whether the first bytes look like this format.
    """

    name: str
    suffixes: tuple[str, ...]
    load: Loader
    sniff: Callable[[bytes], bool]


def sniff_jsonl(head: bytes) -> bool:
    """Whether the first non-blank line is a JSON object.

    >>> sniff_jsonl(b'\\n{"id": 1, "text": "a"}\\n{"id": 2')
    True
    >>> sniff_jsonl(b"{not json}")
    False
    """
    for raw in head.removeprefix(b"\xef\xbb\xbf").split(b"\n"):
        line = raw.strip()
        if not line:
            continue
        if not line.startswith(b"{"):
            return False
        if len(line) >= len(head.strip()) - 1 and not line.endswith(b"}"):
            return line.startswith((b'{"', b"{ \""))  # a long first record cut by the sniff window
        try:
            return isinstance(json.loads(line.decode("utf-8", "replace")), dict)
        except json.JSONDecodeError:
            return False
    return False


def sniff_html(head: bytes) -> bool:
    """Whether the input starts like an HTML page.

    >>> sniff_html(b"<!DOCTYPE html><html><body>x</body></html>")
    True
    >>> sniff_html(b"Plain words and <b>a tag</b>")
    False
    """
    head = head.removeprefix(b"\xef\xbb\xbf")
    return bool(_HTML_RE.match(head)) or (head.lstrip().startswith(b"<") and bool(_HTML_TAG_RE.search(head[:4096])))


def sniff_text(head: bytes) -> bool:
    """Any input that is not binary is text.

    >>> sniff_text(b"hello"), sniff_text(b"\\x00\\x01\\x02\\x03")
    (True, False)
    """
    return not looks_binary(head)


SOURCE_FORMATS: dict[str, SourceFormat] = {}


def register_format(source_format: SourceFormat) -> SourceFormat:
    """Add a format to :data:`SOURCE_FORMATS` (sniffed before the ``text`` catch-all).

    >>> register_format(SOURCE_FORMATS["text"]).name
    'text'
    """
    SOURCE_FORMATS[source_format.name] = source_format
    if "text" in SOURCE_FORMATS and source_format.name != "text":
        SOURCE_FORMATS["text"] = SOURCE_FORMATS.pop("text")  # keep the catch-all last
    return source_format


register_format(SourceFormat("jsonl", (".jsonl", ".ndjson"), load_jsonl, sniff_jsonl))
register_format(SourceFormat("html", (".html", ".htm", ".xhtml"), load_html, sniff_html))
register_format(SourceFormat("text", (".txt", ".text", ""), load_text, sniff_text))


def format_for(path: str | None, head: bytes, source: str | None = None) -> SourceFormat:
    """The format for a file name (by suffix) or, failing that, for its first bytes.

    Raises :class:`LoaderError` for binary content of an unknown format.

    >>> format_for(None, b"<html><body>x</body></html>").name
    'html'
    >>> format_for("photo.png", b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
    Traceback (most recent call last):
    ...
    healthkg.errors.LoaderError: photo.png: not a text file: binary content
    """
    if path is not None:
        suffix = os.path.splitext(os.path.basename(path))[1].lower()
        for source_format in SOURCE_FORMATS.values():
            if suffix in source_format.suffixes:
                return source_format
    for source_format in SOURCE_FORMATS.values():
        if source_format.sniff(head):
            return source_format
    raise LoaderError("not a text file: binary content", source=source or path)
