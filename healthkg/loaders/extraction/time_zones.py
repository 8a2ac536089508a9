"""Time zone names, which are no places: "11 March 2026 (Central European Time)".

The names come from CLDR through babel (the long and short, generic, standard and summer
names of every metazone in the sentence's language and in English), so "Central" is not
a region and "Time" not the Norwegian municipality in "Central European Time", nor is
"China" a country mention in "China Standard Time".

>>> from healthkg.loaders.extraction.tokens import Word
>>> words = [Word(t, 0, 0) for t in "( Central European Time )".split()]
>>> sorted(time_zone_words(words, "en"))
[1, 2, 3]
>>> time_zone_words([Word(t, 0, 0) for t in "Central European countries".split()], "en")
set()
"""
from __future__ import annotations

from functools import lru_cache

__all__ = ["time_zone_words"]

#: the fewest words of a name read as a time zone ("CET" alone may be an acronym of a body)
_MIN_WORDS = 2


@lru_cache(maxsize=16)
def _names(language: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Time zone names of a language (and English) as case-folded word tuples by their first
    word, longest first."""
    from babel import Locale, UnknownLocaleError

    by_first: dict[str, set[tuple[str, ...]]] = {}
    for code in {language, "en"}:
        try:
            zones = Locale.parse(code).meta_zones
        except (UnknownLocaleError, ValueError):
            continue
        for widths in zones.values():
            for names in widths.values():
                for name in names.values():
                    words = tuple(name.casefold().split())
                    if len(words) >= _MIN_WORDS:
                        by_first.setdefault(words[0], set()).add(words)
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in by_first.items()}


def time_zone_words(words, language: str | None) -> set[int]:
    """Indices of the words that belong to a time zone's name."""
    names = _names(language or "en")
    out: set[int] = set()
    lowered = [w.lower for w in words]
    for i, first in enumerate(lowered):
        for name in names.get(first, ()):
            if tuple(lowered[i:i + len(name)]) == name:
                out.update(range(i, i + len(name)))
                break
    return out
