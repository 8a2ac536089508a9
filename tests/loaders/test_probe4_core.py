"""Probe-and-fix cases (fourth round) for English, German and mixed English/German text.

Invented sentences in the style of machine-translated health-cooperation press releases;
each fix has a positive case and a look-alike that must stay as it was. The whole
extractor runs (entities, relations and events), as the command line does.
"""
from __future__ import annotations

import pytest


# --- a head that is a stop word ("Union", "Group") right before another head ----------------

@pytest.mark.parametrize("text, entity", [
    ("Wuhan Union Hospital signed a memorandum with Orvane Diagnostics Ltd.",
     ("Hospital", "Wuhan Union Hospital")),
    ("Experts from Tarnow Union Medical Center visited Shanghai.",
     ("Hospital", "Tarnow Union Medical Center")),
    ("The Kelso Group Hospital opened a new wing.", ("Hospital", "Kelso Group Hospital")),
])
def test_stop_word_before_a_head_stays_in_the_name(text, entity, extract):
    entities, _ = extract("en", text)
    assert entity in entities
    assert not any(name in entity[1] and name != entity[1] for _t, name in entities)


@pytest.mark.parametrize("text, entity", [
    ("Kelso Group announced that Orvane Hospital will open a clinic.", ("Company", "Kelso Group")),
    ("The delegation of the Chengdu Federation visited Kelso Hospital.",
     ("Association", "Chengdu Federation")),
])
def test_stop_word_head_without_a_head_after_it_stays(text, entity, extract):
    entities, _ = extract("en", text)
    assert entity in entities


def test_stop_word_alone_before_a_head_opens_no_name(extract):
    entities, _ = extract("en", "Home Hospital news from Shanghai.")
    assert not any("Hospital" in name for _t, name in entities)
