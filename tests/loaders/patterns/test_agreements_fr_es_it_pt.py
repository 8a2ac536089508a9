"""Agreements in French, Spanish, Italian and Portuguese (fifth probe-and-fix round).

Invented sentences in the style of machine-translated health-cooperation press releases.
Each fix has a positive case and a look-alike that must stay as it was; the whole
extractor runs (entities and relations) through the ``extract`` fixture.
"""
from __future__ import annotations

import pytest


# --- a body and a city named by its city word sign together: 'X e la città di Wuhan hanno firmato'

@pytest.mark.parametrize("language, text, pair", [
    ("it", "Il Comune di Bergamo e la città di Wuhan hanno firmato un accordo.", ("Comune di Bergamo", "Wuhan")),
    ("es", "El Ayuntamiento de Valdora y la ciudad de Jinan firmaron un acuerdo.", ("Ayuntamiento de Valdora", "Jinan")),
    ("fr", "La Mairie de Rennes et la province du Shandong ont signé un protocole d'accord.",
     ("Mairie de Rennes", "Shandong")),
    ("pt", "A Câmara Municipal de Braga e a cidade de Jinan assinaram um acordo.",
     ("Câmara Municipal de Braga", "Jinan")),
])
def test_body_and_city_sign(language, text, pair, extract):
    _, relations = extract(language, text)
    assert ("agreement", *pair) in relations


@pytest.mark.parametrize("language, text, place", [
    ("it", "Il Comune di Bergamo ha firmato un accordo con Medivita S.p.A. nella città di Wuhan.", "Wuhan"),
    ("es", "El Ayuntamiento de Valdora firmó un acuerdo en la ciudad de Jinan.", "Jinan"),
])
def test_city_of_signing_is_no_party(language, text, place, extract):
    _, relations = extract(language, text)
    assert not any(kind == "agreement" and place in (a, b) for kind, a, b in relations)


# --- a twinning agreement between a city's government and a city ---------------------------

@pytest.mark.parametrize("language, text, pair", [
    ("it", "Giovedì scorso, il Comune di Bergamo e la città di Wuhan hanno firmato un gemellaggio.",
     ("Comune di Bergamo", "Wuhan")),
    ("pt", "A Câmara Municipal de Braga e a cidade de Jinan assinaram um acordo de geminação.",
     ("Câmara Municipal de Braga", "Jinan")),
])
def test_twinning_agreement(language, text, pair, extract):
    _, relations = extract(language, text)
    assert ("partner_of", *pair) in relations


def test_plain_agreement_is_no_twinning(extract):
    _, relations = extract("it", "Il Comune di Bergamo e la città di Wuhan hanno firmato un accordo sanitario.")
    assert not any(kind == "partner_of" for kind, _a, _b in relations)


# --- a body described in an apposition ("B, hospital escuela de la C (UNR),") is no party; B is part of C

@pytest.mark.parametrize("language, text, parties, whole", [
    ("es", "El Hospital Central de Wuxi y el Hospital Provincial de Funes, hospital escuela de la Universidad Nacional "
           "de Rosario (UNR), suscribieron un convenio de cooperación.",
     ("Hospital Central de Wuxi", "Hospital Provincial de Funes"), "Universidad Nacional de Rosario"),
    ("it", "Un accordo è stato firmato tra il Policlinico di Vetralla, ospedale universitario dell'Università degli "
           "Studi di Perugia (UNIPG), e la società Kelso Medical S.r.l.",
     ("Policlinico di Vetralla", "Kelso Medical S.r.l."), "Università degli Studi di Perugia"),
])
def test_apposed_parent_is_no_party(language, text, parties, whole, extract):
    _, relations = extract(language, text)
    assert {("agreement", *parties), ("agreement", *reversed(parties))} & relations
    assert not any(kind == "agreement" and whole in (a, b) for kind, a, b in relations)
    assert ("part_of", parties[-1] if language == "es" else parties[0], whole) in relations


# --- signers listed with their faculty "of" the university: one side, not parties to each other

def test_faculty_and_its_university_are_one_side(extract):
    _, relations = extract("es", "El lunes, la decana de la Facultad de Odontología de la Universidad de Talca, "
                                 "Dra. Inés Vargas Soto, y el rector de la Universidad de Wuhan, "
                                 "profesor Li Ming, suscribieron un convenio marco.")
    assert ("role", "Inés Vargas Soto", "Facultad de Odontología") in relations
    assert ("part_of", "Facultad de Odontología", "Universidad de Talca") in relations
    agreements = {frozenset((a, b)) for kind, a, b in relations if kind == "agreement"}
    assert frozenset(("Facultad de Odontología", "Universidad de Talca")) not in agreements
    # one side: the university signs (a department beside its own university is no second party)
    assert frozenset(("Universidad de Talca", "Universidad de Wuhan")) in agreements


def test_two_signers_before_the_verb_sign_and_the_body_supplied_is_no_party(extract):
    _, relations = extract("es", "La Administración Nacional de Servicios Médicos (ANSM) y la empresa china Hebei Lantai "
                                 "Medical Co., Ltd. firmaron el lunes un contrato para el suministro de lentes al Hospital "
                                 "de Ojos Artigas, que depende de ANSM, por un monto de US$ 2.000.000.")
    assert ("agreement", "Administración Nacional de Servicios Médicos", "Hebei Lantai Medical Co., Ltd.") in relations
    assert not any(r[0] == "agreement" and "Hospital de Ojos Artigas" in r[1:] for r in relations)


def test_an_acronym_that_is_also_a_towns_name_still_names_the_body(extract):
    _, relations = extract("es", "La Administración de los Servicios de Salud del Estado (ASSE) firmó un contrato. "
                                 "La presidenta de ASSE, Mariela Duarte, habló.")
    assert ("role", "Mariela Duarte", "Administración de los Servicios de Salud del Estado") in relations


def test_a_canadian_french_entente_is_an_agreement(extract):
    _, relations = extract("fr", "Biotechnologies Sorelle inc. annonce la signature d'une entente de distribution avec "
                                 "Hebei Lantai Medical Co., Ltd.")
    assert ("agreement", "Biotechnologies Sorelle inc.", "Hebei Lantai Medical Co., Ltd.") in relations
