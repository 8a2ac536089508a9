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
