"""The held-out evaluation set stays well-formed: every article has gold that its text
supports (names verbatim, keys defined, types and dates valid), and a key names one kind of
thing across files. The checks are ``heldout/check_gold.py``'s; this runs them in the suite so
an edit to an article or a gold file cannot silently break the held-out figures in the README.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

HELDOUT = Path(__file__).parent / "heldout"
LANGUAGES = ("en", "de", "da", "sv", "no", "nl", "fr", "es", "it", "pt")


def _check_gold():
    spec = importlib.util.spec_from_file_location("check_gold", HELDOUT / "check_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_held_out_article_has_consistent_gold():
    errors, _notes = _check_gold().check_all(HELDOUT / "gold", HELDOUT / "docs")
    assert errors == []


def test_each_set_has_one_article_per_language_or_two():
    articles = {p.stem for p in (HELDOUT / "docs").glob("*.txt")}
    for set_id in ("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18"):
        assert {f"{lang}_{set_id}" for lang in LANGUAGES} <= articles
    assert articles == {p.stem for p in (HELDOUT / "gold").glob("*.json")}


def test_a_perfect_prediction_finds_every_required_entity_in_its_article():
    """The checker's perfect prediction (what score.py is checked against) has a mention
    in the article for every required entity of the gold."""
    import json

    check_gold = _check_gold()
    prediction = check_gold.perfect_prediction(HELDOUT / "gold", HELDOUT / "docs", HELDOUT)
    assert len(prediction["documents"]) == len(list((HELDOUT / "gold").glob("*.json")))
    for document in prediction["documents"]:
        gold = json.loads((HELDOUT / "gold" / f"{document['id']}.json").read_text(encoding="utf-8"))
        required = {entity["key"] for entity in gold["entities"]}
        found = {entity["id"] for entity in document["entities"] if entity["mentions"]}
        assert required <= found, (document["id"], sorted(required - found))
