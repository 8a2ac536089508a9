"""Bare names listed after a cue phrase that says what they are.

News names bodies by bare name where a phrase before them says what they are: organizers
and partners ("arrangeret af Region Midtjylland og Invest", "co-organisé par Rhodanor et
la Chambre ..."), companies of a delegation or a fair ("German companies, including
Siemens Healthineers, Fresenius and B. Braun", "Unternehmen wie Dräger und Sartorius").
The names carry no head noun; every run of capitalised words of the list that no other
recognizer claims gets the type the cue gives.

One table, ``rules/common/cue_lists.tsv``, says which recognizer reads which classes of
cue phrases (from each language's ``relation_words.tsv``), the entity type they give, the
least number of words of a cue, and what joins the names of a list. Every row is a
recognizer of the registry (``organizers``, ``company_lists``). Runs that open with a known
first name (a person), an article or a stop word, are one known place, or run on into
"in <Name>" ("Invest in Denmark": unsure where the name ends) are left alone; the other
recognizers win ties (lowest priority).

>>> from healthkg.loaders.document import Document
>>> from healthkg.loaders.sentences import prepare_document
>>> from healthkg.loaders.extraction.tokens import document_sentences
>>> from healthkg.loaders.extraction.lexicon import lexicon
>>> from healthkg.loaders.extraction.candidates import RECOGNIZERS
>>> def listed(recognizer, text, language):
...     sw = document_sentences(prepare_document(Document(id="t", source="t", text=text), language))[0]
...     return [(c.type, " ".join(w.text for w in sw.words[c.start:c.end]))
...             for c in RECOGNIZERS[recognizer](sw, lexicon(language))]
>>> listed("company_lists", "Firms such as Ardent Labs, Corvane and Brightwater Optics took part.", "en")
[('Company', 'Ardent Labs'), ('Company', 'Corvane'), ('Company', 'Brightwater Optics')]
>>> listed("organizers", "Le colloque était co-organisé par Rhodanor et la Chambre de commerce de Valence.", "fr")
[('Organization', 'Rhodanor'), ('Organization', 'Chambre')]

("Chambre" loses to the longer "Chambre de commerce de Valence" of the head-noun recognizer.)
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache, partial

from healthkg.loaders.extraction.candidates import Candidate, register_recognizer
from healthkg.loaders.extraction.demonyms import is_nationality
from healthkg.loaders.extraction.lexicon import first_names, generic_compound
from healthkg.loaders.extraction.places import IN_WORDS
from healthkg.loaders.extraction.rulefiles import COMMON, load_lines, normalize
from healthkg.loaders.extraction.tokens import Word
from healthkg.loaders.gazetteer import gazetteer

__all__ = ["CueList", "cue_lists", "and_words", "recognize_listed_names"]

RULE_FILE = "cue_lists.tsv"
#: the longest run of capitalised words read as one name
MAX_NAME_WORDS = 4


@dataclass(frozen=True)
class CueList:
    """One row of ``cue_lists.tsv``: a recognizer of names listed after cue phrases."""

    recognizer: str
    classes: tuple[str, ...]
    type: str
    least_words: int
    joins: frozenset[str]


@lru_cache(maxsize=None)
def cue_lists() -> tuple[CueList, ...]:
    """The rows of ``rules/common/cue_lists.tsv``.

    >>> [(c.recognizer, c.type) for c in cue_lists()]
    [('organizers', 'Organization'), ('company_lists', 'Company')]
    """
    return tuple(CueList(row[0], tuple(row[1].split(",")), row[2], int(row[3]), frozenset(row[4].split(",")))
                 for row in load_lines(COMMON, RULE_FILE, with_common=False))


@lru_cache(maxsize=None)
def _phrases(language: str | None, classes: tuple[str, ...], least_words: int) -> tuple[tuple[str, ...], ...]:
    """Word sequences of the cue phrases of a language and English, longest first; a comma
    is a word of its own ("companies, including").

    >>> _phrases("de", ("company_examples",), 1)[:2]
    (('companies', ',', 'such', 'as'), ('companies', ',', 'including'))
    """
    found = set()
    for lang in {language or "en", "en"}:
        for row in load_lines(lang, "relation_words.tsv", with_common=False):
            if len(row) > 1 and row[1] in classes:
                words = tuple(normalize(row[0]).replace(",", " ,").split())
                if len(words) >= least_words:
                    found.add(words)
    return tuple(sorted(found, key=lambda words: (-len(words), words)))


@lru_cache(maxsize=None)
def and_words(language: str | None) -> frozenset[str]:
    """The words "and" of a language and English (class ``and`` of ``relation_words.tsv``).

    >>> sorted(and_words("da"))
    ['&', 'and', 'og']
    """
    return frozenset(normalize(row[0]) for lang in {language or "en", "en"}
                     for row in load_lines(lang, "relation_words.tsv", with_common=False)
                     if len(row) > 1 and row[1] == "and")


def capitalised_run(words, j, lex) -> int:
    """End of the run of capitalised words from ``j`` that are no title (at most four); an
    ampersand between two of them is inside the name ("Flanders Investment & Trade").

    >>> from healthkg.loaders.extraction.tokens import Word
    >>> from healthkg.loaders.extraction.lexicon import lexicon
    >>> capitalised_run([Word(t, 0, 0) for t in "Flanders Investment & Trade en".split()], 0, lexicon("nl"))
    4
    """
    end = j
    while end < len(words) and end - j < MAX_NAME_WORDS:
        word = words[end]
        if word.text == "&" and end > j and end + 1 < len(words) and words[end + 1].cap and words[end + 1].alpha:
            end += 1
            continue
        if not (word.cap and word.alpha and not lex.is_title_word(word.text)):
            break
        end += 1
    return end


def bare_body(span, lex) -> bool:
    """A run that can be a body's name: not one known place, not opening with a first
    name, an article or a stop word, and not one generic compound noun ("gemeinsam mit dem
    Uniklinikum": the university hospital named before, not a name)."""
    first = span[0]
    if first.lower in lex.articles or lex.is_stopword(first.text) or first.text in first_names():
        return False
    if len(span) == 1 and generic_compound(first.text) and lex.head_of(first.text):
        return False
    if len(span) == 1 and is_nationality(Word(first.text.lower(), first.start, first.end)):
        return False  # "together with the Danish registries": an English nationality adjective
    return not (len(span) == 1 and gazetteer().get(first.text) is not None)


def recognize_listed_names(sw, lex, cue: CueList) -> list[Candidate]:
    """Names listed after the cue phrases of ``cue`` (see the module doc)."""
    words = sw.words
    lowers = [w.lower for w in words]
    phrases = _phrases(sw.language, cue.classes, cue.least_words)
    present = set(lowers)
    out: list[Candidate] = []
    for phrase in phrases:
        if phrase[0] not in present:
            continue
        n = len(phrase)
        for i in range(len(words) - n):
            if lowers[i] != phrase[0] or tuple(lowers[i:i + n]) != phrase:
                continue
            out.extend(_listed(words, i + n, lex, sw.language, cue))
    return out


def _listed(words, j, lex, language, cue: CueList) -> list[Candidate]:
    """The names of the list that starts at word ``j``, right after a cue phrase."""
    found = []
    joins = and_words(language) if "and" in cue.joins else frozenset()
    if "comma" in cue.joins and j < len(words) and words[j].text == ",":
        j += 1  # "companies, including X"
    while j < len(words):
        while j < len(words) and words[j].lower in lex.articles and not words[j].cap:
            j += 1
        end = capitalised_run(words, j, lex)
        if end == j:
            break
        runs_on = end + 1 < len(words) and words[end].lower in (lex.connectors | IN_WORDS) - joins \
            and words[end + 1].cap  # "Invest in Denmark" or "X in Denmark": unsure
        if not runs_on and bare_body(words[j:end], lex):
            found.append(Candidate(j, end, cue.type, cue.recognizer, priority=5))
        k = end
        while k < len(words) and (words[k].lower in joins or ("comma" in cue.joins and words[k].text == ",")):
            k += 1
        if k == end:
            break
        j = k
    return found


for _cue in cue_lists():
    register_recognizer(_cue.recognizer)(partial(recognize_listed_names, cue=_cue))
