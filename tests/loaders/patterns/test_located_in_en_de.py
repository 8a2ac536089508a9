"""Fifth probe-and-fix round, English and German: an organization's seat.

Invented sentences in the style of machine-translated press releases; each pattern has a
positive case and a look-alike that must not change.
"""
from __future__ import annotations

import pytest


# --- the copula and a kind noun before the place: "X is a hospital in Y" ------------------------

@pytest.mark.parametrize("language, text, relation", [
    ("en", "Thornbury University Hospital is a hospital in Manchester.",
     ("located_in", "Thornbury University Hospital", "Manchester")),
    ("en", "Halvern Diagnostics is the largest medtech company in Cambridge.",
     ("located_in", "Halvern Diagnostics", "Cambridge")),
    ("de", "Das Universitätsklinikum Regensburg ist ein Krankenhaus in Bayern.",
     ("located_in", "Universitätsklinikum Regensburg", "Bayern")),
    ("de", "Die Kellner Pharma AG ist ein mittelständisches Unternehmen in Stuttgart.",
     ("located_in", "Kellner Pharma AG", "Stuttgart")),
])
def test_copula_kind_noun_in_place(language, text, relation, extract):
    _, relations = extract(language, text)
    assert relation in relations


@pytest.mark.parametrize("language, text, absent", [
    ("en", "Halvern Diagnostics is building a hospital in Manchester.",
     ("located_in", "Halvern Diagnostics", "Manchester")),
    ("en", "Halvern Diagnostics is a leading investor in China.",
     ("located_in", "Halvern Diagnostics", "China")),
    ("de", "Die Kellner Pharma AG ist ein Partner in Bayern.",
     ("located_in", "Kellner Pharma AG", "Bayern")),
])
def test_copula_kind_noun_lookalikes(language, text, absent, extract):
    _, relations = extract(language, text)
    assert absent not in relations


# --- English bare company names after a kind noun ("the Shenzhen firm X"), and their seats ----------

@pytest.mark.parametrize("language, text, entity, relation", [
    ("en", "The Oxford-based biotech company Velstra Bio and the Shenzhen firm Kanghua Medical agreed to cooperate.",
     ("Company", "Velstra Bio"), ("located_in", "Velstra Bio", "Oxford")),
    ("en", "The Oxford-based biotech company Velstra Bio and the Shenzhen firm Kanghua Medical agreed to cooperate.",
     ("Company", "Kanghua Medical"), ("located_in", "Kanghua Medical", "Shenzhen")),
    ("en", "The Cambridge company Arvion Health signed a contract with Kiel University Hospital.",
     ("Company", "Arvion Health"), ("located_in", "Arvion Health", "Cambridge")),
])
def test_company_after_kind_noun(language, text, entity, relation, extract):
    entities, relations = extract(language, text)
    assert entity in entities
    assert relation in relations


@pytest.mark.parametrize("language, text", [
    ("en", "The firm Monday announced a deal with the hospital."),
    ("en", "The company Board approved the plan."),
    ("en", "The company President Li Wei spoke."),
    ("en", "He joined the company in 2019."),
])
def test_company_after_kind_noun_lookalikes(language, text, extract):
    entities, _ = extract(language, text)
    assert not {e for e in entities if e[0] == "Company"}


# --- high-tech zones named with their city: one Region, the seat of a company -----------------------

@pytest.mark.parametrize("language, text, relation", [
    ("en", "Kanghua Medical, a company based in the Chengdu Hi-tech Zone, signed the contract.",
     ("located_in", "Kanghua Medical", "Chengdu Hi-tech Zone")),
    ("en", "Kanghua Medical is headquartered in Chengdu High-tech Zone.",
     ("located_in", "Kanghua Medical", "Chengdu High-tech Zone")),
    ("de", "Die Kanghua Medical GmbH mit Sitz in der Hightech-Zone Chengdu unterzeichnete den Vertrag.",
     ("located_in", "Kanghua Medical GmbH", "Hightech-Zone Chengdu")),
])
def test_seat_in_high_tech_zone(language, text, relation, extract):
    entities, relations = extract(language, text)
    assert ("Region", relation[2]) in entities
    assert relation in relations


@pytest.mark.parametrize("language, text, kept", [
    ("en", "The Chengdu zone is large.", {("City", "Chengdu")}),
    ("en", "The new economic zone attracted investors.", set()),
])
def test_high_tech_zone_lookalikes(language, text, kept, extract):
    entities, _ = extract(language, text)
    assert entities == kept


def test_seat_after_a_long_description_in_apposition(extract):
    _, relations = extract("en", "Wenhai Medical Technology Co., Ltd., a producer of hospital dialysis filters "
                                 "headquartered in Chengdu, will build a plant in Wales.")
    assert ("located_in", "Wenhai Medical Technology Co., Ltd.", "Chengdu") in relations


def test_based_at_a_science_park(extract):
    _, relations = extract("en", "Brenmar Ltd, a start-up located at the Cambridge Science Park, "
                                 "will host the new laboratory.")
    assert ("located_in", "Brenmar Ltd", "Cambridge Science Park") in relations


def test_the_place_after_a_parent_in_a_subsidiary_apposition_is_the_subsidiary_seat(extract):
    _, relations = extract("en", "Harbin Tianrun Medical Co., Ltd. signed. Tianrun Nordic AB, a wholly-owned subsidiary "
                                 "of Harbin Tianrun Medical Co., Ltd. in Sweden, will distribute the products.")
    assert ("located_in", "Tianrun Nordic AB", "Sweden") in relations
    assert ("located_in", "Harbin Tianrun Medical Co., Ltd.", "Sweden") not in relations
