"""Fifth probe-and-fix round, English and German: units of a body (part_of).

Invented sentences in the style of machine-translated press releases; each pattern has a
positive case and a look-alike that must not change.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("language, text, relation", [
    ("de", "Das Herzzentrum Ulm ist eine Abteilung des Universitätsklinikums Ulm.",
     ("part_of", "Herzzentrum Ulm", "Universitätsklinikum Ulm")),
    ("de", "Das Herzzentrum Ulm ist ein Standort der Norcastle Health Group.",
     ("part_of", "Herzzentrum Ulm", "Norcastle Health Group")),
    ("en", "Coventry Heart Centre is a campus of Coventry University.",
     ("part_of", "Coventry Heart Centre", "Coventry University")),
])
def test_unit_of_body(language, text, relation, extract):
    _, relations = extract(language, text)
    assert relation in relations


@pytest.mark.parametrize("language, text", [
    ("de", "Das Herzzentrum Ulm ist eine Abteilung mit 40 Betten."),
    ("de", "Das Herzzentrum Ulm ist der Standort der Tagung."),
    ("en", "Coventry Heart Centre is a campus with 40 beds."),
])
def test_unit_of_body_lookalikes(language, text, extract):
    _, relations = extract(language, text)
    assert not {r for r in relations if r[0] == "part_of"}


# --- a unit noun and "of" in apposition: "X, a research centre of Y" ---------------------------------

@pytest.mark.parametrize("language, text, relation", [
    ("en", "Sheffield Medical Technology Centre, a research centre of Sheffield Hallam University, develops devices.",
     ("part_of", "Sheffield Medical Technology Centre", "Sheffield Hallam University")),
    ("de", "Das Innovationszentrum Leipzig, ein Forschungszentrum der Universität Leipzig, entwickelt Diagnosegeräte.",
     ("part_of", "Innovationszentrum Leipzig", "Universität Leipzig")),
    ("en", "Coventry Heart Centre, a teaching hospital of Coventry University, opened.",
     ("part_of", "Coventry Heart Centre", "Coventry University")),
])
def test_unit_noun_apposition(language, text, relation, extract):
    _, relations = extract(language, text)
    assert relation in relations


@pytest.mark.parametrize("language, text", [
    ("en", "Wuxi Ninth People's Hospital, a partner hospital of Greyfield Medical Centre, sent doctors."),
    ("en", "Wuxi Ninth People's Hospital, a sister hospital of Greyfield Medical Centre, sent doctors."),
    ("de", "Das Klinikum Heilbronn, ein Partnerkrankenhaus des Universitätsklinikums Ulm, schickte Ärzte."),
])
def test_unit_noun_apposition_lookalikes(language, text, extract):
    _, relations = extract(language, text)
    assert not {r for r in relations if r[0] == "part_of"}


@pytest.mark.parametrize("text, expected", [
    ("Die Velmar Klinik GmbH ist seit 2019 ein Tochterunternehmen der Kellner Pharma AG.",
     {("part_of", "Velmar Klinik GmbH", "Kellner Pharma AG")}),
    ("Die Velmar Klinik GmbH ist keine Tochtergesellschaft der Kellner Pharma AG.", set()),
])
def test_part_of_reads_since_and_negation_classes_in_german(text, expected, extract):
    _, relations = extract("de", text)
    assert {r for r in relations if r[0] == "part_of"} == expected


def test_a_hospital_which_is_run_by_a_board_is_part_of_it(extract):
    _, relations = extract("en", "Glenmore Hospital, which is run by Aberfen Bay University Health Board, "
                                 "will train nurses.")
    assert ("part_of", "Glenmore Hospital", "Aberfen Bay University Health Board") in relations
