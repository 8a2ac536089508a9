"""Event dates: forms in ten languages, ranges, resolution against publication."""
from __future__ import annotations

import pytest

from healthkg.loaders.extraction.relations.dates import find_date, find_dates, resolve_date


@pytest.mark.parametrize("text, language, published, expected", [
    ("On the morning of July 19, a delegation arrived.", "en", "2023-07-19", "2023-07-19"),
    ("They met on April 10-11 in Geneva.", "en", "2023-05-02", "2023-04-10"),
    ("The deal was signed on 3 March 2021.", "en", "2023-05-02", "2021-03-03"),
    ("Vertrag vom 28. September", "de", "2022-11-03", "2022-09-28"),
    ("am 3. Mai 2021 unterzeichnet", "de", None, "2021-05-03"),
    ("underskrev aftalen den 28. september", "da", "2022-11-03", "2022-09-28"),
    ("avtalet undertecknades den 4 maj", "sv", "2024-06-01", "2024-05-04"),
    ("avtalen ble signert 15. mars", "no", "2024-06-01", "2024-03-15"),
    ("op 8 mei ondertekend", "nl", "2024-06-01", "2024-05-08"),
    ("signé le 5 juin 2018", "fr", None, "2018-06-05"),
    ("firmado el 5 de junio de 2018", "es", None, "2018-06-05"),
    ("firmato il 12 marzo", "it", "2024-05-01", "2024-03-12"),
    ("assinado em 20 de maio", "pt", "2024-06-01", "2024-05-20"),
    ("Posted 2023-07-19 by the editor", "en", None, "2023-07-19"),
    ("Beitrag vom 22.05.2024", "de", None, "2024-05-22"),
    ("visitaron Monterrey los días 11 y 12 de marzo", "es", "2024-03-20", "2024-03-11"),
    ("het bezoek op 5 en 6 oktober", "nl", "2024-10-20", "2024-10-05"),
    ("besøkte torsdag 25. januar sykehuset", "no", "2024-02-01", "2024-01-25"),
    ("si è svolto lunedì 20 maggio", "it", "2024-06-01", "2024-05-20"),
    ("Publié le 16/11/2023", "fr", None, "2023-11-16"),
])
def test_dates(text, language, published, expected):
    assert find_date(text, language, published) == expected


def test_a_date_after_publication_is_last_year():
    assert find_date("signed on December 30", "en", "2023-01-05") == "2022-12-30"
    assert resolve_date(30, 12, None, "2023-01-05") == "2022-12-30"


def test_no_year_and_no_publication_gives_no_date():
    assert find_date("signed on December 30", "en", None) is None


def test_impossible_dates_are_skipped():
    assert find_date("on 31 February", "en", "2023-05-01") is None


def test_no_month_no_date():
    assert find_dates("a group of five 2023 from the association", "en", "2023-07-19") == []


def test_slashed_dates_are_not_read_day_first_in_english():
    assert find_date("Posted 03/04/2023", "en", None) is None
