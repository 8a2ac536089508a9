"""Country and world-region names in many languages mapped to codes (pycountry + CLDR).

Used when the recognizer left no ``iso3166`` link on a place: "Kina", "Tyskland" and
"Nederlandene" still resolve to CN, DE and NL. World regions ("Asien", "Latin America")
map to their UN M49 code as ``m49:142``.

>>> country_code("Kina"), country_code("Tyskland"), country_code("Nederlandene")
('CN', 'DE', 'NL')
>>> country_code("Holland"), country_code("Chinas"), country_code("Limburg")
('NL', 'CN', None)
>>> world_region_code("Asien") == world_region_code("Asia")
True
"""
from __future__ import annotations

import functools
import gettext
import logging

from .normalise import fold, lexicon

__all__ = ["country_code", "world_region_code", "country_name", "nationality_country"]

log = logging.getLogger(__name__)


@functools.lru_cache(maxsize=1)
def _indexes() -> tuple[dict[str, str], dict[str, str]]:
    """(folded country name -> alpha-2, folded region name -> m49 code), built once."""
    import pycountry
    from babel import Locale, UnknownLocaleError

    countries: dict[str, set[str]] = {}
    regions: dict[str, set[str]] = {}

    def add(index: dict[str, set[str]], name: str | None, code: str) -> None:
        if name:
            index.setdefault(fold(name), set()).add(code)

    languages = lexicon()["country_name_languages"]
    translators = []
    for lang in languages:
        try:
            translators.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:
            continue
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            add(countries, name, country.alpha_2)
            for tr in translators:
                if name:
                    add(countries, tr.gettext(name), country.alpha_2)
    for lang in languages:
        try:
            territories = Locale.parse(lang).territories
        except (UnknownLocaleError, ValueError):
            log.debug("no CLDR data for %s", lang)
            continue
        for code, name in territories.items():
            if code.isdigit():
                add(regions, name, f"m49:{code}")
            elif len(code) == 2 and code.isalpha():
                add(countries, name, code)
    # a name shared by two codes is ambiguous: drop it
    return ({k: next(iter(v)) for k, v in countries.items() if len(v) == 1},
            {k: next(iter(v)) for k, v in regions.items() if len(v) == 1})


def country_code(name: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country name in any supported language, or ``None``.

    A genitive ``s`` ("Chinas") and a possessive ("China's") are tolerated.
    """
    index = _indexes()[0]
    key = fold(name)
    if key in index:
        return index[key]
    if key.endswith("s") and key[:-1] in index:
        return index[key[:-1]]
    return None


def world_region_code(name: str) -> str | None:
    """``m49:NNN`` for a continent or world-region name ("Asien", "Latin America")."""
    index = _indexes()[1]
    key = fold(name)
    return index.get(key) or (index.get(key[:-1]) if key.endswith("s") else None)


def country_name(code: str) -> str | None:
    """The English common name of a country code.

    >>> country_name("NL"), country_name("CN")
    ('Netherlands', 'China')
    """
    import pycountry

    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return None
    return getattr(country, "common_name", None) or country.name


@functools.lru_cache(maxsize=1)
def _language_name_words() -> tuple[tuple[str, str], ...]:
    """(folded, inflection-free word of a language's name, language code) from CLDR's names of
    every language (babel) in the languages of ``names.yaml``: "chinois" -> zh, "deutsch" -> de."""
    from babel import Locale, UnknownLocaleError

    from .normalise import _inflect, tokens

    found = []
    for lang in lexicon()["country_name_languages"]:
        try:
            names = Locale.parse(lang).languages
        except (UnknownLocaleError, ValueError):
            continue
        found += [(_inflect(w), code) for code, name in names.items() if name for w in tokens(name) if len(w) > 3]
    return tuple(found)


@functools.lru_cache(maxsize=1)
def nationality_words() -> frozenset[str]:
    """Folded, inflection-free words naming a major language or nationality in many languages.

    Taken from CLDR language names (babel) of the languages in ``names.yaml``, plus the
    combining form "sino". Used to accept "Sino-German X" as a longer form of "X".

    >>> {"german", "deutsch", "chinesisch", "sino"} <= nationality_words()
    True
    """
    languages = set(lexicon()["country_name_languages"])
    return frozenset({"sino"} | {word for word, code in _language_name_words() if code in languages})


@functools.lru_cache(maxsize=1)
def _nationality_index() -> dict[str, str]:
    """Folded, inflection-free language names -> the alpha-2 code of the country CLDR's likely
    subtags give the language ("chinois" -> zh -> CN)."""
    from babel.core import get_global

    likely = get_global("likely_subtags")
    index: dict[str, str] = {}
    for word, code in _language_name_words():
        territory = likely.get(code, "").split("_")[-1]
        if "_" not in code and len(territory) == 2 and territory.isalpha():
            index.setdefault(word, territory)
    return index


def nationality_country(word: str) -> str | None:
    """The alpha-2 code of the country a lower-case nationality adjective names, inflected or
    not ("l'hôpital chinois", "hospital chinês", "det kinesiske sykehuset").

    >>> nationality_country("chinois"), nationality_country("chinês"), nationality_country("kinesiske")
    ('CN', 'CN', 'CN')
    >>> nationality_country("générale") is None
    True
    """
    from .normalise import _inflect, tokens

    index = _nationality_index()
    for t in tokens(word):
        for cut in (0, 1, 2):
            code = index.get(_inflect(t[:len(t) - cut])) if len(t) - cut > 3 else None
            if code:
                return code
    return None
