"""Candidate spans and the registry of recognizers.

A recognizer is a callable ``(SentenceWords, Lexicon) -> list[Candidate]``. It is
registered under a name with :func:`register_recognizer`; :func:`recognizers` returns
the callables for a list of names. A statistical NER (a spaCy model a user installed)
plugs in the same way: a callable that returns its spans as candidates, which are
then merged with the rule-based ones.

>>> [name for name, _ in recognizers()] == list(DEFAULT_RECOGNIZERS)
True
>>> sorted(RECOGNIZERS)[:3]
['chinese_names', 'organizations', 'organizers']
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from healthkg.errors import ExtractionError

__all__ = ["Candidate", "RECOGNIZERS", "DEFAULT_RECOGNIZERS", "register_recognizer", "recognizers"]


@dataclass
class Candidate:
    """A span of words ``[start, end)`` of one sentence proposed as an entity.

    ``name`` is the base form (nominative, genitive removed) when it differs from
    the text; ``inner_start`` marks where the part of a name after a connector
    begins ("... der | Medizinischen Universität Chongqing"): entities found there are
    kept as nested entities. ``place`` is the gazetteer entry, ``acronym`` an
    abbreviation the text defines for the span.
    """

    start: int
    end: int
    type: str
    source: str
    name: str | None = None
    place: object | None = None
    inner_start: int | None = None
    acronym: str | None = None
    priority: int = 1

    @property
    def length(self) -> int:
        return self.end - self.start


Recognizer = Callable[..., list[Candidate]]
RECOGNIZERS: dict[str, Recognizer] = {}
#: The recognizers run by default, in order.
DEFAULT_RECOGNIZERS = ("places", "place_patterns", "organizations", "chinese_names",
                       "western_names", "titled_names", "organizers")


def register_recognizer(name: str):
    """Decorator: register a recognizer under ``name``."""
    def wrap(func: Recognizer) -> Recognizer:
        RECOGNIZERS[name] = func
        return func
    return wrap


def recognizers(names=None) -> list[tuple[str, Recognizer]]:
    """The registered recognizers for ``names`` (default: :data:`DEFAULT_RECOGNIZERS`)."""
    from healthkg.loaders.extraction import organizations, persons, places  # noqa: F401 - register

    chosen = []
    for name in names or DEFAULT_RECOGNIZERS:
        if name not in RECOGNIZERS:
            raise ExtractionError(f"unknown recognizer {name!r}; known: {', '.join(sorted(RECOGNIZERS))}")
        chosen.append((name, RECOGNIZERS[name]))
    return chosen
