"""Small towns of the text's own countries, named after a word of place ("odontotecnica di
Spello", "Zahntechniker aus Zirl", "klinikkene i Lyngdal og Risør").

The gazetteer keeps GeoNames' cities of 15,000 people or more: a list of every town would read
surnames and brands as places. Local news names the towns around it, though. A capitalised word
right after a word of class ``in`` or ``from`` of the language's ``relation_words.tsv`` (or
after such a town or a city of the gazetteer and a comma or "and") is a ``City`` when GeoNames knows a town of 1,000 people or more of
that name in a country where the text's language is official (babel's CLDR data), and the word
is a local name (:func:`~.word_frequency.is_local_name`: hardly written in English, no common
word of the language; not "Berg", "Lund"), no first name, Chinese surname, head noun or stop
word, and opens no longer name. The candidates lose to every
other recognizer on a tie.

>>> from healthkg.loaders.document import Document
>>> from healthkg.loaders.sentences import prepare_document
>>> from healthkg.loaders.extraction.tokens import document_sentences
>>> from healthkg.loaders.extraction.lexicon import lexicon
>>> def found(text, language):
...     sw = document_sentences(prepare_document(Document(id="t", source="t", text=text), language))[0]
...     return [sw.words[c.start].text for c in recognize_local_towns(sw, lexicon(language))]
>>> found("Tra il pubblico anche una odontotecnica di Spello.", "it")
['Spello']
>>> found("Han har klinikker i Lyngdal og Risør.", "no"), found("Er kam aus Spello.", "de")
(['Lyngdal', 'Risør'], [])
"""
from __future__ import annotations

from functools import lru_cache

from healthkg.loaders.extraction.candidates import Candidate, register_recognizer
from healthkg.loaders.extraction.lexicon import chinese_surnames, first_names
from healthkg.loaders.extraction.rulefiles import load_lines, normalize
from healthkg.loaders.extraction.word_frequency import is_local_name
from healthkg.loaders.gazetteer import countries_of_language, gazetteer, town_countries

__all__ = ["recognize_local_towns"]

#: loses to every other recognizer on a tie
PRIORITY = 7
#: the shortest town name read (no "Bø", "Ås": too many words and names are that short)
MIN_LETTERS = 4
#: the classes of ``relation_words.tsv`` whose one-word phrases stand before a town
PLACE_WORD_CLASSES = ("in", "from", "apposed_origin")


@lru_cache(maxsize=None)
def _place_words(language: str | None) -> frozenset[str]:
    """The one-word phrases of classes ``in``, ``from`` and ``apposed_origin`` of a language
    ("i", "fra", "di").

    >>> sorted(_place_words("da"))[:3]
    ['fra', 'i', 'på']
    """
    return frozenset(normalize(row[0]) for row in load_lines(language or "en", "relation_words.tsv", with_common=False)
                     if len(row) > 1 and row[1] in PLACE_WORD_CLASSES and " " not in row[0].strip())


def _town(words, k, lex, language) -> bool:
    """Whether word ``k`` is a small town of the language's countries (see the module doc)."""
    word = words[k]
    if not (word.cap and word.alpha and word.text[1:].islower() and len(word.text) >= MIN_LETTERS):
        return False
    if k + 1 < len(words) and words[k + 1].cap:
        return False  # the first word of a longer name
    if gazetteer().get(word.text) is not None or word.text in first_names() or word.lower in chinese_surnames():
        return False
    if lex.is_stopword(word.text) or lex.head_of(word.text) is not None or lex.is_title(word.text):
        return False
    return bool(town_countries(word.text) & countries_of_language(language)) and is_local_name(word.text, language)


@register_recognizer("local_towns")
def recognize_local_towns(sw, lex) -> list[Candidate]:
    """Small towns after a word of place, and in a list after such a town or a city (see the module doc)."""
    language = sw.language or lex.language
    place_words = _place_words(language)
    words = sw.words
    out: list[Candidate] = []
    towns: set[int] = set()
    for k in range(1, len(words)):
        listed = k >= 2 and (words[k - 1].text == "," or words[k - 1].lower in lex.conjunctions) \
            and (k - 2 in towns or _city(words[k - 2]))  # "i Larvik, Sandefjord, Lyngdal og Risør"
        if (words[k - 1].lower in place_words or listed) and _town(words, k, lex, language):
            towns.add(k)
            out.append(Candidate(k, k + 1, "City", "local_towns", priority=PRIORITY))
    return out


def _city(word) -> bool:
    """Whether a capitalised word is a city of the gazetteer."""
    place = gazetteer().get(word.text) if word.cap and word.alpha else None
    return place is not None and place.type == "City"
