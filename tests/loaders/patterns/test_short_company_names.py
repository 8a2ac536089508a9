"""A company named later by its brand alone: after a city before the brand even when a
small town has the brand's name ("Xiamen Lianhua Biotech" -> "Lianhua"), and before words
of its trade ("Noordkant Diagnostics B.V." -> "Noordkant", "Kronviks vd").

Invented sentences in the style of machine-translated health-cooperation press releases;
each fix has a positive case and a look-alike that must stay as it was.
"""
from __future__ import annotations


def test_brand_that_is_also_a_small_town_names_the_company(extract):
    text = ("Het biotechbedrijf Xiamen Lianhua Biotech Co., Ltd. opent een kantoor in Groningen. "
            "Volgens de krant overweegt Lianhua ook een tweede vestiging.")
    entities, _ = extract("nl", text)
    assert not any(t == "City" and n == "Lianhua" for t, n in entities)
    assert ("Company", "Xiamen Lianhua Biotech Co., Ltd.") in entities


def test_brand_before_words_of_its_trade_names_the_company(extraction):
    text = ("Kronvik Medical AB tecknade ett avtal med Ekdala sjukhus. "
            "Avtalet undertecknades av Kronviks verkställande direktör Elin Sandberg.")
    result = extraction(text, "sv")
    company = next(e for e in result.entities if e.name == "Kronvik Medical AB")
    assert any(m.text.startswith("Kronvik") and m.start > 60 for m in company.mentions)
    roles = {(r.subject, r.object) for r in result.relations if r.type == "role"}
    person = next(e for e in result.entities if e.name == "Elin Sandberg")
    assert (person.id, company.id) in roles


def test_brand_alone_is_no_short_name_when_the_rest_is_no_trade(extract):
    entities, _ = extract("en", "Nordic Hospital Partners Ltd. met the mayor. Nordic weather was mild.")
    assert not any(n == "Nordic" for _t, n in entities)


def test_short_name_that_reads_as_a_person_names_the_company(extract):
    """A first name and a surname-like word: "Dora Robotica" after "Dora Robotica S.r.l."."""
    text = ("Dora Robotica S.r.l. ha firmato un contratto con l'Ospedale San Luca. "
            "Ha firmato l'amministratrice delegata di Dora Robotica, ing. Federica Bossi.")
    entities, relations = extract("it", text)
    assert ("Person", "Dora Robotica") not in entities
    assert ("role", "Federica Bossi", "Dora Robotica S.r.l.") in relations


def test_person_who_shares_a_word_with_a_company_stays_a_person(extract):
    text = "Carla Medica S.p.A. ha aperto a Milano. Ha parlato Carla Rossi, direttrice di Carla Medica."
    entities, _ = extract("it", text)
    assert ("Person", "Carla Rossi") in entities


def test_city_brand_and_trade_without_legal_form_goes_by_its_brand(extract):
    _, relations = extract("sv", "Region Kalmar län och medicinteknikföretaget Xiamen Lintel Medical Instruments "
                                 "undertecknade avtalet. Det skrevs under av Lintels vice vd, Fang Ruoxi.")
    assert ("role", "Fang Ruoxi", "Xiamen Lintel Medical Instruments") in relations


def test_brand_before_a_hyphenated_trade_compound_names_the_company(extraction):
    text = ("Die Nordlicht Medizin-Vertrieb GmbH unterzeichnete einen Vertrag mit Wuxi. "
            "„Das ist ein großer Schritt“, sagte Nordlicht-Geschäftsführerin Dr. Ina Karsten. "
            "Nordlicht, mit Sitz in Kiel, liefert an Apotheken.")
    result = extraction(text, "de")
    names = {e.id: e.name for e in result.entities}
    roles = {(names[r.subject], names[r.object]) for r in result.relations if r.type == "role"}
    assert ("Ina Karsten", "Nordlicht Medizin-Vertrieb GmbH") in roles
    assert ("located_in", "Nordlicht Medizin-Vertrieb GmbH", "Kiel") in {
        (r.type, names[r.subject], names[r.object]) for r in result.relations}


def test_a_hyphenated_compound_of_other_words_gives_no_short_name(extract):
    entities, _ = extract("de", "Die Nordlicht Stadt-Entwicklung GmbH baut in Kiel. Nordlicht ist ein Sternbild.")
    assert not any(n == "Nordlicht" for _t, n in entities)


def test_a_clipped_trade_word_still_names_the_company(extraction):
    text = ("Among the guests was Baoding Kanglin Pharmaceutical Distribution Co., Ltd. "
            "Mr. Wang Tao, Chairman of Kanglin Pharma, spoke about pharmacies.")
    result = extraction(text, "en")
    assert not any(e.name == "Kanglin Pharma" for e in result.entities)
    names = {e.id: e.name for e in result.entities}
    assert ("Wang Tao", "Baoding Kanglin Pharmaceutical Distribution Co., Ltd.") in {
        (names[r.subject], names[r.object]) for r in result.relations if r.type == "role"}


def test_a_rehabilitation_company_goes_by_its_brand(extract):
    entities, _ = extract("no", "Delegasjonen ble ledet av Yao Fei, styreleder i Lanzhou Qilian Rehabilitation "
                                "Technology Co., Ltd. Nordlandssykehuset og Qilian Rehab skal teste gangtrening.")
    assert not any(t == "City" and n == "Qilian" for t, n in entities)
    assert not any(n == "Qilian Rehab" for _t, n in entities)
