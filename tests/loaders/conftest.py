"""Fixtures shared by the extraction tests: run a text through the extractor and read back
what it found by name, or hand the relation reader a text whose entities the test names.

The fixtures return plain functions, so a test reads like the call it pins down::

    def test_role(extract):
        _entities, relations = extract("en", "Anna Lind, CEO of Corby Medical Ltd, spoke.")
        assert ("role", "Anna Lind", "Corby Medical Ltd") in relations
"""
from __future__ import annotations

import re

import pytest

from healthkg.loaders.document import Document, Sentence
from healthkg.loaders.extraction import extract_document
from healthkg.loaders.extraction.relations import find_relations_and_events
from healthkg.loaders.statements import Entity, Mention

#: where the hand-made documents of ``document_with_entities`` end a sentence: a full stop,
#: "!" or "?" before a capital or the end, and every line break
_SENTENCE_END = re.compile(r"(?<!\d)[.!?](?=\s+[A-ZÀ-Ý]|\s*$)")


def _extraction(text: str, language: str, published: str | None = None):
    """The whole extraction (sentences, entities, relations, events) of one text."""
    return extract_document(Document(id="t", source="t.txt", text=text, language=language,
                                     published=published))


def _by_name(text: str, language: str, published: str | None = None) -> tuple[set, set]:
    """``({(type, name)}, {(relation type, subject name, object name)})`` of one text."""
    contract = _extraction(text, language, published).to_contract()
    names = {e["id"]: e["name"] for e in contract["entities"]}
    entities = {(e["type"], e["name"]) for e in contract["entities"]}
    relations = {(r["type"], names.get(r["subject"]), names.get(r["object"]))
                 for r in contract["relations"]}
    return entities, relations


#: sentence ends that are no abbreviation of a title before a name ("Dr.", "M.", "Dott.")
_SENTENCE_END_AFTER_TITLES = re.compile(r"(?<!\bDr)(?<!\bDott)(?<!\bLic)(?<!\bM)(?<!\bPr)[.](?=\s+[A-ZÀ-Ý]|\s*$)")


def _document_with_entities(text: str, entities: dict[str, tuple[str, list[str]]],
                            language: str = "en", published: str | None = "2024-06-01",
                            doc_id: str = "t") -> tuple[Document, list[Entity]]:
    """A document cut into sentences at sentence ends and line breaks, and the entities
    ``{id: (type, [names])}`` with a mention at every occurrence of each of their names (an
    entity whose names the text lacks has no mention: one set of entities serves many texts)."""
    ends = sorted({m.end() for m in _SENTENCE_END.finditer(text)}
                  | {m.start() for m in re.finditer(r"\n", text)})
    sentences, start = [], 0
    for end in ends:
        while text[start] in " \n":
            start += 1
        sentences.append(Sentence(start, end, text[start:end], language))
        start = end
    doc = Document(id=doc_id, source=f"{doc_id}.txt", text=text, language=language,
                   published=published, sentences=sentences)
    found = []
    for eid, (etype, names) in entities.items():
        mentions = [Mention(name, m.start(), m.end()) for name in names
                    for m in re.finditer(re.escape(name), text)]
        found.append(Entity(eid, etype, names[0], sorted(mentions, key=lambda m: m.start)))
    return doc, found


@pytest.fixture(scope="session")
def extraction():
    """``extraction(text, language, published=None)``: the raw result of ``extract_document``."""
    return _extraction


@pytest.fixture(scope="session")
def extract():
    """``extract(language, text, published=None)``: the entities as ``{(type, name)}`` and the
    relations as ``{(type, subject name, object name)}`` the extractor finds in ``text``."""
    return lambda language, text, published=None: _by_name(text, language, published)


@pytest.fixture(scope="session")
def document_with_entities():
    """``document_with_entities(text, entities, language="en", published="2024-06-01")``: a
    document and its entities given by the test, for the relation reader alone."""
    return _document_with_entities


@pytest.fixture(scope="session")
def document_with_titles():
    """``document_with_titles(text, language, entities)``: like ``document_with_entities``, cut
    only at full stops that end no title before a name ("Dr.", "M.")."""
    def build(text: str, language: str, entities: dict[str, tuple[str, list[str]]]):
        doc, ents = _document_with_entities(text, entities, language, "2024-06-01")
        sentences, start = [], 0
        for match in _SENTENCE_END_AFTER_TITLES.finditer(text):
            while text[start] == " ":
                start += 1
            sentences.append(Sentence(start, match.end(), text[start:match.end()], language))
            start = match.end()
        doc.sentences = sentences
        return doc, ents
    return build


@pytest.fixture(scope="session")
def find_statements():
    """``find_statements(text, entities, language="en", ...)``: the relations and events the
    relation reader finds among entities the test names (``{id: (type, [names])}``)."""
    return lambda *args, **kwargs: find_relations_and_events(*_document_with_entities(*args, **kwargs))
