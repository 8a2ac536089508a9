"""Adjectives of nationality and of cities, derived from the gazetteer and CLDR.

News names bodies and seats by adjectives: a nationality before an embassy or a chamber
("kinesiske ambassade", "Indiase kamer van koophandel", "Chambre de commerce française"),
a German city adjective before a company ("die Leipziger X GmbH"), a Romance or Nordic
city adjective before an organization ("la société lyonnaise X", "den århusianske
virksomhed X"). This module is the one place that derives them:

- :func:`is_nationality`: a lower-case nationality word of CLDR's language names, inflected
  or not ("kinesiske", "française");
- :func:`is_demonym`: that, or a country's stem plus an ending of
  ``common/demonym_endings.txt`` ("chilenska"), also hyphenated ("dansk-kinesiske");
- :func:`city_of_adjective`: the city of a German adjective in -er ("Münchner" -> München);
- :func:`city_stems`: the stems a city's adjectives start with ("Padova" -> "padov");
- :func:`based_place`: the place of a "<place>-based" word, hyphenated or a compound
  ("Odense-baserede" -> Odense, "Göteborgsbaserade" -> Göteborg).

>>> from healthkg.loaders.extraction.tokens import Word
>>> from healthkg.loaders.extraction.lexicon import lexicon
>>> is_demonym(Word("chilenska", 0, 9), lexicon("sv")), sorted(city_stems("Padova"))
(True, ['padov', 'padova'])
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from healthkg.loaders.extraction.rulefiles import load_table, load_words
from healthkg.loaders.gazetteer import fold, gazetteer

__all__ = ["is_nationality", "is_demonym", "city_of_adjective", "city_stems", "fold_adjective",
           "based_place", "based_words", "CITY_ADJECTIVE_ENDINGS"]

#: a German city adjective names a city of at least this many inhabitants ("Bauer" is no "Bau")
_SMALL_CITY = 100_000
#: countries whose cities German names by its own exonyms ("München", "Wien"); elsewhere an
#: adjective in -er is taken from the city's own name only ("Shanghaier")
_GERMAN_NAMED = {"DE", "AT", "CH"}
#: shortest city stem read
MIN_STEM = 4


def is_nationality(word) -> bool:
    """A lower-case nationality adjective, inflected or not, with accents or not ("kinesiske",
    "danska", "française", "española").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> [is_nationality(Word(t, 0, len(t))) for t in ("kinesiske", "française", "española", "générale")]
    [True, True, True, False]
    """
    from healthkg.loaders.resolution.countries import nationality_words
    from healthkg.loaders.resolution.normalise import _inflect, tokens

    if not word.text.islower():
        return False
    words = nationality_words()
    lower = word.lower
    return any(lower[:len(lower) - cut] in words for cut in (0, 1, 2)) \
        or any(_inflect(t[:len(t) - cut]) in words for t in tokens(word.text) for cut in (0, 1, 2))


@lru_cache(maxsize=1)
def _demonym_endings() -> tuple[str, ...]:
    """The endings of ``common/demonym_endings.txt``."""
    return tuple(load_words("", "demonym_endings.txt"))


@lru_cache(maxsize=1)
def _country_stems() -> frozenset[str]:
    """Folded country names of the gazetteer without their final vowel or vowels ("chil", "kore",
    "indi")."""
    stems = set()
    for key, place in gazetteer().places.items():
        if place.type == "Country" and key.isalpha():
            for stem in (re.sub(r"[aeiouy]+$", "", key), re.sub(r"[aeiouy]$", "", key)):
                if len(stem) >= MIN_STEM:
                    stems.add(stem)  # "chil", "indi" ("Indiase")
    return frozenset(stems)


def is_demonym(word, lex) -> bool:
    """A nationality adjective: lower case in Danish, Swedish and Norwegian ("kinesiske",
    "chilenska"), capitalised in Dutch ("Chinese", "Indiase") and at a sentence's start;
    a language's name ("koreanska") or a country's stem and a demonym ending ("chilensk").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> [is_demonym(Word(t, 0, len(t)), lexicon("sv")) for t in ("chilenska", "koreanska", "stora")]
    [True, True, False]
    """
    text = word.text
    first, hyphen, last = text.partition("-")
    if hyphen and first and last:  # "dansk-kinesiske", "Zweeds-Chinese"
        return all(is_demonym(type(word)(part, 0, len(part)), lex) for part in (first, last))
    if not (text.isalpha() and (text.islower() or text[1:].islower())):
        return False
    if is_nationality(type(word)(text.lower(), 0, len(text))):
        return True
    folded = fold(text)
    return any(folded.endswith(ending) and folded[:-len(ending)] in _country_stems()
               for ending in _demonym_endings())


#: the ending of a capitalised city adjective, by language: German "Leipziger", Dutch "Eindhovense"
CITY_ADJECTIVE_ENDINGS = {"de": "er", "nl": "se"}


def city_of_adjective(word, lex):
    """``(name, place)`` of the city a German adjective in -er is derived from ("Leipziger" <-
    Leipzig, "Kölner" <- Köln, "Münchner" <- München, "Bremer" <- Bremen), or a Dutch one in -se
    ("Eindhovense" <- Eindhoven, "Leidse" <- Leiden), or None; the name
    as the language writes it (a variant name only for a city of a German-speaking country): a
    city of the gazetteer of at least 100,000 inhabitants (a surname in -er rarely hides one).

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> [(city_of_adjective(Word(t, 0, 0), lexicon("de")) or [None])[0]
    ...  for t in ("Leipziger", "Münchner", "Dresdner", "Kölner", "Bauer", "Länder", "Leipzig")]
    ['Leipzig', 'München', 'Dresden', 'Köln', None, None, None]
    >>> [(city_of_adjective(Word(t, 0, 0), lexicon("nl")) or [None])[0] for t in ("Eindhovense", "Leidse", "Engelse")]
    ['Eindhoven', 'Leiden', None]
    """
    text = word.text
    ending = CITY_ADJECTIVE_ENDINGS.get(lex.language)
    if ending is None or not word.cap or not text.isalpha() or not text.endswith(ending) or len(text) < 6:
        return None
    gaz = gazetteer()
    hits = []
    for stem in (text[:-2], text[:-3] + "en", text[:-2] + "en"):  # Leipzig-er, Münch-ner, Brem-er, Leid-se
        place = gaz.places.get(fold(stem))
        if place is not None and place.type == "City" and place.population >= _SMALL_CITY:
            if fold(stem) == fold(place.name):
                return stem, place
            if place.links.get("iso3166") in _GERMAN_NAMED:
                hits.append((stem, place))  # an exonym: "München" for Munich, "Wien" for Vienna
    # the longest German name of the city ("Dresden", not the variant "Dresdn")
    return max(hits, key=lambda hit: len(hit[0])) if hits else None


def fold_adjective(text: str) -> str:
    """Lower case without accents; Danish and Norwegian "aa" read as "å" ("Aarhus", "århusiansk").

    >>> fold_adjective("Aarhus"), fold_adjective("lyonnaise")
    ('arhus', 'lyonnaise')
    """
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("aa", "a")


def city_stems(name: str) -> set[str]:
    """The stems a city's adjectives start with: its folded name without its final vowels or
    plural-like "-as/-os" ("Padova" -> "padov", "Campinas" -> "campin", "München" -> "munch");
    never a country's name ("Brasília" -> "brasil": "brasileira" is Brazilian).

    >>> sorted(city_stems("Campinas")), city_stems("Brasil")
    (['campin', 'campinas'], set())
    """
    folded = fold_adjective(name)
    if not folded.isalpha():
        return set()
    stems = {folded, re.sub(r"[aeiouy]+$", "", folded), re.sub(r"[aeiou]s$", "", folded),
             re.sub(r"en$", "", folded)}  # "München" -> "Münchner"
    return {s for s in stems if len(s) >= MIN_STEM and not _country(s)}


def _country(stem: str) -> bool:
    """Whether a city's stem is a country's name.

    >>> _country("brasil"), _country("padov")
    (True, False)
    """
    place = gazetteer().get(stem)
    return place is not None and place.type == "Country"


#: the classes of ``relation_words.tsv`` whose words end a seat word after a place:
#: "<place>-based" ("Odense-baserede") and "<place>-company" ("Göteborgsföretaget")
_SEAT_WORD_CLASSES = ("based", "company_word")
#: compounds that name a place in their first part for the entity recognizer: seats and delegations
#: ("Munich-based", "Tianjin-delegation", "Xiamen-delegasjon")
PLACE_COMPOUND_CLASSES = _SEAT_WORD_CLASSES + ("delegation",)


@lru_cache(maxsize=None)
def based_words(language: str | None, classes: tuple[str, ...] = _SEAT_WORD_CLASSES) -> tuple[str, ...]:
    """The words of classes ``based`` and ``company_word`` (or other ``classes``) in
    ``relation_words.tsv`` ("based", "baserede", "företaget") of a language and of English,
    folded, longest first."""
    words = {row[0].casefold() for lang in {language or "en", "en"}
             for row in load_table(lang, "relation_words.tsv", with_common=False)
             if len(row) > 1 and row[1] in classes}
    return tuple(sorted(words, key=len, reverse=True))


def based_place(text: str, language: str | None, classes: tuple[str, ...] = _SEAT_WORD_CLASSES):
    """``(written, place)``: the start of a capitalised "<place>-based" or "<place>-company" word
    that names a known place, and the place; or None. The start is the place before a hyphen
    ("Odense-baserede", "Aarhus-virksomheden") or a compound's first part with its linking "s"
    ("Göteborgsbaserade", "Göteborgsföretaget" -> "Göteborgs", Gothenburg): the text a mention
    of the place covers.

    >>> [(w, p.name) for w, p in (based_place("Odense-baserede", "da"), based_place("Göteborgsbaserade", "sv"))]
    [('Odense', 'Odense'), ('Göteborgs', 'Gothenburg')]
    >>> based_place("Bergensselskapet", "no")[1].name, based_place("Odense", "da"), based_place("Velbaserede", "da")
    ('Bergen', None, None)
    >>> based_place("Tianjin-delegation", "da", ("delegation",))[0]  # other compounds by their classes
    'Tianjin'
    """
    if not text[:1].isupper():
        return None
    folded = text.casefold()
    suffixes = based_words(language, classes)
    if not folded.endswith(suffixes):
        return None  # most words: one test in C
    for suffix in suffixes:
        if not folded.endswith(suffix) or len(folded) <= len(suffix) + 1:
            continue
        stem = text[:-len(suffix)].removesuffix("-")
        names = [stem, stem[:-1]] if stem.endswith("s") and "-" not in text[len(stem):] else [stem]
        for name in names:
            place = gazetteer().get(name)
            if place is not None and place.type in ("City", "Region", "Country"):
                return stem, place
    return None
