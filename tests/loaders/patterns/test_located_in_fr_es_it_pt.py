"""Seats in French, Spanish, Italian and Portuguese (fifth probe-and-fix round).

Invented sentences in the style of machine-translated health-cooperation press releases.
Each fix has a positive case and a look-alike that must stay as it was; the whole
extractor runs (entities and relations) through the ``extract`` fixture.
"""
from __future__ import annotations

import pytest


# --- a place that houses a body's seat, and 'dont le siège social se trouve à' ----------------

@pytest.mark.parametrize("language, text, seat", [
    ("es", "Barcelona, capital de Cataluña, acoge la sede de la empresa Biomedic Iberia S.A.",
     ("Biomedic Iberia S.A.", "Barcelona")),
    ("it", "Firenze, capoluogo della Toscana, ospita la sede di Biosfera Srl e di altre aziende.",
     ("Biosfera Srl", "Firenze")),
    ("pt", "Braga acolhe a sede da Medisol Lda. desde 2019.", ("Medisol Lda.", "Braga")),
    ("fr", "Lyon accueille le siège de Medora SAS depuis 2020.", ("Medora SAS", "Lyon")),
    ("fr", "Biotalis SA, dont le siège social se trouve à Strasbourg, a inauguré un laboratoire.",
     ("Biotalis SA", "Strasbourg")),
])
def test_place_houses_seat(language, text, seat, extract):
    _, relations = extract(language, text)
    assert ("located_in", *seat) in relations


@pytest.mark.parametrize("language, text", [
    ("es", "Barcelona acoge la reunión de la sede de Biomedic Iberia S.A. en Madrid."),
    ("it", "Firenze ospita una delegazione di Biosfera Srl."),
    ("fr", "Lyon accueille une délégation de Medora SAS."),
])
def test_place_houses_seat_lookalikes(language, text, extract):
    _, relations = extract(language, text)
    assert not any(kind == "located_in" and b in ("Barcelona", "Firenze", "Lyon") for kind, _a, b in relations)


# --- a city in brackets after a whole name is its seat, not part of the name -------------------

@pytest.mark.parametrize("language, text, org, city", [
    ("fr", "Medora SAS (Lyon) et Biotalis SA (Strasbourg) ont cofondé la plateforme Santéo.", "Medora SAS", "Lyon"),
    ("fr", "L'Hôpital Saint-Arnaud (Lyon) a signé un accord avec Medora SAS.", "Hôpital Saint-Arnaud", "Lyon"),
    ("es", "Medilux S.L. (Valencia) firmó un convenio con la Universidad de Cantabria.", "Medilux S.L.", "Valencia"),
])
def test_bracketed_city_after_name(language, text, org, city, extract):
    entities, relations = extract(language, text)
    assert ("located_in", org, city) in relations
    assert not any(city in name and name != city for _type, name in entities)


@pytest.mark.parametrize("language, text, name", [
    ("en", "Huawei Technologies (Shenzhen) Co., Ltd. signed with Corby Hospital.",
     "Huawei Technologies (Shenzhen) Co., Ltd."),
    ("en", "Wuxi AppTec (Shanghai) Co. Ltd opened a lab in Lyon.", "Wuxi AppTec (Shanghai) Co. Ltd"),
])
def test_bracketed_city_inside_name_lookalikes(language, text, name, extract):
    entities, _ = extract(language, text)
    assert ("Company", name) in entities


# --- a city right after an organization's name with 'de'/'di'/'do' ---------------------------

@pytest.mark.parametrize("language, text, org, city", [
    ("fr", "Le président de l'hôpital Rochebrune de Nantes a signé la convention.", "Hôpital Rochebrune", "Nantes"),
    ("es", "La Clínica Santa Elena de Medellín firmó el convenio.", "Clínica Santa Elena", "Medellín"),
    ("pt", "O Hospital Santa Clara do Recife assinou o acordo.", "Hospital Santa Clara", "Recife"),
])
def test_city_after_the_name_with_of(language, text, org, city, extract):
    _, relations = extract(language, text)
    assert any(r[0] == "located_in" and r[1].startswith(org) and r[2] == city for r in relations)


def test_city_after_of_that_opens_a_coordination_is_no_seat(extract):
    _, relations = extract("fr", "La société Alba de Lyon et Wuhan ont signé.")
    assert not any(r[0] == "located_in" and r[2] == "Wuhan" for r in relations)


def test_seat_after_an_acronym_apposition(extract):
    _, relations = extract("it", "Dora Robotica S.r.l., PMI con sede a Torino che progetta esoscheletri, ha firmato.")
    assert ("located_in", "Dora Robotica S.r.l.", "Torino") in relations


# --- "la société", "l'entreprise": a short reference to the only company named before ---------

@pytest.mark.parametrize("language, text, seat", [
    ("fr", "C'est le cas de Corvène Médical SA. La société, basée à Annecy, a signé un accord.",
     ("Corvène Médical SA", "Annecy")),
    ("fr", "Corvène Médical SA a signé avec l'hôpital Xinhe. L'entreprise, basée à Annecy, investit.",
     ("Corvène Médical SA", "Annecy")),
    ("it", "Tessaro Medicale S.r.l. ha firmato con l'ospedale Xinhe. L'azienda, con sede a Varese, investe.",
     ("Tessaro Medicale S.r.l.", "Varese")),
])
def test_company_reference_finds_the_company(language, text, seat, extract):
    _, relations = extract(language, text)
    assert ("located_in", *seat) in relations



@pytest.mark.parametrize("text, org, place", [
    ("MONTRÉAL - Biotechnologies Sorelle inc. (« Sorelle » ou la « Société »), une société établie à Montréal, annonce "
     "une entente.", "Biotechnologies Sorelle inc.", "Montréal"),
    ("Sorelle annonce une entente avec Hebei Lantai Medical Co., Ltd. (« Lantai »), de Shijiazhuang, en Chine.",
     "Hebei Lantai Medical Co., Ltd.", "Shijiazhuang"),
])
def test_seats_after_a_defined_term_and_an_apposed_origin(text, org, place, extract):
    _, relations = extract("fr", text)
    assert ("located_in", org, place) in relations


def test_an_apposed_country_is_no_seat(extract):
    _, relations = extract("pt", "A Secretaria da Saúde e o Departamento de Comércio da Província de Anhui, da China, "
                                 "assinaram um memorando.")
    assert not any(r[0] == "located_in" and r[2] == "China" for r in relations)


def test_an_apposed_city_with_its_word(extract):
    _, relations = extract("pt", "No dia seguinte, o Hospital Geral de Benguela e o Hebei Sanitas Hospital, da cidade de "
                                 "Shijiazhuang, assinaram um memorando de entendimento.")
    assert ("located_in", "Hebei Sanitas Hospital", "Shijiazhuang") in relations
