"""Event dates in French, Spanish, Italian and Portuguese (fifth probe-and-fix round).

Invented sentences in the style of machine-translated health-cooperation press releases.
Each fix has a positive case and a look-alike that must stay as it was; the whole
extractor runs through the ``extraction`` fixture.
"""
from __future__ import annotations

import pytest

#: a Monday
_MONDAY = "2025-03-03"


def _dates(extraction, language, text, published=_MONDAY):
    return [e["date"] for e in extraction(text, language, published).to_contract()["events"]]


# --- "lundi dernier" in a Monday's news: the Monday a week before, not the day of publication ---

@pytest.mark.parametrize("language, text", [
    ("fr", "Le Centre hospitalier de Rivebelle a signé lundi dernier un protocole d'accord avec Medora SAS."),
    ("es", "El Hospital Clínico de Salamanca firmó el pasado lunes un convenio con Medilux S.L."),
    ("es", "El Hospital Clínico de Salamanca firmó el lunes pasado un convenio con Medilux S.L."),
    ("it", "L'Università di Pavia ha firmato lunedì scorso un accordo con Medivita S.p.A."),
    ("pt", "A Universidade do Minho assinou na segunda-feira passada um acordo com a Medisol Lda."),
])
def test_last_weekday_before_publication(language, text, extraction):
    assert _dates(extraction, language, text) == ["2025-02-24"]


@pytest.mark.parametrize("language, text, published, expected", [
    ("fr", "Le Centre hospitalier de Rivebelle a signé lundi un protocole d'accord avec Medora SAS.",
     _MONDAY, "2025-03-03"),
    ("pt", "A Universidade do Minho assinou na segunda-feira um acordo com a Medisol Lda.", _MONDAY, "2025-03-03"),
    ("it", "L'Università di Pavia ha firmato lunedì scorso un accordo con Medivita S.p.A.", "2025-03-05",
     "2025-03-03"),
])
def test_last_weekday_lookalikes(language, text, published, expected, extraction):
    assert _dates(extraction, language, text, published) == [expected]
