"""Fifth probe-and-fix round, English and German: partners (co-organizers, twin cities).

Invented sentences in the style of machine-translated press releases; each pattern has a
positive case and a look-alike that must not change.
"""
from __future__ import annotations

import pytest


# --- "together with" first: the co-organizer named before the organizer -------------------------

@pytest.mark.parametrize("language, text, pair", [
    ("en", "Together with Wuxi Ninth People's Hospital, Greyfield Medical Centre organised a symposium on stroke care.",
     ("Greyfield Medical Centre", "Wuxi Ninth People's Hospital")),
    ("de", "Gemeinsam mit der Industrie- und Handelskammer Heilbronn organisierte das Klinikum Heilbronn ein Symposium.",
     ("Klinikum Heilbronn", "Industrie- und Handelskammer Heilbronn")),
    ("de", "Das Klinikum Heilbronn veranstaltete gemeinsam mit der Universität Ulm ein Forum.",
     ("Klinikum Heilbronn", "Universität Ulm")),
    ("de", "Die Universität Ulm und das Klinikum Heilbronn veranstalteten ein Symposium.",
     ("Universität Ulm", "Klinikum Heilbronn")),
])
def test_co_organizers(language, text, pair, extract):
    _, relations = extract(language, text)
    assert {("partner_of",) + pair, ("partner_of",) + pair[::-1]} & relations


@pytest.mark.parametrize("language, text", [
    ("en", "Together with Wuxi Ninth People's Hospital, Greyfield Medical Centre signed a contract."),
    ("de", "Gemeinsam mit der Universität Ulm besuchte das Klinikum Heilbronn die Messe."),
    ("de", "Die Universität Ulm und das Klinikum Heilbronn veranstalteten keine Feier."),
])
def test_co_organizer_lookalikes(language, text, extract):
    _, relations = extract(language, text)
    assert not {r for r in relations if r[0] == "partner_of"}


# --- twin cities with an apposition between the first city and the verb --------------------------

@pytest.mark.parametrize("language, text, pair", [
    ("en", "Qingdao, a coastal city in Shandong province, is twinned with Kiel.", ("Qingdao", "Kiel")),
    ("en", "Yuxi, a city of two million, has been a sister city of Coventry since 2011.", ("Yuxi", "Coventry")),
])
def test_twin_city_after_apposition(language, text, pair, extract):
    _, relations = extract(language, text)
    assert ("partner_of",) + pair in relations


@pytest.mark.parametrize("language, text, absent", [
    ("en", "In Shandong, where Qingdao is twinned with Kiel, the forum opened.", ("partner_of", "Shandong", "Kiel")),
])
def test_twin_city_apposition_lookalikes(language, text, absent, extract):
    _, relations = extract(language, text)
    assert absent not in relations


# --- co-organizers named with a city word; twin cities with an apposition after the first ---------

@pytest.mark.parametrize("language, text, pair", [
    ("de", "Die Stadt Ulm und die Stadtregierung von Xiamen organisierten gemeinsam das Deutsch-Chinesische Gesundheitsforum.",
     ("Ulm", "Stadtregierung von Xiamen")),
    ("en", "The city of Coventry and Xiamen Municipal Government organised a forum on elderly care.",
     ("Coventry", "Xiamen Municipal Government")),
    ("en", "Xiamen, a city in Fujian province, and Coventry have been friendship cities since 2013.", ("Xiamen", "Coventry")),
    ("de", "Xiamen, die Hauptstadt der Provinz Fujian, und Ulm sind seit 2013 Partnerstädte.", ("Xiamen", "Ulm")),
])
def test_city_partners(language, text, pair, extract):
    _, relations = extract(language, text)
    assert ("partner_of",) + pair in relations


@pytest.mark.parametrize("language, text", [
    ("de", "Die Stadt Ulm und die Stadtregierung von Xiamen organisierten eine Reise."),
    ("en", "Xiamen, a city in Fujian province, and Coventry University signed a contract."),
])
def test_city_partner_lookalikes(language, text, extract):
    _, relations = extract(language, text)
    assert not {r for r in relations if r[0] == "partner_of"}


def test_cities_joined_by_a_friendship_agreement_are_partners(extract):
    _, relations = extract("de", "Passau und Wuhan sind seit 2019 durch eine Freundschaftsvereinbarung miteinander verbunden.")
    assert ("partner_of", "Passau", "Wuhan") in relations


def test_cities_in_one_sentence_without_a_twinning_word_are_no_partners(extract):
    _, relations = extract("de", "Passau und Wuhan sind seit 2019 durch eine Flugverbindung miteinander verbunden.")
    assert not any(kind == "partner_of" for kind, _a, _b in relations)


def test_a_bodys_partner_named_by_the_possessive(extract):
    _, relations = extract("en", "Reagents will be supplied by Ostwald GmbH's long-time partner Norrvik Diagnostics AB.")
    assert ("partner_of", "Ostwald GmbH", "Norrvik Diagnostics AB") in relations \
        or ("partner_of", "Norrvik Diagnostics AB", "Ostwald GmbH") in relations


def test_a_possessive_before_partner_and_a_common_noun_names_no_partner(extract):
    _, relations = extract("en", "Ostwald GmbH's partner hospitals in Harbin and Norrvik AB signed nothing.")
    assert not any(r[0] == "partner_of" for r in relations)
