"""The dates of events read from relative words: "yesterday" and the day before it
("i går", "hier", "l'altro ieri"), weekdays with an ending or of last week, weekdays after a
dateline; in Danish, Swedish, Norwegian, Dutch, French, Spanish, Italian and Portuguese
text.

Invented sentences in the style of machine-translated health-cooperation press releases;
each fix has a positive case and a look-alike that must stay as it was. The whole
extractor runs (entities, relations and events), as the command line does.
"""
from __future__ import annotations

import pytest

from healthkg.loaders.document import Document
from healthkg.loaders.extraction import extract_document


# --- weekday names with an ending ('i måndags', 'på tirsdagen') -------------------------------

@pytest.mark.parametrize("language, text, published, day", [
    ("sv", "I måndags träffades de.", "2024-03-12", "2024-03-11"),
    ("da", "På tirsdagen underskrev de.", "2023-11-23", "2023-11-21"),
    ("no", "I mandags møttes de.", "2023-06-14", "2023-06-12"),
])
def test_weekday_with_an_ending(language, text, published, day):
    from healthkg.loaders.extraction.relations.dates import find_weekday
    assert find_weekday(text, language, published) == day


def test_weekday_ending_does_not_read_other_words():
    from healthkg.loaders.extraction.relations.dates import find_weekday
    assert find_weekday("Mandagsmødet blev aflyst.", "da", "2023-11-23") is None


# --- 'i går', 'gisteren': the day before publication ------------------------------------------

@pytest.mark.parametrize("language, text, published, day", [
    ("da", "I går underskrev Region Hovedstaden og Shanghai Kommune en aftale.", "2023-11-21", "2023-11-20"),
    ("nl", "Gisteren ondertekenden Erasmus MC en Fudan University een overeenkomst.", "2023-10-03", "2023-10-02"),
])
def test_yesterday_dates_an_event(language, text, published, day):
    out = extract_document(Document(id="t", source="t", text=text, language=language,
                                    published=published)).to_contract()
    assert [e["date"] for e in out["events"] if e["type"] == "Agreement"] == [day]


def test_yesterday_needs_a_publication_date():
    out = extract_document(Document(id="t", source="t", language="da",
                                    text="I går underskrev Region Hovedstaden og Shanghai Kommune en aftale.")).to_contract()
    assert [e["date"] for e in out["events"]] == [None]


# --- "last week" next to a weekday: that day of the week before publication (a Thursday, 2024-06-20)

@pytest.mark.parametrize("language, text, day", [
    ("nl", "Het Erasmus MC en Huaxin Group tekenden vorige week donderdag een overeenkomst.", "2024-06-13"),
    ("nl", "Het Erasmus MC en Huaxin Group tekenden maandag vorige week een overeenkomst.", "2024-06-10"),
    ("da", "Aalborg Universitetshospital og Huaxin Group underskrev torsdag i sidste uge en samarbejdsaftale.",
     "2024-06-13"),
    ("nl", "Het Erasmus MC en Huaxin Group tekenden donderdag een overeenkomst.", "2024-06-20"),
    ("sv", "Karolinska Universitetssjukhuset och Huaxin Group tecknade i tisdags ett avtal.", "2024-06-18"),
])
def test_weekday_of_last_week(language, text, day, extraction):
    events = extraction(text, language, "2024-06-20").events
    assert [e.date for e in events if e.type == "Agreement"] == [day]


def event_dates(language: str, text: str):
    """``[(event type, date)]`` of a text."""
    out = extract_document(Document(id="t", source="t", text=text, language=language)).to_contract()
    return [(e["type"], e["date"]) for e in out["events"]]


# a dateline on a line of its own dates weekdays; the n-th day counts from a weekday's date
@pytest.mark.parametrize("language, text, expected", [
    ("es", "Madrid, 14 de marzo de 2024\n\nLa empresa Rovi firmó el martes un acuerdo con la compañía Sinopharm. "
           "El segundo día, la delegación de Sinopharm visitó el Hospital Universitario La Paz.",
     [("Agreement", "2024-03-12"), ("Visit", "2024-03-13")]),
    ("pt", "Lisboa, 5 de junho de 2023\n\nA Universidade de Lisboa e a Universidade de Fudan assinaram na "
           "segunda-feira um acordo. No dia seguinte, a comitiva visitou o Hospital de Santa Maria.",
     [("Agreement", "2023-06-05"), ("Visit", "2023-06-06")]),
])
def test_weekdays_after_a_dateline(language, text, expected):
    assert event_dates(language, text) == expected


def test_no_weekday_date_from_a_date_deep_in_the_text():
    text = ("La empresa Rovi anunció resultados. " * 8 + "El informe se publicó el 3 de marzo de 2024. "
            "La empresa Rovi firmó el jueves un acuerdo con la compañía Sinopharm.")
    assert ("Agreement", None) in event_dates("es", text)


# --- "hier", "ayer", "ieri", "ontem": the day before publication ------------------------------

YESTERDAY = [
    ("fr", "Hier, la société Medilor a signé un accord avec l'Hôpital Saint-Martin.", "2024-05-09"),
    ("es", "Ayer, la empresa Biolatex firmó un acuerdo con el Hospital Ruber.", "2024-05-09"),
    ("it", "L'Ospedale Careggi ha accolto ieri una delegazione cinese guidata da Zhang Wei.", "2024-05-09"),
    ("it", "L'altro ieri la società Medifarm ha firmato un accordo con l'Ospedale San Matteo.", "2024-05-08"),
    ("pt", "A empresa Biosaúde assinou ontem um acordo com o Hospital da Luz.", "2024-05-09"),
]


@pytest.mark.parametrize("language, text, day", YESTERDAY)
def test_yesterday_dates_by_publication(language, text, day, extraction):
    events = extraction(text, language, "2024-05-10").to_contract()["events"]
    assert [e["date"] for e in events] == [day]


def test_a_written_date_wins_over_yesterday(extraction):
    text = "La société Medilor a signé le 12 mars un accord avec l'Hôpital Saint-Martin, a-t-on appris hier."
    events = extraction(text, "fr", "2024-05-10").to_contract()["events"]
    assert [e["date"] for e in events] == ["2024-03-12"]


# --- the day before the last event, the afternoon of it, yesterday after a dateline -----------

def _event_dates(text, language, published=None):
    result = extract_document(Document(id="t", source="t.txt", text=text, language=language, published=published))
    return [(e.type, e.date) for e in result.events]


@pytest.mark.parametrize("language, text, expected", [
    ("de", "Am 14. April besuchte die Delegation das Klinikum Bremen. Am Vortag unterzeichneten die Lintel GmbH "
           "und die Orvane AG einen Kooperationsvertrag.", ("Agreement", "2024-04-13")),
    ("fr", "Le 14 avril, la délégation a visité le CHU de Brest. La veille, Lintel SAS et Orvane SA ont signé un "
           "protocole d'accord.", ("Agreement", "2024-04-13")),
    ("it", "Il 14 aprile la delegazione ha visitato l'Ospedale San Giovanni. Nel pomeriggio la Lintel S.r.l. e "
           "la Orvane S.p.A. hanno firmato un accordo.", ("Agreement", "2024-04-14")),
])
def test_day_before_and_afternoon_of_the_last_event(language, text, expected):
    assert expected in _event_dates(text, language, "2024-05-01")


def test_yesterday_counts_back_from_the_dateline_without_a_publication_date():
    text = ("GENOVA, 12 giugno 2024 – Oggi la delegazione è arrivata.\n\nNel pomeriggio di ieri la delegazione "
            "ha visitato l'Ospedale San Giovanni.")
    assert ("Visit", "2024-06-11") in _event_dates(text, "it")


def test_afternoon_without_an_event_before_gives_no_date():
    assert _event_dates("Nel pomeriggio la Lintel S.r.l. e la Orvane S.p.A. hanno firmato un accordo.", "it") \
        == [("Agreement", None)]


def test_range_with_weekdays_between_its_days_starts_at_the_first_day(extraction):
    result = extraction("Fra mandag den 26. til onsdag den 28. januar havde Næstved Sygehus besøg af syv læger "
                        "fra Harbin Central Hospital.", "da", published="2026-01-29").to_contract()
    assert [e["date"] for e in result["events"]] == ["2026-01-26"]


def test_event_without_a_date_takes_the_date_of_the_sentence_right_before(extraction):
    result = extraction("Op dinsdag 22 september vond in Leiden een symposium over digitale zorg plaats. "
                        "Het symposium werd georganiseerd door het LUMC en Leiden Bio Science Park.",
                        "nl", published="2026-09-25").to_contract()
    assert [e["date"] for e in result["events"] if e["type"] == "Meeting"] == ["2026-09-22"]


def test_event_without_a_date_takes_the_last_date_the_text_named(extraction):
    # news tells its events in order: an event dated nowhere took place on the day the text was at
    result = extraction("Op dinsdag 22 september bezocht de delegatie Leiden. Het was een drukke week. "
                        "Daar tekenden het LUMC en Harbin Medical University een overeenkomst.",
                        "nl", published="2026-09-25").to_contract()
    assert [e["date"] for e in result["events"] if e["type"] == "Agreement"] == ["2026-09-22"]


def test_event_without_any_date_in_the_text_takes_the_day_of_publication(extraction):
    result = extraction("Het LUMC en Harbin Medical University tekenden een overeenkomst.",
                        "nl", published="2026-09-25").to_contract()
    assert [e["date"] for e in result["events"]] == ["2026-09-25"]


def test_event_on_a_weekday_it_cannot_place_takes_no_date_from_before(extraction):
    result = extraction("Op 2 september bezocht de delegatie Leiden. Het LUMC en Harbin Medical University tekenden "
                        "op een donderdag een overeenkomst.", "nl", published=None).to_contract()
    assert [e["date"] for e in result["events"] if e["type"] == "Agreement"] == [None]
