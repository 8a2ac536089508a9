"""Entity rules: German inflection, name variants, acronyms, boilerplate, the registry."""
import pytest

from healthkg.errors import ExtractionError
from healthkg.loaders.document import Document
from healthkg.loaders.extraction.candidates import (
    DEFAULT_RECOGNIZERS, RECOGNIZERS, Candidate, recognizers, register_recognizer,
)
from healthkg.loaders.extraction.entities import recognize_entities
from healthkg.loaders.sentences import prepare_document


def entities_of(text, language=None, **kwargs):
    doc = prepare_document(Document(id="t", source="t.txt", text=text), language)
    return doc, recognize_entities(doc, **kwargs)


def by_name(entities):
    return {e.name: e for e in entities}


def test_german_inflected_mentions_join_one_nominative_entity():
    text = ("Das Medizinische Zentrum Hamburg eröffnet ein Labor. Der Leiter des Medizinischen "
            "Zentrums Hamburg lobte die Deutsche Ärztekammer. Vertreter der Deutschen Ärztekammer kamen.")
    _doc, entities = entities_of(text, "de")
    names = by_name(entities)
    zentrum = names["Medizinisches Zentrum Hamburg"]
    assert [m.text for m in zentrum.mentions] == ["Medizinische Zentrum Hamburg", "Medizinischen Zentrums Hamburg"]
    kammer = names["Deutsche Ärztekammer"]
    assert kammer.type == "Association"
    assert [m.text for m in kammer.mentions] == ["Deutsche Ärztekammer", "Deutschen Ärztekammer"]


def test_head_initial_german_name_with_nested_university():
    text = "Die Ärzte des Dritten Krankenhauses der Technischen Universität Dresden kamen nach Chengdu."
    _doc, entities = entities_of(text, "de")
    names = by_name(entities)
    assert names["Drittes Krankenhaus der Technischen Universität Dresden"].type == "Hospital"
    assert names["Technische Universität Dresden"].type == "University"
    assert names["Chengdu"].type == "City"


def test_genitive_country_resolves_to_the_country():
    _doc, entities = entities_of("Die Wirtschaft Chinas wächst, sagte man in Deutschland.", "de")
    china = by_name(entities)["China"]
    assert china.type == "Country" and china.mentions[0].text == "Chinas"
    assert china.links["iso3166"] == "CN"


def test_chinese_name_variants_become_one_person():
    text = ("Secretary Liu Jianguo opened the forum. Later, Liu jianguo met reporters. "
            "Liu Jiangguo, the party secretary, left. Mayor Chen wei and Chen Wei spoke.")
    _doc, entities = entities_of(text, "en")
    people = {e.name: [m.text for m in e.mentions] for e in entities if e.type == "Person"}
    assert people == {"Liu Jianguo": ["Liu Jianguo", "Liu jianguo", "Liu Jiangguo"],
                      "Chen Wei": ["Chen wei", "Chen Wei"]}


def test_first_name_alone_with_title_apposition():
    text = "Der Vertrag wurde mit Roberto, dem Geschäftsführer der Andes Salud SAS, geschlossen."
    _doc, entities = entities_of(text, "de")
    names = by_name(entities)
    assert names["Roberto"].type == "Person"
    assert names["Andes Salud SAS"].type == "Company"


def test_defined_acronym_joins_its_organisation():
    text = ("The Kunming Institute of Zoology (KIZ) hosted the meeting. "
            "Researchers from KIZ presented results.")
    _doc, entities = entities_of(text, "en")
    institute = by_name(entities)["Kunming Institute of Zoology"]
    assert institute.type == "ResearchInstitute"
    assert [m.text for m in institute.mentions] == ["Kunming Institute of Zoology", "KIZ", "KIZ"]


def test_place_patterns_and_city_suffix():
    text = "Officials from Pudong New Area and Wuxi City met in the Longgang District of Shenzhen."
    _doc, entities = entities_of(text, "en")
    found = {(e.type, e.name) for e in entities}
    assert {("Region", "Pudong New Area"), ("City", "Wuxi City"), ("Region", "Longgang District"),
            ("City", "Shenzhen")} <= found
    assert by_name(entities)["Wuxi City"].links["geonames"]


def test_headline_names_count_when_the_body_confirms_them():
    text = "Zhongshan Hospital Signs Deal With Local Clinic\nZhongshan Hospital said the deal helps patients."
    _doc, entities = entities_of(text, "en")
    assert [(e.name, len(e.mentions)) for e in entities] == [("Zhongshan Hospital", 2)]


def test_boilerplate_and_headlines_are_not_entities():
    text = ("Hospital Signs Deal With Local Clinic To Expand Care\nHome | Follow Us | Share\n"
            "Source: Xinhua Editor: Wang Fang\nThe clinic will open in March.")
    _doc, entities = entities_of(text, "en")
    assert entities == []


def test_sentence_initial_generic_head_is_not_a_name():
    _doc, entities = entities_of("Hospitalet i Odense er stort. Universitetet ligger i byen.", "da")
    assert [(e.type, e.name) for e in entities] == [("City", "Odense")]


def test_legal_form_and_all_caps_company():
    text = "The contract went to NORTE MEDICAL SUPPLIES S.A. and to Helix Biotech GmbH."
    _doc, entities = entities_of(text, "en")
    assert {(e.type, e.name) for e in entities} == {
        ("Company", "NORTE MEDICAL SUPPLIES S.A."), ("Company", "Helix Biotech GmbH")}


def test_registry_snapshot_and_unknown_recognizer():
    assert [name for name, _ in recognizers()] == list(DEFAULT_RECOGNIZERS)
    assert set(DEFAULT_RECOGNIZERS) <= set(RECOGNIZERS)
    with pytest.raises(ExtractionError, match="unknown recognizer 'nope'"):
        recognizers(["nope"])


def test_a_plugged_in_recognizer_is_merged_with_the_rules():
    @register_recognizer("test_every_product")
    def every_product(sw, lex):
        return [Candidate(i, i + 1, "Company", "test") for i, w in enumerate(sw.words) if w.text == "Zyntrax"]

    try:
        _doc, entities = entities_of("Zyntrax was sold in Berlin.", "en",
                                     recognizer_names=list(DEFAULT_RECOGNIZERS) + ["test_every_product"])
        assert {(e.type, e.name) for e in entities} == {("Company", "Zyntrax"), ("City", "Berlin")}
        _doc, entities = entities_of("Zyntrax was sold in Berlin.", "en", recognizer_names=["places"])
        assert [e.name for e in entities] == ["Berlin"]
    finally:
        RECOGNIZERS.pop("test_every_product")


def test_conjunction_does_not_join_two_names():
    text = "Region Uppsala och Karolinska Institutet tecknade ett avtal."
    _doc, entities = entities_of(text, "sv")
    assert ("ResearchInstitute", "Karolinska Institutet") in {(e.type, e.name) for e in entities}
    assert not any("och" in e.name for e in entities)


def test_romance_name_with_lower_case_adjectives():
    text = "Le Centre hospitalier universitaire de Rennes a reçu une délégation."
    _doc, entities = entities_of(text, "fr")
    assert (("Hospital", "Centre hospitalier universitaire de Rennes") in
            {(e.type, e.name) for e in entities})


def test_dateline_and_agency_credit():
    text = "SHANGHAI, May 3 (Xinhua) -- Ruijin Hospital opened a new ward."
    _doc, entities = entities_of(text, "en")
    assert {(e.type, e.name) for e in entities} == {("City", "Shanghai"), ("Hospital", "Ruijin Hospital")}


def test_german_common_nouns_after_a_head_are_not_names():
    text = ("Das neue Zentrum der Stadt wird gebaut. Die Gesellschaft der Zukunft braucht Pflege. "
            "Das Landesamt für Gesundheit und das Institut für Virologie der Universität Bonn prüfen das.")
    _doc, entities = entities_of(text, "de")
    assert {(e.type, e.name) for e in entities} == {
        ("GovernmentBody", "Landesamt für Gesundheit"),
        ("ResearchInstitute", "Institut für Virologie der Universität Bonn"),
        ("University", "Universität Bonn"),
    }


@pytest.mark.parametrize("text, language, person", [
    ("Chefarzt Prof. Dr. med. Klaus Schneider leitet die Station am Klinikum Nürnberg.", "de", "Klaus Schneider"),
    ("Overlæge Søren Kragh fra Odense Universitetshospital deltog.", "da", "Søren Kragh"),
    ("La directrice Aurélie Dubois a visité Wuhan.", "fr", "Aurélie Dubois"),
    ("Segundo Nísia Trindade, presidente da fundação, o acordo é importante.", "pt", "Nísia Trindade"),
])
def test_people_next_to_titles(text, language, person):
    _doc, entities = entities_of(text, language)
    people = [e.name for e in entities if e.type == "Person"]
    assert people == [person]


def test_a_failing_recognizer_gives_an_extraction_error_naming_the_document():
    @register_recognizer("test_broken")
    def broken(sw, lex):
        raise ValueError("boom")

    try:
        doc = prepare_document(Document(id="b", source="broken.txt", text="Berlin is big."), "en")
        with pytest.raises(ExtractionError, match=r"broken.txt:0: entity recognition failed: ValueError: boom"):
            recognize_entities(doc, recognizer_names=["places", "test_broken"])
    finally:
        RECOGNIZERS.pop("test_broken")


def test_long_name_runs_on_to_the_acronym_that_defines_it():
    text = ("Llegó la Cámara de Comercio de Chile para la Exportación de Equipos Médicos (CCCEEM) "
            "a Lima. La Chambre de commerce et d'industrie franco-indienne (CCIFI) était là.")
    _doc, entities = entities_of(text, "es")
    names = by_name(entities)
    assert "Cámara de Comercio de Chile para la Exportación de Equipos Médicos" in names
    text = "Le colloque a été organisé par la Chambre de commerce et d'industrie franco-indienne (CCIFI)."
    _doc, entities = entities_of(text, "fr")
    assert "Chambre de commerce et d'industrie franco-indienne" in by_name(entities)


@pytest.mark.parametrize("text, language, expected, not_expected", [
    # a conjunction after a whole place or a head of several words ends the name
    ("Seminaret blev arrangeret af Region Sjælland og Lund Invest i fællesskab.", "da",
     "Region Sjælland", "Region Sjælland og Lund"),
    # "Reutlingen-based" describes the company, it does not name it
    ("The Munich-based Orvanta GmbH signed the deal.", "en", "Orvanta GmbH", "Munich-based Orvanta GmbH"),
    # a company after "Tochtergesellschaft der" is a name of its own
    ("Die Firma ist eine Tochtergesellschaft der Jinhe Pharma Co., Ltd. und wächst.", "de",
     "Jinhe Pharma Co., Ltd.", "Tochtergesellschaft der Jinhe Pharma Co., Ltd."),
    # another name in brackets is not part of the name
    ("The fair was co-organized by the Ulm Chamber of Commerce (IHK Ulm) in May.", "en",
     "Ulm Chamber of Commerce", "Ulm Chamber of Commerce (IHK Ulm)"),
])
def test_names_do_not_swallow_the_next_words(text, language, expected, not_expected):
    _doc, entities = entities_of(text, language)
    names = by_name(entities)
    assert expected in names and not_expected not in names


def test_head_after_an_indefinite_article_is_a_common_noun():
    text = "Die Firma baut ein Entwicklungs- und Schulungszentrum für Robotik in Ulm."
    _doc, entities = entities_of(text, "de")
    assert {e.name for e in entities} == {"Ulm"}
    text = "Het bedrijf opent een Scandinavië-kenniscentrum in Delft."
    _doc, entities = entities_of(text, "nl")
    assert all(e.type in ("City", "Region", "Country") for e in entities)


def test_parenthesis_and_shortened_first_compound_belong_to_the_name():
    text = ("Die Jinhe Diagnostics (Schweiz) GmbH und die Industrie- und Handelskammer Ulm "
            "haben unterschrieben.")
    _doc, entities = entities_of(text, "de")
    names = by_name(entities)
    assert names["Jinhe Diagnostics (Schweiz) GmbH"].type == "Company"
    assert names["Industrie- und Handelskammer Ulm"].type == "Association"


def test_companies_named_again_by_a_short_name():
    text = ("A Tocantins Equipamentos Hospitalares Ltda. assinou com a Shaoxing Yikang Medical Co., Ltd. "
            "um contrato. A diretora da Tocantins Equipamentos, Ana Lima, disse que a Yikang entrega em maio.")
    _doc, entities = entities_of(text, "pt")
    names = by_name(entities)
    assert [m.text for m in names["Tocantins Equipamentos Hospitalares Ltda."].mentions] == [
        "Tocantins Equipamentos Hospitalares Ltda.", "Tocantins Equipamentos"]
    assert "Yikang" in [m.text for m in names["Shaoxing Yikang Medical Co., Ltd."].mentions]
    assert not any(e.type in ("City", "Region") and e.name == "Tocantins" for e in entities)


def test_a_name_repeated_in_brackets_in_another_language_is_one_entity():
    text = "L'Hôpital central de Harbin (Harbin Central Hospital) a signé avec Lyon."
    _doc, entities = entities_of(text, "fr")
    hospital = by_name(entities)["Hôpital central de Harbin"]
    assert [m.text for m in hospital.mentions] == ["Hôpital central de Harbin", "Harbin Central Hospital"]


def test_a_name_given_again_in_brackets_with_an_acronym_is_one_entity_with_that_acronym():
    text = ("Lunds universitet och Wuhans medicinska högskola (Wuhan Medical College, WMC) har tecknat "
            "ett avtal. WMC:s rektor talade.")
    _doc, entities = entities_of(text, "sv")
    college = by_name(entities)["Wuhans medicinska högskola"]
    assert [m.text for m in college.mentions] == [
        "Wuhans medicinska högskola", "Wuhan Medical College", "WMC", "WMC"]


@pytest.mark.parametrize("text, language, full, short", [
    ("La convenzione tra l'Azienda Ospedaliera Consorziale Ospedale di Trani e la Lumen S.r.l. è firmata. "
     "Il direttore dell'Ospedale di Trani ha parlato.", "it",
     "Azienda Ospedaliera Consorziale Ospedale di Trani", "Ospedale di Trani"),
    ("The Third Affiliated Hospital of Xuzhou Medical College signed with Lumen Health. Xuzhou Medical College "
     "is proud. Doctors of the Third Affiliated Hospital will travel.", "en",
     "Third Affiliated Hospital of Xuzhou Medical College", "Third Affiliated Hospital"),
])
def test_a_shortened_name_of_the_only_body_it_shortens_is_that_body(text, language, full, short):
    _doc, entities = entities_of(text, language)
    names = by_name(entities)
    assert short in [m.text for m in names[full].mentions]
    assert short not in names


def test_a_parent_named_after_of_is_not_the_short_form_of_its_unit():
    text = ("The Third Affiliated Hospital of Xuzhou Medical College signed with Lumen Health. "
            "Xuzhou Medical College will pay.")
    _doc, entities = entities_of(text, "en")
    names = by_name(entities)
    assert "Xuzhou Medical College" in names
    assert [m.text for m in names["Third Affiliated Hospital of Xuzhou Medical College"].mentions] == [
        "Third Affiliated Hospital of Xuzhou Medical College"]


def test_a_name_two_bodies_end_with_stays_its_own():
    text = ("The Hubei Provincial Health Commission and the Jiangsu Provincial Health Commission met. "
            "The Provincial Health Commission hosted.")
    _doc, entities = entities_of(text, "en")
    names = by_name(entities)
    assert [m.text for m in names["Hubei Provincial Health Commission"].mentions] == [
        "Hubei Provincial Health Commission"]


def test_a_town_after_a_first_name_inside_a_body_name_is_a_surname():
    text = "Il prof. Marco Ferri insegna all'Università degli Studi di Lecce Aldo Moro da dieci anni."
    _doc, entities = entities_of(text, "it")
    assert "Moro" not in by_name(entities)
    assert "Università degli Studi di Lecce Aldo Moro" in by_name(entities)


def test_a_town_inside_a_body_name_without_a_first_name_stays_a_place():
    text = "Il prof. Marco Ferri insegna all'Università degli Studi di Lecce da dieci anni."
    _doc, entities = entities_of(text, "it")
    assert by_name(entities)["Lecce"].type == "City"


def test_a_surname_with_its_particle_joins_the_one_full_name_it_ends():
    text = ("Era presente l'assessora Rosaria De Santis. L'assessora De Santis ha parlato con Jan van Dijk; "
            "poi Van Dijk ha risposto.")
    _doc, entities = entities_of(text, "it")
    people = {e.name: [m.text for m in e.mentions] for e in entities if e.type == "Person"}
    assert people["Rosaria De Santis"] == ["Rosaria De Santis", "De Santis"]
    assert "De Santis" not in people


def test_surname_after_a_title_is_the_person_and_typos_join_the_full_name():
    text = ("Mme Hélène Vidal, maire de Nantes, a reçu M. Zhou Lihua. « C'est un honneur », "
            "a déclaré Mme Vidal. M. Zhou Lihau a remercié la ville.")
    _doc, entities = entities_of(text, "fr")
    people = {e.name: [m.text for m in e.mentions] for e in entities if e.type == "Person"}
    assert people == {"Hélène Vidal": ["Hélène Vidal", "Vidal"], "Zhou Lihua": ["Zhou Lihua", "Zhou Lihau"]}


def test_unknown_place_after_an_organisation_and_i():
    text = "Delegationen besøgte Nordlys Science Park i Brabrand og Aarhus Kommune."
    _doc, entities = entities_of(text, "da")
    found = {(e.type, e.name) for e in entities}
    assert {("ResearchInstitute", "Nordlys Science Park"), ("City", "Brabrand"),
            ("GovernmentBody", "Aarhus Kommune")} <= found


@pytest.mark.parametrize("text, language, name, kind", [
    ("Brightwater Medical Ltd signed a contract with a hospital.", "en", "Brightwater Medical Ltd", "Company"),
    ("Corvane Inc opened an office in Leeds.", "en", "Corvane Inc", "Company"),
    ("Leeds First People's Hospital hosted the forum.", "en", "Leeds First People's Hospital", "Hospital"),
    ("A team from Ningbo No. 3 Hospital arrived in Lyon.", "en", "Ningbo No. 3 Hospital", "Hospital"),
])
def test_legal_forms_in_title_case_ordinals_and_numbers_stay_inside_names(text, language, name, kind):
    _doc, entities = entities_of(text, language)
    assert by_name(entities)[name].type == kind


def test_a_short_legal_form_only_counts_when_written_as_companies_write_it():
    _doc, entities = entities_of("As the report said, Co operation grew in Lyon.", "en")
    assert [e.type for e in entities] == ["City"]


@pytest.mark.parametrize("text, name, kind", [
    ("Wang Jun, Secretary of the CPC Yibin Municipal Committee, met the guests.", "CPC Yibin Municipal Committee",
     "Association"),
    ("The delegation visited the Porto Health Cluster.", "Porto Health Cluster", "Organization"),
])
def test_party_committees_and_clusters(text, name, kind):
    _doc, entities = entities_of(text, "en")
    assert by_name(entities)[name].type == kind


def test_a_head_of_five_words_and_no_body_after_its_conjunction():
    _doc, entities = entities_of("The Hungarian Chamber of Commerce and Industry signed. "
                                 "The Chamber of Commerce and Siemens signed.", "en")
    assert "Hungarian Chamber of Commerce and Industry" in by_name(entities)
    assert "Chamber of Commerce and Siemens" not in by_name(entities)


@pytest.mark.parametrize("text, language, name", [
    ("Das Ministerium für Soziales, Gesundheit und Integration lud ein.", "de",
     "Ministerium für Soziales, Gesundheit und Integration"),
    ("Het Ministerie van Volksgezondheid, Welzijn en Sport tekende.", "nl", "Ministerie van Volksgezondheid, Welzijn en Sport"),
])
def test_a_ministry_named_by_a_list_of_portfolios(text, language, name):
    _doc, entities = entities_of(text, language)
    assert by_name(entities)[name].type == "GovernmentBody"


def test_a_list_of_bodies_after_a_ministry_stays_a_list():
    _doc, entities = entities_of("The Ministry of Health, Ardent Ltd and Corby University signed.", "en")
    assert {"Ministry of Health", "Ardent Ltd", "Corby University"} <= set(by_name(entities))
