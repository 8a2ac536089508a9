"""A delegation led in the Danish past tense "ledte" and named again as "delegationen"; a
delegation that "was in" a city in a relative clause; a city's government and a city with a
friendship agreement; a company group named "koncernen" (the parent the text names, not the
company named last); a company named by the compound that opens its name ("Synscentret Vestby
ApS" ... "Synscentrets direktør"); Austrian state ministers ("Landesrätin", by portfolio too),
who hold office in their state, not in a company; a title after a company's name and a hyphen
("Kavrion-Vorstandsvorsitzende X"); agencies ("-agentur"); a university clinic of a dental field
inside its university; a visit in the German pluperfect ("hatte X mit einer Delegation Y
besichtigt"); a portfolio in brackets in a title; the body before "part of Y, where ..."; the
university's college; sister-state ties.

Invented sentences; each rule has a look-alike that must not change.
"""
from __future__ import annotations

import pytest


def test_a_delegation_led_in_the_past_and_named_again_visits_with_its_leader(extract):
    _entities, relations = extract("da", "Xu Kang ledte en delegation fra Baotou. Tirsdag besøgte delegationen "
                                         "Holbæk Sygehus.")
    assert ("visit", "Xu Kang", "Holbæk Sygehus") in relations


def test_a_delegation_that_was_in_a_city_visited_it(extract):
    _entities, relations = extract("da", "Xu Kang ledte en delegation på seks personer fra Baotou, som var i Holbæk "
                                         "fra mandag til onsdag.")
    assert ("visit", "Xu Kang", "Holbæk") in relations


def test_a_delegation_that_is_in_a_city_at_home_is_no_visit(extract):
    _entities, relations = extract("da", "Xu Kang ledte en delegation fra Baotou, som i dag arbejder i Holbæk.")
    assert not any(r[0] == "visit" for r in relations)


def test_a_city_government_and_a_city_with_a_friendship_agreement_are_partners(extract):
    _entities, relations = extract("da", "Holbæk Kommune og Baotou har siden 2015 haft en venskabsaftale.")
    assert ("partner_of", "Holbæk Kommune", "Baotou") in relations


def test_the_group_is_the_parent_the_text_names(extract):
    _entities, relations = extract("da", "Synscentret Vestby ApS har indgået en aftale med Keravo Optics GmbH, et "
                                         "datterselskab af Qingdao Keravo Optical Co., Ltd. Synscentrets direktør, "
                                         "Lone Berg, er glad. I maj underskrev koncernen en aftale med Aalborg "
                                         "Universitetshospital.")
    assert ("agreement", "Qingdao Keravo Optical Co., Ltd.", "Aalborg Universitetshospital") in relations
    assert ("role", "Lone Berg", "Synscentret Vestby ApS") in relations


def test_a_group_word_before_another_body_named_after_a_verb_still_refers(extract):
    _entities, relations = extract("da", "Keravo Optics GmbH er et datterselskab af Qingdao Keravo Optical Co., Ltd. "
                                         "I maj underskrev koncernen en hensigtserklæring med Aalborg "
                                         "Universitetshospital.")
    assert ("agreement", "Qingdao Keravo Optical Co., Ltd.", "Aalborg Universitetshospital") in relations


def test_a_bare_head_opening_a_company_name_is_no_short_name(extraction):
    contract = extraction("Centret Vestby ApS har indgået en aftale. Centret er stort.", "da").to_contract()
    company = next(e for e in contract["entities"] if e["name"] == "Centret Vestby ApS")
    assert "Centret" not in [m["text"] for m in company["mentions"]]


@pytest.mark.parametrize("text, person, title", [
    ("Die Kavrion Dental GmbH eröffnete in Klagenfurt. Mit dabei war Kärntens Gesundheitslandesrätin Mag. Petra "
     "Huber.", "Petra Huber", "Gesundheitslandesrätin"),
    ("Die Kavrion Dental GmbH eröffnete in Klagenfurt. Landesrat Paul Egger sprach von einem Signal.",
     "Paul Egger", "Landesrat"),
])
def test_a_state_minister_holds_no_office_in_a_company(text, person, title, extraction):
    contract = extraction(text, "de").to_contract()
    names = {e["id"]: e["name"] for e in contract["entities"]}
    assert any(e["name"] == person and e["type"] == "Person" for e in contract["entities"])
    assert not any(r["type"] == "role" and names.get(r["subject"]) == person
                   and names.get(r["object"]) == "Kavrion Dental GmbH" for r in contract["relations"])


def test_a_title_after_a_company_and_a_hyphen_names_the_person(extract):
    entities, relations = extract("de", "Die Kavrion Dental GmbH eröffnete in Graz. Eröffnet wurde der Standort "
                                        "von der Kavrion-Vorstandsvorsitzenden Aynur Tursun.")
    assert ("Person", "Aynur Tursun") in entities
    assert ("role", "Aynur Tursun", "Kavrion Dental GmbH") in relations


def test_a_compound_title_ends_a_list_of_bare_names(extract):
    entities, _relations = extract("de", "Eröffnet wurde der Standort gemeinsam mit Kärntens Wirtschaftslandesrätin "
                                         "Mag. Petra Huber.")
    assert not any(kind != "Person" and "Wirtschaftslandesrätin" in name for kind, name in entities)


def test_an_agency_named_with_its_state_is_a_body(extract):
    entities, relations = extract("de", "Es sprach der Geschäftsführer der Wirtschaftsagentur Kärnten, Dr. Paul "
                                        "Egger.")
    assert ("Organization", "Wirtschaftsagentur Kärnten") in entities
    assert ("role", "Paul Egger", "Wirtschaftsagentur Kärnten") in relations


def test_a_university_clinic_of_a_dental_field_is_a_part_of_its_university(extract):
    entities, relations = extract("de", "Die Delegation besichtigte die Universitätsklinik für Prothetik und "
                                        "Parodontologie der Medizinischen Universität Graz.")
    assert ("part_of", "Universitätsklinik für Prothetik und Parodontologie", "Medizinische Universität Graz") \
        in relations


def test_a_visit_in_the_pluperfect_with_a_delegation_along_is_the_persons(extract):
    _entities, relations = extract("de", "Bereits am Montag hatte Geschäftsführerin Aynur Tursun mit einer "
                                         "sechsköpfigen Delegation das Klinikum Klagenfurt besichtigt.")
    assert ("visit", "Aynur Tursun", "Klinikum Klagenfurt") in relations


def test_a_visit_in_the_pluperfect_of_the_delegation_of_a_city(extract):
    _entities, relations = extract("de", "Schon am Dienstag hatte die Delegation aus Baotou das Klinikum Klagenfurt "
                                         "besucht.")
    assert ("visit", "Baotou", "Klinikum Klagenfurt") in relations


def test_a_portfolio_in_brackets_stays_in_the_title(extraction):
    contract = extraction("The memorandum was signed by Professor Ann Holt, Deputy Vice-Chancellor (Research) of "
                          "Corby University.", "en").to_contract()
    names = {e["id"]: e["name"] for e in contract["entities"]}
    roles = [(names[r["subject"]], names[r["object"]], r["role"]) for r in contract["relations"] if r["type"] == "role"]
    assert ("Ann Holt", "Corby University", "Deputy Vice-Chancellor (Research)") in roles


def test_the_body_before_its_parent_and_where_holds_the_title(extract):
    _entities, relations = extract("en", "The group toured Corby Medical Centre, part of the Northern Corby Health "
                                         "Network (NCHN), where clinical director Dr Ann Holt presented the work.")
    assert ("role", "Ann Holt", "Corby Medical Centre") in relations
    assert ("part_of", "Corby Medical Centre", "Northern Corby Health Network") in relations


def test_a_body_placed_in_words_is_not_also_placed_by_its_name(extract):
    _entities, relations = extract("en", "Corby University signed. The group toured Corby Medical Centre, part of "
                                         "the Northern Corby Health Network.")
    assert ("part_of", "Corby Medical Centre", "Corby University") not in relations


def test_the_universitys_college_is_a_part_of_it(extract):
    _entities, relations = extract("en", "Corby University signed the deal. The lab will be led by Associate "
                                         "Professor Ann Holt of the university's College of Nursing and Midwifery.")
    assert ("part_of", "College of Nursing and Midwifery", "Corby University") in relations


def test_sister_state_ties_make_partners(extract):
    _entities, relations = extract("en", "The minister praised the sister-state ties between Western Australia and "
                                         "Zhejiang Province.")
    assert ("partner_of", "Western Australia", "Zhejiang") in relations


def test_a_visit_verb_before_a_delegation_and_its_leader(extract):
    _entities, relations = extract("nl", "In maart bezocht een Drentse delegatie onder leiding van gedeputeerde Anna "
                                         "Smit de stad Baotou in het noorden van China.")
    assert ("visit", "Anna Smit", "Baotou") in relations


@pytest.mark.parametrize("language, text, person, place", [
    ("nl", "Gedeputeerde voor Economie Anna Smit trok in april met een economische missie naar Sichuan.",
     "Anna Smit", "Sichuan"),
    ("de", "Landrat Paul Egger reiste im April mit einer Delegation nach Chengdu.", "Paul Egger", "Chengdu"),
])
def test_a_person_travelling_with_a_delegation_visits(language, text, person, place, extract):
    _entities, relations = extract(language, text)
    assert ("visit", person, place) in relations


def test_a_person_travelling_alone_with_a_colleague_is_no_delegation(extract):
    _entities, relations = extract("de", "Landrat Paul Egger reiste im April mit seiner Frau nach Chengdu.")
    assert not any(r[0] == "visit" for r in relations)


def test_a_body_named_elsewhere_opens_a_sentence(extract):
    _entities, relations = extract("no", "Prosjektet ledes fra Helgelandssykehuset. Helgelandssykehuset, Universitetet i "
                                         "Agder og Kavrion Rehab AS skal nå sammen teste robotassistert gangtrening.")
    assert ("partner_of", "Helgelandssykehuset", "Universitetet i Agder") in relations
    assert ("partner_of", "Helgelandssykehuset", "Kavrion Rehab AS") in relations


def test_a_capitalised_word_opening_a_sentence_is_no_body_unless_named_elsewhere(extract):
    entities, _relations = extract("da", "Sundhedshuset er lukket. Byen har ingen klinik.")
    assert not any(name == "Sundhedshuset" for _kind, name in entities)


@pytest.mark.parametrize("language, text, one, other", [
    ("en", "Corby Hospital and Ardent University will jointly develop a new test.", "Corby Hospital",
     "Ardent University"),
    ("nl", "Het Tergooi Ziekenhuis en de Universiteit Maastricht gaan samen een app ontwikkelen.", "Tergooi Ziekenhuis",
     "Universiteit Maastricht"),
])
def test_bodies_that_will_do_something_together_are_partners(language, text, one, other, extract):
    _entities, relations = extract(language, text)
    assert ("partner_of", one, other) in relations or ("partner_of", other, one) in relations


def test_together_with_a_third_is_not_read_as_the_adverb(extract):
    _entities, relations = extract("de", "Die Universität Jena und die Kavrion GmbH wollen gemeinsam mit der Stadt ein "
                                         "Labor bauen.")
    assert ("partner_of", "Universität Jena", "Kavrion GmbH") not in relations


def test_a_national_agency_of_the_netherlands(extract):
    entities, relations = extract("nl", "De missie werd georganiseerd door de Nederlandse ambassade in Beijing samen met "
                                        "de Rijksdienst voor Zorginnovatie (RVZ).")
    assert ("GovernmentBody", "Rijksdienst voor Zorginnovatie") in entities
    assert ("partner_of", "Nederlandse ambassade in Beijing", "Rijksdienst voor Zorginnovatie") in relations


def test_a_county_hospital_and_its_site(extract):
    entities, _relations = extract("sv", "Avtalet gäller Synvården, som är en del av Sörmlands sjukhus Eskilstuna, "
                                         "och provar ut apparater.")
    assert ("Hospital", "Sörmlands sjukhus Eskilstuna") in entities


def test_a_danish_business_house_is_a_body(extraction):
    contract = extraction("Aftalen blev indgået i Odense. Erhvervshus Sjællands direktør, Anne Holm, kalder aftalen "
                          "et godt eksempel.", "da").to_contract()
    names = {e["id"]: e["name"] for e in contract["entities"]}
    assert any(r["type"] == "role" and names[r["subject"]] == "Anne Holm" and names[r["object"]].startswith("Erhvervshus")
               for r in contract["relations"])
