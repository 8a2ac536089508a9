"""Fifth probe-and-fix round, English and German: events dated by "yesterday" / "gestern".

Invented sentences in the style of machine-translated press releases; each pattern has a
positive case and a look-alike that must not change.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Yesterday, a delegation from Coventry University Hospital visited the Wuxi Municipal Health Commission.",
     "2025-04-13"),
    ("en", "The day before yesterday, a delegation from Coventry University Hospital visited Kiel University Hospital.",
     "2025-04-12"),
    ("de", "Gestern besuchte eine Delegation der Universität Ulm das Klinikum Heilbronn.", "2025-04-13"),
    ("de", "Vorgestern besuchte eine Delegation der Universität Ulm das Klinikum Heilbronn.", "2025-04-12"),
    # an explicit date in the sentence wins over the adverb
    ("en", "On 2 April a delegation from Coventry University Hospital visited Kiel University Hospital, the hospital said yesterday.",
     "2025-04-02"),
    ("de", "Am 2. April besuchte eine Delegation der Universität Ulm das Klinikum Heilbronn, wie gestern mitgeteilt wurde.",
     "2025-04-02"),
])
def test_day_before_publication(language, text, expected, extraction):
    result = extraction(text, language, "2025-04-14")
    assert [e.date for e in result.events if e.type == "Visit"] == [expected]


@pytest.mark.parametrize("language, text", [
    ("en", "On March 25, the Wuhan-Bavaria Health Forum was held by Tarvik Medical Co., Ltd. and Kessel GmbH. "
           "At the meeting, Tarvik Medical Co., Ltd. and Kessel GmbH signed a distribution agreement."),
    ("de", "Am 25. März fand in Wuhan ein Forum der Tarvik Medical Co., Ltd. und der Kessel GmbH statt. "
           "Beim Treffen unterzeichneten die Tarvik Medical Co., Ltd. und die Kessel GmbH einen Vertrag."),
])
def test_an_agreement_at_the_meeting_before_has_its_day(language, text, extraction):
    result = extraction(text, language, "2026-03-27")
    assert [e.date for e in result.events if e.type == "Agreement"] == ["2026-03-25"]
