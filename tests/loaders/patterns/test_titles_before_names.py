"""Academic and professional titles between a role and a name: with an article ("le
professeur", "il professor", "la doctora", "a professora") and as abbreviations whose full
stop is no sentence end ("ing.", "dott.", "Profa.", "drs."), in all ten languages.

Invented sentences in the style of machine-translated health-cooperation press releases;
each fix has a positive case and a look-alike that must stay as it was.
"""
from __future__ import annotations

import pytest


def _roles(extraction, language, text):
    contract = extraction(text, language).to_contract()
    names = {e["id"]: e["name"] for e in contract["entities"]}
    return {(names[r["subject"]], names[r["object"]]) for r in contract["relations"] if r["type"] == "role"}


@pytest.mark.parametrize("language, text, role", [
    ("fr", "Le directeur de l'Hôpital Saint-Roch, le professeur Alain Mercier, a ouvert la séance.",
     ("Alain Mercier", "Hôpital Saint-Roch")),
    ("it", "Il direttore dell'Ospedale San Carlo, il professor Bruno Gatti, ha aperto i lavori.",
     ("Bruno Gatti", "Ospedale San Carlo")),
    ("es", "La directora del Hospital San Rafael, la doctora Elena Vidal, abrió la sesión.",
     ("Elena Vidal", "Hospital San Rafael")),
    ("pt", "A diretora do Hospital Santa Luzia, a professora Marta Lopes, abriu a sessão.",
     ("Marta Lopes", "Hospital Santa Luzia")),
    ("en", "The dean of Kingsbridge University, Professor Alan Reeve, opened the session.",
     ("Alan Reeve", "Kingsbridge University")),
    ("da", "Direktøren for Vesthavn Hospital, professor Lars Holm, åbnede mødet.",
     ("Lars Holm", "Vesthavn Hospital")),
])
def test_title_with_article_between_role_and_name(language, text, role, extraction):
    assert role in _roles(extraction, language, text)


@pytest.mark.parametrize("language, text, person", [
    ("it", "Il contratto è stato firmato dalla direttrice di Alba Medica, ing. Giulia Ferri, a Torino.", "Giulia Ferri"),
    ("it", "Ha parlato anche il dott. Marco Neri, primario di cardiologia.", "Marco Neri"),
    ("pt", "A reitora da Universidade do Minho, Profa. Ana Lima, falou em Braga.", "Ana Lima"),
    ("nl", "Namens Delta Zorg tekende directeur drs. Pieter Claes de overeenkomst.", "Pieter Claes"),
])
def test_title_abbreviation_does_not_end_the_sentence(language, text, person, extract):
    entities, _ = extract(language, text)
    assert ("Person", person) in entities


def test_full_stop_after_a_place_still_ends_the_sentence():
    """Only a title's abbreviation keeps the sentence going: "Torino." ends one."""
    from healthkg.loaders.document import Document
    from healthkg.loaders.sentences import split_sentences

    sentences = split_sentences(Document(id="t", source="t", language="it",
                                         text="La delegazione è arrivata a Torino. Marco Neri ha parlato."))
    assert len(sentences) == 2
