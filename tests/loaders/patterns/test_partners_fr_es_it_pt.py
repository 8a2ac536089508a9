"""Partners in French, Spanish, Italian and Portuguese (fifth probe-and-fix round).

Invented sentences in the style of machine-translated health-cooperation press releases.
Each fix has a positive case and a look-alike that must stay as it was; the whole
extractor runs (entities and relations) through the ``extract`` fixture.
"""
from __future__ import annotations

import pytest


# --- "the cooperation between the region X and the province of Y": a place's kind noun before it

@pytest.mark.parametrize("language, text, pair", [
    ("fr", "La coopération entre la Région Normandie et la province du Hubei a été renforcée en 2024.",
     ("Région Normandie", "Hubei")),
    ("es", "La cooperación entre la Junta de Andalucía y la provincia de Guangdong se remonta a 2010.",
     ("Junta de Andalucía", "Guangdong")),
    ("it", "La cooperazione tra la Regione Toscana e la provincia dello Zhejiang è cresciuta nel 2024.",
     ("Regione Toscana", "Zhejiang")),
    ("pt", "A cooperação entre o Estado de São Paulo e a província de Jiangsu completou dez anos.",
     ("Estado de São Paulo", "Jiangsu")),
])
def test_cooperation_between_places_with_kind_noun(language, text, pair, extract):
    _, relations = extract(language, text)
    assert {("partner_of", *pair), ("partner_of", *reversed(pair))} & relations


@pytest.mark.parametrize("language, text, place", [
    ("fr", "La coopération entre les hôpitaux de la province du Hubei et Medora SAS a commencé en 2024.", "Hubei"),
    ("es", "La provincia de Guangdong y la cooperación entre hospitales crecen en 2024.", "Guangdong"),
    ("it", "La cooperazione tra gli ospedali della provincia dello Zhejiang è cresciuta nel 2024.", "Zhejiang"),
])
def test_cooperation_between_lookalikes(language, text, place, extract):
    _, relations = extract(language, text)
    assert not any(kind == "partner_of" and place in (a, b) for kind, a, b in relations)


# --- twin cities named before both places, and a delegation from the host's twin city -------

@pytest.mark.parametrize("language, text, pair", [
    ("fr", "Les villes jumelles de Bordeaux et de Rennes ont lancé un programme de santé.", ("Bordeaux", "Rennes")),
    ("fr", "Rennes a accueilli une délégation de la ville jumelle de Jinan.", ("Rennes", "Jinan")),
    ("it", "Il sindaco di Verona, Marco Bellini, ha ricevuto una delegazione della città gemellata di Suzhou.",
     ("Verona", "Suzhou")),
    ("es", "El alcalde de Zaragoza, Pedro Lanza, recibió a una delegación de la ciudad hermana de Jinan.",
     ("Zaragoza", "Jinan")),
    ("pt", "Aveiro recebeu uma delegação da cidade-irmã de Ningbo.", ("Aveiro", "Ningbo")),
])
def test_twin_cities(language, text, pair, extract):
    _, relations = extract(language, text)
    assert {("partner_of", *pair), ("partner_of", *reversed(pair))} & relations


@pytest.mark.parametrize("language, text", [
    ("fr", "Les villes de Bordeaux et de Rennes ont lancé un programme de santé."),
    ("it", "Verona ha ricevuto una delegazione della città di Suzhou."),
    ("es", "El alcalde de Zaragoza, Pedro Lanza, recibió a una delegación de Jinan."),
])
def test_twin_city_lookalikes(language, text, extract):
    _, relations = extract(language, text)
    assert not any(kind == "partner_of" for kind, _a, _b in relations)


# --- partners of long standing, and an alliance ------------------------------------------------

@pytest.mark.parametrize("language, text, pair", [
    ("fr", "Medora SAS, partenaire de longue date de l'Hôpital Ruijin, a ouvert un bureau à Shanghai.",
     ("Medora SAS", "Hôpital Ruijin")),
    ("es", "La Fundación Costa Salud, en alianza con la Universidad de Málaga, lanzó un programa.",
     ("Fundación Costa Salud", "Universidad de Málaga")),
    ("pt", "A Medisol Lda., parceira de longa data da Universidade de Aveiro, anunciou um investimento.",
     ("Medisol Lda.", "Universidade de Aveiro")),
    ("it", "Biosfera Srl, partner di lunga data dell'Istituto Gaslini, ha presentato un farmaco.",
     ("Biosfera Srl", "Istituto Gaslini")),
])
def test_long_standing_partner(language, text, pair, extract):
    _, relations = extract(language, text)
    assert ("partner_of", *pair) in relations


@pytest.mark.parametrize("language, text", [
    ("es", "La Fundación Costa Salud firmó una alianza con la Universidad de Málaga."),
    ("fr", "Medora SAS, ancien partenaire de longue date de l'Hôpital Ruijin, a ouvert un bureau."),
])
def test_long_standing_partner_lookalikes(language, text, extract):
    _, relations = extract(language, text)
    assert not any(kind == "partner_of" for kind, _a, _b in relations)


# --- co-founders with their seats in brackets ---------------------------------------------------

def test_cofounders_with_bracketed_seats(extract):
    _, relations = extract("fr", "Medora SAS (Lyon) et Biotalis SA (Strasbourg) ont cofondé la plateforme Santéo.")
    assert ("partner_of", "Medora SAS", "Biotalis SA") in relations
    assert not any(kind == "partner_of" and "Lyon" in (a, b) for kind, a, b in relations)


# --- feminine and strategic partners in the plural, not when denied -----------------------------

@pytest.mark.parametrize("language, text, pair", [
    ("pt", "A Universidade de Coimbra e a Universidade de Macau são parceiras desde 2015.",
     ("Universidade de Coimbra", "Universidade de Macau")),
    ("es", "La Fundación Costa Salud y la Universidad de Málaga son socias desde 2015.",
     ("Fundación Costa Salud", "Universidad de Málaga")),
])
def test_plural_partners(language, text, pair, extract):
    _, relations = extract(language, text)
    assert ("partner_of", *pair) in relations


@pytest.mark.parametrize("language, text", [
    ("pt", "A Universidade de Coimbra e a Universidade de Macau não são parceiras."),
    ("fr", "Medora SAS et Biotalis SA ne sont pas partenaires."),
])
def test_denied_plural_partners(language, text, extract):
    _, relations = extract(language, text)
    assert not any(kind == "partner_of" for kind, _a, _b in relations)


def test_the_body_itself_and_another_organise_a_meeting_together(extract):
    _, relations = extract("es", "Ayer el equipo participó en una jornada de capacitación en el Hospital de Clínicas, "
                                 "organizada por el propio hospital y la Sociedad de Cardiología del Uruguay.")
    assert ("partner_of", "Hospital de Clínicas", "Sociedad de Cardiología del Uruguay") in relations \
        or ("partner_of", "Sociedad de Cardiología del Uruguay", "Hospital de Clínicas") in relations


def test_a_bare_head_or_acronym_in_a_list_of_organisers_is_the_body_named_before(extraction):
    text = ("La Provincia autonoma di Bolzano e la Fondazione Cesare Brandi (FCB) hanno firmato un protocollo. "
            "Il centro è promosso da Provincia, Azienda Sanitaria dell'Alto Adige e FCB.")
    result = extraction(text, "it").to_contract()
    names = [e["name"] for e in result["entities"]]
    assert "Provincia" not in names and "FCB" not in names
