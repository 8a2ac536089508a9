"""Names of meetings, which are no organizations: "the Guiyang-Upper Austria Medical
Technology Matchmaking Meeting was held", "das Sino-German Medical Technology Forum".

A run of capitalised words that closes with a capitalised meeting noun (class ``meeting``
of ``<lang>/event_triggers.tsv`` in the sentence's language and in English: "Meeting",
"Forum", "Symposium", "Konferenz") names an event. An organization's head inside the run
("Medical Technology", a company's trade words) does not make a company of its words; the
places inside it stay places.

>>> from healthkg.loaders.extraction.tokens import Word
>>> words = [Word(t, 0, 0) for t in "the Guiyang Medical Technology Matchmaking Meeting was held".split()]
>>> sorted(event_name_words(words, "en"))
[1, 2, 3, 4, 5]
>>> event_name_words([Word(t, 0, 0) for t in "Harbin Medical Technology met".split()], "en")
set()
"""
from __future__ import annotations

from functools import lru_cache

from healthkg.loaders.extraction.rulefiles import load_table

__all__ = ["event_name_words"]

#: the most capitalised words read before the meeting noun
_MAX_NAME_WORDS = 8


@lru_cache(maxsize=None)
def _meeting_nouns(language: str | None) -> frozenset[str]:
    """One-word meeting nouns of a language and of English, lower case."""
    return frozenset(row[0].lower() for code in {language or "en", "en"}
                     for row in load_table(code, "event_triggers.tsv", with_common=False)
                     if len(row) > 1 and row[1] == "meeting" and " " not in row[0])


def event_name_words(words, language: str | None) -> set[int]:
    """Indexes of the words of meeting names in a sentence: capitalised words (and hyphenated
    ones) right before a capitalised meeting noun, the noun included."""
    nouns = _meeting_nouns(language)
    found: set[int] = set()
    for k, word in enumerate(words):
        if k == 0 or not word.text[:1].isupper() or word.text.lower() not in nouns:
            continue
        start = k
        while start > 0 and k - start < _MAX_NAME_WORDS and words[start - 1].text[:1].isupper() \
                and words[start - 1].text.replace("-", "").isalpha():
            start -= 1
        if k - start >= 2:  # a name before the noun, not "the Forum" alone or "Oslo Forum"
            found.update(range(start, k + 1))
    return found
