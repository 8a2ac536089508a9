"""The agreement relation and Agreement events: signing verbs in more tenses and nouns
("convenant", "pacte", "accord-cadre"), renewed agreements, agreed partnerships, a city
named as a party, the parties (no venue, no parent in apposition), a headline restating
the text's agreement; in English, German, Danish, Swedish, Norwegian, Dutch, French,
Spanish, Italian and Portuguese text.

Invented sentences in the style of machine-translated health-cooperation press releases;
each fix has a positive case and a look-alike that must stay as it was. The whole
extractor runs (entities, relations and events), as the command line does.
"""
from __future__ import annotations

import pytest

from healthkg.loaders.document import Document
from healthkg.loaders.extraction import extract_document


# --- a headline without the legal form restates the text's agreement --------------------------

def test_headline_without_legal_form_restates_event(extraction):
    text = ("Orvane Diagnostics signs licence agreement with Chinese partner\n\n"
            "Orvane Diagnostics Ltd signed a licence agreement with Kelso Hospital on 2 May 2024.")
    result = extraction(text, "en", "2024-05-04")
    agreements = [e for e in result.events if e.type == "Agreement"]
    assert len(agreements) == 1


def test_headline_of_another_body_keeps_its_event(extraction):
    text = ("Brightwater Hospital signs agreement with Chinese partner\n\n"
            "Orvane Diagnostics Ltd signed a licence agreement with Kelso Hospital on 2 May 2024.")
    result = extraction(text, "en", "2024-05-04")
    agreements = [e for e in result.events if e.type == "Agreement"]
    assert len(agreements) == 2


# --- a city named as a party by its city word ("with the city of Wuhan", "der Stadt Wuhan") ---

@pytest.mark.parametrize("language, text, company", [
    ("en", "A memorandum was signed between Orvane Diagnostics Ltd and the city of Wuhan.",
     "Orvane Diagnostics Ltd"),
    ("en", "Orvane Diagnostics Ltd signed a memorandum with the city of Wuhan.", "Orvane Diagnostics Ltd"),
    ("de", "Im Rahmen des Besuchs wurde eine Absichtserklärung zwischen der Orvane Medical GmbH und der "
           "Stadt Wuhan unterzeichnet.", "Orvane Medical GmbH"),
    ("de", "Die Orvane Medical GmbH unterzeichnete eine Absichtserklärung mit der Stadt Wuhan.",
     "Orvane Medical GmbH"),
])
def test_city_word_names_a_city_as_party(language, text, company, extract):
    _, relations = extract(language, text)
    assert ("agreement", company, "Wuhan") in relations or ("agreement", "Wuhan", company) in relations


def test_signing_in_a_city_makes_it_no_party(extract):
    _, relations = extract("en", "Orvane Diagnostics Ltd signed a memorandum with Kelso Hospital "
                                 "in the city of Wuhan.")
    assert ("agreement", "Orvane Diagnostics Ltd", "Kelso Hospital") in relations
    assert not any(rel == "agreement" and "Wuhan" in (s, o) for rel, s, o in relations)


# --- German "vereinbarten eine Partnerschaft", "eine Partnerschaft eingegangen": an agreement -

@pytest.mark.parametrize("text, other", [
    ("Die Orvane Medical GmbH und das Kelso Hospital vereinbarten eine strategische Partnerschaft.",
     "Kelso Hospital"),
    ("Die Orvane Medical GmbH ist mit dem Klinikum Tarnow eine strategische Partnerschaft eingegangen.",
     "Klinikum Tarnow"),
])
def test_agreed_partnership_is_an_agreement(text, other, extract):
    _, relations = extract("de", text)
    assert ("agreement", "Orvane Medical GmbH", other) in relations


@pytest.mark.parametrize("text", [
    "Die Orvane Medical GmbH und das Klinikum Tarnow vereinbarten ein weiteres Treffen im Herbst.",
    "Die Orvane Medical GmbH hat mit dem Klinikum Tarnow vereinbart, die Zusammenarbeit fortzusetzen.",
])
def test_agreeing_without_an_agreement_noun_is_none(text, extraction):
    result = extraction(text, "de", "2024-06-01")
    assert not any(e.type == "Agreement" for e in result.events)


# --- agreement verbs in more tenses, definite agreement nouns, Dutch 'convenant' --------------

@pytest.mark.parametrize("language, text, a, b", [
    ("nl", "Het Erasmus MC sloot op 12 mei 2023 een convenant met Fudan University.", "Erasmus MC", "Fudan University"),
    ("nl", "Het Erasmus MC en Fudan University hebben een partnerschap aangegaan.", "Erasmus MC", "Fudan University"),
    ("sv", "Lunds universitet tecknar samarbetsavtalet med Fudan University.", "Lunds universitet", "Fudan University"),
    ("no", "Oslo universitetssykehus inngår et partnerskap med Fudan University.", "Oslo universitetssykehus",
     "Fudan University"),
    ("da", "Aarhus Universitetshospital signerede kontrakten med Fudan University.", "Aarhus Universitetshospital",
     "Fudan University"),
])
def test_agreement_tenses_and_nouns(language, text, a, b, extract):
    _, relations = extract(language, text)
    assert ("agreement", a, b) in relations or ("agreement", b, a) in relations


def test_closing_a_meeting_is_no_agreement(extract):
    _, relations = extract("nl", "De directeur van het Erasmus MC sloot de vergadering af met Fudan University.")
    assert not any(r[0] == "agreement" for r in relations)


# more signing verbs and framework agreements
@pytest.mark.parametrize("language, text, a, b", [
    ("fr", "La société Medivision a noué un partenariat avec l'Hôpital Ruijin.", "Medivision", "Hôpital Ruijin"),
    ("fr", "Le groupe Sanofi et l'Université Tsinghua ont paraphé un accord-cadre le 3 octobre 2022.",
     "Sanofi", "Université Tsinghua"),
    ("it", "L'azienda Menarini e l'Ospedale Niguarda hanno stretto un accordo.", "Menarini", "Ospedale Niguarda"),
    ("pt", "A empresa Biomm e o Hospital Sírio-Libanês fecharam um acordo-quadro.", "Biomm", "Hospital Sírio-Libanês"),
    ("es", "La empresa Grifols y el Hospital Clínic rubricaron un protocolo de colaboración.", "Grifols", "Hospital Clínic"),
])
def test_more_signing_verbs(language, text, a, b, extract):
    _, links = extract(language, text)
    assert ("agreement", a, b) in links or ("agreement", b, a) in links


def test_a_signing_verb_without_an_agreement_is_none():
    out = extract_document(Document(id="t", source="t", text="L'azienda Menarini ha stretto la mano al sindaco.",
                                    language="it")).to_contract()
    assert not out["events"] and not out["relations"]


def agreements(relations: set) -> set:
    """The agreement relations among ``extract``'s relations as ``{frozenset of the two names}``."""
    return {frozenset((s, o)) for t, s, o in relations if t == "agreement"}


# the parties of an agreement: a kind noun after 'with', no venue, no parent in apposition
@pytest.mark.parametrize("language, text, pairs", [
    ("es", "La empresa Rovi firmó un acuerdo con la compañía Sinopharm en la sede del Ministerio de Sanidad.",
     {frozenset(("Rovi", "Sinopharm"))}),
    ("fr", "L'Hôpital Necker a signé un accord avec la société chinoise Mindray au siège de l'Université Paris Cité.",
     {frozenset(("Hôpital Necker", "Mindray"))}),
    ("es", "El Hospital Clínic y la Universidad de Fudan firmaron un acuerdo en presencia del Ministerio de Sanidad.",
     {frozenset(("Hospital Clínic", "Universidad de Fudan"))}),
    ("fr", "La société Medivision et l'Hôpital Ruijin, affilié à l'Université Jiao Tong de Shanghai, "
           "ont signé un accord.", {frozenset(("Medivision", "Hôpital Ruijin"))}),
    ("it", "L'Ospedale Niguarda ha firmato un accordo con l'azienda cinese Mindray presso la sede della "
           "Regione Lombardia.", {frozenset(("Ospedale Niguarda", "Mindray"))}),
    ("pt", "O Hospital Albert Einstein assinou um acordo com a empresa chinesa Mindray na sede do "
           "Ministério da Saúde.", {frozenset(("Hospital Albert Einstein", "Mindray"))}),
])
def test_agreement_parties(language, text, pairs, extract):
    assert agreements(extract(language, text)[1]) == pairs


def test_a_body_after_a_preposition_that_opens_the_sentence_stays_a_party(extract):
    # 'Under' opens the sentence: no apposition of a parent
    found = agreements(extract("en", "Under the visit, Ruijin Hospital and Fudan University signed an agreement.")[1])
    assert found == {frozenset(("Ruijin Hospital", "Fudan University"))}


# --- a renewed agreement ----------------------------------------------------------------------

@pytest.mark.parametrize("language, text, relation", [
    ("es", "El Hospital La Fe de Valencia y el Hospital Popular de Shenzhen renovaron su acuerdo de colaboración.",
     ("agreement", "Hospital La Fe de Valencia", "Hospital Popular de Shenzhen")),
    ("pt", "O Hospital de Braga e a Universidade do Minho renovaram o protocolo de colaboração.",
     ("agreement", "Hospital de Braga", "Universidade do Minho")),
    ("it", "L'Ospedale Niguarda e la società Medifarm hanno rinnovato l'accordo di collaborazione.",
     ("agreement", "Ospedale Niguarda", "Medifarm")),
    ("fr", "Le CHU de Lille et la société Medilor ont renouvelé leur accord de partenariat.",
     ("agreement", "CHU de Lille", "Medilor")),
])
def test_renewed_agreement(language, text, relation, extract):
    _, relations = extract(language, text)
    assert relation in relations


def test_renewed_premises_are_no_agreement(extraction):
    events = extraction("El Hospital Ruber renovó sus instalaciones con la empresa Biolatex.", "es").events
    assert not any(e.type == "Agreement" for e in events)


# --- pacts and twinnings are agreements -------------------------------------------------------

@pytest.mark.parametrize("language, text, relation", [
    ("it", "Il Comune di Bergamo e l'Ospedale Papa Giovanni XXIII hanno firmato un patto per la salute.",
     ("agreement", "Comune di Bergamo", "Ospedale Papa Giovanni XXIII")),
    ("es", "El Ayuntamiento de Sevilla y el Hospital Virgen del Rocío firmaron un pacto por la salud.",
     ("agreement", "Ayuntamiento de Sevilla", "Hospital Virgen del Rocío")),
])
def test_pact_is_an_agreement(language, text, relation, extract):
    _, relations = extract(language, text)
    assert relation in relations


def test_twinning_without_a_verb_of_signing_is_no_agreement(extraction):
    events = extraction("Bergamo celebra vent'anni di gemellaggio con Suzhou.", "it").events
    assert not any(e.type == "Agreement" for e in events)


# --- a sentence that denies the signing makes no agreement --------------------------------------

@pytest.mark.parametrize("language, text", [
    ("en", "No agreement was signed between Tarnby University Hospital and Dalian Medical University."),
    ("no", "Ingen avtale ble undertegnet mellom Telemark sykehus og Qingdao Medical University."),
    ("de", "Einen Vertrag haben die Charité und das Wuhan Union Hospital noch nicht unterzeichnet."),
    ("es", "No se firmó ningún acuerdo entre el Hospital Clínic y el Hospital de Wuhan."),
])
def test_denied_signing_is_no_agreement(language, text, extract):
    _, relations = extract(language, text)
    assert not any(kind == "agreement" for kind, _a, _b in relations)


def test_signing_beside_no_denial_is_an_agreement(extract):
    _, relations = extract("no", "Fredag undertegnet Telemark sykehus en avtale med Qingdao Medical University.")
    assert ("agreement", "Telemark sykehus", "Qingdao Medical University") in relations


@pytest.mark.parametrize("language, text, a, b", [
    ("da", "Torsdag underskrev borgmester Lise Holm og viceborgmester Gao Ming en venskabsbyaftale "
           "mellem Vejle Kommune og Baotou.", "Vejle Kommune", "Baotou"),
    ("de", "Am Freitag unterzeichneten beide Bürgermeister eine Absichtserklärung über eine "
           "Städtepartnerschaft zwischen Ingolstadt und Zibo.", "Ingolstadt", "Zibo"),
    ("nl", "Gisteren tekenden de burgemeesters een intentieverklaring tussen Zwolle en Tangshan.", "Zwolle", "Tangshan"),
])
def test_places_named_between_after_the_agreement_are_its_parties(language, text, a, b, extract):
    _, relations = extract(language, text)
    agreements = {r for r in relations if r[0] == "agreement"}
    assert agreements == {("agreement", a, b)}


def test_continents_named_between_are_no_parties(extract):
    _, relations = extract("en", "Orvane Ltd and Lintel GmbH signed an agreement on ties between Europe and Asia.")
    assert {r for r in relations if r[0] == "agreement"} == {("agreement", "Orvane Ltd", "Lintel GmbH")}


def test_countries_named_between_are_no_parties(extract):
    _, relations = extract("de", "Die Orvane GmbH und die Lintel AG unterzeichneten einen Vertrag zur "
                                 "Stärkung der Beziehungen zwischen Deutschland und China.")
    assert {r for r in relations if r[0] == "agreement"} == {("agreement", "Orvane GmbH", "Lintel AG")}


@pytest.mark.parametrize("language, text, pair", [
    ("pt", "O prefeito de Joinville, Carlos Mendes, e o vice-prefeito de Zibo, Gao Ming, assinaram o acordo de "
           "irmanamento entre as duas cidades.", ("Joinville", "Zibo")),
    ("en", "The mayor of Galway, Ellen Ward, and the vice mayor of Zibo, Gao Ming, signed the agreement.", ("Galway", "Zibo")),
])
def test_mayors_sign_for_their_cities(language, text, pair, extract):
    _, relations = extract(language, text)
    assert {r for r in relations if r[0] == "agreement"} == {("agreement", *pair)}


def test_body_in_a_comma_aside_is_where_the_signing_took_place(extract):
    _, relations = extract("pt", "A Prefeitura de Joinville e a empresa Lintel Ltda. assinaram, no Centro Administrativo "
                                 "Municipal, o memorando de entendimento.")
    assert {r for r in relations if r[0] == "agreement"} == {("agreement", "Prefeitura de Joinville", "Lintel Ltda.")}


def test_director_signing_for_a_hospital_still_stands_for_it(extract):
    _, relations = extract("en", "The director of Lindholm Hospital, Anna Berg, and the CEO of Orvane Ltd, Gao Ming, "
                                 "signed the agreement.")
    assert {r for r in relations if r[0] == "agreement"} == {("agreement", "Lindholm Hospital", "Orvane Ltd")}


def test_a_delegation_that_watches_a_signing_is_no_party(extract):
    _, relations = extract("sv", "Avtalet undertecknades av Norrbacka Medical AB och Ekdal AB i närvaro av en delegation "
                                 "från Harbins stadsregering ledd av borgmästare Li Wei.")
    assert ("agreement", "Norrbacka Medical AB", "Ekdal AB") in relations
    assert not any(r[0] == "agreement" and "Harbins stadsregering" in r[1:] for r in relations)


def test_a_department_where_an_agreement_will_be_carried_out_is_no_party(extract):
    _, relations = extract("pt", "A Unidade Local de Saúde de Braga e a Lindel Lda. assinaram um memorando para a "
                                 "realização de ensaios no Serviço de Neurologia da ULS.")
    assert ("agreement", "Unidade Local de Saúde de Braga", "Lindel Lda.") in relations
    assert not any(r[0] == "agreement" and "Serviço de Neurologia" in r[1:] for r in relations)


def test_agreement_with_a_company_named_after_its_town_compound(extract):
    _, relations = extract("no", "Lindel AS signerte en avtale med Bodø-selskapet Nordlys Diagnostikk AS i går.")
    assert ("agreement", "Lindel AS", "Nordlys Diagnostikk AS") in relations
    assert not any(r[0] == "agreement" and "Bodø" in r[1:] for r in relations)


def test_a_department_signing_beside_its_hospital_is_no_second_party(extract):
    _, relations = extract("nl", "Lindel B.V. tekende een MoU met het Isala Ziekenhuis. Het MoU werd getekend door "
                                 "Anna Berg, CEO van Lindel B.V., en prof. Jan de Vries, hoofd van de afdeling "
                                 "Cardiologie van het Isala Ziekenhuis.")
    agreements = {frozenset((a, b)) for kind, a, b in relations if kind == "agreement"}
    assert frozenset(("Lindel B.V.", "Isala Ziekenhuis")) in agreements
    assert not any("afdeling Cardiologie" in pair for pair in agreements)


def test_a_german_contract_concluded_with_the_separable_schloss_ab(extract):
    _, relations = extract("de", "Am Dienstag schloss die in Ulm ansässige Nelvia Pharma AG mit der Hebei Lantai Medical "
                                 "Co., Ltd. einen Vertriebsvertrag über 2,5 Mio. Euro ab.")
    assert ("agreement", "Nelvia Pharma AG", "Hebei Lantai Medical Co., Ltd.") in relations


def test_a_joint_company_founded_by_the_agreement_is_no_party(extract):
    _, relations = extract("da", "Lindholm Medico A/S meddeler, at selskabet i går har underskrevet en aftale med den "
                                 "kinesiske producent Hebei Lantai Medical Co., Ltd. (\"Lantai\") om at etablere et fælles "
                                 "selskab, Lantai Lindholm Medical (Tianjin) Co., Ltd., med hjemsted i Tianjin.")
    assert ("agreement", "Lindholm Medico A/S", "Hebei Lantai Medical Co., Ltd.") in relations
    assert not any(r[0] == "agreement" and "Lantai Lindholm Medical (Tianjin) Co., Ltd." in r[1:] for r in relations)
    assert ("located_in", "Lantai Lindholm Medical (Tianjin) Co., Ltd.", "Tianjin") in relations


def test_a_company_brand_before_medico_is_its_short_name(extract):
    _, relations = extract("da", "Lindholm Medico A/S har underskrevet en aftale. Aftalen blev underskrevet torsdag af "
                                 "Lindholms administrerende direktør Morten Holm.")
    assert ("role", "Morten Holm", "Lindholm Medico A/S") in relations
