"""The partner_of relation: partners with a copula ("is a partner of"), cooperation after a
company word or an acronym, co-organizers, joint initiatives, "en partenariat avec",
twinned and sister cities; and the look-alikes (negations, a signed partnership, which is
an agreement); in English, German, Danish, Swedish, Norwegian, Dutch, French, Spanish,
Italian and Portuguese text.

Invented sentences in the style of machine-translated health-cooperation press releases;
each fix has a positive case and a look-alike that must stay as it was. The whole
extractor runs (entities, relations and events), as the command line does.
"""
from __future__ import annotations

import pytest

from healthkg.loaders.document import Document
from healthkg.loaders.extraction import extract_document


# --- "X is/has been a (strategic) partner of Y"; "has been" as a copula -----------------------

@pytest.mark.parametrize("language, text, subject, obj", [
    ("en", "Orvane Diagnostics has been a partner of Kelso Hospital since 2019.",
     "Orvane Diagnostics", "Kelso Hospital"),
    ("en", "Orvane Diagnostics is a strategic partner of Kelso Hospital.",
     "Orvane Diagnostics", "Kelso Hospital"),
    ("de", "Die Quenlo AG ist seit 2019 Partner des Klinikums Stuttgart.", "Quenlo AG", "Klinikum Stuttgart"),
    ("en", "Glasgow has been a sister city of Dalian since 1987.", "Glasgow", "Dalian"),
])
def test_partner_with_copula(language, text, subject, obj, extract):
    _, relations = extract(language, text)
    assert ("partner_of", subject, obj) in relations


@pytest.mark.parametrize("language, text", [
    ("en", "Orvane Diagnostics is not a partner of Kelso Hospital."),
    ("en", "Orvane Diagnostics is looking for a partner of Kelso Hospital's size."),
    ("de", "Die Quenlo AG ist kein Partner des Klinikums Stuttgart."),
])
def test_partner_look_alikes(language, text, extract):
    _, relations = extract(language, text)
    assert not any(r[0] == "partner_of" for r in relations)


# --- a partner subject after its seat ("The Hamburg-based X", "Die in Hamburg ansässige X") ---

@pytest.mark.parametrize("language, text, subject, obj", [
    ("en", "The Hamburg-based Quenlo AG has been cooperating with Kelso Hospital since 2019.",
     "Quenlo AG", "Kelso Hospital"),
    ("de", "Die in Hamburg ansässige Quenlo AG kooperiert seit Jahren mit dem Universitätsklinikum "
           "Heidelberg.", "Quenlo AG", "Universitätsklinikum Heidelberg"),
])
def test_partner_after_seat_prefix(language, text, subject, obj, extract):
    _, relations = extract(language, text)
    assert ("partner_of", subject, obj) in relations
    assert ("located_in", subject, "Hamburg") in relations


def test_partner_after_seat_prefix_not_signed(extract):
    _, relations = extract("de", "Die in Hamburg ansässige Quenlo AG unterzeichnete einen "
                                 "Kooperationsvertrag mit dem Universitätsklinikum Heidelberg.")
    assert not any(r[0] == "partner_of" for r in relations)
    assert ("agreement", "Quenlo AG", "Universitätsklinikum Heidelberg") in relations


# --- joint initiatives with the verb before the adverb ----------------------------------------

@pytest.mark.parametrize("language, text, a, b", [
    ("da", "Region Hovedstaden og Beijing Kommune etablerede i fællesskab et innovationscenter.",
     "Region Hovedstaden", "Beijing Kommune"),
    ("sv", "Lunds universitet och Fudan University grundade gemensamt ett forskningscenter.",
     "Lunds universitet", "Fudan University"),
])
def test_joint_initiative_verb_before_adverb(language, text, a, b, extract):
    _, relations = extract(language, text)
    assert ("partner_of", a, b) in relations or ("partner_of", b, a) in relations


# --- a municipality and a city that are twins -------------------------------------------------

@pytest.mark.parametrize("language, text, a, b", [
    ("da", "Odense Kommune og Ningbo er venskabsbyer siden 2001.", "Odense Kommune", "Ningbo"),
    ("da", "Odense Kommune og Ningbo har været venskabsbyer i mange år.", "Odense Kommune", "Ningbo"),
    ("sv", "Uppsala kommun och Hefei är vänorter sedan 2009.", "Uppsala kommun", "Hefei"),
    ("no", "Trondheim kommune og Xi'an er vennskapsbyer.", "Trondheim kommune", "Xi'an"),
])
def test_municipality_and_city_are_twins(language, text, a, b, extract):
    _, relations = extract(language, text)
    assert ("partner_of", a, b) in relations or ("partner_of", b, a) in relations


def test_twin_word_elsewhere_makes_no_twins(extract):
    _, relations = extract("da", "Odense Kommune og Ningbo underskrev en aftale, og Aarhus fik nye venskabsbyer.")
    assert not any(r[0] == "partner_of" and "Odense Kommune" in r[1:] for r in relations)


# --- cooperation with a company word before the subject: "Het Leidse bedrijf X werkt samen met Y"

@pytest.mark.parametrize("language, text, subject", [
    ("nl", "Het Leidse bedrijf Cureon werkt samen met Fudan University.", "Cureon"),
    ("da", "Den danske virksomhed Sundbio ApS samarbejder med Fudan University om kræftforskning.", "Sundbio ApS"),
    ("sv", "Det svenska företaget Norrvik Medical AB samarbetar med Fudan University.", "Norrvik Medical AB"),
    ("no", "Det norske selskapet Medisol AS samarbeider med Fudan University.", "Medisol AS"),
])
def test_cooperation_after_company_word(language, text, subject, extract):
    _, relations = extract(language, text)
    assert ("partner_of", subject, "Fudan University") in relations


def test_cooperation_after_company_word_signed_is_an_agreement(extract):
    _, relations = extract("nl", "Het Leidse bedrijf Cureon ondertekende een samenwerkingsovereenkomst met Fudan University.")
    assert ("agreement", "Cureon", "Fudan University") in relations
    assert not any(r[0] == "partner_of" for r in relations)


# --- "X is partner van Y", "X är en viktig partner för Y": partners with a copula -------------

@pytest.mark.parametrize("language, text, first, second", [
    ("nl", "Het Erasmus MC is partner van Fudan University.", "Erasmus MC", "Fudan University"),
    ("sv", "Karolinska Institutet är en viktig partner för Fudan University.",
     "Karolinska Institutet", "Fudan University"),
])
def test_partner_with_copula_in_dutch_and_swedish(language, text, first, second, extract):
    _, relations = extract(language, text)
    assert ("partner_of", first, second) in relations


@pytest.mark.parametrize("language, text", [
    ("nl", "Het Erasmus MC is op zoek naar een partner voor Fudan University."),
    ("da", "Aarhus Universitet er partner i projektet med Fudan University."),
])
def test_partner_word_without_copula_link_is_no_partner(language, text, extract):
    _, relations = extract(language, text)
    assert not any(r[0] == "partner_of" for r in relations)


# --- a negated partner copula is no partnership -----------------------------------------------

@pytest.mark.parametrize("language, text", [
    ("da", "Vestby Sygehus er ikke partner for Aarhus Universitet."),
    ("nl", "Het Maasland Ziekenhuis is geen partner van de Universiteit Utrecht."),
])
def test_negated_partner_copula_is_no_partnership(language, text, extract):
    _, relations = extract(language, text)
    assert not any(r[0] == "partner_of" for r in relations)


# --- co-organizers: "X afholdt sammen med Y en konference", "X arrangerte et seminar sammen med Y"

@pytest.mark.parametrize("language, text, a, b", [
    ("da", "Aarhus Universitet afholdt sammen med Fudan University en konference om diabetes.",
     "Aarhus Universitet", "Fudan University"),
    ("sv", "Karolinska Institutet anordnade tillsammans med Fudan University ett seminarium om cancer.",
     "Karolinska Institutet", "Fudan University"),
    ("no", "Helse Bergen arrangerte et seminar om digital helse sammen med Zhejiang University.",
     "Helse Bergen", "Zhejiang University"),
    ("nl", "Het UMC Utrecht organiseerde samen met Huaxin Group een symposium over beeldvorming.",
     "UMC Utrecht", "Huaxin Group"),
])
def test_co_organizers_are_partners(language, text, a, b, extract):
    _, relations = extract(language, text)
    assert ("partner_of", a, b) in relations or ("partner_of", b, a) in relations


@pytest.mark.parametrize("language, text", [
    ("da", "Aarhus Universitet deltog sammen med Fudan University i en konference om diabetes."),
    ("no", "Helse Bergen arrangerte et besøk sammen med Zhejiang University."),
])
def test_co_organizer_lookalikes(language, text, extract):
    _, relations = extract(language, text)
    assert not any(r[0] == "partner_of" for r in relations)


@pytest.mark.parametrize("language, text, a, b", [
    ("no", "Helse Bergen og Zhejiang University arrangerte et seminar om digital helse.", "Helse Bergen", "Zhejiang University"),
    ("nl", "Het UMC Utrecht en Huaxin Group organiseerden een symposium over beeldvorming.", "UMC Utrecht", "Huaxin Group"),
    ("sv", "Karolinska Institutet och Fudan University arrangerade en konferens om cancer.",
     "Karolinska Institutet", "Fudan University"),
])
def test_coordinated_co_organizers(language, text, a, b, extract):
    _, relations = extract(language, text)
    assert ("partner_of", a, b) in relations or ("partner_of", b, a) in relations


@pytest.mark.parametrize("language, text", [
    ("da", "Aarhus Universitet og Fudan University afholdt et møde om diabetes."),
    ("no", "Direktøren i Helse Bergen og Zhejiang University arrangerte et seminar."),
])
def test_coordinated_co_organizer_lookalikes(language, text, extract):
    _, relations = extract(language, text)
    assert not any(r[0] == "partner_of" for r in relations)


# --- an acronym defined after the subject of a cooperation: "X (LUMC) werkt samen met Y" ------

@pytest.mark.parametrize("language, text, a, b", [
    ("nl", "Het Leids Universitair Medisch Centrum (LUMC) werkt samen met Huaxin Group.",
     "Leids Universitair Medisch Centrum", "Huaxin Group"),
    ("sv", "Sahlgrenska Science Park (SSP) samarbetar med Huaxin Group.", "Sahlgrenska Science Park", "Huaxin Group"),
])
def test_cooperation_after_acronym(language, text, a, b, extract):
    _, relations = extract(language, text)
    assert ("partner_of", a, b) in relations


@pytest.mark.parametrize("language, text", [
    ("nl", "Het Leids Universitair Medisch Centrum (LUMC) tekende een overeenkomst voor een samenwerking met Huaxin Group."),
])
def test_cooperation_after_acronym_lookalikes(language, text, extract):
    _, relations = extract(language, text)
    assert not any(r[0] == "partner_of" for r in relations)


@pytest.mark.parametrize("language, text, a, b", [
    ("fr", "La ville de Bordeaux et la ville de Wuhan sont jumelées depuis 1998.", "Bordeaux", "Wuhan"),
    ("it", "La città di Firenze e la città di Shanghai sono gemellate dal 2000.", "Firenze", "Shanghai"),
])
def test_twinned_cities_named_after_city_words(language, text, a, b, extract):
    _, links = extract(language, text)
    assert ("partner_of", a, b) in links or ("partner_of", b, a) in links



def extract_events(language: str, text: str):
    """``[(event type, {participant names})]`` of a text."""
    out = extract_document(Document(id="t", source="t", text=text, language=language)).to_contract()
    names = {e["id"]: e["name"] for e in out["entities"]}
    return [(e["type"], {names.get(p) for p in e["participants"]}) for e in out["events"]]


@pytest.mark.parametrize("language, text, a, b", [
    ("pt", "Lisboa e Macau são cidades-irmãs.", "Lisboa", "Macau"),
    ("pt", "Curitiba é cidade-irmã de Suzhou.", "Curitiba", "Suzhou"),
])
def test_hyphenated_sister_cities(language, text, a, b, extract):
    _, links = extract(language, text)
    assert ("partner_of", a, b) in links


# co-organizers are partners of a meeting; a jointly signed agreement is only an agreement
@pytest.mark.parametrize("language, text, a, b", [
    ("fr", "L'Hôpital Necker et l'Université de Fudan ont co-organisé un séminaire sur la médecine.",
     "Hôpital Necker", "Université de Fudan"),
    ("es", "La Cámara de Comercio de Madrid y el Hospital Clínic coorganizaron un seminario.",
     "Cámara de Comercio de Madrid", "Hospital Clínic"),
    ("pt", "A Universidade de Lisboa e a Universidade de Fudan promoveram em conjunto um seminário.",
     "Universidade de Lisboa", "Universidade de Fudan"),
])
def test_co_organizers(language, text, a, b, extract):
    _, links = extract(language, text)
    assert ("partner_of", a, b) in links
    assert any(t == "Meeting" and {a, b} <= names for t, names in extract_events(language, text))


def test_a_jointly_signed_agreement_is_no_joint_project(extract):
    text = "A Universidade de Lisboa e a Universidade de Fudan assinaram em conjunto um acordo."
    _, links = extract("pt", text)
    assert not [r for r in links if r[0] == "partner_of"]
    assert [t for t, _ in extract_events("pt", text)] == ["Agreement"]


# --- "X est jumelée avec la ville de Y": a city word between the twin verb and the city -------

TWINNED = [
    ("fr", "Grenoble est jumelée avec la ville de Suzhou depuis 1998.", ("partner_of", "Grenoble", "Suzhou")),
    ("es", "Valencia está hermanada con la ciudad de Ningbo desde 2005.", ("partner_of", "Valencia", "Ningbo")),
    ("it", "Bologna è gemellata con la città di Wuxi dal 2001.", ("partner_of", "Bologna", "Wuxi")),
]


@pytest.mark.parametrize("language, text, relation", TWINNED)
def test_twinned_with_the_city_of(language, text, relation, extract):
    _, relations = extract(language, text)
    assert relation in relations


def test_other_verbs_with_the_city_of_are_no_twinning(extract):
    _, relations = extract("fr", "Grenoble a signé avec la ville de Suzhou un accord de coopération.")
    assert ("partner_of", "Grenoble", "Suzhou") not in relations
    _, relations = extract("it", "Il sindaco di Bologna è partito con la città di Wuxi nel cuore.")
    assert ("partner_of", "Bologna", "Wuxi") not in relations


# --- "en partenariat avec la société Y": partners, a kind noun before the bare name -----------

@pytest.mark.parametrize("language, text, relation", [
    ("fr", "Le CHU de Lille, en partenariat avec la société Medilor, a lancé un programme de télémédecine.",
     ("partner_of", "CHU de Lille", "Medilor")),
    ("fr", "Le CHU de Lille, en partenariat avec l'Hôpital Tongji, a lancé un programme de télémédecine.",
     ("partner_of", "CHU de Lille", "Hôpital Tongji")),
    ("es", "El Hospital Clínic, en colaboración con la empresa Biolatex, puso en marcha un programa de telemedicina.",
     ("partner_of", "Hospital Clínic", "Biolatex")),
    ("pt", "O Hospital de Braga, em parceria com a empresa Biosaúde, lançou um programa de telemedicina.",
     ("partner_of", "Hospital de Braga", "Biosaúde")),
])
def test_in_partnership_with_a_typed_name(language, text, relation, extract):
    _, relations = extract(language, text)
    assert relation in relations


@pytest.mark.parametrize("language, text", [
    ("fr", "Le CHU de Lille collabore avec plusieurs experts du CHU de Lyon."),
    ("fr", "Le CHU de Lille a signé un partenariat avec la société Medilor."),
])
def test_experts_of_a_body_or_a_signed_partnership_are_no_partners(language, text, extract):
    _, relations = extract(language, text)
    assert not any(r[0] == "partner_of" for r in relations)


# --- two partners that cooperated or will cooperate, a kind noun before the second ------------
# "La Universidad de Murcia y la empresa Medtek colaboraron en un proyecto"

COOPERATED = [
    ("es", "La Universidad de Murcia y la empresa Medtek colaborarán en un proyecto de telemedicina.",
     ("partner_of", "Universidad de Murcia", "Medtek")),
    ("es", "La Universidad de Murcia y la empresa Medtek colaboraron en un proyecto de telemedicina.",
     ("partner_of", "Universidad de Murcia", "Medtek")),
    ("pt", "A Universidade do Minho e a empresa Medisino colaboraram no desenvolvimento de um dispositivo.",
     ("partner_of", "Universidade do Minho", "Medisino")),
    ("it", "L'Università di Pavia e la società Biomedica hanno collaborato a un progetto.",
     ("partner_of", "Università di Pavia", "Biomedica")),
    ("fr", "Le CHU de Rennes et la société Medilor collaboreront sur un projet de télémédecine.",
     ("partner_of", "CHU de Rennes", "Medilor")),
]


@pytest.mark.parametrize("language, text, relation", COOPERATED)
def test_partners_that_cooperated_or_will(language, text, relation, extract):
    _, relations = extract(language, text)
    assert relation in relations


@pytest.mark.parametrize("language, text", [
    ("es", "La Universidad de Murcia y la empresa Medtek no colaboraron nunca."),
    ("es", "Los médicos de la Universidad de Murcia y de la empresa Medtek no colaboraron nunca."),
])
def test_partners_that_did_not_cooperate(language, text, extract):
    _, relations = extract(language, text)
    assert not any(r[0] == "partner_of" for r in relations)


def test_portuguese_irmanamento_is_a_twinning(extract):
    _, relations = extract("pt", "Joinville e Zibo assinaram um acordo de irmanamento entre as duas cidades.")
    assert ("partner_of", "Joinville", "Zibo") in relations or ("partner_of", "Zibo", "Joinville") in relations


def test_bodies_running_a_project_together_are_partners(extract):
    _, relations = extract("sv", "Vinnova stöder ett forskningsprojekt där Norrvik Diagnostics AB tillsammans med "
                                 "Lunds universitet och Skånes universitetssjukhus ska utveckla ett snabbtest.")
    for a, b in (("Norrvik Diagnostics AB", "Lunds universitet"), ("Norrvik Diagnostics AB", "Skånes universitetssjukhus"),
                 ("Lunds universitet", "Skånes universitetssjukhus")):
        assert ("partner_of", a, b) in relations or ("partner_of", b, a) in relations


def test_bodies_travelling_together_without_a_project_are_no_partners(extract):
    _, relations = extract("sv", "Norrvik Diagnostics AB tillsammans med Lunds universitet besökte Kina i maj.")
    assert not any(r[0] == "partner_of" for r in relations)


@pytest.mark.parametrize("language, text, a, b, c", [
    ("no", "Onsdag arrangerte Helse Molde, Molde kommune og Molde Kunnskapspark (MKP) et seminar om velferdsteknologi.",
     "Helse Molde", "Molde kommune", "Molde Kunnskapspark"),
    ("en", "On Wednesday, Kelso Hospital, Leeds City Council and Yorkshire Science Park organised a seminar on robotics.",
     "Kelso Hospital", "Leeds City Council", "Yorkshire Science Park"),
])
def test_three_co_organizers_of_a_meeting_are_partners(language, text, a, b, c, extract):
    _, relations = extract(language, text)
    pairs = {frozenset(r[1:]) for r in relations if r[0] == "partner_of"}
    assert {frozenset((a, b)), frozenset((a, c)), frozenset((b, c))} <= pairs


def test_a_host_with_guests_at_a_seminar_makes_no_partners(extract):
    _, relations = extract("en", "On Wednesday, Kelso Hospital hosted Anna Berg and Tom Li at a seminar.")
    assert not any(r[0] == "partner_of" for r in relations)


def test_bodies_that_do_a_piece_of_work_together_are_partners(extract):
    _, relations = extract("nl", "Het provinciale ontwikkelingsbedrijf POM Limburg begeleidde het dossier samen met "
                                 "Hasselt Medtech Cluster NV.")
    assert ("partner_of", "POM Limburg", "Hasselt Medtech Cluster NV") in relations \
        or ("partner_of", "Hasselt Medtech Cluster NV", "POM Limburg") in relations
