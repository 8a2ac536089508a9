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

__all__ = ["find_date", "find_dates", "resolve_date", "month_names"]

logger = logging.getLogger(__name__)

_DIGIT = re.compile(r"\d")  # every date form has one


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
    months = "|".join(re.escape(m) for m in sorted(month_names(language), key=len, reverse=True))
    month = rf"(?P<month>{months})(?![^\W\d_])\.?"
    range_tail = r"(?:\s*(?:-|–|bis|til|to|au|al|a|e|och|og|tot)\s*\d{1,2}(?:\.|st|nd|rd|th)?)?"
    year = r"(?P<year>(?:19|20)\d{2})(?!\d)"
    return [
        ("iso", re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?!\d)")),
        ("dmy", re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d{2})(?!\d)")),
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


def find_date(text: str, language: str | None, published: str | None) -> str | None:
    """The first resolvable date in ``text``, or ``None``."""
    found = find_dates(text, language, published)
    return found[0][2] if found else None
