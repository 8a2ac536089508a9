"""Sentence ends after a legal form written with a slash ("Coloplast A/S."), and the slash
between numbers that ends nothing, in Danish text.

Invented sentences in the style of machine-translated health-cooperation press releases;
each fix has a positive case and a look-alike that must stay as it was. The whole
extractor runs (entities, relations and events), as the command line does.
"""
from __future__ import annotations


# --- a legal form with a slash that ends a sentence ('Coloplast A/S.') ------------------------

def test_slashed_legal_form_ends_a_sentence(extract):
    entities, relations = extract("da", "Mette Hansen blev udnævnt til administrerende direktør for Coloplast A/S. "
                                        "Den gælder i fem år.")
    assert ("Company", "Coloplast A/S") in entities
    assert ("role", "Mette Hansen", "Coloplast A/S") in relations


def test_slash_between_numbers_is_left_alone(extract):
    entities, _ = extract("da", "Budgettet for 2022/23. Og Coloplast A/S i går.")
    assert ("Company", "Coloplast A/S") in entities
