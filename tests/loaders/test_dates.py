"""Publication dates: value parsing and dateline finding."""
from pathlib import Path

import pytest

from healthkg.loaders.dates import find_published_date, is_dateline, parse_date

SAMPLE = Path(__file__).resolve().parents[2] / "healthkg" / "data" / "sample"


@pytest.mark.parametrize(
    ("value", "languages", "expected"),
    [
        ("2023-07-19", None, "2023-07-19"),
        ("2023-07-19T10:00:00Z", None, "2023-07-19"),
        ("2024-05-22T08:30:00+02:00", None, "2024-05-22"),
        ("2022/11/03 10:15", None, "2022-11-03"),
        ("03.11.2022", None, "2022-11-03"),
        ("03-11-22", None, "2022-11-03"),
        ("19/07/2023", None, "2023-07-19"),
        ("07/19/2023", None, "2023-07-19"),  # day first impossible: month first
        ("05/06/2018", None, "2018-06-05"),  # ambiguous: day first
        ("Nov-03-2022", None, "2022-11-03"),
        ("3 November 2022", None, "2022-11-03"),
        ("November 3, 2022", None, "2022-11-03"),
        ("Sept. 5, 2021", None, "2021-09-05"),
        ("Tue, 03 Nov 2022 10:00:00 GMT", None, "2022-11-03"),
        ("28. september 2022", ["da"], "2022-09-28"),
        ("28. september 2022", None, "2022-09-28"),
        ("3. März 2022", ["de"], "2022-03-03"),
        ("5 de junio de 2018", ["es"], "2018-06-05"),
        ("el 5 de junio de 2018", None, "2018-06-05"),
        ("le 3 novembre 2022", ["fr"], "2022-11-03"),
        ("3 febbraio 2021", ["it"], "2021-02-03"),
        ("3 listopada 2022", ["pl"], "2022-11-03"),
        ("2022年11月3日", None, "2022-11-03"),
        ("2022 m. spalio 3 d.", ["lt"], "2022-10-03"),  # through dateparser
    ],
)
def test_parse_date_forms(value, languages, expected):
    assert parse_date(value, languages) == expected


@pytest.mark.parametrize("value", ["", "garbage", "2022", "November 2022", "31.02.2022", "next week", "99/99/9999"])
def test_parse_date_rejects_partial_or_invalid(value):
    assert parse_date(value) is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Headline\nBody.\nPosttid: Nov-03-2022", None, "2022-11-03"),
        ("Body text here.\n\n\nBeitragszeit: 03.11.2022", None, "2022-11-03"),
        ("Title line\nAuthor:Someone\u00a0\u00a0Addtime:2023-07-19\n\nText.", None, "2023-07-19"),
        (" date 2023-02-21 \nCity hospital seeks partner\n\nText.", None, "2023-02-21"),
        ("Published: 3 November 2022 by Jane Doe\nText.", None, "2022-11-03"),
        ("Veröffentlicht am 3. November 2022\nText.", "de", "2022-11-03"),
        ("Publié le 3 novembre 2022\nTexte.", "fr", "2022-11-03"),
        ("Publicado el 5 de junio de 2018\nTexto.", "es", "2018-06-05"),
        ("Pubblicato il 3 febbraio 2021\nTesto.", "it", "2021-02-03"),
        ("Gepubliceerd op 3 november 2022\nTekst.", "nl", "2022-11-03"),
        ("Publicerad 3 november 2022\nText.", "sv", "2022-11-03"),
        ("Publisert 3. november 2022\nTekst.", None, "2022-11-03"),
        ("Udgivet 28. september 2022\nTekst.", "da", "2022-09-28"),
        ("发布时间：2022-11-03\n正文。", "zh", "2022-11-03"),
        ("share\nHome> Wirtschaft\nTitel der Nachricht\nCRI  |  \n22.05.2024\n\nText.", None, "2024-05-22"),
        ("Title\nSource: CRI | 22.05.2024\nText.", None, "2024-05-22"),
        ("Title\n\nFirst paragraph.\n\nLast paragraph.\n\nTuesday, 3 November 2022", None, "2022-11-03"),
    ],
)
def test_find_published_date(text, language, expected):
    assert find_published_date(text, language) == expected


def test_labelled_dateline_beats_bare_date_line():
    text = "Headline of the day\n01.01.2020\n\nBody text.\nPosted on: 2021-02-03"
    assert find_published_date(text) == "2021-02-03"


@pytest.mark.parametrize(
    "text",
    [
        "The agreement was signed on 3 November 2022 in Berlin and runs until 2025.",
        "Die Delegation reiste am 28. september 2022 nach Maastricht, um Verträge zu unterzeichnen.",
        "Time is running out for 5 hospitals in 2023, the minister said.",
        "",
    ],
)
def test_dates_inside_sentences_are_not_publication_dates(text):
    assert find_published_date(text) is None


def test_bare_date_in_the_middle_of_a_long_text_is_ignored():
    body = "\n".join(f"Paragraph {i} of the article talks about hospitals." for i in range(40))
    text = "Headline\n\n" + body[: len(body) // 2] + "\n03.03.2021\n" + body[len(body) // 2 :]
    assert find_published_date(text) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [(" date 2023-02-21 ", True), ("22.05.2024", True), ("Beitragszeit: 03.11.2022", True),
     ("Signed on 3 May 2021, the deal covers two hospitals", False), ("Home> Wirtschaft", False)],
)
def test_is_dateline(line, expected):
    assert is_dateline(line) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("000_40dd52778adfcd27.txt", "2022-11-03"),
        ("001_ae41dadf315eba63.txt", "2022-11-03"),
        ("002_fab9e49b7e6b20e5.txt", "2024-05-22"),
        ("003_841aa74d453e70bd.txt", "2023-07-19"),
        ("004_1ab0caa8ac95d49f.txt", "2023-02-21"),
    ],
)
def test_seed_publication_dates(name, expected):
    assert find_published_date((SAMPLE / name).read_text(encoding="utf-8")) == expected
