"""Parts of bodies in Danish, Swedish, Norwegian and Dutch (fifth probe round).

Invented sentences in the style of machine-translated press releases; each pattern has a
positive case and a look-alike that must not change.
"""
from __future__ import annotations

import pytest


# --- "attached to" in the neuter and plural: "X är knutet till Y", "X er knyttet til Y" --------

@pytest.mark.parametrize("language, text, part, whole", [
    ("sv", "Akademiska sjukhuset är knutet till Uppsala universitet.", "Akademiska sjukhuset", "Uppsala universitet"),
    ("no", "Haukeland universitetssjukehus er knyttet til Universitetet i Bergen.", "Haukeland universitetssjukehus",
     "Universitetet i Bergen"),
    ("da", "Aarhus Universitetshospital er knyttet til Aarhus Universitet.", "Aarhus Universitetshospital",
     "Aarhus Universitet"),
])
def test_attached_to(language, text, part, whole, extract):
    _entities, relations = extract(language, text)
    assert ("part_of", part, whole) in relations


@pytest.mark.parametrize("language, text", [
    ("sv", "Akademiska sjukhuset är knutet till ett nätverk med Uppsala universitet."),
    ("no", "Haukeland universitetssjukehus er ikke knyttet til Universitetet i Bergen."),
])
def test_attached_to_lookalikes(language, text, extract):
    _entities, relations = extract(language, text)
    assert not any(r[0] == "part_of" for r in relations)


@pytest.mark.parametrize("language, text, pair", [
    ("no", "En delegasjon besøkte Haukeland universitetssjukehus, som drives av Helse Bergen.",
     ("Haukeland universitetssjukehus", "Helse Bergen")),
    ("sv", "Gästerna besökte Ekdala sjukhus, som drivs av Region Halland.", ("Ekdala sjukhus", "Region Halland")),
])
def test_body_run_by_another_is_part_of_it(language, text, pair, extract):
    _, relations = extract(language, text)
    assert ("part_of", *pair) in relations


def test_acronym_of_the_inner_body_keeps_the_unit_and_its_university_apart(extract):
    entities, relations = extract("nl", "Ook het MedLab Centre van de Universiteit Twente (UT) is betrokken.")
    assert ("part_of", "MedLab Centre", "Universiteit Twente") in relations


def test_a_part_named_with_its_seat_before_the_relative_clause(extract):
    _, relations = extract("da", "Selskabet har afprøvet madrassen i et samarbejde med Nordsjællands Hospital i Hillerød, "
                                 "som er en del af Region Hovedstaden.")
    assert ("part_of", "Nordsjællands Hospital", "Region Hovedstaden") in relations
