"""Bodies named by their own acronym in brackets, without a head noun ("Aragón Exterior
(AREX)"), and consulates that serve a city. Invented sentences; each with look-alikes.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("language, text, name", [
    ("es", "El foro lo organizaron la Cámara de Comercio de Huesca y Aragón Exterior (AREX).", "Aragón Exterior"),
    ("en", "The trip was funded by Scottish Development International (SDI) and Orvane Ltd.", "Scottish Development International"),
    ("fr", "Le projet est soutenu par Bretagne Développement Innovation (BDI) depuis 2024.", "Bretagne Développement Innovation"),
])
def test_run_before_the_acronym_it_defines_is_a_body(language, text, name, extract):
    entities, _ = extract(language, text)
    assert any(n == name for _t, n in entities)


@pytest.mark.parametrize("language, text, not_name", [
    ("en", "Visitors from Hong Kong (HK) came to Galway.", "Hong Kong"),
    ("en", "The Chief Executive Officer (CEO) spoke first.", "Chief Executive Officer"),
    ("en", "Lindholm Hospital (LH) and Anna Berg (AB) spoke.", "Anna Berg"),
])
def test_places_titles_and_people_before_brackets_are_no_bodies(language, text, not_name, extract):
    entities, _ = extract(language, text)
    assert not any(t not in ("City", "Country", "Region", "Person") and n == not_name for t, n in entities)


def test_acronym_after_and_that_fits_only_the_second_name_splits_the_list(extract):
    entities, relations = extract("es", "El foro fue organizado por la Cámara de Comercio de Huesca y Aragón Exterior (AREX).")
    assert ("Association", "Cámara de Comercio de Huesca") in entities
    assert ("partner_of", "Cámara de Comercio de Huesca", "Aragón Exterior") in relations


def test_acronym_that_fits_the_whole_name_keeps_the_conjunction_inside(extract):
    entities, _ = extract("it", "Ha firmato l'Università degli Studi di Parma e Piacenza (UNIPRP) con Alfa Srl.")
    assert ("University", "Università degli Studi di Parma e Piacenza") in entities


def test_short_name_in_brackets_opened_by_an_acronym_names_the_body_later(extract):
    _, relations = extract("pt", "A Unidade Local de Saúde de Braga (ULS Braga) assinou o acordo. O documento foi "
                                 "assinado pela presidente da ULS Braga, Marta Sousa Lobo.")
    assert ("role", "Marta Sousa Lobo", "Unidade Local de Saúde de Braga") in relations


@pytest.mark.parametrize("language, text", [
    ("no", "Seminaret ble arrangert av Nordic Care Council (NCC). NCCs generalsekretær Tove Lie sier at "
           "rådet er fornøyd."),
    ("da", "Seminaret blev holdt af Nordic Care Council (NCC). NCCs generalsekretær Tove Lie sagde, at "
           "rådet er tilfreds."),
])
def test_an_acronym_in_the_genitive_names_the_body(language, text, extract):
    _, relations = extract(language, text)
    assert ("role", "Tove Lie", "Nordic Care Council") in relations


def test_a_plural_word_in_capitals_is_no_acronym_genitive(extract):
    entities, _ = extract("no", "Nordic Care Council (NCC) arrangerte seminaret. Mange PCs ble vist.")
    assert not any(n == "PCs" for _t, n in entities)
