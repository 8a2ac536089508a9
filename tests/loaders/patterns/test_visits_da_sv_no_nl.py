"""Visits in Danish, Swedish, Norwegian and Dutch (fifth probe round).

Invented sentences in the style of machine-translated press releases; each pattern has a
positive case and a look-alike that must not change.
"""
from __future__ import annotations

import pytest


# --- a host named at the start of a sentence by a bare name before a lower-case head ----------

@pytest.mark.parametrize("language, text, host, visitor", [
    ("no", "Haukeland universitetssjukehus tok imot en delegasjon fra Kina.", "Haukeland universitetssjukehus",
     "Kina"),
    ("no", "Ullevål universitetssykehus tok imot en delegasjon fra Qingdao.", "Ullevål universitetssykehus",
     "Qingdao"),
    ("sv", "Danderyd sjukhus tog emot en delegation från Suzhou.", "Danderyd sjukhus", "Suzhou"),
])
def test_host_opening_the_sentence(language, text, host, visitor, extract):
    entities, relations = extract(language, text)
    assert ("Hospital", host) in entities
    assert ("visit", visitor, host) in relations


@pytest.mark.parametrize("language, text", [
    ("no", "Nye sykehus ble bygget i Bergen."),
    ("no", "Stort sykehus åpnet i Bergen."),
    ("no", "Offentlig sykehus deltok."),
    ("sv", "Många sjukhus deltog."),
    ("da", "Dansk hospital deltog."),
    ("da", "Mange hospitaler deltog."),
])
def test_adjective_opening_the_sentence_names_no_body(language, text, extract):
    entities, _ = extract(language, text)
    assert not any(t == "Hospital" for t, _name in entities)


# --- a time phrase between the host's verb and a delegation from a place ----------------------

@pytest.mark.parametrize("language, text, host, visitor", [
    ("nl", "Het Radboudumc ontving vorige week een delegatie uit Tianjin.", "Radboudumc", "Tianjin"),
    ("nl", "Het Radboudumc ontving vorige maand een delegatie uit China.", "Radboudumc", "China"),
    ("da", "Aarhus Kommune modtog i sidste uge en stor delegation fra Shenzhen.", "Aarhus Kommune", "Shenzhen"),
    ("no", "Haukeland universitetssjukehus tok imot på mandag en delegasjon fra Qingdao.",
     "Haukeland universitetssjukehus", "Qingdao"),
])
def test_time_phrase_before_a_delegation_from_a_place(language, text, host, visitor, extract):
    _entities, relations = extract(language, text)
    assert ("visit", visitor, host) in relations


@pytest.mark.parametrize("language, text", [
    ("no", "Haukeland universitetssjukehus tok imot en rapport om en delegasjon fra Qingdao."),
    ("da", "Aarhus Kommune modtog et brev om en delegation fra Shenzhen."),
    ("nl", "Het Radboudumc ontving een verslag over een delegatie uit Tianjin."),
])
def test_delegation_inside_another_object_is_no_visit(language, text, extract):
    _entities, relations = extract(language, text)
    assert not any(r[0] == "visit" for r in relations)


# --- the passive: "X blev besøgt af en delegation fra Y" (Y a place or a body) -----------------

@pytest.mark.parametrize("language, text, host, visitor", [
    ("sv", "Region Skåne besöktes av en delegation från Guangdong på måndagen.", "Region Skåne", "Guangdong"),
    ("sv", "Karolinska Universitetssjukhuset besöktes av en delegation från Fudan University.",
     "Karolinska Universitetssjukhuset", "Fudan University"),
    ("nl", "Het Erasmus MC werd vorige week bezocht door een delegatie uit Wuhan.", "Erasmus MC", "Wuhan"),
    ("da", "Aarhus Universitetshospital blev besøgt af en delegation fra Shenzhen.",
     "Aarhus Universitetshospital", "Shenzhen"),
    ("da", "Aarhus Universitetshospital blev i går besøgt af en delegation fra Fudan University.",
     "Aarhus Universitetshospital", "Fudan University"),
    ("no", "Haukeland universitetssjukehus ble besøkt av en delegasjon fra Qingdao.",
     "Haukeland universitetssjukehus", "Qingdao"),
])
def test_passive_visit_by_a_delegation(language, text, host, visitor, extract):
    _entities, relations = extract(language, text)
    assert ("visit", visitor, host) in relations


@pytest.mark.parametrize("language, text", [
    ("sv", "Region Skåne besöktes av många under hösten i Guangdong."),
    ("nl", "Het Erasmus MC werd bezocht door veel patiënten uit Wuhan."),
])
def test_passive_visit_lookalikes(language, text, extract):
    _entities, relations = extract(language, text)
    assert not any(r[0] == "visit" for r in relations)


# --- an apposition opening with an article between the host and its verb ----------------------

@pytest.mark.parametrize("language, text, host, visitor", [
    ("nl", "Isala, een ziekenhuis in Zwolle, ontving een delegatie uit Shenzhen.", "Isala", "Shenzhen"),
    ("da", "Aarhus Universitetshospital, der er en del af Region Midtjylland, modtog en delegation fra Shenzhen.",
     "Aarhus Universitetshospital", "Shenzhen"),
    ("sv", "Sahlgrenska universitetssjukhuset, en del av Västra Götalandsregionen, tog emot en delegation från "
           "Shanghai.", "Sahlgrenska universitetssjukhuset", "Shanghai"),
    ("sv", "Sahlgrenska universitetssjukhuset, ett av Sveriges största sjukhus, tog emot en delegation från "
           "Fudan University.", "Sahlgrenska universitetssjukhuset", "Fudan University"),
    ("no", "Haukeland universitetssjukehus, en del av Helse Bergen, tok imot en delegasjon fra Qingdao.",
     "Haukeland universitetssjukehus", "Qingdao"),
])
def test_host_with_apposition(language, text, host, visitor, extract):
    _entities, relations = extract(language, text)
    assert ("visit", visitor, host) in relations


@pytest.mark.parametrize("language, text", [
    ("da", "Ifølge Aarhus Universitetshospital, som har en aftale med Region Midtjylland, modtog kommunen en "
           "delegation fra Shenzhen."),
])
def test_host_apposition_lookalikes(language, text, extract):
    _entities, relations = extract(language, text)
    assert not any(r[0] == "visit" for r in relations)


# --- study tours and working visits in a place: "var på studietur i Y" ---------------------------

@pytest.mark.parametrize("language, text, visitor, place", [
    ("da", "En delegation fra Aarhus Kommune var på studietur i Shenzhen.", "Aarhus Kommune", "Shenzhen"),
    ("sv", "En delegation från Region Skåne var på studieresa i Shanghai i maj.", "Region Skåne", "Shanghai"),
    ("no", "Helse Bergen var på studietur i Shanghai.", "Helse Bergen", "Shanghai"),
    ("nl", "Een delegatie van het Radboudumc was op studiereis in Shenzhen.", "Radboudumc", "Shenzhen"),
])
def test_study_tour(language, text, visitor, place, extract):
    _entities, relations = extract(language, text)
    assert ("visit", visitor, place) in relations


@pytest.mark.parametrize("language, text", [
    ("da", "Aarhus Kommune var i Shenzhen."),
    ("sv", "Region Skåne planerar en studieresa om Shanghai."),
])
def test_study_tour_lookalikes(language, text, extract):
    _entities, relations = extract(language, text)
    assert not any(r[0] == "visit" for r in relations)


# --- inversion after a time adverb: the visitor right after the verb, then the host -------------

@pytest.mark.parametrize("language, text, visit", [
    ("sv", "Harbin Qiaoxin Medical Technology Co., Ltd. och Vätter Optik AB samarbetar. I måndags besökte "
           "Qiaoxins tekniske chef Pan Yiling Vätter Optiks fabrik.",
     ("visit", "Pan Yiling", "Vätter Optik AB")),
    ("no", "Fredag besøkte representanter fra Telemark sykehus Qingdao Medical University for å drøfte forskning.",
     ("visit", "Telemark sykehus", "Qingdao Medical University")),
])
def test_inverted_visit_after_a_time_adverb(language, text, visit, extract):
    _, relations = extract(language, text)
    assert visit in relations


def test_inverted_visit_needs_a_visit_verb(extract):
    _, relations = extract("no", "Fredag signerte representanter fra Telemark sykehus en avtale med Qingdao Medical University.")
    assert not any(kind == "visit" for kind, _a, _b in relations)


@pytest.mark.parametrize("language, text, guest, host", [
    ("da", "Fra mandag havde Næstved Sygehus besøg af syv læger fra Harbin Central Hospital.",
     "Harbin Central Hospital", "Næstved Sygehus"),
    ("no", "I går hadde Haukeland universitetssjukehus besøk av en delegasjon fra Harbin Central Hospital.",
     "Harbin Central Hospital", "Haukeland universitetssjukehus"),
])
def test_host_with_the_verb_before_it_had_a_visit_from_guests(language, text, guest, host, extract):
    _, relations = extract(language, text)
    assert ("visit", guest, host) in relations


def test_a_visit_the_host_had_without_a_source_names_no_visitor(extract):
    _, relations = extract("da", "Sidste år havde Næstved Sygehus besøg af mange patienter.")
    assert not any(r[0] == "visit" for r in relations)


def test_a_delegation_of_a_size_from_a_place_visits(extract):
    _entities, relations = extract("da", "En delegation på tolv personer fra Hubei-provinsen i det centrale Kina "
                                         "har i denne uge besøgt Region Sjælland.")
    assert ("visit", "Hubei", "Region Sjælland") in relations
