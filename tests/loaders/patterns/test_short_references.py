"""Short references and the body they name: a hospital "chinois" is the one in China, "sykehusets"
the only hospital of its sentence, not a body in apposition; a title compound, a possessive title
and the chair of a governing board name the body before; a title of a body whose seat is described.

Invented sentences in the style of machine-translated health-cooperation press releases; each
fix has a positive case and a look-alike that must stay as it was. The whole extractor runs.
"""
from __future__ import annotations


def test_a_reference_with_a_nationality_is_the_body_in_that_country(extract):
    _entities, relations = extract(
        "fr", "Le CHU de Rennes et le Premier hôpital de l'Université de Wuhan, en Chine, ont signé un accord. "
              "Le protocole a été signé par le président de l'hôpital chinois, le Pr Li Wei, et par la "
              "directrice du CHU, Mme Anne Morel.")
    assert ("role", "Li Wei", "Premier hôpital de l'Université de Wuhan") in relations
    assert ("role", "Li Wei", "CHU de Rennes") not in relations


def test_a_reference_with_a_nationality_is_no_body_of_another_country(extract):
    _entities, relations = extract(
        "fr", "Elle a visité le CHU de Rennes. Le président de l'hôpital chinois, le Pr Li Wei, a pris la parole.")
    assert ("role", "Li Wei", "CHU de Rennes") not in relations


def test_a_definite_genitive_names_the_only_hospital_of_its_sentence(extract):
    _entities, relations = extract(
        "no", "Nyheter | Haugesund sjukehus | Publisert 08.09.2026\n\nKinesisk besøk\n\n"
              "En delegasjon fra Hubei Provincial Hospital of Integrated Medicine i Wuhan, ledet av sykehusets "
              "president, professor Li Wei, besøkte i går Haugesund sjukehus.")
    assert ("role", "Li Wei", "Hubei Provincial Hospital of Integrated Medicine") in relations
    assert ("role", "Li Wei", "Haugesund sjukehus") not in relations


def test_a_reference_in_apposition_is_not_the_body_before_it(extract):
    _entities, relations = extract(
        "en", "The plant belongs to Tarvik Medical Co., Ltd. It will be run by Tarvik Europe GmbH, the group's "
              "European subsidiary based in Essen, Germany.")
    assert any(r[0] == "located_in" and r[1] == "Tarvik Europe GmbH" and r[2] == "Essen" for r in relations)


def test_a_title_compound_names_the_hospital_before(extract):
    _entities, relations = extract("da", "Mandag besøgte gæsterne Regionshospital Vestjylland i Herning. "
                                         "Hospitalsdirektør Anne Holm viste rundt.")
    assert ("role", "Anne Holm", "Regionshospital Vestjylland") in relations


def test_a_possessive_title_names_the_body_before_not_one_after(extract):
    _entities, relations = extract(
        "es", "La empresa Hubei Tarvik Medical Co., Ltd. abrirá una planta en Zaragoza. Así lo explicó este "
              "miércoles su presidenta, Li Wen, durante el foro organizado por la Cámara de Comercio de Zaragoza.")
    assert ("role", "Li Wen", "Hubei Tarvik Medical Co., Ltd.") in relations
    assert ("role", "Li Wen", "Cámara de Comercio de Zaragoza") not in relations


def test_a_possessive_title_with_no_body_before_has_no_role(extract):
    _entities, relations = extract("en", "Its director, Anna Reid, said the plan was good.")
    assert not any(r[0] == "role" for r in relations)


def test_a_title_of_a_body_whose_seat_is_described_before_the_name(extract):
    _entities, relations = extract("da", "Med i gruppen var blandt andre præsident for Hubei Provincial Hospital of "
                                         "Integrated Medicine i provinshovedstaden Wuhan, professor Li Wei.")
    assert ("role", "Li Wei", "Hubei Provincial Hospital of Integrated Medicine") in relations


def test_a_chair_of_the_board_is_the_chair_of_the_body_named_before(extract):
    _entities, relations = extract("nl", "De Chinese producent Hubei Tarvik Medical Co., Ltd. vestigt zich in Gent.\n\n"
                                         "Tarvik werd in 2011 opgericht in Wuhan en telt 1.900 werknemers. Voorzitster "
                                         "van de raad van bestuur Li Wen: \"We came to stay.\"")
    assert ("role", "Li Wen", "Hubei Tarvik Medical Co., Ltd.") in relations


def test_a_title_of_a_named_body_is_not_moved_to_the_body_before(extract):
    _entities, relations = extract("nl", "De Chinese producent Hubei Tarvik Medical Co., Ltd. vestigt zich in Gent. "
                                         "Directeur van het Gentse ziekenhuis Jan Peeters was blij.")
    assert ("role", "Jan Peeters", "Hubei Tarvik Medical Co., Ltd.") not in relations
