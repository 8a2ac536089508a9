"""Fifth probe-and-fix round, English and German: titles.

Invented sentences in the style of machine-translated press releases; each pattern has a
positive case and a look-alike that must not change.
"""
from __future__ import annotations

import pytest


# --- "Chief ... Officer" in title case: a title, and its last word is no place ("Officer", Victoria) --

@pytest.mark.parametrize("language, text, relation", [
    ("en", "Sarah Whitby, Chief Medical Officer of Greyfield Medical Centre, welcomed the guests.",
     ("role", "Sarah Whitby", "Greyfield Medical Centre")),
    ("en", "Chief Financial Officer Tom Ridley of Norcastle Health Group signed the contract.",
     ("role", "Tom Ridley", "Norcastle Health Group")),
    ("en", "Greyfield Medical Centre's chief operating officer Sarah Whitby opened the forum.",
     ("role", "Sarah Whitby", "Greyfield Medical Centre")),
])
def test_chief_officer_titles(language, text, relation, extract):
    entities, relations = extract(language, text)
    assert relation in relations
    assert not {e for e in entities if e[1] == "Officer"}


@pytest.mark.parametrize("language, text, kept", [
    ("en", "The Chief Medical Officer spoke at Greyfield Medical Centre.",
     {("Hospital", "Greyfield Medical Centre")}),
    ("en", "Sarah Whitby travelled to Melbourne.", {("Person", "Sarah Whitby"), ("City", "Melbourne")}),
])
def test_chief_officer_lookalikes(language, text, kept, extract):
    entities, relations = extract(language, text)
    assert entities == kept
    assert not {r for r in relations if r[0] == "role"}


# --- "new", "newly appointed", "neue" before a title: not part of it ---------------------------------

@pytest.mark.parametrize("language, text, relation, title", [
    ("en", "Sarah Whitby, the new chief executive of Greyfield Medical Centre, spoke.",
     ("role", "Sarah Whitby", "Greyfield Medical Centre"), "chief executive"),
    ("en", "Sarah Whitby, the newly appointed Chief Medical Officer of Greyfield Medical Centre, welcomed the guests.",
     ("role", "Sarah Whitby", "Greyfield Medical Centre"), "Chief Medical Officer"),
    ("en", "Greyfield Medical Centre's new CEO Sarah Whitby opened the forum.",
     ("role", "Sarah Whitby", "Greyfield Medical Centre"), "CEO"),
    ("de", "Anna Krüger, die neue Geschäftsführerin der Kellner Pharma AG, begrüßte die Gäste.",
     ("role", "Anna Krüger", "Kellner Pharma AG"), "Geschäftsführerin"),
    ("de", "Jörg Lenz ist der neue Vorstandsvorsitzende der Kellner Pharma AG.",
     ("role", "Jörg Lenz", "Kellner Pharma AG"), "Vorstandsvorsitzender"),
])
def test_title_after_new(language, text, relation, title, extract, extraction):
    _, relations = extract(language, text)
    assert relation in relations
    roles = [r["role"] for r in extraction(text, language).to_contract()["relations"] if r["type"] == "role"]
    assert roles == [title]


@pytest.mark.parametrize("language, text", [
    ("en", "Sarah Whitby, the new patient of Greyfield Medical Centre, thanked the staff."),
    ("de", "Anna Krüger, die neue Mitarbeiterin der Kellner Pharma AG, begrüßte die Gäste."),
])
def test_title_after_new_lookalikes(language, text, extract):
    _, relations = extract(language, text)
    assert not {r for r in relations if r[0] == "role"}


# --- medical and health parks as bodies a person holds a title in -----------------------------------

@pytest.mark.parametrize("language, text, park, relation", [
    ("en", "Peter Holt, managing director of Aston Medical Park, signed the memorandum.",
     "Aston Medical Park", ("role", "Peter Holt", "Aston Medical Park")),
    ("en", "Anna Lind, CEO of the Coventry Health Park, welcomed the guests.",
     "Coventry Health Park", ("role", "Anna Lind", "Coventry Health Park")),
    ("de", "Peter Holtmann, Geschäftsführer des Medizinparks Dresden, unterschrieb den Vertrag.",
     "Medizinpark Dresden", ("role", "Peter Holtmann", "Medizinpark Dresden")),
])
def test_role_in_medical_park(language, text, park, relation, extract):
    entities, relations = extract(language, text)
    assert ("ResearchInstitute", park) in entities
    assert relation in relations


@pytest.mark.parametrize("language, text", [
    ("en", "The medical park in Coventry opened in May."),
    ("de", "Im neuen Medizinpark arbeiten 200 Menschen."),
])
def test_medical_park_lookalikes(language, text, extract):
    entities, _ = extract(language, text)
    assert not {e for e in entities if e[0] == "ResearchInstitute"}


# --- a zone's or park's management committee is a body: the signers' titles make the bodies parties --

@pytest.mark.parametrize("language, text, relation", [
    ("en", "The agreement was signed by Peter Holt, managing director of Aston Medical Park, and Wu Gang, "
     "deputy director of the Chengdu Hi-tech Zone Management Committee.",
     ("role", "Wu Gang", "Chengdu Hi-tech Zone Management Committee")),
    ("en", "The agreement was signed by Peter Holt, managing director of Aston Medical Park, and Wu Gang, "
     "deputy director of the Chengdu Hi-tech Zone Management Committee.",
     ("agreement", "Aston Medical Park", "Chengdu Hi-tech Zone Management Committee")),
    ("en", "Li Na, director of the Suzhou Industrial Park Administrative Committee, met the guests.",
     ("role", "Li Na", "Suzhou Industrial Park Administrative Committee")),
])
def test_management_committee(language, text, relation, extract):
    _, relations = extract(language, text)
    assert relation in relations


@pytest.mark.parametrize("language, text", [
    ("en", "The management committee of the park met on Monday."),
    ("en", "An administrative committee will review the plan."),
])
def test_management_committee_lookalikes(language, text, extract):
    entities, _ = extract(language, text)
    assert not entities


# --- "Teaching Hospitals" / "University Hospitals": one hospital trust, not a person -----------------

@pytest.mark.parametrize("language, text, relation", [
    ("en", "Ms. Karen Doyle, Chief Executive of Sheffield Teaching Hospitals, said it.",
     ("role", "Karen Doyle", "Sheffield Teaching Hospitals")),
    ("en", "Sheffield Teaching Hospitals welcomed a delegation from the Guangxi Health Commission.",
     ("visit", "Guangxi Health Commission", "Sheffield Teaching Hospitals")),
])
def test_hospital_trust(language, text, relation, extract):
    entities, relations = extract(language, text)
    assert ("Hospital", "Sheffield Teaching Hospitals") in entities
    assert relation in relations


def test_hospital_trust_lookalike(extract):
    entities, _ = extract("en", "Many university hospitals joined the network.")
    assert not entities


# --- a surname alone before a verb, of a person named in full before: "Doyle visited Nanning" --------

@pytest.mark.parametrize("language, text, relation", [
    ("en", "Ms. Karen Doyle spoke at the forum. Doyle visited Nanning in 2024.", ("visit", "Karen Doyle", "Nanning")),
    ("de", "Karin Dörr sprach auf dem Forum. Dörr besuchte Nanning im Jahr 2024.", ("visit", "Karin Dörr", "Nanning")),
    # the surname is also a place of the gazetteer (Holt, Norfolk): the person wins
    ("en", "Peter Holt signed. Later, Holt visited the Wuxi Municipal Health Commission.",
     ("visit", "Peter Holt", "Wuxi Municipal Health Commission")),
])
def test_surname_alone_as_subject(language, text, relation, extract):
    _, relations = extract(language, text)
    assert relation in relations


@pytest.mark.parametrize("language, text, absent", [
    # named only after the bare word: the bare word is no reference
    ("en", "Young doctors visited Nanning. Anna Young spoke.", ("visit", "Anna Young", "Nanning")),
    # a capitalised word after it: a name of its own
    ("en", "Anna Green spoke. Green Street Hospital visited Nanning.", ("visit", "Anna Green", "Nanning")),
])
def test_surname_alone_lookalikes(language, text, absent, extract):
    _, relations = extract(language, text)
    assert absent not in relations


@pytest.mark.parametrize("text, person, body", [
    ("The group signed a contract with Clínica Montesacro in Medellín. The delegation was led by Ana Ruiz Soto, "
     "director general of the clinic.", "Ana Ruiz Soto", "Clínica Montesacro"),
    ("Norrvik AB opened an office in Oslo. Anna Berg, managing director of the firm, said it would hire ten people.",
     "Anna Berg", "Norrvik AB"),
])
def test_title_of_a_body_named_by_its_kind(text, person, body, extract):
    _, relations = extract("en", text)
    assert any(r[0] == "role" and r[1] == person and r[2] == body for r in relations)


def test_a_reference_by_kind_with_two_bodies_of_that_kind_names_none(extract):
    _, relations = extract("en", "Norrvik AB met Ostwald GmbH in Oslo last year. Later that year Anna Berg, managing "
                                 "director of the firm, spoke in Bergen about exports.")
    assert not any(r[0] == "role" and r[1] == "Anna Berg" for r in relations)


def test_a_title_after_a_comma_that_runs_into_a_name_is_that_persons(extract):
    _, relations = extract("en", "Party Secretary of the hospital Li Ming, Director of the Department of Cardiology "
                                 "Prof. WU Tao warmly received the delegation.")
    assert ("role", "WU Tao", "Department of Cardiology") in relations
    assert ("role", "Li Ming", "Department of Cardiology") not in relations
    _, relations = extract("en", "Li Ming, Director of the Department of Cardiology, received the delegation.")
    assert ("role", "Li Ming", "Department of Cardiology") in relations


def test_governors_in_the_feminine_and_in_compounds(extract):
    _, relations = extract("de", "Am ersten Tag empfing die Vizegouverneurin der Provinz Yunnan, Hu Yan, die Delegation.")
    assert ("role", "Hu Yan", "Yunnan") in relations
    _, relations = extract("it", "Una delegazione della provincia di Yunnan, guidata dalla vicegovernatrice Hu Yan, "
                                 "è in visita a Trento.")
    assert ("role", "Hu Yan", "Yunnan") in relations
