"""Bodies named only by their bare name after a person's title: "Tobias Ahlgrim, vd för
Flemingsberg Science", "daglig leder i Fjellbris", "directeur van Brightlane".

A title of ``person_titles.txt`` followed by a word of class ``title_of`` of the language's
``relation_words.tsv`` (the prepositions that introduce the body a title belongs to) says
that the capitalised run after it is a body, even without a head noun. Only languages
that write common nouns and portfolios in lower case list such words (Danish, Norwegian,
Swedish, Dutch): in English "director of Human Resources" names no body. The run obeys the
rules of the cue lists (no known place alone, no first name, article or stop word first,
not running on over "in <Name>"); the candidates are typed ``Organization`` and lose to
every other recognizer on a tie.

>>> from healthkg.loaders.document import Document
>>> from healthkg.loaders.sentences import prepare_document
>>> from healthkg.loaders.extraction.tokens import document_sentences
>>> from healthkg.loaders.extraction.lexicon import lexicon
>>> def found(text, language):
...     sw = document_sentences(prepare_document(Document(id="t", source="t", text=text), language))[0]
...     return [" ".join(w.text for w in sw.words[c.start:c.end]) for c in recognize_titled_bodies(sw, lexicon(language))]
>>> found("Avtalet undertecknades av Tobias Ahlgrim, vd för Flemingsberg Science, i går.", "sv")
['Flemingsberg Science']
>>> found("Avtalet undertecknades av vd för Stockholm i går.", "sv"), found("The director of Human Resources spoke.", "en")
([], [])
"""
from __future__ import annotations

from functools import lru_cache

from healthkg.loaders.extraction.candidates import Candidate, register_recognizer
from healthkg.loaders.extraction.cue_lists import bare_body, capitalised_run
from healthkg.loaders.extraction.lexicon import first_names
from healthkg.loaders.extraction.places import IN_WORDS
from healthkg.loaders.extraction.rulefiles import load_lines, normalize

__all__ = ["recognize_titled_bodies"]

#: loses to every other recognizer on a tie
PRIORITY = 6


@lru_cache(maxsize=None)
def _title_of_words(language: str | None) -> frozenset[str]:
    """The words of class ``title_of`` of a language (none in English).

    >>> sorted(_title_of_words("sv"))[:3], _title_of_words("en")
    (['för', 'hos', 'i'], frozenset())
    """
    return frozenset(normalize(row[0]) for row in load_lines(language or "en", "relation_words.tsv", with_common=False)
                     if len(row) > 1 and row[1] == "title_of")


@register_recognizer("titled_bodies")
def recognize_titled_bodies(sw, lex) -> list[Candidate]:
    """Bare names of bodies right after a title and a ``title_of`` word."""
    words = sw.words
    cues = _title_of_words(sw.language or lex.language)
    out: list[Candidate] = []
    if not cues or sw.title_case:
        return out
    for i in range(1, len(words) - 1):
        if words[i].lower not in cues or words[i].cap or not lex.is_title(words[i - 1].text):
            continue
        start = i + 1
        end = capitalised_run(words, start, lex)
        end = next((k for k in range(start + 1, end) if words[k].text in first_names()), end)  # "... | Jesper Munk"
        if end == start or any(lex.head_of(w.text) is not None or (w.lower,) in lex.heads for w in words[start:end]):
            continue  # a name with its head is the organisation recognizer's ("Borgmester i Aalborg Kommune")
        if end - start == 1 and words[start].upper:
            continue  # an acronym: the body that defines it names it ("Daglig leder i NCCT")
        runs_on = end + 1 < len(words) and words[end].lower in (lex.connectors | IN_WORDS) and words[end + 1].cap
        if not runs_on and bare_body(words[start:end], lex):
            out.append(Candidate(start, end, "Organization", "titled_bodies", priority=PRIORITY))
    return out
