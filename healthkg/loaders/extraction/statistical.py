"""A statistical named-entity recognizer (a spaCy pipeline) as one more recognizer.

No model ships with healthkg (none can be downloaded here), but a user who has installed
one (``pip install`` of an official spaCy model such as ``en_core_web_sm`` or
``xx_ent_wiki_sm``, or any pipeline saved with ``nlp.to_disk``) switches it on by naming it
``spacy:<package or folder>`` in the recognizer list, beside the rules::

    healthkg extract --recognizers rules,spacy:xx_ent_wiki_sm news/
    HEALTHKG_RECOGNIZERS=rules,spacy:/models/my-ner healthkg build news/ -o kg/

Its entity spans become :class:`Candidate` spans of the sentence and compete with the
rule-based ones in :func:`healthkg.loaders.extraction.entities.resolve_overlaps`: the
longer span wins, and on equal spans the rules do. Labels map to the contract's types
through ``rules/common/ner_labels.tsv``; an organisation gets its fine type from the
organisation head nouns of the language ("Klinikum" -> Hospital), a place its type from
the gazetteer when it knows the name.

>>> label_types()["PERSON"], label_types()["ORG"], label_types()["GPE"]
('Person', 'Organization', 'City')
"""
from __future__ import annotations

from functools import lru_cache

from healthkg.errors import ExtractionError
from healthkg.loaders.extraction.candidates import RECOGNIZERS, Candidate
from healthkg.loaders.extraction.rulefiles import load_lines

__all__ = ["PREFIX", "label_types", "load_pipeline", "register_spacy", "spacy_recognizer"]

#: Recognizer names with this prefix load a spaCy pipeline: ``spacy:<package or folder>``.
PREFIX = "spacy:"
#: Rule-based candidates win ties against a model's spans (lower sorts first).
MODEL_PRIORITY = 5
_PLACE_TYPES = ("City", "Region", "Country")


@lru_cache(maxsize=1)
def label_types() -> dict[str, str]:
    """NER label -> contract entity type, from ``rules/common/ner_labels.tsv``."""
    return {row[0]: row[1] for row in load_lines("common", "ner_labels.tsv", with_common=False)}


@lru_cache(maxsize=None)
def load_pipeline(model: str):
    import spacy

    try:
        return spacy.load(model)
    except (OSError, IOError) as exc:
        raise ExtractionError(f"spaCy pipeline {model!r} could not be loaded (install the package or give "
                              f"the folder of a saved pipeline): {exc}") from None


def _word_span(words, start: int, end: int) -> tuple[int, int] | None:
    """Indices ``[i, j)`` of the words exactly covering document offsets ``[start, end)``."""
    first = next((i for i, w in enumerate(words) if w.start == start), None)
    if first is None:
        return None
    for j in range(first, len(words)):
        if words[j].end == end:
            return first, j + 1
        if words[j].end > end:
            return None
    return None


def _entity_type(label_type: str, words, lex) -> str:
    """The fine type of a model's span: an organisation head or a gazetteer place refine it."""
    from healthkg.loaders.gazetteer import gazetteer

    if label_type == "Organization":
        for word in reversed(words):
            head = lex.head_of(word.text)
            if head is not None and head[0] not in ("Branch",) + _PLACE_TYPES:
                return head[0]
    if label_type in _PLACE_TYPES:
        place = gazetteer().get(" ".join(w.text for w in words))
        if place is not None:
            return place.type
    return label_type


def spacy_recognizer(model: str):
    """The recognizer of the spaCy pipeline ``model`` (a package name or a folder).

    The pipeline is loaded on first use, once per process.
    """
    def recognize(sw, lex) -> list[Candidate]:
        nlp = load_pipeline(model)
        sentence = sw.sentence
        out = []
        for ent in nlp(sentence.text).ents:
            label_type = label_types().get(ent.label_)
            if label_type is None:
                continue
            span = _word_span(sw.words, sentence.start + ent.start_char, sentence.start + ent.end_char)
            if span is None:
                continue
            type_ = _entity_type(label_type, sw.words[span[0]:span[1]], lex)
            out.append(Candidate(span[0], span[1], type_, PREFIX + model, priority=MODEL_PRIORITY))
        return out

    recognize.__name__ = f"spacy_{model}"
    return recognize


def register_spacy(name: str) -> None:
    """Register ``spacy:<model>`` in the recognizer registry (idempotent)."""
    if name not in RECOGNIZERS:
        RECOGNIZERS[name] = spacy_recognizer(name[len(PREFIX):])
