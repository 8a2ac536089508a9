"""Money amounts in text: a number, an optional scale word and a currency.

Scale words, number words, currency symbols and everyday currency names are data
(``money_words.tsv`` per language); the currency names of CLDR (through babel, singular
and plural) and the ISO 4217 codes (through pycountry) are added for every language.
The decimal separator is read from the language's CLDR number symbols.

>>> find_amount("Die Beschaffung wird auf 10 Millionen US-Dollar geschätzt.", "de")
Amount(value=10000000.0, currency='USD')
>>> find_amount("a £70 million hospital", "en")
Amount(value=70000000.0, currency='GBP')
>>> find_amount("et projekt til 5 mio. kr.", "da")
Amount(value=5000000.0, currency='DKK')
>>> find_amount("Ein Volumen von €3,5 Mio.", "de")
Amount(value=3500000.0, currency='EUR')
>>> find_amount("ett avtal värt 12,5 MSEK", "sv")
Amount(value=12500000.0, currency='SEK')
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache

from healthkg.loaders.extraction.relations.lexicon import longest_first
from healthkg.loaders.extraction.rulefiles import load_lines
from healthkg.loaders.statements import Amount

__all__ = ["find_amount", "find_amounts", "local_currency", "parse_number", "MoneyWords", "money_words"]

logger = logging.getLogger(__name__)

_NUMBER = r"(?<![\d.,])(?:\d{1,3}(?:(?:[.,]|\s|\u00a0|\u202f)\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"


@dataclass
class MoneyWords:
    """Scale words, number words and currency names of a language, as regexes and maps."""

    language: str
    scales: dict[str, float]
    numbers: dict[str, float]
    currencies: dict[str, str]
    decimal: str
    pattern: re.Pattern
    #: what every amount holds: a digit, or a number word then a currency (no match: no amount)
    hint: re.Pattern | None = None
    #: currency words with a scale in them ("msek": a million SEK)
    currency_scales: dict[str, float] = field(default_factory=dict)


def _cldr_currencies(language: str) -> dict[str, str]:
    names: dict[str, str] = {}
    try:
        from babel import Locale

        locale = Locale.parse(language)
        for code, name in locale.currencies.items():
            names.setdefault(name.lower(), code)
        for code, forms in locale._data.get("currency_names_plural", {}).items():
            for form in forms.values():
                names.setdefault(form.lower(), code)
        for code, symbol in locale.currency_symbols.items():
            if not symbol.isalpha() and len(symbol) > 1:
                names.setdefault(symbol.lower(), code)
    except Exception:  # noqa: BLE001 - a language babel does not know
        logger.debug("no CLDR currency names for %r", language)
    return names


@lru_cache(maxsize=1)
def _iso_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def _decimal_symbol(language: str) -> str:
    try:
        from babel.numbers import get_decimal_symbol

        return get_decimal_symbol(language)
    except Exception:  # noqa: BLE001
        return "."


@lru_cache(maxsize=32)
def money_words(language: str) -> MoneyWords:
    """The money vocabulary of a language (its file, English as a fallback, CLDR, ISO).

    >>> money_words("da").currencies["kr."]
    'DKK'
    """
    scales: dict[str, float] = {}
    numbers: dict[str, float] = {}
    currencies: dict[str, str] = {}
    links: set[str] = set()
    currency_scales: dict[str, float] = {}
    for lang in dict.fromkeys((language, "en")):
        for row in load_lines(lang, "money_words.tsv", with_common=False):
            if len(row) < 2:
                continue
            phrase, kind, value = row[0].lower(), row[1], (row[2] if len(row) > 2 else "")
            if kind == "link":
                links.add(phrase)
            elif kind == "scale":
                scales.setdefault(phrase, float(value))
            elif kind == "number":
                numbers.setdefault(phrase, float(value))
            elif kind == "currency":
                code, _, scale = value.partition(" ")  # "SEK 1000000": "MSEK", a million SEK
                currencies.setdefault(phrase, code.upper())
                if scale:
                    currency_scales.setdefault(phrase, float(scale))
    for name, code in _cldr_currencies(language).items():
        currencies.setdefault(name, code)
    # longest first, as one prefix tree (a flat alternation of 600 names is slow)
    # (an ISO code may run into its number: "RMB126,000,000", "EUR16.1 million")
    cur = "|".join(p for p in (longest_first(currencies), r"\b(?-i:(?:[A-Z]{3}))(?![^\W\d_])") if p)
    scale = longest_first(scales)
    num = longest_first(numbers)
    number = f"(?:{_NUMBER})" + (f"|(?:{num})" if num else "")
    scale_part = rf"(?:\s*(?P<scale{{i}}>{scale}))?" if scale else ""
    before = (rf"(?P<cur1>{cur})\s?(?P<num1>{_NUMBER})" + scale_part.format(i=1))
    link = "|".join(re.escape(w) + (r"\s*" if w.endswith("'") else r"\s+")
                    for w in sorted(links, key=len, reverse=True))
    tail = scale_part.format(i=2) + (rf"\s*(?:{link})?" if link else r"\s*") + rf"(?P<cur2>{cur})"
    after = rf"(?P<num2>{number})" + tail
    pattern = re.compile(f"(?i:{before}|{after})")
    # without a digit only a number word and a currency after it make an amount
    hint = re.compile(r"\d" + (f"|(?i:(?P<num2>{num}){tail})" if num else ""))
    return MoneyWords(language, scales, numbers, currencies, _decimal_symbol(language), pattern, hint,
                      currency_scales)


def parse_number(text: str, decimal: str = ".", has_scale: bool = False) -> float:
    """A number written with group and decimal separators of a language.

    >>> parse_number("3,5", decimal=",")
    3.5
    >>> parse_number("1,000,000")
    1000000.0
    >>> parse_number("10.000", decimal=",")
    10000.0
    >>> parse_number("1.250", decimal=".", has_scale=True)
    1.25
    """
    raw = re.sub(r"[\s\u00a0\u202f']", "", text)
    seps = [c for c in raw if c in ".,"]
    if not seps:
        return float(raw)
    if "." in raw and "," in raw:
        dec = raw[max(raw.rfind("."), raw.rfind(","))]
        group = "," if dec == "." else "."
        return float(raw.replace(group, "").replace(dec, "."))
    sep = seps[0]
    if len(seps) > 1:
        return float(raw.replace(sep, ""))
    after = len(raw) - raw.index(sep) - 1
    if after != 3 or (sep == decimal and has_scale):
        return float(raw.replace(sep, "."))
    return float(raw.replace(sep, ""))


def find_amounts(text: str, language: str | None) -> list[tuple[int, int, Amount]]:
    """Every amount of money in ``text`` as ``(start, end, Amount)``.

    >>> [a.value for _, _, a in find_amounts("1 billion yuan and $2.5m", "en")]
    [1000000000.0, 2500000.0]
    """
    words = money_words(language or "en")
    found = []
    if words.hint is not None and words.hint.search(text) is None:
        return found
    for match in words.pattern.finditer(text):
        i = "1" if match.group("cur1") else "2"
        num_text, cur_text = match.group("num" + i), match.group("cur" + i)
        scale_text = match.group("scale" + i)
        cur_scale = words.currency_scales.get(cur_text.lower(), 1.0)
        number = words.numbers.get(num_text.lower())
        if number is None:
            try:
                number = parse_number(num_text, words.decimal, bool(scale_text) or cur_scale != 1.0)
            except ValueError:
                continue
        value = _exact(number * (words.scales.get(scale_text.lower(), 1.0) if scale_text else 1.0) * cur_scale)
        code = words.currencies.get(cur_text.lower())
        if code is None:
            code = cur_text.upper() if cur_text.upper() in _iso_codes() else None
        if code is None:
            continue
        found.append((match.start(), match.end(), Amount(value=value, currency=code)))
    return found


def _exact(value: float) -> float:
    """A scaled amount without the binary fraction's error ("4,1 miljoner": 4.1 * 1e6 is
    4099999.9999999995): rounded to the cent.

    >>> _exact(4.1 * 1_000_000), _exact(0.35 * 1_000_000_000), _exact(12.5)
    (4100000.0, 350000000.0, 12.5)
    """
    return round(value, 2)


def find_amount(text: str, language: str | None) -> Amount | None:
    """The first amount of money in ``text``, or ``None``."""
    found = find_amounts(text, language)
    return found[0][2] if found else None


def local_currency(amount: Amount, text: str, language: str | None, countries: frozenset[str]) -> Amount:
    """The amount in the currency of a country the document names, when the text wrote a
    currency word that several countries share and did not say whose ("1.800 millones de
    pesos" in news from Rosario: Argentine pesos, not the Mexican pesos a bare "pesos" reads
    as). ``countries`` are the ISO 3166 codes of the countries the document names; exactly one
    of them, not the default currency's own country, must have a currency of that name.

    >>> local_currency(Amount(1.8e9, "MXN"), "una inversión de 1.800 millones de pesos", "es", frozenset({"AR", "CN"}))
    Amount(value=1800000000.0, currency='ARS')
    >>> local_currency(Amount(1.8e9, "MXN"), "1.800 millones de pesos mexicanos", "es", frozenset({"AR"}))
    Amount(value=1800000000.0, currency='MXN')
    >>> local_currency(Amount(5e6, "USD"), "5 million dollars", "en", frozenset({"US", "CA"}))
    Amount(value=5000000.0, currency='USD')
    """
    if not countries:
        return amount
    from babel.numbers import get_currency_name, get_territory_currencies

    locale = language or "en"
    try:
        words = get_currency_name(amount.currency, locale=locale).lower().split()
    except Exception:  # noqa: BLE001 - a locale babel lacks: keep the amount as read
        return amount
    if not words or any(w[:5] in text.lower() for w in words[1:] if len(w) >= 5):
        return amount  # "pesos mexicanos": the text says whose
    if any(amount.currency in get_territory_currencies(code) for code in countries):
        return amount  # the default currency's own country is named
    found = {currency for code in countries for currency in get_territory_currencies(code)
             if currency != amount.currency
             and get_currency_name(currency, locale=locale).lower().split()[:1] == words[:1]}
    return Amount(amount.value, found.pop()) if len(found) == 1 else amount
