"""A department of imaging ("Service d'imagerie thoracique du CHU"); a department whose field
closes with two adjectives joined by "and" ("Dipartimento di Scienze Biomediche e Sperimentali");
an Italian hospital trust written without its hyphen ("Azienda Ospedaliero Universitaria"); a
legal form in capitals that closes a sentence leaves it its full stop ("Sykehuset Telemark HF.").

Invented sentences; each rule has a look-alike that must not change.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("language, text, unit, body", [
    ("fr", "Le CHU de Rouen a signé. Le Service d'imagerie thoracique du CHU évaluera les algorithmes.",
     "Service d'imagerie thoracique", "CHU de Rouen"),
    ("it", "Firmano il Dipartimento di Scienze Biomediche e Sperimentali (DSBS) dell'Università di Pavia e "
           "Kavrion GmbH.", "Dipartimento di Scienze Biomediche e Sperimentali", "Università di Pavia"),
    ("es", "Colabora el Departamento de Ciencias Médicas y Sociales de la Universidad de Oviedo.",
     "Departamento de Ciencias Médicas y Sociales", "Universidad de Oviedo"),
])
def test_a_department_and_the_body_it_belongs_to(language, text, unit, body, extract):
    entities, relations = extract(language, text)
    assert ("part_of", unit, body) in relations


def test_a_field_and_a_noun_after_and_is_no_longer_name(extract):
    entities, _relations = extract("it", "Il Dipartimento di Cardiologia e Ospedali Riuniti di Bergamo firmano.")
    assert not any(name.startswith("Dipartimento di Cardiologia e") for _type, name in entities)


def test_an_italian_hospital_trust_without_its_hyphen(extract):
    entities, relations = extract("it", "La delegazione ha visitato l'Azienda Ospedaliero Universitaria di Parma, "
                                        "dove la direttrice generale, dott.ssa Marta Bassi, ha illustrato l'attività.")
    assert ("Hospital", "Azienda Ospedaliero Universitaria di Parma") in entities
    assert ("role", "Marta Bassi", "Azienda Ospedaliero Universitaria di Parma") in relations


def test_a_legal_form_in_capitals_closing_a_sentence_leaves_the_full_stop_to_it(extraction):
    contract = extraction("Delegasjonen besøkte Sykehuset Telemark HF. Der var det fint.", "no").to_contract()
    assert any(e["name"] == "Sykehuset Telemark HF" for e in contract["entities"])


def test_an_abbreviated_legal_form_keeps_its_dot(extraction):
    contract = extraction("The agreement was signed with Kavrion Medical Co., Ltd. The talks went well.",
                          "en").to_contract()
    assert any(e["name"] == "Kavrion Medical Co., Ltd." for e in contract["entities"])
