"""Entity recognition: people, organisations and places, with every mention.

No statistical NER model can be downloaded here, so recognition is rule- and
gazetteer-based, on spaCy's blank tokenizer:

1. each sentence is read with the rules of its own language
   (:mod:`~healthkg.loaders.extraction.lexicon`, data in ``healthkg/loaders/rules``);
2. every recognizer of the registry (:mod:`~healthkg.loaders.extraction.candidates`:
   ``places``, ``place_patterns``, ``organizations``, ``chinese_names``, ``western_names``,
   ``titled_names``; a spaCy model's NER can be registered as one more) proposes spans;
3. overlapping spans are resolved longest first (places before organisations before
   people on ties); entities named inside the part of an organisation's name after a
   connector ("Krankenhaus der | Medizinischen Universität Chongqing", "Life Science Park
   i | Limburg") are kept as nested entities;
4. acronyms defined in the text ("... (CRI)") and camel-case or all-caps words that open an
   organisation's name ("UMass") are found where they stand alone;
5. mentions are grouped into entities (:mod:`~healthkg.loaders.extraction.grouping`):
   places by gazetteer entry, organisations by a case-normalised key plus fuzzy matching,
   people by surname and given-name similarity (rapidfuzz).

Ids are provisional: ``person/<slug>``, ``org/<slug>``, ``place/<slug>``.

>>> from healthkg.loaders.document import Document
>>> from healthkg.loaders.sentences import prepare_document
>>> text = ("Dr. Maria Keller, director of Zurich Heart Hospital, met Zhang Wei in Kina. "
...         "Zhang wei praised Zurich Heart Hospital.")
>>> doc = prepare_document(Document(id="t", source="t", text=text), "en")
>>> [(e.type, e.name, len(e.mentions)) for e in recognize_entities(doc)]
[('Person', 'Maria Keller', 1), ('Hospital', 'Zurich Heart Hospital', 2), ('Person', 'Zhang Wei', 2), ('Country', 'Kina', 1)]
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from healthkg.errors import ExtractionError
from healthkg.loaders.document import Document
from healthkg.loaders.extraction.candidates import Candidate, recognizers
from healthkg.loaders.extraction.grouping import group_mentions
from healthkg.loaders.extraction.lexicon import lexicon
from healthkg.loaders.extraction.tokens import SentenceWords, document_sentences
from healthkg.loaders.statements import Entity

__all__ = ["recognize_entities", "FoundMention", "resolve_overlaps"]

logger = logging.getLogger(__name__)


@dataclass
class FoundMention:
    """A resolved span: what grouping needs to build entities."""

    text: str
    start: int
    end: int
    type: str
    name: str
    language: str | None
    source: str
    place: object | None = None
    acronym: str | None = None
    acronym_of: str | None = None  # the acronym this mention stands for
    headline: bool = False  # read in a title-case line, where capitals prove little


def resolve_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Longest spans first, ties by priority; plus entities nested after a connector.

    >>> a = Candidate(0, 3, "Hospital", "o", inner_start=2)
    >>> b = Candidate(2, 3, "City", "p", priority=0)
    >>> c = Candidate(0, 2, "Person", "q", priority=2)
    >>> [(x.start, x.end, x.type) for x in resolve_overlaps([c, b, a])]
    [(0, 3, 'Hospital'), (2, 3, 'City')]
    """
    ordered = sorted(candidates, key=lambda c: (-c.length, c.priority, c.start))
    taken: set[int] = set()
    selected: list[Candidate] = []
    for cand in ordered:
        span = range(cand.start, cand.end)
        if any(i in taken for i in span):
            continue
        taken.update(span)
        selected.append(cand)
    nested: list[Candidate] = []
    for outer in [c for c in selected if c.inner_start is not None]:
        inner_taken: set[int] = set()
        for cand in ordered:
            if cand is outer or cand.type == "Person" or cand in selected:
                continue
            if cand.start >= outer.inner_start and cand.end <= outer.end:
                span = range(cand.start, cand.end)
                if not any(i in inner_taken for i in span):
                    inner_taken.update(span)
                    nested.append(cand)
    return sorted(selected + nested, key=lambda c: (c.start, -c.length))


def _page_label(sw: SentenceWords) -> bool:
    """Whether the sentence is a byline or credit ("Source: ...", "Quelle: ...")."""
    from healthkg.loaders.extraction.rulefiles import load_words

    words = sw.words
    return len(words) >= 2 and words[1].text == ":" and words[0].lower in load_words(
        "common", "page_labels.txt")


def _sentence_mentions(sw: SentenceWords, chosen, language) -> tuple[list[FoundMention], set[int]]:
    lex = lexicon(sw.language or language)
    if _page_label(sw):
        return [], set()
    candidates: list[Candidate] = []
    for _name, recognizer in chosen:
        candidates.extend(recognizer(sw, lex))
    mentions = []
    covered: set[int] = set()
    for cand in resolve_overlaps(candidates):
        first, last = sw.words[cand.start], sw.words[cand.end - 1]
        text = sw.sentence.text[first.start - sw.sentence.start:last.end - sw.sentence.start]
        covered.update(range(first.start, last.end))
        mentions.append(FoundMention(text, first.start, last.end, cand.type, cand.name or text,
                                     sw.language or language, cand.source, cand.place, cand.acronym,
                                     headline=sw.title_case))
    return mentions, covered


def _is_name_opener(text: str) -> bool:
    """Camel case ("UMass") or all caps of 2-6 letters ("CRI")."""
    if not text.isalpha():
        return False
    if text.isupper():
        return 2 <= len(text) <= 6
    return text[0].isupper() and any(c.isupper() for c in text[1:]) and any(c.islower() for c in text)


def _acronym_mentions(sentences, mentions, covered) -> list[FoundMention]:
    """Stand-alone uses of defined acronyms and of camel-case name openers."""
    defined: dict[str, FoundMention] = {}
    openers: dict[str, FoundMention] = {}
    for m in mentions:
        if m.type in ("Person", "City", "Region", "Country"):
            continue
        if m.acronym:
            defined.setdefault(m.acronym, m)
        first = m.text.split()[0] if " " in m.text else ""
        if first and _is_name_opener(first) and not first.isupper():
            openers.setdefault(first, m)
    if not defined and not openers:
        return []
    found = []
    for sw in sentences:
        for word in sw.words:
            if word.start in covered or (word.text not in defined and word.text not in openers):
                continue
            if word.text in defined:
                org = defined[word.text]
                found.append(FoundMention(word.text, word.start, word.end, org.type, org.name,
                                          sw.language, "acronyms", acronym_of=org.name))
            else:
                org = openers[word.text]
                type_ = org.type if org.type in ("Hospital", "University", "Company") else "Organization"
                found.append(FoundMention(word.text, word.start, word.end, type_, word.text,
                                          sw.language, "acronyms"))
    return found


def _confirm_headline_mentions(mentions, language) -> list[FoundMention]:
    """Drop people and organisations seen only in title-case lines ("Deal With Local Clinic")."""
    from healthkg.loaders.extraction.grouping import org_key
    from healthkg.loaders.gazetteer import _cached_fold as fold

    def key(m):
        return org_key(m.name, m.language or language) if m.type != "Person" else fold(m.name)

    confirmed = {key(m) for m in mentions if not m.headline and m.place is None}
    return [m for m in mentions if not m.headline or m.place is not None
            or m.type in ("City", "Region", "Country") or key(m) in confirmed]


def recognize_entities(doc: Document, recognizer_names=None) -> list[Entity]:
    """The people, organisations and places of a prepared document (see the module doc).

    ``recognizer_names`` chooses recognizers from the registry (default: all rule-based).
    The document must have gone through
    :func:`healthkg.loaders.sentences.prepare_document`; it is prepared here otherwise.
    """
    if not doc.sentences and doc.text.strip():
        from healthkg.loaders.sentences import prepare_document

        prepare_document(doc)
    chosen = recognizers(recognizer_names)
    sentences = document_sentences(doc)
    mentions: list[FoundMention] = []
    covered: set[int] = set()
    for sw in sentences:
        try:
            found, cov = _sentence_mentions(sw, chosen, doc.language)
        except ExtractionError:
            raise
        except Exception as exc:  # a recognizer failed: name the document and the place
            raise ExtractionError(f"{doc.source}:{sw.sentence.start}: entity recognition failed: "
                                  f"{type(exc).__name__}: {exc}") from exc
        mentions.extend(found)
        covered |= cov
    mentions.extend(_acronym_mentions(sentences, mentions, covered))
    mentions = _confirm_headline_mentions(mentions, doc.language)
    mentions.sort(key=lambda m: (m.start, -m.end))
    return group_mentions(mentions, doc.language)
