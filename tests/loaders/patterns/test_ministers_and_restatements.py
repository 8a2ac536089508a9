"""Ministers named without their ministry, agreements told again, and officers of a group's
subsidiary: a minister holds the title in the region or the one ministry the document names, or
else in the country it reports from (not when an adjective before the title names another
region); a sentence that opens with the agreement just told adds no parties to it; the title
"of Y's subsidiary, Z" is Z's.

Invented sentences in the style of machine-translated health-cooperation press releases; each
fix has a positive case and a look-alike that must stay as it was. The whole extractor runs.
"""
from __future__ import annotations


def test_a_minister_without_a_body_holds_the_title_in_the_home_country(extract):
    _entities, relations = extract("fr", "Dakar, le 8 octobre 2026\n\nLe Ministre de la Santé et de l'Action sociale, "
                                         "Dr Ousmane Diallo, a reçu une délégation chinoise. Le Sénégal et la Chine "
                                         "coopèrent depuis 2010.")
    assert ("role", "Ousmane Diallo", "Sénégal") in relations


def test_a_minister_holds_the_title_in_the_one_ministry_named(extract):
    _entities, relations = extract("pt", "O memorando foi assinado entre o Ministério da Saúde e o hospital chinês. A "
                                         "ministra da Saúde, Celina Mabote, destacou o apoio de Moçambique.")
    assert ("role", "Celina Mabote", "Ministério da Saúde") in relations


def test_a_regional_minister_is_no_minister_of_the_country(extract):
    _entities, relations = extract("nl", "De investering werd voorgesteld in aanwezigheid van Vlaams minister van "
                                         "Welzijn en Gezin Els Peeters. België en China werken samen.")
    assert not any(r[0] == "role" and r[1] == "Els Peeters" for r in relations)


def test_a_minister_without_an_adjective_is_the_countrys(extract):
    _entities, relations = extract("nl", "De investering werd voorgesteld in aanwezigheid van minister van Welzijn "
                                         "en Gezin Els Peeters. België en China werken samen.")
    assert ("role", "Els Peeters", "België") in relations


def test_a_sentence_that_tells_the_agreement_again_adds_no_parties(extract):
    _entities, relations = extract("da", "Wuhan Qiaolin Robotics Co., Ltd. har indgået en eneforhandleraftale med "
                                         "Fysiorobot ApS fra Odense. Aftalen giver Fysiorobot eneret på salg. Aftalen blev "
                                         "underskrevet i tirsdags hos Vejle Robotics af Fysiorobots direktør, Mette Lund.")
    agreements = {frozenset(r[1:]) for r in relations if r[0] == "agreement"}
    assert agreements == {frozenset({"Wuhan Qiaolin Robotics Co., Ltd.", "Fysiorobot ApS"})}


def test_a_first_agreement_signed_at_a_venue_still_has_its_parties(extract):
    _entities, relations = extract("da", "Aftalen mellem Fysiorobot ApS og Qiaolin Robotics Europe GmbH blev underskrevet "
                                         "i tirsdags.")
    assert any(r[0] == "agreement" for r in relations)


def test_the_officer_of_a_groups_subsidiary_named_after_it(extract):
    _entities, relations = extract("da", "Den kinesiske producent Wuhan Qiaolin Robotics Co., Ltd. har indgået en "
                                         "aftale med Fysiorobot ApS. Aftalen blev underskrevet af Liang Wen, der er "
                                         "administrerende direktør for Qiaolins europæiske datterselskab, Qiaolin "
                                         "Robotics Europe GmbH i Magdeburg.")
    assert ("role", "Liang Wen", "Qiaolin Robotics Europe GmbH") in relations
    assert ("role", "Liang Wen", "Wuhan Qiaolin Robotics Co., Ltd.") not in relations
