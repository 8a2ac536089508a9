"""Whole extraction (entities, then relations) on short sentences written for these tests:
constructions where a recognizer and a relation rule must work together."""
import pytest

from healthkg.loaders.document import Document
from healthkg.loaders.extraction import extract_document


def extract(text, language):
    contract = extract_document(Document(id="t", source="t.txt", text=text, language=language)).to_contract()
    names = {e["id"]: e["name"] for e in contract["entities"]}
    entities = {(e["name"], e["type"]) for e in contract["entities"]}
    relations = {(r["type"], names[r["subject"]], names[r["object"]]) for r in contract["relations"]}
    return entities, relations


def test_a_particle_before_a_body_leaves_the_person_and_the_body_apart():
    entities, relations = extract("Geschäftsführerin Dr. Anna Becker von der Sonnental Klinik Gera "
                                  "eröffnete die Tagung.", "de")
    assert ("Anna Becker", "Person") in entities
    assert ("Sonnental Klinik Gera", "Hospital") in entities
    assert ("role", "Anna Becker", "Sonnental Klinik Gera") in relations


def test_a_particle_before_a_surname_stays_in_the_name():
    entities, _relations = extract("Prof. Dr. Jutta von der Heide besuchte Leipzig.", "de")
    assert ("Jutta von der Heide", "Person") in entities


@pytest.mark.parametrize("text, name", [
    ("Das Unternehmen Korvis Medical GmbH eröffnete ein Labor.", "Korvis Medical GmbH"),
    ("Der Pharmakonzern Nelvia Pharma AG unterzeichnete einen Vertrag.", "Nelvia Pharma AG"),
])
def test_a_descriptor_noun_before_a_company_is_not_part_of_its_name(text, name):
    entities, _relations = extract(text, "de")
    assert (name, "Company") in entities


@pytest.mark.parametrize("text, language, child, parent", [
    ("Korvis Medical Ltd, based in Leeds, is a subsidiary of Ardent Holdings plc.", "en",
     "Korvis Medical Ltd", "Ardent Holdings plc"),
    ("Die Korvis Medical GmbH mit Sitz in Ulm ist eine Tochtergesellschaft der Nelvia Holding AG.", "de",
     "Korvis Medical GmbH", "Nelvia Holding AG"),
    ("Die Korvis Medical GmbH aus Ulm ist eine Tochtergesellschaft der Nelvia Holding AG.", "de",
     "Korvis Medical GmbH", "Nelvia Holding AG"),
])
def test_a_seat_between_a_subsidiary_and_its_verb(text, language, child, parent):
    _entities, relations = extract(text, language)
    assert ("part_of", child, parent) in relations
    assert any(r[0] == "located_in" and r[1] == child for r in relations)


def test_a_seat_alone_is_no_subsidiary():
    _entities, relations = extract("Korvis Medical Ltd, based in Leeds, signed with Ardent Holdings plc.", "en")
    assert not any(r[0] == "part_of" for r in relations)
