"""Seats the gazetteer does not know, after a seat phrase ("med hovedsæde i Humlebæk").

A company's seat is often a small town: "Coloplast A/S, der har hovedsæde i Humlebæk",
"Elekta, med huvudkontor i Kista". After a seat phrase of the language (class ``seated``
of ``relation_words.tsv`` that ends in "i"/"in"), one capitalised word that closes the
phrase is a ``City``, with the checks of the organisation recognizer's seat after
"<organisation> i X" (not a stop word, head, title or first name; only where month
names are written in lower case).

>>> from healthkg.loaders.document import Document
>>> from healthkg.loaders.sentences import prepare_document
>>> from healthkg.loaders.extraction.tokens import document_sentences
>>> from healthkg.loaders.extraction.lexicon import lexicon
>>> text = "Coloplast A/S, der har hovedsæde i Humlebæk, underskrev aftalen."
>>> sw = document_sentences(prepare_document(Document(id="t", source="t", text=text, language="da"), "da"))[0]
>>> [(c.type, sw.words[c.start].text) for c in recognize_seats(sw, lexicon("da"))]
[('City', 'Humlebæk')]
"""
from __future__ import annotations

from functools import lru_cache

from healthkg.loaders.extraction.candidates import Candidate, register_recognizer
from healthkg.loaders.extraction.lexicon import first_names
from healthkg.loaders.extraction.organizations import _seat
from healthkg.loaders.extraction.places import IN_WORDS
from healthkg.loaders.gazetteer import gazetteer
from healthkg.loaders.extraction.rulefiles import load_lines, normalize

__all__ = ["recognize_seats", "recognize_seated_names"]

#: at most this many capitalised words name the body before its seat verb
_MAX_SEATED_NAME = 3


@lru_cache(maxsize=None)
def _seat_phrases(language: str | None) -> tuple[tuple[str, ...], ...]:
    """The seat phrases of a language that end in "in" ("har hovedsæde i", "gevestigd in")."""
    phrases = set()
    for row in load_lines(language or "", "relation_words.tsv", with_common=False):
        if len(row) > 1 and row[1] == "seated":
            words = tuple(normalize(row[0]).split())
            if len(words) > 1 and words[-1] in IN_WORDS:
                phrases.add(words)
    return tuple(phrases)


@register_recognizer("seats")
def recognize_seats(sw, lex) -> list[Candidate]:
    """Unknown places right after a seat phrase."""
    words = sw.words
    seats: dict[int, Candidate] = {}
    lowers = [w.lower for w in words]
    for phrase in _seat_phrases(sw.language):
        n = len(phrase)
        for i in range(len(words) - n):
            if lowers[i] == phrase[0] and tuple(lowers[i:i + n]) == phrase and i + n - 1 not in seats:  # "har hovedsæde i", "hovedsæde i"
                seat = _seat(words, i + n - 1, lex)
                if seat is not None:
                    seats[i + n - 1] = seat
    return list(seats.values())


@lru_cache(maxsize=None)
def _seat_verbs(language: str | None) -> tuple[tuple[str, ...], ...]:
    """A body's finite seat verbs of a language (class ``has_seat``: "ha sede a", "tiene su sede en")."""
    return tuple({tuple(normalize(row[0]).split())
                  for row in load_lines(language or "", "relation_words.tsv", with_common=False)
                  if len(row) > 1 and row[1] == "has_seat"})


@register_recognizer("seated_names")
def recognize_seated_names(sw, lex) -> list[Candidate]:
    """A bare name opening the sentence before a body's seat verb and a capitalised place:
    "Medifarm ha sede a Milano", "La Biolatex tiene su sede en Bilbao" (a ``Company``; not a
    known place, a first name, a title, an organisation head ("Il Gruppo") or a stop word).

    >>> from healthkg.loaders.document import Document
    >>> from healthkg.loaders.sentences import prepare_document
    >>> from healthkg.loaders.extraction.tokens import document_sentences
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> text = "Medifarm ha sede a Milano."
    >>> sw = document_sentences(prepare_document(Document(id="t", source="t", text=text, language="it"), "it"))[0]
    >>> [(c.type, sw.words[c.start].text) for c in recognize_seated_names(sw, lexicon("it"))]
    [('Company', 'Medifarm')]
    """
    words = sw.words
    start = 1 if words and words[0].lower in lex.articles else 0
    lowers = [w.lower for w in words]
    for phrase in _seat_verbs(sw.language):
        n = len(phrase)
        for end in range(start + 1, min(start + _MAX_SEATED_NAME, len(words) - n - 1) + 1):
            if tuple(lowers[end:end + n]) != phrase or not words[end + n].cap:
                continue
            run = words[start:end]
            if all(w.cap and w.alpha and not lex.is_title(w.text) and not lex.is_stopword(w.text)
                   and lex.head_of(w.text) is None for w in run) and run[0].text not in first_names() \
                    and gazetteer().get(" ".join(w.text for w in run)) is None:
                return [Candidate(start, end, "Company", "seated_names", priority=3)]
    return []
