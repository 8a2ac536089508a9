"""Departments of hospitals and universities named by their field, in all ten languages:
the unit head and its linking word, field words in lower case, the Romance adjective after
the field, and the body the department belongs to, which is no part of its name.

Invented sentences in the style of machine-translated health-cooperation press releases;
each fix has a positive case and a look-alike that must stay as it was.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("language, text, name", [
    ("en", "The guests toured the Department of Cardiology at Lindholm Hospital.", "Department of Cardiology"),
    ("de", "Beteiligt ist die Klinik für Kardiologie des Klinikums Nordhafen.", "Klinik für Kardiologie"),
    ("da", "Aftalen gennemføres ved Institut for Medicin og Sundhedsteknologi.", "Institut for Medicin og Sundhedsteknologi"),
    ("sv", "Gästerna besökte avdelningen för klinisk mikrobiologi på Ekdala sjukhus.", "avdelningen för klinisk mikrobiologi"),
    ("no", "Hun leder Avdeling for medisinsk mikrobiologi ved Fjordvik sykehus.", "Avdeling for medisinsk mikrobiologi"),
    ("nl", "Zij is hoofd van de afdeling Medische Microbiologie van het Veenland Ziekenhuis.", "afdeling Medische Microbiologie"),
    ("fr", "Le programme est piloté par le service d'oncologie thoracique du CHU de Brest.", "service d'oncologie thoracique"),
    ("es", "Los médicos visitaron el Servicio de Neumonología del Hospital Provincial.", "Servicio de Neumonología"),
    ("it", "La delegazione ha visitato l'Unità Operativa di Cardiologia del Policlinico di Vetralla.", "Unità Operativa di Cardiologia"),
    ("pt", "A comitiva visitou o Serviço de Hemodinâmica do Hospital Santa Clara.", "Serviço de Hemodinâmica"),
])
def test_department_named_by_its_field(language, text, name, extract):
    entities, _ = extract(language, text)
    assert ("Organization", name) in entities
    assert not any(n != name and n.startswith(name) for _t, n in entities)


@pytest.mark.parametrize("language, text, department, body", [
    ("de", "Beteiligt ist die Klinik für Kardiologie des Klinikums Bremen.", "Klinik für Kardiologie", "Klinikum Bremen"),
    ("es", "Los médicos visitaron el Servicio de Neumonología del Hospital Provincial Ribera.",
     "Servicio de Neumonología", "Hospital Provincial Ribera"),
])
def test_department_is_part_of_the_body_after_it(language, text, department, body, extract):
    _, relations = extract(language, text)
    assert ("part_of", department, body) in relations


@pytest.mark.parametrize("language, text, name", [
    # a head without a field word after it is a body of its own kind
    ("pt", "O Departamento de Comércio da Província de Anhui enviou uma missão.", "Departamento de Comércio da Província de Anhui"),
    ("no", "Avdeling for innkjøp i Nordvik kommune sendte et brev.", None),
])
def test_unit_head_without_a_field_is_no_department(language, text, name, extract):
    entities, _ = extract(language, text)
    assert not any(t == "Organization" and n.lower().startswith(("avdeling", "departamento")) for t, n in entities)
    if name:
        assert any(n == name for _t, n in entities)


@pytest.mark.parametrize("language, text, department, body", [
    ("no", "Gjestene besøkte Fjordvik universitetssykehus, der avdelingssjef Kari Lund ved Avdeling for "
           "medisinsk mikrobiologi viste laboratoriet.", "Avdeling for medisinsk mikrobiologi", "Fjordvik universitetssykehus"),
    ("sv", "Delegationen besökte Ekdala universitetssjukhus och dess avdelning för klinisk mikrobiologi.",
     "avdelning för klinisk mikrobiologi", "Ekdala universitetssjukhus"),
])
def test_department_without_a_body_named_belongs_to_the_last_body_of_its_kind(language, text, department, body, extract):
    _, relations = extract(language, text)
    assert ("part_of", department, body) in relations


@pytest.mark.parametrize("language, text", [
    ("en", "The Department of Cardiology will grow. Kelso Biotech Ltd. paid for it."),
    # the hospital is named in the sentence before: too far to tell
    ("da", "Aalborg Sygehus indgik en aftale med Jinwei. Aftalen gennemføres ved Afdeling for Klinisk Biokemi."),
])
def test_department_without_a_hospital_in_its_sentence_belongs_to_none(language, text, extract):
    _, relations = extract(language, text)
    assert not any(kind == "part_of" for kind, *_ in relations)


# --- faculties and institutes, fields of engineering and science, coordinated adjectives ------

@pytest.mark.parametrize("language, text, name, owner", [
    ("es", "La comitiva visitó la Facultad de Medicina de la Universidad de Sevilla.", "Facultad de Medicina",
     "Universidad de Sevilla"),
    ("pt", "A comitiva visitou a Faculdade de Odontologia da Universidade de Coimbra.", "Faculdade de Odontologia",
     "Universidade de Coimbra"),
    ("sv", "Avtalet gäller Institutionen för medicinsk teknik vid Umeå universitet.", "Institutionen för medicinsk teknik",
     "Umeå universitet"),
    ("it", "Hanno visitato il Dipartimento di Ingegneria Meccanica e Aerospaziale (DIMA) del Politecnico di Bari.",
     "Dipartimento di Ingegneria Meccanica e Aerospaziale", "Politecnico di Bari"),
])
def test_faculty_or_department_with_its_body_after_it(language, text, name, owner, extract):
    entities, relations = extract(language, text)
    assert any(n == name for _t, n in entities)
    assert ("part_of", name, owner) in relations


def test_body_after_a_comma_is_no_owner_of_the_department(extract):
    _, relations = extract("sv", "Avtalet gäller Institutionen för medicinsk teknik, och Umeå universitet betalar.")
    assert not any(r[0] == "part_of" for r in relations)


def test_unit_after_an_indefinite_article_is_a_kind_not_a_name(extract):
    entities, _ = extract("es", "El hospital abrirá una unidad de medicina integrativa en Sevilla.")
    assert not any("unidad" in n for _t, n in entities)


def test_german_faculty_of_a_university_keeps_the_university_in_its_name(extract):
    entities, relations = extract("de", "Die Delegation besuchte die Medizinische Fakultät der Universität Rostock.")
    assert ("University", "Medizinische Fakultät der Universität Rostock") in entities
    assert ("part_of", "Medizinische Fakultät der Universität Rostock", "Universität Rostock") in relations


def test_the_faculty_alone_is_no_name(extract):
    entities, _ = extract("de", "Die Fakultät hat 3000 Studierende.")
    assert not entities


@pytest.mark.parametrize("language, text, name", [
    ("sv", "Projektet leds av docent Eva Ström vid Institutionen för medicinska vetenskaper på Ekdala universitet.",
     "Institutionen för medicinska vetenskaper"),
    ("nl", "De afdeling Maag-, Darm- en Leverziekten van het Veenland Ziekenhuis test de scopen.",
     "afdeling Maag-, Darm- en Leverziekten"),
    ("es", "La jefa del Servicio de Aparato Digestivo del Hospital Provincial Ribera presentó el ensayo.",
     "Servicio de Aparato Digestivo"),
    ("de", "Die Klinik für Infektionskrankheiten des Klinikums Bremen beteiligt sich.", "Klinik für Infektionskrankheiten"),
])
def test_fields_named_by_sciences_diseases_and_organs(language, text, name, extract):
    entities, _ = extract(language, text)
    assert ("Organization", name) in entities


def test_head_of_the_department_names_the_department_but_head_of_department_is_a_title(extract):
    entities, relations = extract("fr", "Le professeur Marc Lenoir, chef du service de cardiologie du CHU de Brest, a signé.")
    assert ("Organization", "service de cardiologie") in entities
    assert ("role", "Marc Lenoir", "service de cardiologie") in relations
    entities, _ = extract("fr", "Marc Lenoir, chef de service de cardiologie au CHU de Brest, a signé.")
    assert ("Organization", "service de cardiologie") not in entities


def test_german_adjective_opens_a_department_name(extract):
    entities, relations = extract("de", "Anna Weber, Leiterin der Klinischen Abteilung für Neurologie am Klinikum Passau, sprach.")
    assert ("part_of", "Klinischen Abteilung für Neurologie", "Klinikum Passau") in relations
    entities, _ = extract("de", "Die Abteilung für Neurologie am Klinikum Passau wächst.")
    assert any(n == "Abteilung für Neurologie" for _t, n in entities)


def test_department_belongs_to_the_hospital_not_to_the_university_inside_its_name(extract):
    _, relations = extract("es", "La comitiva visitó el Primer Hospital de la Universidad de Harbin, donde el jefe "
                                 "del Servicio de Neurología, doctor Li Wei, presentó el programa.")
    assert ("part_of", "Servicio de Neurología", "Primer Hospital de la Universidad de Harbin") in relations
    assert ("part_of", "Servicio de Neurología", "Universidad de Harbin") not in relations


@pytest.mark.parametrize("language, text, unit, owner", [
    ("no", "Kirsti Dahl er overlege. Nevrologisk avdeling ved Molde sjukehus bruker videokonsultasjon.",
     "Nevrologisk avdeling", "Molde sjukehus"),
    ("sv", "Delegationen besökte Onkologiska kliniken vid Kalmar sjukhus i går.", "Onkologiska kliniken", "Kalmar sjukhus"),
    ("de", "Prof. Dr. Eva Roth, Chefärztin der Chirurgischen Klinik des Klinikums Fulda, sprach.",
     "Chirurgischen Klinik", "Klinikum Fulda"),
])
def test_a_field_adjective_before_a_unit_head_names_a_department(language, text, unit, owner, extract):
    entities, relations = extract(language, text)
    assert any(n.startswith(unit[:10]) and t == "Organization" for t, n in entities)
    assert any(r[0] == "part_of" and r[1].startswith(unit[:10]) and r[2] == owner for r in relations)


@pytest.mark.parametrize("language, text", [
    ("no", "Danske avdeling ved Molde sjukehus er ny."),  # a nationality is no field
    ("de", "Sie besuchte eine chirurgische Klinik in Fulda."),  # lower case: a kind of clinic
])
def test_other_adjectives_before_a_unit_head_name_no_department(language, text, extract):
    entities, _ = extract(language, text)
    assert not any(t == "Organization" and ("avdeling" in n or "Klinik" in n) for t, n in entities)


def test_a_department_after_our_hospital_is_part_of_the_hospital_the_page_speaks_for(extract):
    entities, relations = extract("en", "On May 3, a delegation came to the Kunming First People's Hospital. Party "
                                        "Secretary of our hospital Li Ming, Director of the Department of Cardiology "
                                        "Prof. WU Tao received the delegation.")
    assert ("role", "Li Ming", "Kunming First People's Hospital") in relations
    assert ("part_of", "Department of Cardiology", "Kunming First People's Hospital") in relations


def test_a_belgian_dutch_dienst_named_by_its_field_is_a_department(extract):
    entities, relations = extract("nl", "Prof. dr. Jan Peeters, diensthoofd van de dienst Oogheelkunde van het Universitair "
                                        "Ziekenhuis Gent, wil testen.")
    assert ("part_of", "dienst Oogheelkunde", "Universitair Ziekenhuis Gent") in relations
    entities, _ = extract("nl", "Hij werkt voor de dienst Burgerzaken.")
    assert not any(n.startswith("dienst") for _t, n in entities)


def test_an_italian_operative_unit_whose_director_is_named_with_a_copula(extract):
    entities, relations = extract("it", "L'ASST Valle Olona e l'Università degli Studi dell'Insubria hanno firmato. Lo "
                                        "studio sarà condotto presso la UO Cardiologia degli Spedali Riuniti, il cui "
                                        "direttore è la prof.ssa Elena Conti.")
    assert ("role", "Elena Conti", "UO Cardiologia") in relations
    assert not any(r[0] == "part_of" and r[1] == "UO Cardiologia" for r in relations)  # its owner is unnamed


@pytest.mark.parametrize("language, text, unit, owner", [
    ("es", "La delegación visitó la Unidad de Diálisis del Hospital Regional de Talca.", "Unidad de Diálisis",
     "Hospital Regional de Talca"),
    ("fr", "Elle a visité l'Hôpital Lyautey, où la cheffe du service de néphrologie-hémodialyse a présenté le programme.",
     "service de néphrologie-hémodialyse", "Hôpital Lyautey"),
])
def test_a_unit_named_by_a_treatment_or_a_hyphenated_field(language, text, unit, owner, extract):
    _, relations = extract(language, text)
    assert ("part_of", unit, owner) in relations
