"""Event dates in Danish, Swedish, Norwegian and Dutch (fifth probe round).

Invented sentences in the style of machine-translated press releases; each pattern has a
positive case and a look-alike that must not change.
"""
from __future__ import annotations

import pytest

from healthkg.loaders.document import Document
from healthkg.loaders.extraction import extract_document


def _event_dates(language: str, text: str) -> list:
    doc = Document(id="t", source="t.txt", text=text, language=language, published="2025-03-03")
    return [e["date"] for e in extract_document(doc).to_contract()["events"]]


# --- a numeric day-month-year with hyphens or slashes ("04-02-2025", "4/2/2025") -------------

@pytest.mark.parametrize("language, text, day", [
    ("nl", "Het Radboudumc tekende op 04-02-2025 een overeenkomst met Fudan University.", "2025-02-04"),
    ("nl", "Het Radboudumc tekende op 4/2/2025 een overeenkomst met Fudan University.", "2025-02-04"),
    ("da", "Aarhus Universitetshospital underskrev den 14-02-2025 en aftale med Fudan University.", "2025-02-14"),
])
def test_numeric_date_with_hyphens(language, text, day):
    assert _event_dates(language, text) == [day]


@pytest.mark.parametrize("language, text", [
    ("nl", "Het Radboudumc tekende een overeenkomst met Fudan University, dossier 12-34-2025."),
    ("en", "Corby Medical Ltd signed an agreement with Fudan University on 04-02-2025."),
    ("nl", "Het Radboudumc tekende een overeenkomst met Fudan University (dossier 2024-17-05-2025)."),
])
def test_numeric_date_lookalikes(language, text):
    # the look-alike is no date: the event, dated nowhere else, takes the day of publication
    assert _event_dates(language, text) == ["2025-03-03"]


@pytest.mark.parametrize("language, text, date", [
    ("sv", "Avtalet undertecknades tisdagen den 14 april i Lund. Samma eftermiddag besökte delegationen "
           "Ystads lasarett.", "2026-04-14"),
    ("da", "Aftalen blev underskrevet tirsdag den 14. april i Odense. Samme eftermiddag besøgte delegationen "
           "Svendborg Sygehus.", "2026-04-14"),
])
def test_the_same_afternoon_dates_a_visit_by_the_event_before(language, text, date, extraction):
    result = extraction(text, language, "2026-04-20")
    visits = [e for e in result.events if e.type == "Visit"]
    assert visits and visits[0].date == date
