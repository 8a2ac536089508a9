"""Company names: a bare name after a noun of its kind ("selskabet X", "la société X",
"the Leeds firm X"), a sector word or a legal form that closes the name ("Pharma", "A/S",
"AB:s", "Lda"), a group head that opens it ("Grupo X"), a nationality or regional
adjective standing for a company; in English, German, Danish, Swedish, Norwegian, Dutch,
French, Spanish, Italian and Portuguese text.

Invented sentences in the style of machine-translated health-cooperation press releases;
each fix has a positive case and a look-alike that must stay as it was. The whole
extractor runs (entities, relations and events), as the command line does.
"""
from __future__ import annotations

import pytest


# --- company names ending in a sector word ("Larkfield Pharma", "Orvane Diagnostics") ---------

@pytest.mark.parametrize("language, text, name", [
    ("en", "Velmora Biotech, a subsidiary of Castor Health Group, is headquartered in Manchester.",
     "Velmora Biotech"),
    ("en", "Orvane Diagnostics, based in Cambridge, announced a partnership with Kelso Hospital.",
     "Orvane Diagnostics"),
    ("en", "Brightwater Hospital welcomed a delegation from Larkfield Pharma.", "Larkfield Pharma"),
    ("de", "Die Quenlo Therapeutics aus Köln hat ein Büro eröffnet.", "Quenlo Therapeutics"),
])
def test_company_with_sector_head(language, text, name, extract):
    entities, _ = extract(language, text)
    assert ("Company", name) in entities


def test_sector_head_relations(extract):
    _, relations = extract("en", "Velmora Biotech, a subsidiary of Castor Health Group, "
                                 "is headquartered in Manchester.")
    assert ("part_of", "Velmora Biotech", "Castor Health Group") in relations
    assert ("located_in", "Velmora Biotech", "Manchester") in relations


def test_sector_word_alone_is_no_company(extract):
    entities, _ = extract("en", "The Pharma sector grew in Germany.")
    assert not any(t == "Company" for t, _n in entities)


def test_sector_head_inside_a_longer_name_is_no_company(extract):
    entities, _ = extract("en", "Lanzhou Global Biotech Harbour invited Danish firms to a fair in Lanzhou.")
    assert ("Company", "Lanzhou Global Biotech") not in entities


# --- "and" after a person's name does not join the person to the next company's name ----------

def test_person_before_and_is_no_word_of_a_company(extract):
    entities, relations = extract("en", "Kelso Hospital's president Anna Berg and Orvane Diagnostics Ltd's "
                                        "CEO Frank Reiter signed the agreement.")
    assert ("Company", "Orvane Diagnostics Ltd") in entities
    assert ("Person", "Anna Berg") in entities
    assert ("role", "Anna Berg", "Kelso Hospital") in relations
    assert ("role", "Frank Reiter", "Orvane Diagnostics Ltd") in relations


@pytest.mark.parametrize("text, name", [
    ("The Kelso Finance and Economics Group signed an agreement with Kelso Hospital.",
     "Kelso Finance and Economics Group"),
    ("Brennwald Medical and Surgical Supplies Ltd opened an office in Leeds.",
     "Brennwald Medical and Surgical Supplies Ltd"),
])
def test_and_inside_a_company_name_stays(text, name, extract):
    entities, _ = extract("en", text)
    assert ("Company", name) in entities


# --- company names after a descriptor noun ("selskabet X", "het bedrijf X") -------------------

DESCRIBED = [
    ("da", "Selskabet Coloplast A/S underskrev en aftale med Region Hovedstaden.", "Coloplast A/S"),
    ("da", "Medtech-virksomheden Ambu A/S er et datterselskab af Ambu Holding.", "Ambu A/S"),
    ("da", "Aftalen blev indgået med medicinalvirksomheden Novo Nordisk i går.", "Novo Nordisk"),
    ("da", "Det danske firma Radiometer investerer i et nyt center.", "Radiometer"),
    ("sv", "Företaget Elekta AB undertecknade ett avtal med Karolinska Institutet.", "Elekta AB"),
    ("sv", "Medicinteknikföretaget Getinge har sitt huvudkontor i Göteborg.", "Getinge"),
    ("no", "Selskapet Nordic Nanovector ASA signerte en avtale.", "Nordic Nanovector ASA"),
    ("no", "Avtalen ble signert av legemiddelselskapet Photocure i Oslo.", "Photocure"),
    ("nl", "Het Nederlandse bedrijf Lumicks uit Amsterdam sloot een overeenkomst.", "Lumicks"),
    ("nl", "Het bedrijf Philips Healthcare ondertekende een contract.", "Philips Healthcare"),
]


@pytest.mark.parametrize("language, text, name", DESCRIBED)
def test_company_after_descriptor_noun(language, text, name, extract):
    entities, _ = extract(language, text)
    assert ("Company", name) in entities
    assert not any(n.split()[0].lower().endswith(("selskabet", "virksomheden", "företaget", "selskapet"))
                   for _t, n in entities)


@pytest.mark.parametrize("language, text, absent", [
    ("da", "Virksomheden i Aarhus og selskabet Danmark samarbejder.", "Danmark"),
    ("da", "Selskabet har en direktør, Jens Hansen.", "Jens Hansen"),
    ("nl", "Het bedrijf in Nederland groeit snel.", "Nederland"),
])
def test_descriptor_noun_lookalikes_make_no_company(language, text, absent, extract):
    entities, _ = extract(language, text)
    assert not any(t == "Company" for t, _n in entities)


def test_descriptor_named_company_takes_part_in_agreement(extract):
    _, relations = extract("sv", "Företaget Elekta AB undertecknade ett avtal med Karolinska Institutet.")
    assert ("agreement", "Elekta AB", "Karolinska Institutet") in relations \
        or ("agreement", "Karolinska Institutet", "Elekta AB") in relations


# --- Swedish genitive of abbreviations ("AB:s", "KI:s") ---------------------------------------

def test_swedish_colon_genitive_after_legal_form(extract):
    entities, relations = extract("sv", "Elekta AB:s vd Gustaf Salford besökte Peking.")
    assert ("Company", "Elekta AB") in entities
    assert ("role", "Gustaf Salford", "Elekta AB") in relations


def test_clock_time_is_not_split_as_genitive(extract):
    entities, _ = extract("sv", "Klockan 10:30 började mötet med Karolinska Institutet.")
    assert {n for _t, n in entities} == {"Karolinska Institutet"}


def test_described_company_with_ampersand(extract):
    entities, _ = extract("da", "Firmaet Hansen & Søn leverer udstyr til Rigshospitalet.")
    assert ("Company", "Hansen & Søn") in entities


# --- a legal form with the genitive apostrophe: "Nordlys Medico A/S' direktør X" --------------

@pytest.mark.parametrize("language, text, person, company", [
    ("da", "Nordlys Medico A/S' administrerende direktør Mette Kjær underskrev aftalen.",
     "Mette Kjær", "Nordlys Medico A/S"),
    ("no", "Fjordhelse AS' administrerende direktør Kari Nordmann signerte avtalen.",
     "Kari Nordmann", "Fjordhelse AS"),
    ("da", "Sundbio ApS' direktør Lars Bak underskrev aftalen.", "Lars Bak", "Sundbio ApS"),
])
def test_legal_form_with_genitive_apostrophe(language, text, person, company, extract):
    entities, relations = extract(language, text)
    assert ("Company", company) in entities
    assert ("role", person, company) in relations


def test_apostrophe_after_a_plain_word_glues_nothing(extract):
    entities, _ = extract("da", "Hans' direktør Lars Bak underskrev aftalen.")
    assert not any(t == "Company" for t, _n in entities)


# --- a descriptor compound right before a legal form is the company's name: "Vårdbolaget AB" --

@pytest.mark.parametrize("language, text, name", [
    ("sv", "Huaxin Group köpte Vårdbolaget AB i fjol.", "Vårdbolaget AB"),
    ("da", "Huaxin Group købte Sundhedsfirmaet ApS sidste år.", "Sundhedsfirmaet ApS"),
])
def test_descriptor_compound_before_legal_form_is_a_name(language, text, name, extract):
    entities, relations = extract(language, text)
    assert ("Company", name) in entities
    assert ("part_of", name, "Huaxin Group") in relations


def test_role_in_descriptor_compound_company_keeps_agreement_between_bodies(extract):
    _, relations = extract("sv", "Lars Ek, styrelseordförande i Vårdbolaget AB, och Peter Wu, vice vd för "
                                 "Huaxin Group, undertecknade avtalet.")
    assert ("role", "Lars Ek", "Vårdbolaget AB") in relations
    assert not any(r[0] == "agreement" and "Lars Ek" in r[1:] for r in relations)


@pytest.mark.parametrize("language, text, name", [
    ("sv", "Medicinteknikföretaget Getinge AB har sitt huvudkontor i Göteborg.", "Getinge AB"),
    ("da", "Selskabet Coloplast A/S underskrev en aftale med Region Hovedstaden.", "Coloplast A/S"),
])
def test_descriptor_before_a_name_stays_outside(language, text, name, extract):
    entities, _ = extract(language, text)
    assert ("Company", name) in entities


# a bare company name after a lower-case noun of its kind, adjectives between them
TYPED_NAMES = [
    ("fr", "La société Medivision, basée à Lyon, a signé un accord avec l'Hôpital Saint-Joseph.",
     {("Company", "Medivision")}, {("located_in", "Medivision", "Lyon"),
                                   ("agreement", "Medivision", "Hôpital Saint-Joseph")}),
    ("fr", "L'entreprise pharmaceutique française Biocodex et l'Hôpital Tongji ont signé un accord.",
     {("Company", "Biocodex")}, {("agreement", "Biocodex", "Hôpital Tongji")}),
    ("fr", "La start-up Biocare, installée à Grenoble, a annoncé un investissement.",
     {("Company", "Biocare")}, {("located_in", "Biocare", "Grenoble")}),
    ("es", "La empresa española Grifols, con sede en Barcelona, firmó un acuerdo con el Hospital Clínic.",
     {("Company", "Grifols")}, {("located_in", "Grifols", "Barcelona")}),
    ("es", "La farmacéutica Almirall y la Fundación Carlos Slim firmaron un convenio.",
     {("Company", "Almirall")}, {("agreement", "Almirall", "Fundación Carlos Slim")}),
    ("it", "L'azienda farmaceutica italiana Menarini, con sede a Firenze, ha firmato un accordo "
           "con l'Ospedale San Raffaele.",
     {("Company", "Menarini")}, {("located_in", "Menarini", "Firenze")}),
    ("pt", "A empresa brasileira Biomm, sediada em Belo Horizonte, assinou um acordo com o Hospital Albert Einstein.",
     {("Company", "Biomm")}, {("located_in", "Biomm", "Belo Horizonte")}),
    # the name before a comma and a subsidiary noun; the group's name after its noun
    ("fr", "Jean Dupont, directeur général de Pharmadis, filiale du groupe Sanofi, a visité Lyon.",
     {("Company", "Pharmadis"), ("Company", "Sanofi")},
     {("role", "Jean Dupont", "Pharmadis"), ("part_of", "Pharmadis", "Sanofi")}),
    ("es", "Juan García, director general de Medisur, filial del grupo Quirónsalud, visitó Granada.",
     {("Company", "Medisur"), ("Company", "Quirónsalud")}, {("part_of", "Medisur", "Quirónsalud")}),
    ("it", "Marco Rossi, amministratore delegato di Biomedica, controllata del gruppo Angelini, "
           "ha visitato Padova.",
     {("Company", "Biomedica"), ("Company", "Angelini")}, {("part_of", "Biomedica", "Angelini")}),
    ("fr", "Medivision, une société basée à Lyon, a signé un accord.",
     {("Company", "Medivision")}, {("located_in", "Medivision", "Lyon")}),
]


@pytest.mark.parametrize("language, text, entities, relations", TYPED_NAMES)
def test_names_after_a_noun_of_their_kind(language, text, entities, relations, extract):
    found, links = extract(language, text)
    assert entities <= found
    assert relations <= links


# look-alikes: a kind noun without a name, an adverb or a place before the comma, a verb after it
NO_TYPED_NAMES = [
    ("fr", "Hier, une société a signé avec Paris un accord."),
    ("fr", "À Lyon, une entreprise a ouvert un bureau."),
    ("fr", "La société a signé avec Paris un accord."),
    ("es", "Ayer, una empresa firmó un acuerdo en Madrid."),
    ("it", "La società ha firmato a Milano."),
]


@pytest.mark.parametrize("language, text", NO_TYPED_NAMES)
def test_no_name_without_one(language, text, extract):
    found, _ = extract(language, text)
    assert not [name for type_, name in found if type_ not in ("City", "Region", "Country")]


def test_a_typed_name_is_found_again_alone(extract):
    found, links = extract("fr", "La société Medivision a ouvert un bureau. Medivision a signé un accord "
                                 "avec l'Hôpital Tongji.")
    assert ("agreement", "Medivision", "Hôpital Tongji") in links


def test_a_person_after_a_kind_noun_stays_a_person(extract):
    found, _ = extract("fr", "Le groupe dirigé par Jean Dupont a visité l'Hôpital Tongji.")
    assert ("Person", "Jean Dupont") in found
    assert not any(type_ == "Company" for type_, _ in found)


def test_a_regional_adjective_between_kind_noun_and_name(extract):
    found, links = extract("it", "L'azienda biomedicale lombarda Esaote ha siglato un accordo con il gruppo cinese Mindray.")
    assert ("agreement", "Esaote", "Mindray") in links


@pytest.mark.parametrize("language, text, a, b", [
    ("es", "La alemana Bayer y la suiza Roche firmaron un acuerdo.", "Bayer", "Roche"),
    ("pt", "A brasileira Eurofarma e a chinesa Hengrui Medicine assinaram um acordo.", "Eurofarma", "Hengrui Medicine"),
])
def test_a_nationality_adjective_standing_for_a_company(language, text, a, b, extract):
    found, links = extract(language, text)
    assert {("Company", a), ("Company", b)} <= found
    assert ("agreement", a, b) in links


def test_a_nationality_before_a_person_leaves_the_person(extract):
    found, _ = extract("it", "La delegazione cinese Wang Wei ha visitato Roma.")
    assert ("Person", "Wang Wei") in found and not any(t == "Company" for t, _ in found)


# a company head that opens the name ('Grupo', 'Gruppo', 'Groupe'), even before a place's name;
# spaCy's Italian and Portuguese stop words ('gruppo', 'grupo') are no stop words for heads
@pytest.mark.parametrize("language, text, name", [
    ("it", "Il Gruppo Humanitas ha firmato un accordo.", "Gruppo Humanitas"),
    ("it", "L'Ospedale San Raffaele fa parte del Gruppo San Donato.", "Gruppo San Donato"),
    ("es", "El Grupo Vithas firmó un acuerdo.", "Grupo Vithas"),
    ("pt", "O Grupo Fleury assinou um acordo.", "Grupo Fleury"),
    ("fr", "Le Groupe SOS a signé un accord.", "Groupe SOS"),
])
def test_company_heads_that_open_the_name(language, text, name, extract):
    found, _ = extract(language, text)
    assert ("Company", name) in found


def test_a_group_opening_a_title_case_headline_is_no_name(extract):
    found, _ = extract("es", "Grupo Chino Visita Madrid")
    assert not [n for t, n in found if t == "Company"]


def test_a_group_of_people_is_no_company(extract):
    found, _ = extract("it", "Il gruppo ha visitato Roma.")
    assert not [n for t, n in found if t == "Company"]


# --- a capitalised article opening the sentence before a name in apposition -------------------
# "La Farmalux, controllata del gruppo Y": the article is no word of the name

OPENING_ARTICLE = [
    ("pt", "A Farmalis, subsidiária do grupo Medinova, tem sede em Lisboa.",
     ("Company", "Farmalis"), ("part_of", "Farmalis", "Medinova")),
    ("fr", "La Pharmadis, filiale du groupe Sanofi, est basée à Lyon.",
     ("Company", "Pharmadis"), ("part_of", "Pharmadis", "Sanofi")),
    ("it", "La Farmalux, controllata del gruppo Biovita, ha sede a Torino.",
     ("Company", "Farmalux"), ("located_in", "Farmalux", "Torino")),
    ("es", "La Farmadex, filial del grupo Medilab, tiene su sede en Sevilla.",
     ("Company", "Farmadex"), ("part_of", "Farmadex", "Medilab")),
]


@pytest.mark.parametrize("language, text, entity, relation", OPENING_ARTICLE)
def test_opening_article_before_an_apposed_name(language, text, entity, relation, extract):
    entities, relations = extract(language, text)
    assert entity in entities
    assert relation in relations


def test_capitalised_article_inside_the_sentence_stays_a_name_word(extract):
    entities, _ = extract("fr", "Selon La Poste, filiale du groupe public, le bureau ouvre.")
    assert ("Company", "Poste") not in entities


# --- a bare name opening the sentence before a body's seat verb -------------------------------

SEATED_NAMES = [
    ("it", "Medifarm ha sede a Milano ed è una controllata del gruppo Biovita.", "Medifarm", "Milano"),
    ("es", "La Biolatex tiene su sede en Bilbao y cuenta con 200 empleados.", "Biolatex", "Bilbao"),
    ("es", "Biolatex Pharma tiene su sede central en Bilbao.", "Biolatex Pharma", "Bilbao"),
    ("fr", "Medilor a son siège à Rennes et emploie 300 personnes.", "Medilor", "Rennes"),
    ("pt", "A Biosaúde tem sede no Porto.", "Biosaúde", "Porto"),
    ("en", "Medilor is headquartered in Leeds.", "Medilor", "Leeds"),
]


@pytest.mark.parametrize("language, text, name, place", SEATED_NAMES)
def test_bare_name_before_a_seat_verb(language, text, name, place, extract):
    entities, relations = extract(language, text)
    assert ("Company", name) in entities
    assert ("located_in", name, place) in relations


@pytest.mark.parametrize("language, text, absent", [
    ("it", "Marco ha sede a Milano.", "Marco"),
    ("it", "Il Gruppo ha sede a Milano.", "Gruppo"),
    ("it", "Milano ha sede a Roma.", None),
])
def test_no_company_from_first_names_heads_or_places(language, text, absent, extract):
    entities, _ = extract(language, text)
    assert not any(t == "Company" for t, _n in entities)


# --- more demonyms between a kind noun and a bare name ----------------------------------------

@pytest.mark.parametrize("language, text, name", [
    ("es", "La empresa vasca Biolatex, ubicada en Bilbao, firmó un acuerdo con el Hospital Tongji.", "Biolatex"),
    ("es", "La farmacéutica gallega Zeltia firmó un acuerdo con el Hospital Tongji.", "Zeltia"),
    ("it", "La società spagnola Biolatex ha firmato un accordo con l'Ospedale Tongji.", "Biolatex"),
    ("pt", "A empresa espanhola Biolatex assinou um acordo com o Hospital de Braga.", "Biolatex"),
    ("fr", "La start-up normande Medilor a signé un accord avec le CHU de Caen.", "Medilor"),
])
def test_demonym_between_kind_noun_and_name(language, text, name, extract):
    entities, _ = extract(language, text)
    assert ("Company", name) in entities


def test_demonym_without_a_name(extract):
    entities, _ = extract("es", "Ayer, una empresa gallega firmó un acuerdo en Madrid.")
    assert not any(t == "Company" for t, _n in entities)


# --- "Lda" without its dot closes a company's name, not a person's ----------------------------

@pytest.mark.parametrize("language, text, company", [
    ("pt", "A empresa Rui Antunes Lda assinou um memorando com o Hospital de Braga.", "Rui Antunes Lda"),
    ("pt", "Um acordo foi assinado por Carlos Mendes Lda e pelo Hospital de Braga.", "Carlos Mendes Lda"),
    ("pt", "A Farmácia Lopes Lda. e a Biomedis Lda assinaram um acordo.", "Biomedis Lda"),
])
def test_lda_closes_a_company_name(language, text, company, extract):
    entities, _ = extract(language, text)
    assert ("Company", company) in entities
    assert not any(t == "Person" for t, _ in entities)


def test_a_person_before_a_company_in_lda_stays_a_person(extract):
    entities, relations = extract("pt", "Rui Antunes assinou o acordo com a Biomedis Lda em Braga.")
    assert ("Person", "Rui Antunes") in entities and ("Company", "Biomedis Lda") in entities


# --- German nouns before a company's name: a descriptor, a product before the city that opens it

@pytest.mark.parametrize("text, name", [
    ("Der chinesische Hersteller von Herzkathetern Hefei Tongxin Medical Equipment Co., Ltd. eröffnet ein Werk.",
     "Hefei Tongxin Medical Equipment Co., Ltd."),
    ("Die neue Gesellschaft Tongxin Medical Europe GmbH soll 2025 in Jena starten.", "Tongxin Medical Europe GmbH"),
])
def test_german_noun_before_a_company_is_no_part_of_it(text, name, extract):
    entities, _ = extract("de", text)
    assert ("Company", name) in entities


@pytest.mark.parametrize("text, name", [
    ("Die Roche Diagnostics Deutschland GmbH wächst.", "Roche Diagnostics Deutschland GmbH"),
    ("Die Deutsche Gesellschaft für Kardiologie tagt in Mannheim.", "Deutsche Gesellschaft für Kardiologie"),
])
def test_german_names_with_a_country_or_a_society_stay_whole(text, name, extract):
    entities, _ = extract("de", text)
    assert any(n == name for _t, n in entities)


# --- short names: a brand before its trade alone, and a group's brand with "Group" -----------

@pytest.mark.parametrize("lang, text, role", [
    ("da", "Delegationen besøgte Vardrup Diagnostics i Horsens. Vardrups administrerende direktør "
           "Ylva Berg viste testen frem.",
     ("role", "Ylva Berg", "Vardrup Diagnostics")),
    ("en", "Kunming Qingyu Pharmaceutical Group Co., Ltd. opened a plant. LIU Fang, chairman of "
           "Qingyu Group, spoke at the ceremony.",
     ("role", "LIU Fang", "Kunming Qingyu Pharmaceutical Group Co., Ltd.")),
])
def test_short_name_of_a_company_holds_its_roles(lang, text, role, extract):
    entities, relations = extract(lang, text)
    assert role in relations
    assert not any(name in ("Qingyu Group", "Vardrup") for _t, name in entities)


def test_group_of_another_brand_stays_its_own(extract):
    entities, _ = extract("en", "Kunming Qingyu Pharmaceutical Group Co., Ltd. signed with Huanan Group.")
    assert ("Company", "Huanan Group") in entities


@pytest.mark.parametrize("lang, text, entity", [
    ("sv", "Hedeland levererar till Harbin Qiaoxin Medical Technology enligt avtalet.",
     ("Company", "Harbin Qiaoxin Medical Technology")),
    ("de", "Der Vertrag mit Lindqvist Diagnostics wurde verlängert.", ("Company", "Lindqvist Diagnostics")),
])
def test_english_trade_words_end_company_names_in_any_language(lang, text, entity, extract):
    entities, _ = extract(lang, text)
    assert entity in entities


def test_company_named_by_another_companys_short_form_is_that_company(extract):
    entities, relations = extract("en", "Wenhai Medical Technology Co., Ltd. will invest. \"We chose Dundee,\" said "
                                        "Xue Bao, Chairman of Wenhai Medical Technology. On Tuesday Wenhai also "
                                        "signed a memorandum with the University of Dundee.")
    assert not any(name == "Wenhai Medical Technology" for _t, name in entities)
    assert ("agreement", "Wenhai Medical Technology Co., Ltd.", "University of Dundee") in relations


@pytest.mark.parametrize("language, text, name", [
    ("no", "Bjerkvik Health Tech og Stavanger kommune signerte avtalen.", "Bjerkvik Health Tech"),
    ("en", "Orvane HealthTech signed the agreement.", "Orvane HealthTech"),
])
def test_health_tech_ends_a_company_name(language, text, name, extract):
    entities, _ = extract(language, text)
    assert ("Company", name) in entities


def test_science_and_technology_stays_inside_a_ministry_name(extract):
    entities, _ = extract("en", "The Ministry of Science and Technology met Orvane HealthTech.")
    assert ("GovernmentBody", "Ministry of Science and Technology") in entities


@pytest.mark.parametrize("language, text, name", [
    ("no", "Avtalen med Weifang Kangtai Rehabilitation Technology ble signert i juni.", "Weifang Kangtai Rehabilitation Technology"),
    ("de", "Die Firma arbeitet mit Suzhou Meiyuan Medical Devices zusammen.", "Suzhou Meiyuan Medical Devices"),
])
def test_chinese_city_pinyin_brand_and_trade_words_name_a_company(language, text, name, extract):
    entities, _ = extract(language, text)
    assert ("Company", name) in entities


def test_chinese_city_and_an_institution_is_no_company(extract):
    entities, _ = extract("en", "Delegates from Wuhan Tongji Hospital arrived.")
    assert ("Hospital", "Wuhan Tongji Hospital") in entities


def test_brand_compound_with_a_company_noun_names_the_company(extract):
    entities, relations = extract("no", "Kari Moe leder Norvik Medical AS, det norske datterselskapet til den kinesiske "
                                        "Huaxin-konsernet.")
    assert ("Company", "Huaxin") in entities
    assert ("part_of", "Norvik Medical AS", "Huaxin") in relations
    entities, _ = extract("no", "Avtalen med Tromsø-selskapet Nordlys Diagnostikk AS er klar.")
    assert not any(n == "Tromsø" and t == "Company" for t, n in entities)


def test_a_plural_trade_word_before_and_closes_one_company_and_a_brand_opens_the_next(extract):
    entities, relations = extract("no", "Under seminaret undertegnet det kinesiske selskapet Hebei Lantai Medical Devices og Fjordvik "
                                        "Helseteknikk AS fra Molde en distribusjonsavtale.")
    assert ("Company", "Fjordvik Helseteknikk AS") in entities
    assert ("agreement", "Hebei Lantai Medical Devices", "Fjordvik Helseteknikk AS") in relations
    entities, _ = extract("en", "Corvane Medical and Surgical Supplies Ltd opened an office in Leeds.")
    assert ("Company", "Corvane Medical and Surgical Supplies Ltd") in entities


@pytest.mark.parametrize("language, text, name", [
    ("fr", "Hier, Biotechnologies Sorelle inc. a annoncé une entente.", "Biotechnologies Sorelle inc."),
    ("en", "Yesterday the board of Ardent Holdings plc met.", "Ardent Holdings plc"),
])
def test_a_legal_form_in_lower_case_closes_a_company_name(language, text, name, extract):
    entities, _ = extract(language, text)
    assert ("Company", name) in entities


def test_a_lower_case_word_after_a_name_is_no_legal_form(extract):
    entities, _ = extract("en", "Yesterday Anna Berg included a letter.")
    assert not any(t == "Company" for t, _n in entities)


@pytest.mark.parametrize("text, company", [
    ("Der Arzneimittelgroßhändler Hebei Kanglin Pharmaceutical Co., Ltd. aus Baoding baut ein Lager.",
     "Hebei Kanglin Pharmaceutical Co., Ltd."),
    ("Der Softwareentwickler Medalyt GmbH aus Kiel eröffnet ein Büro.", "Medalyt GmbH"),
])
def test_a_german_trade_noun_before_a_company_is_no_part_of_its_name(text, company, extract):
    entities, _ = extract("de", text)
    assert ("Company", company) in entities


@pytest.mark.parametrize("text, name, type_", [
    ("Das gaben die Nordholmer Gesellschaft für Wirtschaftsförderung mbH und die Stadt bekannt.",
     "Nordholmer Gesellschaft für Wirtschaftsförderung mbH", "Company"),
    # an association's legal form keeps the kind
    ("Das gaben die Nordholmer Gesellschaft für Wirtschaftsförderung e.V. und die Stadt bekannt.",
     "Nordholmer Gesellschaft für Wirtschaftsförderung e.V.", "Association"),
])
def test_a_society_with_a_company_legal_form_is_a_company(text, name, type_, extract):
    entities, _ = extract("de", text)
    assert (type_, name) in entities
