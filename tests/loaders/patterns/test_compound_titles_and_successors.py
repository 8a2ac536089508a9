"""A title compounded with a company named by its Czech legal form ("Medivio-Geschäftsführer X"
after "Medivio Distribuce s.r.o."); a Bavarian city's department head ("Münchens
Gesundheitsreferentin X"); who will hold a title ("Daglig leder i X blir Y", "The managing
director of X will be Y"); a Chinese surname alone that is only another name of a town ("sagte Chen",
Chen another name of Chenzhou); consuls and surgeons of a field ("Wirtschaftskonsul", "vaatchirurg"); a
title alone belongs to the body that acts, not to the one brought in by "with".

Invented sentences; each rule has a look-alike that must not change.
"""
from __future__ import annotations

import pytest


def test_a_company_closed_by_a_czech_legal_form(extract):
    entities, relations = extract("de", "Der Vertrag mit der Kavrion Distribuce s.r.o. aus Brünn ist unterschrieben. "
                                        "Kavrion-Geschäftsführer Pavel Novák will liefern.")
    assert ("Company", "Kavrion Distribuce s.r.o.") in entities
    assert ("role", "Pavel Novák", "Kavrion Distribuce s.r.o.") in relations


def test_a_citys_department_head(extract):
    _entities, relations = extract("de", "Münchens Gesundheitsreferentin Carola Weiß eröffnete die Messe.")
    assert ("role", "Carola Weiß", "München") in relations


def test_a_bare_referent_is_a_speaker_and_holds_no_title(extract):
    _entities, relations = extract("de", "In München sprach der Referent Jonas Weiß über Telemedizin.")
    assert not any(r[0] == "role" for r in relations)


@pytest.mark.parametrize("language, text, person, body", [
    ("no", "Kavrion Nordic AS åpner kontor i Moss. Daglig leder i Kavrion Nordic AS blir Håvard Lie.",
     "Håvard Lie", "Kavrion Nordic AS"),
    ("en", "Kavrion Ltd opens an office in Leeds. The managing director of Kavrion Ltd will be Anna Lind.",
     "Anna Lind", "Kavrion Ltd"),
    ("da", "Kavrion ApS åbner kontor i Vejle. Direktør for Kavrion ApS bliver Mette Holm.", "Mette Holm",
     "Kavrion ApS"),
])
def test_who_will_hold_a_title(language, text, person, body, extract):
    _entities, relations = extract(language, text)
    assert ("role", person, body) in relations


def test_a_title_that_becomes_something_else_names_no_holder(extract):
    _entities, relations = extract("en", "Kavrion Ltd opens an office in Leeds. The office of Kavrion Ltd will be "
                                         "in Leeds.")
    assert not any(r[0] == "role" for r in relations)


def test_a_surname_that_is_a_towns_other_name_is_the_person(extract):
    entities, _relations = extract("de", 'Zur Eröffnung war die Vorstandsvorsitzende Wei Chen angereist. '
                                         '"We are glad to be here," sagte Chen. Das ist gut.')
    assert not any(type_ == "City" and name in ("Chen", "Chenzhou") for type_, name in entities)


def test_a_surname_that_is_a_towns_own_name_stays_the_town(extract):
    entities, _relations = extract("fr", "Le professeur Jean Paris a parlé. La délégation est partie pour Paris.")
    assert ("City", "Paris") in entities


@pytest.mark.parametrize("language, text, person, body", [
    ("de", "Auch Wirtschaftskonsul Li Wei vom Generalkonsulat der Volksrepublik China in Hamburg nahm teil.",
     "Li Wei", "Generalkonsulat der Volksrepublik China in Hamburg"),
    ("no", "Handelskonsul Li Wei fra Kinas generalkonsulat i Bergen var til stede.", "Li Wei",
     "Kinas generalkonsulat i Bergen"),
])
def test_a_consul_of_a_portfolio(language, text, person, body, extract):
    _entities, relations = extract(language, text)
    assert ("role", person, body) in relations


@pytest.mark.parametrize("language, text, person, body", [
    ("nl", "Marieke Baas, vaatchirurg en medisch leider van het Wondcentrum Tiel, leidt het onderzoek.",
     "Marieke Baas", "Wondcentrum Tiel"),
    ("de", "Die Studie leitet Gefäßchirurgin Anna Weber vom Klinikum Passau.", "Anna Weber", "Klinikum Passau"),
])
def test_a_surgeon_of_a_field(language, text, person, body, extract):
    _entities, relations = extract(language, text)
    assert ("role", person, body) in relations


def test_a_title_alone_belongs_to_the_body_that_acts_not_to_its_companion(extract):
    _entities, relations = extract("nl", "Het Ziekenhuis Rivierenland gaat samen met onderzoekers van de Hogeschool "
                                         "Utrecht onderzoeken of wonden sneller genezen. Vaatchirurg dr. Anna Visser "
                                         "leidt het onderzoek.")
    assert ("role", "Anna Visser", "Ziekenhuis Rivierenland") in relations
    assert ("role", "Anna Visser", "Hogeschool Utrecht") not in relations
