"""Small towns the gazetteer does not know, named alone where a body of the same document
carries them in its name ("Vadsø sykehus" ... "Delegasjonen kom til Vadsø mandag").

The gazetteer keeps GeoNames' cities of 15,000 people or more: a list of every town would read
surnames and brands as places. A body named "<Town> <head>" with a lower-case head (the
Nordic "Mosjøen sykehus", "Tromsø kommune") names its town, though, and when GeoNames knows
a town of 1,000 or more by that name, the word standing alone elsewhere in the text is that
town. A capitalised head ("Kirkbride Hospital") is not enough: such a body goes by the word
alone ("Kirkbride"), and it stays the body's short form.

>>> from types import SimpleNamespace as Ns
>>> body = Ns(text="Vadsø sykehus", type="Hospital", start=0, end=13)
>>> sorted(seat_towns([body], "no"))
['Vadsø']
"""
from __future__ import annotations

from healthkg.loaders.extraction.lexicon import lexicon
from healthkg.loaders.gazetteer import fold, gazetteer, town_names

__all__ = ["seat_towns", "seat_town_spans"]

_NOT_BODIES = ("Person", "City", "Region", "Country")


def seat_towns(mentions, language: str | None) -> set[str]:
    """The town words of the bodies named "<Town> <lower-case head>" among ``mentions``."""
    lex = lexicon(language)
    towns = set()
    for m in mentions:
        words = m.text.split()
        if m.type in _NOT_BODIES or len(words) != 2:
            continue
        town, head = words
        if not (town.isalpha() and town[:1].isupper() and town[1:].islower() and head.islower()):
            continue
        if lex.head_of(head) is None or gazetteer().get(town) is not None:
            continue  # (a known place is read as one anyway)
        if fold(town) in town_names():
            towns.add(town)
    return towns


def seat_town_spans(sentences, mentions, language: str | None) -> list[tuple[str, int, int, str | None]]:
    """``(town, start, end, language)`` of every place a seat town (:func:`seat_towns`) stands
    alone: not inside another mention, not before another capitalised word."""
    towns = seat_towns(mentions, language)
    if not towns:
        return []
    taken = [(m.start, m.end) for m in mentions]
    spans = []
    for sw in sentences:
        words = sw.words
        for k, word in enumerate(words):
            if word.text not in towns:
                continue
            if k + 1 < len(words) and words[k + 1].cap and words[k + 1].alpha:
                continue  # part of a longer name
            if any(word.start < e and s < word.end for s, e in taken):
                continue
            spans.append((word.text, word.start, word.end, sw.language or language))
            taken.append((word.start, word.end))
    return spans
