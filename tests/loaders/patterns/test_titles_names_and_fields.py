"""Names, titles and departments: surnames written joined to a prefix, a government's department
opened by its level, a possessive title with the region it covers or a bracket after it,
agreements between bodies named with their city word, department names listing their fields
with the linking word again, and a subsidiary after a descriptor noun that opens a sentence.

Invented sentences in the style of machine-translated health-cooperation press releases; each
fix has a positive case and a look-alike that must stay as it was. The whole extractor runs.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("name", ["Niamh McNulty", "Sean MacKay", "Robert FitzGerald"])
def test_a_surname_joined_to_its_prefix_is_a_name(name, extract):
    entities, _relations = extract("en", f"The agreement was signed by Professor {name} and the company.")
    assert ("Person", name) in entities


def test_a_word_in_capitals_after_mc_is_no_surname(extract):
    entities, _relations = extract("en", "The agreement was signed by Professor Niamh MCNULTY-X and the company.")
    assert ("Person", "Niamh MCNULTY-X") not in entities


def test_a_government_department_keeps_its_level_and_place(extract):
    entities, relations = extract("en", "It was witnessed by Mr Li Wei, Deputy Director-General of the Anhui "
                                        "Provincial Department of Science and Technology.")
    assert ("GovernmentBody", "Anhui Provincial Department of Science and Technology") in entities
    assert ("role", "Li Wei", "Anhui Provincial Department of Science and Technology") in relations


def test_a_university_department_of_the_same_field_stays_a_department(extract):
    entities, _relations = extract("en", "She leads the Department of Science and Technology Studies of Tayford "
                                         "University.")
    assert not any(t == "GovernmentBody" for t, _name in entities)


def test_a_possessive_title_for_a_region_is_held_in_the_body(extract):
    _entities, relations = extract("en", "Welsh Trade Partners (WTP) hosted the meeting. WTP's director for Asia, "
                                         "Gareth Price, said demand had doubled.")
    assert ("role", "Gareth Price", "Welsh Trade Partners") in relations
    assert ("role", "Gareth Price", "Asia") not in relations


def test_a_title_for_a_region_without_a_body_is_held_there(extract):
    _entities, relations = extract("en", "The director for Asia, Gareth Price, said demand had doubled.")
    assert ("role", "Gareth Price", "Asia") in relations


def test_a_possessive_title_with_its_field_in_brackets(extract):
    _entities, relations = extract("en", "The University of Stirling has signed an agreement with Haikou Medical "
                                         "Ltd. It was signed by Professor Niamh McNulty, the University's "
                                         "Vice-Principal (Research), and Ms Li Na, Chairwoman of Haikou Medical.")
    assert ("role", "Niamh McNulty", "University of Stirling") in relations


@pytest.mark.parametrize("language, text, a, b", [
    ("de", "Am Montag hatten Minister Jörg Weber und Vizegouverneur Li Ming eine Absichtserklärung über eine "
           "Partnerschaft in der Gesundheitswirtschaft zwischen dem Land Thüringen und der Provinz Jiangxi "
           "unterzeichnet.", "Thüringen", "Jiangxi"),
    ("nl", "Dinsdag ondertekenden burgemeester Hendrik de Vries en Zhu Wei een intentieverklaring over "
           "samenwerking tussen de gemeente Assen en Jinpu New Area.", "Assen", "Jinpu New Area"),
])
def test_an_agreement_between_places_named_with_their_word_binds_the_places(language, text, a, b, extract):
    _entities, relations = extract(language, text)
    assert ("agreement", a, b) in relations or ("agreement", b, a) in relations


@pytest.mark.parametrize("language, text, unit, owner", [
    ("it", "Lavora al Dipartimento di Neuroscienze, Riabilitazione, Oftalmologia, Genetica e Scienze "
           "Materno-Infantili (DINOGMI) dell'Università di Pavia.",
     "Dipartimento di Neuroscienze, Riabilitazione, Oftalmologia, Genetica e Scienze Materno-Infantili",
     "Università di Pavia"),
    ("fr", "La délégation a visité la Faculté de Médecine, de Pharmacie et d'Odontologie (FMPO) de l'Université "
           "de Nantes.", "Faculté de Médecine, de Pharmacie et d'Odontologie", "Université de Nantes"),
    ("fr", "La société équipera le service de Médecine physique et de Réadaptation du CHU de Nantes.",
     "service de Médecine physique et de Réadaptation", "CHU de Nantes"),
])
def test_a_department_lists_its_fields(language, text, unit, owner, extract):
    _entities, relations = extract(language, text)
    assert ("part_of", unit, owner) in relations


def test_a_field_and_the_body_after_de_stay_apart(extract):
    entities, _relations = extract("fr", "Elle dirige le service de Cardiologie de l'Hôpital de Vannes.")
    assert ("Organization", "service de Cardiologie") in entities


def test_a_descriptor_noun_opening_a_sentence_is_no_part_of_the_name(extract):
    entities, relations = extract("nl", "Het Chinese bedrijf Dalian Qiaolin Co., Ltd. opent een kantoor in Assen. "
                                        "Dochteronderneming Qiaolin Europe B.V. investeert 6,2 miljoen euro in een "
                                        "nieuw pand.")
    assert ("Company", "Qiaolin Europe B.V.") in entities
    assert ("part_of", "Qiaolin Europe B.V.", "Dalian Qiaolin Co., Ltd.") in relations


def test_a_portfolio_between_title_and_name_is_no_part_of_the_name(extract):
    entities, _relations = extract("nl", "Wethouder Economie Anke Hofstra en president Song Jia maakten het bekend.")
    assert ("Person", "Anke Hofstra") in entities


def test_three_syllables_of_a_chinese_name_after_a_title_stay_one_name(extract):
    entities, _relations = extract("en", "Director Leong Chi Wai signed the contract.")
    assert ("Person", "Leong Chi Wai") in entities


def test_two_surnames_the_first_misspelt_join_the_full_name(extract):
    entities, _relations = extract("pt", "O documento foi assinado pela secretária de Estado, Ana Pereira Antunes. "
                                         "Segundo a secretária Perreira Antunes, a parceria é boa.")
    assert [name for kind, name in entities if kind == "Person"] == ["Ana Pereira Antunes"]
