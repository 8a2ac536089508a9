"""Dates of events, resolved against the publication date.

Month names come from CLDR (babel: wide and abbreviated, format and stand-alone) for the
sentence language, plus English. Forms read: ISO ``2023-07-19``, ``19.07.2023``,
day-month (``28. september``, ``5 de junio de 2018``, ``le 3 mai``), month-day
(``July 19``, ``April 10-11, 2023``). A range gives its first day. Without a year the
publication year is used, and the year before when that would put the event after
publication.

>>> find_date("On the morning of July 19, a group visited", "en", "2023-07-19")
'2023-07-19'
>>> find_date("underskrev en aftale den 28. september", "da", "2022-11-03")
'2022-09-28'
>>> find_date("signed on December 30", "en", "2023-01-05")
'2022-12-30'
"""
from __future__ import annotations

import logging
import re
from datetime import date
from functools import lru_cache

from healthkg.loaders.extraction.relations.lexicon import longest_first

__all__ = ["find_date", "find_dates", "find_weekday", "resolve_date", "month_names", "ends_dateline"]

logger = logging.getLogger(__name__)

_DIGIT = re.compile(r"\d")  # every date form has one
#: what follows the date of a dateline: an agency in brackets or slashes, then a dash
#: ("Casablanca, 05/11/2026 (MAP) – ...", "MONTRÉAL, le 10 sept. 2026 /CNW/ - ...")
_DATELINE_TAIL = re.compile(r"\s*(?:\([^()]{1,20}\)|/[^/\s]{1,12}/)?\s*[–—-]\s")
#: the most words before the date of a dateline (a place, a weekday, a time)
_DATELINE_WORDS = 6


def ends_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is a dateline's, opening the text before a dash:
    the day the page was written, not the day of the event the sentence reports.

    >>> text = "Casablanca, 05/11/2026 (MAP) – Les deux universités ont signé mardi une convention."
    >>> ends_dateline(text, 12, 22), ends_dateline("Am 5. Mai 2026 – so der Plan – wurde unterzeichnet.", 3, 14)
    (True, False)
    """
    head = text[:start]
    if len(head.split()) > _DATELINE_WORDS or (head.strip() and not head.rstrip().endswith((",", ":"))):
        return False  # "Casablanca, |05/11/2026": a place and a comma, or nothing, before the date
    return _DATELINE_TAIL.match(text, end) is not None


@lru_cache(maxsize=32)
def month_names(language: str | None) -> dict[str, int]:
    """Lower-case month names and abbreviations of a language (and English) -> 1..12.

    >>> month_names("de")["märz"], month_names("da")["maj"], month_names("fr")["juin"]
    (3, 5, 6)
    """
    from babel import Locale

    names: dict[str, int] = {}
    for lang in dict.fromkeys((language or "en", "en")):
        try:
            locale = Locale.parse(lang)
        except Exception:  # noqa: BLE001 - a code babel does not know
            logger.debug("no CLDR month names for %r", lang)
            continue
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months.get(context, {}).get(width, {}).items():
                    key = name.lower().rstrip(".")
                    if len(key) >= 3:
                        names.setdefault(key, number)
    return names


@lru_cache(maxsize=32)
def _patterns(language: str | None) -> list[tuple[str, re.Pattern]]:
    months = longest_first(month_names(language), words=False)  # longest first, as a tree
    month = rf"(?P<month>{months})(?![^\W\d_])\.?"
    range_tail = (r"(?:\s*(?:-|–|bis|til|to|au|al|a|e|och|og|tot|y|und|and|en|et|ed)\s*"
                  r"(?:[^\W\d_]{2,8}\s+){0,2}"  # "den 26. til onsdag den 28. januar": a weekday, an article
                  r"\d{1,2}(?:\.|st|nd|rd|th)?)?")
    year = r"(?P<year>(?:19|20)\d{2})(?!\d)"
    return [
        ("iso", re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?!\d)")),
        ("dmy", re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d{2})(?!\d)")),
        # day/month/year and day-month-year outside English (where 03/04/2023 is read month
        # first): "4/2/2025", Dutch "04-02-2025"
        ("dmy", re.compile(r"(?<![\d/-])(?P<day>\d{1,2})(?P<sep>[/-])(?P<month>\d{1,2})(?P=sep)"
                           r"(?P<year>(?:19|20)\d{2})(?!\d)"
                           if language not in (None, "en") else r"(?!x)x")),
        ("dm", re.compile(
            rf"(?i)(?<!\d)(?P<day>\d{{1,2}})(?:\.|st|nd|rd|th|er|º|°)?{range_tail}\s+(?:de\s+|of\s+)?"
            rf"{month}(?:,?\s+(?:de\s+|del\s+)?{year})?")),
        ("md", re.compile(
            rf"(?i)(?<![^\W\d_]){month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d){range_tail}"
            rf"(?:,?\s+{year})?")),
    ]


def resolve_date(day: int, month: int, year: int | None, published: str | None) -> str | None:
    """An ISO date for a day and month, the year taken from publication when missing.

    >>> resolve_date(10, 4, None, "2024-05-22")
    '2024-04-10'
    >>> resolve_date(28, 9, None, None) is None
    True
    """
    try:
        pub = date.fromisoformat(published) if published else None
    except ValueError:
        pub = None
    if year is None:
        if pub is None:
            return None
        year = pub.year
        try:
            if date(year, month, day) > pub:
                year -= 1
        except ValueError:
            return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str, language: str | None, published: str | None) -> list[tuple[int, int, str]]:
    """Every resolvable date in ``text`` as ``(start, end, iso)``, in text order."""
    found: list[tuple[int, int, str]] = []
    if _DIGIT.search(text) is None:
        return found
    months = month_names(language)
    taken: list[tuple[int, int]] = []
    for _, pattern in _patterns(language):
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            raw_month = match.group("month")
            month = int(raw_month) if raw_month.isdigit() else months.get(raw_month.lower().rstrip("."))
            if not month:
                continue
            year = int(match.group("year")) if match.group("year") else None
            iso = resolve_date(int(match.group("day")), month, year, published)
            if iso:
                found.append((match.start(), match.end(), iso))
                taken.append((match.start(), match.end()))
    return sorted(found)


@lru_cache(maxsize=32)
def _weekday_pattern(language: str | None) -> tuple[re.Pattern, dict[str, int]]:
    """Wide weekday names of a language (CLDR, through babel) -> 0 (Monday) .. 6."""
    from babel import Locale

    names: dict[str, int] = {}
    try:
        days = Locale.parse(language or "en").days
        for context in ("format", "stand-alone"):
            for number, name in days.get(context, {}).get("wide", {}).items():
                names.setdefault(name.lower(), number)
    except Exception:  # noqa: BLE001 - a code babel does not know
        logger.debug("no CLDR weekday names for %r", language)
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or r"(?!x)x"
    endings = "|".join(re.escape(e) for e in sorted(_weekday_endings(language), key=len, reverse=True))
    ending = rf"(?:{endings})?" if endings else ""
    return re.compile(rf"(?i)(?<![^\W\d_])(?P<day>{alternation}){ending}(?![^\W\d_])"), names


def _weekday_endings(language: str | None) -> frozenset[str]:
    """Endings a weekday name takes ("i måndags", "på tisdagen"): ``weekday_endings.txt``.

    >>> sorted(_weekday_endings("sv"))
    ['en', 's']
    """
    from healthkg.loaders.extraction.rulefiles import load_words

    return load_words(language or "", "weekday_endings.txt", with_common=False)


def names_weekday(text: str, language: str | None) -> bool:
    """Whether the text names a day of the week ("el jueves", "on Tuesday").

    >>> names_weekday("La empresa firmó el jueves un acuerdo.", "es"), names_weekday("Firmó un acuerdo.", "es")
    (True, False)
    """
    pattern, _days = _weekday_pattern(language)
    return pattern.search(text) is not None


#: how many days before publication a stretch the text told of may open for a weekday to count from it
STRETCH_DAYS = 31


def find_weekday(text: str, language: str | None, published: str | None,
                 stretch: str | None = None) -> str | None:
    """The date of the first weekday named in ``text`` ("am Donnerstag"): the last such day on
    or before publication (news tells of the past week), that day of the week before when
    ``last_week.txt`` says so ("vorige week donderdag"), the last such day before the day of
    publication when ``last_weekday.txt`` says so ("lundi dernier", "el pasado lunes"), or ``None``.
    A ``stretch`` of days the text told of, opening up to :data:`STRETCH_DAYS` before publication
    ("From May 25 to 29 ... On Monday"), holds the weekday: its first such day on or after that.

    >>> find_weekday("Op donderdag werd een conferentie gehouden", "nl", "2023-10-09")
    '2023-10-05'
    >>> find_weekday("On Monday the delegation visited X", "en", "2026-06-04", stretch="2026-05-25")
    '2026-05-25'
    >>> find_weekday("On Monday they met", "en", None) is None
    True
    >>> find_weekday("I måndags träffades de", "sv", "2024-03-12")
    '2024-03-11'
    >>> find_weekday("a signé lundi dernier un accord", "fr", "2025-03-03")
    '2025-02-24'
    """
    if not published:
        return None
    pattern, names = _weekday_pattern(language)
    match = pattern.search(text)
    if match is None:
        return None
    try:
        pub = date.fromisoformat(published)
    except ValueError:
        return None
    day = names[match.group("day").lower()]
    if _next_to(text, match.start(), language, "last_week.txt"):  # "vorige week donderdag": that day of the week before
        return date.fromordinal(pub.toordinal() - pub.weekday() - 7 + day).isoformat()
    back = (pub.weekday() - day) % 7
    last_weekday = _next_to(text, match.start(), language, "last_weekday.txt")
    if back == 0 and last_weekday:
        back = 7  # "lundi dernier" in a Monday's news: the Monday before
    elif stretch is not None and not last_weekday:
        try:
            opened = date.fromisoformat(stretch).toordinal()
        except ValueError:
            opened = None
        found = pub.toordinal() - back
        if opened is not None and opened <= found and pub.toordinal() - opened <= STRETCH_DAYS:
            return date.fromordinal(found - 7 * ((found - opened) // 7)).isoformat()  # the first on or after it
    return date.fromordinal(pub.toordinal() - back).isoformat()


def _next_to(text: str, start: int, language: str | None, rule_file: str) -> bool:
    """Whether a phrase of ``rule_file`` (``last_week.txt``: "vorige week", "i sidste uge";
    ``last_weekday.txt``: "dernier", "pasado") stands right before the weekday at ``start``
    (or right after it: "torsdag i sidste uge", "lundi dernier").

    >>> _next_to("tekenden vorige week donderdag een akkoord", 21, "nl", "last_week.txt")
    True
    >>> _next_to("tekenden donderdag een akkoord", 9, "nl", "last_week.txt")
    False
    >>> _next_to("a signé lundi dernier un accord", 8, "fr", "last_weekday.txt")
    True
    """
    from healthkg.loaders.extraction.rulefiles import load_words

    phrases = load_words(language or "", rule_file, with_common=False)
    if not phrases:
        return False
    before = " ".join(text[max(0, start - 40):start].lower().split())
    after = " ".join(text[start:start + 60].lower().split()[1:4])
    return any(before.endswith(p) or after.startswith(p) for p in phrases)


def find_date(text: str, language: str | None, published: str | None) -> str | None:
    """The first resolvable date in ``text``, or ``None``."""
    found = find_dates(text, language, published)
    return found[0][2] if found else None
