"""Money parsing: numbers with each language's separators, scale words, currencies."""
from __future__ import annotations

import pytest

from healthkg.loaders.extraction.relations.money import find_amount, find_amounts, parse_number


@pytest.mark.parametrize("text, language, value, currency", [
    ("Die Beschaffung wird auf 10 Millionen US-Dollar geschätzt.", "de", 10_000_000, "USD"),
    ("Das Projekt hat ein Volumen von 20 Millionen CNY.", "de", 20_000_000, "CNY"),
    ("a £70 million cancer centre", "en", 70_000_000, "GBP"),
    ("an investment of 1 billion yuan", "en", 1_000_000_000, "CNY"),
    ("a deal worth US$ 2.5 billion", "en", 2_500_000_000, "USD"),
    ("ten million dollars", "en", 10_000_000, "USD"),
    ("Kommunen giver 5 mio. kr. til klinikken.", "da", 5_000_000, "DKK"),
    ("Budgettet er 2,5 milliarder kroner.", "da", 2_500_000_000, "DKK"),
    ("Ein Zuschuss von €3,5 Mio. wurde bewilligt.", "de", 3_500_000, "EUR"),
    ("Anslaget är 40 miljoner kronor.", "sv", 40_000_000, "SEK"),
    ("Kontrakten er verdt 3 millioner kroner.", "no", 3_000_000, "NOK"),
    ("De subsidie bedraagt 5 miljoen euro.", "nl", 5_000_000, "EUR"),
    ("un budget de 3,5 millions d'euros", "fr", 3_500_000, "EUR"),
    ("una inversión de 5 millones de dólares", "es", 5_000_000, "USD"),
    ("un finanziamento di 10 milioni di euro", "it", 10_000_000, "EUR"),
    ("um contrato de R$ 5 milhões", "pt", 5_000_000, "BRL"),
    ("ein Auftrag über 12.500 Euro", "de", 12_500, "EUR"),
    ("a grant of 1,250,000 euros", "en", 1_250_000, "EUR"),
    ("un contrato por 50 millones de pesos", "es", 50_000_000, "MXN"),
    ("un prêt de 80 millions de yuans", "fr", 80_000_000, "CNY"),
    ("a fund of USD 4.2 million", "en", 4_200_000, "USD"),
    ("ett anslag på 2 miljoner kronor", "sv", 2_000_000, "SEK"),
])
def test_amounts(text, language, value, currency):
    amount = find_amount(text, language)
    assert amount is not None
    assert (amount.value, amount.currency) == (value, currency)


def test_kroner_follow_the_language():
    assert find_amount("10 mio. kr.", "da").currency == "DKK"
    assert find_amount("10 miljoner kr", "sv").currency == "SEK"
    assert find_amount("10 millioner kr", "no").currency == "NOK"


def test_iso_codes_and_cldr_names():
    assert find_amount("EUR 4 million", "en").currency == "EUR"
    assert find_amount("200 Schweizer Franken", "de").currency == "CHF"


def test_no_currency_no_amount():
    assert find_amount("20 Millionen Menschen leben in der Region.", "de") is None
    assert find_amount("In 2023 the hospital treated 5 million patients.", "en") is None


def test_several_amounts_in_order():
    found = find_amounts("first $3 million, then €2 million", "en")
    assert [(a.value, a.currency) for _, _, a in found] == [(3e6, "USD"), (2e6, "EUR")]
    assert found[0][0] < found[1][0]


@pytest.mark.parametrize("text, decimal, scaled, expected", [
    ("3,5", ",", True, 3.5),
    ("3.5", ".", True, 3.5),
    ("10.000", ",", False, 10_000),
    ("1,000", ".", False, 1_000),
    ("1.234.567,89", ",", False, 1_234_567.89),
    ("1,234,567.89", ".", False, 1_234_567.89),
    ("1 000 000", ",", False, 1_000_000),
    ("1,250", ".", True, 1_250),
    ("1.250", ".", True, 1.25),
    ("1,5", ",", False, 1.5),
])
def test_parse_number(text, decimal, scaled, expected):
    assert parse_number(text, decimal, scaled) == pytest.approx(expected)
