"""Place recognizers: gazetteer look-up and place-forming patterns.

``places`` looks up runs of capitalised words (longest first) in the gazetteer, with
genitive forms of languages that build them with -s ("Chinas", "Kinas"), and extends a
match by a following place word ("Popayan City", "Songjiang District"). ``place_patterns``
finds places the gazetteer does not know by their pattern ("Guangming District",
"Pudong New Area", "Chengdu hi-tech Zone", "Bezirk Mitte").

>>> from healthkg.loaders.document import Document
>>> from healthkg.loaders.sentences import prepare_document
>>> from healthkg.loaders.extraction.tokens import document_sentences
>>> from healthkg.loaders.extraction.lexicon import lexicon
>>> doc = prepare_document(Document(id="t", source="t", text="Er besuchte Chinas Westen und Popayan City."), "de")
>>> sw = document_sentences(doc)[0]
>>> [(sw.words[c.start].text, c.type, c.name) for c in recognize_places(sw, lexicon("de"))]
[('Chinas', 'Country', 'China'), ('Popayan', 'City', 'Popayan City')]
"""
from __future__ import annotations

from functools import lru_cache

from healthkg.loaders.extraction.candidates import Candidate, register_recognizer
from healthkg.loaders.extraction.lexicon import is_pinyin_given
from healthkg.loaders.extraction.rulefiles import language_row, load_words
from healthkg.loaders.extraction.tokens import join_words
from healthkg.loaders.gazetteer import fold, gazetteer

__all__ = ["recognize_places", "recognize_place_patterns", "place_run", "IN_WORDS"]

#: the Germanic connectors meaning "in" (Danish, Swedish, Norwegian "i"; German, Dutch, English
#: "in"): what follows one is a place, a seat or the place a body serves
IN_WORDS = frozenset({"i", "in"})

_GENITIVE = {"de", "nl", "da", "sv", "no"}
_SMALL_CITY = 100_000
_TOWN = 20_000
_HEADLINE_CITY = 1_000_000
_MAX_WORDS = 5


@lru_cache(maxsize=200_000)
def _fold(text: str) -> str:
    return fold(text)


def _joined_key(folded: list[str], words) -> str:
    """The gazetteer key of folded words, a clitic "'s" joined to the word before it as the
    tokenizer split them ("People | 's | Republic of China" -> "peoples republic of china").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> ws = [Word(t, 0, 0) for t in ("People", "'s", "Republic")]
    >>> _joined_key([_fold(w.text) for w in ws], ws)
    'peoples republic'
    """
    key = ""
    for text, word in zip(folded, words):
        key += text if word.text[:1] in ("'", "’") or not key else " " + text
    return key


def _place_word(word, lex, stop=True) -> bool:
    return word.cap and (word.alpha or "'" in word.text or word.text.endswith(".")) and not (
        stop and lex.is_stopword(word.text))


def _after_pattern(words, j, lex):
    """(length, type) of a place word starting at ``j`` ("District", "New Area")."""
    for m in (2, 1):
        if j + m <= len(words):
            found = lex.place_after.get(tuple(w.lower for w in words[j:j + m]))
            if found:
                return m, found
    return None


def _dateline(words, i: int, k: int) -> bool:
    """An all-caps place opening a line and followed by a comma or dash ("BEIJING, June 5")."""
    return i == 0 and i + k < len(words) and words[i + k].text in (",", "-", "–", "—", ":")


def _article_prepositions(language: str | None) -> frozenset[str]:
    """Articles of a language that are also a preposition before a city
    (``article_prepositions.txt``: Portuguese "a" in "chegou a Caxias").

    >>> "a" in _article_prepositions("pt"), "a" in _article_prepositions("fr")
    (True, False)
    """
    from healthkg.loaders.extraction.rulefiles import load_words

    return frozenset(load_words(language, "article_prepositions.txt", with_common=False)) if language else frozenset()


def _takes_article(words, i: int, k: int, lex) -> bool:
    """Whether the words at ``i:i+k`` name a city that the language writes with an article
    (``article_cities.txt``: Portuguese "no Porto", "do Porto"), so one after an article is
    still the city."""
    from healthkg.loaders.extraction.rulefiles import load_words

    cities = load_words(lex.language, "article_cities.txt", with_common=False) if lex.language else ()
    return bool(cities) and " ".join(w.lower for w in words[i:i + k]) in cities


def _city_adjective(words, end, lex) -> bool:
    """Whether a city after an article stands before a lower-case noun as its adjective
    ("the Yibin delegation", "the Leeds company"); German writes every noun capitalised, so
    there a capitalised word after an article stays a noun ("am Bau").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> _city_adjective([Word("the", 0, 3), Word("Leeds", 4, 9), Word("company", 10, 17)], 2, lexicon("en"))
    True
    """
    return lex.language not in ("de",) and end < len(words) and words[end].text.isalpha() \
        and words[end].text.islower() and not lex.is_stopword(words[end].text)


def _coordinated_place(words, end, lex, gaz) -> bool:
    """Whether a place is joined by "and" to a second place of the gazetteer that follows it:
    a small city opening a sentence counts then ("Tromsø og Harbin er vennskapsbyer").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> from healthkg.loaders.gazetteer import gazetteer
    >>> _coordinated_place([Word("Tromsø", 0, 6), Word("og", 7, 9), Word("Harbin", 10, 16)], 1, lexicon("no"), gazetteer())
    True
    """
    return end + 1 < len(words) and words[end].lower in lex.conjunctions and words[end + 1].cap \
        and gaz.places.get(_fold(words[end + 1].text)) is not None


def _owns_title(words, k, place, lex) -> bool:
    """Whether a town's genitive stands before a lower-case title ("Esbjergs borgmester"): a
    town of some size counts then, though a small town's genitive alone may be a surname's.

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> from healthkg.loaders.gazetteer import gazetteer
    >>> _owns_title([Word("Esbjergs", 0, 8), Word("borgmester", 9, 19)], 1, gazetteer().get("Esbjerg"), lexicon("da"))
    True
    """
    return k < len(words) and words[k].text.islower() and lex.is_title(words[k].text) \
        and place.population >= _TOWN


def _genitive_of_exact_place(word, place, lex, gaz) -> bool:
    """Whether a Scandinavian genitive matches a place only with its accents dropped, while
    the word without its -s is a place's own spelling ("Skånes": Skåne's, not the Tunisian
    town Skanes).

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> from healthkg.loaders.gazetteer import gazetteer
    >>> gaz = gazetteer()
    >>> _genitive_of_exact_place(Word("Skånes", 0, 6), gaz.get("Skånes"), lexicon("sv"), gaz)
    True
    >>> _genitive_of_exact_place(Word("Aarhus", 0, 6), gaz.get("Aarhus"), lexicon("da"), gaz)
    False
    """
    if lex.language not in _GENITIVE or not word.text.endswith("s") or place.name == word.text:
        return False
    base = gaz.get(word.text[:-1])
    return base is not None and base.name == word.text[:-1]


@lru_cache(maxsize=None)
def _compass_adjectives(language: str | None) -> frozenset[str]:
    """The compass adjectives a language writes apart before a region or country
    (``common/compass_adjectives.tsv``; the English ones in any language)."""
    return frozenset(word for code in {language or "en", "en"}
                     for row in [language_row("compass_adjectives.tsv", code)] if row for word in row[0].split())


def _compass_apart(words, i: int, language: str | None, gaz) -> int:
    """The end of "<compass adjective> <region or country>" at ``i`` ("Northern Norway",
    "Southern Denmark"), or ``i`` when none stands there.

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.gazetteer import gazetteer
    >>> ws = [Word(t, 0, 0) for t in "in Northern Norway today".split()]
    >>> _compass_apart(ws, 1, "en", gazetteer()), _compass_apart(ws, 2, "en", gazetteer())
    (3, 2)
    """
    if i + 1 >= len(words) or words[i].text not in _compass_adjectives(language) or not words[i + 1].cap:
        return i
    place = gaz.get(words[i + 1].text)
    return i + 2 if place is not None and place.type in ("Region", "Country") else i


@lru_cache(maxsize=None)
def _compass_prefixes(language: str | None) -> tuple[str, ...]:
    """The compass words of a language (``common/compass_prefixes.tsv``), longest first."""
    row = language_row("compass_prefixes.tsv", language)
    return tuple(sorted(row[0].split(), key=len, reverse=True)) if row else ()


def _compass_region(text: str, language: str | None, gaz) -> bool:
    """Whether a word is a compass word and a region or country of the gazetteer written as one
    ("Nordhessen", "Noord-Nederland"; ``common/compass_prefixes.tsv``): a region of its own.

    >>> from healthkg.loaders.gazetteer import gazetteer
    >>> _compass_region("Nordhessen", "de", gazetteer()), _compass_region("Nordsee", "de", gazetteer())
    (True, False)
    """
    for prefix in _compass_prefixes(language):
        rest = text[len(prefix):]
        if text.startswith(prefix) and len(rest) > 3:
            place = gaz.get(rest[:1].upper() + rest[1:])
            if place is not None and place.type in ("Region", "Country"):
                return True
    return False


@register_recognizer("places")
def recognize_places(sw, lex) -> list[Candidate]:
    """Gazetteer places of a sentence."""
    gaz = gazetteer()
    words = sw.words
    n = len(words)
    out: list[Candidate] = []
    free = 0
    for i in sw.caps:
        if i < free:
            continue
        word = words[i]
        if not _place_word(word, lex, stop=False):
            continue
        found = None
        first = _fold(word.text)
        if first.split(" ", 1)[0] not in gaz.first_words:
            first = None
        longest = min(_MAX_WORDS, gaz.max_words, n - i) if first else 0
        folded = [_fold(w.text) for w in words[i:i + longest]]
        for k in range(longest, 0, -1):
            if not words[i + k - 1].cap or (k == 1 and lex.is_stopword(word.text)):
                continue
            key = _joined_key(folded[:k], words[i:i + k])
            place = gaz.places.get(key)
            if place is not None:
                found = (k, place, None)
                break
        if found is not None and found[0] == 1 and _genitive_of_exact_place(word, found[1], lex, gaz):
            found = None  # "Skånes" is Skåne's, not Skanes in Tunisia
        if found is None and lex.language in _GENITIVE and word.text.endswith("s") and len(word.text) > 4 \
                and not lex.is_stopword(word.text):  # "Namens" (on behalf of), not Namen's
            place = gaz.places.get(_fold(word.text[:-1]))
            if place is not None and (place.type != "City" or place.population >= _SMALL_CITY
                                      or _owns_title(words, i + 1, place, lex)):
                found = (1, place, word.text[:-1])
        apart = _compass_apart(words, i, lex.language, gaz)
        if apart > i + 1:  # "Northern Norway": the compass adjective and the country, one region
            out.append(Candidate(i, apart, "Region", "places", name=join_words(words[i:apart], [w.text for w in words[i:apart]]),
                                 place=None, priority=0))
            free = apart
            continue
        if found is None and _compass_region(word.text, lex.language, gaz):
            out.append(Candidate(i, i + 1, "Region", "places", name=word.text, place=None, priority=0))
            free = i + 1
            continue
        if found is None:
            continue
        k, place, name = found
        if k == 1 and place.type == "City" and (i == 0 and place.population < _SMALL_CITY
                                                and not _coordinated_place(words, i + k, lex, gaz)
                                                and not (name is not None and _owns_title(words, i + 1, place, lex))
                                                or sw.title_case and place.population < _HEADLINE_CITY):
            continue
        if place.type == "City" and i > 0 and words[i - 1].lower in lex.articles \
                and words[i - 1].lower not in _article_prepositions(lex.language) \
                and place.population < 1_000_000 and not _city_adjective(words, i + k, lex) \
                and not _takes_article(words, i, k, lex):
            continue
        if word.upper and place.type != "Country" and not _dateline(words, i, k):
            continue
        if i > 0 and words[i - 1].cap and words[i - 1].lower in load_words("", "name_prefixes.txt") \
                and words[i - 1].start < word.start and gaz.get(words[i - 1].text + " " + word.text) is None:
            continue  # "l'ospedale San Maurizio": a saint's name, not Mauritius (but "San Marino" is the gazetteer's)
        if k == 1 and place.type == "City" and _names_a_language(words, i, sw.language or lex.language):
            continue  # Dutch "in het Engels" (in English), not the Russian city of Engels
        if k == 1 and i + 1 < n and word.lower in load_words("", "room_words.txt") and (
                words[i + 1].cap or (i + 2 < n and words[i + 1].lower in lex.connectors and words[i + 2].alpha)):
            continue  # "nella Sala Consiglio della ...", "Sala de prensa": a room's name, not the town of Sala
        if k == 1 and 2 <= i < n - 1 and words[i - 1].text == "(" and words[i + 1].text == ")" \
                and any(c.isdigit() for c in words[i - 2].text):
            continue  # "June 5 (Xinhua) --": a news agency credit
        type_ = place.type
        end = i + k
        if word.upper and name is None:
            name = place.name  # "BEIJING" in a dateline
        pattern = _after_pattern(words, end, lex) if name is None else None
        if pattern is not None and words[end].cap:
            m, pattern_type = pattern
            if pattern_type == "City" or place.type == "City":
                end += m
                name = " ".join(w.text for w in words[i:end])
                type_ = pattern_type
                if type_ != "City":
                    place = None
        out.append(Candidate(i, end, type_, "places", name=name, place=place, priority=0))
        free = end
    return out


@lru_cache(maxsize=None)
def _language_names(language: str | None) -> frozenset[str]:
    """The names of languages with a two-letter code as a language writes them (CLDR via babel),
    in lower case: in that language such a word names the language, not a town ("Engels",
    Dutch for English).

    >>> "engels" in _language_names("nl"), "engels" in _language_names("en")
    (True, False)
    """
    from babel import Locale, UnknownLocaleError

    from healthkg.loaders.language import SUPPORTED_LANGUAGES

    if language not in SUPPORTED_LANGUAGES:
        return frozenset()
    try:
        locale = Locale.parse("nb" if language == "no" else language)
    except (UnknownLocaleError, ValueError):
        return frozenset()
    # languages with a two-letter code only: the others' names are often their towns' ("Douala")
    return frozenset(name.lower() for code, name in locale.languages.items() if len(code) == 2 and " " not in name)


def _names_a_language(words, i: int, language: str | None) -> bool:
    """Whether the word at ``i`` names a language: in the sentence's language, or in the
    language of the article before it (a Dutch "in het Engels" closing an English quote).

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> ws = [Word(t, 0, 0) for t in "zei Song in het Engels".split()]
    >>> _names_a_language(ws, 4, "en"), _names_a_language(ws, 1, "nl")
    (True, False)
    """
    word = words[i].lower
    return word in _language_names(language) or (i > 0 and word in _language_names_after_article().get(words[i - 1].lower, ()))


@lru_cache(maxsize=1)
def _language_names_after_article() -> dict[str, frozenset[str]]:
    """An article of any of the ten languages -> the language names of the languages that have it
    ("het" -> Dutch names of languages, "Engels" among them).

    >>> "engels" in _language_names_after_article()["het"]
    True
    """
    from healthkg.loaders.extraction.lexicon import lexicon
    from healthkg.loaders.language import SUPPORTED_LANGUAGES

    names: dict[str, set[str]] = {}
    for code in SUPPORTED_LANGUAGES:
        for article in lexicon(code).articles:
            names.setdefault(article, set()).update(_language_names(code))
    return {article: frozenset(found) for article, found in names.items()}


_MAX_ZONE_WORDS = 4


def _zone_start(words, start: int, lex) -> int:
    """Start of a zone name before its place word, over capitalised words that are not
    places and then one place: "Wuxi National | High-tech District" (but "Shenzhen |
    Guangming District" stays as it is)."""
    k = start

    def name_word(i: int) -> bool:  # a capitalised word of the name that is no head or title
        return _place_word(words[i], lex) and lex.head_of(words[i].text) is None \
            and not lex.is_title(words[i].text) and not (i == 0 and words[i].lower in lex.articles)

    def plain(i: int) -> bool:  # ... and no place
        return name_word(i) and gazetteer().get(words[i].text) is None

    while k > 0 and start - k < _MAX_ZONE_WORDS and plain(k - 1):
        k -= 1
        if k >= 2 and words[k - 1].lower in lex.conjunctions and not words[k - 1].cap and plain(k - 2):
            k -= 1  # "Beijing Economic and | Technological Development Zone"
    if k < start and k > 0 and _place_word(words[k - 1], lex) and gazetteer().get(words[k - 1].text) is not None:
        k -= 1
        # a Chinese place named by several: "Hainan Boao | Lecheng International Medical Tourism Pilot Zone"
        low = k
        while k > 0 and low - k < 2 and name_word(k - 1) \
                and (gazetteer().get(words[k - 1].text) is not None or is_pinyin_given(words[k - 1].text)):
            k -= 1
    return k


@register_recognizer("place_patterns")
def recognize_place_patterns(sw, lex) -> list[Candidate]:
    """Places named by a pattern: "<Name> District", "Bezirk <Name>", "<Name>-distriktet"."""
    words = sw.words
    n = len(words)
    out: list[Candidate] = []
    suffixes = lex.place_after_suffixes
    for j, word in enumerate(words):
        if word.lower not in lex.place_pattern_words and not (suffixes and word.cap):
            continue
        pattern = _after_pattern(words, j, lex)
        if pattern is not None and j >= 1:
            m, type_ = pattern
            start = j - 1
            prev = words[start]
            if not word.cap and gazetteer().get(prev.text) is not None:
                continue  # "Zhejiang province": the gazetteer names the place itself
            if prev.lower.count("-") and prev.text.islower() and start >= 1 and words[start - 1].cap:
                start -= 1
            elif not (_place_word(prev, lex) and lex.head_of(prev.text) is None
                      and not lex.is_title(prev.text)):
                pattern = None  # no name before "County": perhaps one after it ("Ringaskiddy, County Cork")
            if pattern is not None and words[start].upper:
                continue
        if pattern is not None and j >= 1:
            if type_ == "Region" and start == j - 1:
                start = _zone_start(words, start, lex)
            gaz_place = gazetteer().get(words[start].text) if start == j - 1 else None
            if type_ == "City" and gaz_place is None:
                continue
            # "Henan Province" is the gazetteer's Henan, and so is "Shenzhen City"
            place = gaz_place if type_ == "City" or (gaz_place is not None and gaz_place.type == type_) else None
            out.append(Candidate(start, j + m, type_, "place_patterns", place=place,
                                 name=place.name if place is not None and type_ == "Region"
                                 else " ".join(w.text for w in words[start:j + m]), priority=0))
            continue
        if word.cap and len(word.text) > 4:
            for suffix, type_ in lex.place_after_suffixes:
                if word.lower.endswith(suffix) and len(word.lower) > len(suffix) + 2:
                    # "Jiangsu-provinsen", "Jiangsuprovinsen": the gazetteer's Jiangsu
                    place = gazetteer().get(word.text[:-len(suffix)].rstrip("-"))
                    if place is not None and place.type != type_:
                        place = None
                    out.append(Candidate(j, j + 1, type_, "place_patterns", place=place, priority=0,
                                         name=place.name if place is not None else None))
                    break
        for m in (4, 3, 2, 1):
            if j + m < n and tuple(w.lower for w in words[j:j + m]) in lex.place_before:
                type_ = lex.place_before[tuple(w.lower for w in words[j:j + m])]
                k = j + m
                while k < n and k - (j + m) < 3 and _place_word(words[k], lex) \
                        and lex.head_of(words[k].text) is None:
                    k += 1
                for size in (4, 3, 2):  # a known place may open with a stop word ("São Paulo")
                    run = words[j + m:j + m + size]
                    if k < j + m + size <= n and run[0].cap and run[-1].cap \
                            and gazetteer().get(" ".join(w.text for w in run)) is not None:
                        k = j + m + size
                        break
                if k > j + m:
                    place = gazetteer().get(" ".join(w.text for w in words[j + m:k]))
                    if place is None and j >= 2 and words[j - 1].lower in lex.connectors \
                            and (lex.is_title(words[j - 2].text) or lex.head_of(words[j - 2].text) is not None):
                        break  # "secretário de Estado de Desenvolvimento": a title's or a body's portfolio
                    if place is not None and type_ == "Region" and place.type == "City":
                        # "estado de São Paulo": the region, not the city of the same name
                        out.append(Candidate(j, k, type_, "place_patterns", priority=0,
                                             name=" ".join(w.text for w in words[j:k])))
                        break
                    if place is not None:
                        type_ = place.type
                    # the mention keeps the word that says what the place is ("Provinz Jiangxi",
                    # "provincia de Zhejiang", "République populaire de Chine"); the name is the gazetteer's
                    with_word = place is not None and type_ in ("Region", "Country") and lex.head_of(words[j].text) is None
                    # (not "Regione Piemonte", "Provincie Overijssel": those words open a body's name)
                    out.append(Candidate(j if with_word else j + m, k, type_,
                                         "place_patterns", place=place, priority=0,
                                         name=place.name if place is not None else None))
                break
    return out


def place_run(words, j, lex) -> int:
    """End of a gazetteer place of up to three words starting at ``j`` (``j`` when there is
    none), a connector inside ("Kingdom of Denmark") or a district after a hyphen ("Ulm-Süd").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> ws = [Word(t, 0, 0) for t in "in United Kingdom today".split()]
    >>> place_run(ws, 1, lexicon("en")), place_run(ws, 0, lexicon("en"))
    (3, 0)
    """
    gaz = gazetteer()
    apart = _compass_apart(words, j, lex.language, gaz)
    if apart > j:
        return apart  # "Region | Southern Denmark"
    for k in (3, 2, 1):  # capitalised words, a small word inside ("Kingdom of Denmark", "Kingston upon Hull")
        if j + k <= len(words) and words[j].cap and words[j + k - 1].cap \
                and all(w.cap or w.text.isalpha() for w in words[j + 1:j + k - 1]):
            if gaz.get(" ".join(w.text for w in words[j:j + k])) is not None:
                return j + k
    if j < len(words) and words[j].cap and "-" in words[j].text.strip("-") \
            and gaz.get(words[j].text.split("-", 1)[0]) is not None and words[j].text.split("-", 1)[1][:1].isupper():
        return j + 1  # a district of a place: "Klinikum Frankfurt-Höchst", "Ulm-Süd"
    return j
