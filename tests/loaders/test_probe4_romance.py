"""Fourth probe-and-fix round for French, Spanish, Italian and Portuguese.

Invented sentences in the style of machine-translated health-cooperation press releases;
each fix has a positive case and a look-alike that must stay as it was. The whole
extractor runs (entities and relations), as the command line does.
"""
from __future__ import annotations

import pytest


# --- two given names and one or two surnames, a town's name among them -----------------------
# "Ana Rita Carvalho Pinto": not "Ana Rita" and the town of Pinto

DOUBLE_GIVEN_NAMES = [
    ("pt", "A presidente Ana Rita Carvalho Pinto assinou um memorando com a empresa Biomedis.",
     "Ana Rita Carvalho Pinto"),
    ("es", "Juan Carlos Medina Toledo visitó el Hospital Clínico de Zaragoza.", "Juan Carlos Medina Toledo"),
    ("pt", "João Pedro Silva Santos, diretor do Hospital de Braga, recebeu a delegação.", "João Pedro Silva Santos"),
    ("es", "María Pilar Ortega Ruiz, consejera de Sanidad, visitó la Universidad de Murcia.",
     "María Pilar Ortega Ruiz"),
    ("it", "Gian Luca Ferri e Maria Grazia Conti hanno firmato il protocollo.", "Maria Grazia Conti"),
]


@pytest.mark.parametrize("language, text, name", DOUBLE_GIVEN_NAMES)
def test_two_given_names_and_their_surnames_are_one_person(language, text, name, extract):
    entities, _ = extract(language, text)
    assert ("Person", name) in entities
    assert not any(t == "City" and n in name for t, n in entities)


@pytest.mark.parametrize("language, text, person, place", [
    ("pt", "A comitiva de Ana Rita visitou Pinto e Braga.", "Ana Rita", "Pinto"),
    ("es", "El rey Juan Carlos visitó Toledo.", "Juan Carlos", "Toledo"),
])
def test_two_given_names_before_a_verb_leave_the_town_alone(language, text, person, place, extract):
    entities, _ = extract(language, text)
    assert ("Person", person) in entities and ("City", place) in entities
