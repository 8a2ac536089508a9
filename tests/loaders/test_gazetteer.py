"""The place gazetteer: GeoNames ids, translated countries, regions, common words."""
import pytest

from healthkg.loaders.gazetteer import fold, gazetteer, lookup


@pytest.mark.parametrize("name, geonames, country", [
    ("Chengdu", "1815286", "CN"),
    ("Maastricht", "2751283", "NL"),
    ("Popayán", "3671916", "CO"),
    ("Popayan", "3671916", "CO"),
    ("Ibagué", "3680656", "CO"),
    ("Ibague", "3680656", "CO"),
])
def test_cities_have_geonames_ids_and_coordinates(name, geonames, country):
    place = lookup(name)
    assert place.type == "City"
    assert place.links["geonames"] == geonames
    assert place.links["iso3166"] == country
    assert isinstance(place.links["lat"], float) and isinstance(place.links["lon"], float)


@pytest.mark.parametrize("name, code", [
    ("Kina", "CN"), ("Tyskland", "DE"), ("Holland", "NL"), ("Nederlandene", "NL"),
    ("Niederlande", "NL"), ("Duitsland", "DE"), ("Alemania", "DE"), ("Chine", "CN"),
])
def test_translated_country_names(name, code):
    place = lookup(name)
    assert place.type == "Country"
    assert place.links["iso3166"] == code
    assert place.links["geonames"]


@pytest.mark.parametrize("name, english", [("Lateinamerika", "Latin America"), ("Asien", "Asia")])
def test_continent_level_regions(name, english):
    assert (lookup(name).type, lookup(name).name) == ("Region", english)


def test_provinces_are_regions_without_admin_suffix():
    assert (lookup("Sichuan").type, lookup("Sichuan").links["iso3166"]) == ("Region", "CN-SC")
    assert lookup("Limburg").type == "Region"


def test_big_cities_stay_cities_when_also_a_state():
    assert lookup("Berlin").type == "City"


@pytest.mark.parametrize("word", ["Home", "Of", "Mission", "San", "Lim"])
def test_common_words_are_not_places(word):
    assert lookup(word) is None


def test_fold():
    assert fold("São  Paulo") == "sao paulo"


def test_continents_carry_their_geonames_continent():
    """Continent names in any language link to the GeoNames continent; Latin America is a
    CLDR region without a GeoNames continent and keeps only its CLDR code."""
    from healthkg.loaders.gazetteer import lookup

    for name in ("Asia", "Asien", "Asie"):
        assert lookup(name).links["geonames"] == "6255147"
    assert lookup("Europa").links["geonames"] == "6255148"
    assert "geonames" not in lookup("Lateinamerika").links


@pytest.mark.parametrize("name, kind", [
    ("Porto", "City"),        # a city of 250,000 and a district of the same name: the city
    ("Utrecht", "City"),
    ("Antioquia", "Region"),  # an old name of Antakya, but first the Colombian department
    ("Granada", "City"),      # Spanish for Grenada, but first the city of Andalusia
    ("Grenada", "Country"),
    ("Coimbra", "City"),      # a city of 140,000 and its district: the city
    ("Bern", "City"),
    ("Paraná", "Region"),     # a city in Argentina, but first the Brazilian state
    ("Santa Catarina", "Region"),
])
def test_namesakes_resolve_to_what_news_means(name, kind):
    assert gazetteer().get(name).type == kind


@pytest.mark.parametrize("name, code", [
    ("Bayern", "DE-BY"), ("Bavaria", "DE-BY"), ("Bavière", "DE-BY"), ("Beieren", "DE-BY"), ("Baviera", "DE-BY"),
    ("Lombardia", "IT-25"), ("Lombardei", "IT-25"), ("Lombardie", "IT-25"),
    ("Andalucía", "ES-AN"), ("Andalusien", "ES-AN"), ("Flandern", "BE-VLG"),
])
def test_states_and_provinces_go_by_their_names_in_the_ten_languages(name, code):
    """pycountry's ISO 3166-2 catalogues give a state's name in each language."""
    place = lookup(name)
    assert (place.type, place.links["iso3166"]) == ("Region", code)


def test_a_translated_province_name_does_not_take_a_city_or_country():
    assert lookup("Georgia").type == "Country"  # also a US state, in every catalogue
    assert lookup("Normandie").name == "Normandie"  # the Dutch "Normandië" folds alike


def test_a_catalogue_translation_takes_no_subdivision_name_from_its_owner():
    """The Dutch ISO 3166-2 catalogue translates "Taiwan Sheng" as "Hainan, Provincie"."""
    from healthkg.loaders.gazetteer import lookup

    assert lookup("Hainan").links["iso3166"] == "CN-HI"


def test_a_municipality_leaves_a_state_its_name():
    """Santa Catarina is a Brazilian state and a municipality of Cape Verde."""
    from healthkg.loaders.gazetteer import lookup

    assert lookup("Santa Catarina").links["iso3166"] == "BR-SC"


def test_an_accented_function_word_blocks_only_its_own_spelling():
    # Italian "farò" is a stop word; the Portuguese city "Faro" is still a place
    from healthkg.loaders.gazetteer import gazetteer

    assert gazetteer().get("Faro") is not None
    assert gazetteer().get("Mission") is None
