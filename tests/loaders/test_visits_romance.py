"""Visits in French, Spanish, Italian and Portuguese (fifth probe-and-fix round).

Invented sentences in the style of machine-translated health-cooperation press releases.
Each fix has a positive case and a look-alike that must stay as it was; the whole
extractor runs (entities and relations) through the ``extract`` fixture.
"""
from __future__ import annotations

import pytest


# --- a delegation from a place named by its kind noun or as the host's twin city ------------

@pytest.mark.parametrize("language, text, visit", [
    ("it", "Verona ha ricevuto una delegazione della città di Suzhou.", ("Suzhou", "Verona")),
    ("it", "Verona ha ricevuto una delegazione della provincia dello Zhejiang.", ("Zhejiang", "Verona")),
    ("fr", "Le maire de Rennes, Paul Aubert, a reçu une délégation de la ville jumelle de Jinan.",
     ("Jinan", "Rennes")),
    ("pt", "Aveiro recebeu uma delegação da cidade-irmã de Ningbo.", ("Ningbo", "Aveiro")),
])
def test_delegation_from_named_place(language, text, visit, extract):
    _, relations = extract(language, text)
    assert ("visit", *visit) in relations


@pytest.mark.parametrize("language, text", [
    ("it", "Verona ha ricevuto una lettera della città di Suzhou."),
    ("fr", "Rennes a accueilli un concert de la ville jumelle de Jinan."),
])
def test_delegation_lookalikes(language, text, extract):
    _, relations = extract(language, text)
    assert not any(kind == "visit" for kind, _a, _b in relations)
