"""Bodies that serve one country in another: embassies, consulates, chambers of commerce.

Their official names run on with the place they serve, which a plain organisation name
would not take in. Two ways of writing them, two rule files:

- a capitalised head of ``common/country_scope.tsv`` ("Chamber of Commerce", "-botschaft",
  "Embaixada"): the organisation recognizer grows the name over a scope word ("in", "i",
  "en", "na") and a *country* of the gazetteer (:func:`country_scope`): "the Irish Chamber
  of Commerce in Japan", "die Koreanische Handelskammer in Österreich"; a city after it stays
  a seat ("the Embassy of Chile in Oslo");
- a lower-case head of ``<lang>/mission_heads.txt`` (da, sv, no, nl) after a nationality
  adjective or a country's genitive (:func:`recognize_missions`): the name takes in *any*
  place after "i"/"in", since a consulate general serves a city ("Kinas generalkonsulat i
  Göteborg", "Koreanska handelskammaren i Norge", "de Indiase kamer van koophandel in België").

>>> from healthkg.loaders.document import Document
>>> from healthkg.loaders.sentences import prepare_document
>>> from healthkg.loaders.extraction.tokens import document_sentences
>>> from healthkg.loaders.extraction.lexicon import lexicon
>>> doc = prepare_document(Document(id="t", source="t", text="Chiles ambassade i Sverige inviterede os."), "da")
>>> [(c.type, c.name) for c in recognize_missions(document_sentences(doc)[0], lexicon("da"))]
[('GovernmentBody', 'Chiles ambassade i Sverige')]
"""
from __future__ import annotations

from functools import lru_cache

from healthkg.loaders.extraction.candidates import Candidate, register_recognizer
from healthkg.loaders.extraction.demonyms import is_demonym
from healthkg.loaders.extraction.places import IN_WORDS, place_run
from healthkg.loaders.extraction.rulefiles import load_table, load_words, normalize
from healthkg.loaders.extraction.tokens import join_words
from healthkg.loaders.gazetteer import gazetteer

__all__ = ["country_scope", "recognize_missions"]

#: languages that write a mission's head in lower case after a nationality ("kinesiske ambassade")
_MISSION_LANGUAGES = {"da", "sv", "no", "nl"}


@lru_cache(maxsize=1)
def _country_scope_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(heads, scope words, heads that serve a city) of ``common/country_scope.tsv``, read once."""
    rows = load_table("", "country_scope.tsv")
    return (frozenset(phrase for phrase, *kind in rows if kind in (["head"], ["city_head"])),
            frozenset(phrase for phrase, *kind in rows if kind == ["scope"]),
            frozenset(phrase for phrase, *kind in rows if kind == ["city_head"]))


def _named_by(heads: frozenset[str], head: str, name: str) -> bool:
    """Whether a body's head or the end of its name is one of ``heads``."""
    return head in heads or any(name.endswith(phrase) if phrase.startswith("-") else
                                name == phrase or name.endswith(" " + phrase) for phrase in heads) \
        or any(phrase.startswith("-") and head.endswith(phrase[1:]) for phrase in heads)


def country_scope(words, i, m, start, end, lex) -> int:
    """End of the name of a body that runs on with the country it serves ("the Irish Chamber
    of Commerce | in Japan", "die Koreanische Handelskammer | in Österreich", "the Embassy of
    Chile | in Norway"): after a head of ``common/country_scope.tsv`` (the head at ``i``, ``m``
    words, or the end of the name) and a scope word, a country of the gazetteer; ``end`` when
    there is none (a city after "in" is a seat: "the Embassy of Chile in Oslo").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> ws = [Word(t, 0, 0) for t in "Irish Chamber of Commerce in Japan signed".split()]
    >>> en = lexicon("en")
    >>> country_scope(ws, 1, 3, 0, 4, en), country_scope(ws[:5] + [Word("Tokyo", 0, 0)], 1, 3, 0, 4, en)
    (6, 4)
    >>> ws = [Word(t, 0, 0) for t in "Consulate General of Chile in Tokyo".split()]
    >>> country_scope(ws, 0, 2, 0, 4, en)
    6
    """
    first = end + 2 if end + 2 < len(words) and words[end + 1].lower in lex.articles \
        and not words[end + 1].cap else end + 1  # "in the United States"
    if first >= len(words) or not words[first].cap:
        return end
    last = gazetteer().get(words[end - 1].text)
    if last is not None and last.type == "City":
        return end  # "Handelskammer Hamburg | in Deutschland": a city's chamber has a seat
    heads, scopes, city_heads = _country_scope_words()
    if words[end].lower not in scopes:
        return end
    head = normalize(" ".join(w.text for w in words[i:i + m]))
    name = normalize(" ".join(w.text for w in words[start:end]))
    if not _named_by(heads, head, name):
        return end
    # a consulate serves a city: "the Consulate-General of the Netherlands | in Guangzhou"
    kinds = ("Country", "City") if _named_by(city_heads, head, name) else ("Country",)
    place_end = first
    while place_end < len(words) and place_end - first < 3 and words[place_end].cap:
        place_end += 1
    for k in range(place_end, first, -1):
        place = gazetteer().get(" ".join(w.text for w in words[first:k]))
        if place is not None and place.type in kinds:
            return k
    return end


@lru_cache(maxsize=None)
def _mission_entries(language: str) -> tuple[str, ...]:
    """The phrases of ``mission_heads.txt``, longest first (read and sorted once per language)."""
    return tuple(sorted(load_words(language, "mission_heads.txt", with_common=False), key=lambda e: -e.count(" ")))


def _mission_head(words, i, lex) -> int:
    """How many words from ``i`` make the lower-case head of an embassy, consulate or chamber
    of ``mission_heads.txt`` ("ambassaden", "handelskammaren", "kamer van koophandel"), or 0."""
    if words[i].cap or not words[i].text.isalpha():
        return 0
    for entry in _mission_entries(lex.language):
        if entry.startswith("-"):
            if words[i].lower.endswith(entry[1:]):
                return 1
            continue
        parts = entry.split()
        if tuple(w.lower for w in words[i:i + len(parts)]) == tuple(parts):
            return len(parts)
    return 0


@register_recognizer("missions")
def recognize_missions(sw, lex) -> list[Candidate]:
    """Embassies, consulates and chambers of commerce with a lower-case head after a
    nationality adjective or a country's genitive, with the place after "i"/"in" that scopes
    them ("Chiles ambassade i Sverige", "Koreanska handelskammaren i Norge", "de Indiase
    kamer van koophandel in België"); a capitalised article opening the sentence is kept
    ("Den kinesiske ambassaden i Norge")."""
    if lex.language not in _MISSION_LANGUAGES:
        return []
    words = sw.words
    out = []
    for i in range(1, len(words)):
        m = _mission_head(words, i, lex)
        if not m:
            continue
        prev = words[i - 1]
        country = prev.cap and len(prev.text) > 4 and prev.lower.endswith("s") \
            and getattr(gazetteer().get(prev.text[:-1]), "type", None) == "Country"
        if not (country or is_demonym(prev, lex)):
            continue
        start, end = i - 1, i + m
        if start > 0 and words[start - 1].cap and words[start - 1].lower in lex.articles:
            start -= 1
        if end + 1 < len(words) and words[end].lower in IN_WORDS:
            scoped = place_run(words, end + 1, lex)
            end = scoped if scoped > end + 1 else end
        out.append(Candidate(start, end, lex.head_of(words[i].text)[0] if lex.head_of(words[i].text)
                             else "Association", "organizations",
                             name=join_words(words[start:end], [w.text for w in words[start:end]]), priority=1))
    return out
