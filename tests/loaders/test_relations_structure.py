"""Located-in, part-of, roles across sentences, short references, compound titles."""
from __future__ import annotations


from healthkg.loaders.document import Document, Sentence
from healthkg.loaders.extraction.relations import find_relations_and_events
from healthkg.loaders.statements import Entity, Mention


def rels(relations, rtype):
    return {(r.subject, r.object) for r in relations if r.type == rtype}


def test_located_in_forms(find_statements):
    relations, _ = find_statements("Riverside Clinic in suburban Eastvale District opened a ward. "
        "Harbor Medical Center, one of Portmouth's largest hospitals, joined. "
        "The Institute of Marine Medicine (Brestley) hosted it.", {"o/r": ("Hospital", ["Riverside Clinic"]), "l/e": ("Region", ["Eastvale District"]),
         "o/h": ("Hospital", ["Harbor Medical Center"]), "l/p": ("City", ["Portmouth"]),
         "o/i": ("ResearchInstitute", ["Institute of Marine Medicine"]), "l/b": ("City", ["Brestley"])})
    assert rels(relations, "located_in") == {("o/r", "l/e"), ("o/h", "l/p"), ("o/i", "l/b")}


def test_located_in_needs_an_organization_subject(find_statements):
    relations, _ = find_statements("Anna Berg in Portmouth said so.", {"p/a": ("Person", ["Anna Berg"]), "l/p": ("City", ["Portmouth"])})
    assert rels(relations, "located_in") == set()


def test_organization_named_after_its_city(find_statements):
    relations, _ = find_statements("Portmouth Heart Hospital expanded.", {"o/h": ("Hospital", ["Portmouth Heart Hospital"]),
                        "l/p": ("City", ["Portmouth"])})
    assert rels(relations, "located_in") == {("o/h", "l/p")}


def test_part_of_from_names_and_phrases(find_statements):
    relations, _ = find_statements("Harbor Hospital's Northgate Branch will open a clinic. "
        "Lakeside Rehabilitation Clinic, affiliated to Westbrook University, treats athletes.", {"o/h": ("Hospital", ["Harbor Hospital"]),
         "o/n": ("Hospital", ["Harbor Hospital's Northgate Branch"]),
         "o/l": ("Hospital", ["Lakeside Rehabilitation Clinic"]),
         "o/w": ("University", ["Westbrook University"])})
    assert rels(relations, "part_of") == {("o/n", "o/h"), ("o/l", "o/w")}


def test_part_of_needs_a_unit_noun(find_statements):
    relations, _ = find_statements("Harbor Group and Harbor Group Holdings merged.", {"o/a": ("Company", ["Harbor Group Holdings"]),
                        "o/b": ("Company", ["Harbor Group"])})
    assert rels(relations, "part_of") == set()


def test_compound_titles_and_place_roles(find_statements):
    relations, _ = find_statements("Eastvale District mayor and deputy party chief Tom Reyes spoke. "
        "Vice President and secretary-general Mia Chen of Harbor Hospital attended.", {"p/t": ("Person", ["Tom Reyes"]), "l/e": ("Region", ["Eastvale District"]),
         "p/m": ("Person", ["Mia Chen"]), "o/h": ("Hospital", ["Harbor Hospital"])})
    roles = {(r.subject, r.object): r.role for r in relations if r.type == "role"}
    assert roles[("p/t", "l/e")] == "mayor and deputy party chief"
    assert roles[("p/m", "o/h")] == "Vice President and secretary-general"


def test_german_title_before_body_and_inflection(find_statements):
    relations, _ = find_statements("Der Präsident der Nordklinik, Jonas Weber, sprach mit Ute Lang, "
        "der Vorsitzenden der Ärztekammer Süd, und mit Paul Kern, dem Vorsitzenden der Pflegekasse Ost.", {"p/j": ("Person", ["Jonas Weber"]), "o/n": ("Hospital", ["Nordklinik"]),
         "p/u": ("Person", ["Ute Lang"]), "o/a": ("Association", ["Ärztekammer Süd"]),
         "p/p": ("Person", ["Paul Kern"]), "o/k": ("Company", ["Pflegekasse Ost"])}, language="de")
    roles = {(r.subject, r.object): r.role for r in relations if r.type == "role"}
    assert roles[("p/j", "o/n")] == "Präsident"
    assert roles[("p/p", "o/k")] == "Vorsitzender"
    assert roles[("p/u", "o/a")] in ("Vorsitzende", "Vorsitzender")


def test_role_without_body_goes_to_the_recent_organization(find_statements):
    relations, _ = find_statements("Visitors came to Harbor Hospital. Secretary-general Mia Chen welcomed them.", {"o/h": ("Hospital", ["Harbor Hospital"]), "p/m": ("Person", ["Mia Chen"])})
    roles = {(r.subject, r.object): r.role for r in relations if r.type == "role"}
    assert roles == {("p/m", "o/h"): "secretary-general"}  # sentence case undone


def test_role_without_body_is_dropped_when_the_person_has_one(find_statements):
    relations, _ = find_statements("Tom Reyes, director of Harbor Hospital, met them. Westbrook University thanked "
        "director Tom Reyes.", {"o/h": ("Hospital", ["Harbor Hospital"]), "p/t": ("Person", ["Tom Reyes"]),
         "o/w": ("University", ["Westbrook University"])})
    assert rels(relations, "role") == {("p/t", "o/h")}


def test_short_reference_resolves_to_the_only_candidate(find_statements):
    relations, events = find_statements("Harbor Hospital opened a clinic. Later a partnership between the hospital and "
        "Blue Finance was signed.", {"o/h": ("Hospital", ["Harbor Hospital"]), "o/b": ("Company", ["Blue Finance"])})
    assert {frozenset(p) for p in rels(relations, "agreement")} == {frozenset(("o/h", "o/b"))}


def test_short_reference_is_left_alone_when_ambiguous(find_statements):
    relations, _ = find_statements("Harbor Hospital and Lake Hospital met. A partnership between the hospital and "
        "Blue Finance was signed.", {"o/h": ("Hospital", ["Harbor Hospital"]), "o/l": ("Hospital", ["Lake Hospital"]),
         "o/b": ("Company", ["Blue Finance"])})
    pairs = {frozenset(p) for p in rels(relations, "agreement")}
    assert frozenset(("o/h", "o/b")) not in pairs or frozenset(("o/l", "o/b")) in pairs


def test_signers_stand_for_their_bodies(find_statements):
    relations, _ = find_statements("Ann Wu (left), president of Alpha Care, and Bo Li (right), chief executive of Beta Labs, "
        "signed a memorandum on behalf of the two companies.", {"p/a": ("Person", ["Ann Wu"]), "o/a": ("Company", ["Alpha Care"]),
         "p/b": ("Person", ["Bo Li"]), "o/b": ("Company", ["Beta Labs"])})
    assert {frozenset(p) for p in rels(relations, "agreement")} == {frozenset(("o/a", "o/b"))}
    assert rels(relations, "role") == {("p/a", "o/a"), ("p/b", "o/b")}


def test_no_agreement_without_a_signing(find_statements):
    relations, events = find_statements("Alpha Care discussed an agreement with Beta Labs.", {"o/a": ("Company", ["Alpha Care"]), "o/b": ("Company", ["Beta Labs"])})
    assert rels(relations, "agreement") == set()
    assert [e for e in events if e.type == "Agreement"] == []


def test_no_guess_when_the_title_names_an_unrecognised_body(find_statements):
    relations, _ = find_statements("Harbor Hospital signed the deal. Tom Reyes, CEO of Some Unknown Firm, attended.", {"o/h": ("Hospital", ["Harbor Hospital"]), "p/t": ("Person", ["Tom Reyes"])})
    assert rels(relations, "role") == set()


def test_no_guess_when_the_sentence_names_a_place(find_statements):
    relations, _ = find_statements("Harbor Hospital hosted the guests. Mayor Tom Reyes visited Portmouth.", {"o/h": ("Hospital", ["Harbor Hospital"]), "p/t": ("Person", ["Tom Reyes"]),
         "l/p": ("City", ["Portmouth"])})
    assert rels(relations, "role") == set()


def test_german_adjectives_before_a_title(find_statements):
    relations, _ = find_statements("Jonas Weber, Leitender Ärztlicher Direktor des Klinikums Nord, sprach.", {"p/j": ("Person", ["Jonas Weber"]), "o/k": ("Hospital", ["Klinikums Nord"])}, language="de")
    roles = {(r.subject, r.object): r.role for r in relations if r.type == "role"}
    assert roles == {("p/j", "o/k"): "Leitender Ärztlicher Direktor"}


def test_partner_city_with_words_between(find_statements):
    relations, _ = find_statements("Freiburg ist seit 1990 Partnerstadt von Suzhou.", {"l/f": ("City", ["Freiburg"]), "l/s": ("City", ["Suzhou"])}, language="de")
    assert {frozenset(p) for p in rels(relations, "partner_of")} == {frozenset(("l/f", "l/s"))}


def test_more_role_and_place_forms(find_statements):
    relations, _ = find_statements("Mia Chen, who is director of Harbor Hospital, spoke. "
        "Tom Reyes, the hospital's president, agreed. "
        "Portmouth-based Blue Finance joined. "
        "Lake Labs, a subsidiary of Blue Finance, too.", {"p/m": ("Person", ["Mia Chen"]), "o/h": ("Hospital", ["Harbor Hospital"]),
         "p/t": ("Person", ["Tom Reyes"]), "o/b": ("Company", ["Blue Finance"]),
         "l/p": ("City", ["Portmouth"]), "o/l": ("Company", ["Lake Labs"])})
    assert rels(relations, "role") == {("p/m", "o/h"), ("p/t", "o/h")}
    assert ("o/b", "l/p") in rels(relations, "located_in")
    assert rels(relations, "part_of") == {("o/l", "o/b")}


def test_host_received_a_delegation(find_statements):
    relations, _ = find_statements("Harbor Hospital received a delegation from Blue Finance on Monday.", {"o/h": ("Hospital", ["Harbor Hospital"]), "o/b": ("Company", ["Blue Finance"])})
    assert rels(relations, "visit") == {("o/b", "o/h")}


def test_empty_document_and_no_entities(find_statements):
    doc = Document(id="x", source="x.txt", text="", language="en")
    assert find_relations_and_events(doc, []) == ([], [])
    relations, events = find_statements("Nothing is named here. They signed an agreement.", {})
    assert relations == [] and events == []


def test_not_a_document_is_a_clear_error():
    import pytest

    from healthkg.errors import ExtractionError

    with pytest.raises(ExtractionError, match="not a Document"):
        find_relations_and_events("some text", [])


def test_unknown_sentence_language_falls_back_to_english_rules():
    text = "Anna Berg, director of Lake Labs, signed a contract with Blue Finance."
    doc = Document(id="u", source="u.txt", text=text, language=None,
                   sentences=[Sentence(0, len(text), text, None)])
    ents = [Entity("p/a", "Person", "Anna Berg", [Mention("Anna Berg", 0, 9)]),
            Entity("o/l", "Company", "Lake Labs", [Mention("Lake Labs", 23, 32)]),
            Entity("o/b", "Company", "Blue Finance", [Mention("Blue Finance", 57, 69)])]
    relations, events = find_relations_and_events(doc, ents)
    assert {(r.type, r.subject, r.object) for r in relations} == {
        ("role", "p/a", "o/l"), ("agreement", "o/l", "o/b")}
    assert [e.type for e in events] == ["Agreement"]


def test_a_name_joining_two_organizations_is_not_a_part_of_either(find_statements):
    relations, _ = find_statements("Lake Hospital and Blue Research Institute met.", {"o/x": ("Organization", ["Lake Hospital and Blue Research Institute"]),
         "o/l": ("Hospital", ["Lake Hospital"]), "o/b": ("ResearchInstitute", ["Blue Research Institute"])})
    assert rels(relations, "part_of") == set()


def test_plural_partner_cities(find_statements):
    relations, _ = find_statements("Wuhan and Nairobi have been friendship cities since 2019.", {"l/w": ("City", ["Wuhan"]), "l/n": ("City", ["Nairobi"])})
    assert {frozenset(p) for p in rels(relations, "partner_of")} == {frozenset(("l/w", "l/n"))}


def test_ambassador_to_a_country(find_statements):
    relations, _ = find_statements("Lin Bo, ambassador to Norway, opened the fair.", {"p/l": ("Person", ["Lin Bo"]), "l/n": ("Country", ["Norway"])})
    roles = {(r.subject, r.object): r.role for r in relations if r.type == "role"}
    assert roles == {("p/l", "l/n"): "ambassador"}
