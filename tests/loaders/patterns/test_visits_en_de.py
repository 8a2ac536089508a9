"""Fifth probe-and-fix round, English and German: visits received by a host.

Invented sentences in the style of machine-translated press releases; each pattern has a
positive case and a look-alike that must not change.
"""
from __future__ import annotations

import pytest


# --- a delegation of a city or province named with its city word; a time phrase after the verb --

@pytest.mark.parametrize("language, text, relation", [
    ("de", "Der Bürgermeister der Stadt Kiel, Hans Petersen, empfing eine Delegation der Stadt Qingdao.",
     ("visit", "Qingdao", "Kiel")),
    ("en", "The Mayor of Coventry, Robert Fenwick, received a delegation from the city of Zhuhai.",
     ("visit", "Zhuhai", "Coventry")),
    ("de", "Das Klinikum Heilbronn empfing am Dienstag eine Delegation aus der Provinz Hunan.",
     ("visit", "Hunan", "Klinikum Heilbronn")),
    ("en", "Coventry University Hospital received on Tuesday a delegation from the province of Hunan.",
     ("visit", "Hunan", "Coventry University Hospital")),
])
def test_host_receives_delegation_of_place(language, text, relation, extract):
    _, relations = extract(language, text)
    assert relation in relations


@pytest.mark.parametrize("language, text", [
    ("de", "Das Klinikum Heilbronn empfing am Dienstag den Preis der Provinz Hunan."),
    ("en", "Coventry University Hospital received on Tuesday a donation from the province of Hunan."),
])
def test_host_receives_lookalikes(language, text, extract):
    _, relations = extract(language, text)
    assert not {r for r in relations if r[0] == "visit"}


# --- a delegation of a city named as a body by its city word, its leader not named: the city visits --

@pytest.mark.parametrize("language, text, relation", [
    ("en", "On Monday a delegation from the city of Xiamen visited Coventry University.",
     ("visit", "Xiamen", "Coventry University")),
    ("en", "A delegation from the city of Xiamen visited Coventry University Hospital on 14 May.",
     ("visit", "Xiamen", "Coventry University Hospital")),
    ("de", "Vom 12. bis 14. Mai 2025 besuchte eine Delegation der Stadt Xiamen die Universität Ulm.",
     ("visit", "Xiamen", "Universität Ulm")),
])
def test_delegation_of_place_visits(language, text, relation, extract):
    _, relations = extract(language, text)
    assert relation in relations


@pytest.mark.parametrize("language, text, visitor", [
    # the leader is named: the visit is the leader's, not the place's
    ("en", "A delegation from Xiamen led by Vice Mayor Zhang Hui visited Coventry University.", "Zhang Hui"),
    ("de", "Am Montag besuchte eine Delegation aus Xiamen unter Leitung von Vizebürgermeister Zhang Hui die Universität Ulm.",
     "Zhang Hui"),
    # a bare place name says where the delegation came from: no visitor
    ("en", "On Monday a delegation from Xiamen visited Coventry University.", None),
    ("de", "Am Montag besuchte eine Delegation aus Xiamen die Universität Ulm.", None),
    # an agreement signed is no visit
    ("en", "A delegation from Xiamen signed an agreement with Coventry University.", None),
])
def test_delegation_of_place_lookalikes(language, text, visitor, extract):
    _, relations = extract(language, text)
    assert {r[1] for r in relations if r[0] == "visit"} == ({visitor} if visitor else set())


# --- German kinds of visiting groups: "Studiengruppe", "Wirtschaftsdelegation" ----------------------

@pytest.mark.parametrize("language, text, relation", [
    ("de", "Letzte Woche besuchte eine Studiengruppe der Universität Sichuan das Universitätsklinikum Dresden.",
     ("visit", "Universität Sichuan", "Universitätsklinikum Dresden")),
    ("de", "Das Universitätsklinikum Dresden empfing eine Expertengruppe des Volkskrankenhauses der Provinz Sichuan.",
     ("visit", "Volkskrankenhaus der Provinz Sichuan", "Universitätsklinikum Dresden")),
    ("de", "Das Universitätsklinikum Dresden empfing eine Wirtschaftsdelegation der Stadt Chengdu.",
     ("visit", "Chengdu", "Universitätsklinikum Dresden")),
])
def test_kinds_of_visiting_groups(language, text, relation, extract):
    _, relations = extract(language, text)
    assert relation in relations


@pytest.mark.parametrize("language, text", [
    ("de", "Die Unternehmensgruppe Kellner besuchte das Universitätsklinikum Dresden."),
    ("de", "Das Universitätsklinikum Dresden empfing eine Spende der Stadt Chengdu."),
])
def test_kinds_of_visiting_groups_lookalikes(language, text, extract):
    _, relations = extract(language, text)
    assert not {r for r in relations if r[0] == "visit" and r[1] in ("Chengdu", "Unternehmensgruppe Kellner")}


@pytest.mark.parametrize("language, text, relation", [
    ("de", "Eine Delegation aus Zibo, der Partnerstadt im Osten Chinas, hat vom 3. bis 5. Mai Rostock besucht.",
     ("visit", "Zibo", "Rostock")),
    ("de", "Eine Delegation aus Zibo hat am Montag das Universitätsklinikum Rostock besucht.",
     ("visit", "Zibo", "Universitätsklinikum Rostock")),
    ("nl", "Een delegatie uit Tangshan heeft vorige week het Veenland Ziekenhuis in Zwolle bezocht.",
     ("visit", "Tangshan", "Veenland Ziekenhuis")),
])
def test_delegation_visits_with_the_verb_last(language, text, relation, extract):
    _, relations = extract(language, text)
    assert relation in relations


def test_delegation_planning_a_visit_with_the_verb_last_is_a_visit_only_when_it_names_the_host(extract):
    _, relations = extract("de", "Eine Delegation aus Zibo hat die Zusammenarbeit in Rostock besprochen.")
    assert not any(r[0] == "visit" for r in relations)


def test_a_host_who_leads_the_guests_around_is_not_the_delegations_leader(extract):
    _, relations = extract("en", "A delegation headed by Ms. Els Claes came to Kunming People's Hospital. Prof. Wu Tao "
                                 "then led the guests to visit the wards. The next day the delegation visited "
                                 "Yunnan Baishan Optics Co., Ltd.")
    assert ("visit", "Els Claes", "Yunnan Baishan Optics Co., Ltd.") in relations
    assert not any(r[0] == "visit" and r[1] == "Wu Tao" for r in relations)


@pytest.mark.parametrize("text, visitor, visited", [
    ("Vom 3. bis 6. Mai hat eine Delegation aus Zug unter der Leitung von Regierungsrätin Eva Roth, Vorsteherin des "
     "Departements für Gesundheit, die chinesische Provinz Yunnan besucht.", "Eva Roth", "Yunnan"),
    ("Gestern hat Anna Weber das Klinikum Passau besucht.", "Anna Weber", "Klinikum Passau"),
])
def test_a_german_perfect_with_the_participle_at_the_end_is_a_visit(text, visitor, visited, extract):
    _, relations = extract("de", text)
    assert ("visit", visitor, visited) in relations


def test_the_delegation_travelling_on_after_the_verb_visits_the_place(extract):
    _, relations = extract("de", "Eine Delegation unter der Leitung von Regierungsrätin Eva Roth besuchte Haikou. Am Dienstag "
                                 "reiste die Delegation in die Hainan Boao Lecheng International Medical Tourism Pilot Zone "
                                 "in Qionghai weiter.")
    assert ("visit", "Eva Roth", "Hainan Boao Lecheng International Medical Tourism Pilot Zone") in relations
    assert not any(r[0] == "visit" and r[2] == "Qionghai" for r in relations)


def test_german_inversion_with_the_group_after_the_verb_is_the_leaders_visit(extraction):
    result = extraction("Linz, am 2. April 2026. Die Wirtschaftsdelegation unter der Leitung von Landesrat Peter "
                        "Hofer ist aus China zurückgekehrt. Vom 23. bis 28. März besuchten 16 Vertreterinnen und "
                        "Vertreter aus Unternehmen und Verwaltung die Provinz Hubei.", "de", "2026-04-02")
    names = {e.id: e.name for e in result.entities}
    visits = {(names[r.subject], names[r.object]) for r in result.relations if r.type == "visit"}
    assert ("Peter Hofer", "Hubei") in visits
    assert [e.date for e in result.events if e.type == "Visit"] == ["2026-03-23"]
