"""Roles, agreements (with date and amount), visits and partner cities in ten languages.

Each case is a short text written for the test (fictional names) with its entities built
directly, so the tests do not depend on the entity recognizer.
"""
from __future__ import annotations

import re

import pytest

from healthkg.loaders.document import Document, Sentence
from healthkg.loaders.extraction.relations import find_relations_and_events
from healthkg.loaders.statements import Entity, Mention


def build(text: str, language: str, published: str, entities: dict[str, tuple[str, list[str]]]):
    """A document split at sentence ends, and entities with every mention of their names."""
    ends = [m.end() for m in re.finditer(r"(?<!\d)[.!?](?=\s+[A-ZÀ-Ý]|\s*$)", text)]
    sentences, start = [], 0
    for end in ends:
        while text[start] == " ":
            start += 1
        sentences.append(Sentence(start, end, text[start:end], language))
        start = end
    doc = Document(id="t", source="t.txt", text=text, language=language,
                   published=published, sentences=sentences)
    ents = []
    for eid, (etype, names) in entities.items():
        mentions = []
        for name in names:
            for m in re.finditer(re.escape(name), text):
                mentions.append(Mention(name, m.start(), m.end()))
        assert mentions, f"{name!r} not in the test text"
        ents.append(Entity(eid, etype, names[0], sorted(mentions, key=lambda m: m.start)))
    return doc, ents


CASES = {
    "en": dict(
        text=("Anna Lind, deputy director of Northfield Hospital, welcomed the guests. "
              "Northfield Hospital signed a cooperation agreement with Bluewave Biotech on March 14, 2024. "
              "The deal is worth $12 million. "
              "A delegation led by Peter Holm visited Bluewave Biotech. "
              "Leeds is the sister city of Dortmund."),
        published="2024-06-01",
        entities={"p/anna": ("Person", ["Anna Lind"]), "p/peter": ("Person", ["Peter Holm"]),
                  "o/a": ("Hospital", ["Northfield Hospital"]), "o/b": ("Company", ["Bluewave Biotech"]),
                  "l/1": ("City", ["Leeds"]), "l/2": ("City", ["Dortmund"])},
        role=("p/anna", "o/a", "deputy director"),
        date="2024-03-14", amount=(12_000_000, "USD"), visitor="p/peter"),
    "de": dict(
        text=("Der Geschäftsführer der Alpenmed GmbH, Thomas Huber, unterzeichnete am 3. März eine "
              "Kooperationsvereinbarung mit dem Klinikum Seestadt. "
              "Die Investition beläuft sich auf 4,5 Millionen Euro. "
              "Eine Delegation unter der Leitung von Maria Berger besuchte das Klinikum Seestadt. "
              "Graz ist die Partnerstadt von Darmstadt."),
        published="2024-05-01",
        entities={"p/anna": ("Person", ["Thomas Huber"]), "p/peter": ("Person", ["Maria Berger"]),
                  "o/a": ("Company", ["Alpenmed GmbH"]), "o/b": ("Hospital", ["Klinikum Seestadt"]),
                  "l/1": ("City", ["Graz"]), "l/2": ("City", ["Darmstadt"])},
        role=("p/anna", "o/a", "Geschäftsführer"),
        date="2024-03-03", amount=(4_500_000, "EUR"), visitor="p/peter"),
    "da": dict(
        text=("Direktøren for Fjordklinikken, Lars Nielsen, underskrev den 12. april en "
              "samarbejdsaftale med Nordhavn Pharma. "
              "Projektet har en værdi af 5 mio. kr. "
              "En delegation ledet af Mette Holm besøgte Nordhavn Pharma. "
              "Aarhus er venskabsby med Tampere."),
        published="2024-05-01",
        entities={"p/anna": ("Person", ["Lars Nielsen"]), "p/peter": ("Person", ["Mette Holm"]),
                  "o/a": ("Hospital", ["Fjordklinikken"]), "o/b": ("Company", ["Nordhavn Pharma"]),
                  "l/1": ("City", ["Aarhus"]), "l/2": ("City", ["Tampere"])},
        role=("p/anna", "o/a", "direktør"),
        date="2024-04-12", amount=(5_000_000, "DKK"), visitor="p/peter"),
    "sv": dict(
        text=("Eva Berg, vd för Solvik Medical, undertecknade den 2 februari ett avtal med "
              "Lunds Hälsocenter värt 20 miljoner kronor. "
              "En delegation ledd av Johan Ek besökte Lunds Hälsocenter. "
              "Uppsala är vänort till Tartu."),
        published="2024-05-01",
        entities={"p/anna": ("Person", ["Eva Berg"]), "p/peter": ("Person", ["Johan Ek"]),
                  "o/a": ("Company", ["Solvik Medical"]), "o/b": ("Hospital", ["Lunds Hälsocenter"]),
                  "l/1": ("City", ["Uppsala"]), "l/2": ("City", ["Tartu"])},
        role=("p/anna", "o/a", "vd"),
        date="2024-02-02", amount=(20_000_000, "SEK"), visitor="p/peter"),
    "no": dict(
        text=("Kari Nordmann, administrerende direktør i Fjellmed AS, signerte 15. mars en avtale "
              "med Vestkyst Sykehus om et prosjekt verdt 30 millioner kroner. "
              "En delegasjon ledet av Ola Dahl besøkte Vestkyst Sykehus. "
              "Bergen er vennskapsby med Seattle."),
        published="2024-05-01",
        entities={"p/anna": ("Person", ["Kari Nordmann"]), "p/peter": ("Person", ["Ola Dahl"]),
                  "o/a": ("Company", ["Fjellmed AS"]), "o/b": ("Hospital", ["Vestkyst Sykehus"]),
                  "l/1": ("City", ["Bergen"]), "l/2": ("City", ["Seattle"])},
        role=("p/anna", "o/a", "administrerende direktør"),
        date="2024-03-15", amount=(30_000_000, "NOK"), visitor="p/peter"),
    "nl": dict(
        text=("Jan de Vries, algemeen directeur van Polder Zorggroep, ondertekende op 8 mei een "
              "overeenkomst met Delta Biotech ter waarde van 7 miljoen euro. "
              "Een delegatie onder leiding van Sanne Bakker bezocht Delta Biotech. "
              "Haarlem is de zusterstad van Osaka."),
        published="2024-06-01",
        entities={"p/anna": ("Person", ["Jan de Vries"]), "p/peter": ("Person", ["Sanne Bakker"]),
                  "o/a": ("Organization", ["Polder Zorggroep"]), "o/b": ("Company", ["Delta Biotech"]),
                  "l/1": ("City", ["Haarlem"]), "l/2": ("City", ["Osaka"])},
        role=("p/anna", "o/a", "algemeen directeur"),
        date="2024-05-08", amount=(7_000_000, "EUR"), visitor="p/peter"),
    "fr": dict(
        text=("Marie Dubois, directrice générale de l'Hôpital Saint-Lazare, a signé le 5 juin un "
              "accord avec BioNova SA. "
              "Le projet représente 3,5 millions d'euros. "
              "Une délégation conduite par Paul Martin a visité BioNova SA. "
              "Lyon est la ville jumelle de Turin."),
        published="2024-07-01",
        entities={"p/anna": ("Person", ["Marie Dubois"]), "p/peter": ("Person", ["Paul Martin"]),
                  "o/a": ("Hospital", ["Hôpital Saint-Lazare"]), "o/b": ("Company", ["BioNova SA"]),
                  "l/1": ("City", ["Lyon"]), "l/2": ("City", ["Turin"])},
        role=("p/anna", "o/a", "directrice générale"),
        date="2024-06-05", amount=(3_500_000, "EUR"), visitor="p/peter"),
    "es": dict(
        text=("Carlos Gómez, director general de Clínica Andina, firmó el 10 de abril un convenio "
              "con Farmasur por 2 millones de dólares. "
              "Una delegación encabezada por Lucía Pérez visitó Farmasur. "
              "Valparaíso es ciudad hermana de Liverpool."),
        published="2024-05-01",
        entities={"p/anna": ("Person", ["Carlos Gómez"]), "p/peter": ("Person", ["Lucía Pérez"]),
                  "o/a": ("Hospital", ["Clínica Andina"]), "o/b": ("Company", ["Farmasur"]),
                  "l/1": ("City", ["Valparaíso"]), "l/2": ("City", ["Liverpool"])},
        role=("p/anna", "o/a", "director general"),
        date="2024-04-10", amount=(2_000_000, "USD"), visitor="p/peter"),
    "it": dict(
        text=("Giulia Bianchi, direttrice generale dell'Ospedale San Marco, ha firmato il 12 marzo "
              "un accordo con Medilab Srl del valore di 8 milioni di euro. "
              "Una delegazione guidata da Luca Romano ha visitato Medilab Srl. "
              "Firenze è la città gemella di Kyoto."),
        published="2024-05-01",
        entities={"p/anna": ("Person", ["Giulia Bianchi"]), "p/peter": ("Person", ["Luca Romano"]),
                  "o/a": ("Hospital", ["Ospedale San Marco"]), "o/b": ("Company", ["Medilab Srl"]),
                  "l/1": ("City", ["Firenze"]), "l/2": ("City", ["Kyoto"])},
        role=("p/anna", "o/a", "direttrice generale"),
        date="2024-03-12", amount=(8_000_000, "EUR"), visitor="p/peter"),
    "pt": dict(
        text=("Ana Souza, diretora do Hospital Boa Vista, assinou em 20 de maio um acordo com a "
              "Vitalis Farma no valor de 15 milhões de reais. "
              "Uma missão liderada por Pedro Costa visitou a Vitalis Farma. "
              "Curitiba é cidade irmã de Himeji."),
        published="2024-06-01",
        entities={"p/anna": ("Person", ["Ana Souza"]), "p/peter": ("Person", ["Pedro Costa"]),
                  "o/a": ("Hospital", ["Hospital Boa Vista"]), "o/b": ("Company", ["Vitalis Farma"]),
                  "l/1": ("City", ["Curitiba"]), "l/2": ("City", ["Himeji"])},
        role=("p/anna", "o/a", "diretora"),
        date="2024-05-20", amount=(15_000_000, "BRL"), visitor="p/peter"),
}


@pytest.fixture(scope="module", params=sorted(CASES))
def extracted(request):
    case = CASES[request.param]
    doc, ents = build(case["text"], request.param, case["published"], case["entities"])
    relations, events = find_relations_and_events(doc, ents)
    return case, relations, events


def triples(relations, rtype):
    return {(r.subject, r.object) for r in relations if r.type == rtype}


def test_role_with_title(extracted):
    case, relations, _ = extracted
    person, body, title = case["role"]
    roles = {(r.subject, r.object): r.role for r in relations if r.type == "role"}
    assert roles.get((person, body)) == title


def test_agreement_between_the_bodies(extracted):
    _, relations, _ = extracted
    pairs = {frozenset(p) for p in triples(relations, "agreement")}
    assert pairs == {frozenset(("o/a", "o/b"))}


def test_agreement_event_has_date_and_amount(extracted):
    case, _, events = extracted
    agreements = [e for e in events if e.type == "Agreement"]
    assert len(agreements) == 1
    event = agreements[0]
    assert set(event.participants) == {"o/a", "o/b"}
    assert event.date == case["date"]
    assert (event.amount.value, event.amount.currency) == case["amount"]
    assert event.id == "event/t/1"


def test_visit(extracted):
    case, relations, events = extracted
    assert (case["visitor"], "o/b") in triples(relations, "visit")
    visits = [e for e in events if e.type == "Visit"]
    assert [set(v.participants) for v in visits] == [{case["visitor"], "o/b"}]


def test_partner_city(extracted):
    _, relations, _ = extracted
    assert {frozenset(p) for p in triples(relations, "partner_of")} == {frozenset(("l/1", "l/2"))}


def test_evidence_is_the_sentence(extracted):
    case, relations, events = extracted
    text = case["text"]
    for item in list(relations) + list(events):
        ev = item.evidence
        assert text[ev.start:ev.end] == ev.text
        assert ev.text.endswith(".")
