"""Roles, agreements (with date and amount), visits and partner cities in ten languages.

Each case is a short text written for the test (fictional names) with its entities built
directly, so the tests do not depend on the entity recognizer.
"""
from __future__ import annotations

import re

import pytest

from healthkg.loaders.extraction.relations import find_relations_and_events


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
def extracted(request, document_with_entities):
    case = CASES[request.param]
    doc, ents = document_with_entities(case["text"], case["entities"], request.param, case["published"])
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


# -- patterns of how news states roles, places, units, co-organizers and visits ----------


# (texts written for the test, fictional names; each row: language, text, entities, and
# the relations (type, subject, object[, title]) that must be read)
PATTERN_CASES = [
    ("da", "Det siger administrerende direktør i Havbo Medical, Karen Vestergaard.",
     {"p/k": ("Person", ["Karen Vestergaard"]), "o/h": ("Company", ["Havbo Medical"])},
     [("role", "p/k", "o/h", "administrerende direktør")]),
    ("de", "Kammer-Hauptgeschäftsführer Dr. Uwe Brandt lobte das Projekt.",
     {"p/u": ("Person", ["Uwe Brandt"]), "o/k": ("Association", ["Kammer"])},
     [("role", "p/u", "o/k", "Hauptgeschäftsführer")]),
    ("es", "El contrato fue firmado por el presidente de Lumen Salud, Dr. Pablo Ríos.",
     {"p/p": ("Person", ["Pablo Ríos"]), "o/l": ("Company", ["Lumen Salud"])},
     [("role", "p/p", "o/l", "presidente")]),
    ("de", "Anwesend war der Generalkonsul der Republik Korea in Hamburg, Kim Jisoo.",
     {"p/k": ("Person", ["Kim Jisoo"]), "l/k": ("Country", ["Republik Korea"]),
      "l/h": ("City", ["Hamburg"])},
     [("role", "p/k", "l/k", "Generalkonsul")]),
    ("sv", "Avtalet undertecknades av Norrvik Biotech styrelseordförande Lena Dahl.",
     {"p/l": ("Person", ["Lena Dahl"]), "o/n": ("Company", ["Norrvik Biotech"])},
     [("role", "p/l", "o/n", "styrelseordförande")]),
    ("da", "Her talte overlæge Jens Krog fra Vesthavn Sygehus om forsøget.",
     {"p/j": ("Person", ["Jens Krog"]), "o/v": ("Hospital", ["Vesthavn Sygehus"])},
     [("role", "p/j", "o/v", "overlæge")]),
    ("es", "Una delegación de la Cámara de Comercio de Tarsis, encabezada por su vicepresidente Li Ren, llegó ayer.",
     {"p/l": ("Person", ["Li Ren"]), "o/c": ("Association", ["Cámara de Comercio de Tarsis"])},
     [("role", "p/l", "o/c", "vicepresidente")]),
    ("pt", "A Associação Vale Verde, que tem sede em Curitiba, apoiou o projeto.",
     {"o/a": ("Association", ["Associação Vale Verde"]), "l/c": ("City", ["Curitiba"])},
     [("located_in", "o/a", "l/c")]),
    ("sv", "Medora grundades 2011 i Umeå och har 300 anställda.",
     {"o/m": ("Company", ["Medora"]), "l/u": ("City", ["Umeå"])},
     [("located_in", "o/m", "l/u")]),
    ("pt", "Sorocaba, sede da Vitalmed, fica no interior.",
     {"o/v": ("Company", ["Vitalmed"]), "l/s": ("City", ["Sorocaba"])},
     [("located_in", "o/v", "l/s")]),
    ("es", "Visitaron el Hospital Norte, una de las tres unidades del Hospital Central de Tarsis.",
     {"o/n": ("Hospital", ["Hospital Norte"]), "o/c": ("Hospital", ["Hospital Central de Tarsis"])},
     [("part_of", "o/n", "o/c")]),
    ("no", "Samme dag inngikk Helsebro AS, datterselskapet til det svenske Helsebro AB, en avtale.",
     {"o/n": ("Company", ["Helsebro AS"]), "o/s": ("Company", ["Helsebro AB"])},
     [("part_of", "o/n", "o/s")]),
    ("fr", "Le colloque était co-organisé par Rhodanor et la Chambre de commerce de Valence (CCV).",
     {"o/r": ("Organization", ["Rhodanor"]), "o/c": ("Association", ["Chambre de commerce de Valence", "CCV"])},
     [("partner_of", "o/r", "o/c")]),
    ("it", "Il convegno è stato organizzato dal Comune di Lucca insieme al Politecnico di Lucca.",
     {"o/c": ("GovernmentBody", ["Comune di Lucca"]), "o/p": ("University", ["Politecnico di Lucca"])},
     [("partner_of", "o/c", "o/p")]),
    ("pt", "Os motores são feitos pela Tecnova, parceira tecnológica da Vitalmed desde 2019.",
     {"o/t": ("Company", ["Tecnova"]), "o/v": ("Company", ["Vitalmed"])},
     [("partner_of", "o/t", "o/v")]),
    # "the city X, ..., is the partner city of Y"
    ("de", "Die Stadt Lindau in der Region Schwaben, wo die Firma sitzt, ist seit 2001 Partnerstadt von Graz.",
     {"l/l": ("City", ["Lindau"]), "l/s": ("Region", ["Schwaben"]), "l/g": ("City", ["Graz"])},
     [("partner_of", "l/l", "l/g")]),
    ("fr", "La ville de Valence, dans la région Drôme, est depuis 1990 la ville jumelle de Parme.",
     {"l/v": ("City", ["Valence"]), "l/d": ("Region", ["Drôme"]), "l/p": ("City", ["Parme"])},
     [("partner_of", "l/v", "l/p")]),
    # an apposition naming the organization's place
    ("fr", "Le colloque s'est tenu au siège de Rhodanor, le pôle de santé de la région Bourgogne.",
     {"o/r": ("Organization", ["Rhodanor"]), "l/b": ("Region", ["Bourgogne"])},
     [("located_in", "o/r", "l/b")]),
    ("en", "The forum took place at Medvalley, the leading biotech cluster of the Leiden region.",
     {"o/m": ("Organization", ["Medvalley"]), "l/l": ("City", ["Leiden"])},
     [("located_in", "o/m", "l/l")]),
    ("es", "La reunión fue en Giralda Salud, la mayor empresa de salud de Sevilla.",
     {"o/g": ("Company", ["Giralda Salud"]), "l/s": ("City", ["Sevilla"])},
     [("located_in", "o/g", "l/s")]),
    # an organization opening its office somewhere
    ("de", "Die Isarmed GmbH, eine Tochter der Alpenmed AG, hat ihre Europazentrale im Gewerbepark Lech feierlich eröffnet.",
     {"o/i": ("Company", ["Isarmed GmbH"]), "o/a": ("Company", ["Alpenmed AG"]),
      "o/g": ("ResearchInstitute", ["Gewerbepark Lech"])},
     [("located_in", "o/i", "o/g")]),
    ("sv", "Företaget Vastra Medtech öppnar sitt första nordiska kontor i Lunds Forskningspark.",
     {"o/v": ("Company", ["Vastra Medtech"]), "o/l": ("ResearchInstitute", ["Lunds Forskningspark"])},
     [("located_in", "o/v", "o/l")]),
    ("en", "Bluewave Biotech opens a European office in Leiden.",
     {"o/b": ("Company", ["Bluewave Biotech"]), "l/l": ("City", ["Leiden"])},
     [("located_in", "o/b", "l/l")]),
    ("fr", "Rhodex SAS a inauguré son nouveau siège à Lyon.",
     {"o/r": ("Company", ["Rhodex SAS"]), "l/l": ("City", ["Lyon"])},
     [("located_in", "o/r", "l/l")]),
    ("es", "Giralda Salud abrió su primera oficina en Sevilla.",
     {"o/g": ("Company", ["Giralda Salud"]), "l/s": ("City", ["Sevilla"])},
     [("located_in", "o/g", "l/s")]),
    # "CEO X says that <body> will ..."
    ("no", "Daglig leder Ola Lie sier at Fjordlab AS nå vil ansette fem nye medarbeidere.",
     {"p/o": ("Person", ["Ola Lie"]), "o/f": ("Company", ["Fjordlab AS"])},
     [("role", "p/o", "o/f", "Daglig leder")]),
    ("en", "Managing director Ann Cole said that Bluewave Biotech will hire ten engineers.",
     {"p/a": ("Person", ["Ann Cole"]), "o/b": ("Company", ["Bluewave Biotech"])},
     [("role", "p/a", "o/b", "managing director")]),
    ("sv", "Vd Lena Dahl säger att Norrvik Biotech ska anställa fler.",
     {"p/l": ("Person", ["Lena Dahl"]), "o/n": ("Company", ["Norrvik Biotech"])},
     [("role", "p/l", "o/n", "vd")]),
    # board members
    ("nl", "Dr. Eva Smit, lid van de raad van bestuur van het Delta Ziekenhuis, gaf een presentatie.",
     {"p/e": ("Person", ["Eva Smit"]), "o/d": ("Hospital", ["Delta Ziekenhuis"])},
     [("role", "p/e", "o/d", "lid van de raad van bestuur")]),
    ("fr", "Paul Roux, membre du conseil d'administration de Rhodex SAS, a pris la parole.",
     {"p/p": ("Person", ["Paul Roux"]), "o/r": ("Company", ["Rhodex SAS"])},
     [("role", "p/p", "o/r", "membre du conseil d'administration")]),
    ("es", "Luis Vega, miembro del consejo de administración de Giralda Salud, habló.",
     {"p/l": ("Person", ["Luis Vega"]), "o/g": ("Company", ["Giralda Salud"])},
     [("role", "p/l", "o/g", "miembro del consejo de administración")]),
    # "<body>, where its director <Name> ..."
    ("en", "The guests toured Harbor Clinic, where managing director Dr. Ann Cole showed the new ward.",
     {"p/a": ("Person", ["Ann Cole"]), "o/h": ("Hospital", ["Harbor Clinic"])},
     [("role", "p/a", "o/h", "managing director")]),
    ("de", "Danach besuchten sie das Klinikum Seestadt, wo Chefarzt Dr. Uwe Brandt die Station zeigte.",
     {"p/u": ("Person", ["Uwe Brandt"]), "o/k": ("Hospital", ["Klinikum Seestadt"])},
     [("role", "p/u", "o/k", "Chefarzt")]),
    ("da", "De besøgte Vesthavn Sygehus, hvor overlæge Jens Krog viste afdelingen frem.",
     {"p/j": ("Person", ["Jens Krog"]), "o/v": ("Hospital", ["Vesthavn Sygehus"])},
     [("role", "p/j", "o/v", "overlæge")]),
    ("sv", "Gruppen besökte Norrvik sjukhus, där sjukhusdirektör Lena Dahl visade den nya avdelningen.",
     {"p/l": ("Person", ["Lena Dahl"]), "o/n": ("Hospital", ["Norrvik sjukhus"])},
     [("role", "p/l", "o/n", "sjukhusdirektör")]),
    ("no", "Delegasjonen fikk en omvisning på Fjordsenteret, der avdelingsleder Ola Lie forklarte metoden.",
     {"p/o": ("Person", ["Ola Lie"]), "o/f": ("Organization", ["Fjordsenteret"])},
     [("role", "p/o", "o/f", "avdelingsleder")]),
    ("nl", "Daarna bezochten ze het Delta Ziekenhuis, waar directeur Eva Smit een presentatie gaf.",
     {"p/e": ("Person", ["Eva Smit"]), "o/d": ("Hospital", ["Delta Ziekenhuis"])},
     [("role", "p/e", "o/d", "directeur")]),
    ("fr", "La délégation a visité la Clinique du Parc, où le directeur M. Paul Roux a présenté le service.",
     {"p/p": ("Person", ["Paul Roux"]), "o/c": ("Hospital", ["Clinique du Parc"])},
     [("role", "p/p", "o/c", "directeur")]),
    ("es", "Visitaron el Hospital Norte, una de las tres unidades del Hospital Central de Tarsis, donde su "
           "director, Dr. Luis Vega, les mostró el quirófano.",
     {"p/l": ("Person", ["Luis Vega"]), "o/n": ("Hospital", ["Hospital Norte"]),
      "o/c": ("Hospital", ["Hospital Central de Tarsis"])},
     [("role", "p/l", "o/n", "director")]),
    ("it", "La delegazione ha visitato l'Ospedale di Lerici, dove il direttore sanitario Dott. Carlo Neri "
           "ha presentato il reparto.",
     {"p/c": ("Person", ["Carlo Neri"]), "o/o": ("Hospital", ["Ospedale di Lerici"])},
     [("role", "p/c", "o/o", "direttore sanitario")]),
    ("pt", "A delegação visitou o Hospital Vale Verde, onde foi recebida pelo superintendente, Dr. João Lima.",
     {"p/j": ("Person", ["João Lima"]), "o/h": ("Hospital", ["Hospital Vale Verde"])},
     [("role", "p/j", "o/h", "superintendente")]),
    ("en", "The guests then toured Leiden, Netherlands, the sister city of Oxford since 1990.",
     {"l/l": ("City", ["Leiden"]), "l/n": ("Country", ["Netherlands"]), "l/o": ("City", ["Oxford"])},
     [("partner_of", "l/l", "l/o")]),
]


@pytest.mark.parametrize("language, text, entities, expected", PATTERN_CASES,
                         ids=[f"{c[0]}-{c[3][0][0]}-{i}" for i, c in enumerate(PATTERN_CASES)])
def test_relation_patterns(language, text, entities, expected, document_with_titles):
    doc, ents = document_with_titles(text, language, entities)
    relations, _ = find_relations_and_events(doc, ents)
    found = {(r.type, r.subject, r.object): r.role for r in relations}
    symmetric = {(r.type, r.object, r.subject) for r in relations
                 if r.type in ("agreement", "partner_of")}
    for rtype, subject, obj, *title in expected:
        assert (rtype, subject, obj) in found or (rtype, subject, obj) in symmetric, \
            f"{rtype} {subject} -> {obj} not read in {text!r}: {sorted(found)}"
        if title:
            assert found[(rtype, subject, obj)] == title[0]


def test_a_country_after_a_city_places_it_and_is_no_partner(document_with_titles):
    doc, ents = document_with_titles("The guests then toured Leiden, Netherlands, the sister city of Oxford since 1990.",
                      "en", PATTERN_CASES[-1][2])
    relations, _ = find_relations_and_events(doc, ents)
    assert not any("l/n" in (r.subject, r.object) for r in relations if r.type == "partner_of")


def test_visit_to_coordinated_bodies_one_event(document_with_titles):
    text = ("A delegation led by Chen Mo arrived in the city on 3 May. "
            "The delegation visited Lakeside Hospital (LH) and the Orchard Institute. "
            "Later the delegation visited Bayview Labs.")
    doc, ents = document_with_titles(text, "en", {
        "p/c": ("Person", ["Chen Mo"]), "o/l": ("Hospital", ["Lakeside Hospital", "LH"]),
        "o/o": ("ResearchInstitute", ["Orchard Institute"]), "o/b": ("Company", ["Bayview Labs"])})
    relations, events = find_relations_and_events(doc, ents)
    assert triples(relations, "visit") == {("p/c", "o/l"), ("p/c", "o/o"), ("p/c", "o/b")}
    visits = [e for e in events if e.type == "Visit"]
    assert len(visits) == 1 and set(visits[0].participants) == {"p/c", "o/l", "o/o", "o/b"}


def test_visit_after_a_weekday_and_date(document_with_titles):
    text = "En delegasjon ledet av Li Wen besøkte torsdag 25. januar Fjellheim Sykehus."
    doc, ents = document_with_titles(text, "no", {
        "p/l": ("Person", ["Li Wen"]), "o/f": ("Hospital", ["Fjellheim Sykehus"])})
    relations, events = find_relations_and_events(doc, ents)
    assert ("p/l", "o/f") in triples(relations, "visit")
    assert [e.date for e in events if e.type == "Visit"] == ["2024-01-25"]


def test_leader_named_with_an_honorific_and_who_headed_a_delegation(document_with_titles):
    text = ("Une délégation de Tarsis, conduite par M. Wang Bo, est arrivée. "
            "La délégation a visité le Centre Rhodia et la Clinique Saint-Marc.")
    doc, ents = document_with_titles(text, "fr", {
        "p/w": ("Person", ["Wang Bo"]), "l/t": ("City", ["Tarsis"]),
        "o/r": ("ResearchInstitute", ["Centre Rhodia"]), "o/m": ("Hospital", ["Clinique Saint-Marc"])})
    relations, _ = find_relations_and_events(doc, ents)
    assert triples(relations, "visit") == {("p/w", "o/r"), ("p/w", "o/m")}
    text = ("O presidente Ana Reis, que chefiou uma delegação ao Brasil, falou. "
            "A delegação visitou a Clínica Aurora.")
    doc, ents = document_with_titles(text, "pt", {
        "p/a": ("Person", ["Ana Reis"]), "l/b": ("Country", ["Brasil"]),
        "o/c": ("Hospital", ["Clínica Aurora"])})
    relations, _ = find_relations_and_events(doc, ents)
    assert ("p/a", "o/c") in triples(relations, "visit")


def test_co_organized_forum_is_a_meeting(document_with_titles):
    text = "The Harbour Health Forum was held on 6 March, co-organized by Alpha Labs and Beta Clinic."
    doc, ents = document_with_titles(text, "en", {
        "o/a": ("Company", ["Alpha Labs"]), "o/b": ("Hospital", ["Beta Clinic"])})
    relations, events = find_relations_and_events(doc, ents)
    assert {frozenset(p) for p in triples(relations, "partner_of")} == {frozenset(("o/a", "o/b"))}
    assert [(e.type, e.date) for e in events] == [("Meeting", "2024-03-06")]


def test_signer_without_a_named_body_signs_in_the_event_but_is_no_party(document_with_titles):
    # the guidelines make bodies the parties; a signer whose body the text does not name
    # is a participant of the event, not a party of an `agreement` beside a body
    text = ("Lumen Salud firmó un contrato por 50 millones de pesos. El contrato fue firmado por el "
            "presidente de Lumen Salud, Pablo Ríos, y la directora general, Lic. Ana Soto.")
    doc, ents = document_with_titles(text, "es", {
        "o/l": ("Company", ["Lumen Salud"]), "p/p": ("Person", ["Pablo Ríos"]),
        "p/a": ("Person", ["Ana Soto"])})
    relations, events = find_relations_and_events(doc, ents)
    assert not any("p/a" in pair for pair in triples(relations, "agreement"))
    assert any(e.type == "Agreement" and "p/a" in e.participants for e in events)


def test_government_body_named_after_its_place_is_not_located_there(document_with_titles):
    text = "Region Vestmark og Vestmark Universitet arrangerede mødet."
    doc, ents = document_with_titles(text, "da", {
        "o/r": ("GovernmentBody", ["Region Vestmark"]), "o/u": ("University", ["Vestmark Universitet"]),
        "l/v": ("City", ["Vestmark"])})
    relations, _ = find_relations_and_events(doc, ents)
    assert triples(relations, "located_in") == {("o/u", "l/v")}


def test_unit_named_with_its_parent_in_the_genitive(document_with_titles):
    text = "Professor Ida Berg vid Lunda universitets institution för kirurgi leder studien."
    doc, ents = document_with_titles(text, "sv", {
        "p/i": ("Person", ["Ida Berg"]),
        "o/i": ("University", ["Lunda universitets institution för kirurgi"]),
        "o/u": ("University", ["Lunda universitet"]), "l/l": ("City", ["Lunda"])})
    relations, _ = find_relations_and_events(doc, ents)
    assert ("o/i", "o/u") in triples(relations, "part_of")
    assert ("o/i", "l/l") not in triples(relations, "located_in")
    assert ("role", "p/i", "o/i") in {(r.type, r.subject, r.object) for r in relations}


def test_events_dated_by_context(document_with_titles):
    text = ("On 6 May the Delta Forum was held by Alpha Labs. "
            "At the forum, Alpha Labs signed an agreement with Beta Clinic. "
            "The next day the delegation visited Gamma Institute.")
    doc, ents = document_with_titles(text, "en", {
        "o/a": ("Company", ["Alpha Labs"]), "o/b": ("Hospital", ["Beta Clinic"]),
        "o/g": ("ResearchInstitute", ["Gamma Institute"])})
    _, events = find_relations_and_events(doc, ents)
    assert [(e.type, e.date) for e in events] == [
        ("Meeting", "2024-05-06"), ("Agreement", "2024-05-06"), ("Visit", "2024-05-07")]


def test_event_dated_by_a_weekday_before_publication(document_with_entities):
    text = "Op donderdag werd in het Delta Centrum een conferentie gehouden."
    doc, ents = document_with_entities(text, {"o/d": ("ResearchInstitute", ["Delta Centrum"])}, "nl", "2023-10-09")
    _, events = find_relations_and_events(doc, ents)
    assert [(e.type, e.date) for e in events] == [("Meeting", "2023-10-05")]


@pytest.mark.parametrize("text, language, published, expected", [
    ("Lyon, 07/03/2024 (AFP) – Delta Santé et la Clinique Brune ont signé mardi une convention.", "fr",
     "2024-03-07", "2024-03-05"),
    ("Ulm, 7. März 2024 – Delta Medizin und die Brune Klinik unterzeichneten am Dienstag einen Vertrag.", "de",
     "2024-03-07", "2024-03-05"),
])
def test_a_dateline_does_not_date_the_event_its_sentence_reports(text, language, published, expected,
                                                                document_with_entities):
    doc, ents = document_with_entities(text, {"o/d": ("Company", ["Delta Santé", "Delta Medizin"]),
                                              "o/b": ("Hospital", ["Clinique Brune", "Brune Klinik"])},
                                       language, published)
    _, events = find_relations_and_events(doc, ents)
    assert [(e.type, e.date) for e in events] == [("Agreement", expected)]


def test_a_date_after_a_dash_inside_the_sentence_still_dates_the_event(document_with_entities):
    text = "Delta Medizin und die Brune Klinik unterzeichneten am 5. März 2024 – einem Dienstag – einen Vertrag."
    doc, ents = document_with_entities(text, {"o/d": ("Company", ["Delta Medizin"]),
                                              "o/b": ("Hospital", ["Brune Klinik"])}, "de", "2024-03-07")
    _, events = find_relations_and_events(doc, ents)
    assert [(e.type, e.date) for e in events] == [("Agreement", "2024-03-05")]


def test_a_restated_agreement_is_one_event(document_with_titles):
    text = ("Lumen Salud firmó un contrato con Clínica Norte. "
            "El contrato fue firmado por el presidente de Lumen Salud, Pablo Ríos.")
    doc, ents = document_with_titles(text, "es", {
        "o/l": ("Company", ["Lumen Salud"]), "o/n": ("Hospital", ["Clínica Norte"]),
        "p/p": ("Person", ["Pablo Ríos"])})
    _, events = find_relations_and_events(doc, ents)
    assert len([e for e in events if e.type == "Agreement"]) == 1


def test_a_parent_named_in_apposition_is_not_a_party(document_with_titles):
    text = "Samme dag inngikk Helsebro AS, datterselskapet til Helsebro AB, en avtale med Fjordlab."
    doc, ents = document_with_titles(text, "no", {
        "o/n": ("Company", ["Helsebro AS"]), "o/s": ("Company", ["Helsebro AB"]),
        "o/f": ("Company", ["Fjordlab"])})
    relations, _ = find_relations_and_events(doc, ents)
    assert {frozenset(p) for p in triples(relations, "agreement")} == {frozenset(("o/n", "o/f"))}
    assert ("o/n", "o/s") in triples(relations, "part_of")


def test_a_parent_named_after_its_subsidiary_among_the_parties_is_not_one(document_with_titles):
    text = ("È stata firmata la convenzione tra l'Ospedale Lumen e la società Arvo Europe B.V., "
            "filiale europea del gruppo Arvo Holding, con sede a Delft.")
    doc, ents = document_with_titles(text, "it", {
        "o/l": ("Hospital", ["Ospedale Lumen"]), "o/e": ("Company", ["Arvo Europe B.V."]),
        "o/h": ("Company", ["Arvo Holding"]), "p/d": ("City", ["Delft"])})
    relations, _ = find_relations_and_events(doc, ents)
    assert ("o/e", "o/h") in triples(relations, "part_of")
    assert {frozenset(p) for p in triples(relations, "agreement")} == {frozenset(("o/l", "o/e"))}


def test_cooperation_between_places_makes_partners(document_with_titles):
    text = "Tarsis ligger i Kina og har et samarbejde med Danmark inden for sundhed."
    doc, ents = document_with_titles(text, "da", {
        "l/t": ("City", ["Tarsis"]), "l/k": ("Country", ["Kina"]), "l/d": ("Country", ["Danmark"])})
    relations, _ = find_relations_and_events(doc, ents)
    assert {frozenset(p) for p in triples(relations, "partner_of")} == {frozenset(("l/t", "l/d"))}


def test_a_group_named_head_first_is_the_antecedent_of_the_group(document_with_titles):
    text = ("Lumen Salud firmó un contrato con Grupo Médico Sierra. El contrato fue firmado por el "
            "presidente de Lumen Salud, Pablo Ríos, y la directora general del grupo, Lic. Ana Soto.")
    doc, ents = document_with_titles(text, "es", {
        "o/l": ("Company", ["Lumen Salud"]), "o/g": ("Company", ["Grupo Médico Sierra"]),
        "p/p": ("Person", ["Pablo Ríos"]), "p/a": ("Person", ["Ana Soto"])})
    relations, _ = find_relations_and_events(doc, ents)
    assert ("p/a", "o/g") in triples(relations, "role")
    assert {frozenset(p) for p in triples(relations, "agreement")} == {frozenset(("o/l", "o/g"))}


def test_a_short_reference_does_not_cut_into_a_name(document_with_titles):
    text = ("La Cámara de Tarsis visitó la ciudad. El foro fue organizado por la Cámara Nacional "
            "de Comercio de Lerma y la Universidad de Lerma.")
    doc, ents = document_with_titles(text, "es", {
        "o/t": ("Association", ["Cámara de Tarsis"]),
        "o/c": ("Association", ["Cámara Nacional de Comercio de Lerma"]),
        "o/u": ("University", ["Universidad de Lerma"])})
    relations, _ = find_relations_and_events(doc, ents)
    assert {frozenset(p) for p in triples(relations, "partner_of")} == {frozenset(("o/c", "o/u"))}


DEMONYM_CASES = [
    ("da", "Aalborg", "Den aalborgensiske virksomhed Nordlys Medical har underskrevet en aftale."),
    ("no", "Bergen", "Det bergenske selskapet Fjordlab AS signerte en avtale."),
    ("sv", "Göteborg", "Det göteborgska företaget Vastra Medtech tecknade ett avtal."),
    ("de", "München", "Die Münchner Firma Isarmed GmbH unterzeichnete einen Vertrag."),
    ("nl", "Eindhoven", "Het Eindhovense bedrijf Kempen Medical tekende een overeenkomst."),
    ("fr", "Lyon", "La société lyonnaise Rhodex SAS a signé un contrat."),
    ("es", "Sevilla", "La empresa sevillana Giralda Salud firmó un contrato."),
    ("it", "Torino", "La torinese Betamed ha firmato un accordo."),
    ("pt", "Curitiba", "A distribuidora curitibana Pinhal Saúde assinou um contrato."),
]


@pytest.mark.parametrize("language, city, sentence", DEMONYM_CASES, ids=[c[0] for c in DEMONYM_CASES])
def test_an_organization_is_located_in_the_city_of_its_adjective(language, city, sentence, document_with_titles):
    org = {"da": "Nordlys Medical", "no": "Fjordlab AS", "sv": "Vastra Medtech", "de": "Isarmed GmbH",
           "nl": "Kempen Medical", "fr": "Rhodex SAS", "es": "Giralda Salud", "it": "Betamed",
           "pt": "Pinhal Saúde"}[language]
    text = f"{city} wird genannt. {sentence}" if language == "de" else f"{city} 2024. {sentence}"
    doc, ents = document_with_titles(text, language, {"l/c": ("City", [city]), "o/x": ("Company", [org])})
    relations, _ = find_relations_and_events(doc, ents)
    assert ("o/x", "l/c") in triples(relations, "located_in")


def test_a_country_adjective_does_not_place_an_organization(document_with_titles):
    text = "Lyon 2024. La société chinoise Rhodex SAS a signé un contrat avec Chine Santé."
    doc, ents = document_with_titles(text, "fr", {"l/l": ("City", ["Lyon"]), "o/x": ("Company", ["Rhodex SAS"]),
                                         "o/c": ("Company", ["Chine Santé"])})
    relations, _ = find_relations_and_events(doc, ents)
    assert triples(relations, "located_in") == set()


MAYOR_CASES = [
    ("en", "Mayor Ann Berg said that Leiden welcomes new companies.", "Ann Berg", "Leiden", "City"),
    ("da", "Borgmester Jens Krog fremhævede, at Vesthavn Kommune arbejder for investeringer.",
     "Jens Krog", "Vesthavn Kommune", "GovernmentBody"),
    ("de", "Oberbürgermeisterin Maria Berger betonte, dass Seestadt offen für Investoren sei.",
     "Maria Berger", "Seestadt", "City"),
    ("nl", "Burgemeester Eva Smit zei dat Deltastad open staat voor bedrijven.", "Eva Smit", "Deltastad", "City"),
    ("pt", "A cerimônia aconteceu na sede da Prefeitura de Sorocaba e contou com a presença da "
           "vice-prefeita Ana Lima.", "Ana Lima", "Prefeitura de Sorocaba", "GovernmentBody"),
    ("it", "Il sindaco Carlo Neri ha ricordato che Lerici punta sulla sanità.", "Carlo Neri", "Lerici", "City"),
]


@pytest.mark.parametrize("language, text, person, seat, seat_type", MAYOR_CASES,
                         ids=[c[0] for c in MAYOR_CASES])
def test_a_mayor_named_without_a_city_holds_the_role_in_the_city_of_the_sentence(
        language, text, person, seat, seat_type, document_with_titles):
    doc, ents = document_with_titles(text, language, {"p/m": ("Person", [person]), "x/s": (seat_type, [seat])})
    relations, _ = find_relations_and_events(doc, ents)
    assert ("p/m", "x/s") in triples(relations, "role")


def test_a_visiting_mayor_is_not_the_mayor_of_the_city_visited(document_with_titles):
    text = "Vice Mayor Li Ren visited Leiden on Monday."
    doc, ents = document_with_titles(text, "en", {"p/l": ("Person", ["Li Ren"]), "l/l": ("City", ["Leiden"])})
    relations, _ = find_relations_and_events(doc, ents)
    assert triples(relations, "role") == set()


def test_a_mayor_is_not_placed_in_a_city_after_in(document_with_titles):
    text = ("Anwesend waren Oberbürgermeisterin Maria Berger und der Generalkonsul der Republik Korea "
            "in Hamburg, Kim Jisoo.")
    doc, ents = document_with_titles(text, "de", {
        "p/m": ("Person", ["Maria Berger"]), "p/k": ("Person", ["Kim Jisoo"]),
        "l/k": ("Country", ["Republik Korea"]), "l/h": ("City", ["Hamburg"])})
    relations, _ = find_relations_and_events(doc, ents)
    assert not any(s == "p/m" for s, _ in triples(relations, "role"))


def test_a_partner_in_apposition_is_not_a_place(document_with_titles):
    text = "Medvalley, the long-standing partner of Leiden, signed."
    doc, ents = document_with_titles(text, "en", {"o/m": ("Organization", ["Medvalley"]), "l/l": ("City", ["Leiden"])})
    relations, _ = find_relations_and_events(doc, ents)
    assert triples(relations, "located_in") == set()


@pytest.mark.parametrize("language, text", [
    ("en", "Li Ren also visited Leiden University and the production site of Bluewave Biotech in Delft."),
    ("de", "Li Ren besuchte die Universität Seestadt und das Werk der Bluewave Biotech."),
    ("fr", "Li Ren a aussi visité l'Université Rhodanor 2 et le Bluewave Biotech."),
    ("es", "Li Ren visitó la Universidad de Tarsis y la planta de Bluewave Biotech."),
])
def test_a_visit_to_a_part_of_a_coordinated_body(language, text, document_with_titles):
    university = re.search(r"(Leiden University|Universität Seestadt|Université Rhodanor|Universidad de Tarsis)",
                           text).group(1)
    doc, ents = document_with_titles(text, language, {
        "p/l": ("Person", ["Li Ren"]), "o/u": ("University", [university]),
        "o/b": ("Company", ["Bluewave Biotech"])})
    relations, _ = find_relations_and_events(doc, ents)
    assert triples(relations, "visit") == {("p/l", "o/u"), ("p/l", "o/b")}


@pytest.mark.parametrize("language, text", [
    ("pt", "Assinou o presidente da Vitalmed, Li Ren, que chefiou uma delegação de oito executivos ao Brasil."),
    ("en", "The contract was signed by Li Ren of Vitalmed, who led a delegation of ten managers to Brazil."),
    ("es", "Firmó el presidente de Vitalmed, Li Ren, que encabezó una delegación de diez empresarios a Brasil."),
])
def test_leading_a_delegation_to_a_place_is_a_visit(language, text, document_with_titles):
    doc, ents = document_with_titles(text, language, {
        "p/l": ("Person", ["Li Ren"]), "o/v": ("Company", ["Vitalmed"]), "l/b": ("Country", ["Brasil", "Brazil"])})
    relations, _ = find_relations_and_events(doc, ents)
    assert ("p/l", "l/b") in triples(relations, "visit") or ("o/v", "l/b") in triples(relations, "visit")


def test_a_place_based_organization_is_located_there(extraction):
    text = ("The fair opened in Leiden. At the fair, Alpha Labs Inc. and the Leiden-based Bluewave Medical GmbH "
            "signed an agreement. The guests visited the plant of Bluewave Medical GmbH in Delft.")
    result = extraction(text, "en")
    names = {e.id: e.name for e in result.entities}
    located = {(names[r.subject], names[r.object]) for r in result.relations if r.type == "located_in"}
    assert ("Bluewave Medical GmbH", "Leiden") in located


def test_a_titled_speaker_does_not_hold_a_role_in_a_body_named_in_the_possessive(document_with_titles):
    text = "Director Ann Cole said that Bluewave Biotech's results were good."
    doc, ents = document_with_titles(text, "en", {"p/a": ("Person", ["Ann Cole"]), "o/b": ("Company", ["Bluewave Biotech"])})
    relations, _ = find_relations_and_events(doc, ents)
    assert triples(relations, "role") == set()


def test_an_office_opened_is_a_second_seat_beside_the_founding_place(document_with_titles):
    text = ("Vastra Medtech öppnar sitt första nordiska kontor i Lunds Forskningspark. "
            "Vastra Medtech grundades 2009 i Wuxi och har 1 200 anställda.")
    doc, ents = document_with_titles(text, "sv", {
        "o/v": ("Company", ["Vastra Medtech"]), "o/l": ("ResearchInstitute", ["Lunds Forskningspark"]),
        "l/w": ("City", ["Wuxi"])})
    relations, _ = find_relations_and_events(doc, ents)
    assert triples(relations, "located_in") == {("o/v", "o/l"), ("o/v", "l/w")}
