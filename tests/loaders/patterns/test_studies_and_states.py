"""Partners in a study, projects between two bodies, foundations that run an institute, and
countries named by their form of state: bodies that carry out a study or trial together (the
second perhaps through its researchers) or share a project "between" them are partners; a
foundation's name gives the kind of the body it runs; "the People's Republic of China" is
China, so an ambassador of it is China's.

Invented sentences in the style of machine-translated health-cooperation press releases; each
fix has a positive case and a look-alike that must stay as it was. The whole extractor runs.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("language, text, a, b", [
    ("en", "Under the agreement, the School of Medicine of Tayford University will run a clinical study together "
           "with NHS Grampian.", "School of Medicine", "NHS Grampian"),
    ("it", "La sperimentazione clinica sarà affidata all'Ospedale Policlinico San Matteo, che la condurrà insieme "
           "al Dipartimento di Cardiologia dell'Università di Pavia.", "Ospedale Policlinico San Matteo",
     "Dipartimento di Cardiologia"),
    ("nl", "Het Wondcentrum van het Martini Ziekenhuis gaat samen met onderzoekers van de Hanzehogeschool Groningen "
           "onderzoeken of wonden sneller genezen.", "Wondcentrum van het Martini Ziekenhuis", "Hanzehogeschool Groningen"),
    ("es", "La evaluación clínica estará a cargo de investigadores de la Facultad de Medicina de la Universidad de "
           "Sevilla, que trabajarán con la Unidad de Quemados del Hospital Virgen del Rocío.", "Facultad de Medicina",
     "Unidad de Quemados"),
])
def test_bodies_carrying_out_a_study_together_are_partners(language, text, a, b, extract):
    _entities, relations = extract(language, text)
    assert ("partner_of", a, b) in relations


def test_work_together_without_a_study_is_no_partnership_here(extract):
    _entities, relations = extract("en", "The School of Medicine of Tayford University moved together with NHS "
                                         "Grampian into a new building.")
    assert not any(r[0] == "partner_of" for r in relations)


@pytest.mark.parametrize("language, text, a, b", [
    ("no", "Sårvev AS utvikler apper. Fylket har bevilget 2,4 millioner kroner til et felles pilotprosjekt mellom "
           "Sårvev og Sykehuset Telemark HF.", "Sårvev AS", "Sykehuset Telemark HF"),
    ("en", "The county has granted 2 million pounds to a joint pilot project between Medlink Ltd and Royal "
           "Cornwall Hospitals NHS Trust.", "Medlink Ltd", "Royal Cornwall Hospitals NHS Trust"),
])
def test_a_project_between_two_bodies_makes_them_partners(language, text, a, b, extract):
    entities, relations = extract(language, text)
    assert ("partner_of", a, b) in relations
    assert not any(" og " in name or " and " in name for _t, name in entities)


def test_a_name_with_and_after_another_word_stays_one_name(extract):
    entities, _relations = extract("en", "The delegation visited the Beijing Institute of Finance and Economics.")
    assert any(name.endswith("Finance and Economics") for _t, name in entities)


def test_a_foundation_running_an_institute_is_the_institute(extract):
    entities, relations = extract("it", "L'accordo è stato firmato tra la Fondazione Istituto di Robotica Avanzata "
                                        "(IIR) e l'azienda cinese Huaxin Medical Co., Ltd. Hanno firmato il "
                                        "direttore scientifico dell'Istituto, prof. Bruno Canevaro, e la presidente "
                                        "di Huaxin, Lin Yue.")
    assert ("ResearchInstitute", "Fondazione Istituto di Robotica Avanzata") in entities
    assert ("role", "Bruno Canevaro", "Fondazione Istituto di Robotica Avanzata") in relations


def test_a_foundation_alone_stays_an_association(extract):
    entities, _relations = extract("it", "Il progetto è sostenuto dalla Fondazione Cariplo.")
    assert ("Association", "Fondazione Cariplo") in entities


@pytest.mark.parametrize("language, text", [
    ("fr", "La cérémonie s'est déroulée en présence de S.E.M. Ma Jun, Ambassadeur de la République populaire de "
           "Chine au Sénégal."),
    ("en", "The ceremony was attended by Ma Jun, Ambassador of the People's Republic of China to Senegal."),
])
def test_an_ambassador_of_a_country_named_by_its_form_of_state(language, text, extract):
    entities, relations = extract(language, text)
    # (the document's own name of the country is its mention; resolution names it China)
    assert {r[2] for r in relations if r[:2] == ("role", "Ma Jun")} == {
        name for kind, name in entities if kind == "Country" and "Chin" in name}


def test_a_country_by_its_form_of_state_is_the_country(extract):
    entities, _relations = extract("de", "Ein Unternehmen aus der Volksrepublik China investiert in Magdeburg.")
    assert ("Country", "Volksrepublik China") in entities
    assert not any(kind == "Country" and name == "China" for kind, name in entities)
