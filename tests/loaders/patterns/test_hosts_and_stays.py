"""Visits told from the host's side or as a stay: a host acting through its departments, a host
named by title before a date, a stay whose verb closes the clause, an arrival in a participle,
a tour of a body's facilities, and the short name a hospital goes by after its first mention.

Invented sentences in the style of machine-translated health-cooperation press releases; each
fix has a positive case and a look-alike that must stay as it was. The whole extractor runs.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("language, text, visitor, host", [
    ("es", "La Alcaldía de Cádiz, a través de la Secretaría de Salud y de la corporación Cádiz Innova, recibió "
           "esta semana a una delegación de Qingdao encabezada por el vicealcalde Lu Hang.", "Lu Hang", "Alcaldía de Cádiz"),
    ("es", "La Alcaldía de Cádiz recibió esta semana a una delegación de la ciudad china de Qingdao encabezada "
           "por el vicealcalde Lu Hang.", "Lu Hang", "Alcaldía de Cádiz"),
    ("fr", "Le maire de Nantes, M. Paul Lebrun, a reçu en audience, le mardi 6 octobre 2026, une délégation de "
           "la province du Jiangxi conduite par M. TAN Wei.", "TAN Wei", "Nantes"),
])
def test_a_host_receiving_a_delegation_is_visited(language, text, visitor, host, extract):
    _entities, relations = extract(language, text)
    assert ("visit", visitor, host) in relations


def test_the_leader_of_a_delegation_from_a_city_is_no_officer_of_the_host(extract):
    _entities, relations = extract("es", "La Alcaldía de Cádiz recibió esta semana a una delegación de la ciudad "
                                         "china de Qingdao encabezada por el vicealcalde Lu Hang.")
    assert ("role", "Lu Hang", "Qingdao") in relations
    assert ("role", "Lu Hang", "Alcaldía de Cádiz") not in relations


def test_a_stay_whose_verb_closes_the_clause_is_a_visit_by_the_leader_of_the_origin(extract):
    _entities, relations = extract("de", "Anlass war der Besuch einer Delegation der Provinz Jiangxi, die vom 3. bis "
                                         "7. Juni unter Leitung von Vizegouverneur Tan Wei in Thüringen weilt.")
    assert ("visit", "Tan Wei", "Thüringen") in relations
    assert ("role", "Tan Wei", "Jiangxi") in relations
    assert ("role", "Tan Wei", "Thüringen") not in relations


def test_a_title_and_name_before_the_seat_still_hold_the_seat(extract):
    _entities, relations = extract("de", "Vizegouverneur Tan Wei aus Jiangxi traf Bürgermeister Jens Keller in Erfurt.")
    assert ("role", "Jens Keller", "Erfurt") in relations


@pytest.mark.parametrize("language, text, visitor, visited", [
    ("it", "A firmare l'intesa sono stati il rettore, prof. Marco Bellini, e la presidente di Hengda Medical, Lin "
           "Yue, arrivata a Bari domenica con una delegazione di sei persone.", "Lin Yue", "Bari"),
    ("pt", "A comitiva chinesa, liderada pelo presidente da empresa, LIN Yue, desembarcou em Recife no domingo.",
     "LIN Yue", "Recife"),
    ("pt", "A comitiva chinesa, liderada pelo presidente da empresa, LIN Yue, chegou a Recife no domingo. No dia "
           "seguinte, os visitantes conheceram as instalações do Hospital da Restauração.", "LIN Yue",
     "Hospital da Restauração"),
])
def test_arrivals_and_tours_of_facilities_are_visits(language, text, visitor, visited, extract):
    _entities, relations = extract(language, text)
    assert ("visit", visitor, visited) in relations


def test_a_facility_named_without_a_visitor_is_no_visit(extract):
    _entities, relations = extract("pt", "As instalações do Hospital da Restauração foram renovadas em 2020.")
    assert not any(r[0] == "visit" for r in relations)


@pytest.mark.parametrize("language, text, visitor, hospital", [
    ("it", "La sperimentazione sarà affidata all'IRCCS Ospedale Policlinico San Matteo di Pavia. Nel pomeriggio la "
           "delegazione cinese guidata da Lin Yue ha visitato il San Matteo.", "Lin Yue",
     "IRCCS Ospedale Policlinico San Matteo di Pavia"),
    ("en", "Dr Alan Reid is a consultant physician at Kirkbride Hospital. The delegation led by Lin Yue visited "
           "Kirkbride on Monday.", "Lin Yue", "Kirkbride Hospital"),
])
def test_a_hospital_goes_by_its_saint_or_its_name_before_the_head(language, text, visitor, hospital, extract):
    _entities, relations = extract(language, text)
    assert ("visit", visitor, hospital) in relations
