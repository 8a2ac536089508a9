"""Extraction: one document in, entities, relations and events out.

The stages, each in its own module:

1. :func:`healthkg.loaders.sentences.prepare_document` sets the document language and
   splits sentences (each with its own language);
2. :func:`healthkg.loaders.extraction.entities.recognize_entities` finds people,
   organizations and places with their mentions (rules as data, recognizers in a registry);
   :func:`healthkg.loaders.extraction.breaks.join_broken_sentences` then joins sentences
   cut inside a name ("Co., Ltd.") or after a title abbreviation ("Prof.");
3. :func:`healthkg.loaders.extraction.relations.find_relations_and_events` reads roles,
   located-in, part-of, agreements, visits, partnerships and events with evidence.
"""
from __future__ import annotations

from healthkg.loaders.document import Document
from healthkg.loaders.statements import DocumentExtraction


def extract_document(doc: Document, recognizer_names=None) -> DocumentExtraction:
    """Run every extraction stage on one document.

    Entity ids are provisional (``kind/slug`` of the name); resolution across the run
    (:mod:`healthkg.loaders.resolution`) makes them global. ``recognizer_names`` chooses the
    entity recognizers (see :func:`healthkg.loaders.extraction.candidates.recognizer_names`).
    """
    from healthkg.loaders.extraction.breaks import join_broken_sentences
    from healthkg.loaders.extraction.entities import recognize_entities
    from healthkg.loaders.extraction.relations import find_relations_and_events
    from healthkg.loaders.sentences import prepare_document

    prepare_document(doc)
    entities = recognize_entities(doc, recognizer_names)
    doc.sentences = join_broken_sentences(doc, entities)
    relations, events = find_relations_and_events(doc, entities)
    return DocumentExtraction(document=doc, entities=entities, relations=relations, events=events)
