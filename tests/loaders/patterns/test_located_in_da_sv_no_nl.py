"""Seats of bodies in Danish, Swedish, Norwegian and Dutch (fifth probe round).

Invented sentences in the style of machine-translated press releases; each pattern has a
positive case and a look-alike that must not change.
"""
from __future__ import annotations

import pytest


# --- "<place>-based X" opening a name, hyphenated or a compound with a linking "s" -----------

@pytest.mark.parametrize("language, text, company, place", [
    ("da", "Odense-baserede Fyrtårn Medico ApS har underskrevet en aftale.", "Fyrtårn Medico ApS", "Odense"),
    ("da", "I går underskrev den Kolding-baserede Nordlys Pharma A/S en aftale.", "Nordlys Pharma A/S", "Kolding"),
    ("sv", "Göteborgsbaserade Vitalis Diagnostik AB har tecknat ett avtal.", "Vitalis Diagnostik AB", "Gothenburg"),
    ("sv", "Det Stockholmsbaserade företaget Vitalis Diagnostik AB tecknade ett avtal.", "Vitalis Diagnostik AB",
     "Stockholm"),
    ("sv", "Malmöbaserade Lundby Medical AB har tecknat ett avtal.", "Lundby Medical AB", "Malmö"),
    ("no", "Bergen-baserte Fjordhelse AS har inngått en avtale.", "Fjordhelse AS", "Bergen"),
    ("no", "Oslobaserte Fjordhelse AS har inngått en avtale.", "Fjordhelse AS", "Oslo"),
])
def test_based_word_before_a_name(language, text, company, place, extract):
    entities, relations = extract(language, text)
    assert ("Company", company) in entities
    assert ("located_in", company, place) in relations
    assert not any(place in name and name != place for _type, name in entities)


@pytest.mark.parametrize("language, text", [
    ("da", "Evidensbaserede Fyrtårn Medico ApS har underskrevet en aftale."),
    ("sv", "Webbaserade Vitalis Diagnostik AB har tecknat ett avtal."),
    ("no", "Nettbaserte Fjordhelse AS har inngått en avtale."),
    ("da", "Holdet bag Fyrtårn Medico ApS er baseret på forskning."),
])
def test_based_word_lookalikes(language, text, extract):
    """A "-based" compound of no place names no seat."""
    entities, relations = extract(language, text)
    assert not any(t in ("City", "Region", "Country") for t, _name in entities)
    assert not any(r[0] == "located_in" for r in relations)


# --- a Dutch company named by its legal form "BV" (no dots), so its seat is read -----------------

@pytest.mark.parametrize("language, text, company, place", [
    ("nl", "Zorvada BV uit Eindhoven tekende een overeenkomst met Fudan University.", "Zorvada BV", "Eindhoven"),
    ("nl", "Zorvada BV, met hoofdkantoor in Eindhoven, tekende een overeenkomst.", "Zorvada BV", "Eindhoven"),
    ("nl", "Het in Eindhoven gevestigde Zorvada BV tekende een overeenkomst.", "Zorvada BV", "Eindhoven"),
])
def test_bv_company_and_seat(language, text, company, place, extract):
    entities, relations = extract(language, text)
    assert ("Company", company) in entities
    assert ("located_in", company, place) in relations


@pytest.mark.parametrize("language, text, kept", [
    ("nl", "De afdeling Bv tekende.", set()),
    ("nl", "Volgens BV Nederland groeit de markt.", {("Country", "Nederland")}),
])
def test_bv_lookalikes(language, text, kept, extract):
    entities, _ = extract(language, text)
    assert entities == kept


# --- "<place>-company X" written as one compound: "Göteborgsföretaget X", "Bergensselskapet X" --

@pytest.mark.parametrize("language, text, company, place", [
    ("sv", "Göteborgsföretaget Vitalis Diagnostik AB tecknade ett avtal.", "Vitalis Diagnostik AB", "Gothenburg"),
    ("sv", "Göteborg-företaget Vitalis Diagnostik AB tecknade ett avtal.", "Vitalis Diagnostik AB", "Gothenburg"),
    ("no", "Bergensselskapet Fjordhelse AS signerte en avtale.", "Fjordhelse AS", "Bergen"),
    ("da", "Odensefirmaet Fyrtårn Medico ApS underskrev en aftale.", "Fyrtårn Medico ApS", "Odense"),
])
def test_place_company_compound(language, text, company, place, extract):
    entities, relations = extract(language, text)
    assert ("Company", company) in entities
    assert ("located_in", company, place) in relations


@pytest.mark.parametrize("language, text", [
    ("sv", "Medicinföretaget Vitalis Diagnostik AB tecknade ett avtal."),
    ("no", "Teknologiselskapet Fjordhelse AS signerte en avtale."),
    ("da", "Medicovirksomheden Fyrtårn Medico ApS underskrev en aftale."),
])
def test_place_company_compound_lookalikes(language, text, extract):
    entities, relations = extract(language, text)
    assert not any(t in ("City", "Region", "Country") for t, _name in entities)
    assert not any(r[0] == "located_in" for r in relations)


# --- "X in <noun> in Y": a second "in" inside the gap names where something else is, not X's seat

@pytest.mark.parametrize("language, text", [
    ("da", "Aarhus Kommune deltog sammen med Aarhus Universitet i messen i Shanghai."),
    ("sv", "Region Skåne deltog tillsammans med Lunds universitet i mässan i Shanghai."),
])
def test_in_a_noun_in_a_place_is_no_seat(language, text, extract):
    _entities, relations = extract(language, text)
    assert not any(r[0] == "located_in" for r in relations)


@pytest.mark.parametrize("language, text, company, place", [
    ("da", "Fyrtårn Medico ApS i det centrale Kolding underskrev en aftale.", "Fyrtårn Medico ApS", "Kolding"),
    ("en", "Corby Medical Ltd in central Leeds signed an agreement.", "Corby Medical Ltd", "Leeds"),
])
def test_in_a_modified_place_stays_a_seat(language, text, company, place, extract):
    _entities, relations = extract(language, text)
    assert ("located_in", company, place) in relations


# --- a Dutch city adjective in -se right before a company's name: "het Eindhovense X BV" ----------

@pytest.mark.parametrize("language, text, company, place", [
    ("nl", "Het Eindhovense Zorvada BV tekende een overeenkomst met Fudan University.", "Zorvada BV", "Eindhoven"),
    ("nl", "Het Leidse Zorvada BV tekende een overeenkomst.", "Zorvada BV", "Leiden"),
])
def test_dutch_city_adjective_before_a_name(language, text, company, place, extract):
    entities, relations = extract(language, text)
    assert ("Company", company) in entities
    assert ("located_in", company, place) in relations


@pytest.mark.parametrize("language, text", [
    ("nl", "Het Engelse Zorvada BV tekende een overeenkomst."),
    ("nl", "Het Japanse Zorvada BV tekende een overeenkomst."),
])
def test_dutch_nationality_adjective_is_no_seat(language, text, extract):
    _entities, relations = extract(language, text)
    assert not any(r[0] == "located_in" for r in relations)


@pytest.mark.parametrize("language, text, seat", [
    ("nl", "De Noordelijke Zorgalliantie (NZA), die haar hoofdkantoor in Groningen heeft, hield een congres.",
     ("Noordelijke Zorgalliantie", "Groningen")),
    ("en", "The Baltic Rehabilitation Alliance, which has its secretariat in Nijmegen, met in Oslo.",
     ("Baltic Rehabilitation Alliance", "Nijmegen")),
])
def test_seat_in_a_relative_clause(language, text, seat, extract):
    _, relations = extract(language, text)
    assert ("located_in", *seat) in relations


def test_relative_clause_with_a_branch_elsewhere_gives_no_seat(extract):
    _, relations = extract("en", "The Baltic Rehabilitation Alliance, which opened a clinic in Nijmegen, met in Oslo.")
    assert ("located_in", "Baltic Rehabilitation Alliance", "Nijmegen") not in relations


def test_dutch_apposition_without_article_gives_the_seat(extract):
    _, relations = extract("nl", "Lintel Medical B.V., ontwikkelaar van wegwerpscopen uit Zwolle, heeft geld opgehaald.")
    assert ("located_in", "Lintel Medical B.V.", "Zwolle") in relations


def test_dutch_apposition_of_partners_from_a_country_gives_no_seat(extract):
    _, relations = extract("nl", "Lintel B.V., partner van bedrijven uit China, tekende het contract.")
    assert not any(t == "located_in" for t, _s, _o in relations)


@pytest.mark.parametrize("language, text, org, place", [
    ("da", "Selskabet etablerer et fælles selskab, Lantai Nordic Medical ApS, med hjemsted i Odense.",
     "Lantai Nordic Medical ApS", "Odense"),
    ("nl", "Lantai richt daarvoor de dochteronderneming Lantai Medical Europe BV op, met zetel in Zwijndrecht.",
     "Lantai Medical Europe BV", "Zwijndrecht"),
])
def test_a_registered_seat_after_the_name(language, text, org, place, extract):
    _, relations = extract(language, text)
    assert ("located_in", org, place) in relations
