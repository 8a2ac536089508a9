"""A body represented by its officer ("X var representert ved administrerende direktør Y"); a
county or town GeoNames knows before a lower-case head of government ("Finnmark
fylkeskommune"); a body's name without its legal form ("Finnmarkssykehuset HF" ...
"Finnmarkssykehuset har ..."); a project funded in the present tense ("X støtter prosjektet med
750 000 kroner"); an amount scaled without a binary fraction's error.

Invented sentences; each rule has a look-alike that must not change.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("language, text, person, body", [
    ("no", "Lanbo Helse AS, som har hovedkontor i Xining i Kina, var representert ved administrerende direktør "
           "Weiming Sun.", "Weiming Sun", "Lanbo Helse AS"),
    ("en", "Kestrel Diagnostics Ltd was represented by Chief Executive Anna Lind.", "Anna Lind",
     "Kestrel Diagnostics Ltd"),
    ("fr", "La société Lanbo Santé SAS était représentée par la directrice générale Claire Dumas.", "Claire Dumas",
     "Lanbo Santé SAS"),
])
def test_a_body_represented_by_its_officer(language, text, person, body, extract):
    _entities, relations = extract(language, text)
    assert ("role", person, body) in relations


def test_a_body_represented_at_a_meeting_by_someone_without_title_gives_no_role(extract):
    _entities, relations = extract("en", "Kestrel Diagnostics Ltd was represented by Anna Lind.")
    assert not any(r[0] == "role" for r in relations)


@pytest.mark.parametrize("text, body", [
    ("Prosjektet støttes av Finnmark fylkeskommune med opplæring.", "Finnmark fylkeskommune"),
    ("Prosjektet støttes av Vadsø kommune.", "Vadsø kommune"),
])
def test_a_county_or_town_geonames_knows_names_a_government_body(text, body, extract):
    entities, _relations = extract("no", text)
    assert ("GovernmentBody", body) in entities


def test_an_unknown_word_before_a_municipality_head_names_none(extract):
    entities, _relations = extract("no", "Prosjektet støttes av Zqwerty kommune.")
    assert not any(name.startswith("Zqwerty") for _type, name in entities)


def test_a_body_is_named_again_without_its_legal_form(extraction):
    contract = extraction("Vardøsykehuset HF har inngått en avtale. Vardøsykehuset har inngått en avtale med "
                          "Lanbo Helse AS om utprøving.", "no").to_contract()
    hospital = next(e for e in contract["entities"] if e["name"] == "Vardøsykehuset HF")
    assert [m["text"] for m in hospital["mentions"]] == ["Vardøsykehuset HF", "Vardøsykehuset"]


@pytest.mark.parametrize("language, text", [
    ("no", "Finnmark fylkeskommune støtter prosjektet med 750 000 kroner til opplæring."),
    ("da", "Region Sjælland støtter projektet med 2 mio. kr. til uddannelse."),
    ("sv", "Region Norrbotten stöder projektet med 2 miljoner kronor."),
])
def test_a_project_funded_in_the_present_tense(language, text, extraction):
    events = extraction(text, language).to_contract()["events"]
    assert [e["type"] for e in events] == ["Project"] and events[0]["amount"] is not None


def test_support_for_no_project_is_no_project(extraction):
    events = extraction("Finnmark fylkeskommune støtter forslaget om en ny vei.", "no").to_contract()["events"]
    assert events == []


def test_a_scaled_amount_has_no_binary_fraction(extraction):
    events = extraction("Region Norrbotten stöder projektet med 4,1 miljoner kronor.", "sv").to_contract()["events"]
    assert events[0]["amount"]["value"] == 4_100_000


@pytest.mark.parametrize("language, text", [
    ("es", "El anuncio se realizó en presencia de la presidenta de Lanbo Salud S.A., la señora Wei Lan."),
    ("it", "Era presente la presidente di Lanbo Salute S.p.A., la signora Wei Lan."),
])
def test_a_courtesy_title_written_out_before_the_name(language, text, extract):
    _entities, relations = extract(language, text)
    assert any(r[0] == "role" and r[1] == "Wei Lan" and r[2].startswith("Lanbo") for r in relations)


def test_a_lone_signer_signs_for_the_other_party_of_an_agreement_told_two_sentences_before(extract):
    _entities, relations = extract("en", "On Tuesday, Anhui Tianmu Medical Co., Ltd. and Kestrel Diagnostics Ltd of Leeds "
                                         "signed a distribution agreement. The contract value is RMB 27.5 million yuan. "
                                         "The agreement was signed by Chairwoman WEI Lan and by Ms. Anna Lind, Chief "
                                         "Executive of Kestrel Diagnostics.")
    assert ("role", "WEI Lan", "Anhui Tianmu Medical Co., Ltd.") in relations


def test_a_lone_signer_of_an_agreement_told_long_before_gets_no_body(extract):
    _entities, relations = extract("en", "On Tuesday, Anhui Tianmu Medical Co., Ltd. and Kestrel Diagnostics Ltd signed "
                                         "a distribution agreement. It covers staplers. It runs three years. Training "
                                         "follows. Nurses come too. The agreement was signed by Chairwoman WEI Lan and "
                                         "by Ms. Anna Lind, Chief Executive of Kestrel Diagnostics.")
    assert ("role", "WEI Lan", "Anhui Tianmu Medical Co., Ltd.") not in relations
