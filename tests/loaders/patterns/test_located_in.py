"""The located_in relation (a body's seat): seat phrases ("har hovedsæde i", "con sede en",
"the Munich-based X"), "in <place>" after a name, city adjectives ("Die Leipziger X GmbH",
"de Gentse start-up X"), offices opened, founding with a year, the seat after an
apposition; and the places that are no seat (customers, markets, a closed apposition);
in English, German, Danish, Swedish, Norwegian, Dutch, French, Spanish, Italian and
Portuguese text.

Invented sentences in the style of machine-translated health-cooperation press releases;
each fix has a positive case and a look-alike that must stay as it was. The whole
extractor runs (entities, relations and events), as the command line does.
"""
from __future__ import annotations

import pytest


# --- "the Munich-based X": the place in a hyphenated seat word is read on first mention -------

def test_based_compound_names_place(extract):
    entities, relations = extract("en", "The Munich-based Larkfield Pharma GmbH signed a contract.")
    assert ("City", "Munich") in entities
    assert ("located_in", "Larkfield Pharma GmbH", "Munich") in relations


def test_based_compound_of_unknown_word(extract):
    entities, relations = extract("en", "The evidence-based Kelso Hospital signed a contract with "
                                        "the Kelso-based Larkfield Pharma GmbH.")
    assert not any(t in ("City", "Region", "Country") for t, _n in entities)
    assert not any(r[0] == "located_in" for r in relations)


def test_seat_after_hyphenated_subsidiary_apposition(extract):
    _, relations = extract("en", "Quenlo Shanghai Co., Ltd., a wholly-owned subsidiary of Quenlo AG, "
                                 "is based in Shanghai.")
    assert ("located_in", "Quenlo Shanghai Co., Ltd.", "Shanghai") in relations
    assert ("located_in", "Quenlo AG", "Shanghai") not in relations


# --- a German city adjective before a company is its seat, not a word of its name -------------

@pytest.mark.parametrize("text, company, city", [
    ("Die Leipziger Brennwald Instruments GmbH unterzeichnete eine Vereinbarung mit dem Klinikum Tarnow.",
     "Brennwald Instruments GmbH", "Leipzig"),
    ("Das Münchner Start-up Kelvato unterzeichnete eine Vereinbarung mit dem Klinikum Tarnow.",
     "Kelvato", "München"),
    ("Die Kölner Orvane Medical GmbH eröffnet ein Büro in Shanghai.", "Orvane Medical GmbH", "Köln"),
    ("Mit der Dresdner Kelvato Biotech GmbH wurde eine Vereinbarung unterzeichnet.",
     "Kelvato Biotech GmbH", "Dresden"),
])
def test_city_adjective_is_the_seat(text, company, city, extract):
    entities, relations = extract("de", text)
    assert ("Company", company) in entities
    assert ("City", city) in entities
    assert ("located_in", company, city) in relations


@pytest.mark.parametrize("text, absent", [
    ("Die Leipziger Straße führt zum Klinikum Tarnow.", ("City", "Leipzig")),
    ("Herr Bauer von der Orvane Medical GmbH besuchte Dresden.", ("City", "Bau")),
])
def test_words_in_er_that_name_no_company_seat_stay(text, absent, extract):
    entities, relations = extract("de", text)
    assert absent not in entities
    assert not any(rel == "located_in" for rel, _s, _o in relations)


def test_english_city_before_company_word_stays_a_seat(extract):
    entities, relations = extract("en", "The Leeds firm Halvern Medical Ltd opened an office in Shanghai.")
    assert ("located_in", "Halvern Medical Ltd", "Leeds") in relations


# --- German perfect with the participle last: "hat eine Niederlassung in Y eröffnet" ----------

@pytest.mark.parametrize("text", [
    "Die Brennwald Instruments GmbH hat eine Niederlassung in Shanghai eröffnet.",
    "Die Brennwald Instruments GmbH hat in Shanghai ein Büro eröffnet.",
    "Die Brennwald Instruments GmbH mit Sitz in Leipzig hat eine Niederlassung in Shanghai eröffnet.",
])
def test_office_opened_in_the_perfect_is_a_seat(text, extract):
    _, relations = extract("de", text)
    assert ("located_in", "Brennwald Instruments GmbH", "Shanghai") in relations


@pytest.mark.parametrize("text", [
    "Die Brennwald Instruments GmbH hat eine Niederlassung in Shanghai besucht.",
    "Die Brennwald Instruments GmbH will in Shanghai kein Büro eröffnen.",
])
def test_office_not_opened_is_no_seat(text, extract):
    _, relations = extract("de", text)
    assert ("located_in", "Brennwald Instruments GmbH", "Shanghai") not in relations


# --- "P, <title> of X, in L": the place after the apposition is where P was, not X's seat -----

def test_place_after_a_closed_apposition_is_no_seat(extract):
    _, relations = extract("en", "Frank Reiter, CEO of Orvane Diagnostics Ltd, met with Anna Berg, "
                                 "president of Kelso Hospital, in London.")
    assert ("role", "Anna Berg", "Kelso Hospital") in relations
    assert ("located_in", "Kelso Hospital", "London") not in relations


@pytest.mark.parametrize("text", [
    "Frank Reiter met with Anna Berg, president of Kelso Hospital in London.",
    "Kelso Hospital, in London, signed an agreement with Orvane Diagnostics Ltd.",
    "Frank Reiter visited Kelso Hospital, in London, last week.",
])
def test_seat_with_and_without_comma_stays(text, extract):
    _, relations = extract("en", text)
    assert ("located_in", "Kelso Hospital", "London") in relations


@pytest.mark.parametrize("language, text, company, seat", [
    ("da", "Coloplast A/S, der har hovedsæde i Humlebæk, underskrev en aftale med Rigshospitalet.",
     "Coloplast A/S", "Humlebæk"),
    ("sv", "Elekta AB, med huvudkontor i Kista, tecknade ett avtal.", "Elekta AB", "Kista"),
])
def test_unknown_seat_after_seat_phrase(language, text, company, seat, extract):
    entities, relations = extract(language, text)
    assert ("City", seat) in entities
    assert ("located_in", company, seat) in relations


@pytest.mark.parametrize("text", ["Firmaet ligger i Top form.", "Firmaet ligger i OK form."])
def test_seat_phrase_lookalikes_make_no_city(text, extract):
    entities, _ = extract("da", text)
    assert not any(t == "City" for t, _n in entities)


# --- the seat after a part-of apposition belongs to the body before it ------------------------

@pytest.mark.parametrize("language, text, company, owner, seat", [
    ("nl", "Het medtechbedrijf Lumicks, een dochteronderneming van Lumicks Holding, is gevestigd in Amsterdam.",
     "Lumicks", "Lumicks Holding", "Amsterdam"),
    ("sv", "Företaget Getinge Sverige, ett dotterbolag till Getinge Group, har sitt huvudkontor i Göteborg.",
     "Getinge Sverige", "Getinge Group", "Göteborg"),
    ("da", "Nordvita Norge A/S, et datterselskab af Nordvita Diagnostics A/S, har hovedsæde i Oslo.",
     "Nordvita Norge A/S", "Nordvita Diagnostics A/S", "Oslo"),
])
def test_seat_after_apposition_is_the_subsidiarys(language, text, company, owner, seat, extract):
    _, relations = extract(language, text)
    assert ("located_in", company, seat) in relations
    assert ("located_in", owner, seat) not in relations


def test_seat_in_relative_clause_stays_the_owners(extract):
    _, relations = extract("da", "Nordvita Norge A/S, et datterselskab af Nordvita Diagnostics A/S, "
                                 "der har hovedsæde i Aarhus, åbner kontor.")
    assert ("located_in", "Nordvita Diagnostics A/S", "Aarhus") in relations
    assert ("located_in", "Nordvita Norge A/S", "Aarhus") not in relations


# --- 'i <place>' after a name is its seat; after a generic head it is the name ----------------

@pytest.mark.parametrize("language, text, name, place", [
    ("sv", "Karolinska Institutet träffade en delegation från Fudan University i Stockholm.",
     "Fudan University", "Stockholm"),
    ("da", "Aftalen blev indgået med Rigshospitalet i København.", "Rigshospitalet", "København"),
    ("sv", "Avtalet tecknades med Karolinska Universitetssjukhuset i Huddinge.",
     "Karolinska Universitetssjukhuset", "Huddinge"),
])
def test_in_place_after_a_name_is_a_seat(language, text, name, place, extract):
    entities, relations = extract(language, text)
    assert name in {n for _t, n in entities}
    assert ("located_in", name, place) in relations


@pytest.mark.parametrize("language, text, name", [
    ("sv", "Avtalet tecknades med Universitetssjukhuset i Linköping.", "Universitetssjukhuset i Linköping"),
    ("no", "Avtalen ble signert med Universitetet i Bergen og Helse Bergen.", "Universitetet i Bergen"),
    ("da", "Aftalen blev indgået med Universitetshospitalet i Aarhus.", "Universitetshospitalet i Aarhus"),
])
def test_in_place_after_a_generic_head_stays_in_the_name(language, text, name, extract):
    entities, _ = extract(language, text)
    assert name in {n for _t, n in entities}


# --- a seat phrase with its own verb ('X har hovedsæde i Y') ----------------------------------

@pytest.mark.parametrize("language, text, name, place", [
    ("da", "Novo Nordisk A/S har hovedsæde i Bagsværd.", "Novo Nordisk A/S", "Bagsværd"),
    ("no", "Norsk Medisinaldepot AS har hovedkontor i Oslo.", "Norsk Medisinaldepot AS", "Oslo"),
    ("sv", "Elekta AB har sitt huvudkontor i Stockholm.", "Elekta AB", "Stockholm"),
])
def test_seat_phrase_with_its_own_verb(language, text, name, place, extract):
    _, relations = extract(language, text)
    assert ("located_in", name, place) in relations


def test_seat_phrase_must_follow_the_name(extract):
    _, relations = extract("da", "Novo Nordisk A/S og Region Hovedstaden har et fælles kontor. "
                                 "Delegationen rejste videre, og hovedsæde i Aarhus blev ikke nævnt.")
    assert not any(r[0] == "located_in" and r[2] == "Aarhus" for r in relations)


# --- more seat phrases: "som har base i", "har sitt sete i", "med bas i", "heeft zijn zetel in"

@pytest.mark.parametrize("language, text, org, place", [
    ("da", "Nordlys Medico A/S, som har base i Kolding, indgik en aftale med Huaxin Group.",
     "Nordlys Medico A/S", "Kolding"),
    ("da", "Nordlys Medico A/S har sit hovedsæde i Kolding.", "Nordlys Medico A/S", "Kolding"),
    ("no", "Fjordhelse AS har sitt sete i Ålesund.", "Fjordhelse AS", "Ålesund"),
    ("no", "Fjordhelse AS har base i Ålesund.", "Fjordhelse AS", "Ålesund"),
    ("sv", "Norrvik Medical AB, med bas i Umeå, tecknade ett avtal med Huaxin Group.",
     "Norrvik Medical AB", "Umeå"),
    ("nl", "Zorgtech Nederland B.V. heeft zijn zetel in Eindhoven.", "Zorgtech Nederland B.V.", "Eindhoven"),
    ("nl", "Zorgtech Nederland B.V. is gebaseerd in Eindhoven.", "Zorgtech Nederland B.V.", "Eindhoven"),
])
def test_more_seat_phrases(language, text, org, place, extract):
    _, relations = extract(language, text)
    assert ("located_in", org, place) in relations


@pytest.mark.parametrize("language, text", [
    ("da", "Nordlys Medico A/S har kunder i Kolding."),
    ("sv", "Norrvik Medical AB har sin största marknad i Umeå."),
    ("nl", "Zorgtech Nederland B.V. heeft zijn klanten in Eindhoven."),
])
def test_having_something_in_a_place_is_no_seat(language, text, extract):
    _, relations = extract(language, text)
    assert not any(r[0] == "located_in" for r in relations)


# --- founded with an auxiliary and a year: "X blev grundlagt i 2010 i Y" ----------------------

@pytest.mark.parametrize("language, text, org, place", [
    ("da", "Nordlys Medico A/S blev grundlagt i 2010 i Kolding.", "Nordlys Medico A/S", "Kolding"),
    ("no", "Fjordhelse AS ble etablert i 2012 i Ålesund.", "Fjordhelse AS", "Ålesund"),
    ("nl", "Zorgtech B.V. werd in 2015 opgericht in Eindhoven.", "Zorgtech B.V.", "Eindhoven"),
])
def test_founded_with_auxiliary_and_year(language, text, org, place, extract):
    _, relations = extract(language, text)
    assert ("located_in", org, place) in relations


@pytest.mark.parametrize("language, text", [
    ("da", "Nordlys Medico A/S har etableret et nyt center i Kolding."),
    ("no", "Fjordhelse AS har etablert et kontor i Ålesund."),
])
def test_establishing_something_in_a_place_is_no_seat(language, text, extract):
    _, relations = extract(language, text)
    assert not any(r[0] == "located_in" for r in relations)


# --- a city adjective and a start-up noun before a name: "de Gentse start-up Velora NV" -------

@pytest.mark.parametrize("language, text, company, city", [
    ("nl", "Gent verwelkomde de delegatie. De Gentse start-up Velora NV sloot een overeenkomst met het "
           "Maasstad Ziekenhuis.", "Velora NV", "Gent"),
    ("nl", "Leuven is een kennisstad. De Leuvense spin-off Corvida sloot een akkoord met Huaxin Group.",
     "Corvida", "Leuven"),
    ("nl", "Eindhoven groeit. Het Eindhovense medtech-bedrijf Lumora BV opende een kantoor.", "Lumora BV", "Eindhoven"),
])
def test_city_adjective_before_start_up(language, text, company, city, extract):
    entities, relations = extract(language, text)
    assert ("Company", company) in entities
    assert ("located_in", company, city) in relations
    assert not any(city in n and n != city for _t, n in entities)


@pytest.mark.parametrize("language, text", [
    ("nl", "Gent verwelkomde de delegatie. De Chinese start-up Velora NV sloot een overeenkomst."),
    ("nl", "Gent verwelkomde de delegatie. Het Maasstad Ziekenhuis sloot een overeenkomst."),
])
def test_start_up_lookalikes_not_placed(language, text, extract):
    _, relations = extract(language, text)
    assert not any(r[0] == "located_in" for r in relations)


def test_an_english_apposition_of_a_place_still_places(extract):
    _, links = extract("en", "Medicon Valley Alliance, a cluster organisation of the Øresund region, signed a deal.")
    assert ("located_in", "Medicon Valley Alliance", "Øresund region") in links


def test_a_national_adjective_does_not_place_in_a_city_of_that_stem(extract):
    text = ("SÃO PAULO, 5 de junho de 2023 – A farmacêutica brasileira Eurofarma anunciou uma parceria. "
            "A parceria foi celebrada na sede do Ministério da Saúde, em Brasília.")
    _, links = extract("pt", text)
    assert ("located_in", "Eurofarma", "Brasília") not in links


# finite verbs of place; appointment participles in an apposition
@pytest.mark.parametrize("language, text, relation", [
    ("fr", "L'Hôpital Necker se trouve à Paris.", ("located_in", "Hôpital Necker", "Paris")),
    ("es", "El Hospital Clínic se encuentra en Barcelona.", ("located_in", "Hospital Clínic", "Barcelona")),
    ("it", "L'Ospedale Niguarda si trova a Milano.", ("located_in", "Ospedale Niguarda", "Milano")),
    ("pt", "O Hospital Albert Einstein fica em São Paulo.", ("located_in", "Hospital Albert Einstein", "São Paulo")),
    ("fr", "Jean Martin, nommé directeur de l'Institut Pasteur en 2020, a visité Wuhan.",
     ("role", "Jean Martin", "Institut Pasteur")),
    ("es", "Juan García, nombrado director del Hospital Clínic en 2020, visitó Wuhan.",
     ("role", "Juan García", "Hospital Clínic")),
    ("it", "Marco Rossi, nominato direttore dell'Ospedale Niguarda nel 2020, ha visitato Wuhan.",
     ("role", "Marco Rossi", "Ospedale Niguarda")),
    ("pt", "João Silva, nomeado diretor do Hospital Albert Einstein em 2020, visitou Wuhan.",
     ("role", "João Silva", "Hospital Albert Einstein")),
])
def test_finite_seat_verbs_and_appointment_participles(language, text, relation, extract):
    _, links = extract(language, text)
    assert relation in links


def test_a_person_who_finds_himself_somewhere_has_no_seat(extract):
    _, links = extract("fr", "Jean Martin se trouve à Paris avec l'Hôpital Necker.")
    assert not [r for r in links if r[0] == "located_in" and r[1] == "Jean Martin"]


def test_a_body_is_located_in_no_continent(extract):
    _, relations = extract("pt", "A Lanmed Farmacêutica Ltda. abriu a sua segunda base na América Latina.")
    assert not any(r[0] == "located_in" for r in relations)


def test_a_stated_city_replaces_the_region_a_body_is_named_after(extract):
    _, relations = extract("en", "Founded in 1950, the People's Hospital of Hunan Province is a large comprehensive "
                                 "tertiary hospital in Changsha, and it trains nurses.")
    assert ("located_in", "People's Hospital of Hunan Province", "Changsha") in relations
    assert ("located_in", "People's Hospital of Hunan Province", "Hunan Province") not in relations
