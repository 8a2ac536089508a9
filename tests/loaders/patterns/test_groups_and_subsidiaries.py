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


def test_a_german_descriptor_in_the_genitive_is_no_part_of_the_name(extract):
    entities, relations = extract("de", "Die Tianmu Medizintechnik GmbH, Tochtergesellschaft des chinesischen "
                                        "Herstellers Anhui Tianmu Surgical Co., Ltd. aus Hefei, hat eröffnet.")
    assert ("Company", "Anhui Tianmu Surgical Co., Ltd.") in entities
    assert ("part_of", "Tianmu Medizintechnik GmbH", "Anhui Tianmu Surgical Co., Ltd.") in relations


@pytest.mark.parametrize("language, text, district", [
    ("en", "The maker is based in Baoan District of Shenzhen. Baoan has 300 device makers.", "Baoan District"),
    ("es", "La empresa tiene su sede en el distrito de Baoan, en Shenzhen. Baoan tiene 300 fabricantes.", "Baoan"),
])
def test_a_district_named_alone_is_the_district_not_the_city_it_was_a_name_of(language, text, district,
                                                                               extraction):
    contract = extraction(text, language).to_contract()
    by_name = {e["name"]: e for e in contract["entities"]}
    assert any(m["text"] == "Baoan" for m in by_name[district]["mentions"])
    assert not any(m["text"] == "Baoan" for m in by_name["Shenzhen"]["mentions"])


def test_a_city_named_alone_beside_its_province_stays_the_city(extraction):
    contract = extraction("Dat hebben de provincie Antwerpen en het bedrijf bekendgemaakt. De weg naar Antwerpen "
                          "is kort.", "nl").to_contract()
    city = next(e for e in contract["entities"] if e["type"] == "City")
    assert [m["text"] for m in city["mentions"]] == ["Antwerpen"]
