"""Provinces and states by their English GeoNames names, a place with a small word inside a
body's name, a body referred to by its head ("the Trust's"), a department of two heads,
people who sign an agreement of bodies told before, a legal form after "i <place>", a
mixed-case acronym in the genitive, a town's name as a Chinese given name, a nationality
before a company's place, departments of orthopaedics, demonstrative references to a
department, a Swiss cantonal minister's title, science parks named by "-pôle" and a last
surname after a particle.

Invented sentences in the style of machine-translated health-cooperation press releases; each
fix has a positive case and a look-alike that must stay as it was. The whole extractor runs.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("language, text, region", [
    ("en", "A delegation of Tibet Autonomous Region visited Leeds on Monday.", "Tibet Autonomous Region"),
    ("en", "The company will open a plant in Lower Saxony next year.", "Lower Saxony"),
    ("en", "Hospitals in Lombardy and Catalonia signed the charter.", "Lombardy"),
])
def test_a_division_known_by_its_english_geonames_name_is_a_region(language, text, region, extract):
    entities, _relations = extract(language, text)
    assert ("Region", region) in entities


def test_a_word_or_a_surname_that_geonames_gives_a_division_is_no_region(extract):
    entities, _relations = extract("es", "La Capital recibió a la decana, Dra. Inés Vargas Soto, el lunes.")
    assert ("Person", "Inés Vargas Soto") in entities
    assert not any(kind == "Region" for kind, _name in entities)


def test_a_company_named_after_a_two_word_place_leaves_the_place_its_name(extract):
    entities, relations = extract("en", "Hong Kong Lanxin Dairy Technology Co., Ltd. signed a contract. "
                                        "Trade between Hong Kong and Denmark grew last year.")
    assert any(name == "Hong Kong" and kind in ("City", "Region", "Country") for kind, name in entities)
    assert ("Company", "Hong Kong Lanxin Dairy Technology Co., Ltd.") in entities
    assert not any(r[1] == "Hong Kong Lanxin Dairy Technology Co., Ltd." and r[2] == "Denmark" for r in relations)


def test_a_place_with_a_small_word_inside_opens_a_bodys_name(extract):
    entities, _relations = extract("en", "The guests went to the Kingston upon Hull Teaching Hospitals NHS Trust "
                                         "on Tuesday.")
    assert ("GovernmentBody", "Kingston upon Hull Teaching Hospitals NHS Trust") in entities


def test_the_trust_is_the_trust_named_before(extract):
    _entities, relations = extract("en", "Officials visited the Hollin Teaching Hospitals NHS Trust on Monday. "
                                         "Dr Anna Berg, the Trust's chief executive, welcomed them.")
    assert ("role", "Anna Berg", "Hollin Teaching Hospitals NHS Trust") in relations


def test_a_department_of_two_heads_is_one_name(extract):
    entities, relations = extract("de", "Am Dienstag unterzeichneten die Lanxin Europe GmbH und die Medizinische "
                                        "Klinik und Poliklinik II des Universitätsklinikums Leipzig einen Vertrag.")
    assert ("Organization", "Medizinische Klinik und Poliklinik II") in entities
    assert ("part_of", "Medizinische Klinik und Poliklinik II", "Universitätsklinikum Leipzig") in relations


def test_a_single_clinic_stays_one_department(extract):
    entities, _relations = extract("de", "Die Medizinische Klinik des Universitätsklinikums Leipzig und die "
                                         "Lanxin Europe GmbH forschen gemeinsam.")
    assert ("Organization", "Medizinische Klinik") in entities


def test_people_who_sign_an_agreement_of_bodies_are_no_parties(extract):
    _entities, relations = extract(
        "de", "Am Dienstag hatten die Lanxin Europe GmbH und das Universitätsklinikum Leipzig einen "
              "Kooperationsvertrag unterzeichnet. Gemeinsam wollen sie eine Studie machen. Lanxin stellt dafür "
              "1,1 Millionen Euro bereit. Unterschrieben wurde der Vertrag von Klinikdirektorin Prof. Dr. Ute Wendt "
              "und von Jonas Rehbein.")
    assert ("agreement", "Lanxin Europe GmbH", "Universitätsklinikum Leipzig") in relations
    assert not any(r[0] == "agreement" and {r[1], r[2]} == {"Ute Wendt", "Jonas Rehbein"} for r in relations)


def test_a_legal_form_after_in_place_closes_the_bodys_name(extract):
    entities, _relations = extract("no", "Delegasjonen kom mandag til Sykehuset i Buskerud HF (SiB).")
    assert ("Hospital", "Sykehuset i Buskerud HF") in entities
    assert not any(name == "Buskerud HF" for _kind, name in entities)


def test_a_mixed_case_acronym_in_the_genitive_owns_the_title(extract):
    _entities, relations = extract("no", "Delegasjonen kom mandag til Sykehuset i Buskerud HF (SiB). Etter "
                                         "omvisningen snakket SiBs administrerende direktør Gro Lunde med gjestene.")
    assert ("role", "Gro Lunde", "Sykehuset i Buskerud HF") in relations


def test_a_small_towns_name_before_a_surname_is_a_given_name(extract):
    entities, _relations = extract("no", "Gruppen ble ledet av Baolong Hu, som er direktør for helsekommisjonen.")
    assert ("Person", "Baolong Hu") in entities


def test_a_large_citys_name_before_a_surname_stays_a_place(extract):
    entities, _relations = extract("en", "Companies from Shanghai Li and Partners attended.")
    assert not any(name.startswith("Shanghai Li") and kind == "Person" for kind, name in entities)


def test_a_nationality_before_a_companys_place_is_no_part_of_its_name(extract):
    entities, relations = extract("nl", "Lanxin Orthopaedics Europe B.V., de Europese dochter van het Chinese "
                                        "Jiangsu Lanxin Orthopaedic Technology Co., Ltd., opent een nieuw lab.")
    assert ("Company", "Jiangsu Lanxin Orthopaedic Technology Co., Ltd.") in entities
    assert ("part_of", "Lanxin Orthopaedics Europe B.V.", "Jiangsu Lanxin Orthopaedic Technology Co., Ltd.") in relations


def test_a_country_name_opening_a_company_stays_in_its_name(extract):
    entities, _relations = extract("en", "The deal was signed with China Southern Health Media Group in Guangzhou.")
    assert ("Company", "China Southern Health Media Group") in entities or \
        any(name == "China Southern Health Media Group" for _kind, name in entities)


@pytest.mark.parametrize("language, text, unit, parent", [
    ("nl", "De afdeling Orthopedie van het Rijnstate Ziekenhuis gaat de implantaten evalueren.",
     "afdeling Orthopedie", "Rijnstate Ziekenhuis"),
    ("es", "La delegación visitó el servicio de Ortopedia del Hospital Santa Clara.",
     "servicio de Ortopedia", "Hospital Santa Clara"),
    ("it", "La delegazione ha visitato la Struttura Complessa di Ortopedia e Traumatologia dell'Ospedale di Pavia.",
     "Struttura Complessa di Ortopedia e Traumatologia", "Ospedale di Pavia"),
    ("pt", "A comitiva visitou o serviço de Traumato-Ortopedia do Hospital São Lucas.",
     "serviço de Traumato-Ortopedia", "Hospital São Lucas"),
])
def test_a_department_of_orthopaedics_is_named_by_its_field(language, text, unit, parent, extract):
    entities, relations = extract(language, text)
    assert ("Organization", unit) in entities
    assert ("part_of", unit, parent) in relations


def test_the_head_of_this_department_is_the_departments(extract):
    _entities, relations = extract("fr", "Les chercheurs du service de cardiologie du Centre hospitalier de Nantes "
                                         "étudieront l'effet. La convention a été signée par le Pr Luc Marchand, "
                                         "chef de ce service, et par Mme Wu.")
    assert ("role", "Luc Marchand", "service de cardiologie") in relations


def test_a_department_named_after_the_service_is_no_reference(extract):
    _entities, relations = extract("fr", "Le Pr Wu Lei, chef du service de cardiologie du Premier hôpital de Nanchang, "
                                         "a signé. La délégation a ensuite visité le service des maladies rares du CHU.")
    assert not any(r[0] == "visit" and r[2] == "service de cardiologie" for r in relations)


def test_a_cantonal_ministers_title_is_no_part_of_her_name(extract):
    entities, _relations = extract("fr", "La conseillère d'État Claire Morand a reçu mardi une délégation.")
    assert ("Person", "Claire Morand") in entities


def test_a_science_park_named_by_pole(extract):
    entities, relations = extract("fr", "L'entreprise ouvre une antenne au Génopôle de Rouen l'an prochain.")
    assert ("ResearchInstitute", "Génopôle de Rouen") in entities
    assert ("located_in", "Génopôle de Rouen", "Rouen") in relations


@pytest.mark.parametrize("text, person", [
    ("A secretária Mariana Teixeira de Albuquerque assinou o acordo.", "Mariana Teixeira de Albuquerque"),
    ("A secretária Mariana Teixeira de Moura assinou o acordo.", "Mariana Teixeira de Moura"),
])
def test_a_last_surname_after_a_particle(text, person, extract):
    entities, _relations = extract("pt", text)
    assert ("Person", person) in entities


def test_a_body_after_a_particle_is_no_surname(extract):
    entities, _relations = extract("pt", "A diretora Ana Souza da Prefeitura de Olinda falou aos jornalistas.")
    assert ("Person", "Ana Souza") in entities
