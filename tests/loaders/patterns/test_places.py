"""Places: cities, regions, counties, zones and autonomous communities, and the look-alikes
that are no place (a saint in a hospital's name, "Namens", "Natal", a small town opening a
sentence); in Danish, Swedish, Norwegian, Dutch, French, Spanish, Italian and Portuguese
text.

Invented sentences in the style of machine-translated health-cooperation press releases;
each fix has a positive case and a look-alike that must stay as it was. The whole
extractor runs (entities, relations and events), as the command line does.
"""
from __future__ import annotations

import pytest


def test_apostrophe_place_alone_stays_a_city(extract):
    entities, relations = extract("no", "Trondheim og Xi'an er vennskapsbyer.")
    assert ("City", "Xi'an") in entities
    assert ("partner_of", "Trondheim", "Xi'an") in relations or ("partner_of", "Xi'an", "Trondheim") in relations


@pytest.mark.parametrize("language, text, city", [
    ("fr", "La délégation est arrivée à Xi'an mardi.", "Xi'an"),
    ("it", "La delegazione è arrivata a Ma'anshan martedì.", "Ma'anshan"),
    ("fr", "Les deux villes, Lyon et Tai’an, coopèrent.", "Tai’an"),
])
def test_pinyin_place_with_apostrophe_in_romance_text(language, text, city, extract):
    """French and Italian tokenizers cut "Xi'an" as if "Xi'" were an elided article."""
    entities, _ = extract(language, text)
    assert ("City", city) in entities


def test_elided_article_before_lower_case_word_stays_apart(extract):
    entities, _ = extract("fr", "L'an dernier, Qu'en dira Lyon ?")
    assert not any("'" in name for _t, name in entities)


# --- a small city opening a sentence, joined by "and" to a second place -----------------------

@pytest.mark.parametrize("language, text, first, second", [
    ("no", "Tromsø og Harbin er vennskapsbyer.", "Tromsø", "Harbin"),
    ("da", "Vejle og Suzhou er venskabsbyer.", "Vejle", "Suzhou"),
])
def test_sentence_initial_small_city_coordinated_with_place(language, text, first, second, extract):
    entities, relations = extract(language, text)
    assert ("City", first) in entities
    assert ("partner_of", first, second) in relations


@pytest.mark.parametrize("language, text", [
    ("da", "Holm og Berg underskrev aftalen i går."),
    ("no", "Tromsø er en by i Norge."),
])
def test_sentence_initial_small_city_alone_stays_out(language, text, extract):
    entities, _ = extract(language, text)
    assert not any(t == "City" for t, _n in entities)


# --- Swedish counties without "län" are regions; a county's genitive before a body ------------

@pytest.mark.parametrize("language, text, entities_in, relation", [
    ("sv", "Delegationen besökte Skåne och Västra Götaland.",
     {("Region", "Skåne"), ("Region", "Västra Götaland")}, None),
    ("sv", "Anna Lind från Dalarna besökte Uppsala universitet.",
     {("Region", "Dalarna"), ("University", "Uppsala universitet")}, None),
    ("sv", "Region Skånes regionstyrelsens ordförande Anna Lind tog emot delegationen.",
     {("GovernmentBody", "Region Skåne")}, ("role", "Anna Lind", "Region Skåne")),
])
def test_swedish_counties(language, text, entities_in, relation, extract):
    entities, relations = extract(language, text)
    assert entities_in <= entities
    assert relation is None or relation in relations


@pytest.mark.parametrize("language, text, entity", [
    ("sv", "Hon flyttade till Uppsala i fjol.", ("City", "Uppsala")),
    ("sv", "Mässan hölls i Jönköping.", ("City", "Jönköping")),
])
def test_county_seat_stays_a_city(language, text, entity, extract):
    entities, _ = extract(language, text)
    assert entity in entities


# --- a region's genitive that folds to a foreign town: "Skånes landshövding" is Skåne's -------

@pytest.mark.parametrize("language, text, relation", [
    ("sv", "Skånes landshövding Anna Lind tog emot delegationen.", ("role", "Anna Lind", "Skåne")),
    ("sv", "Under besöket talade Skånes landshövding Anna Lind.", ("role", "Anna Lind", "Skåne")),
])
def test_region_genitive_before_title(language, text, relation, extract):
    entities, relations = extract(language, text)
    assert ("Region", "Skåne") in entities
    assert relation in relations


@pytest.mark.parametrize("language, text, entity", [
    ("da", "Aarhus og Suzhou er venskabsbyer.", ("City", "Aarhus")),
    ("sv", "Delegationen reste vidare till Paris.", ("City", "Paris")),
])
def test_exact_city_spelling_stays(language, text, entity, extract):
    entities, _ = extract(language, text)
    assert entity in entities


# --- Dutch "Namens" (on behalf of) opening a sentence is no genitive of Namen (Namur) ---------

@pytest.mark.parametrize("language, text, entities_in, entities_out", [
    ("nl", "Namens het Maasstad Ziekenhuis tekende directeur Pieter Jansen het akkoord.",
     {("Hospital", "Maasstad Ziekenhuis")}, {("City", "Namen")}),
    ("nl", "De delegatie bezocht de provincie Limburg en de stad Namen.", {("City", "Namen")}, set()),
])
def test_namens_is_no_place(language, text, entities_in, entities_out, extract):
    entities, _ = extract(language, text)
    assert entities_in <= entities
    assert not entities_out & entities


@pytest.mark.parametrize("language, text, place", [
    ("pt", "O secretário de Saúde do Estado do Rio de Janeiro, Carlos Souza, recebeu uma delegação.",
     ("Region", "Estado do Rio de Janeiro")),
    ("it", "Una delegazione della provincia dello Zhejiang ha visitato Milano.", ("Region", "Zhejiang")),
])
def test_place_words_with_a_contracted_article(language, text, place, extract):
    found, _ = extract(language, text)
    assert place in found


# --- Portuguese "no Porto", "do Porto": a city written with an article ------------------------

PORTO = [
    ("O Hospital de Santo António, no Porto, recebeu uma delegação de Macau.",
     ("located_in", "Hospital de Santo António", "Porto")),
    ("O presidente da câmara do Porto, Rui Moreira, visitou o hospital.",
     ("role", "Rui Moreira", "Porto")),
    ("A empresa Biosaúde tem sede no Porto.", ("located_in", "Biosaúde", "Porto")),
    ("A Biosaúde, empresa sediada no Porto, abriu um escritório em São Paulo.",
     ("located_in", "Biosaúde", "Porto")),
]


@pytest.mark.parametrize("text, relation", PORTO)
def test_city_written_with_an_article(text, relation, extract):
    entities, relations = extract("pt", text)
    assert ("City", "Porto") in entities
    assert relation in relations


def test_other_cities_after_an_article_stay_common_nouns(extract):
    entities, _ = extract("pt", "O hospital celebrou no Natal uma festa para as crianças.")
    assert not any(name == "Natal" for _t, name in entities)


# --- a saint's name inside a hospital's name is no town ---------------------------------------

@pytest.mark.parametrize("language, text, saint", [
    ("pt", "O Hospital de Santo António, no Porto, recebeu uma delegação de Macau.", "Santo António"),
    ("pt", "O Hospital de São João e a empresa Biosaúde assinaram um protocolo.", "São João"),
    ("pt", "O Hospital de Santa Maria assinou um acordo com a empresa Biosaúde.", "Santa Maria"),
])
def test_saint_in_a_hospital_name_is_no_place(language, text, saint, extract):
    entities, relations = extract(language, text)
    assert not any(name == saint for _t, name in entities)
    assert not any(r[0] == "located_in" and r[2] == saint for r in relations)


@pytest.mark.parametrize("language, text, relation", [
    ("pt", "O Hospital de São Paulo assinou um acordo com a empresa Biosaúde.",
     ("located_in", "Hospital de São Paulo", "São Paulo")),
    ("pt", "A Câmara Municipal de São José assinou um acordo com a empresa Biosaúde.", None),
])
def test_big_cities_and_towns_of_other_bodies_stay_places(language, text, relation, extract):
    entities, relations = extract(language, text)
    if relation:
        assert relation in relations
    else:
        assert ("City", "São José") in entities


# --- a zone named by a capitalised head opening the name is a Region, not a person ------------
# "Zona Franca Especial de Manaus": "Zona" and "Franca" are first names of the dictionary

ZONES = [
    ("pt", "A Zona de Cooperação Aprofundada entre Guangdong e Macau recebeu a delegação.",
     "Zona de Cooperação Aprofundada"),
    ("pt", "A Zona Franca Especial de Manaus assinou um memorando com a Câmara de Comércio de Macau.",
     "Zona Franca Especial de Manaus"),
    ("es", "La Zona Franca de Barcelona acogió el foro sobre salud digital.", "Zona Franca de Barcelona"),
    ("it", "La Zona Economica Speciale della Campania ha firmato un protocollo con la Camera di Commercio di Napoli.",
     "Zona Economica Speciale della Campania"),
    ("fr", "La Zone Franche de Tanger a signé un accord avec l'Hôpital Américain de Paris.", "Zone Franche de Tanger"),
]


@pytest.mark.parametrize("language, text, name", ZONES)
def test_a_capitalised_zone_is_a_region(language, text, name, extract):
    entities, _ = extract(language, text)
    assert ("Region", name) in entities
    assert not any(t == "Person" for t, _ in entities)


@pytest.mark.parametrize("language, text, entity, absent", [
    ("pt", "O hospital fica na zona de Hengqin, perto de Macau.", ("City", "Macau"), "zona de Hengqin"),
    ("fr", "L'hôpital se trouve dans la zone industrielle de Tanger.", ("City", "Tanger"), "zone industrielle de Tanger"),
    ("pt", "Franca Moreira, diretora da Zona Franca de Manaus, visitou Lisboa.", ("Person", "Franca Moreira"), ""),
])
def test_a_lower_case_zone_or_a_person_stays_as_it_was(language, text, entity, absent, extract):
    entities, _ = extract(language, text)
    assert entity in entities
    assert not any(n.lower() == absent for _, n in entities)


# --- ISO 3166-2 names in brackets or inverted: Spanish autonomous communities -----------------
# "Catalunya [Cataluña]", "Valenciana, Comunidad", "Asturias, Principado de"

COMMUNITIES = [
    ("es", "La Generalitat de Catalunya firmó un acuerdo con el Hospital Popular de Cantón.", "Catalunya"),
    ("es", "La delegación de Cataluña visitó el Hospital Popular de Cantón.", "Cataluña"),
    ("es", "La Xunta de Galicia firmó un convenio con la Universidad de Wuhan.", "Galicia"),
    ("es", "El foro se celebró en Illes Balears con empresas de Shenzhen.", "Illes Balears"),
    ("es", "La Comunidad Valenciana recibió a la delegación de Hangzhou.", "Comunidad Valenciana"),
    ("es", "Empresas de Asturias visitaron el parque industrial de Suzhou.", "Asturias"),
]


@pytest.mark.parametrize("language, text, region", COMMUNITIES)
def test_an_autonomous_community_is_a_region(language, text, region, extract):
    entities, _ = extract(language, text)
    assert ("Region", region) in entities


@pytest.mark.parametrize("language, text, city", [
    ("es", "El Ayuntamiento de Madrid recibió a la delegación de Hangzhou.", "Madrid"),
    ("es", "La Universidad de Murcia firmó un convenio con la Universidad de Wuhan.", "Murcia"),
])
def test_a_city_sharing_a_communitys_name_stays_a_city(language, text, city, extract):
    entities, _ = extract(language, text)
    assert ("City", city) in entities and ("Region", city) not in entities


# --- a country by its official name in the language of the text (ISO 3166 catalogues)

@pytest.mark.parametrize("language, text, name", [
    ("de", "Es kamen Teilnehmende aus Thüringen und der Volksrepublik China.", "Volksrepublik China"),
    ("es", "La República Popular China y Chile firmaron un acuerdo.", "República Popular China"),
])
def test_country_by_its_official_name(language, text, name, extract):
    entities, _ = extract(language, text)
    assert ("Country", name) in entities


# --- a region word before the name when it also follows names ("County Cork", "Cork County") ---

@pytest.mark.parametrize("text, entity", [
    ("The plant will be built in Ringaskiddy, County Cork, next year.", ("Region", "County Cork")),
    ("Cork County Council met on Monday.", ("GovernmentBody", "Cork County Council")),
])
def test_county_before_or_after_the_name(text, entity, extract):
    entities, _ = extract("en", text)
    assert entity in entities


@pytest.mark.parametrize("language, text, mention, name", [
    ("de", "Eine Delegation der chinesischen Provinz Hunan kam nach Kiel.", "Provinz Hunan", "Hunan"),
    ("es", "La delegación de la provincia de Hunan visitó Huesca.", "provincia de Hunan", "Hunan"),
    ("en", "Its seat is in the capital of Hunan Province. A visit to Hunan is planned.", "Hunan Province", "Hunan"),
])
def test_province_mention_keeps_its_word_and_the_name_is_the_gazetteers(language, text, mention, name, extraction):
    entities = extraction(text, language).to_contract()["entities"]
    regions = [e for e in entities if e["type"] == "Region"]
    assert len(regions) == 1
    assert regions[0]["name"] == name and mention in [m["text"] for m in regions[0]["mentions"]]


def test_body_named_by_its_region_word_keeps_the_bare_region_apart(extraction):
    entities = extraction("La Regione Umbria ha firmato con la provincia dello Hunan.", "it").to_contract()["entities"]
    assert any(e["name"] == "Umbria" or e["name"] == "Regione Umbria" for e in entities)


def test_chinese_province_keeps_its_name_from_a_citys_alternate_names():
    from healthkg.loaders.gazetteer import gazetteer
    assert gazetteer().get("Henan").type == "Region"
    assert gazetteer().get("Jilin").type == "City"  # a city's own name stays the city's
    assert gazetteer().get("La Habana").type == "City"


def test_time_zone_names_are_no_places(extract):
    entities, _ = extract("en", "The agreement was signed at 10:00 (Central European Time) in Linz, Austria.")
    assert ("City", "Linz") in entities
    assert not any(n in ("Central", "Time") for _t, n in entities)


def test_official_country_name_with_a_clitic(extract):
    entities, _ = extract("en", "Harbin, the People's Republic of China, 3 May 2026")
    assert ("Country", "China") in entities


def test_a_saint_prefix_keeps_a_gazetteer_place_it_opens(extract):
    entities, _ = extract("it", "Il console di San Marino e il sindaco di San Donà di Piave hanno parlato.")
    assert ("Country", "San Marino") in entities


@pytest.mark.parametrize("text, name", [
    ("The delegation went to the Hainan Boao Lecheng International Medical Tourism Pilot Zone in Qionghai.",
     "Hainan Boao Lecheng International Medical Tourism Pilot Zone"),
    ("They visited the Beijing Economic and Technological Development Zone.",
     "Beijing Economic and Technological Development Zone"),
])
def test_chinese_zone_names_run_over_places_and_and(text, name, extract):
    entities, _ = extract("en", text)
    assert ("Region", name) in entities


def test_a_zone_after_a_district_of_its_city_stays_apart(extract):
    entities, _ = extract("en", "Anna Berg and Tom Li visited Shenzhen Guangming District.")
    assert ("City", "Shenzhen") in entities


def test_a_city_named_by_its_first_word_after_its_full_name_is_the_same_city(extraction):
    text = ("Caxias do Sul e Wuhan assinaram um protocolo. A comitiva chinesa chegou a Caxias na quarta-feira.")
    result = extraction(text, "pt")
    cities = [e for e in result.entities if e.type == "City" and e.name.startswith("Caxias")]
    assert len(cities) == 1 and len(cities[0].mentions) == 2


@pytest.mark.parametrize("language, text, region", [
    ("en", "Many patients live far away, and Northern Norway knows this problem.", "Northern Norway"),
    ("en", "The company also sells to Western Australia.", "Western Australia"),
])
def test_a_compass_adjective_before_a_country_is_one_region(language, text, region, extract):
    entities, _relations = extract(language, text)
    assert ("Region", region) in entities


def test_a_compass_adjective_before_a_city_is_no_region(extract):
    entities, _relations = extract("en", "The Central Bergen office opened.")
    assert not any(name == "Central Bergen" for _t, name in entities)
