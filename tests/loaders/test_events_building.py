"""Events: meetings, projects, joint initiatives, merging, amounts, ids and order."""
from __future__ import annotations


ORGS = {"o/a": ("Company", ["Alpha Care"]), "o/b": ("Hospital", ["Beta Hospital"]),
        "o/c": ("Association", ["Gamma Society"])}


def test_meeting_with_participants_and_date(find_statements):
    _, events = find_statements("Alpha Care and Gamma Society held a symposium on May 3.", ORGS)
    assert [(e.type, set(e.participants), e.date) for e in events] == [
        ("Meeting", {"o/a", "o/c"}, "2024-05-03")]


def test_press_conference_is_not_a_meeting(find_statements):
    _, events = find_statements("At a press conference Alpha Care presented its results.", ORGS)
    assert events == []


def test_one_meeting_per_document(find_statements):
    _, events = find_statements("Alpha Care hosted a seminar. Gamma Society attended the seminar.", ORGS)
    meetings = [e for e in events if e.type == "Meeting"]
    assert len(meetings) == 1 and set(meetings[0].participants) == {"o/a", "o/c"}


def test_joint_initiative_makes_partners_and_a_project(find_statements):
    relations, events = find_statements("Alpha Care, Beta Hospital and Gamma Society jointly launched a rehabilitation programme.", ORGS)
    partners = {frozenset((r.subject, r.object)) for r in relations if r.type == "partner_of"}
    assert partners == {frozenset(p) for p in (("o/a", "o/b"), ("o/a", "o/c"), ("o/b", "o/c"))}
    assert [(e.type, set(e.participants)) for e in events] == [
        ("Project", {"o/a", "o/b", "o/c"})]


def test_german_joint_initiative(find_statements):
    relations, events = find_statements("Im Mai haben die Alpha Care, der Gamma Verband und das Neue Beta Krankenhaus das "
        "Projekt gemeinsam initiiert.", {"o/a": ("Company", ["Alpha Care"]), "o/c": ("Association", ["Gamma Verband"]),
         "o/b": ("Hospital", ["Beta Krankenhaus"])}, language="de")
    assert len([r for r in relations if r.type == "partner_of"]) == 3
    assert [e.type for e in events] == ["Project"]


def test_project_from_construction(find_statements):
    _, events = find_statements("Beta Hospital announced the construction of a new cancer wing for "
                    "£70 million.", ORGS)
    assert [(e.type, e.participants, e.amount.value, e.amount.currency) for e in events] == [
        ("Project", ["o/b"], 70_000_000, "GBP")]


def test_loose_project_words_make_no_event(find_statements):
    _, events = find_statements("Beta Hospital praised the discipline construction and its projects.", ORGS)
    assert events == []


def test_the_same_agreement_twice_is_one_event(find_statements):
    _, events = find_statements("Alpha Care signed an agreement with Beta Hospital. "
        "The agreement between Alpha Care and Beta Hospital was signed on Friday.", ORGS)
    assert [e.type for e in events] == ["Agreement"]


def test_two_signings_are_two_events_numbered_in_order(find_statements):
    _, events = find_statements("Alpha Care signed an agreement with Beta Hospital. "
        "Alpha Care also signed a contract with Gamma Society.", ORGS, doc_id="doc7")
    assert [(e.id, set(e.participants)) for e in events] == [
        ("event/doc7/1", {"o/a", "o/b"}), ("event/doc7/2", {"o/a", "o/c"})]


def test_amount_of_the_next_sentence(find_statements):
    _, events = find_statements("Alpha Care signed an agreement with Beta Hospital. "
        "The purchase is estimated at 10 million US dollars.", ORGS)
    assert (events[0].amount.value, events[0].amount.currency) == (10_000_000, "USD")


def test_amount_of_the_next_sentence_not_taken_when_it_has_its_own_event(find_statements):
    _, events = find_statements("Alpha Care signed an agreement with Beta Hospital. "
        "Gamma Society announced the construction of a lab worth 5 million euros.", ORGS)
    agreement = [e for e in events if e.type == "Agreement"][0]
    project = [e for e in events if e.type == "Project"][0]
    assert agreement.amount is None
    assert project.amount.value == 5_000_000


def test_visit_by_the_delegation_leader_named_earlier(find_statements):
    relations, events = find_statements("The trip was led by Mia Chen, deputy director of Alpha Care. "
        "On May 30 they visited Beta Hospital.", {**ORGS, "p/m": ("Person", ["Mia Chen"])})
    assert ("p/m", "o/b") in {(r.subject, r.object) for r in relations if r.type == "visit"}
    visits = [e for e in events if e.type == "Visit"]
    assert [(set(v.participants), v.date) for v in visits] == [({"p/m", "o/b"}, "2024-05-30")]


def test_trip_to_a_place(find_statements):
    relations, events = find_statements("A delegation led by Mia Chen arrived. The ten-day trip to Patagonia was fruitful.", {"p/m": ("Person", ["Mia Chen"]), "l/p": ("Region", ["Patagonia"])})
    assert ("p/m", "l/p") in {(r.subject, r.object) for r in relations if r.type == "visit"}
    assert [e.type for e in events] == ["Visit"]


def test_contract_output_shape(find_statements):
    _, events = find_statements("Alpha Care signed an agreement with Beta Hospital on 2 May for €3.5 million.", ORGS)
    out = events[0].to_contract()
    assert out["type"] == "Agreement" and out["date"] == "2024-05-02"
    assert out["amount"] == {"value": 3_500_000, "currency": "EUR"}
    assert out["evidence"]["text"].startswith("Alpha Care signed")


def test_agreement_with_one_recognised_party_is_an_event_without_relation(find_statements):
    relations, events = find_statements("Beta Hospital signed a cooperation agreement with an unnamed partner on 2 May.", ORGS)
    assert [r for r in relations if r.type == "agreement"] == []
    assert [(e.type, e.participants, e.date) for e in events] == [
        ("Agreement", ["o/b"], "2024-05-02")]


def test_headline_restating_the_event_is_not_a_second_event(find_statements):
    _, events = find_statements("Beta Hospital signs deal with Alpha Group\n"
        "Beta Hospital signed an agreement with Alpha Care on 2 May.", {**ORGS, "o/g": ("Company", ["Alpha Group"])})
    assert [(e.type, set(e.participants), e.date) for e in events] == [
        ("Agreement", {"o/a", "o/b"}, "2024-05-02")]


def test_the_date_nearest_the_trigger_wins_over_a_dateline(find_statements):
    _, events = find_statements("Roma, 14 aprile 2023 - Beta Hospital ha firmato il 12 aprile un accordo con Alpha Care.", ORGS, language="it", published="2023-04-14")
    assert [e.date for e in events] == ["2023-04-12"]


def test_without_publication_date_the_dateline_gives_the_year(find_statements):
    _, events = find_statements("Roma, 14 aprile 2023 - Beta Hospital ha firmato il 12 aprile un accordo con Alpha Care.", ORGS, language="it", published=None)
    assert [e.date for e in events] == ["2023-04-12"]


def test_a_signer_and_a_body_both_count(find_statements):
    relations, events = find_statements("Mia Chen, president of Alpha Care, and Gamma Society signed a memorandum.", {**ORGS, "p/m": ("Person", ["Mia Chen"])})
    assert {frozenset((r.subject, r.object)) for r in relations if r.type == "agreement"} == {
        frozenset(("o/a", "o/c"))}
    assert set(events[0].participants) == {"o/a", "o/c"}


def test_the_signer_s_body_is_the_party_not_every_body_named(find_statements):
    relations, _ = find_statements("Mia Chen, chair of Gamma Society and president of Alpha Care, signed a contract "
        "with Beta Hospital.", {**ORGS, "p/m": ("Person", ["Mia Chen"])})
    assert {frozenset((r.subject, r.object)) for r in relations if r.type == "agreement"} == {
        frozenset(("o/c", "o/b"))}


def test_a_meeting_word_alone_is_no_meeting(find_statements):
    _, events = find_statements("Alpha Care said at the conference that prices rise.", ORGS)
    assert events == []


def test_a_later_signing_by_one_party_tells_the_agreement_again(find_statements):
    text = ("Alpha Care signed an agreement with Beta Hospital on May 3. The hospital has 900 beds. "
            "It treats 40,000 patients a year. Its staff grew last year. "
            "At the ceremony Alpha Care signed an agreement, its director said.")
    _, events = find_statements(text, ORGS)
    assert len([e for e in events if e.type == "Agreement"]) == 1


def test_a_later_signing_with_its_own_amount_is_another_agreement(find_statements):
    text = ("Alpha Care signed an agreement with Beta Hospital on May 3. The hospital has 900 beds. "
            "It treats 40,000 patients a year. Its staff grew last year. "
            "Alpha Care also signed a supply agreement worth 2 million euros.")
    _, events = find_statements(text, ORGS)
    assert len([e for e in events if e.type == "Agreement"]) == 2
