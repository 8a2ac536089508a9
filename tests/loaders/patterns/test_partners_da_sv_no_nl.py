"""Partners in Danish, Swedish, Norwegian and Dutch (fifth probe round).

Invented sentences in the style of machine-translated press releases; each pattern has a
positive case and a look-alike that must not change.
"""
from __future__ import annotations

import pytest


# --- "X and Y are strategic partners"; the definite "the cooperation between X and Y" (sv) ------

@pytest.mark.parametrize("language, text, first, second", [
    ("da", "Aarhus Universitetshospital og Shenzhen Medical Association er strategiske partnere.",
     "Aarhus Universitetshospital", "Shenzhen Medical Association"),
    ("no", "Helse Bergen og Shandong helsekommisjon er strategiske partnere.",
     "Helse Bergen", "Shandong helsekommisjon"),
    ("sv", "Region Skåne och Fudan University är strategiska partner.", "Region Skåne", "Fudan University"),
    ("nl", "Het Isala Ziekenhuis en Sichuan University zijn strategische partners.",
     "Isala Ziekenhuis", "Sichuan University"),
    ("sv", "Samarbetet mellan Karolinska Vårdinstitut och Fudan Medical Center inleddes i april.",
     "Karolinska Vårdinstitut", "Fudan Medical Center"),
    ("sv", "Samverkan mellan Region Skåne och Fudan University fortsätter.", "Region Skåne", "Fudan University"),
])
def test_partners(language, text, first, second, extract):
    _entities, relations = extract(language, text)
    assert {("partner_of", first, second), ("partner_of", second, first)} & relations


@pytest.mark.parametrize("language, text", [
    ("no", "Helse Bergen og Shandong helsekommisjon søker strategiske partnere."),
    ("nl", "Het Isala Ziekenhuis en Sichuan University zoeken strategische partners."),
    ("da", "Aarhus Universitetshospital og Shenzhen Medical Association leder efter strategiske partnere."),
    ("sv", "Samarbetet med Fudan University och Region Skåne avtalades inte."),
])
def test_partner_lookalikes(language, text, extract):
    _entities, relations = extract(language, text)
    assert not any(r[0] == "partner_of" for r in relations)


# --- joint initiators after two bodies ("X og Y er fælles initiativtagere til ..."); a university
# --- named "Universitetet i Y" opens the sentence

@pytest.mark.parametrize("language, text, first, second", [
    ("da", "Syddansk Universitet og Zhejiang University er fælles initiativtagere til projektet.",
     "Syddansk Universitet", "Zhejiang University"),
    ("sv", "Uppsala universitet och Zhejiang University är gemensamma initiativtagare till centret.",
     "Uppsala universitet", "Zhejiang University"),
    ("no", "Universitetet i Oslo og Peking University er felles initiativtakere til senteret.",
     "Universitetet i Oslo", "Peking University"),
    ("nl", "De Radboud Universiteit en Fudan University zijn gezamenlijke initiatiefnemers van het project.",
     "Radboud Universiteit", "Fudan University"),
    ("en", "Corby Medical Ltd and Fudan University are joint initiators of the centre.",
     "Corby Medical Ltd", "Fudan University"),
])
def test_joint_initiators(language, text, first, second, extract):
    _entities, relations = extract(language, text)
    assert {("partner_of", first, second), ("partner_of", second, first)} & relations


@pytest.mark.parametrize("language, text", [
    ("sv", "Uppsala universitet och Zhejiang University söker initiativtagare till centret."),
    ("da", "Syddansk Universitet og Zhejiang University har været initiativtagere til to projekter hver."),
])
def test_joint_initiator_lookalikes(language, text, extract):
    _entities, relations = extract(language, text)
    assert not any(r[0] == "partner_of" for r in relations)


@pytest.mark.parametrize("language, text, kept", [
    ("no", "Sykehuset i Bergen signerte en avtale.", {("City", "Bergen")}),
    ("da", "Hospitalet i Odense underskrev en aftale.", {("City", "Odense")}),
    ("no", "Universitetet har signert en avtale.", set()),
])
def test_common_noun_opening_the_sentence(language, text, kept, extract):
    entities, _ = extract(language, text)
    assert entities == kept


# --- twinned regions and provinces ("X og Y er venskabsregioner") -------------------------------

@pytest.mark.parametrize("language, text, first, second", [
    ("da", "Region Midtjylland og Guangdong-provinsen er venskabsregioner.", "Region Midtjylland", "Guangdong"),
    ("sv", "Region Skåne och Hainan är vänregioner sedan 2005.", "Region Skåne", "Hainan"),
    ("no", "Vestland fylkeskommune og Zhejiang-provinsen er vennskapsregioner.", "Vestland fylkeskommune",
     "Zhejiang"),
    ("nl", "Noord-Brabant en Guangdong zijn partnerregio's.", "Noord-Brabant", "Guangdong"),
    ("nl", "De provincie Gelderland en Zhejiang zijn partnerprovincies.", "Gelderland", "Zhejiang"),
])
def test_partner_regions(language, text, first, second, extract):
    _entities, relations = extract(language, text)
    assert {("partner_of", first, second), ("partner_of", second, first)} & relations


@pytest.mark.parametrize("language, text", [
    ("da", "Region Midtjylland og Guangdong søger partnerregioner."),
    ("nl", "Gelderland zoekt partnerprovincies in Zhejiang en Guangdong."),
])
def test_partner_region_lookalikes(language, text, extract):
    _entities, relations = extract(language, text)
    assert not any(r[0] == "partner_of" for r in relations)


def test_city_adjective_bureau_as_co_organizer(extract):
    entities, relations = extract("no", "Konferansen ble arrangert av Rogaland fylkeskommune og Qingdao kommunale handelsbyrå.")
    assert ("GovernmentBody", "Qingdao kommunale handelsbyrå") in entities
    assert ("partner_of", "Rogaland fylkeskommune", "Qingdao kommunale handelsbyrå") in relations
