"""Visits to several bodies, a delegation that "was at" a body, the day a weekday names inside a
stretch the text told of, "am gestrigen Mittwoch", an amount a later sentence says a body pays, one
agreement told twice, titles with a capitalised portfolio or a physician's field, and names
(Welsh "ap", an English article quoted in another language).

Invented sentences in the style of machine-translated health-cooperation press releases; each
fix has a positive case and a look-alike that must stay as it was. The whole extractor runs.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("language, text, visitor, hosts", [
    ("nl", "Op dinsdag bracht een delegatie van Lanmei onder leiding van Wu Jian een bezoek aan Noordkant Diagnostics "
           "op de Campus Arnhem en aan het Rijnstate Ziekenhuis.", "Wu Jian",
     ["Noordkant Diagnostics", "Rijnstate Ziekenhuis"]),
    ("it", "Martedì la delegazione guidata da Wu Jian ha visitato l'Ospedale di Pavia, gestito dall'Azienda "
           "sanitaria di Pavia (ASP), e Pavia Science Park, dove ha incontrato alcune start-up.", "Wu Jian",
     ["Ospedale di Pavia", "Pavia Science Park"]),
])
def test_a_visit_to_several_bodies_past_a_seat_or_a_clause(language, text, visitor, hosts, extract):
    _entities, relations = extract(language, text)
    for host in hosts:
        assert ("visit", visitor, host) in relations


def test_the_seat_of_a_visited_body_is_not_visited(extract):
    _entities, relations = extract("nl", "Op dinsdag bracht een delegatie onder leiding van Wu Jian een bezoek aan "
                                         "Noordkant Diagnostics op de Campus Arnhem en aan het Rijnstate Ziekenhuis.")
    assert ("visit", "Wu Jian", "Campus Arnhem") not in relations


@pytest.mark.parametrize("language, text, visitor, host", [
    ("no", "En delegasjon fra Hunan ledet av Wu Jian besøkte Tromsø. Tirsdag var delegasjonen på Universitetet i Agder.",
     "Wu Jian", "Universitetet i Agder"),
    ("en", "A delegation led by Wu Jian visited Leeds. On Tuesday the delegation was at Leeds Beckett University.",
     "Wu Jian", "Leeds Beckett University"),
])
def test_a_delegation_that_was_at_a_body_visited_it(language, text, visitor, host, extract):
    _entities, relations = extract(language, text)
    assert ("visit", visitor, host) in relations


def test_a_delegation_that_was_from_a_place_visited_nothing(extract):
    _entities, relations = extract("en", "The delegation was from Changsha and met Leeds Beckett University.")
    assert not any(r[0] == "visit" and r[2] == "Changsha" for r in relations)


def test_a_weekday_after_a_stretch_of_days_takes_its_day_in_the_stretch(extraction):
    text = ("From May 25 to 29, a delegation led by Wu Jian paid a visit to Leeds. On Monday the delegation visited "
            "Leeds Beckett University. After the talks Hunan Medical University and Leeds Beckett University signed "
            "a Memorandum of Understanding.")
    result = extraction(text, "en", "2026-06-04")
    assert [e.date for e in result.events if e.type == "Agreement"] == ["2026-05-25"]


def test_a_weekday_long_after_the_last_date_counts_back_from_publication(extraction):
    text = ("The hospital was founded on 2 March 2004. On Monday Hunan Medical University and Leeds Beckett "
            "University signed a Memorandum of Understanding.")
    result = extraction(text, "en", "2026-06-04")
    assert [e.date for e in result.events if e.type == "Agreement"] == ["2026-06-01"]


def test_a_sentence_naming_a_weekday_sets_the_day_for_the_next(extraction):
    text = ("En delegasjon fra Hunan ledet av Wu Jian besøkte Tromsø fra mandag 12. til onsdag 14. oktober. "
            "Tirsdag var gjestene på fjellet. Der signerte Universitetet i Agder og Hunan medisinske universitet en avtale.")
    result = extraction(text, "no", "2026-10-15")
    assert [e.date for e in result.events if e.type == "Agreement"] == ["2026-10-13"]


def test_am_gestrigen_names_the_day_before_publication(extraction):
    text = ("Der Hersteller errichtet in Kiel ein Werk. Am gestrigen Mittwoch war Richtfest. Am Rande des "
            "Richtfests unterzeichneten die Lanmei GmbH und das Klinikum Kiel eine Kooperationsvereinbarung.")
    result = extraction(text, "de", "2026-07-16")
    assert [e.date for e in result.events if e.type == "Agreement"] == ["2026-07-15"]


@pytest.mark.parametrize("language, text, value, currency", [
    ("sv", "Centralsjukhuset i Växjö och Hunan General Hospital har tecknat ett avtal. Avtalet gäller lungvård. "
           "Region Kronoberg avsätter 2,4 miljoner kronor för utbytet.", 2_400_000, "SEK"),
    ("de", "Die Lanmei GmbH errichtet in Kiel ein Werk. Am gestrigen Mittwoch war Richtfest. Insgesamt investiert "
           "das Unternehmen 18 Mio. Euro.", 18_000_000, "EUR"),
])
def test_an_amount_a_later_sentence_pays_is_the_events(language, text, value, currency, extraction):
    result = extraction(text, language, "2026-07-16")
    money = [e.amount for e in result.events if e.type in ("Agreement", "Project")]
    assert [(a.value, a.currency) for a in money if a] == [(value, currency)]


def test_an_amount_far_from_any_event_is_no_events(extraction):
    text = ("Centralsjukhuset i Växjö och Hunan General Hospital har tecknat ett avtal. Det är bra. Det är fint. "
            "Det är nytt. Det är stort. Det är viktigt. Det är klart. Regionen avsätter 2,4 miljoner kronor för vägar.")
    result = extraction(text, "sv", "2026-07-16")
    assert all(e.amount is None for e in result.events)


def test_an_agreement_told_again_by_its_signers_is_one_event(extraction):
    text = ("Le CHU de Nantes et l'Hôpital général du Hunan, à Changsha (Chine), ont signé jeudi un accord. "
            "L'accord a été signé par le directeur général du CHU, M. Paul Lebrun, et par le Pr Wu Jian, directeur "
            "de l'hôpital chinois.")
    result = extraction(text, "fr", "2026-04-14")
    assert len([e for e in result.events if e.type == "Agreement"]) == 1


@pytest.mark.parametrize("language, text, person, body, title", [
    ("nl", "Jeroen de Wit, gedeputeerde Economie van de provincie Gelderland, sprak donderdag.", "Jeroen de Wit",
     "Gelderland", "gedeputeerde Economie"),
    ("en", "The delegation went to Leeds General Infirmary. Dr. Sian Hughes, consultant respiratory physician of "
           "the hospital, introduced the service.", "Sian Hughes", "Leeds General Infirmary",
     "consultant respiratory physician"),
])
def test_titles_with_a_portfolio_or_a_physicians_field(language, text, person, body, title, extraction):
    result = extraction(text, language, "2026-04-14")
    names = {e.id: e.name for e in result.entities}
    roles = {(names[r.subject], names[r.object], r.role) for r in result.relations if r.type == "role"}
    assert (person, body, title) in roles


def test_a_mayor_named_before_of_keeps_his_name(extract):
    _entities, relations = extract("en", "Mayor Wang Jun of Changsha met the delegation.")
    assert ("role", "Wang Jun", "Changsha") in relations


def test_welsh_ap_joins_a_name(extract):
    entities, relations = extract("en", "Carys ap Gwilym, chief executive of Cymru Health Alliance, spoke.")
    assert ("Person", "Carys ap Gwilym") in entities


def test_an_english_article_quoted_in_another_language_opens_no_name(extract):
    entities, _relations = extract("nl", "Voor Lanmei tekende bestuursvoorzitter WU Jian. \"The Dutch market is "
                                         "not big,\" aldus Wu.")
    assert not any(name.startswith("The ") for _type, name in entities)


def test_a_visitors_companions_stand_between_the_verb_and_the_host(extract):
    text = ("Dagen efter besøgte Wu Jian og tre medarbejdere fra Lanmei Diagnostics brancheorganisationen Øresund "
            "Health Alliance i København.")
    _entities, relations = extract("da", text)
    assert ("visit", "Wu Jian", "Øresund Health Alliance") in relations
    assert ("visit", "Wu Jian", "Lanmei Diagnostics") not in relations


def test_a_surname_misspelt_alone_is_the_person_named_before(extract):
    text = ("O diretor-geral da empresa, o alemão Jonas Weidenbach, esteve em Viseu. No dia seguinte, Weidenbah "
            "visitou o Laboratório Nacional de Biossensores, com sede em Viseu.")
    entities, relations = extract("pt", text)
    assert ("visit", "Jonas Weidenbach", "Laboratório Nacional de Biossensores") in relations
    assert ("Person", "Weidenbah") not in entities


def test_a_short_surname_misspelt_alone_is_not_read(extract):
    entities, _relations = extract("sv", "Anna Borg talade. Sedan talade Berg om vården.")
    assert ("Person", "Anna Borg") in entities
    assert ("Person", "Berg") not in entities


@pytest.mark.parametrize("language, text, name", [
    ("pt", "A delegação visitou o Laboratório Nacional de Biossensores, com sede em Viseu.",
     "Laboratório Nacional de Biossensores"),
    ("es", "La delegación visitó el Laboratorio Andaluz de Biomateriales en Sevilla.", "Laboratorio Andaluz de Biomateriales"),
])
def test_a_laboratory_in_the_singular_is_a_research_body(language, text, name, extract):
    entities, _relations = extract(language, text)
    assert ("ResearchInstitute", name) in entities


def test_a_date_the_text_does_not_state_is_marked_inferred(extraction):
    text = ("Am 2. April besuchte eine Delegation der Universität Ulm das Klinikum Heilbronn. "
            "Die Lanmei GmbH und das Klinikum Heilbronn unterzeichneten eine Kooperationsvereinbarung.")
    result = extraction(text, "de", "2025-04-14")
    marks = {e.type: (e.date, e.date_inferred) for e in result.events}
    assert marks["Visit"] == ("2025-04-02", False)
    assert marks["Agreement"] == ("2025-04-02", True)
    assert result.events[0].to_contract()["date_inferred"] is False
