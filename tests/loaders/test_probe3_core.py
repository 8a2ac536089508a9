"""Probe-and-fix cases (third round) for English, German and mixed English/German text.

Invented sentences in the style of machine-translated health-cooperation press releases;
each fix has a positive case and a look-alike that must stay as it was. The whole
extractor runs (entities, relations and events), as the command line does.
"""
from __future__ import annotations

import pytest


# --- company names ending in a sector word ("Larkfield Pharma", "Orvane Diagnostics") ----

@pytest.mark.parametrize("language, text, name", [
    ("en", "Velmora Biotech, a subsidiary of Castor Health Group, is headquartered in Manchester.",
     "Velmora Biotech"),
    ("en", "Orvane Diagnostics, based in Cambridge, announced a partnership with Kelso Hospital.",
     "Orvane Diagnostics"),
    ("en", "Brightwater Hospital welcomed a delegation from Larkfield Pharma.", "Larkfield Pharma"),
    ("de", "Die Quenlo Therapeutics aus Köln hat ein Büro eröffnet.", "Quenlo Therapeutics"),
])
def test_company_with_sector_head(language, text, name, extract):
    entities, _ = extract(language, text)
    assert ("Company", name) in entities


def test_sector_head_relations(extract):
    _, relations = extract("en", "Velmora Biotech, a subsidiary of Castor Health Group, "
                                 "is headquartered in Manchester.")
    assert ("part_of", "Velmora Biotech", "Castor Health Group") in relations
    assert ("located_in", "Velmora Biotech", "Manchester") in relations


def test_sector_word_alone_is_no_company(extract):
    entities, _ = extract("en", "The Pharma sector grew in Germany.")
    assert not any(t == "Company" for t, _n in entities)


# --- a headline without the legal form restates the text's agreement -------------------------

def test_headline_without_legal_form_restates_event(extraction):
    text = ("Orvane Diagnostics signs licence agreement with Chinese partner\n\n"
            "Orvane Diagnostics Ltd signed a licence agreement with Kelso Hospital on 2 May 2024.")
    result = extraction(text, "en", "2024-05-04")
    agreements = [e for e in result.events if e.type == "Agreement"]
    assert len(agreements) == 1


def test_headline_of_another_body_keeps_its_event(extraction):
    text = ("Brightwater Hospital signs agreement with Chinese partner\n\n"
            "Orvane Diagnostics Ltd signed a licence agreement with Kelso Hospital on 2 May 2024.")
    result = extraction(text, "en", "2024-05-04")
    agreements = [e for e in result.events if e.type == "Agreement"]
    assert len(agreements) == 2
