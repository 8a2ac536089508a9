"""Candidate spans and the registry of recognizers.

A recognizer is a callable ``(SentenceWords, Lexicon) -> list[Candidate]``. It is
registered under a name with :func:`register_recognizer`; :func:`recognizers` returns
the callables for a list of names. A statistical NER (a spaCy pipeline a user installed)
plugs in the same way: ``spacy:<package or folder>`` in the list loads it as one more
recognizer whose spans are merged with the rule-based ones
(:mod:`healthkg.loaders.extraction.statistical`). ``rules`` stands for the rule-based
recognizers; without a list, ``$HEALTHKG_RECOGNIZERS`` (comma-separated) or the rules.

>>> [name for name, _ in recognizers()] == list(DEFAULT_RECOGNIZERS)
True
>>> recognizer_names("rules,spacy:en_core_web_sm")[-2:]
['local_towns', 'spacy:en_core_web_sm']
>>> sorted(RECOGNIZERS)[:3]
['acronym_names', 'cantonese_names', 'chinese_names']
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable

from healthkg.errors import ExtractionError

__all__ = ["Candidate", "RECOGNIZERS", "DEFAULT_RECOGNIZERS", "ENVIRONMENT_VARIABLE", "register_recognizer",
           "recognizer_names", "recognizers"]


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
DEFAULT_RECOGNIZERS = ("places", "place_patterns", "organizations", "missions", "units", "chinese_names",
                       "western_names", "titled_names", "cantonese_names", "described_companies", "seats", "seated_names", "typed_names",
                       "organizers", "company_lists", "acronym_names", "city_brand_companies", "titled_bodies",
                       "national_agencies", "local_towns")
#: Where the recognizer list is configured when no command-line option gives it.
ENVIRONMENT_VARIABLE = "HEALTHKG_RECOGNIZERS"


def register_recognizer(name: str):
    """Decorator: register a recognizer under ``name``."""
    def wrap(func: Recognizer) -> Recognizer:
        RECOGNIZERS[name] = func
        return func
    return wrap


def recognizer_names(names=None) -> list[str]:
    """The recognizer names of a list or comma-separated string, ``rules`` expanded.

    ``None`` (or empty) reads ``$HEALTHKG_RECOGNIZERS``, and falls back to the rules.
    """
    if not names:
        names = os.environ.get(ENVIRONMENT_VARIABLE, "")
    if isinstance(names, str):
        names = [n.strip() for n in names.split(",") if n.strip()]
    expanded: list[str] = []
    for name in names or ["rules"]:
        for one in DEFAULT_RECOGNIZERS if name == "rules" else (name,):
            if one not in expanded:
                expanded.append(one)
    return expanded


def recognizers(names=None) -> list[tuple[str, Recognizer]]:
    """The registered recognizers for ``names`` (see :func:`recognizer_names`)."""
    from healthkg.loaders.extraction import (  # noqa: F401 - register
        acronym_names, city_brand_companies, cue_lists, descriptors, local_towns, missions, national_agencies, organizations, persons,
        places, seats, titled_bodies, typed_names, units,
    )
    from healthkg.loaders.extraction import statistical

    chosen = []
    for name in recognizer_names(names):
        if name.startswith(statistical.PREFIX):
            statistical.register_spacy(name)
        if name not in RECOGNIZERS:
            raise ExtractionError(f"unknown recognizer {name!r}; known: rules, {', '.join(sorted(RECOGNIZERS))}, "
                                  f"or {statistical.PREFIX}<spaCy package or folder>")
        chosen.append((name, RECOGNIZERS[name]))
    return chosen
