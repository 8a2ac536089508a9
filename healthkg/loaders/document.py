"""The document model: what every source loader produces.

>>> doc = Document(id="a", source="a.txt", text="Hello Chengdu.")
>>> doc.slice(6, 13)
'Chengdu'
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document: character offsets into ``Document.text`` (end exclusive)."""

    start: int
    end: int
    text: str
    language: str | None = None


@dataclass
class Document:
    """One news article as loaded.

    ``text`` is the text all offsets refer to. ``published`` is an ISO date
    (``YYYY-MM-DD``) or ``None``; ``language`` the ISO 639-1 code of the main
    language. ``sentences`` is filled by :func:`healthkg.loaders.sentences.split_sentences`.
    """

    id: str
    source: str
    text: str
    title: str | None = None
    published: str | None = None
    language: str | None = None
    url: str | None = None
    sentences: list[Sentence] = field(default_factory=list)

    def slice(self, start: int, end: int) -> str:
        """The text between two offsets."""
        return self.text[start:end]
