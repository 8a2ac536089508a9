"""Embassies, consulates and chambers of commerce: a mission of one nation in another is one
name with its country scope ("Embassy of Chile in Norway", "Kinas generalkonsulat i
Göteborg", "Chambre de commerce allemande au Japon"), a city after "in" stays its seat, a
bilateral adjective closes a chamber's name; in English, German, Danish, Swedish,
Norwegian, Dutch, French, Spanish, Italian and Portuguese text.

Invented sentences in the style of machine-translated health-cooperation press releases;
each fix has a positive case and a look-alike that must stay as it was. The whole
extractor runs (entities, relations and events), as the command line does.
"""
from __future__ import annotations

import pytest


# --- a body whose official name runs on with the country it serves ----------------------------

@pytest.mark.parametrize("language, text, entity", [
    ("en", "The Irish Chamber of Commerce in Japan signed a memorandum with Kelso Hospital.",
     ("Association", "Irish Chamber of Commerce in Japan")),
    ("en", "The Embassy of Chile in Norway hosted a seminar on health technology.",
     ("GovernmentBody", "Embassy of Chile in Norway")),
    ("en", "The British Chamber of Commerce in the United States hosted a forum.",
     ("Association", "British Chamber of Commerce in the United States")),
    ("de", "Die Koreanische Handelskammer in Österreich unterzeichnete eine Absichtserklärung mit "
           "dem Klinikum Tarnow.", ("Association", "Koreanische Handelskammer in Österreich")),
    ("de", "Die Deutsche Botschaft in China lud zu einem Empfang ein.",
     ("GovernmentBody", "Deutsche Botschaft in China")),
    ("es", "La Embajada de Chile en Noruega organizó un seminario.",
     ("GovernmentBody", "Embajada de Chile en Noruega")),
    ("pt", "A Embaixada do Brasil na China organizou um seminário.",
     ("GovernmentBody", "Embaixada do Brasil na China")),
    ("fr", "L'Ambassade de France au Canada a organisé un séminaire.",
     ("GovernmentBody", "Ambassade de France au Canada")),
    ("nl", "De Nederlandse Kamer van Koophandel in Duitsland tekende een overeenkomst.",
     ("Association", "Nederlandse Kamer van Koophandel in Duitsland")),
])
def test_country_scope_is_part_of_the_name(language, text, entity, extract):
    entities, relations = extract(language, text)
    assert entity in entities
    assert not any(rel == "located_in" and subj == entity[1] for rel, subj, _o in relations)


@pytest.mark.parametrize("language, text, entity, seat", [
    ("en", "Orvane Hospital in Norway signed an agreement with Kelso Medical Ltd.",
     ("Hospital", "Orvane Hospital"), "Norway"),
    ("en", "The Embassy of Chile in Oslo hosted a seminar on health technology.",
     ("GovernmentBody", "Embassy of Chile"), "Oslo"),
    ("de", "Die Deutsche Botschaft in Peking lud zu einem Empfang ein.",
     ("GovernmentBody", "Deutsche Botschaft"), "Peking"),
    ("de", "Die Handelskammer Hamburg in Deutschland lud zu einem Empfang ein.",
     ("Association", "Handelskammer Hamburg"), "Deutschland"),
])
def test_a_city_or_another_head_after_in_stays_a_seat(language, text, entity, seat, extract):
    entities, relations = extract(language, text)
    assert entity in entities
    assert ("located_in", entity[1], seat) in relations


@pytest.mark.parametrize("text", [
    "The Irish Chamber of Commerce met in Vienna with Kelso Medical Ltd.",
    "Kelso Medical Ltd signed an agreement with the Chamber of Commerce in Germany.",
])
def test_no_country_scope_without_a_named_body_right_before_in(text, extract):
    entities, _ = extract("en", text)
    assert not any(" in " in name for _t, name in entities)


# --- embassies, consulates and chambers after a nationality or a country's genitive, with their scope

@pytest.mark.parametrize("language, text, entity", [
    ("sv", "Koreanska handelskammaren i Norge undertecknade ett samförståndsavtal med Lundby Medical AB.",
     ("Association", "Koreanska handelskammaren i Norge")),
    ("da", "Chiles ambassade i Sverige inviterede virksomheden Nordvik ApS til et møde.",
     ("GovernmentBody", "Chiles ambassade i Sverige")),
    ("no", "Japans ambassade i Danmark arrangerte et seminar om helseteknologi i Oslo.",
     ("GovernmentBody", "Japans ambassade i Danmark")),
    ("nl", "Medivaro NV tekende een overeenkomst met de Indiase kamer van koophandel in België.",
     ("Association", "Indiase kamer van koophandel in België")),
    ("nl", "De Chinese ambassade in Nederland ontving een delegatie van Medivaro NV.",
     ("GovernmentBody", "De Chinese ambassade in Nederland")),
    ("sv", "Den tyska handelskammaren i Sverige bjöd in företaget Lundby Medical AB.",
     ("Association", "Den tyska handelskammaren i Sverige")),
    ("da", "Det dansk-kinesiske handelskammer i Beijing holdt et møde.",
     ("Association", "Det dansk-kinesiske handelskammer i Beijing")),
    ("sv", "Kinas generalkonsulat i Göteborg anordnade ett seminarium.",
     ("GovernmentBody", "Kinas generalkonsulat i Göteborg")),
])
def test_mission_with_lower_case_head_and_scope(language, text, entity, extract):
    entities, _ = extract(language, text)
    assert entity in entities


@pytest.mark.parametrize("language, text, kept", [
    ("da", "Den nye ambassade i Oslo åbnede i går.", {("City", "Oslo")}),
    ("nl", "Het nieuwe consulaat in Antwerpen opende gisteren.", {("City", "Antwerpen")}),
    ("sv", "Hon besökte den vänstra hjärtkammaren i går.", set()),
    ("no", "Kinas ambassadør i Norge besøkte Haukeland universitetssjukehus.",
     {("Country", "Kina"), ("Country", "Norge"), ("Hospital", "Haukeland universitetssjukehus")}),
])
def test_mission_lookalikes(language, text, kept, extract):
    entities, _ = extract(language, text)
    assert entities == kept


@pytest.mark.parametrize("language, text, name", [
    ("fr", "Le forum, coorganisé par Medicen et la Chambre de commerce franco-chinoise, s'est tenu à Paris.",
     "Chambre de commerce franco-chinoise"),
    ("it", "La Camera di commercio italo-cinese ha organizzato un convegno.", "Camera di commercio italo-cinese"),
])
def test_bilateral_adjective_closes_a_name(language, text, name, extract):
    found, _ = extract(language, text)
    assert name in {n for _, n in found}


def test_a_hyphenated_word_that_is_no_bilateral_adjective_makes_no_name(extract):
    found, _ = extract("fr", "L'Hôpital anti-cancer a signé.")
    assert not found


# --- missions of a nation: the elided "d'" (it) and a lower-case nationality after the head ---

@pytest.mark.parametrize("language, text, name", [
    ("it", "L'Ambasciata d'Irlanda in Giappone ha ospitato un incontro.", "Ambasciata d'Irlanda in Giappone"),
    ("fr", "La Chambre de commerce allemande au Japon a signé un accord avec Varn SA.",
     "Chambre de commerce allemande au Japon"),
    ("es", "La Cámara de comercio alemana en Japón firmó un acuerdo con Varn S.A.",
     "Cámara de comercio alemana en Japón"),
])
def test_mission_of_a_nation_is_one_name(language, text, name, extract):
    entities, _ = extract(language, text)
    assert any(n == name for _t, n in entities), entities


def test_a_lower_case_adjective_that_is_no_nationality_makes_no_name(extract):
    entities, _ = extract("fr", "La Chambre de commerce générale a signé un accord avec Varn SA.")
    assert not any(n.startswith("Chambre") for _t, n in entities)
