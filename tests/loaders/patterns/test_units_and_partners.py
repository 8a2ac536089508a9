"""Parts and partners: schools, science parks and departments of the university or hospital their
name holds or that follows, bodies run by a third (two at once), subsidiaries of a group named by
province; bodies carrying out, presenting or founding a project together are partners.

Invented sentences in the style of machine-translated health-cooperation press releases; each
fix has a positive case and a look-alike that must stay as it was. The whole extractor runs.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("language, text, unit, owner", [
    ("pt", "A delegação visitou a Escola Superior de Saúde da Universidade do Minho.",
     "Escola Superior de Saúde", "Universidade do Minho"),
    ("fr", "Elle a visité le CHU de Rennes ainsi que l'École de science infirmière de l'Université Laval.",
     "École de science infirmière", "Université Laval"),
])
def test_a_school_is_part_of_the_university_named_after_it(language, text, unit, owner, extract):
    _entities, relations = extract(language, text)
    assert ("part_of", unit, owner) in relations


@pytest.mark.parametrize("language, text, children, parent", [
    ("sv", "Region Kronoberg har tecknat avtal om leverans till Länssjukhuset i Växjö och Ljungby lasarett, "
           "som båda drivs av regionen.", ["Länssjukhuset i Växjö", "Ljungby lasarett"], "Region Kronoberg"),
    ("pt", "A delegação visitou o Hospital de Braga e o Hospital de Viseu, ambos integrados na Unidade Local de "
           "Saúde do Minho.", ["Hospital de Braga", "Hospital de Viseu"], "Unidade Local de Saúde do Minho"),
    ("da", "Mandag besøgte gæsterne Regionshospital Vestjylland i Herning, der drives af Region Midtjylland.",
     ["Regionshospital Vestjylland"], "Region Midtjylland"),
])
def test_bodies_run_by_a_third_are_part_of_it(language, text, children, parent, extract):
    _entities, relations = extract(language, text)
    for child in children:
        assert ("part_of", child, parent) in relations


def test_two_bodies_without_both_are_no_parts(extract):
    _entities, relations = extract("sv", "Region Kronoberg har tecknat avtal med Länssjukhuset i Växjö och "
                                         "Ljungby lasarett.")
    assert not any(r[0] == "part_of" for r in relations)


@pytest.mark.parametrize("language, text, unit, owner", [
    ("es", "La delegación visitó el Parque Científico de la Universidad de Murcia.",
     "Parque Científico de la Universidad de Murcia", "Universidad de Murcia"),
    ("en", "The next day, the delegation visited the School of Nursing of Tayford University.",
     "School of Nursing", "Tayford University"),
    ("de", "Das Labor wird an der Klinik für Kardiologie, Pneumologie und Angiologie des Universitätsklinikums "
           "Essen angesiedelt.", "Klinik für Kardiologie, Pneumologie und Angiologie", "Universitätsklinikum Essen"),
])
def test_a_unit_is_part_of_the_body_its_name_holds_or_that_follows(language, text, unit, owner, extract):
    _entities, relations = extract(language, text)
    assert ("part_of", unit, owner) in relations


def test_a_ministry_of_health_is_no_department(extract):
    entities, _relations = extract("en", "The Department of Health and Social Care funded the Tayford University "
                                         "Hospital project.")
    assert not any(name.startswith("Department of Health") and t == "Organization" for t, name in entities)


def test_a_subsidiary_named_by_a_province_prefixed_groups_brand(extract):
    _entities, relations = extract("nl", "De Chinese producent Hubei Tarvik Medical Technology Co., Ltd. vestigt zich "
                                         "in Gent. De nieuwe dochteronderneming Tarvik Medical Europe NV investeert "
                                         "9,5 miljoen euro.")
    assert ("part_of", "Tarvik Medical Europe NV", "Hubei Tarvik Medical Technology Co., Ltd.") in relations


def test_a_unit_head_in_lower_case_english_is_no_name(extract):
    entities, _relations = extract("en", "Rosario has an impressive school of thoracic surgery, said Dr. Li Wen.")
    assert not any(name.lower().startswith("school of") for _t, name in entities)


@pytest.mark.parametrize("language, text, a, b", [
    ("da", "Projektet gennemføres af Smertecenter Syd i samarbejde med University College Syddanmark (UCSYD), "
           "hvis studerende skal indsamle data.", "Smertecenter Syd", "University College Syddanmark"),
    ("no", "Forskningsprosjektet ledes av Haugesund sjukehus i samarbeid med Universitetet i Stavanger og starter "
           "i januar.", "Haugesund sjukehus", "Universitetet i Stavanger"),
])
def test_a_project_run_by_one_body_with_another_makes_partners(language, text, a, b, extract):
    _entities, relations = extract(language, text)
    assert ("partner_of", a, b) in relations


def test_run_with_another_outside_a_project_is_no_partnership(extract):
    _entities, relations = extract("da", "Mødet blev ledet af Smertecenter Syd i samarbejde med University "
                                         "College Syddanmark, hvis rektor talte.")
    assert not any(r[0] == "partner_of" for r in relations)


@pytest.mark.parametrize("language, text, pairs", [
    ("fr", "À cette occasion, l'Université de Namur, le CHU de Namur et l'entreprise néerlandaise Veldhoven "
           "Imaging ont présenté le projet CARDIA, qui développera des outils.",
     [("Université de Namur", "CHU de Namur"), ("Université de Namur", "Veldhoven Imaging")]),
    ("fr", "Par ailleurs, l'entreprise bordelaise Garonne Santé SAS et Wuhan Tarvik Medical Co., Ltd. ont annoncé "
           "la création d'une coentreprise à Wuhan.", [("Garonne Santé SAS", "Wuhan Tarvik Medical Co., Ltd.")]),
    ("en", "Tayford University and Kessel Medical Ltd announced a joint venture in Leeds.",
     [("Tayford University", "Kessel Medical Ltd")]),
])
def test_bodies_presenting_a_project_together_are_partners(language, text, pairs, extract):
    _entities, relations = extract(language, text)
    for a, b in pairs:
        assert ("partner_of", a, b) in relations or ("partner_of", b, a) in relations


def test_bodies_presenting_results_without_a_project_are_no_partners(extract):
    _entities, relations = extract("en", "Tayford University and Kessel Medical Ltd presented their annual results.")
    assert not any(r[0] == "partner_of" for r in relations)
