"""Companies named as examples after a plural company noun.

News lists the companies of a delegation or a fair by bare name: "German companies,
including Siemens Healthineers, Fresenius and B. Braun", "Unternehmen wie Dräger und
Sartorius", "virksomheder som Coloplast og Ambu". The names carry no head noun, but the
phrase before them says what they are: every run of capitalised words in the list that
no other recognizer claims is a ``Company``. The phrases are the ``company_examples`` class
of each language's ``relation_words.tsv``; runs that open with a known first name (a
person) or are one known place are left alone, and the other recognizers win ties.

>>> from healthkg.loaders.document import Document
>>> from healthkg.loaders.sentences import prepare_document
>>> from healthkg.loaders.extraction.tokens import document_sentences
>>> from healthkg.loaders.extraction.lexicon import lexicon
>>> text = "Firms such as Ardent Labs, Corvane and Brightwater Optics took part."
>>> sw = document_sentences(prepare_document(Document(id="t", source="t", text=text), "en"))[0]
>>> [" ".join(w.text for w in sw.words[c.start:c.end]) for c in recognize_company_lists(sw, lexicon("en"))]
['Ardent Labs', 'Corvane', 'Brightwater Optics']
"""
from __future__ import annotations

from functools import lru_cache

from healthkg.loaders.extraction.candidates import Candidate, register_recognizer
from healthkg.loaders.extraction.organizations import _and_words, _bare_body, _capitalised_run
from healthkg.loaders.extraction.rulefiles import load_lines, normalize

__all__ = ["recognize_company_lists"]

_CLASS = "company_examples"


@lru_cache(maxsize=None)
def _phrases(language: str | None) -> tuple[tuple[str, ...], ...]:
    """Word sequences of the list phrases of a language and English, longest first."""
    found = {tuple(normalize(row[0]).replace(",", " ,").split())  # the comma is a word of its own
             for lang in {language or "en", "en"}
             for row in load_lines(lang, "relation_words.tsv", with_common=False)
             if len(row) > 1 and row[1] == _CLASS}
    return tuple(sorted(found, key=len, reverse=True))


@register_recognizer("company_lists")
def recognize_company_lists(sw, lex) -> list[Candidate]:
    """Companies listed after "companies such as", "Unternehmen wie" and their equivalents."""
    words = sw.words
    lowers = [w.lower for w in words]
    out: list[Candidate] = []
    for phrase in _phrases(sw.language):
        if phrase[0] not in lowers:
            continue
        n = len(phrase)
        for i in range(len(words) - n):
            if tuple(lowers[i:i + n]) != phrase:
                continue
            j = i + n
            if j < len(words) and words[j].text == ",":
                j += 1  # "companies, including X"
            while j < len(words):
                end = _capitalised_run(words, j, lex)
                if end == j or not _bare_body(words[j:end], lex):
                    break
                out.append(Candidate(j, end, "Company", "company_lists", priority=5))
                k = end
                while k < len(words) and (words[k].text == "," or words[k].lower in _and_words(sw.language)
                                          or (k > end and words[k].lower in lex.articles)):
                    k += 1  # ", and the"
                if k == end:
                    break
                j = k
    return out
