"""Whole extraction (entities, then relations) on short sentences written for these tests:
constructions where a recognizer and a relation rule must work together."""
import pytest

from healthkg.loaders.document import Document
from healthkg.loaders.extraction import extract_document


def test_a_particle_before_a_body_leaves_the_person_and_the_body_apart(extract):
    entities, relations = extract("de", "Geschäftsführerin Dr. Anna Becker von der Sonnental Klinik Gera "
                                        "eröffnete die Tagung.")
    assert ("Person", "Anna Becker") in entities
    assert ("Hospital", "Sonnental Klinik Gera") in entities
    assert ("role", "Anna Becker", "Sonnental Klinik Gera") in relations


def test_a_particle_before_a_surname_stays_in_the_name(extract):
    entities, _relations = extract("de", "Prof. Dr. Jutta von der Heide besuchte Leipzig.")
    assert ("Person", "Jutta von der Heide") in entities


@pytest.mark.parametrize("text, name", [
    ("Das Unternehmen Korvis Medical GmbH eröffnete ein Labor.", "Korvis Medical GmbH"),
    ("Der Pharmakonzern Nelvia Pharma AG unterzeichnete einen Vertrag.", "Nelvia Pharma AG"),
])
def test_a_descriptor_noun_before_a_company_is_not_part_of_its_name(text, name, extract):
    entities, _relations = extract("de", text)
    assert ("Company", name) in entities


@pytest.mark.parametrize("text, language, child, parent", [
    ("Korvis Medical Ltd, based in Leeds, is a subsidiary of Ardent Holdings plc.", "en",
     "Korvis Medical Ltd", "Ardent Holdings plc"),
    ("Die Korvis Medical GmbH mit Sitz in Ulm ist eine Tochtergesellschaft der Nelvia Holding AG.", "de",
     "Korvis Medical GmbH", "Nelvia Holding AG"),
    ("Die Korvis Medical GmbH aus Ulm ist eine Tochtergesellschaft der Nelvia Holding AG.", "de",
     "Korvis Medical GmbH", "Nelvia Holding AG"),
])
def test_a_seat_between_a_subsidiary_and_its_verb(text, language, child, parent, extract):
    _entities, relations = extract(language, text)
    assert ("part_of", child, parent) in relations
    assert any(r[0] == "located_in" and r[1] == child for r in relations)


def test_a_seat_alone_is_no_subsidiary(extract):
    _entities, relations = extract("en", "Korvis Medical Ltd, based in Leeds, signed with Ardent Holdings plc.")
    assert not any(r[0] == "part_of" for r in relations)


@pytest.mark.parametrize("text, language, entity", [
    ("Corby City Council signed the plan.", "en", ("GovernmentBody", "Corby City Council")),
    ("Die Stadtverwaltung Gera unterzeichnete den Plan.", "de", ("GovernmentBody", "Stadtverwaltung Gera")),
    ("Die Universitätsmedizin Gera unterzeichnete den Plan.", "de", ("Hospital", "Universitätsmedizin Gera")),
])
def test_public_bodies_and_university_medicine(text, language, entity, extract):
    entities, _relations = extract(language, text)
    assert entity in entities


def test_vice_chancellor_is_a_role(extract):
    _entities, relations = extract("en", "Professor Ruth Tanner, Vice-Chancellor of the University of Corby, spoke.")
    assert ("role", "Ruth Tanner", "University of Corby") in relations


@pytest.mark.parametrize("text, language, person, body", [
    ("Die Korvis Medical GmbH eröffnete ein Labor. Anna Berg, Geschäftsführerin des Unternehmens, sprach.",
     "de", "Anna Berg", "Korvis Medical GmbH"),
    ("Die Gesundheitskommission der Stadt Jinan kam nach Ulm. Li Hong, Direktor der Gesundheitskommission, sprach.",
     "de", "Li Hong", "Gesundheitskommission der Stadt Jinan"),
])
def test_a_short_reference_to_the_only_body_of_its_kind(text, language, person, body, extract):
    _entities, relations = extract(language, text)
    assert ("role", person, body) in relations


@pytest.mark.parametrize("text, language, person, body", [
    ("Ordningen testes på Vesterby Sygehus (VS). VS' Lungemedicinsk Afdeling har deltaget. "
     "Afdelingens ledende overlæge, Sofie Lund, er glad.", "da", "Sofie Lund", "Lungemedicinsk Afdeling"),
    ("Projektet leds av Tekniska fakulteten vid Norrby universitet. Fakultetens dekan, Erik Holm, är nöjd.",
     "sv", "Erik Holm", "Tekniska fakulteten"),
    ("Studien ledes av Hjertemedisinsk avdeling ved Fjordby sykehus. Avdelingens leder, Kari Dahl, er fornøyd.",
     "no", "Kari Dahl", "Hjertemedisinsk avdeling"),
])
def test_a_definite_head_in_the_genitive_refers_back_to_its_body(text, language, person, body, extract):
    _entities, relations = extract(language, text)
    assert ("role", person, body) in relations


@pytest.mark.parametrize("text, language, unit, owner", [
    ("Platformen bruges på Vesterby Universitetshospital (VUH). VUH's Lungemedicinsk Afdeling L har testet den.",
     "da", "Lungemedicinsk Afdeling L", "Vesterby Universitetshospital"),
    ("Die Studie läuft am Klinikum Nordheim (KNH). Die Medizinische Klinik 2 des Klinikums hat sie begonnen.",
     "de", "Medizinische Klinik 2", None),
])
def test_a_department_keeps_its_letter_and_an_acronym_in_the_genitive_owns_it(text, language, unit, owner, extract):
    entities, relations = extract(language, text)
    assert unit in {name for _type, name in entities}
    if owner:
        assert ("part_of", unit, owner) in relations


@pytest.mark.parametrize("text, language, person, body", [
    ("La convenzione è firmata nella sala del Policlinico di Trani. Ha firmato il direttore generale "
     "del Policlinico, dott. Marco Bassani.", "it", "Marco Bassani", "Policlinico di Trani"),
    ("L'accord a été signé au Centre hospitalier de Vierzon. Le directeur du Centre, M. Paul Garnier, "
     "s'est félicité.", "fr", "Paul Garnier", "Centre hospitalier de Vierzon"),
])
def test_a_capitalised_head_alone_names_the_body_it_opens(text, language, person, body, extract):
    _entities, relations = extract(language, text)
    assert ("role", person, body) in relations


def test_a_capitalised_head_alone_stays_unresolved_between_two_bodies(extract):
    _entities, relations = extract("it", "Il Policlinico di Trani e il Policlinico di Andria firmano. Ha firmato "
                                         "il direttore generale del Policlinico, dott. Marco Bassani.")
    assert not any(r[0] == "role" and r[1] == "Marco Bassani" for r in relations)


@pytest.mark.parametrize("text, person, body", [
    ("Die Lumen Medizintechnik GmbH hat einen Vertrag abgeschlossen. Unterzeichnet hat ihn die Geschäftsführerin "
     "der Lumen Medizintechnik GmbH, Dipl.-Kffr. Birgit Ostwald.", "Birgit Ostwald", "Lumen Medizintechnik GmbH"),
    ("Die Gäste hospitieren im Zentrum für Neurologie. Chefarzt des Zentrums für Neurologie ist PD Dr. Florian Weidner.",
     "Florian Weidner", "Zentrum für Neurologie"),
])
def test_a_german_degree_between_a_title_and_a_name(text, person, body, extract):
    _entities, relations = extract("de", text)
    assert ("role", person, body) in relations


@pytest.mark.parametrize("text, language, person, body", [
    ("O memorando foi assinado entre o Ministério da Saúde (MISAU) e a Lumen. A ministra da Saúde, Rita Mabote, "
     "destacou o apoio.", "pt", "Rita Mabote", "Ministério da Saúde"),
    ("The Ministry of Health signed with Lumen Health. The Minister of Health Ana Silva spoke.", "en",
     "Ana Silva", "Ministry of Health"),
    ("La Secretaría de Salud firmó con Lumen. El secretario de Salud, Pablo Ríos, habló.", "es",
     "Pablo Ríos", "Secretaría de Salud"),
])
def test_a_minister_holds_the_ministry_of_the_same_portfolio(text, language, person, body, extract):
    _entities, relations = extract(language, text)
    assert ("role", person, body) in relations


def test_a_minister_of_another_portfolio_does_not_hold_the_ministry(extract):
    _entities, relations = extract("pt", "O memorando foi assinado entre o Ministério da Saúde (MISAU) e a Lumen. "
                                         "A ministra da Educação, Rita Mabote, destacou o apoio.")
    assert ("role", "Rita Mabote", "Ministério da Saúde") not in relations


def test_a_short_reference_stays_unresolved_between_two_companies(extract):
    _entities, relations = extract("de", "Die Korvis Medical GmbH und die Nelvia AG trafen sich. "
                                         "Anna Berg, Geschäftsführerin des Unternehmens, sprach.")
    assert not any(r[0] == "role" for r in relations)


@pytest.mark.parametrize("text, language, a, b", [
    ("Northwind Care Ltd, a start-up from Aberdeen, and Corby University will jointly build a platform.",
     "en", "Northwind Care Ltd", "Corby University"),
    ("Die Universitätsmedizin Gera und die Nelvia AG wollen gemeinsam ein Zentrum aufbauen.",
     "de", "Universitätsmedizin Gera", "Nelvia AG"),
])
def test_joint_initiators_of_a_future_project(text, language, a, b, extract):
    _entities, relations = extract(language, text)
    assert ("partner_of", a, b) in relations


def test_together_with_is_no_joint_initiative_of_the_subjects(extract):
    _entities, relations = extract("de", "Die Universitätsmedizin Gera und die Nelvia AG haben gemeinsam mit "
                                         "Ärzten gesprochen.")
    assert not any(r[0] == "partner_of" for r in relations)


@pytest.mark.parametrize("text, language, org, place", [
    ("Northwind Care Ltd, a start-up from Aberdeen, signed.", "en", "Northwind Care Ltd", "Aberdeen"),
    ("Die Nelvia AG, ein Unternehmen aus Ulm, unterzeichnete.", "de", "Nelvia AG", "Ulm"),
])
def test_an_apposition_from_a_place_locates_the_body(text, language, org, place, extract):
    _entities, relations = extract(language, text)
    assert ("located_in", org, place) in relations


def test_a_delegation_from_a_place_does_not_locate_the_body(extract):
    _entities, relations = extract("de", "Die Nelvia AG, eine Delegation aus Ulm, kam.")
    assert not any(r[0] == "located_in" for r in relations)


def test_a_mayor_takes_no_role_in_the_body_named_before(extract):
    _entities, relations = extract("en", "The delegation toured the Ardent Foundation. "
                                         "Deputy Mayor Chen Hua attended the signing ceremony.")
    assert not any(r[0] == "role" for r in relations)


def test_a_person_at_the_signing_ceremony_joins_the_agreement_just_told():
    contract = extract_document(Document(
        id="t", source="t.txt", language="en",
        text="Corby Hospital signed a cooperation agreement with Ardent University. "
             "Deputy Mayor Chen Hua attended the signing ceremony.")).to_contract()
    agreements = [e for e in contract["events"] if e["type"] == "Agreement"]
    assert len(agreements) == 1 and len(agreements[0]["participants"]) == 3


def test_a_forum_held_in_a_city_is_a_meeting_there():
    contract = extract_document(Document(id="t", source="t.txt", language="en",
                                         text="The Health Industry Forum was held in Leeds.")).to_contract()
    assert [e["type"] for e in contract["events"]] == ["Meeting"]


@pytest.mark.parametrize("text, language, person, body", [
    ("The delegation met the Ardent Foundation and its president, Lena Moss.", "en", "Lena Moss", "Ardent Foundation"),
    ("Corby Hospital was represented by its medical director, Dr. Sarah Kent.", "en", "Sarah Kent", "Corby Hospital"),
    ("Die Universitätsmedizin Gera wurde durch ihren Direktor, Prof. Dr. Jan Roth, vertreten.", "de",
     "Jan Roth", "Universitätsmedizin Gera"),
])
def test_a_title_after_a_possessive_pronoun_belongs_to_the_body_before(text, language, person, body, extract):
    _entities, relations = extract(language, text)
    assert ("role", person, body) in relations


@pytest.mark.parametrize("text, language, visitor, visited", [
    ("Am Montag besuchte eine Delegation der Gesundheitskommission Jinan das Klinikum Gera.", "de",
     "Gesundheitskommission Jinan", "Klinikum Gera"),
    ("Am Montag besuchte Vizebürgermeister Huang Min das Klinikum Gera.", "de", "Huang Min", "Klinikum Gera"),
    ("Im Mai besuchte eine Delegation der Stadt Jinan unter Leitung von Bürgermeister Li Wen die Stadt Gera.",
     "de", "Li Wen", "Gera"),
    ("Corby Hospital was visited on Tuesday by Li Ming.", "en", "Li Ming", "Corby Hospital"),
])
def test_visits_with_the_verb_before_its_subject_or_a_time_phrase_between(text, language, visitor, visited, extract):
    _entities, relations = extract(language, text)
    assert ("visit", visitor, visited) in relations


def test_a_city_delegation_is_no_visitor_and_a_city_name_no_adjective(extract):
    _entities, relations = extract("de", "Am Montag besuchte eine Delegation aus Jinan das Klinikum Gera.")
    assert not any(r[0] in ("visit", "located_in") and r[2] != "Gera" for r in relations)


@pytest.mark.parametrize("text, language, expected", [
    ("Published: 14.03.2024\nThe forum took place from 10 to 11 March. On the second day, Corby Hospital "
     "signed a contract with Ardent University.", "en", "2024-03-11"),
    ("Veröffentlicht: 14.03.2024\nVom 4. bis 6. März fand ein Forum statt. Am dritten Tag unterzeichnete "
     "das Klinikum Gera einen Vertrag mit der Universität Jena.", "de", "2024-03-06"),
    ("Publicado: 14.03.2024\nEl foro se celebró del 4 al 6 de marzo. El segundo día, el Hospital Central "
     "de Soria firmó un acuerdo con la Universidad de Jena.", "es", "2024-03-05"),
    ("Published: 14.03.2024\nThe delegation arrived on 10 March. The next day, Corby Hospital "
     "signed a contract with Ardent University.", "en", "2024-03-11"),
])
def test_an_event_dated_by_its_day_in_a_stretch_of_days_named_before(text, language, expected):
    from healthkg.loaders.dates import find_published_date

    doc = Document(id="t", source="t.txt", text=text, language=language, published=find_published_date(text, language))
    contract = extract_document(doc).to_contract()
    assert [e["date"] for e in contract["events"] if e["type"] == "Agreement"] == [expected]


@pytest.mark.parametrize("text, language, names", [
    ("Representatives of German companies, including Korvane Health, Meditrix and B. Orlan, came.", "en",
     {"Korvane Health", "Meditrix", "B. Orlan"}),
    ("Unternehmen wie Korvane und die Meditrix AG stellten aus.", "de", {"Korvane", "Meditrix AG"}),
    ("Danske virksomheder som Korvane og Meditrix deltog.", "da", {"Korvane", "Meditrix"}),
])
def test_companies_listed_after_a_plural_company_noun(text, language, names, extract):
    entities, _relations = extract(language, text)
    assert {name for kind, name in entities if kind == "Company"} == names


def test_a_person_or_a_place_in_a_company_list_stays_what_it_is(extract):
    entities, _relations = extract("en", "Companies such as Anna Lind and Berlin attended.")
    assert entities == {("Person", "Anna Lind"), ("City", "Berlin")}


@pytest.mark.parametrize("text, language, child, parent", [
    ("Corby General Hospital, a hospital affiliated to Ardent University, signed.", "en",
     "Corby General Hospital", "Ardent University"),
    ("Corby General Hospital, which is affiliated with Ardent University, signed.", "en",
     "Corby General Hospital", "Ardent University"),
    ("Ardent Holdings plc acquired Corby Medical Ltd in 2020.", "en", "Corby Medical Ltd", "Ardent Holdings plc"),
    ("Die Ardent Holding AG übernahm die Corby Medical GmbH.", "de", "Corby Medical GmbH", "Ardent Holding AG"),
    ("Ardent Holding A/S ejer Corby Medical ApS.", "da", "Corby Medical ApS", "Ardent Holding A/S"),
])
def test_affiliations_in_appositions_and_owners(text, language, child, parent, extract):
    _entities, relations = extract(language, text)
    assert ("part_of", child, parent) in relations


def test_a_relative_clause_of_another_verb_is_no_affiliation(extract):
    _entities, relations = extract("en", "Corby Medical Ltd, which signed with Ardent Holdings plc, grew.")
    assert not any(r[0] == "part_of" for r in relations)


@pytest.mark.parametrize("text, language, person, body, title", [
    ("Zhang Hua (President, Corby University) spoke.", "en", "Zhang Hua", "Corby University", "President"),
    ("Zhang Hua was appointed CEO of Ardent Medical Ltd in May.", "en", "Zhang Hua", "Ardent Medical Ltd", "CEO"),
    ("Zhang Hua is the director of Corby General Hospital.", "en", "Zhang Hua", "Corby General Hospital", "director"),
    ("Zhang Hua (Geschäftsführer der Ardent Medical GmbH) sprach.", "de", "Zhang Hua", "Ardent Medical GmbH",
     "Geschäftsführer"),
    ("Zhang Hua ist seit 2020 Präsident der Universität Gera.", "de", "Zhang Hua", "Universität Gera", "Präsident"),
    ("Zhang Hua a été nommé directeur général de l'Hôpital de Gap.", "fr", "Zhang Hua", "Hôpital de Gap",
     "directeur général"),
])
def test_titles_after_a_copula_an_appointment_or_in_brackets(text, language, person, body, title):
    contract = extract_document(Document(id="t", source="t.txt", text=text, language=language)).to_contract()
    names = {e["id"]: e["name"] for e in contract["entities"]}
    roles = {(names[r["subject"]], names[r["object"]], r["role"]) for r in contract["relations"] if r["type"] == "role"}
    assert (person, body, title) in roles


def test_a_copula_without_a_title_gives_no_role(extract):
    _entities, relations = extract("en", "Zhang Hua is a friend of Corby General Hospital.")
    assert not relations


@pytest.mark.parametrize("text, language, org, place", [
    ("Corby General Hospital, the largest hospital in Leeds, signed.", "en", "Corby General Hospital", "Leeds"),
    ("Ardent Medical Ltd is headquartered in Leeds.", "en", "Ardent Medical Ltd", "Leeds"),
    ("Ardent Medical Ltd is based in Leeds and employs 200 people.", "en", "Ardent Medical Ltd", "Leeds"),
])
def test_seats_in_appositions_and_after_a_copula(text, language, org, place, extract):
    _entities, relations = extract(language, text)
    assert ("located_in", org, place) in relations


def test_a_partner_in_a_place_is_not_seated_there(extract):
    _entities, relations = extract("en", "Ardent Medical Ltd, the new partner in Leeds, signed.")
    assert not any(r[0] == "located_in" for r in relations)


@pytest.mark.parametrize("text, name", [
    ("Das Klinikum Ulm-Süd unterzeichnete.", "Klinikum Ulm-Süd"),
    ("Die Klinik Frankfurt-Höchst unterzeichnete.", "Klinik Frankfurt-Höchst"),
])
def test_a_district_of_a_place_in_a_name(text, name, extract):
    entities, _relations = extract("de", text)
    assert ("Hospital", name) in entities


@pytest.mark.parametrize("text, language, a, b", [
    ("The partnership between Corby General Hospital and Ardent University began in 2015.", "en",
     "Corby General Hospital", "Ardent University"),
    ("Corby General Hospital has been working with Ardent University since 2015.", "en",
     "Corby General Hospital", "Ardent University"),
    ("Die Universität Gera kooperiert seit 2015 mit dem Klinikum Jena.", "de", "Universität Gera", "Klinikum Jena"),
    ("Die Partnerschaft zwischen der Universität Gera und dem Klinikum Jena besteht seit 2015.", "de",
     "Universität Gera", "Klinikum Jena"),
])
def test_stated_cooperation_between_two_bodies(text, language, a, b, extract):
    _entities, relations = extract(language, text)
    assert ("partner_of", a, b) in relations


def test_the_parties_of_a_signed_cooperation_agreement_are_no_partners_besides(extract):
    _entities, relations = extract("en", "A cooperation agreement between Corby General Hospital and Ardent "
                                         "University was signed.")
    assert {r[0] for r in relations} == {"agreement"}


def test_a_sentence_of_names_ending_in_a_full_stop_is_no_headline(extract):
    entities, _relations = extract("en", "Mr. Tanaka Hiroshi met Ms. Priya Raman in Leeds.")
    assert entities == {("Person", "Tanaka Hiroshi"), ("Person", "Priya Raman"), ("City", "Leeds")}


def test_a_first_name_alone_before_a_role_title_is_a_person(extract):
    entities, _relations = extract("en", "The deal was signed by Gustavo, the general manager of the firm.")
    assert ("Person", "Gustavo") in entities


@pytest.mark.parametrize("text, name", [
    ("Professor J. R. Whitfield chaired the panel.", "J. R. Whitfield"),
    ("Dr. Anna K. Berg spoke.", "Anna K. Berg"),
])
def test_initials_inside_a_titled_name(text, name, extract):
    entities, _relations = extract("en", text)
    assert ("Person", name) in entities


def test_a_preposition_opening_the_sentence_is_not_part_of_a_name(extract):
    entities, _relations = extract("de", "Laut Anna Berg, Geschäftsführerin von Ardent Medical GmbH, ist das gut.")
    assert ("Person", "Anna Berg") in entities


@pytest.mark.parametrize("text, language", [
    ("Li Qiang met with Maria Costa, Mayor of Porto, on Monday.", "en"),
    ("Li Qiang held talks with Mayor Maria Costa.", "en"),
    ("Li Qiang traf sich mit Maria Costa.", "de"),
])
def test_people_meeting_each_other(text, language):
    contract = extract_document(Document(id="t", source="t.txt", text=text, language=language)).to_contract()
    assert [(e["type"], len(e["participants"])) for e in contract["events"]] == [("Meeting", 2)]


def test_met_with_approval_is_no_meeting():
    contract = extract_document(Document(id="t", source="t.txt", language="en",
                                         text="The plan met with approval from Corby University.")).to_contract()
    assert contract["events"] == []


@pytest.mark.parametrize("text, language, a, b", [
    ("Chengdu and Maastricht signed a memorandum.", "en", "Chengdu", "Maastricht"),
    ("The city of Chengdu signed a memorandum with Maastricht.", "en", "Chengdu", "Maastricht"),
])
def test_cities_that_sign_with_each_other(text, language, a, b, extract):
    _entities, relations = extract(language, text)
    assert ("agreement", a, b) in relations


@pytest.mark.parametrize("text", [
    "The memorandum was signed in Beijing and Shanghai.",
    "Chengdu signed an agreement in Maastricht.",
    "Wuxi delegation visits partner city Reutlingen, biomedicine agreements signed",
])
def test_places_of_signing_are_no_parties(text, extract):
    _entities, relations = extract("en", text)
    assert not any(r[0] == "agreement" for r in relations)


@pytest.mark.parametrize("text, name", [
    ("The Embassy of the Netherlands in Beijing hosted the forum.", "Embassy of the Netherlands"),
    ("The Embassy of the Kingdom of Denmark in Beijing hosted the forum.", "Embassy of the Kingdom of Denmark"),
])
def test_a_body_named_after_a_country_with_an_article_or_its_official_name(text, name, extract):
    entities, relations = extract("en", text)
    assert ("GovernmentBody", name) in entities
    assert ("located_in", name, "Beijing") in relations


@pytest.mark.parametrize("text, language, a, b", [
    ("Corby University and Ardent Medical Ltd held talks. The two sides signed a cooperation agreement.", "en",
     "Corby University", "Ardent Medical Ltd"),
    ("Die Universität Gera und die Ardent AG führten Gespräche. Beide Seiten unterzeichneten eine "
     "Absichtserklärung.", "de", "Universität Gera", "Ardent AG"),
])
def test_the_two_sides_are_the_two_parties_named_before(text, language, a, b, extract):
    _entities, relations = extract(language, text)
    assert ("agreement", a, b) in relations


def test_the_two_sides_of_three_parties_stay_unresolved(extract):
    _entities, relations = extract("en", "Corby University, Ardent Medical Ltd and Leeds City Council met. "
                                         "The two sides signed a cooperation agreement.")
    assert not any(r[0] == "agreement" for r in relations)


def test_a_full_stop_of_a_legal_form_ends_a_genitive(extract):
    _entities, relations = extract("en", "Corby General Hospital (CGH) signed with Ardent Medical Ltd. "
                                         "CGH's director Anna Bell said the deal is important.")
    assert not any(r[0] == "part_of" for r in relations)


@pytest.mark.parametrize("text, language, person, body", [
    ("Die Gäste wurden von Staatssekretärin Dr. Ute Berg im Ministerium für Soziales empfangen.", "de",
     "Ute Berg", "Ministerium für Soziales"),
    ("Director Anna Bell at Corby General Hospital spoke.", "en", "Anna Bell", "Corby General Hospital"),
])
def test_a_titled_person_at_a_body(text, language, person, body, extract):
    _entities, relations = extract(language, text)
    assert ("role", person, body) in relations


def test_afterwards_dates_an_agreement_by_the_event_before():
    text = ("Veröffentlicht: 08.05.2024\nDie Delegation besuchte am 6. Mai das Klinikum Gera. Anschließend "
            "unterzeichneten das Klinikum Gera und die Universität Jena eine Kooperationsvereinbarung.")
    from healthkg.loaders.dates import find_published_date

    doc = Document(id="t", source="t.txt", text=text, language="de", published=find_published_date(text, "de"))
    contract = extract_document(doc).to_contract()
    assert [e["date"] for e in contract["events"] if e["type"] == "Agreement"] == ["2024-05-06"]


def test_a_headline_visit_without_visitor_restates_the_visit_told_below():
    text = ("Chinesische Delegation besucht Baden-Württemberg\n"
            "Eine Delegation der Gesundheitskommission Jinan besuchte am 6. Mai das Klinikum Gera.")
    contract = extract_document(Document(id="t", source="t.txt", text=text, language="de")).to_contract()
    assert [e["type"] for e in contract["events"]] == ["Visit"]


def test_a_city_as_adjective_after_an_article(extract):
    entities, relations = extract("en", "Ardent Medical Ltd, a Leeds company, signed. The Yibin delegation arrived.")
    assert {("City", "Leeds"), ("City", "Yibin")} <= entities
    assert ("located_in", "Ardent Medical Ltd", "Leeds") in relations


def test_the_delegation_of_an_earlier_leader_visits_after_meeting_someone(extract):
    text = ("A delegation led by Huang Wenbo, Director of the Nanning Health Commission, visited Budapest. "
            "In Budapest, the delegation met with Dr. Péter Takács, State Secretary, and visited Semmelweis University.")
    _entities, relations = extract("en", text)
    assert ("visit", "Huang Wenbo", "Semmelweis University") in relations
    assert not any(r[0] == "visit" and r[1] == "Péter Takács" for r in relations)


def test_a_memorandum_of_cooperation_is_an_agreement_not_a_partnership_besides(extract):
    _entities, relations = extract("en", "Guangxi Baiyang Pharmaceutical Group signed a memorandum of cooperation "
                                         "with Corby Medical Ltd.")
    assert {r[0] for r in relations} == {"agreement"}


def test_an_der_joins_a_unit_and_a_title_to_a_university(extract):
    _entities, relations = extract("de", "Das Institut für Virologie an der Universität Gera forscht. "
                                         "Anna Berg, Professorin an der Universität Gera, sprach.")
    assert ("part_of", "Institut für Virologie", "Universität Gera") in relations
    assert ("role", "Anna Berg", "Universität Gera") in relations


def test_agreements_with_a_list_of_bodies(extract):
    _entities, relations = extract("en", "Corby General Hospital signed agreements with Ardent University, "
                                         "Leeds Medical School and Bristol Clinic respectively.")
    assert {r[2] for r in relations if r[0] == "agreement"} == {"Ardent University", "Leeds Medical School",
                                                                 "Bristol Clinic"}


@pytest.mark.parametrize("text, language", [
    ("Corby General Hospital and Ardent University inaugurated a joint research centre.", "en"),
    ("Das Klinikum Gera und die Universität Jena eröffneten ein gemeinsames Zentrum.", "de"),
])
def test_a_joint_facility_is_a_project_of_partners(text, language):
    contract = extract_document(Document(id="t", source="t.txt", text=text, language=language)).to_contract()
    assert [(e["type"], len(e["participants"])) for e in contract["events"]] == [("Project", 2)]
    assert [r["type"] for r in contract["relations"]] == ["partner_of"]


def test_a_joint_venture_agreement_is_an_agreement_only(extract):
    _entities, relations = extract("en", "Corby General Hospital and Ardent University signed a joint venture "
                                         "agreement.")
    assert {r[0] for r in relations} == {"agreement"}
