"""Publication dates: parse a date written in any common form, find a page's dateline.

Two public functions:

* :func:`parse_date` turns one date value (metadata, a JSON field, the words after a
  dateline label) into an ISO ``YYYY-MM-DD`` string;
* :func:`find_published_date` looks for the publication date in a document's text:
  a labelled dateline first (``Posttid: Nov-03-2022``, ``Publié le 3 novembre 2022``;
  the labels live in ``sources/dateline_labels.yaml``), then a line that holds only a
  date near the start or the end of the text. Dates inside sentences are event
  dates and are never taken.

Numeric forms are read with regular expressions (day first when ambiguous, except
ISO ``YYYY-MM-DD``); month names come from the CLDR data shipped with babel for the
languages of the label file; dateparser is the last resort.

>>> parse_date("3 November 2022")
'2022-11-03'
>>> find_published_date("Headline\\n\\nBody text on 5 May 2021.\\nPosttid: Nov-03-2022")
'2022-11-03'
"""
from __future__ import annotations

import datetime as _dt
import functools
import logging
import re
import unicodedata
from importlib import resources
from typing import Iterable, Sequence

import yaml

__all__ = ["parse_date", "find_published_date", "is_dateline", "is_month_name"]

logger = logging.getLogger(__name__)

#: How many non-empty lines at the start and at the end of a text may hold a bare date line.
EDGE_LINES = 12
#: Lines longer than this are body text, never a dateline.
MAX_DATELINE_CHARS = 200
#: Babel locale used for an ISO 639-1 code where the two differ.
_BABEL_LOCALE = {"no": "nb"}

_ISO_RE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?=$|[T\s_,;|)]|\D)")
_CJK_RE = re.compile(r"^(\d{4})\s*[年년/]\s*(\d{1,2})\s*[月월/]\s*(\d{1,2})\s*[日일号號]?")
_NUMERIC_RE = re.compile(r"^(\d{1,2})\s?[./-]\s?(\d{1,2})\s?[./-]\s?(\d{4}|\d{2})(?!\d)")
_TIME_RE = re.compile(
    r"\b\d{1,2}[:.h]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?(?:\s*(?:[+-]\d{2}:?\d{2}))?",
    re.IGNORECASE,
)
_TOKEN_RE = re.compile(r"\d+|[^\W\d_]+", re.UNICODE)
_SEGMENT_SPLIT_RE = re.compile(r"\s*[|·•]\s*|\s{2,}|\t")
_EDGE_PUNCT = " \t\u00a0\u3000:：,;.-–—|·•()[]"


def _strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=1)
def _label_data() -> dict:
    text = resources.files("healthkg.loaders.sources").joinpath("dateline_labels.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def _known_languages() -> list[str]:
    return ["en", *[lang for lang in _label_data()["labels"] if lang != "en"]]


def _language_order(languages: Iterable[str] | None) -> tuple[str, ...]:
    wanted = [lang.lower().split("-")[0].split("_")[0] for lang in (languages or []) if lang]
    order = [*wanted, *_known_languages()]
    return tuple(dict.fromkeys(order))


@functools.lru_cache(maxsize=64)
def _month_names(language: str) -> dict[str, int]:
    """Month words of one language (wide, abbreviated, unambiguous prefixes) -> month number."""
    from babel.core import UnknownLocaleError
    from babel.dates import get_month_names

    locale = _BABEL_LOCALE.get(language, language)
    names: dict[str, int] = {}
    prefixes: dict[str, set[int]] = {}
    try:
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in get_month_names(width, context=context, locale=locale).items():
                    for form in {name.lower().rstrip("."), _strip_accents(name.lower().rstrip("."))}:
                        names[form] = number
                        if width == "wide":
                            for size in range(3, len(form)):
                                prefixes.setdefault(form[:size], set()).add(number)
    except (UnknownLocaleError, ValueError):
        return {}
    for prefix, numbers in prefixes.items():
        if len(numbers) == 1 and prefix not in names:
            names[prefix] = next(iter(numbers))
    return names



def is_month_name(word: str, language: str | None) -> bool:
    """Whether a word is a month's name in a language or in English ("April", "juni", "mai").

    >>> is_month_name("April", "de"), is_month_name("Erlangen", "de")
    (True, False)
    """
    lower = word.lower()
    return lower in _month_names(language or "en") or lower in _month_names("en")

@functools.lru_cache(maxsize=64)
def _weekday_names(language: str) -> frozenset[str]:
    from babel.core import UnknownLocaleError
    from babel.dates import get_day_names

    locale = _BABEL_LOCALE.get(language, language)
    words: set[str] = set()
    try:
        for width in ("wide", "abbreviated"):
            for name in get_day_names(width, locale=locale).values():
                words.add(name.lower().rstrip("."))
                words.add(_strip_accents(name.lower().rstrip(".")))
    except (UnknownLocaleError, ValueError):
        return frozenset()
    return frozenset(words)


@functools.lru_cache(maxsize=32)
def _month_table(order: tuple[str, ...]) -> dict[str, int]:
    table: dict[str, int] = {}
    for language in reversed(order):  # earlier languages win
        table.update(_month_names(language))
    return table


@functools.lru_cache(maxsize=32)
def _filler_words(order: tuple[str, ...]) -> frozenset[str]:
    data = _label_data()
    words = {w.lower() for w in data.get("connectors", [])} | {w.lower() for w in data.get("time_zones", [])}
    words |= {"st", "nd", "rd", "th", "er", "e", "º", "ª", "o", "a"}
    for language in order:
        words |= _weekday_names(language)
    return frozenset(words)


def _valid(year: int, month: int, day: int) -> str | None:
    if year < 100:
        year += 2000 if year < 70 else 1900
    if not 1900 <= year <= 2100:
        return None
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _numeric(day: int, month: int, year: int) -> str | None:
    """Day first; month first only when day first is impossible."""
    return _valid(year, month, day) or (_valid(year, day, month) if month > 12 else None)


def _parse_regex(value: str) -> str | None:
    match = _ISO_RE.match(value)
    if match:
        return _valid(int(match[1]), int(match[2]), int(match[3]))
    match = _CJK_RE.match(value)
    if match:
        return _valid(int(match[1]), int(match[2]), int(match[3]))
    match = _NUMERIC_RE.match(value)
    if match:
        return _numeric(int(match[1]), int(match[2]), int(match[3]))
    return None


def _parse_words(value: str, order: tuple[str, ...], strict: bool) -> str | None:
    """A date with the month in words; ``strict`` also rejects any word that is not date-like."""
    months = _month_table(order)
    fillers = _filler_words(order)
    month = None
    numbers: list[str] = []
    for token in _TOKEN_RE.findall(_TIME_RE.sub(" ", value)):
        if token.isdigit():
            numbers.append(token)
            continue
        word = token.lower()
        if month is None and (word in months or _strip_accents(word) in months):
            month = months.get(word) or months[_strip_accents(word)]
        elif strict and word not in fillers and _strip_accents(word) not in fillers:
            return None
    if month is None:
        return None
    years = [n for n in numbers if len(n) == 4]
    days = [n for n in numbers if len(n) <= 2]
    if len(years) != 1 or len(days) != 1 or (strict and len(numbers) != 2):
        return None
    return _valid(int(years[0]), month, int(days[0]))


def _parse_dateparser(value: str, order: tuple[str, ...]) -> str | None:
    import dateparser

    settings = {
        "DATE_ORDER": "DMY",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PARSERS": ["custom-formats", "absolute-time"],
    }
    languages = [_BABEL_LOCALE.get(lang, lang) for lang in order[:1]] or None
    try:
        parsed = dateparser.parse(value, languages=languages, settings=settings)
    except (ValueError, TypeError, OverflowError):
        parsed = None
    if parsed is None and languages:
        try:
            parsed = dateparser.parse(value, settings=settings)
        except (ValueError, TypeError, OverflowError):
            parsed = None
    return _valid(parsed.year, parsed.month, parsed.day) if parsed else None


def parse_date(value: str, languages: Sequence[str] | None = None) -> str | None:
    """Parse one date value into ISO ``YYYY-MM-DD``; ``None`` when it is not a full date.

    Numeric dates are day first (``03.11.2022``, ``19/07/2023``) unless they start
    with a four-digit year (ISO) or day first is impossible (``07/19/2023``). Month
    names are read in the given ``languages`` (ISO 639-1) first, then in every
    language of the dateline label file; dateparser handles what remains.

    >>> parse_date("2023-07-19T10:00:00Z")
    '2023-07-19'
    >>> parse_date("Nov-03-2022")
    '2022-11-03'
    >>> parse_date("5 de junio de 2018", languages=["es"])
    '2018-06-05'
    >>> parse_date("next week") is None
    True
    """
    if not value or not isinstance(value, str):
        return None
    text = unicodedata.normalize("NFKC", value).strip().strip(_EDGE_PUNCT)
    if not text or len(text) > 120:
        return None
    if not any(ch.isdigit() for ch in text):
        return None  # no year: never a full date
    order = _language_order(languages)
    return _parse_regex(text) or _parse_words(text, order, strict=False) or _parse_dateparser(text, order)


def _date_only(segment: str, order: tuple[str, ...]) -> str | None:
    """The date when ``segment`` holds nothing but a date (and maybe a time or weekday)."""
    text = unicodedata.normalize("NFKC", segment).strip(_EDGE_PUNCT)
    if not text or len(text) > 60 or not any(ch.isdigit() for ch in text):
        return None
    for regex in (_ISO_RE, _CJK_RE, _NUMERIC_RE):
        match = regex.match(text)
        if match:
            rest = _TIME_RE.sub(" ", text[match.end():])
            rest = rest.lstrip("T").strip(_EDGE_PUNCT + "Z")
            if rest and any(w.lower() not in _filler_words(order) for w in _TOKEN_RE.findall(rest)):
                return None
            return _parse_regex(text)
    return _parse_words(text, order, strict=True)


@functools.lru_cache(maxsize=1)
def _label_regex() -> re.Pattern[str]:
    labels = {label for group in _label_data()["labels"].values() for label in group}
    alternatives = "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in sorted(labels, key=len, reverse=True))
    return re.compile(
        rf"(?:^\s*|[|·•]\s*|\s{{2,}})(?:{alternatives})(?:\s*[:：]\s*|\s+|(?=\d))",
        re.IGNORECASE,
    )


def _labelled_date(line: str, order: tuple[str, ...]) -> str | None:
    for match in _label_regex().finditer(line):
        rest = line[match.end():]
        segment = _SEGMENT_SPLIT_RE.split(rest.strip(), maxsplit=1)[0][:80]
        words = segment.split()
        for size in range(min(len(words), 7), 0, -1):  # the longest run of words that is only a date
            date = _date_only(" ".join(words[:size]), order)
            if date:
                return date
    return None


def _bare_date(line: str, order: tuple[str, ...]) -> str | None:
    if len(line) > 80:
        return None
    for segment in _SEGMENT_SPLIT_RE.split(line.strip()):
        date = _date_only(segment, order)
        if date:
            return date
    return None


def find_published_date(text: str, language: str | None = None) -> str | None:
    """Find the publication date written in a document's text, as ISO ``YYYY-MM-DD``.

    A labelled dateline anywhere in a short line wins (``Beitragszeit: 03.11.2022``,
    ``Author: X  Addtime:2023-07-19``); next a line holding only a date among the
    first or last :data:`EDGE_LINES` non-empty lines. Returns ``None`` when neither
    exists: a date inside a sentence is an event date, not a publication date.

    >>> find_published_date("share\\nHome> Wirtschaft\\nTitel\\n22.05.2024\\nText.")
    '2024-05-22'
    >>> find_published_date("Publicado el 5 de junio de 2018\\nTexto.", language="es")
    '2018-06-05'
    >>> find_published_date("The deal was signed on 3 November 2022 in Berlin.") is None
    True
    """
    if not text:
        return None
    order = _language_order([language] if language else None)
    lines = text.split("\n")
    for line in lines:
        if len(line) <= MAX_DATELINE_CHARS and any(ch.isdigit() for ch in line):
            date = _labelled_date(line, order)
            if date:
                return date
    non_empty = [line for line in lines if line.strip()]
    head = non_empty[:EDGE_LINES]
    tail = non_empty[max(EDGE_LINES, len(non_empty) - EDGE_LINES):]
    for line in [*head, *reversed(tail)]:
        date = _bare_date(line, order)
        if date:
            return date
    return None


def is_dateline(line: str, language: str | None = None) -> bool:
    """Whether a line is a dateline: a labelled date or a line holding only a date.

    >>> is_dateline(" date 2023-02-21 ")
    True
    >>> is_dateline("Signed on 3 May 2021, the deal covers two hospitals")
    False
    """
    if len(line) > MAX_DATELINE_CHARS or not any(ch.isdigit() for ch in line):
        return False
    order = _language_order([language] if language else None)
    return bool(_labelled_date(line, order) or _bare_date(line, order))
