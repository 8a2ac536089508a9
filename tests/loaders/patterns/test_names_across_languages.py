"""Names as machine-translated news writes them: English names with "of" inside text in another
language, Nordic "<head>et i <place>" names and "<place>-hospitalet" for a hospital named before,
legislatures, offices and health networks, meeting names that are no companies, a Nordic name with
its legal form and acronym, a university of two places, a brand or a surname written again with
one letter wrong, a name inside a longer one, and words that are no names (a nationality after
"together with", a conjunction after a Chinese surname).

Invented sentences in the style of machine-translated health-cooperation press releases; each
fix has a positive case and a look-alike that must stay as it was. The whole extractor runs.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("language, text", [
    ("da", "En delegation fra Hubei Provincial Hospital of Integrated Medicine i Wuhan besøgte Odense."),
    ("pt", "O Hubei Provincial Hospital of Integrated Medicine, de Wuhan, assinou um memorando com Faro."),
    ("no", "Presidenten for Hubei Provincial Hospital of Integrated Medicine besøkte Arendal i går."),
])
def test_an_english_name_keeps_its_of_in_another_language(language, text, extract):
    entities, _relations = extract(language, text)
    assert ("Hospital", "Hubei Provincial Hospital of Integrated Medicine") in entities


def test_dutch_of_is_or_and_joins_no_names(extract):
    entities, _relations = extract("nl", "Patiënten kunnen naar Ziekenhuis Rivierenland of Ziekenhuis Gelderse Vallei.")
    assert ("Hospital", "Ziekenhuis Rivierenland") in entities


def test_a_generic_county_hospital_takes_its_town_into_its_name(extract):
    entities, relations = extract("sv", "En delegation besökte Länssjukhuset i Växjö i juni.")
    assert ("Hospital", "Länssjukhuset i Växjö") in entities


def test_a_hospital_with_a_name_of_its_own_keeps_the_town_as_its_seat(extract):
    entities, _relations = extract("da", "Delegationen besøgte Rigshospitalet i København.")
    assert ("Hospital", "Rigshospitalet") in entities


def test_place_hyphen_definite_head_is_the_body_named_before(extract):
    entities, relations = extract(
        "da", "En delegation fra Hubei Provincial Hospital of Integrated Medicine besøgte Odense. "
              "I maj indgik Hubei-hospitalet en aftale med Odense Universitetshospital.")
    assert not any(name == "Hubei-hospitalet" for _type, name in entities)
    assert ("agreement", "Hubei Provincial Hospital of Integrated Medicine", "Odense Universitetshospital") in relations


def test_place_hyphen_definite_head_without_a_body_named_before_stays(extract):
    entities, _relations = extract("no", "I mai signerte Hubei-sykehuset en avtale med Haugesund sjukehus.")
    assert ("Hospital", "Hubei-sykehuset") in entities


@pytest.mark.parametrize("language, text, entity", [
    ("en", "Kuang Li, director of Xi'an Municipal Foreign Affairs Office, received the delegation.",
     ("GovernmentBody", "Xi'an Municipal Foreign Affairs Office")),
    ("en", "Wen Li, Vice Chairman of the Standing Committee of Shaanxi Provincial People's Congress, met them.",
     ("GovernmentBody", "Shaanxi Provincial People's Congress")),
    ("es", "Una delegación de la Asamblea Popular Provincial de Shaanxi visitó Sonora.",
     ("GovernmentBody", "Asamblea Popular Provincial de Shaanxi")),
    ("fr", "Le Réseau de santé Horizon et l'Université Laval ont signé une entente.",
     ("Hospital", "Réseau de santé Horizon")),
])
def test_legislatures_offices_and_health_networks(language, text, entity, extract):
    entities, _relations = extract(language, text)
    assert entity in entities


def test_a_meeting_name_is_no_company(extract):
    entities, _relations = extract("en", "The next day, the Wuhan-Bavaria Medical Technology Matchmaking Meeting was "
                                         "held by Tarvik Medical Co., Ltd. and Kessel GmbH.")
    assert not any("Matchmaking" in name or name == "Wuhan-Bavaria Medical Technology" for _t, name in entities)


def test_a_company_before_a_verb_is_still_a_company(extract):
    entities, _relations = extract("en", "Wuhan Medical Technology hosted a Matchmaking Meeting in Munich.")
    assert ("Company", "Wuhan Medical Technology") in entities


def test_a_lower_case_nordic_head_keeps_its_legal_form_and_acronym(extract):
    entities, relations = extract("no", "Delegasjonen ble tatt imot av administrerende direktør i Fjordland "
                                        "sykehus HF (FSHF), Hege Berg. Senere signerte FSHF en avtale.")
    assert ("Hospital", "Fjordland sykehus HF") in entities
    assert ("role", "Hege Berg", "Fjordland sykehus HF") in relations


def test_a_university_of_two_places_closed_by_its_acronym(extract):
    entities, _relations = extract("it", "La delegazione ha visitato il laboratorio dell'Università di Parma e "
                                         "Piacenza (UniPP) e poi Bologna.")
    assert ("University", "Università di Parma e Piacenza") in entities


def test_two_places_after_a_name_without_an_acronym_stay_apart(extract):
    entities, _relations = extract("it", "L'Università di Parma e Piacenza hanno firmato un accordo.")
    assert ("University", "Università di Parma") in entities


@pytest.mark.parametrize("language, text, short", [
    ("nl", "Het familiebedrijf Visiomar NV ondertekende een overeenkomst met Hubei Qingxiu Ophthalmic Co., Ltd. "
           "Later tekende Visiomar een distributieovereenkomst met Quingxiu voor België.", "Quingxiu"),
    ("pt", "A Hubei Tarvik Pharmaceutical Co., Ltd. anunciou ontem o investimento. Na terça-feira, a Tarvki já "
           "tinha assinado um acordo com a Universidade Federal de Minas Gerais.", "Tarvki"),
])
def test_a_misspelt_brand_is_the_company(language, text, short, extraction):
    result = extraction(text, language, "2026-05-01")
    assert any(short in [m.text for m in e.mentions] and e.type == "Company" for e in result.entities)


def test_a_word_one_letter_from_a_brand_that_is_a_place_stays_a_place(extract):
    entities, _relations = extract("en", "Hubei Bergan Medical Co., Ltd. opened an office. Bergan will sell its "
                                         "devices from Bergen.")
    assert ("City", "Bergen") in entities


def test_a_nationality_adjective_after_together_with_is_no_body(extract):
    entities, _relations = extract("da", 'Guan Li fremhævede forskningen: "Together with the Danish registries we '
                                         'can test acupuncture."')
    assert not any(name == "Danish" for _t, name in entities)


def test_a_name_inside_a_longer_one_before_its_place_is_that_body(extraction):
    result = extraction("Boletín\n\nEl Hospital Civil firma convenio con Tarvik. El Organismo Público Descentralizado "
                        "Hospital Civil de Zapopan firmó con la empresa Hubei Tarvik Medical Co., Ltd. un convenio.",
                        "es", "2026-08-19")
    body = next(e for e in result.entities if e.name.startswith("Organismo"))
    assert "Hospital Civil" in {m.text for m in body.mentions}
    assert not any(e.name == "Hospital Civil" for e in result.entities)


def test_two_longer_names_leave_the_inner_one_alone(extract):
    entities, _relations = extract("es", "El Hospital Civil de Zapopan y el Hospital Civil Fray Luis de León firmaron. "
                                         "El Hospital Civil recibió equipos.")
    assert ("Hospital", "Hospital Civil de Zapopan") in entities
    assert ("Hospital", "Hospital Civil Fray Luis de León") in entities


def test_a_lower_case_conjunction_is_no_chinese_given_name(extract):
    entities, _relations = extract("it", "L'accordo è stato firmato dalla presidente Rong e dall'amministratore "
                                         "delegato di Secchiano Medica, l'ing. Paolo Bertoli.")
    assert not any(t == "Person" and name.startswith("Rong ") for t, name in entities)


def test_two_surnames_with_one_misspelt_are_the_full_name(extract):
    entities, _relations = extract("es", "Fue recibida por el secretario de Salud, doctor Ernesto Villalobos Arreola. "
                                         "Según el secretario Villalobos Areola, la cooperación crecerá.")
    people = {name for t, name in entities if t == "Person"}
    assert people == {"Ernesto Villalobos Arreola"}


def test_a_lower_case_given_name_before_a_comma_stays_a_name(extract):
    entities, _relations = extract("en", "Vice President and deputy secretary-general LI he, deputy secretary-general "
                                         "of the Wuhan Medical Association, attended.")
    assert any(t == "Person" and name.lower() == "li he" for t, name in entities)
