"""Language identification for documents and sentences.

The detector is lingua, restricted to the ten languages healthkg reads (English,
German, Danish, Swedish, Norwegian, Dutch, French, Spanish, Italian, Portuguese),
built once on first use (about 1 s and 300 MB), never at import.

Codes are ISO 639-1. Norwegian is reported as ``"no"`` (lingua's Bokmål and Nynorsk
both map to it); :func:`spacy_code` turns it into spaCy's ``"nb"``.

Detection is the slowest step of extraction, so :func:`sentence_language` first asks a
cheap question: do the sentence's function words (spaCy's stop word lists) point to the
document language? Only when they do not is lingua asked. Short sentences (under
:data:`MIN_LETTERS` letters) inherit the document language.

>>> detect_language("Der Vorsitzende der Handelskammer unterzeichnete ein Memorandum.")
'de'
>>> sentence_language("OK.", "da")
'da'
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from functools import lru_cache
from itertools import chain

__all__ = [
    "SUPPORTED_LANGUAGES", "MIN_LETTERS", "detect_language", "document_language", "sentence_language",
    "spacy_code", "stopwords",
]

logger = logging.getLogger(__name__)

#: ISO 639-1 codes of the languages healthkg reads.
SUPPORTED_LANGUAGES = ("en", "de", "da", "sv", "no", "nl", "fr", "es", "it", "pt")
#: Sentences with fewer letters than this inherit the document language.
MIN_LETTERS = 20

_LINGUA_NAMES = {
    "en": ("ENGLISH",), "de": ("GERMAN",), "da": ("DANISH",), "sv": ("SWEDISH",),
    "no": ("BOKMAL", "NYNORSK"), "nl": ("DUTCH",), "fr": ("FRENCH",), "es": ("SPANISH",),
    "it": ("ITALIAN",), "pt": ("PORTUGUESE",),
}
_SPACY_CODES = {"no": "nb"}
_WORD = re.compile(r"[^\W\d_]+")


def spacy_code(language: str | None) -> str:
    """The spaCy language code for an ISO 639-1 code (``xx`` when unknown).

    >>> spacy_code("no"), spacy_code("de"), spacy_code(None)
    ('nb', 'de', 'xx')
    """
    if language not in SUPPORTED_LANGUAGES:
        return "xx"
    return _SPACY_CODES.get(language, language)


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for names in _LINGUA_NAMES.values() for name in names]
    logger.debug("building lingua detector for %d languages", len(languages))
    return LanguageDetectorBuilder.from_languages(*languages).build()


@lru_cache(maxsize=1)
def _codes_by_lingua_name() -> dict[str, str]:
    return {name: code for code, names in _LINGUA_NAMES.items() for name in names}


@lru_cache(maxsize=None)
def stopwords(language: str) -> frozenset[str]:
    """spaCy's stop words of a supported language (lower case); empty for others.

    >>> "und" in stopwords("de")
    True
    """
    if language not in SUPPORTED_LANGUAGES:
        return frozenset()
    return frozenset(w.lower() for w in _stop_words_module(spacy_code(language)).STOP_WORDS)


def _stop_words_module(code: str):
    """spaCy's ``spacy/lang/<code>/stop_words.py``, run on its own.

    Importing it the usual way imports its language package first, and with it the
    tokenizer exceptions: seconds for French (a large regular expression), for ten
    languages on every start. The stop word modules import nothing.
    """
    import importlib.util
    from pathlib import Path

    spacy_dir = Path(importlib.util.find_spec("spacy").origin).parent
    spec = importlib.util.spec_from_file_location(f"_healthkg_stop_words_{code}",
                                                  spacy_dir / "lang" / code / "stop_words.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@lru_cache(maxsize=1)
def _stopword_languages() -> dict[str, frozenset[str]]:
    """word -> the languages whose stop word list has it."""
    index: dict[str, set[str]] = {}
    for code in SUPPORTED_LANGUAGES:
        for word in stopwords(code):
            index.setdefault(word, set()).add(code)
    return {word: frozenset(codes) for word, codes in index.items()}


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or ``None`` when undecidable.

    >>> detect_language("Huang Keli said that the hospital management system is efficient.")
    'en'
    >>> detect_language("12345") is None
    True
    """
    if not text or not _WORD.search(text):
        return None
    language = _detector().detect_language_of(text)
    if language is None:
        return None
    return _codes_by_lingua_name().get(language.name)


_SCANDINAVIAN = frozenset({"da", "sv", "no"})


def _stopword_counts(text: str) -> dict[str, int]:
    """How many words of the text each language's stop word list has."""
    words = _WORD.findall(text.lower())
    return Counter(chain.from_iterable(filter(None, map(_stopword_languages().get, words))))


def _clear_winner(counts: dict[str, int], minimum: int) -> str | None:
    """The language whose stop words clearly dominate (never between Scandinavian ones)."""
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    best, hits = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0
    if hits < minimum or runner * 2 > hits or best in _SCANDINAVIAN:
        return None
    return best


@lru_cache(maxsize=1)
def _exclusive_stopwords() -> dict[str, str]:
    """Stop words that belong to one language only -> that language."""
    return {word: next(iter(codes)) for word, codes in _stopword_languages().items() if len(codes) == 1}


def document_language(text: str) -> str | None:
    """The main language of a document: stop words when they are clear, else lingua.

    The clear case: at least six function words that only one language has, three
    times as many as the next language's (Danish, Swedish and Norwegian always go to
    lingua).

    >>> document_language("Die Stadt und das Krankenhaus haben mit der Universität einen Vertrag.")
    'de'
    """
    sample = text[:3000]
    counts = Counter(filter(None, map(_exclusive_stopwords().get, _WORD.findall(sample.lower()))))
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 6 and ranked[0][0] not in _SCANDINAVIAN and (
            len(ranked) == 1 or ranked[1][1] * 3 <= ranked[0][1]):
        return ranked[0][0]
    return detect_language(sample[:600])


def _has_letters(text: str, minimum: int, chunk: int = 32) -> bool:
    """Whether the text has at least ``minimum`` letters (``str.isalpha``), counted a
    chunk at a time up to the one that reaches it, not over the whole sentence.

    >>> _has_letters("12 ab 34 cd", 4, chunk=3), _has_letters("12 ab 34 cd", 5, chunk=3)
    (True, False)
    """
    count = 0
    for start in range(0, len(text), chunk):
        count += sum(map(str.isalpha, text[start:start + chunk]))
        if count >= minimum:
            return True
    return count >= minimum


def sentence_language(text: str, document_language: str | None) -> str | None:
    """The language of one sentence of a document in ``document_language``.

    Short sentences inherit the document language; sentences whose function words
    belong to the document language inherit it too; a sentence whose function words
    clearly belong to another language takes it; lingua decides the rest (but never moves a
    Danish, Swedish or Norwegian document's sentence to another of the three).

    >>> sentence_language("The director of cardiac surgery said that it is comparable.", "da")
    'en'
    >>> sentence_language("Besøget var meget produktivt og virkningsfuldt for os.", "da")
    'da'
    >>> sentence_language("Nordlys Medico A/S skal bygge en ny fabrik i Ningbo til 50 millioner kroner.", "da")
    'da'
    """
    if not _has_letters(text, MIN_LETTERS):
        return document_language
    if document_language is not None:
        counts = _stopword_counts(text)
        own = counts.get(document_language, 0)
        best = max(counts.values(), default=0)
        if own >= 2 and own == best:
            return document_language
        winner = _clear_winner(counts, minimum=3)
        if winner is not None and own * 2 <= best:
            return winner
    detected = detect_language(text[:400])
    if document_language in _SCANDINAVIAN and detected in _SCANDINAVIAN:
        return document_language  # a Danish article does not turn Norwegian for one sentence
    return detected or document_language
