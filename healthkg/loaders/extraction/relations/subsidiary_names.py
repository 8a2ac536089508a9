"""Subsidiaries named after their group: the group's brand and a country, region or city.

Groups name their foreign companies by their brand and where they work: "Tongxin Medical
Europe GmbH" of "Hefei Tongxin Medical Equipment Co., Ltd.", "Lanshan Farmacêutica do Brasil
Ltda." of "Kunming Lanshan Pharmaceutical Group", "Hedeland (Harbin) Medical Equipment Co.,
Ltd." of "Hedeland Medical A/S", "Lanxin Nordic AB" of "Changchun Lanxin Biotechnology". A
company whose name opens with another's brand (its first word that is no city) and adds a
country, a world region, a city or a market region of ``common/market_regions.txt``
("Nordic", "Benelux") that the other's name lacks is its subsidiary. The reader applies it
only in a document that speaks of subsidiaries.

>>> is_subsidiary_name("Tongxin Medical Europe GmbH", "Hefei Tongxin Medical Equipment Co., Ltd.")
True
>>> is_subsidiary_name("Lanxin Nordic AB", "Changchun Lanxin Biotechnology Co., Ltd.")
True
>>> is_subsidiary_name("Tarvik Medical Europe NV", "Hubei Tarvik Medical Technology Co., Ltd.")
True
>>> is_subsidiary_name("Hefei Tongxin Medical Equipment Co., Ltd.", "Tongxin Medical Europe GmbH")
False
>>> is_subsidiary_name("Tongxin Diagnostics GmbH", "Hefei Tongxin Medical Equipment Co., Ltd.")
False
>>> is_subsidiary_name("Wirtschaftsförderung Celle GmbH", "Wirtschaftsförderung und Innovation Niedersachsen GmbH")
False
"""
from __future__ import annotations

import re
from functools import lru_cache

from healthkg.loaders.extraction.lexicon import legal_forms
from healthkg.loaders.extraction.rulefiles import load_words
from healthkg.loaders.gazetteer import gazetteer
from healthkg.loaders.resolution.countries import country_code, world_region_code

__all__ = ["is_geographic", "is_subsidiary_name"]

_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


@lru_cache(maxsize=4096)
def _words(name: str) -> tuple[str, ...]:
    """The words of a company's name without legal forms."""
    forms = legal_forms()
    return tuple(w for w in _WORD.findall(name) if w.lower() not in forms and w.lower().rstrip(".") not in forms)


def _place_type(word: str) -> str | None:
    """The gazetteer type of a word ("City", "Region", "Country"), or ``None``."""
    place = gazetteer().get(word)
    return place.type if place is not None else None


def is_geographic(word: str) -> bool:
    """A country, a world region, a city or a market region ("Europe", "Italia", "Harbin", "Nordic")."""
    return country_code(word) is not None or world_region_code(word) is not None or _place_type(word) == "City" \
        or word.lower() in load_words("", "market_regions.txt")


def _brand(words: tuple[str, ...]) -> tuple[str | None, tuple[str, ...]]:
    """The brand of a group's name and the words after it: the second word after a city
    ("Hefei | Tongxin | Medical Equipment", "Kunming | Lanshan | Pharmaceutical Group", where
    Lanshan is a town too), else the first word when it is no place."""
    if len(words) >= 2 and _place_type(words[0]) in ("City", "Region"):  # (or a province: "Hubei | Tarvik | Medical")
        brand, rest = words[1], words[2:]
    elif words and not is_geographic(words[0]):
        brand, rest = words[0], words[1:]
    else:
        return None, ()
    return (brand if len(brand) > 2 else None), rest


def is_subsidiary_name(child: str, parent: str) -> bool:
    """Whether ``child`` names a subsidiary of ``parent`` by the parent's brand and a place."""
    child_words, parent_words = _words(child), _words(parent)
    brand, rest = _brand(parent_words)
    if brand is None or not child_words or child_words[0] != brand:
        return False
    added = [w for w in child_words[1:] if w not in parent_words]
    # (a parent named by a region after its first word is a region's body, and one named after another
    # place is the same kind of body there: "Wirtschaftsförderung ... Niedersachsen GmbH" and
    # "Wirtschaftsförderung Celle GmbH")
    return any(is_geographic(w) for w in added) and not any(is_geographic(w) or _place_type(w) == "Region" for w in rest)
