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
