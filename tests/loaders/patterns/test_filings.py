"""Stock-exchange announcements and contracts: terms defined in brackets and quotes for a
body (`(the "Company")`), signings a person witnesses, an agreement in a relative clause
("X, with which the Company signed ..."), and the leader of a delegation in a relative
clause. Invented sentences; each with look-alikes.
"""
from __future__ import annotations


_FILING = ('Harbin Tianrun Medical Co., Ltd. (the "Company") is pleased to announce a joint venture with '
           'Ostwald Diagnostik GmbH ("Ostwald"). Norrvik Tianrun AB (the "JV Company") will be set up in Malmö. '
           'The JV Company will sell the tests, which will be evaluated at Harbin Central Hospital, with which '
           'the Company signed a research agreement on 2 March 2026.')


def test_defined_terms_are_mentions_of_the_body(extract):
    entities, relations = extract("en", _FILING)
    assert not any(n in ("Company", "JV Company") for _t, n in entities)
    assert ("agreement", "Harbin Central Hospital", "Harbin Tianrun Medical Co., Ltd.") in relations \
        or ("agreement", "Harbin Tianrun Medical Co., Ltd.", "Harbin Central Hospital") in relations


def test_a_lower_case_word_in_quotes_defines_nothing(extract):
    entities, _ = extract("en", 'Harbin Tianrun Medical Co., Ltd. (the "company") said the company will grow.')
    assert ("Company", "Harbin Tianrun Medical Co., Ltd.") in entities


def test_agreement_in_a_relative_clause_needs_a_signing_verb(extract):
    _, relations = extract("en", "The tests will be evaluated at Harbin Central Hospital, with which Ostwald GmbH "
                                 "has worked for years under an agreement.")
    assert not any(r[0] == "agreement" and "Harbin Central Hospital" in r[1:] for r in relations)


def test_a_witness_of_a_signing_is_no_party(extract):
    _, relations = extract("en", "The agreement was signed by Ostwald GmbH and Norrvik AB, and witnessed by "
                                 "Ms. Li Na, director of the Department of Commerce of Hubei Province.")
    assert ("agreement", "Ostwald GmbH", "Norrvik AB") in relations
    assert not any(r[0] == "agreement" and "Department of Commerce of Hubei Province" in r[1:] for r in relations)


def test_leader_named_before_who_led_a_delegation_is_the_visitor(extract):
    _, relations = extract("en", "The deal was signed by Mr. Wang Lei and witnessed by Ms. Li Na, director of the "
                                 "Department of Commerce of Hubei Province, who led a delegation to Austria in May.")
    assert ("visit", "Li Na", "Austria") in relations
    assert ("visit", "Wang Lei", "Austria") not in relations
