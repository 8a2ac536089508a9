"""Bodies named only by their bare name after a person's title ("vd för Flemingsberg Science",
"daglig leder i Fjellbris"): recognizer ``titled_bodies``. Invented sentences; each with look-alikes.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("language, text, body, person", [
    ("sv", "Avtalet undertecknades av Lars Ek, vd för Norrbacka Labs, i går.", "Norrbacka Labs", "Lars Ek"),
    ("no", "Det sier Kari Moe, daglig leder i Fjordvik, til avisen.", "Fjordvik", "Kari Moe"),
])
def test_bare_name_after_a_title_is_a_body(language, text, body, person, extract):
    entities, relations = extract(language, text)
    assert any(n == body for _t, n in entities)
    assert any(r[0] == "role" and r[1] == person and r[2] == body for r in relations)


@pytest.mark.parametrize("language, text, not_name", [
    ("en", "The director of Human Resources spoke.", "Human Resources"),
    ("da", "Borgmester i Vejle Kommune Jens Ries holdt tale.", "Vejle Kommune Jens"),
    ("sv", "Hon är vd för Stockholm och Uppsala.", "Stockholm"),
])
def test_bare_name_after_a_title_look_alikes(language, text, not_name, extract):
    entities, _ = extract(language, text)
    assert not any(n == not_name and t == "Organization" for t, n in entities)


def test_bare_name_after_a_title_that_opens_a_company_name_is_that_company(extract):
    entities, relations = extract("no", "Fjordvik Helseteknologi AS fikk kontrakten. Daglig leder i Fjordvik, Kari Moe, er glad.")
    assert not any(n == "Fjordvik" for _t, n in entities)
    assert any(r[0] == "role" and r[1] == "Kari Moe" and r[2] == "Fjordvik Helseteknologi AS" for r in relations)
