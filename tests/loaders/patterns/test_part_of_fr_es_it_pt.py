"""Parts of bodies in French, Spanish, Italian and Portuguese (fifth probe-and-fix round).

Invented sentences in the style of machine-translated health-cooperation press releases.
Each fix has a positive case and a look-alike that must stay as it was; the whole
extractor runs (entities and relations) through the ``extract`` fixture.
"""
from __future__ import annotations

import pytest


# --- a unit or site of a group in apposition: 'X, unidade do Grupo Y', 'X, struttura del Gruppo Y'

@pytest.mark.parametrize("language, text, part", [
    ("pt", "O Hospital Santa Luzia, unidade do Grupo Vitalis Saúde, inaugurou uma nova ala.",
     ("Hospital Santa Luzia", "Grupo Vitalis Saúde")),
    ("it", "L'Ospedale San Marco, struttura del Gruppo Medivita, ha aperto un reparto.",
     ("Ospedale San Marco", "Gruppo Medivita")),
    ("fr", "La Clinique du Parc, unité du groupe Varenne Santé, a ouvert un service.",
     ("Clinique du Parc", "Varenne Santé")),
    ("es", "El Hospital San Rafael, unidad del Grupo Sanitas Norte, abrió un servicio.",
     ("Hospital San Rafael", "Grupo Sanitas Norte")),
])
def test_unit_of_group_in_apposition(language, text, part, extract):
    _, relations = extract(language, text)
    assert ("part_of", *part) in relations


@pytest.mark.parametrize("language, text", [
    ("es", "La Clínica Norte y la unidad del Grupo Sanitas Norte abrieron."),
    ("pt", "O Hospital Santa Luzia e a unidade do Grupo Vitalis Saúde abriram."),
    ("it", "L'Ospedale San Marco, struttura di eccellenza, ha firmato con il Gruppo Medivita."),
])
def test_unit_lookalikes(language, text, extract):
    _, relations = extract(language, text)
    assert not any(kind == "part_of" for kind, _a, _b in relations)


# --- a seat between the buyer and its verb: 'O Grupo X, com sede em Lisboa, adquiriu a Clínica Y'

@pytest.mark.parametrize("language, text, part", [
    ("pt", "O Grupo Vitalis Saúde, com sede em Lisboa, adquiriu a Clínica Atlântica por 7,5 milhões de euros.",
     ("Clínica Atlântica", "Grupo Vitalis Saúde")),
    ("es", "El Grupo Sanitas Norte, con sede en Bilbao, adquirió la Clínica Norte.",
     ("Clínica Norte", "Grupo Sanitas Norte")),
])
def test_buyer_with_seat(language, text, part, extract):
    _, relations = extract(language, text)
    assert ("part_of", *part) in relations


@pytest.mark.parametrize("language, text", [
    ("pt", "O Grupo Vitalis Saúde, com sede em Lisboa, adquiriu equipamentos à Clínica Atlântica."),
    ("es", "El Grupo Sanitas Norte, con sede en Bilbao, adquirió equipos a la Clínica Norte."),
])
def test_buyer_with_seat_lookalikes(language, text, extract):
    _, relations = extract(language, text)
    assert not any(kind == "part_of" for kind, _a, _b in relations)


@pytest.mark.parametrize("language, text, part, parent", [
    ("es", "El Instituto Nacional de Salud firmó con el Hospital de Clínicas Maciel, que depende del Instituto Nacional "
           "de Salud, un convenio.", "Hospital de Clínicas Maciel", "Instituto Nacional de Salud"),
    ("pt", "O Hospital Geral de Benguela, que depende do Governo Provincial de Benguela, recebeu a delegação.",
     "Hospital Geral de Benguela", "Governo Provincial de Benguela"),
    ("fr", "L'Hôpital Saint-Roch, qui dépend du CHU de Nice, a reçu la délégation.", "Hôpital Saint-Roch", "CHU de Nice"),
])
def test_a_body_that_depends_on_another_is_part_of_it(language, text, part, parent, extract):
    _, relations = extract(language, text)
    assert ("part_of", part, parent) in relations
