"""How often a word is written, from wordfreq's word lists (a registry data package built from
subtitles, news, books, Wikipedia and the web in each of the ten languages).

A company's brand is mostly a coined word ("Medivio", "Brivanto", "Tianmu") that no one writes
but as the company's name; a word of the language ("Nordic", "Global", "Electric") or a city
that news writes about ("Chengdu") is no brand on its own. :func:`is_coined` tells the two
apart: the word is rare (Zipf frequency below ``COINED_ZIPF``) both in the text's language and
in English, which news in every language quotes.

>>> is_coined("Brivanto", "es"), is_coined("Nordic", "sv"), is_coined("Chengdu", "de")
(True, False, False)
"""
from __future__ import annotations

from functools import lru_cache

from healthkg.loaders.language import SUPPORTED_LANGUAGES

__all__ = ["COINED_ZIPF", "is_coined", "is_local_name"]

#: a word written less often than about once in a hundred million words (Zipf 2.0) is coined
COINED_ZIPF = 2.0

#: a local name is written less often than this in English (surnames that are towns too, "Berg",
#: "Jensen", "Rossi", are written more: about once in three million words)
LOCAL_ENGLISH_ZIPF = 2.5
#: ... and less often than this in its own language (no common word: "Sala", "Vita")
LOCAL_OWN_ZIPF = 4.5

#: wordfreq's codes where they differ from ours (Norwegian is its Bokmål list)
_WORDFREQ_CODES = {"no": "nb"}


@lru_cache(maxsize=65536)
def is_coined(word: str, language: str | None) -> bool:
    """Whether a word is rare in the text's language and in English (a coined name).

    >>> is_coined("Tarvoni", "no"), is_coined("Vita", "it")
    (True, False)
    """
    from wordfreq import zipf_frequency

    return all(zipf_frequency(word, code) < COINED_ZIPF for code in {"en", _wordfreq_code(language)})


@lru_cache(maxsize=65536)
def is_local_name(word: str, language: str | None) -> bool:
    """Whether a word is a name written in the text's language but hardly in English: a small
    town local news writes of ("Lyngdal", "Spello"), not a surname English news also writes
    ("Jensen") nor a common word ("Sala").

    >>> is_local_name("Lyngdal", "no"), is_local_name("Jensen", "da"), is_local_name("Sala", "es")
    (True, False, False)
    """
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") < LOCAL_ENGLISH_ZIPF \
        and zipf_frequency(word, _wordfreq_code(language)) < LOCAL_OWN_ZIPF


def _wordfreq_code(language: str | None) -> str:
    """wordfreq's code of one of the ten languages ("no" is its "nb"), English for any other."""
    return _WORDFREQ_CODES.get(language, language) if language in SUPPORTED_LANGUAGES else "en"
