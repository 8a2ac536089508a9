"""The visit relation (visitor -> host): delegations received by a host, titled or not, a
delegation's origin or its leader as the visitor, inverted and verb-second word order,
passive visits, "got a visit from", official and working visits, travel verbs; and the
look-alikes (money, donations, prizes received); in English, Danish, Swedish, Norwegian,
Dutch, French, Spanish, Italian and Portuguese text.

Invented sentences in the style of machine-translated health-cooperation press releases;
each fix has a positive case and a look-alike that must stay as it was. The whole
extractor runs (entities, relations and events), as the command line does.
"""
from __future__ import annotations

import pytest


# --- visits hosted ("mottok en delegasjon fra") -----------------------------------------------

@pytest.mark.parametrize("language, text, visitor, host", [
    ("no", "Oslo universitetssykehus mottok en delegasjon fra Fudan University.", "Fudan University",
     "Oslo universitetssykehus"),
    ("da", "Aarhus Universitetshospital var vært for en delegation fra Zhejiang University.",
     "Zhejiang University", "Aarhus Universitetshospital"),
    ("sv", "Karolinska Institutet mottog en delegation från Fudan University.", "Fudan University",
     "Karolinska Institutet"),
    ("nl", "Het Erasmus MC ontvangt een delegatie van Fudan University.", "Fudan University", "Erasmus MC"),
])
def test_hosted_delegation_is_a_visit(language, text, visitor, host, extract):
    _, relations = extract(language, text)
    assert ("visit", visitor, host) in relations


def test_money_received_is_no_visit(extract):
    _, relations = extract("no", "Oslo universitetssykehus mottok pengene fra Helse Vest.")
    assert not any(r[0] == "visit" for r in relations)


# --- a delegation from a place that opens the sentence is the visitor -------------------------

@pytest.mark.parametrize("language, text, origin, host", [
    ("da", "En delegation fra Shenzhen aflagde besøg hos Aarhus Universitetshospital.", "Shenzhen",
     "Aarhus Universitetshospital"),
    ("nl", "Een delegatie uit Hefei bracht een bezoek aan het Catharina Ziekenhuis.", "Hefei", "Catharina Ziekenhuis"),
    ("no", "En delegasjon fra Hangzhou var på besøk ved Oslo universitetssykehus.", "Hangzhou",
     "Oslo universitetssykehus"),
    ("sv", "Delegationen från Chengdu besökte Sahlgrenska universitetssjukhuset.", "Chengdu",
     "Sahlgrenska universitetssjukhuset"),
])
def test_delegation_origin_is_visitor(language, text, origin, host, extract):
    _, relations = extract(language, text)
    assert ("visit", origin, host) in relations


def test_delegation_met_earlier_is_not_the_visitor(extract):
    _, relations = extract("da", "Efter mødet med en delegation fra Ningbo besøgte hun Kina.")
    assert not any(r[0] == "visit" and r[1] == "Ningbo" for r in relations)


def test_place_visitor_gives_way_to_a_named_leader(extract):
    _, relations = extract("no", "En delegasjon fra Hangzhou besøkte Oslo Science Park.\n\n"
                                 "En delegasjon fra Hangzhou, ledet av partisekretær Sun Wei, besøkte Oslo Science Park.")
    visits = {(r[1], r[2]) for r in relations if r[0] == "visit"}
    assert ("Sun Wei", "Oslo Science Park") in visits
    assert ("Hangzhou", "Oslo Science Park") not in visits


# --- a titled host before 'received a delegation from Y' --------------------------------------

@pytest.mark.parametrize("language, text, visitor, host", [
    ("nl", "Burgemeester Jeroen Dijsselbloem van Eindhoven ontving een delegatie uit Hefei.", "Hefei", "Eindhoven"),
    ("no", "Trondheim kommunes ordfører Rita Ottervik mottok en delegasjon fra Xi'an.", "Xi'an", "Trondheim kommune"),
    ("da", "Aarhus Kommunes borgmester Jacob Bundsgaard modtog en delegation fra Ningbo.", "Ningbo", "Aarhus Kommune"),
    ("nl", "De gemeente Eindhoven ontving een delegatie uit Hefei.", "Hefei", "Eindhoven"),
])
def test_mayor_or_municipality_receives_a_delegation(language, text, visitor, host, extract):
    _, relations = extract(language, text)
    assert ("visit", visitor, host) in relations


def test_delegation_led_by_a_person_is_the_persons_visit(extract):
    _, relations = extract("nl", "Het Erasmus MC ontving een delegatie uit Hefei onder leiding van Wang Wei.")
    assert ("visit", "Wang Wei", "Erasmus MC") in relations
    assert ("visit", "Hefei", "Erasmus MC") not in relations


# --- inverted word order, a delegation's origin right before its host -------------------------

@pytest.mark.parametrize("language, text, visitor, host", [
    ("da", "I går besøgte en delegation fra Shanghai Kommune Aarhus Universitetshospital.",
     "Shanghai Kommune", "Aarhus Universitetshospital"),
    ("da", "Mandag besøgte en delegation fra Zhejiang Provincial People's Hospital Aarhus Universitetshospital.",
     "Zhejiang Provincial People's Hospital", "Aarhus Universitetshospital"),
    ("no", "I går besøkte en delegasjon fra Fudan University Oslo universitetssykehus.",
     "Fudan University", "Oslo universitetssykehus"),
    ("sv", "I tisdags besökte en delegation från Wuhan University Karolinska Universitetssjukhuset.",
     "Wuhan University", "Karolinska Universitetssjukhuset"),
])
def test_inverted_visit_splits_origin_and_host(language, text, visitor, host, extract):
    entities, relations = extract(language, text)
    assert {visitor, host} <= {n for _t, n in entities}
    assert ("visit", visitor, host) in relations
    assert not any(r[0] == "part_of" for r in relations)


# --- the host of a delegation with its seat, or after its verb (verb-second) ------------------

@pytest.mark.parametrize("language, text, visitor, host", [
    ("nl", "Het Radboudumc in Nijmegen ontving een delegatie van Huaxin Group.", "Huaxin Group", "Radboudumc"),
    ("sv", "Akademiska sjukhuset i Uppsala tog emot en delegation från Huaxin Group.",
     "Huaxin Group", "Akademiska sjukhuset"),
    ("nl", "In Nijmegen ontving het Radboudumc een delegatie van Huaxin Group.", "Huaxin Group", "Radboudumc"),
    ("da", "I går modtog Rigshospitalet en delegation fra Huaxin Group.", "Huaxin Group", "Rigshospitalet"),
    ("da", "Den 5. maj modtog Odense Universitetshospital en delegation fra Suzhou.",
     "Suzhou", "Odense Universitetshospital"),
    ("no", "I april mottok Haukeland universitetssjukehus en delegasjon fra Huaxin Group.",
     "Huaxin Group", "Haukeland universitetssjukehus"),
])
def test_host_with_seat_or_after_verb(language, text, visitor, host, extract):
    _, relations = extract(language, text)
    assert ("visit", visitor, host) in relations
    assert not any(r[0] == "visit" and r[2] in ("Nijmegen", "Uppsala") for r in relations)


def test_host_after_verb_receiving_no_delegation_is_no_visit(extract):
    _, relations = extract("da", "I går modtog Rigshospitalet en donation fra Huaxin Group.")
    assert not any(r[0] == "visit" for r in relations)


# --- "X, director of Y, received a delegation from <place>": the place visits Y ---------------

@pytest.mark.parametrize("language, text, visitor, host", [
    ("sv", "Anna Berglund, vd för Norrvik Medical AB, tog emot en delegation från Shenzhen.",
     "Shenzhen", "Norrvik Medical AB"),
    ("da", "Mette Kjær, administrerende direktør for Nordlys Medico A/S, modtog en delegation fra Chengdu.",
     "Chengdu", "Nordlys Medico A/S"),
    ("nl", "Jan de Vries, algemeen directeur van Zorgtech Nederland B.V., ontving een delegatie uit Hangzhou.",
     "Hangzhou", "Zorgtech Nederland B.V."),
    ("no", "Kari Nordmann, administrerende direktør i Fjordhelse AS, tok imot en delegasjon fra Xiamen.",
     "Xiamen", "Fjordhelse AS"),
])
def test_titled_host_receives_delegation_from_place(language, text, visitor, host, extract):
    _, relations = extract(language, text)
    assert ("visit", visitor, host) in relations


def test_titled_host_receiving_a_donation_is_no_visit(extract):
    _, relations = extract("sv", "Anna Berglund, vd för Norrvik Medical AB, tog emot en donation från Shenzhen.")
    assert not any(r[0] == "visit" for r in relations)


# --- verb-second visits: "Under sitt besök i Sverige besökte Zhang Wei också Karolinska Institutet"

@pytest.mark.parametrize("language, text, person, host", [
    ("sv", "Under sitt besök i Sverige besökte Zhang Wei också Karolinska Institutet.",
     "Zhang Wei", "Karolinska Institutet"),
    ("da", "Under sit besøg i Danmark besøgte Li Qiang også Rigshospitalet.", "Li Qiang", "Rigshospitalet"),
    ("nl", "Vorige week bezocht Zhao Lei het Radboudumc.", "Zhao Lei", "Radboudumc"),
])
def test_verb_second_visit(language, text, person, host, extract):
    _, relations = extract(language, text)
    assert ("visit", person, host) in relations


def test_visited_person_with_title_is_no_visitor(extract):
    _, relations = extract("da", "Delegationen besøgte Li Qiang, direktør for Rigshospitalet.")
    assert not any(r[0] == "visit" and r[1] == "Li Qiang" for r in relations)


# --- a host that "got a visit from" a delegation: "X fikk besøk av en delegasjon fra Y" -------

@pytest.mark.parametrize("language, text, visitor, host", [
    ("no", "Oslo universitetssykehus fikk besøk av en delegasjon fra Shanghai.", "Shanghai", "Oslo universitetssykehus"),
    ("sv", "Sahlgrenska universitetssjukhuset fick besök av en delegation från Shanghai.",
     "Shanghai", "Sahlgrenska universitetssjukhuset"),
    ("da", "Aarhus Universitetshospital fik besøg af en delegation fra Suzhou Kommune.",
     "Suzhou Kommune", "Aarhus Universitetshospital"),
    ("nl", "Het Erasmus MC kreeg bezoek van een delegatie uit Shenzhen.", "Shenzhen", "Erasmus MC"),
])
def test_host_got_a_visit(language, text, visitor, host, extract):
    _, relations = extract(language, text)
    assert ("visit", visitor, host) in relations


@pytest.mark.parametrize("language, text", [
    ("no", "Oslo universitetssykehus fikk støtte av en gruppe fra Shanghai."),
])
def test_host_got_a_visit_lookalikes(language, text, extract):
    _, relations = extract(language, text)
    assert not any(r[0] == "visit" for r in relations)


# a host named with the body he heads receives a delegation: the body is visited
@pytest.mark.parametrize("language, text, visitor, host", [
    ("it", "Giovanni Verdi, direttore generale dell'Azienda Ospedaliera di Padova, ha ricevuto una "
           "delegazione dell'Università di Zhejiang.", "Università di Zhejiang", "Azienda Ospedaliera di Padova"),
    ("fr", "Mme Claire Martin, présidente de la Chambre de Commerce de Lyon, a reçu une délégation "
           "de l'Université Fudan.", "Université Fudan", "Chambre de Commerce de Lyon"),
])
def test_a_titled_host_receives_a_delegation(language, text, visitor, host, extract):
    _, links = extract(language, text)
    assert ("visit", visitor, host) in links


def test_a_titled_person_who_received_an_award_is_no_host(extract):
    _, links = extract("fr", "Mme Claire Martin, présidente de la Chambre de Commerce de Lyon, a reçu "
                             "le prix de l'Université Fudan.")
    assert not [r for r in links if r[0] == "visit"]


def test_italian_visit_to_a_body_after_a_contracted_article(extract):
    _, links = extract("it", "La delegazione dell'Università di Wuhan ha effettuato una visita all'Ospedale San Raffaele.")
    assert ("visit", "Università di Wuhan", "Ospedale San Raffaele") in links


# visits in the passive, by a delegation of a body, and a host receiving a visit
PASSIVE_VISITS = [
    ("fr", "L'Hôpital Necker a été visité par une délégation de l'Université de Fudan.",
     "Université de Fudan", "Hôpital Necker"),
    ("fr", "L'Université de Lyon a été visitée par Wang Lei.", "Wang Lei", "Université de Lyon"),
    ("fr", "L'Institut Pasteur a reçu la visite de Wang Lei, vice-maire de Suzhou.", "Wang Lei", "Institut Pasteur"),
    ("es", "El Hospital Clínic fue visitado por una delegación de la Universidad de Fudan.",
     "Universidad de Fudan", "Hospital Clínic"),
    ("es", "La Universidad de Sevilla fue visitada por Wang Lei.", "Wang Lei", "Universidad de Sevilla"),
    ("es", "El Hospital Clínic recibió la visita de Wang Lei.", "Wang Lei", "Hospital Clínic"),
    ("it", "L'Ospedale Niguarda è stato visitato da una delegazione dell'Università di Fudan.",
     "Università di Fudan", "Ospedale Niguarda"),
    ("it", "L'Università di Padova è stata visitata da Wang Lei.", "Wang Lei", "Università di Padova"),
    ("it", "L'Ospedale Niguarda ha ricevuto la visita di Wang Lei.", "Wang Lei", "Ospedale Niguarda"),
    ("pt", "O Hospital Albert Einstein foi visitado por uma delegação da Universidade de Fudan.",
     "Universidade de Fudan", "Hospital Albert Einstein"),
    ("pt", "A Universidade de São Paulo foi visitada por Wang Lei.", "Wang Lei", "Universidade de São Paulo"),
    ("pt", "O Hospital Albert Einstein recebeu a visita de Wang Lei.", "Wang Lei", "Hospital Albert Einstein"),
]


@pytest.mark.parametrize("language, text, visitor, host", PASSIVE_VISITS)
def test_passive_visits(language, text, visitor, host, extract):
    _, links = extract(language, text)
    assert ("visit", visitor, host) in links


def test_a_passive_signing_is_no_visit(extract):
    _, links = extract("fr", "L'accord a été signé par l'Hôpital Necker et l'Université de Fudan.")
    assert not [r for r in links if r[0] == "visit"]


# a kind of visit between the noun and the place
@pytest.mark.parametrize("language, text, host", [
    ("fr", "Wang Lei a effectué une visite officielle à l'Hôpital Necker.", "Hôpital Necker"),
    ("fr", "Wang Lei a fait une visite de travail à l'Hôpital Necker.", "Hôpital Necker"),
    ("es", "Wang Lei realizó una visita de trabajo al Hospital Clínic.", "Hospital Clínic"),
    ("it", "Wang Lei ha effettuato una visita ufficiale all'Ospedale Niguarda.", "Ospedale Niguarda"),
    ("pt", "Wang Lei efetuou uma visita de trabalho a Portugal.", "Portugal"),
])
def test_official_and_working_visits(language, text, host, extract):
    _, links = extract(language, text)
    assert ("visit", "Wang Lei", host) in links


# --- a host named by title and body before the name receives a delegation ---------------------
# "Le maire de Grenoble, Pierre Lambert, a reçu une délégation de Y": Y visits Grenoble

TITLED_HOSTS = [
    ("fr", "Le maire de Grenoble, Pierre Lambert, a reçu une délégation de l'Hôpital universitaire de Wuhan.",
     ("visit", "Hôpital universitaire de Wuhan", "Grenoble")),
    ("fr", "Le maire de Grenoble Pierre Lambert a reçu une délégation de l'Hôpital universitaire de Wuhan.",
     ("visit", "Hôpital universitaire de Wuhan", "Grenoble")),
    ("es", "El alcalde de Valencia, Jorge Martínez, recibió a una delegación del Hospital Popular de Shenzhen.",
     ("visit", "Hospital Popular de Shenzhen", "Valencia")),
    ("it", "Il sindaco di Bologna, Luca Bianchi, ha ricevuto una delegazione dell'Ospedale del Popolo di Hangzhou.",
     ("visit", "Ospedale del Popolo di Hangzhou", "Bologna")),
    ("fr", "Le directeur de l'Hôpital Saint-Louis, Marc Petit, a reçu une délégation de Shanghai.",
     ("visit", "Shanghai", "Hôpital Saint-Louis")),
    ("en", "The mayor of Leeds, John Smith, received a delegation from Wuhan Central Hospital.",
     ("visit", "Wuhan Central Hospital", "Leeds")),
]


@pytest.mark.parametrize("language, text, relation", TITLED_HOSTS)
def test_titled_host_receives_a_delegation(language, text, relation, extract):
    _, relations = extract(language, text)
    assert relation in relations


@pytest.mark.parametrize("language, text", [
    ("es", "El alcalde de Valencia, Jorge Martínez, recibió una carta del Hospital Popular de Shenzhen."),
    ("fr", "Le maire de Grenoble, Pierre Lambert, a reçu le prix de l'Hôpital universitaire de Wuhan."),
])
def test_titled_host_without_a_delegation_is_no_visit(language, text, extract):
    _, relations = extract(language, text)
    assert not any(r[0] == "visit" for r in relations)


# --- a host receives, after a date, a delegation with an adjective, led by a person -----------

HOSTED_LATER = [
    ("fr", "Le CHU de Nantes a accueilli le 12 avril une délégation chinoise conduite par Li Wei, "
           "directeur de l'Hôpital du Peuple de Chengdu.", ("visit", "Li Wei", "CHU de Nantes")),
    ("es", "El Hospital La Fe recibió el pasado lunes a una delegación china encabezada por Wang Lei.",
     ("visit", "Wang Lei", "Hospital La Fe")),
    ("it", "L'Ospedale Careggi ha accolto ieri una delegazione cinese guidata da Zhang Wei.",
     ("visit", "Zhang Wei", "Ospedale Careggi")),
]


@pytest.mark.parametrize("language, text, relation", HOSTED_LATER)
def test_host_receives_a_delegation_after_a_date(language, text, relation, extract):
    _, relations = extract(language, text)
    assert relation in relations


@pytest.mark.parametrize("language, text", [
    ("fr", "Le CHU de Nantes a reçu le 12 avril le prix de la délégation régionale de Bretagne."),
    ("fr", "Le CHU de Nantes a reçu le 12 avril une délégation chinoise en présence de Li Wei."),
])
def test_received_without_a_visiting_party(language, text, extract):
    _, relations = extract(language, text)
    assert not any(r[0] == "visit" for r in relations)


# --- a delegation from a place to a body: the place visits ------------------------------------

@pytest.mark.parametrize("language, text, relation", [
    ("es", "La visita de la delegación de Shenzhen al Hospital La Fe tuvo lugar el 3 de mayo.",
     ("visit", "Shenzhen", "Hospital La Fe")),
    ("en", "The visit of a delegation from Shenzhen to Leeds General Hospital took place on 3 May.",
     ("visit", "Shenzhen", "Leeds General Hospital")),
])
def test_delegation_from_a_place_to_a_body(language, text, relation, extract):
    _, relations = extract(language, text)
    assert relation in relations


def test_delegation_of_a_place_without_a_destination(extract):
    _, relations = extract("fr", "La délégation de Shenzhen comptait vingt médecins de l'Hôpital Renji.")
    assert not any(r[0] == "visit" for r in relations)


# --- Portuguese travel verbs ------------------------------------------------------------------

@pytest.mark.parametrize("text, relation", [
    ("Uma delegação da empresa Biosaúde deslocou-se a Xangai.", ("visit", "Biosaúde", "Xangai")),
    ("Os médicos do Hospital da Luz viajaram para Macau.", ("visit", "Hospital da Luz", "Macau")),
])
def test_portuguese_travel_verbs(text, relation, extract):
    _, relations = extract("pt", text)
    assert relation in relations


def test_being_at_the_origin_is_no_visit(extract):
    _, relations = extract("pt", "A empresa Biosaúde esteve na origem do projeto do Hospital da Luz.")
    assert not any(r[0] == "visit" for r in relations)


@pytest.mark.parametrize("language, text, relation", [
    ("pt", "A cerimónia decorreu em Braga, durante a visita de uma delegação de Zibo chefiada pelo vice-presidente.",
     ("visit", "Zibo", "Braga")),
    ("en", "The ceremony took place in Galway, during the visit of a delegation from Zibo.", ("visit", "Zibo", "Galway")),
    ("nl", "Op 12 april bracht de delegatie uit Zibo een bezoek aan het Veenland Ziekenhuis in Zwolle.",
     ("visit", "Zibo", "Veenland Ziekenhuis")),
    ("es", "La delegación de Zibo realizó una visita al Hospital Clínico de Huesca.", ("visit", "Zibo", "Hospital Clínico de Huesca")),
])
def test_visit_of_a_delegation_from_a_place(language, text, relation, extract):
    _, relations = extract(language, text)
    assert relation in relations


def test_where_something_took_place_without_a_delegation_is_no_visit(extract):
    _, relations = extract("en", "The ceremony took place in Galway, during the visit season.")
    assert not any(t == "visit" for t, _s, _o in relations)


def test_an_escort_of_the_delegation_is_no_visitor_and_a_based_body_is_the_one_visited(extract):
    _, relations = extract("en", "On May 3, a delegation of Limburg Province, headed by Ms. Els Claes, deputy of the "
                                 "Province of Limburg, came to the Kunming People's Hospital. The next day, accompanied by "
                                 "Zhao Lin, vice mayor of Kunming, the delegation visited the Kunming-based Yunnan "
                                 "Baishan Optics Co., Ltd.")
    assert ("visit", "Els Claes", "Yunnan Baishan Optics Co., Ltd.") in relations
    assert not any(r[0] == "visit" and r[1] == "Zhao Lin" for r in relations)


@pytest.mark.parametrize("language, text, leader", [
    ("no", "Delegasjonen ble ledet av visepresident Ma Lin. Sykehuset signerte avtalen. En gruppe sykepleiere "
           "fra Molde skal reise til Kunming våren 2027.", "Ma Lin"),
    ("it", "Una delegazione guidata dalla vicegovernatrice Hu Yan ha visitato Trento. Nel 2027 una delegazione "
           "trentina dovrebbe ricambiare la visita a Kunming.", "Hu Yan"),
])
def test_a_delegation_named_with_an_indefinite_article_is_not_the_earlier_one(language, text, leader, extract):
    _, relations = extract(language, text)
    assert ("visit", leader, "Kunming") not in relations


def test_the_delegation_named_again_is_still_the_earlier_leaders(extract):
    _, relations = extract("pt", "Pelo lado chinês, assinou o presidente da Ruikang, Wang Lei, que chefiou uma delegação "
                                 "ao Brasil. No dia seguinte, a delegação visitou a Universidade Estadual de Campinas.")
    assert ("visit", "Wang Lei", "Universidade Estadual de Campinas") in relations
