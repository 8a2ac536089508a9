"""Amounts of money: currency words with a scale in them ("30 MSEK", "12 mkr", "30 MDKK"),
kroner read in the document's Scandinavian language, patacas named without their place;
in Danish, Swedish, Norwegian, Spanish and Portuguese text.

Invented sentences in the style of machine-translated health-cooperation press releases;
each fix has a positive case and a look-alike that must stay as it was. The whole
extractor runs (entities, relations and events), as the command line does.
"""
from __future__ import annotations

import pytest


# --- currency words with a scale in them ("30 MSEK", "12 mkr", "12 MNOK") ---------------------

@pytest.mark.parametrize("language, text, value, currency", [
    ("sv", "ett avtal värt 30 MSEK.", 30_000_000, "SEK"),
    ("sv", "projektet kostar 12 mkr totalt", 12_000_000, "SEK"),
    ("sv", "en investering på 2 mdkr", 2_000_000_000, "SEK"),
    ("no", "en avtale verdt 12 MNOK.", 12_000_000, "NOK"),
    ("da", "en aftale til 30 MDKK", 30_000_000, "DKK"),
    ("da", "en aftale til 30 DKK", 30, "DKK"),
])
def test_scaled_currency_words(language, text, value, currency):
    from healthkg.loaders.extraction.relations.money import find_amount

    amount = find_amount(text, language)
    assert (amount.value, amount.currency) == (value, currency)


def test_metres_before_a_currency_are_no_scale():
    from healthkg.loaders.extraction.relations.money import find_amounts

    found = find_amounts("Sträckan är 30 m lång och kostar 5 kr.", "sv")
    assert [(a.value, a.currency) for _s, _e, a in found] == [(5, "SEK")]


# --- a sentence of a Scandinavian document keeps its language among the three -----------------

def test_danish_sentence_read_as_danish_keeps_kroner_danish(extraction):
    events = extraction("Nordlys Medico A/S skal bygge en ny fabrik i Ningbo til 50 millioner kroner.",
                        "da").to_contract()["events"]
    assert [e["amount"]["currency"] for e in events if e["amount"]] == ["DKK"]


def test_norwegian_sentence_keeps_norwegian_kroner(extraction):
    events = extraction("Fjordhelse AS skal bygge et nytt sykehus i Bergen for 40 millioner kroner.",
                        "no").to_contract()["events"]
    assert [e["amount"]["currency"] for e in events if e["amount"]] == ["NOK"]


# --- the pataca named without its place -------------------------------------------------------

@pytest.mark.parametrize("language, text, amount", [
    ("pt", "A Universidade de Macau e o Hospital Kiang Wu assinaram um protocolo de cooperação no valor "
           "de 5 milhões de patacas.", {"value": 5000000, "currency": "MOP"}),
    ("es", "La Universidad de Macao y el Hospital Kiang Wu firmaron un convenio de 3 millones de patacas.",
     {"value": 3000000, "currency": "MOP"}),
    ("pt", "O Hospital Kiang Wu assinou um acordo no valor de 2 milhões de euros com a empresa Medisino.",
     {"value": 2000000, "currency": "EUR"}),
])
def test_an_amount_in_patacas(language, text, amount, extraction):
    events = extraction(text, language, "2024-06-01").to_contract()["events"]
    assert [e["amount"] for e in events] == [amount]


# --- a currency word several countries share, in a document that names one of them

@pytest.mark.parametrize("language, text, currency", [
    ("es", "La empresa Laboratorios Biolitoral S.A. abrió una oficina en Argentina. Biolitoral anunció que ampliará "
           "su planta de Funes, con una inversión de 1.800 millones de pesos.", "ARS"),
    ("es", "La empresa Laboratorios Biolitoral S.A. abrió una oficina en Argentina. Biolitoral anunció que ampliará "
           "su planta de Funes, con una inversión de 1.800 millones de pesos mexicanos.", "MXN"),
])
def test_shared_currency_word_takes_the_named_country(language, text, currency, extraction):
    result = extraction(text, language)
    assert [e.amount.currency for e in result.events if e.amount] == [currency]


def test_company_named_by_its_brand_after_a_head_word(extraction):
    result = extraction("La empresa Laboratorios Biolitoral S.A. cerró un contrato. Biolitoral anunció una inversión "
                        "de 10 millones de euros en su planta.", "es")
    company = next(e for e in result.entities if e.name == "Laboratorios Biolitoral S.A.")
    assert any(m.text == "Biolitoral" for m in company.mentions)


@pytest.mark.parametrize("language, text, value, currency", [
    ("en", "with registered capital of RMB126,000,000 in total", 126_000_000, "CNY"),
    ("en", "approximately EUR16.1 million", 16_100_000, "EUR"),
    ("fr", "un accord de licence d'une valeur de 1,9 million de francs pour son logiciel", 1_900_000, "CHF"),
    ("fr", "un marché de 50 millions de francs CFA", 50_000_000, "XOF"),
    ("it", "un investimento di 1,2 milioni di franchi", 1_200_000, "CHF"),
])
def test_codes_run_into_numbers_and_francs(language, text, value, currency):
    from healthkg.loaders.extraction.relations.money import find_amount

    amount = find_amount(text, language)
    assert (round(amount.value), amount.currency) == (value, currency)


def test_no_amount_from_an_acronym_before_a_year():
    from healthkg.loaders.extraction.relations.money import find_amount

    assert find_amount("the WHO 2030 goals and the XYZ 12 units", "en") is None


def test_an_agreement_takes_the_amount_the_sentence_before_names(extraction):
    result = extraction("The joint venture is worth EUR 8 million. Ostwald GmbH and Norrvik AB signed the agreement "
                        "on 11 April.", "en", published="2026-04-20").to_contract()
    assert [e["amount"] for e in result["events"] if e["type"] == "Agreement"] == [{"value": 8000000, "currency": "EUR"}]


@pytest.mark.parametrize("language, text, value, currency", [
    ("de", "Am Dienstag unterzeichneten das Klinikum Kassel und die Wuhan Union Hospital eine "
           "Kooperationsvereinbarung. Vorgesehen ist ein Austausch von Pflegekräften. Die Vereinbarung läuft über "
           "drei Jahre und hat ein Volumen von 1,3 Millionen Euro.", 1_300_000, "EUR"),
    ("en", "On Tuesday Norfolk General Hospital and Wuhan Union Hospital signed a cooperation agreement. "
           "Twelve nurses will be exchanged every year. The agreement is worth GBP 2 million.", 2_000_000, "GBP"),
])
def test_an_amount_two_sentences_on_that_names_the_agreement(language, text, value, currency, extraction):
    result = extraction(text, language, "2026-03-01")
    agreement = next(e for e in result.events if e.type == "Agreement")
    assert agreement.amount is not None and (agreement.amount.value, agreement.amount.currency) == (value, currency)


def test_an_amount_two_sentences_on_that_names_no_agreement_stays_apart(extraction):
    text = ("On Tuesday Norfolk General Hospital and Wuhan Union Hospital signed a cooperation agreement. "
            "Twelve nurses will be exchanged every year. The hospital's annual budget is GBP 200 million.")
    result = extraction(text, "en", "2026-03-01")
    agreement = next(e for e in result.events if e.type == "Agreement")
    assert agreement.amount is None
