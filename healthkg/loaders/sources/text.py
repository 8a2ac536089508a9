"""Plain text in any encoding.

The text is decoded (:func:`~healthkg.loaders.sources.reading.decode_text`), newlines
become ``\\n`` and the text is put in Unicode NFC; nothing else is touched, so character
offsets refer to exactly this text. The title is guessed from the top lines, the
publication date from the datelines.

>>> import io
>>> position, doc = next(load_text(io.BytesIO(b"Hospital deal signed in Chengdu\\n22.05.2024\\nText."), "news/a.txt", "a"))
>>> (doc.id, doc.title, doc.published)
('a', 'Hospital deal signed in Chengdu', '2024-05-22')
"""
from __future__ import annotations

from typing import BinaryIO, Callable, Iterator

from healthkg.errors import LoaderError
from healthkg.loaders.dates import find_published_date
from healthkg.loaders.document import Document
from healthkg.loaders.sources.reading import decode_text, normalise_text, read_limited
from healthkg.loaders.sources.titles import guess_title

__all__ = ["load_text", "text_document"]


def text_document(text: str, source: str, doc_id: str) -> Document:
    """A :class:`Document` from decoded text: normalised, with title and date found in it.

    >>> text_document("Title of the news\\r\\nBody.", "x.txt", "x").text
    'Title of the news\\nBody.'
    """
    text = normalise_text(text)
    if not text.strip():
        raise LoaderError("empty document", source=source)
    return Document(
        id=doc_id,
        source=source,
        text=text,
        title=guess_title(text),
        published=find_published_date(text),
    )


def load_text(
    stream: BinaryIO, source: str, doc_id: str, report: Callable[[LoaderError], None] | None = None
) -> Iterator[tuple[int | None, Document]]:
    """Read one plain-text document from a binary stream (any encoding); yields ``(None, document)``.

    Raises :class:`LoaderError` for binary content, an empty text or an oversized input.

    >>> import io
    >>> [(pos, d.text) for pos, d in load_text(io.BytesIO("Ärzte\\r\\n".encode("utf-16")), "a.txt", "a")]
    [(None, 'Ärzte\\n')]
    >>> next(load_text(io.BytesIO(b"  \\n"), "a.txt", "a"))
    Traceback (most recent call last):
    ...
    healthkg.errors.LoaderError: a.txt: empty document
    """
    data = read_limited(stream, source)
    if not data.strip():
        raise LoaderError("empty document", source=source)
    yield None, text_document(decode_text(data, source), source, doc_id)
