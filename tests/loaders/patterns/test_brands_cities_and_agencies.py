"""A company named again by its coined brand alone (a word no one writes but as its name,
after wordfreq: "Kavrion Diagnostika AS" ... "Kavrion"), also when the brand is the name of a
town news hardly writes of ("Yunnan Jianshui Medical" ... "Jianshui"); a subsidiary named after
its market keeps the brand alone for its group. A European city whose name is a stop word of
another language ("Oss", Swedish "us") is a city but in that language; one named like a
language in the text's language names the language ("in het Engels"). A national agency
named by an English word and its country ("Business Finland", "Innovation Denmark") is a body, one
with its name in the text's language. A brand in the German genitive before a noun names the
company, not a town of the brand's name ("Jianshuis Umsatz").

Invented sentences; each rule has a look-alike that must not change.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("language, text, company, mention", [
    ("es", "La empresa Kavrion Biomédica S.L. firmó un acuerdo. La consejera delegada de Kavrion, Ana Ruiz, "
           "lo presentó.", "Kavrion Biomédica S.L.", "Kavrion"),
    ("no", "Kavrion Diagnostika AS har inngått en avtale. Kavrion skal levere utstyret.",
     "Kavrion Diagnostika AS", "Kavrion"),
])
def test_a_company_named_again_by_its_coined_brand(language, text, company, mention, extraction):
    contract = extraction(text, language).to_contract()
    found = next(e for e in contract["entities"] if e["name"] == company)
    assert mention in [m["text"] for m in found["mentions"]]


def test_a_brand_that_is_a_town_news_hardly_writes_of_names_the_company(extraction):
    contract = extraction("Yunnan Jianshui Biopharmaceutical Co., Ltd. signed an agreement. The chairwoman of "
                          "Jianshui, Li Na, said so.", "en").to_contract()
    company = next(e for e in contract["entities"] if e["name"] == "Yunnan Jianshui Biopharmaceutical Co., Ltd.")
    assert "Jianshui" in [m["text"] for m in company["mentions"]]
    assert not any(e["type"] == "City" and e["name"] == "Jianshui" for e in contract["entities"])


def test_a_brand_that_is_a_city_news_writes_of_stays_the_city(extraction):
    contract = extraction("Sichuan Chengdu Biopharmaceutical Co., Ltd. signed an agreement. The delegation "
                          "returned to Chengdu.", "en").to_contract()
    assert any(e["type"] == "City" and e["name"] == "Chengdu" for e in contract["entities"])


def test_a_word_of_the_language_before_the_trade_is_no_brand(extraction):
    contract = extraction("Nordic Lysverk AS har inngått en avtale. Nordic har mange kunder.", "no").to_contract()
    found = next(e for e in contract["entities"] if e["name"] == "Nordic Lysverk AS")
    assert [m["text"] for m in found["mentions"]] == ["Nordic Lysverk AS"]


def test_a_subsidiary_named_after_its_market_leaves_the_brand_to_its_group(extraction):
    contract = extraction("Kavrion Nordic AB er et datterselskap av Kavrion-konsernet.", "no").to_contract()
    subsidiary = next(e for e in contract["entities"] if e["name"] == "Kavrion Nordic AB")
    assert [m["text"] for m in subsidiary["mentions"]] == ["Kavrion Nordic AB"]


@pytest.mark.parametrize("language, text", [
    ("nl", "De delegatie bezocht dinsdag een ziekenhuis in Oss."),
    ("en", "The firm moved its plant to Oss last year."),
    ("it", "La fiera si è svolta a Como."),
])
def test_a_european_city_named_like_a_foreign_stop_word_is_a_city(language, text, extract):
    entities, _relations = extract(language, text)
    assert any(type_ == "City" and name in ("Oss", "Como") for type_, name in entities)


def test_the_stop_word_in_its_own_language_is_no_city(extract):
    entities, _relations = extract("sv", "Oss besökte han på sjukhuset i går.")
    assert not any(type_ == "City" for type_, _name in entities)


@pytest.mark.parametrize("language, text, agency", [
    ("en", "Maeve Byrne, Enterprise Estonia's director for Asia, welcomed the deal.", "Enterprise Estonia"),
    ("sv", "Besöket ordnades av Business Finland i Shanghai.", "Business Finland"),
    ("no", "Prosjektet får støtte fra Invest Northern Ireland.", "Invest Northern Ireland"),
])
def test_a_national_agency_named_by_an_english_word_and_its_country(language, text, agency, extract):
    entities, _relations = extract(language, text)
    assert ("GovernmentBody", agency) in entities
    assert not any(type_ == "City" for type_, name in entities if name in agency)


@pytest.mark.parametrize("text", [
    "The Business Finland Award went to a firm from Lund.",
    "Trade with Finland grew last year.",
])
def test_an_agency_word_before_a_longer_name_or_in_running_text_names_no_agency(text, extract):
    entities, _relations = extract("en", text)
    assert not any(type_ == "GovernmentBody" and "Finland" in name for type_, name in entities)


def test_an_agency_named_in_english_is_the_one_named_in_the_texts_language(extraction):
    from healthkg.loaders.resolution import resolve_entities

    doc = extraction("Besøket ble organisert av Innovasjon Danmark og Den kinesiske ambassaden i Norge. "
                     '"We met Innovation Denmark," said Zhao Lili.', "no")
    resolve_entities([doc])
    ids = {e.id for e in doc.entities if e.name in ("Innovasjon Danmark", "Innovation Denmark")}
    assert len(ids) == 1


@pytest.mark.parametrize("language, text", [
    ("nl", "Hij hield zijn toespraak in het Engels."),
    ("nl", '"We came to learn," zei Wang in het Engels.'),
])
def test_a_language_named_like_a_town_is_no_town(language, text, extract):
    entities, _relations = extract(language, text)
    assert not any(type_ == "City" for type_, _name in entities)


def test_the_town_named_like_a_language_elsewhere_is_a_town(extract):
    entities, _relations = extract("en", "The delegation flew on to Engels in the Saratov region.")
    assert ("City", "Engels") in entities


def test_a_brand_in_the_genitive_before_a_german_noun_is_the_company(extraction):
    contract = extraction("Die Yunnan Jianshui Biopharmaceutical Co., Ltd. hat eine Tochter in Regensburg gegründet. "
                          "Jianshuis Umsatz lag bei 2 Milliarden Yuan.", "de").to_contract()
    company = next(e for e in contract["entities"] if e["name"] == "Yunnan Jianshui Biopharmaceutical Co., Ltd.")
    assert "Jianshuis" in [m["text"] for m in company["mentions"]]
    assert not any(e["type"] == "City" and e["name"] == "Jianshui" for e in contract["entities"])


@pytest.mark.parametrize("language, text, person, company", [
    ("pt", "A distribuidora Piracema Equipamentos Médicos Ltda. assinou. O documento foi assinado pelo "
           "diretor-presidente da Piracema, Paulo Lima.", "Paulo Lima", "Piracema Equipamentos Médicos Ltda."),
    ("es", "La empresa Tramontana Dispositivos Médicos S.L. firmó. Lo firmó la consejera delegada de Tramontana, "
           "Ana Ruiz.", "Ana Ruiz", "Tramontana Dispositivos Médicos S.L."),
])
def test_a_brand_before_trade_words_of_the_texts_language(language, text, person, company, extract):
    _entities, relations = extract(language, text)
    assert ("role", person, company) in relations
