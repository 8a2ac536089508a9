"""The part_of relation: subsidiaries ("wholly-owned", "datterselskab af", "filiale du
groupe"), teaching and affiliated hospitals, "ingår i", a body bought by a group, the whole
named before its part; and the look-alikes that are no part (a former subsidiary, a stake
bought, a partner in apposition); in English, German, Danish, Swedish, Norwegian, Dutch,
French, Spanish, Italian and Portuguese text.

Invented sentences in the style of machine-translated health-cooperation press releases;
each fix has a positive case and a look-alike that must stay as it was. The whole
extractor runs (entities, relations and events), as the command line does.
"""
from __future__ import annotations

import pytest


# --- "X is a wholly-owned / 100 percent / hundertprozentige subsidiary of Y" ------------------

@pytest.mark.parametrize("language, text", [
    ("en", "Quenlo Shanghai Co., Ltd. is a wholly-owned subsidiary of Quenlo AG."),
    ("en", "Quenlo Shanghai Co., Ltd. is a 100 percent subsidiary of Quenlo AG."),
    ("de", "Die Quenlo Shanghai Co., Ltd. ist eine hundertprozentige Tochtergesellschaft der Quenlo AG."),
    ("de", "Die Quenlo Shanghai Co., Ltd. ist seit 2019 eine Tochter der Quenlo AG."),
])
def test_subsidiary_with_adjective(language, text, extract):
    _, relations = extract(language, text)
    assert ("part_of", "Quenlo Shanghai Co., Ltd.", "Quenlo AG") in relations


@pytest.mark.parametrize("language, text", [
    ("en", "Quenlo Shanghai Co., Ltd. is a former subsidiary of Quenlo AG."),
    ("de", "Die Quenlo Shanghai Co., Ltd. ist eine ehemalige Tochter der Quenlo AG."),
])
def test_former_subsidiary_is_no_part(language, text, extract):
    _, relations = extract(language, text)
    assert not any(r[0] == "part_of" for r in relations)


# --- German teaching hospital of a university: part_of, and the common noun is no name --------

@pytest.mark.parametrize("text", [
    "Das Klinikum Tarnow ist ein Lehrkrankenhaus der Universität Leipzig.",
    "Das Klinikum Tarnow ist akademisches Lehrkrankenhaus der Universität Leipzig.",
    "Das Klinikum Tarnow, akademisches Lehrkrankenhaus der Universität Leipzig, unterzeichnete eine "
    "Vereinbarung mit der Wuhan University.",
])
def test_teaching_hospital_is_part_of_the_university(text, extract):
    entities, relations = extract("de", text)
    assert ("part_of", "Klinikum Tarnow", "Universität Leipzig") in relations
    assert not any(name.startswith("Lehrkrankenhaus") for _t, name in entities)


def test_negated_teaching_hospital_is_no_part(extract):
    entities, relations = extract("de", "Das Klinikum Tarnow ist kein Lehrkrankenhaus der Universität Leipzig.")
    assert not any(rel == "part_of" for rel, _s, _o in relations)


# --- part-of with a company word before the parent: "X är ett dotterbolag till det kinesiska företaget Y"

@pytest.mark.parametrize("language, text, child, parent", [
    ("sv", "Vårdteknik Sverige AB är ett dotterbolag till det kinesiska företaget Huaxin Group.",
     "Vårdteknik Sverige AB", "Huaxin Group"),
    ("da", "Sundbio ApS er et datterselskab af den kinesiske virksomhed Huaxin Group.",
     "Sundbio ApS", "Huaxin Group"),
    ("no", "Medisol AS er et datterselskap av det kinesiske selskapet Huaxin Group.",
     "Medisol AS", "Huaxin Group"),
    ("nl", "MediLab B.V. is een dochteronderneming van het Chinese bedrijf Huaxin Group.",
     "MediLab B.V.", "Huaxin Group"),
])
def test_part_of_with_company_word_before_parent(language, text, child, parent, extract):
    _, relations = extract(language, text)
    assert ("part_of", child, parent) in relations


@pytest.mark.parametrize("language, text", [
    ("sv", "Vårdteknik Sverige AB är en del av ett projekt med företaget Huaxin Group."),
    ("da", "Sundbio ApS er en del af et samarbejde med virksomheden Huaxin Group."),
])
def test_part_of_company_word_lookalikes(language, text, extract):
    _, relations = extract(language, text)
    assert not any(r[0] == "part_of" for r in relations)


# --- "X ingår i Y", "X indgår i Y", "X inngår i Y": part of a group ---------------------------

@pytest.mark.parametrize("language, text, child, parent", [
    ("sv", "Norrvik Medical AB ingår i koncernen Huaxin Group.", "Norrvik Medical AB", "Huaxin Group"),
    ("da", "Sundbio ApS indgår i Nordlys Holding A/S.", "Sundbio ApS", "Nordlys Holding A/S"),
    ("no", "Medisol AS inngår i Fjordhelse Holding ASA.", "Medisol AS", "Fjordhelse Holding ASA"),
])
def test_member_of_a_group(language, text, child, parent, extract):
    _, relations = extract(language, text)
    assert ("part_of", child, parent) in relations


@pytest.mark.parametrize("language, text", [
    ("sv", "Norrvik Medical AB ingår i ett samarbete med Huaxin Group."),
    ("da", "Sundbio ApS indgår i dag en aftale med Huaxin Group."),
    ("no", "Medisol AS inngår i dag en avtale med Huaxin Group."),
])
def test_entering_into_something_with_a_body_is_no_part_of(language, text, extract):
    _, relations = extract(language, text)
    assert not any(r[0] == "part_of" for r in relations)


def test_a_french_verb_after_a_comma_is_no_apposition(extract):
    # "a" of "a ouvert" has the English article's spelling
    _, links = extract("fr", "La Clinique Pasteur, établissement du groupe Elsan, a ouvert un centre à Toulouse.")
    assert ("located_in", "Elsan", "Toulouse") not in links
    assert ("part_of", "Clinique Pasteur", "Elsan") in links


def agreements(relations: set) -> set:
    """The agreement relations among ``extract``'s relations as ``{frozenset of the two names}``."""
    return {frozenset((s, o)) for t, s, o in relations if t == "agreement"}


# part-of phrases; the whole named before its part; neither joins an agreement
PART_OF = [
    ("pt", "O Hospital de Santa Maria, que integra o Centro Hospitalar Universitário Lisboa Norte, recebeu a delegação.",
     "Hospital de Santa Maria", "Centro Hospitalar Universitário Lisboa Norte"),
    ("pt", "O Hospital São Paulo, vinculado à Universidade Federal de São Paulo, assinou um acordo.",
     "Hospital São Paulo", "Universidade Federal de São Paulo"),
    ("it", "L'Ospedale Sacco, che fa capo all'Università degli Studi di Milano, ha firmato un accordo.",
     "Ospedale Sacco", "Università degli Studi di Milano"),
    ("fr", "L'Hôpital Édouard-Herriot, qui fait partie des Hospices Civils de Lyon, a signé un accord.",
     "Hôpital Édouard-Herriot", "Hospices Civils de Lyon"),
    ("it", "L'Università di Padova, di cui fa parte l'Ospedale di Padova, ha firmato.",
     "Ospedale di Padova", "Università di Padova"),
    ("es", "La Universidad de Barcelona, de la que forma parte el Hospital Clínic, firmó un acuerdo.",
     "Hospital Clínic", "Universidad de Barcelona"),
    ("fr", "Les Hospices Civils de Lyon, dont fait partie l'Hôpital Édouard-Herriot, ont signé un accord.",
     "Hôpital Édouard-Herriot", "Hospices Civils de Lyon"),
]


@pytest.mark.parametrize("language, text, part, whole", PART_OF)
def test_part_of_stated_by_a_relative_clause_or_participle(language, text, part, whole, extract):
    _, links = extract(language, text)
    assert ("part_of", part, whole) in links
    if "ign" in text or "firm" in text or "assin" in text:
        assert not agreements(extract(language, text)[1])


def test_a_body_that_includes_another_is_no_part(extract):
    _, links = extract("pt", "O consórcio integra o Hospital São Paulo e a Universidade de Lisboa.")
    assert not [r for r in links if r[0] == "part_of"]


# --- "Le groupe X a racheté la société Y": the kind of the bought body before its name --------

BOUGHT = [
    ("fr", "Le groupe Medilor a racheté la société Biotexa pour 12 millions d'euros.", ("part_of", "Biotexa", "Medilor")),
    ("it", "Il gruppo Biovita ha acquisito la società Farmalux.", ("part_of", "Farmalux", "Biovita")),
    ("pt", "O grupo Medinova adquiriu a empresa Farmalis por 3 milhões de euros.", ("part_of", "Farmalis", "Medinova")),
    ("en", "Medilor Group acquired the biotech company Biotexa AG.", ("part_of", "Biotexa AG", "Medilor Group")),
]


@pytest.mark.parametrize("language, text, relation", BOUGHT)
def test_bought_body_named_after_its_kind(language, text, relation, extract):
    _, relations = extract(language, text)
    assert relation in relations


@pytest.mark.parametrize("language, text", [
    ("fr", "Le groupe Medilor a acquis une participation dans la société Biotexa."),
    ("it", "Il gruppo Biovita ha acquisito una quota della società Farmalux."),
    ("es", "El grupo Medilab compró equipos médicos al Hospital Ruber."),
    ("en", "Medilor Group acquired new equipment from Biotexa AG."),
])
def test_a_stake_or_goods_bought_is_no_part_of(language, text, extract):
    _, relations = extract(language, text)
    assert not any(r[0] == "part_of" for r in relations)


# --- "X, centro adscrito a la Y": a part-of apposition without an article ---------------------

APPOSED_PARTS = [
    ("es", "El Hospital Clínic de Barcelona, centro adscrito a la Universidad de Barcelona, acogió la reunión.",
     ("part_of", "Hospital Clínic de Barcelona", "Universidad de Barcelona")),
    ("it", "L'Ospedale San Matteo, struttura affiliata all'Università di Pavia, ha ospitato il convegno.",
     ("part_of", "Ospedale San Matteo", "Università di Pavia")),
    ("fr", "La Clinique du Parc, établissement rattaché au CHU de Lyon, a accueilli la délégation.",
     ("part_of", "Clinique du Parc", "CHU de Lyon")),
    ("pt", "O Hospital de Braga, unidade integrada na Universidade do Minho, recebeu a delegação.",
     ("part_of", "Hospital de Braga", "Universidade do Minho")),
]


@pytest.mark.parametrize("language, text, relation", APPOSED_PARTS)
def test_part_of_apposition_without_article(language, text, relation, extract):
    _, relations = extract(language, text)
    assert relation in relations


@pytest.mark.parametrize("language, text", [
    ("es", "El Hospital Clínic, socio del grupo Quirónsalud, acogió la reunión."),
    ("it", "L'Ospedale San Matteo, partner del gruppo Biovita, ha ospitato il convegno."),
])
def test_partner_apposition_is_no_part_of(language, text, extract):
    _, relations = extract(language, text)
    assert not any(r[0] == "part_of" for r in relations)


# --- a seat verb first, then the parent: "X ha sede a Milano ed è una controllata di Y" -------

@pytest.mark.parametrize("language, text, relation", [
    ("it", "Medifarm ha sede a Milano ed è una controllata del gruppo Biovita.", ("part_of", "Medifarm", "Biovita")),
    ("es", "La Biolatex tiene su sede en Bilbao y es filial del grupo Medilab.", ("part_of", "Biolatex", "Medilab")),
    ("fr", "Medilor a son siège à Rennes et fait partie du groupe Sanofi.", ("part_of", "Medilor", "Sanofi")),
    ("pt", "A Farmalis tem sede em Lisboa e pertence ao grupo Medinova.", ("part_of", "Farmalis", "Medinova")),
])
def test_seat_then_parent(language, text, relation, extract):
    _, relations = extract(language, text)
    assert relation in relations


def test_seat_then_a_partner_is_no_part_of(extract):
    _, relations = extract("fr", "Medilor a son siège à Rennes et travaille avec le groupe Sanofi.")
    assert not any(r[0] == "part_of" for r in relations)


# --- a subsidiary named with an adjective of its market, or by its owner's genitive ------------

@pytest.mark.parametrize("language, text, relation", [
    ("de", "Die Wenhai Europe GmbH, deutsche Tochtergesellschaft der chinesischen Wenhai Medical "
           "Technology Co., Ltd., hat eine neue Geschäftsführerin.",
     ("part_of", "Wenhai Europe GmbH", "Wenhai Medical Technology Co., Ltd.")),
    ("en", "Wenhai Europe GmbH, a European subsidiary of Wenhai Medical Technology Co., Ltd., opened.",
     ("part_of", "Wenhai Europe GmbH", "Wenhai Medical Technology Co., Ltd.")),
    ("en", "Wenhai Medical Technology Co., Ltd. will invest. The site will be run by Wenhai Europe GmbH, "
           "Wenhai's European subsidiary, which sells its monitors.",
     ("part_of", "Wenhai Europe GmbH", "Wenhai Medical Technology Co., Ltd.")),
])
def test_subsidiary_with_an_adjective_or_the_owners_genitive(language, text, relation, extract):
    _, relations = extract(language, text)
    assert relation in relations


def test_partner_with_an_adjective_is_no_part_of(extract):
    _, relations = extract("en", "Tarnby University, a Swedish partner of Hefei Union Hospital, opened a lab.")
    assert not any(r[0] == "part_of" for r in relations)


# --- "X <clause> and is a teaching hospital of Y"; a Swedish school "akademin vid" a university --

@pytest.mark.parametrize("language, text, relation", [
    ("de", "Das Lindenau-Krankenhaus mit 2.400 Betten steht im Osten von Chengdu, am Ufer des Flusses "
           "Jin, und ist Lehrkrankenhaus der Sichuan-Universität.",
     ("part_of", "Lindenau-Krankenhaus", "Sichuan-Universität")),
    ("en", "Ridgeway Hospital lies in the north of Leeds and is a teaching hospital of the University of Leeds.",
     ("part_of", "Ridgeway Hospital", "University of Leeds")),
    ("sv", "Seminariet hölls på Medicinska akademin vid Örebro universitet.",
     ("part_of", "Medicinska akademin", "Örebro universitet")),
])
def test_part_after_a_clause_and_swedish_academies(language, text, relation, extract):
    _, relations = extract(language, text)
    assert relation in relations


def test_coordinated_partner_is_no_part(extract):
    _, relations = extract("en", "Ridgeway Hospital signed with Leeds General and is a partner of the University of Leeds.")
    assert not any(r[0] == "part_of" for r in relations)


@pytest.mark.parametrize("language, text, child, parent", [
    ("it", "Il gruppo Harbin Tianrun Medical ha annunciato che la controllata Tianrun Italia S.r.l. aprirà un polo a Brescia.",
     "Tianrun Italia S.r.l.", "Harbin Tianrun Medical"),
    ("pt", "A operação fica a cargo da Tianrun Farmacêutica do Brasil Ltda., subsidiária da Harbin Tianrun Pharmaceutical Co., Ltd.",
     "Tianrun Farmacêutica do Brasil Ltda.", "Harbin Tianrun Pharmaceutical Co., Ltd."),
    ("sv", "Tianrun Nordic AB, dotterbolag till kinesiska Harbin Tianrun Medical Co., Ltd., flyttar till Lund.",
     "Tianrun Nordic AB", "Harbin Tianrun Medical Co., Ltd."),
])
def test_company_named_by_the_group_brand_and_a_place_is_its_subsidiary(language, text, child, parent, extract):
    _, relations = extract(language, text)
    assert ("part_of", child, parent) in relations


def test_brand_and_place_make_no_subsidiary_where_the_text_speaks_of_none(extract):
    _, relations = extract("en", "Harbin Tianrun Medical Co., Ltd. and Tianrun Europe GmbH signed a distribution agreement.")
    assert not any(r[0] == "part_of" for r in relations)
