"""Entity recognition in the ten languages: titles + names, organisation heads, places.

Sentences written for these tests; each language pins a person next to a title, an
organisation by its head noun and a place (with translated country names).
"""
import pytest

from healthkg.loaders.document import Document
from healthkg.loaders.extraction.entities import recognize_entities
from healthkg.loaders.sentences import prepare_document

CASES = {
    "en": ("The chief executive officer of Norfolk Medical Group, Emily Carter, signed a memorandum "
           "with Harbin Medical University in China. Director Wang Lihua of the Health Commission "
           "of Jiangsu Province attended.",
           {("Person", "Emily Carter"), ("Company", "Norfolk Medical Group"),
            ("University", "Harbin Medical University"), ("Country", "China"),
            ("Person", "Wang Lihua"), ("GovernmentBody", "Health Commission of Jiangsu Province"),
            ("Region", "Jiangsu")}),
    "de": ("Der Präsident der Bayerischen Krankenhausgesellschaft, Thomas Huber, besuchte das "
           "Universitätsklinikum Freiburg. Die Vereinbarung mit dem Städtischen Klinikum Karlsruhe "
           "wurde in Frankreich unterzeichnet.",
           {("Person", "Thomas Huber"), ("Association", "Bayerische Krankenhausgesellschaft"),
            ("Hospital", "Universitätsklinikum Freiburg"), ("Hospital", "Städtisches Klinikum Karlsruhe"),
            ("Country", "Frankreich")}),
    "da": ("Direktør for Aarhus Universitetshospital, Mette Jensen, besøgte Kina og Tyskland. "
           "Formanden Lars Nielsen talte i København.",
           {("Hospital", "Aarhus Universitetshospital"), ("Person", "Mette Jensen"),
            ("Country", "Kina"), ("Country", "Tyskland"), ("Person", "Lars Nielsen"),
            ("City", "København")}),
    "sv": ("Vd för Karolinska Universitetssjukhuset, Anna Lindqvist, besökte Peking och Tyskland "
           "i maj. Avtalet undertecknades i Sverige.",
           {("Hospital", "Karolinska Universitetssjukhuset"), ("Person", "Anna Lindqvist"),
            ("City", "Peking"), ("Country", "Tyskland"), ("Country", "Sverige")}),
    "no": ("Direktør Kari Nordmann fra Haukeland Universitetssykehus reiste til Kina. "
           "Avtalen ble signert i Bergen.",
           {("Person", "Kari Nordmann"), ("Hospital", "Haukeland Universitetssykehus"),
            ("Country", "Kina"), ("City", "Bergen")}),
    "nl": ("De directeur van het Maastricht Universitair Medisch Centrum, Pieter de Vries, bezocht "
           "China en Duitsland. De overeenkomst met de Universiteit Utrecht werd getekend in Nederland.",
           {("Hospital", "Maastricht Universitair Medisch Centrum"), ("Person", "Pieter de Vries"),
            ("Country", "China"), ("Country", "Duitsland"), ("University", "Universiteit Utrecht"),
            ("Country", "Nederland")}),
    "fr": ("Le directeur général de l'Hôpital Saint-Louis, Jean Dupont, a rencontré une délégation "
           "de l'Université de Lyon en Chine. Le ministre Li Wei était présent à Paris.",
           {("Hospital", "Hôpital Saint-Louis"), ("Person", "Jean Dupont"),
            ("University", "Université de Lyon"), ("City", "Lyon"), ("Country", "Chine"),
            ("Person", "Li Wei"), ("City", "Paris")}),
    "es": ("El presidente de la Cámara de Comercio de Bogotá, Andrés Gómez, visitó el Hospital "
           "San Ignacio en Colombia. La Universidad de Antioquia firmó un acuerdo con Alemania.",
           {("Association", "Cámara de Comercio de Bogotá"), ("City", "Bogotá"),
            ("Person", "Andrés Gómez"), ("Hospital", "Hospital San Ignacio"), ("Country", "Colombia"),
            ("University", "Universidad de Antioquia"), ("Region", "Antioquia"), ("Country", "Alemania")}),
    "it": ("Il direttore dell'Ospedale San Raffaele, Marco Rossi, ha incontrato a Milano una "
           "delegazione dell'Università di Pechino. L'accordo con la Germania è stato firmato.",
           {("Hospital", "Ospedale San Raffaele"), ("Person", "Marco Rossi"), ("City", "Milano"),
            ("University", "Università di Pechino"), ("City", "Pechino"), ("Country", "Germania")}),
    "pt": ("O presidente do Hospital Sírio-Libanês, João Silva, visitou a China e a Alemanha. "
           "A Universidade de São Paulo assinou um acordo com a Fundação Oswaldo Cruz.",
           {("Hospital", "Hospital Sírio-Libanês"), ("Person", "João Silva"), ("Country", "China"),
            ("Country", "Alemanha"), ("University", "Universidade de São Paulo"),
            ("City", "São Paulo"), ("Association", "Fundação Oswaldo Cruz")}),
}


@pytest.fixture(scope="module")
def extracted():
    out = {}
    for language, (text, _expected) in CASES.items():
        doc = prepare_document(Document(id=language, source=f"{language}.txt", text=text))
        out[language] = (doc, recognize_entities(doc))
    return out


@pytest.mark.parametrize("language", sorted(CASES))
def test_language_is_detected(extracted, language):
    assert extracted[language][0].language == language


@pytest.mark.parametrize("language", sorted(CASES))
def test_entities_found_exactly(extracted, language):
    _doc, entities = extracted[language]
    assert {(e.type, e.name) for e in entities} == CASES[language][1]


@pytest.mark.parametrize("language", sorted(CASES))
def test_mentions_are_exact_offsets_and_ids_provisional(extracted, language):
    doc, entities = extracted[language]
    prefixes = {"person": "person/", "organization": "org/", "place": "place/"}
    for entity in entities:
        assert entity.id.startswith(prefixes[entity.coarse_kind])
        for mention in entity.mentions:
            assert doc.text[mention.start:mention.end] == mention.text
    assert len({e.id for e in entities}) == len(entities)


def test_places_carry_gazetteer_links(extracted):
    _doc, entities = extracted["fr"]
    paris = next(e for e in entities if e.name == "Paris")
    assert paris.links["geonames"] == "2988507" and paris.links["iso3166"] == "FR"
    chine = next(e for e in entities if e.name == "Chine")
    assert chine.links["iso3166"] == "CN"


# Patterns of organisations, people and places that vary by language (sentences written here).
PATTERN_CASES = [
    # legal forms the tokenizer splits or reads as a sentence end
    ("sv", "Avtalet med Qinghe Kangda Medical Co., Ltd. undertecknades i går.",
     ("Company", "Qinghe Kangda Medical Co., Ltd.")),
    ("it", "La lombarda Brianzamed S.p.A. ha firmato ieri.", ("Company", "Brianzamed S.p.A.")),
    ("da", "Ordren gik til Havlund Sensorer A/S i går.", ("Company", "Havlund Sensorer A/S")),
    # heads written in lower case after a place or an adjective in -ska
    ("no", "Pasienten ble sendt til Bergen universitetssykehus i går.",
     ("Hospital", "Bergen universitetssykehus")),
    ("sv", "Studien leds från Karolinska sjukhuset i år.", ("Hospital", "Karolinska sjukhuset")),
    # Region X, Provincie X, Comune di X, Cámara ... de X
    ("sv", "Även Region Örebro välkomnar beslutet.", ("GovernmentBody", "Region Örebro")),
    ("nl", "Een gedeputeerde van de Provincie Gelderland sprak.", ("GovernmentBody", "Provincie Gelderland")),
    ("it", "L'incontro è stato organizzato dal Comune di Verona ieri.", ("GovernmentBody", "Comune di Verona")),
    ("es", "Participó la Cámara Nacional de Comercio de Monterrey en el foro.",
     ("Association", "Cámara Nacional de Comercio de Monterrey")),
    # a department after a body's genitive, a definite compound alone
    ("da", "Lægerne fra OUHs Kardiologisk Afdeling deltog.", ("Organization", "OUHs Kardiologisk Afdeling")),
    ("no", "Gjestene fikk se Hjertesenteret på fredag.", ("Organization", "Hjertesenteret")),
    # an embassy after a nationality
    ("no", "Møtet ble holdt hos den japanske ambassaden i Sverige i går.",
     ("GovernmentBody", "japanske ambassaden i Sverige")),
    # a region named by a pattern, not the city of the same name
    ("pt", "A rede atende hospitais do estado de Rio de Janeiro desde 2019.",
     ("Region", "estado de Rio de Janeiro")),
    # a German title in the feminine, an honorific before a given-name-first Chinese name
    ("de", "Es sprach Oberbürgermeisterin Sabine Vogt, danach kam Herr Jianguo Liu.",
     ("Person", "Sabine Vogt")),
    ("de", "Es sprach Oberbürgermeisterin Sabine Vogt, danach kam Herr Jianguo Liu.",
     ("Person", "Jianguo Liu")),
    # a Spanish double surname after an abbreviated title, a French surname in capitals
    ("es", "Firmó la Lic. Ana Robles Quintero en nombre del grupo.", ("Person", "Ana Robles Quintero")),
    ("fr", "La convention a été signée par le Pr ZHANG Hua à Paris.", ("Person", "ZHANG Hua")),
    # a bare name after "organized by", "in cooperation with" and after "and" behind one
    ("da", "Seminaret blev arrangeret af Vestlys Erhverv i samarbejde med kommunen.", ("Organization", "Vestlys Erhverv")),
    ("no", "Besøket ble organisert av Fjordvekst Norge og den svenske ambassaden.",
     ("Organization", "Fjordvekst Norge")),
    ("sv", "Etableringen har tagits fram i samarbete med Tillväxt Norrland och Umeå universitet.",
     ("Organization", "Tillväxt Norrland")),
    ("fr", "Le colloque était co-organisé par Rhodanor et la Chambre de commerce de Valence.",
     ("Organization", "Rhodanor")),
    ("en", "The forum was co-organized by Medvalley and the Harbor Clinic.", ("Organization", "Medvalley")),
    ("it", "Il convegno è stato promosso da Biolaguna insieme al Comune di Verona.",
     ("Organization", "Biolaguna")),
]


@pytest.mark.parametrize("language, text, expected", PATTERN_CASES)
def test_organisation_person_and_place_patterns(language, text, expected):
    doc = prepare_document(Document(id="t", source="t", text=text), language)
    found = {(e.type, e.name) for e in recognize_entities(doc)}
    assert expected in found


@pytest.mark.parametrize("language, text, name", [
    ("en", "The dinner was organized by Anna Berg and her team.", "Anna Berg"),
    ("en", "The event was organized by Pfizer in Denmark.", "Pfizer"),
])
def test_an_organizer_that_may_be_a_person_or_a_longer_name_is_not_an_organization(language, text, name):
    doc = prepare_document(Document(id="t", source="t", text=text), language)
    assert ("Organization", name) not in {(e.type, e.name) for e in recognize_entities(doc)}


def test_an_organizer_is_found_wherever_its_name_stands():
    text = ("Le colloque s'est tenu au siège de Rhodanor, le pôle de santé de la région. "
            "Il était co-organisé par Rhodanor et la Chambre de commerce de Valence.")
    doc = prepare_document(Document(id="t", source="t", text=text), "fr")
    found = {e.name: len(e.mentions) for e in recognize_entities(doc)}
    assert found.get("Rhodanor") == 2


def test_a_defined_acronym_opening_a_compound_is_a_mention():
    text = ("Die Handelskammer Seestadt (HKS) begleitete die Ansiedlung. "
            "HKS-Hauptgeschäftsführer Dr. Uwe Brandt lobte das Projekt.")
    doc = prepare_document(Document(id="t", source="t", text=text), "de")
    chamber = [e for e in recognize_entities(doc) if e.name == "Handelskammer Seestadt"]
    assert chamber and "HKS" in [m.text for m in chamber[0].mentions[1:]]
    assert any(m.start == text.index("HKS-") for m in chamber[0].mentions)


def test_a_genitive_short_name_in_a_quoting_sentence_of_a_danish_text():
    text = ("Havbo Medical A/S har underskrevet en aftale med Wuxi Meilan Biotech Co., Ltd. fra Kina. "
            'Meilans bestyrelsesformand, Li Ren, sagde: "We are very glad to work with our Danish partner."')
    doc = prepare_document(Document(id="t", source="t", text=text), "da")
    meilan = [e for e in recognize_entities(doc) if e.name == "Wuxi Meilan Biotech Co., Ltd."]
    assert meilan and any(m.text == "Meilans" for m in meilan[0].mentions)


@pytest.mark.parametrize("text, language, name", [
    ("Løsningen bruges allerede på Fjordvik universitetssjukehus i Bergen.", "da", "Fjordvik universitetssjukehus"),
    ("Appen testas redan på Tromsø universitetssykehus och i Oslo.", "sv", "Tromsø universitetssykehus"),
    ("Avtalen gjelder også Holmsby universitetssjukhus i Sverige.", "no", "Holmsby universitetssjukhus"),
])
def test_a_scandinavian_hospital_named_in_a_sister_language(text, language, name):
    doc = prepare_document(Document(id="t", source="t", text=text), language)
    assert ("Hospital", name) in {(e.type, e.name) for e in recognize_entities(doc)}


@pytest.mark.parametrize("text, language, name", [
    ("Projektet finansieras av Ekmanstiftelserna med 6,4 miljoner kronor.", "sv", "Ekmanstiftelserna"),
    ("Studien støttes av Holmestiftelsen i Oslo.", "no", "Holmestiftelsen"),
    ("Virksomheden har kontor i Aalborg Forskerpark.", "da", "Aalborg Forskerpark"),
])
def test_nordic_foundations_and_research_parks_by_their_compound_head(text, language, name):
    doc = prepare_document(Document(id="t", source="t", text=text), language)
    assert name in {e.name for e in recognize_entities(doc)}


def test_a_public_body_of_a_sister_language_is_not_read_from_its_ending():
    text = "Fra januar skal rundt 400 pasienter i den danske regionen bruke løsningen."
    doc = prepare_document(Document(id="t", source="t", text=text), "no")
    assert not [e for e in recognize_entities(doc) if e.type == "GovernmentBody"]


def test_an_organization_named_again_with_its_head_in_lower_case():
    text = ("De delegatie bezocht het Delta Ziekenhuis in Breda. Dr. Eva Smit, lid van de raad van "
            "bestuur van het Delta ziekenhuis, gaf een presentatie.")
    doc = prepare_document(Document(id="t", source="t", text=text), "nl")
    delta = [e for e in recognize_entities(doc) if e.name == "Delta Ziekenhuis"]
    assert delta and [m.text for m in delta[0].mentions] == ["Delta Ziekenhuis", "Delta ziekenhuis"]


def test_a_group_compound_of_a_short_name_is_a_mention():
    text = ("Die Wuxi Meilan Biotech Co., Ltd. eröffnet ein Büro. Anwesend war der Vorsitzende des "
            "Verwaltungsrats der Meilan-Gruppe, Herr Li Ren.")
    doc = prepare_document(Document(id="t", source="t", text=text), "de")
    meilan = [e for e in recognize_entities(doc) if e.name == "Wuxi Meilan Biotech Co., Ltd."]
    assert meilan and "Meilan-Gruppe" in [m.text for m in meilan[0].mentions]


@pytest.mark.parametrize("text, language, name", [
    ("Die Delegation war vom 13. bis 15. April in Nordhessen.", "de", "Nordhessen"),
    ("Het bedrijf bedient vanuit Zwolle heel Noord-Nederland.", "nl", "Noord-Nederland"),
])
def test_a_compass_word_and_a_region_written_as_one_are_a_region(text, language, name):
    doc = prepare_document(Document(id="t", source="t", text=text), language)
    assert ("Region", name) in {(e.type, e.name) for e in recognize_entities(doc)}


def test_a_compass_word_before_no_region_is_no_place():
    doc = prepare_document(Document(id="t", source="t", text="Schiffe fahren in der Nordsee."), "de")
    assert not recognize_entities(doc)
