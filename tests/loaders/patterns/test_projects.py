"""Project events: investments announced, buildings built ("errichten", "bygger ett nytt
sjukhus"), "the two sides will jointly build", projects, programmes and joint laboratories
set going; and the look-alikes (a bridge, a prize, a visit programme); in English, German,
Danish, Swedish, Norwegian, Dutch, French, Spanish, Italian and Portuguese text.

Invented sentences in the style of machine-translated health-cooperation press releases;
each fix has a positive case and a look-alike that must stay as it was. The whole
extractor runs (entities, relations and events), as the command line does.
"""
from __future__ import annotations

import pytest

from healthkg.loaders.document import Document
from healthkg.loaders.extraction import extract_document


# --- projects: "errichten", and "the two sides will jointly build" after an agreement ---------

def test_german_project_errichten(extraction):
    result = extraction("Die Quenlo AG wird in Dresden ein neues Forschungszentrum errichten, "
                        "die Investitionssumme beträgt 20 Millionen Euro.", "de", "2024-05-10")
    assert [e.type for e in result.events] == ["Project"]
    assert result.events[0].amount.value == 20_000_000


@pytest.mark.parametrize("language, text", [
    ("en", "Brightwater Hospital and Quenlo Medical Ltd signed a cooperation agreement on 12 March "
           "2024. The two sides will jointly build a rehabilitation centre in Bristol, with a total "
           "investment of 50 million pounds."),
    ("de", "Das Klinikum Stuttgart und die Quenlo AG unterzeichneten am 3. Mai einen Vertrag. "
           "Beide Seiten werden in Stuttgart ein gemeinsames Labor errichten."),
])
def test_both_sides_project(language, text, extraction):
    result = extraction(text, language, "2024-05-10")
    projects = [e for e in result.events if e.type == "Project"]
    assert len(projects) == 1 and len(projects[0].participants) == 2
    agreements = [e for e in result.events if e.type == "Agreement"]
    assert len(agreements) == 1


def test_both_sides_without_project_word(extraction):
    result = extraction("Brightwater Hospital and Quenlo Medical Ltd signed a cooperation agreement. "
                        "Both sides praised the results in Bristol.", "en", "2024-05-10")
    assert [e.type for e in result.events] == ["Agreement"]


# --- a finite verb of building before a new thing is a project: "bygger ett nytt sjukhus" -----

def _events(extraction, language, text):
    return [e.type for e in extraction(text, language).events]


@pytest.mark.parametrize("language, text", [
    ("sv", "Region Skåne bygger ett nytt sjukhus i Malmö för 4,5 miljarder kronor."),
    ("da", "Region Nordjylland bygger et nyt hospital i Aalborg til 3 mia. kr."),
    ("no", "Helse Bergen bygger et nytt sykehus i Bergen."),
    ("nl", "Het Erasmus MC bouwt een nieuwe kliniek in Rotterdam voor 40 miljoen euro."),
])
def test_building_a_new_thing_is_a_project(language, text, extraction):
    assert "Project" in _events(extraction, language, text)


@pytest.mark.parametrize("language, text", [
    ("sv", "Region Skåne bygger en bro mellan Sverige och Kina."),
    ("da", "Region Nordjylland bygger en bro til Kina."),
    ("nl", "Het Erasmus MC bouwt een brug naar China."),
])
def test_building_a_bridge_is_no_project(language, text, extraction):
    assert "Project" not in _events(extraction, language, text)


@pytest.mark.parametrize("language, text", [
    ("es", "La empresa Grifols invertirá 50 millones de euros en una nueva planta en Tianjin."),
    ("fr", "Le groupe Sanofi investira 20 millions d'euros dans une usine à Suzhou."),
    ("it", "La società Menarini investirà 10 milioni di euro in un nuovo stabilimento."),
    ("pt", "A empresa Biomm investirá 5 milhões de reais em uma fábrica."),
])
def test_an_investment_announced_is_a_project(language, text):
    out = extract_document(Document(id="t", source="t", text=text, language=language)).to_contract()
    assert [e["type"] for e in out["events"]] == ["Project"]
    assert out["events"][0]["amount"] is not None


@pytest.mark.parametrize("language, text", [
    ("es", "La empresa Biolatex y el Hospital Ruber pusieron en marcha un proyecto piloto de telemedicina."),
    ("pt", "A empresa Biosaúde e o Hospital da Luz lançaram um projeto-piloto de telemedicina."),
    ("it", "L'Ospedale Niguarda e la società Medifarm hanno avviato un progetto di ricerca."),
])
def test_project_set_going(language, text, extraction):
    assert any(e.type == "Project" for e in extraction(text, language).events)


# --- programmes, initiatives and joint laboratories set going are projects --------------------

@pytest.mark.parametrize("language, text", [
    ("es", "El Hospital Clínic, en colaboración con la empresa Biolatex, puso en marcha un programa de telemedicina."),
    ("pt", "O Hospital de Braga, em parceria com a empresa Biosaúde, lançou um programa de telemedicina."),
    ("it", "La Fondazione Salute Globale e l'Università di Wuhan hanno costituito un laboratorio congiunto."),
    ("fr", "Le CHU de Lille et l'Institut Pasteur ont créé un laboratoire commun."),
])
def test_programme_or_joint_lab_is_a_project(language, text, extraction):
    assert any(e.type == "Project" for e in extraction(text, language).events)


@pytest.mark.parametrize("language, text", [
    ("es", "El Hospital Clínic creó un premio para jóvenes investigadores."),
    ("fr", "Le programme de la visite du CHU de Lille a été présenté."),
])
def test_prize_or_visit_programme_is_no_project(language, text, extraction):
    assert not any(e.type == "Project" for e in extraction(text, language).events)


# --- a project granted money: a project noun, an amount and a word of funding -------------------

@pytest.mark.parametrize("language, text", [
    ("no", "Forskningsprosjektet ledes av Haugesund sjukehus i samarbeid med Universitetet i Stavanger og har "
           "fått 3,2 millioner kroner i støtte fra Rogaland fylkeskommune."),
    ("fr", "Le ministère de la Santé du Québec a annoncé un financement de 1,4 million de dollars pour un projet "
           "pilote mené par le CHU de Québec et l'Université Laval."),
])
def test_a_project_granted_money(language, text, extraction):
    result = extraction(text, language, "2026-09-08")
    projects = [e for e in result.events if e.type == "Project"]
    assert projects and projects[0].amount is not None


def test_a_project_named_without_money_or_launch_is_no_project(extraction):
    result = extraction("Forskningsprosjektet ledes av Haugesund sjukehus i samarbeid med Universitetet i "
                        "Stavanger.", "no", "2026-09-08")
    assert not [e for e in result.events if e.type == "Project"]
