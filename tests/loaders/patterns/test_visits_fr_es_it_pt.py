"""Visits in French, Spanish, Italian and Portuguese (fifth probe-and-fix round).

Invented sentences in the style of machine-translated health-cooperation press releases.
Each fix has a positive case and a look-alike that must stay as it was; the whole
extractor runs (entities and relations) through the ``extract`` fixture.
"""
from __future__ import annotations

import pytest


# --- a delegation from a place named by its kind noun or as the host's twin city ------------

@pytest.mark.parametrize("language, text, visit", [
    ("it", "Verona ha ricevuto una delegazione della città di Suzhou.", ("Suzhou", "Verona")),
    ("it", "Verona ha ricevuto una delegazione della provincia dello Zhejiang.", ("Zhejiang", "Verona")),
    ("fr", "Le maire de Rennes, Paul Aubert, a reçu une délégation de la ville jumelle de Jinan.",
     ("Jinan", "Rennes")),
    ("pt", "Aveiro recebeu uma delegação da cidade-irmã de Ningbo.", ("Ningbo", "Aveiro")),
])
def test_delegation_from_named_place(language, text, visit, extract):
    _, relations = extract(language, text)
    assert ("visit", *visit) in relations


@pytest.mark.parametrize("language, text", [
    ("it", "Verona ha ricevuto una lettera della città di Suzhou."),
    ("fr", "Rennes a accueilli un concert de la ville jumelle de Jinan."),
])
def test_delegation_lookalikes(language, text, extract):
    _, relations = extract(language, text)
    assert not any(kind == "visit" for kind, _a, _b in relations)


# --- a time phrase between the passive of receiving and its agent ------------------------------

@pytest.mark.parametrize("language, text, visit", [
    ("fr", "Une délégation de la Chambre de commerce de Valmont a été reçue le 12 février par l'Hôpital "
           "Saint-Arnaud de Lyon.", ("Chambre de commerce de Valmont", "Hôpital Saint-Arnaud de Lyon")),
    ("es", "Una delegación de la Universidad de Cantabria fue recibida el lunes por el Hospital Clínico de "
           "Salamanca.", ("Universidad de Cantabria", "Hospital Clínico de Salamanca")),
    ("it", "Una delegazione dell'Università di Fudan è stata ricevuta lunedì dall'Ospedale di Cremona.",
     ("Università di Fudan", "Ospedale di Cremona")),
    ("pt", "Uma delegação da Universidade do Minho foi recebida na segunda-feira pelo Hospital da Luz.",
     ("Universidade do Minho", "Hospital da Luz")),
])
def test_received_with_time_before_agent(language, text, visit, extract):
    _, relations = extract(language, text)
    assert ("visit", *visit) in relations


@pytest.mark.parametrize("language, text", [
    ("fr", "La demande de Medora SAS a été reçue le 12 février par l'Hôpital Saint-Arnaud."),
    ("es", "El informe de Medilux S.L. fue recibido el lunes por el Hospital Clínico de Salamanca."),
])
def test_received_lookalikes(language, text, extract):
    _, relations = extract(language, text)
    assert not any(kind == "visit" for kind, _a, _b in relations)


# --- a mission as a delegation, and 'from' before the sender ----------------------------------

@pytest.mark.parametrize("language, text, visit", [
    ("it", "L'Ospedale di Cremona ha accolto una missione di studio dall'Università di Fudan.",
     ("Università di Fudan", "Ospedale di Cremona")),
    ("it", "L'Ospedale di Cremona ha accolto una delegazione dall'Università di Fudan.",
     ("Università di Fudan", "Ospedale di Cremona")),
    ("fr", "L'Hôpital Saint-Arnaud a accueilli une mission d'étude de l'Université de Wuhan.",
     ("Université de Wuhan", "Hôpital Saint-Arnaud")),
    ("es", "El Hospital Clínico de Salamanca recibió una delegación procedente de la Universidad de Wuhan.",
     ("Universidad de Wuhan", "Hospital Clínico de Salamanca")),
    ("pt", "O Hospital da Luz recebeu uma missão empresarial da Câmara de Comércio de Macau.",
     ("Câmara de Comércio de Macau", "Hospital da Luz")),
])
def test_mission_from_sender(language, text, visit, extract):
    _, relations = extract(language, text)
    assert ("visit", *visit) in relations


@pytest.mark.parametrize("language, text", [
    ("it", "Biosfera Srl ha ricevuto un premio dalla Regione Lombardia."),
    ("fr", "La mission de l'Hôpital Saint-Arnaud est de soigner les patients de Lyon."),
    ("es", "El Hospital Clínico de Salamanca recibió una donación procedente de la Fundación Costa Salud."),
])
def test_mission_lookalikes(language, text, extract):
    _, relations = extract(language, text)
    assert not any(kind == "visit" for kind, _a, _b in relations)


# --- a study trip before its 'to', and going to a country ('si è recata in Cina') -------------

@pytest.mark.parametrize("language, text, visit", [
    ("es", "Una delegación del Gobierno de Aragón realizó un viaje de estudios a Shenzhen.",
     ("Gobierno de Aragón", "Shenzhen")),
    ("fr", "Une délégation de la ville de Suzhou a effectué une visite d'étude à Grenoble.", ("Suzhou", "Grenoble")),
    ("pt", "Uma delegação da Câmara Municipal de Braga fez uma viagem de estudo a Xangai.",
     ("Câmara Municipal de Braga", "Xangai")),
    ("it", "Una delegazione della Regione Veneto si è recata in Cina a febbraio.", ("Regione Veneto", "Cina")),
    ("pt", "Os reitores da Universidade do Minho estiveram em Macau em fevereiro.", ("Universidade do Minho", "Macau")),
])
def test_study_trip_and_country(language, text, visit, extract):
    _, relations = extract(language, text)
    assert ("visit", *visit) in relations


@pytest.mark.parametrize("language, text", [
    ("es", "El Gobierno de Aragón publicó una guía de viaje de estudios para Shenzhen."),
    ("it", "Il sindaco di Verona si è recato in ospedale per la cerimonia."),
    ("pt", "A empresa Medisol Lda. esteve na origem do projeto do Hospital de Braga."),
])
def test_study_trip_lookalikes(language, text, extract):
    _, relations = extract(language, text)
    assert not any(kind == "visit" for kind, _a, _b in relations)


# --- representatives received like a delegation -----------------------------------------------

@pytest.mark.parametrize("language, text, visit", [
    ("it", "Il direttore generale dell'ASST Spedali Civili di Brescia, Luca Bianchi, ha accolto i rappresentanti "
           "della Camera di Commercio di Hangzhou.", ("Camera di Commercio di Hangzhou", "ASST Spedali Civili di Brescia")),
    ("es", "El Hospital Clínico de Salamanca recibió a representantes de la Universidad de Wuhan.",
     ("Universidad de Wuhan", "Hospital Clínico de Salamanca")),
    ("fr", "L'Hôpital Saint-Arnaud a reçu des représentants de l'Université de Wuhan.",
     ("Université de Wuhan", "Hôpital Saint-Arnaud")),
])
def test_representatives_received(language, text, visit, extract):
    _, relations = extract(language, text)
    assert ("visit", *visit) in relations


@pytest.mark.parametrize("language, text", [
    ("es", "Carlos Prieto se reunió con representantes de la Universidad de Wuhan."),
    ("it", "Luca Bianchi ha incontrato i rappresentanti della Camera di Commercio di Hangzhou."),
])
def test_representatives_met_lookalikes(language, text, extract):
    _, relations = extract(language, text)
    assert not any(kind == "visit" for kind, _a, _b in relations)


# --- a titled guest named after the title and its place: 'recibió la visita del cónsul general de China, X'

@pytest.mark.parametrize("language, text, visit", [
    ("es", "El Hospital del Mar, ubicado en Barcelona, recibió la visita del cónsul general de China, Wang Hao.",
     ("Wang Hao", "Hospital del Mar")),
    ("it", "Ieri l'Ospedale Niguarda, situato a Milano, ha accolto il console generale della Cina, Li Ming.",
     ("Li Ming", "Ospedale Niguarda")),
    ("pt", "Ontem, o Hospital de Santo António, localizado no Porto, recebeu o cônsul-geral da China, Zhang Wei.",
     ("Zhang Wei", "Hospital de Santo António")),
    ("fr", "L'Hôpital Saint-Arnaud a reçu le consul général de Chine, Li Wei.", ("Li Wei", "Hôpital Saint-Arnaud")),
])
def test_titled_guest_received(language, text, visit, extract):
    _, relations = extract(language, text)
    assert ("visit", *visit) in relations


@pytest.mark.parametrize("language, text", [
    ("es", "El Hospital del Mar recibió el premio del cónsul general de China, Wang Hao."),
    ("it", "L'Ospedale Niguarda ha ricevuto una lettera del console generale della Cina, Li Ming."),
])
def test_titled_guest_lookalikes(language, text, extract):
    _, relations = extract(language, text)
    assert not any(kind == "visit" for kind, _a, _b in relations)


def test_visit_to_the_laboratories_of_a_body(extract):
    _, relations = extract("it", "Wang Lei ha visitato i laboratori dell'Ospedale San Luca di Lucca.")
    assert any(r[0] == "visit" and r[1] == "Wang Lei" and r[2].startswith("Ospedale San Luca") for r in relations)


def test_comitiva_refers_back_to_the_delegation(extract):
    _, relations = extract("es", "Una delegación del Gobierno Regional de Cusco, presidida por el gobernador Óscar "
                                 "Valdivia Pinto, llegó a Harbin. Al día siguiente la comitiva visitó el Hospital Central de Harbin.")
    assert any(r[0] == "visit" and r[1] in ("Óscar Valdivia Pinto", "Gobierno Regional de Cusco")
               and r[2] == "Hospital Central de Harbin" for r in relations)


def test_a_delegation_staying_in_a_place_visits_it(extract):
    _, relations = extract("es", "La delegación china, encabezada por Hu Yan, permanece en Uruguay del 2 al 7 de agosto.")
    assert ("visit", "Hu Yan", "Uruguay") in relations
    entities, relations = extract("es", "El hospital permanece en Montevideo.")
    assert not any(r[0] == "visit" for r in relations)


@pytest.mark.parametrize("text, visitor, place", [
    ("Une délégation de la Commission de la santé du Shanxi, conduite par sa directrice, Mme Li Na, "
     "a séjourné en Bretagne.", "Li Na", "Bretagne"),
    ("Une délégation conduite par Mme Li Na est arrivée à Rennes. Lundi, les visiteurs ont été accueillis "
     "au Centre hospitalier universitaire de Rennes.", "Li Na", "Centre hospitalier universitaire de Rennes"),
])
def test_a_delegation_staying_in_a_region_or_welcomed_at_a_hospital_visits_it(text, visitor, place, extract):
    _, relations = extract("fr", text)
    assert ("visit", visitor, place) in relations


def test_the_commission_named_again_signs(extract):
    _, relations = extract("fr", "La Commission provinciale de la santé du Shanxi a envoyé une délégation. "
                                 "Une convention a été signée entre la commission provinciale et le CHU de Rennes.")
    assert ("agreement", "Commission provinciale de la santé du Shanxi", "CHU de Rennes") in relations \
        or ("agreement", "CHU de Rennes", "Commission provinciale de la santé du Shanxi") in relations


def test_a_delegation_received_by_a_mayor_visits_the_town_with_its_earlier_leader(extract):
    _entities, relations = extract("it", "Una delegazione della Hubei Tarvik Medical Co., Ltd., guidata dalla presidente "
                                         "Li Wen, ha visitato ieri il distretto. La delegazione è stata accolta in "
                                         "municipio dal sindaco di Carpi, Marco Rossi.")
    assert ("visit", "Li Wen", "Carpi") in relations
    assert ("visit", "Marco Rossi", "Carpi") not in relations


def test_a_delegation_from_a_place_received_by_a_mayor_is_that_places_visit(extract):
    _entities, relations = extract("it", "La delegazione di Wuhan è stata accolta in municipio dal sindaco di Carpi, "
                                         "Marco Rossi.")
    assert ("visit", "Marco Rossi", "Carpi") not in relations
