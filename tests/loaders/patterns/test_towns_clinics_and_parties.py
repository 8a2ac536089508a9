"""Small towns of the text's own country after a word of place ("aus Zirl", "i Lyngdal og
Risør"), not surnames or common words; a second surname that is a region's name closing an
apposition ("Andrés Molina Lara,"); the title of a subsidiary named in an apposition before
the person; a kind noun with an elided article between "avec" and the party ("avec le fabricant
d'implants X"); a body present that "is not a party to the agreement"; a university's "UFR
d'odontologie"; an article before the honorific of a titled name ("La doyenne de X, la Pr Y");
a delegation received by a host named before her title; an Italian clinic of a field inside its
hospital; a hospital named by a saint after a lower-case head, also a place's name.

Invented sentences; each rule has a look-alike that must not change.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("language, text, towns", [
    ("de", "Unter den Gästen war der Zahntechniker Florian Haller aus Zirl.", {"Zirl"}),
    ("no", "Selskapet har klinikker i Lyngdal og Risør.", {"Lyngdal", "Risør"}),
    ("it", "Tra il pubblico anche Paola Rinaldi, odontotecnica di Spello.", {"Spello"}),
])
def test_a_small_town_of_the_texts_country_after_a_word_of_place(language, text, towns, extract):
    entities, _relations = extract(language, text)
    assert towns <= {name for kind, name in entities if kind == "City"}


@pytest.mark.parametrize("language, text, word", [
    ("de", "Die Delegation kam aus Berg und fuhr weiter.", "Berg"),   # a common word and surname
    ("de", "Er kam aus Spello zurück.", "Spello"),                    # a town of another language's country
    ("es", "Ayuntamiento de Málaga · Sala de prensa", "Sala"),
])
def test_a_common_word_or_a_foreign_town_is_no_local_town(language, text, word, extract):
    entities, _relations = extract(language, text)
    assert ("City", word) not in entities


def test_a_second_surname_that_is_a_region_closes_an_apposition(extract):
    entities, _relations = extract("es", "El director general del parque, Andrés Molina Lara, recordó los datos.")
    assert ("Person", "Andrés Molina Lara") in entities
    assert ("Region", "Lara") not in entities


def test_a_region_after_a_name_and_a_preposition_stays_the_region(extract):
    entities, _relations = extract("es", "El director general, Andrés Molina, viajó a Lara.")
    assert ("Person", "Andrés Molina") in entities


@pytest.mark.parametrize("language, text, person, company", [
    ("es", "La compañía Yunnan Kavrion Co., Ltd. invertirá en Málaga. Lo anunció el consejero delegado de la "
           "filial europea del grupo, Kavrion Europe GmbH, Lu Ming, al cierre de la visita.",
     "Lu Ming", "Kavrion Europe GmbH"),
    ("en", "The chief executive of the European subsidiary of the group, Kavrion Europe GmbH, Anna Lind, spoke.",
     "Anna Lind", "Kavrion Europe GmbH"),
])
def test_the_title_of_a_subsidiary_named_in_an_apposition(language, text, person, company, extract):
    _entities, relations = extract(language, text)
    assert ("role", person, company) in relations


def test_a_kind_noun_with_an_elided_article_before_the_party(extract):
    _entities, relations = extract("fr", "Le CHU de Dijon et Dijon Université ont signé un accord avec le "
                                         "fabricant d'implants dentaires Kavrion Dental GmbH.")
    assert ("agreement", "CHU de Dijon", "Kavrion Dental GmbH") in relations
    assert ("agreement", "Dijon Université", "Kavrion Dental GmbH") in relations


@pytest.mark.parametrize("language, text", [
    ("fr", "Le Dr Luc Morin, qui avait testé les implants de Kavrion Dental GmbH, était présent lors de la "
           "signature mais n'est pas partie à l'accord."),
    ("da", "Holbæk Sygehus er ikke part i aftalen med Kavrion Dental GmbH."),
    ("en", "Corby Hospital attended the signing but is not a party to the agreement with Kavrion Dental GmbH."),
])
def test_a_body_that_is_no_party_to_the_agreement_signs_nothing(language, text, extraction):
    contract = extraction(text, language).to_contract()
    assert not any(e["type"] == "Agreement" for e in contract["events"])


def test_a_universitys_teaching_unit_and_its_dean(extract):
    _entities, relations = extract("fr", "L'essai est mené par l'UFR de pharmacie de Dijon Université. La doyenne "
                                         "de l'UFR de pharmacie, la Pr Anne Le Gall, coordonnera l'essai.")
    assert ("part_of", "UFR de pharmacie", "Dijon Université") in relations
    assert ("role", "Anne Le Gall", "UFR de pharmacie") in relations


def test_a_delegation_received_by_a_host_named_before_her_title(extract):
    _entities, relations = extract("fr", "Une délégation de Kavrion conduite par sa présidente, Li Na, a visité "
                                         "Dijon. Le vendredi, la délégation a été reçue à l'Hôtel de Région par Mme "
                                         "Anne Le Gall, vice-présidente de la Région Bretagne chargée de la santé.")
    assert ("visit", "Li Na", "Région Bretagne") in relations


@pytest.mark.parametrize("text, unit", [
    ("La delegazione ha visitato la Clinica Psichiatrica dell'Azienda Ospedaliera di Ferrara.", "Clinica Psichiatrica"),
    ("La delegazione ha visitato la Clinica di Cardiologia dell'Azienda Ospedaliera di Ferrara.", "Clinica di Cardiologia"),
])
def test_an_italian_clinic_of_a_field_is_a_part_of_its_hospital(text, unit, extract):
    _entities, relations = extract("it", text)
    assert ("part_of", unit, "Azienda Ospedaliera di Ferrara") in relations


def test_a_private_clinic_named_by_a_place_is_a_hospital(extract):
    entities, _relations = extract("it", "La Clinica Villa Maria di Milano ha firmato un accordo.")
    assert any(kind == "Hospital" and name.startswith("Clinica Villa Maria") for kind, name in entities)


@pytest.mark.parametrize("language, text, hospital", [
    ("it", "Poi la delegazione è andata all'ospedale Santa Maria degli Angeli, accompagnata dal direttore.",
     "Ospedale Santa Maria degli Angeli"),
    ("fr", "La délégation a visité l'hôpital Saint-Joseph de Lyon.", "Hôpital Saint-Joseph"),
])
def test_a_hospital_named_by_a_saint_after_a_lower_case_head(language, text, hospital, extract):
    entities, _relations = extract(language, text)
    assert ("Hospital", hospital) in entities


def test_the_city_after_a_saints_hospital_stays_the_city(extract):
    entities, relations = extract("it", "La delegazione ha visitato l'ospedale San Raffaele di Milano.")
    assert ("Hospital", "Ospedale San Raffaele") in entities
    assert ("located_in", "Ospedale San Raffaele", "Milano") in relations


def test_a_dutch_hospital_group_is_a_hospital(extract):
    entities, relations = extract("nl", "Kavrion Europe B.V. tekende een samenwerkingsovereenkomst met Zuidwest "
                                        "Ziekenhuisgroep.")
    assert ("Hospital", "Zuidwest Ziekenhuisgroep") in entities
    assert ("agreement", "Kavrion Europe B.V.", "Zuidwest Ziekenhuisgroep") in relations


def test_a_leader_received_by_a_host_named_before_his_title(extract):
    _entities, relations = extract("nl", "Li Na leidde een delegatie van acht personen uit Baotou en werd ontvangen "
                                         "door Bart Smit, wethouder Economie van de gemeente Zwolle.")
    assert ("visit", "Li Na", "Zwolle") in relations


def test_a_portfolio_between_a_title_and_the_name(extract):
    _entities, relations = extract("nl", "Gedeputeerde Economie Anna Smit van de provincie Drenthe noemde de "
                                         "vestiging mooi.")
    assert ("role", "Anna Smit", "Drenthe") in relations


def test_a_visit_after_the_delegations_origin_and_its_country(extract):
    _entities, relations = extract("no", "Li Na ledet en delegasjon fra Baotou i Kina på besøk i Larvik fra mandag "
                                         "til onsdag.")
    assert ("visit", "Li Na", "Larvik") in relations
    assert not any(r[0] == "visit" and r[2] == "China" for r in relations)


def test_a_second_office_after_the_seat_and_and(extract):
    _entities, relations = extract("no", "Baotou Kavrion Co., Ltd. har hovedsete i Baotou og europeisk hovedkontor i "
                                         "Deventer i Nederland.")
    assert ("located_in", "Baotou Kavrion Co., Ltd.", "Deventer") in relations


@pytest.mark.parametrize("language, text, unit", [
    ("no", "Delegasjonen besøkte også Synssentralen, som er en del av Øyeavdelingen.", "Synssentralen"),
    ("sv", "Avtalet gäller leverans av glasögon till Synvården, som är en del av Mälarsjukhuset.", "Synvården"),
])
def test_a_care_unit_named_by_its_compound(language, text, unit, extract):
    entities, _relations = extract(language, text)
    assert any(name == unit for _kind, name in entities)


def test_the_head_of_a_secretariat_of_listed_portfolios(extract):
    entities, relations = extract("pt", "O Governo do Pará assinou na sede da Secretaria de Estado de "
                                        "Saúde, Ciência e Tecnologia (Sesct). "
                                        "Assinou o titular da Sesct, Otávio Bessa Pinto.")
    body = "Secretaria de Estado de Saúde, Ciência e Tecnologia"
    assert ("GovernmentBody", body) in entities
    assert ("role", "Otávio Bessa Pinto", body) in relations
    assert not any(kind == "Region" and name.startswith("Saúde") for kind, name in entities)


def test_a_delegation_led_by_the_groups_chairwoman_visits_the_bodies_after(extract):
    _entities, relations = extract("sv", "Kavrion Europe AB är ett dotterbolag till Baotou Kavrion Co., Ltd. Under "
                                         "måndagen besökte en delegation från Kavrion, ledd av koncernens "
                                         "styrelseordförande Li Na, Karlstads universitet.")
    assert ("visit", "Li Na", "Karlstads universitet") in relations
    assert not any(r[0] == "visit" and r[2] == "Baotou Kavrion Co., Ltd." for r in relations)


@pytest.mark.parametrize("text, person", [
    ("Dochteronderneming Kavrion Europe B.V. investeert in Emmen. Wethouder Economie Anna Smit maakte het "
     "maandag bekend.", "Anna Smit"),
    ("De provincie Drenthe steunt Kavrion Europe B.V. Gedeputeerde Economie Bart Smit maakte dat dinsdag "
     "bekend.", "Bart Smit"),
])
def test_a_councillor_with_a_portfolio_holds_no_office_in_a_company(text, person, extract):
    _entities, relations = extract("nl", text)
    assert ("role", person, "Kavrion Europe B.V.") not in relations


def test_a_pinyin_surname_with_its_umlaut(extract):
    entities, relations = extract("da", "Delegationen fra Baotou blev mandag modtaget af Baotous viceborgmester, "
                                        "Lü Mingyu, som fortalte om byens planer.")
    assert ("Person", "Lü Mingyu") in entities
    assert ("role", "Lü Mingyu", "Baotou") in relations
