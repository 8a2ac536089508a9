"""Roles in Danish, Swedish, Norwegian and Dutch (fifth probe round).

Invented sentences in the style of machine-translated press releases; each pattern has a
positive case and a look-alike that must not change.
"""
from __future__ import annotations

import pytest


# --- "X, der leder Y": a relative clause of leading right before the body's name -------------

@pytest.mark.parametrize("language, text, person, body", [
    ("da", "Mette Fisker, der leder Aarhus Universitetshospital, talte ved konferencen.",
     "Mette Fisker", "Aarhus Universitetshospital"),
    ("da", "Mette Fisker, som står i spidsen for Aarhus Universitetshospital, talte.",
     "Mette Fisker", "Aarhus Universitetshospital"),
    ("sv", "Karin Åström, som leder Karolinska Universitetssjukhuset, talade.",
     "Karin Åström", "Karolinska Universitetssjukhuset"),
    ("no", "Ola Brekke, som leder Haukeland universitetssjukehus, talte.", "Ola Brekke",
     "Haukeland universitetssjukehus"),
    ("nl", "Ingrid Bakker, die leiding geeft aan het Maasstad Ziekenhuis, sprak ook.", "Ingrid Bakker",
     "Maasstad Ziekenhuis"),
    ("en", "Anna Lind, who heads Corby Medical Ltd, spoke.", "Anna Lind", "Corby Medical Ltd"),
])
def test_role_from_leading_clause(language, text, person, body, extract):
    _entities, relations = extract(language, text)
    assert ("role", person, body) in relations


@pytest.mark.parametrize("language, text", [
    ("da", "Mette Fisker, der leder forskningsgruppen ved Aarhus Universitetshospital, talte."),
    ("sv", "Karin Åström, som leder arbetet med Karolinska Universitetssjukhuset, talade."),
    ("en", "Anna Lind, who heads Corby Medical Ltd's delegation, spoke."),
    ("no", "Ola Brekke, som besøkte Haukeland universitetssjukehus, talte."),
])
def test_leading_clause_lookalikes(language, text, extract):
    _entities, relations = extract(language, text)
    assert not any(r[0] == "role" for r in relations)
