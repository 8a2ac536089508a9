"""Sentences cut inside a company form or after a title abbreviation are joined again.

Texts are written for the test (fictional names) and run through the whole extraction,
since the breaks come from the sentence splitter and the names from the recognizer.
"""
from __future__ import annotations

import pytest


CASES = [
    ("it", "Nel corso della fiera, la società Alfa Biomedica Co., Ltd. e la torinese Betamed S.p.A. "
           "hanno firmato un accordo.", ("agreement", "Alfa Biomedica Co., Ltd.", "Betamed S.p.A.")),
    ("fr", "En marge du salon, la société Valdor SAS et Hanshan Pharmaceutical Co., Ltd. ont conclu "
           "un contrat de distribution.", ("agreement", "Valdor SAS", "Hanshan Pharmaceutical Co., Ltd.")),
    ("pt", "A distribuidora Vale Saúde Ltda. e a chinesa Qingrui Medical Co., Ltd. assinaram um contrato.",
     ("agreement", "Vale Saúde Ltda.", "Qingrui Medical Co., Ltd.")),
    ("it", "L'amministratore delegato di Betamed S.p.A., ing. Paolo Neri, ha parlato.",
     ("role", "Paolo Neri", "Betamed S.p.A.")),
]


@pytest.mark.parametrize("language, text, expected", CASES, ids=[f"{c[0]}-{c[2][0]}-{i}" for i, c in enumerate(CASES)])
def test_relation_across_a_false_sentence_break(language, text, expected, extraction):
    result = extraction(text, language, "2024-06-01")
    assert len(result.document.sentences) == 1
    names = {e.id: e.name for e in result.entities}
    found = {(r.type, names[r.subject], names[r.object]) for r in result.relations}
    rtype, a, b = expected
    assert (rtype, a, b) in found or (rtype, b, a) in found, found


def test_sentences_on_separate_lines_stay_apart(extraction):
    result = extraction("Betamed S.p.A.\nla nuova sede apre a Torino.", "it", "2024-06-01")
    assert len(result.document.sentences) == 2
