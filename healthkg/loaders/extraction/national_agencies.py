"""National agencies named by an English word and their country: "Enterprise Estonia",
"Business Finland", "Innovation Denmark", "Invest Northern Ireland".

Such a name is one word of ``common/agency_words.txt`` and a country or region of the
gazetteer that closes the name (no capitalised word follows). The gazetteer may know the first
word as a town too ("Enterprise", Alabama): the agency's longer span wins. The candidates are
typed ``GovernmentBody`` and lose to every other recognizer on a tie.

>>> from healthkg.loaders.document import Document
>>> from healthkg.loaders.sentences import prepare_document
>>> from healthkg.loaders.extraction.tokens import document_sentences
>>> from healthkg.loaders.extraction.lexicon import lexicon
>>> def found(text, language):
...     sw = document_sentences(prepare_document(Document(id="t", source="t", text=text), language))[0]
...     return [" ".join(w.text for w in sw.words[c.start:c.end]) for c in recognize_national_agencies(sw, lexicon(language))]
>>> found("Avtalet stöds av Business Finland och Innovation Denmark.", "sv")
['Business Finland', 'Innovation Denmark']
>>> found("The Business Finland Award went to Lund.", "en"), found("Trade with Sweden grew.", "en")
([], [])
"""
from __future__ import annotations

from healthkg.loaders.extraction.candidates import Candidate, register_recognizer
from healthkg.loaders.extraction.rulefiles import load_words, normalize
from healthkg.loaders.gazetteer import gazetteer

__all__ = ["recognize_national_agencies"]

#: the longest country or region name after the agency's word, in words ("Northern Ireland")
MAX_PLACE_WORDS = 3
#: loses to every other recognizer on a tie
PRIORITY = 6


@register_recognizer("national_agencies")
def recognize_national_agencies(sw, lex) -> list[Candidate]:
    """An agency word and the country or region that closes the name (see the module doc)."""
    words = sw.words
    agency_words = load_words("", "agency_words.txt")
    out: list[Candidate] = []
    for i in range(len(words) - 1):
        if not words[i].cap or normalize(words[i].text) not in agency_words:
            continue
        for size in range(min(MAX_PLACE_WORDS, len(words) - i - 1), 0, -1):
            run = words[i + 1:i + 1 + size]
            if not all(w.cap for w in run):
                continue
            place = gazetteer().get(" ".join(w.text for w in run))
            if place is None or place.type not in ("Country", "Region"):
                continue
            end = i + 1 + size
            if end < len(words) and words[end].cap and words[end].alpha:
                break  # part of a longer name ("the Business Finland Award")
            out.append(Candidate(i, end, "GovernmentBody", "national_agencies", priority=PRIORITY))
            break
    return out
