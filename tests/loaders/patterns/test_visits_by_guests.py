"""A delegation named again as the visitors or guests in a later sentence ("The visitors
toured X", "Gjestene fikk omvisning ved X"), a stay as a visit ("a séjourné à X"), and a
guided tour as a visit, in the ten languages.

Invented sentences in the style of machine-translated health-cooperation press releases;
each fix has a positive case and a look-alike that must stay as it was.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("language, text, relation", [
    ("en", "A delegation of the Ningde Municipal Health Commission, headed by its director Wu Bing, arrived on Monday. "
           "The visitors toured Kelso University Hospital.", ("visit", "Wu Bing", "Kelso University Hospital")),
    ("no", "Delegasjonen ble ledet av ordfører Wu Bing fra Ningde. Gjestene fikk omvisning ved Fjordvik sykehus.",
     ("visit", "Wu Bing", "Fjordvik sykehus")),
    ("sv", "Delegationen leddes av borgmästare Wu Bing. Gästerna besökte sedan Ekdala sjukhus.",
     ("visit", "Wu Bing", "Ekdala sjukhus")),
    ("fr", "Une délégation de la ville de Ningde, conduite par M. Wu Bing, a séjourné à Montauban du 2 au 4 juin.",
     ("visit", "Wu Bing", "Montauban")),
])
def test_visitors_named_again_or_staying(language, text, relation, extract):
    _, relations = extract(language, text)
    assert relation in relations


@pytest.mark.parametrize("language, text, relation", [
    ("fr", "La délégation chinoise, conduite par M. Wu Bing, séjourne au Portugal du 2 au 6 novembre.",
     ("visit", "Wu Bing", "Portugal")),
    ("es", "El alcalde Wu Bing encabeza una delegación que se encuentra en Valdivia entre el 12 y el 16 de julio.",
     ("visit", "Wu Bing", "Valdivia")),
    ("en", "The delegation led by Wu Bing stayed in Dundee from 3 to 5 May.", ("visit", "Wu Bing", "Dundee")),
    ("de", "Die Delegation unter Leitung von Wu Bing weilte in Kassel, vom 3. bis 5. Mai.", ("visit", "Wu Bing", "Kassel")),
    ("sv", "Delegationen, som leddes av Wu Bing, vistades i Umeå den 3–5 maj.", ("visit", "Wu Bing", "Umeå")),
])
def test_a_delegation_staying_in_a_place_visits_it(language, text, relation, extract):
    _, relations = extract(language, text)
    assert relation in relations


@pytest.mark.parametrize("language, text", [
    ("es", "El hospital se encuentra en Valdivia y fue fundado en 1950."),
    ("en", "Kelso Medical stayed in Dundee after the merger."),
])
def test_a_body_staying_somewhere_without_a_delegation_is_no_visit(language, text, extract):
    _, relations = extract(language, text)
    assert not any(kind == "visit" for kind, *_ in relations)


def test_guests_of_a_host_without_a_delegation_visit_nobody(extract):
    _, relations = extract("en", "Kelso University Hospital thanked its guests for the dinner.")
    assert not any(kind == "visit" for kind, *_ in relations)


@pytest.mark.parametrize("language, text, pair", [
    ("da", "Ningbo-delegation i Odense: robotter og ny aftale\n\nEn delegation fra Ningbo har været i byen.", ("Ningbo", "Odense")),
    ("no", "Xiamen-delegasjon i Bergen: intensjonsavtale om helse\n\nDelegasjonen kom mandag.", ("Xiamen", "Bergen")),
    ("es", "Delegación de Changsha en Córdoba: convenio hospitalario\n\nLa delegación llegó el lunes.", ("Changsha", "Córdoba")),
])
def test_headline_delegation_of_a_place_in_another(language, text, pair, extract):
    _, relations = extract(language, text)
    assert ("visit", *pair) in relations


def test_delegation_compound_inside_a_sentence_is_no_headline(extract):
    _, relations = extract("da", "Vi talte med Ningbo-delegationen om Odense i går, sagde borgmesteren.")
    assert ("visit", "Ningbo", "Odense") not in relations


# --- a leader's trip with words before the delegation, a host's body, the delegation as subject

@pytest.mark.parametrize("language, text, visits", [
    ("fr", "Mme Bai Shulan, vice-gouverneure, avait conduit en octobre une délégation à Berne et à Lausanne.",
     {("Bai Shulan", "Berne"), ("Bai Shulan", "Lausanne")}),
    ("en", "Li Wei, who led in May a delegation of ten firms to Leeds and Manchester, spoke.",
     {("Li Wei", "Leeds"), ("Li Wei", "Manchester")}),
])
def test_leader_of_a_delegation_with_words_before_it(language, text, visits, extract):
    _, relations = extract(language, text)
    assert visits <= {(r[1], r[2]) for r in relations if r[0] == "visit"}


@pytest.mark.parametrize("language, text, visit", [
    ("no", "Universitetet i Harbin (HMU) signerte avtalen. Fredag ble HMU-delegasjonen tatt imot av ordfører "
           "Kari Lund i Bodø kommune.", ("Universitetet i Harbin", "Bodø kommune")),
    ("en", "The delegation of Harbin Medical University was received by Mayor John Smith of Leeds.",
     ("Harbin Medical University", "Leeds")),
])
def test_delegation_received_by_a_titled_host_of_a_body(language, text, visit, extract):
    _, relations = extract(language, text)
    assert ("visit", *visit) in relations


def test_host_named_after_the_visit_is_no_visitor(extract):
    text = ("A missão pernambucana visitou a sede do grupo Kunming Lanshan Pharmaceutical Group Co., Ltd., "
            "onde foi recebida pelo presidente do conselho, Yang Xuefeng.")
    _, relations = extract("pt", text)
    assert not any(r[0] == "visit" and r[1] == "Yang Xuefeng" for r in relations)


@pytest.mark.parametrize("language, text, visitor, place", [
    ("de", "Am Dienstag war eine Delegation unter der Leitung von Wang Tao, Vorstand von Hebei Kanglin "
           "Pharmaceutical Co., Ltd., in Kiel zu Gast.", "Wang Tao", "Kiel"),
    ("da", "En delegation fra Harbin var i sidste uge i Odense på besøg.", "Harbin", "Odense"),
    ("nl", "Een delegatie uit Wuhan was vorige week in Utrecht op werkbezoek.", "Wuhan", "Utrecht"),
])
def test_a_delegation_that_is_a_guest_in_a_place_visits_it(language, text, visitor, place, extract):
    _, relations = extract(language, text)
    assert ("visit", visitor, place) in relations


def test_a_delegation_at_home_is_no_guest(extract):
    _, relations = extract("de", "Die Delegation aus Kiel hatte in Harbin Gäste aus Wuhan.")
    assert not any(r[0] == "visit" and r[2] == "Harbin" for r in relations)


@pytest.mark.parametrize("language, text, leader, place", [
    ("nl", "Ook aanwezig was Lou Wen, adjunct-directeur van de Gezondheidscommissie van Hebei, die de Chinese "
           "delegatie leidde. Dinsdag bracht de delegatie een bezoek aan het Maasziekenhuis.", "Lou Wen",
     "Maasziekenhuis"),
    ("en", "Also present was Lou Wen, deputy director of the Hebei Health Commission, who led the Chinese "
           "delegation. On Tuesday the delegation visited Norfolk General Hospital.", "Lou Wen",
     "Norfolk General Hospital"),
])
def test_a_leader_named_in_a_relative_clause_is_the_visitor_later(language, text, leader, place, extract):
    _, relations = extract(language, text)
    assert ("visit", leader, place) in relations


def test_a_delegation_s_visit_is_stated_once_for_its_leader(extract):
    _, relations = extract("en", "A delegation of the Hebei Provincial Health Commission headed by Ms. Du Lan, "
                                 "Director of the Hebei Provincial Health Commission, paid a visit to Norfolk "
                                 "General Hospital.")
    visits = {r for r in relations if r[0] == "visit"}
    assert visits == {("visit", "Du Lan", "Norfolk General Hospital")}
