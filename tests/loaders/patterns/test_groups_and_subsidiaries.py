"""A group and its subsidiary share a brand: the brand alone names the group, an office a
headline says the group opens is its subsidiary's, and across documents a short form does not
join the group with the subsidiary.

Invented sentences; each rule has a look-alike that must not change.
"""
from __future__ import annotations

import pytest

from healthkg.loaders.document import Document
from healthkg.loaders.resolution import resolve_entities
from healthkg.loaders.statements import DocumentExtraction, Entity, Mention


@pytest.mark.parametrize("language, text, group", [
    ("fr", "La société Tianmu Medizintechnik GmbH, filiale du groupe Anhui Tianmu Surgical Co., Ltd., "
           "a été fondée en 2024. Tianmu compte 900 salariés en Chine.", "Anhui Tianmu Surgical Co., Ltd."),
    ("en", "Tianmu Europe GmbH, a subsidiary of Tianmu Surgical Co., Ltd., opened in Bremen. "
           "Tianmu employs 900 people in China.", "Tianmu Surgical Co., Ltd."),
])
def test_the_brand_alone_names_the_group_not_its_subsidiary(language, text, group, extraction):
    contract = extraction(text, language).to_contract()
    owner = next(e for e in contract["entities"] if e["name"] == group)
    assert any(m["text"] == "Tianmu" for m in owner["mentions"])


def test_a_brand_shared_by_two_bodies_that_are_no_group_names_neither(extraction):
    contract = extraction("Tianmu Surgical GmbH und Tianmu Dental AG stellten aus. Tianmu wächst.", "de").to_contract()
    owners = [e["name"] for e in contract["entities"] if any(m["text"] == "Tianmu" for m in e["mentions"])]
    assert "Tianmu Surgical GmbH" not in owners and "Tianmu Dental AG" not in owners


HEADLINE = "Tianmu Medical eröffnet Europazentrale in Bremen\n\n"
SUBSIDIARY = ("Die Tianmu Medical Europe GmbH, eine Tochtergesellschaft der Anhui Tianmu Medical Co., Ltd., "
              "hat ihre Räume in der Überseestadt bezogen.")


def test_an_office_a_headline_gives_the_group_is_its_subsidiarys(extract):
    _entities, relations = extract("de", HEADLINE + SUBSIDIARY)
    assert ("part_of", "Tianmu Medical Europe GmbH", "Anhui Tianmu Medical Co., Ltd.") in relations
    assert ("located_in", "Anhui Tianmu Medical Co., Ltd.", "Bremen") not in relations


def test_an_office_the_body_gives_the_group_stays(extract):
    _entities, relations = extract("de", "Die Anhui Tianmu Medical Co., Ltd. eröffnet ihre Europazentrale in Bremen. "
                                         + SUBSIDIARY)
    assert ("located_in", "Anhui Tianmu Medical Co., Ltd.", "Bremen") in relations


def _document(doc_id: str, names: list[list[str]]) -> DocumentExtraction:
    """A document whose entities have these names (the first is the entity's name)."""
    text, entities = "", []
    for n, forms in enumerate(names):
        mentions = []
        for form in forms:
            mentions.append(Mention(form, len(text), len(text) + len(form)))
            text += form + ". "
        entities.append(Entity(f"org/{doc_id}-{n}", "Company", forms[0], mentions))
    return DocumentExtraction(Document(id=doc_id, source=f"{doc_id}.txt", text=text, language="en"),
                              entities=entities)


def test_a_short_form_does_not_join_a_group_and_its_subsidiary_across_documents():
    docs = [_document("a", [["Tianmu Medizintechnik GmbH", "Tianmu"]]),
            _document("b", [["Anhui Tianmu Surgical Co., Ltd.", "Tianmu"]])]
    resolve_entities(docs)
    assert docs[0].entities[0].id != docs[1].entities[0].id


def test_a_body_named_by_its_short_form_alone_still_joins_it_across_documents():
    docs = [_document("a", [["Tianmu"]]), _document("b", [["Tianmu"], ["Bremen Tianmu Clinic"]])]
    resolve_entities(docs)
    assert docs[0].entities[0].id == docs[1].entities[0].id
