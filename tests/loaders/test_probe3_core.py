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


def test_sector_head_inside_a_longer_name_is_no_company(extract):
    entities, _ = extract("en", "Lanzhou Global Biotech Harbour invited Danish firms to a fair in Lanzhou.")
    assert ("Company", "Lanzhou Global Biotech") not in entities


def test_role_of_a_seated_company_is_the_company(extract):
    _, relations = extract("en", "The speaker was Ms. Anna Berg, managing director of the "
                                 "Leeds-based company Halvern Medical Ltd, which makes implants.")
    assert ("role", "Anna Berg", "Halvern Medical Ltd") in relations
    assert ("role", "Anna Berg", "Leeds") not in relations


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


# --- German meetings with a split verb ("fand ein Forum ... statt") or "organisiert" ----------

@pytest.mark.parametrize("text", [
    "Am 5. Mai fand in Stuttgart ein Symposium der Universität Tübingen statt.",
    "Das Forum wurde von der IHK München organisiert.",
])
def test_german_meeting_split_verb(text, extraction):
    result = extraction(text, "de", "2024-05-10")
    assert [e.type for e in result.events] == ["Meeting"]


@pytest.mark.parametrize("text", [
    "Statt eines Forums besuchte die Delegation das Klinikum Stuttgart.",
    "Die Quenlo AG organisierte den Transport nach Stuttgart.",
])
def test_german_meeting_look_alikes(text, extraction):
    result = extraction(text, "de", "2024-05-10")
    assert "Meeting" not in [e.type for e in result.events]


# --- projects: "errichten", and "the two sides will jointly build" after an agreement ------

def test_german_project_errichten(extraction):
    result = extraction("Die Quenlo AG wird in Dresden ein neues Forschungszentrum errichten, "
                        "die Investitionssumme beträgt 20 Millionen Euro.", "de", "2024-05-10")
    assert [e.type for e in result.events] == ["Project"]
    assert result.events[0].amount.value == 20_000_000


@pytest.mark.parametrize("language, text", [
    ("en", "Brightwater Hospital and Quenlo Medical Ltd signed a cooperation agreement on 12 March "
           "2024. The two sides will jointly build a rehabilitation centre in Bristol, with a total "
           "investment of 50 million pounds."),
    ("de", "Das Klinikum Stuttgart und die Quenlo AG unterzeichneten am 3. Mai einen Vertrag. "
           "Beide Seiten werden in Stuttgart ein gemeinsames Labor errichten."),
])
def test_both_sides_project(language, text, extraction):
    result = extraction(text, language, "2024-05-10")
    projects = [e for e in result.events if e.type == "Project"]
    assert len(projects) == 1 and len(projects[0].participants) == 2
    agreements = [e for e in result.events if e.type == "Agreement"]
    assert len(agreements) == 1


def test_both_sides_without_project_word(extraction):
    result = extraction("Brightwater Hospital and Quenlo Medical Ltd signed a cooperation agreement. "
                        "Both sides praised the results in Bristol.", "en", "2024-05-10")
    assert [e.type for e in result.events] == ["Agreement"]


# --- "X is/has been a (strategic) partner of Y"; "has been" as a copula -------------------------

@pytest.mark.parametrize("language, text, subject, obj", [
    ("en", "Orvane Diagnostics has been a partner of Kelso Hospital since 2019.",
     "Orvane Diagnostics", "Kelso Hospital"),
    ("en", "Orvane Diagnostics is a strategic partner of Kelso Hospital.",
     "Orvane Diagnostics", "Kelso Hospital"),
    ("de", "Die Quenlo AG ist seit 2019 Partner des Klinikums Stuttgart.", "Quenlo AG", "Klinikum Stuttgart"),
    ("en", "Glasgow has been a sister city of Dalian since 1987.", "Glasgow", "Dalian"),
])
def test_partner_with_copula(language, text, subject, obj, extract):
    _, relations = extract(language, text)
    assert ("partner_of", subject, obj) in relations


@pytest.mark.parametrize("language, text", [
    ("en", "Orvane Diagnostics is not a partner of Kelso Hospital."),
    ("en", "Orvane Diagnostics is looking for a partner of Kelso Hospital's size."),
    ("de", "Die Quenlo AG ist kein Partner des Klinikums Stuttgart."),
])
def test_partner_look_alikes(language, text, extract):
    _, relations = extract(language, text)
    assert not any(r[0] == "partner_of" for r in relations)


# --- "the Munich-based X": the place in a hyphenated seat word is read on first mention -------

def test_based_compound_names_place(extract):
    entities, relations = extract("en", "The Munich-based Larkfield Pharma GmbH signed a contract.")
    assert ("City", "Munich") in entities
    assert ("located_in", "Larkfield Pharma GmbH", "Munich") in relations


def test_based_compound_of_unknown_word(extract):
    entities, relations = extract("en", "The evidence-based Kelso Hospital signed a contract with "
                                        "the Kelso-based Larkfield Pharma GmbH.")
    assert not any(t in ("City", "Region", "Country") for t, _n in entities)
    assert not any(r[0] == "located_in" for r in relations)


# --- a partner subject after its seat ("The Hamburg-based X", "Die in Hamburg ansässige X") ----

@pytest.mark.parametrize("language, text, subject, obj", [
    ("en", "The Hamburg-based Quenlo AG has been cooperating with Kelso Hospital since 2019.",
     "Quenlo AG", "Kelso Hospital"),
    ("de", "Die in Hamburg ansässige Quenlo AG kooperiert seit Jahren mit dem Universitätsklinikum "
           "Heidelberg.", "Quenlo AG", "Universitätsklinikum Heidelberg"),
])
def test_partner_after_seat_prefix(language, text, subject, obj, extract):
    _, relations = extract(language, text)
    assert ("partner_of", subject, obj) in relations
    assert ("located_in", subject, "Hamburg") in relations


def test_partner_after_seat_prefix_not_signed(extract):
    _, relations = extract("de", "Die in Hamburg ansässige Quenlo AG unterzeichnete einen "
                                 "Kooperationsvertrag mit dem Universitätsklinikum Heidelberg.")
    assert not any(r[0] == "partner_of" for r in relations)
    assert ("agreement", "Quenlo AG", "Universitätsklinikum Heidelberg") in relations


# --- German titles with an inflected adjective are written in the strong nominative ----------

ROLE_TITLES = [
    ("Der Ärztliche Direktor des Klinikums Stuttgart, Prof. Jan Roth, sagte das.", "Jan Roth",
     "Ärztlicher Direktor"),
    ("Er traf den Ärztlichen Direktor des Klinikums Stuttgart, Jan Roth.", "Jan Roth", "Ärztlicher Direktor"),
    ("Er sprach mit dem stellvertretenden Vorsitzenden der Quenlo AG, Jan Roth.", "Jan Roth",
     "stellvertretender Vorsitzender"),
    # look-alikes that stay as written: a feminine title, a title already in the nominative
    ("Die Ärztliche Direktorin des Klinikums Stuttgart, Eva Roth, sagte das.", "Eva Roth",
     "Ärztliche Direktorin"),
    ("Die stellvertretende Bürgermeisterin von Stuttgart, Eva Roth, sagte das.", "Eva Roth",
     "stellvertretende Bürgermeisterin"),
    ("Jan Roth, Ärztlicher Direktor des Klinikums Stuttgart, sagte das.", "Jan Roth", "Ärztlicher Direktor"),
]


@pytest.mark.parametrize("text, person, title", ROLE_TITLES)
def test_german_title_adjective_nominative(text, person, title, extraction):
    result = extraction(text, "de", "2024-05-10")
    names = {e.id: e.name for e in result.entities}
    roles = {(names[r.subject], r.role) for r in result.relations if r.type == "role"}
    assert (person, title) in roles


def test_english_title_modifier_unchanged(extraction):
    result = extraction("Jan Roth, executive director of Kelso Hospital, spoke.", "en", "2024-05-10")
    assert [r.role for r in result.relations if r.type == "role"] == ["executive director"]


# --- "X is a wholly-owned / 100 percent / hundertprozentige subsidiary of Y" -----------------

@pytest.mark.parametrize("language, text", [
    ("en", "Quenlo Shanghai Co., Ltd. is a wholly-owned subsidiary of Quenlo AG."),
    ("en", "Quenlo Shanghai Co., Ltd. is a 100 percent subsidiary of Quenlo AG."),
    ("de", "Die Quenlo Shanghai Co., Ltd. ist eine hundertprozentige Tochtergesellschaft der Quenlo AG."),
    ("de", "Die Quenlo Shanghai Co., Ltd. ist seit 2019 eine Tochter der Quenlo AG."),
])
def test_subsidiary_with_adjective(language, text, extract):
    _, relations = extract(language, text)
    assert ("part_of", "Quenlo Shanghai Co., Ltd.", "Quenlo AG") in relations


@pytest.mark.parametrize("language, text", [
    ("en", "Quenlo Shanghai Co., Ltd. is a former subsidiary of Quenlo AG."),
    ("de", "Die Quenlo Shanghai Co., Ltd. ist eine ehemalige Tochter der Quenlo AG."),
])
def test_former_subsidiary_is_no_part(language, text, extract):
    _, relations = extract(language, text)
    assert not any(r[0] == "part_of" for r in relations)


def test_seat_after_hyphenated_subsidiary_apposition(extract):
    _, relations = extract("en", "Quenlo Shanghai Co., Ltd., a wholly-owned subsidiary of Quenlo AG, "
                                 "is based in Shanghai.")
    assert ("located_in", "Quenlo Shanghai Co., Ltd.", "Shanghai") in relations
    assert ("located_in", "Quenlo AG", "Shanghai") not in relations
