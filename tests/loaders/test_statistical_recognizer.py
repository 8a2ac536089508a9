"""A spaCy pipeline installed by the user joins the rule-based recognizers by configuration.

No statistical model can be downloaded here, so the pipeline under test is a real spaCy
pipeline saved to disk whose ``ner``-like component is an ``entity_ruler``: spaCy loads it
from its folder exactly as it loads an official model package, and its ``doc.ents`` are
what a model's would be.
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from healthkg.cli import main
from healthkg.errors import ExtractionError
from healthkg.loaders.document import Document
from healthkg.loaders.extraction import extract_document
from healthkg.loaders.extraction.candidates import recognizer_names

TEXT = ("Quorvex signed a supply contract with the Riverside General Hospital. "
        "Ada Lindqvist met the board of Velmora in Lund.")


@pytest.fixture(scope="module")
def saved_pipeline(tmp_path_factory):
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([
        {"label": "ORG", "pattern": "Quorvex"},
        {"label": "ORG", "pattern": "Velmora"},
        {"label": "ORG", "pattern": [{"LOWER": "riverside"}, {"LOWER": "general"}, {"LOWER": "hospital"}]},
        {"label": "PERSON", "pattern": [{"LOWER": "ada"}, {"LOWER": "lindqvist"}]},
        {"label": "GPE", "pattern": "Lund"},
        {"label": "DATE", "pattern": "today"},
    ])
    folder = tmp_path_factory.mktemp("pipeline") / "my_ner"
    nlp.to_disk(folder)
    return str(folder)


def names(extraction):
    return {(e.type, e.name) for e in extraction.entities}


def test_rules_alone_miss_single_word_company_names():
    found = names(extract_document(Document(id="d", source="d", text=TEXT, language="en")))
    assert ("Organization", "Quorvex") not in found and ("Company", "Quorvex") not in found


def test_a_saved_spacy_pipeline_adds_its_entities_to_the_rules(saved_pipeline):
    doc = Document(id="d", source="d", text=TEXT, language="en")
    found = names(extract_document(doc, ["rules", f"spacy:{saved_pipeline}"]))
    assert {("Organization", "Quorvex"), ("Organization", "Velmora"), ("Person", "Ada Lindqvist"),
            ("City", "Lund")} <= found
    # the rules' fine type wins on the same span; a DATE label is not an entity
    assert ("Hospital", "Riverside General Hospital") in found
    assert not any(name == "today" for _t, name in found)


def test_the_model_alone_gives_fine_types_from_the_head_nouns(saved_pipeline):
    doc = Document(id="d", source="d", text=TEXT, language="en")
    found = names(extract_document(doc, [f"spacy:{saved_pipeline}"]))
    assert ("Hospital", "Riverside General Hospital") in found  # "Hospital" is a head noun


def test_environment_variable_configures_the_recognizers(monkeypatch, saved_pipeline):
    monkeypatch.setenv("HEALTHKG_RECOGNIZERS", f"rules,spacy:{saved_pipeline}")
    assert recognizer_names()[-1] == f"spacy:{saved_pipeline}"
    found = names(extract_document(Document(id="d", source="d", text=TEXT, language="en")))
    assert ("Organization", "Quorvex") in found


def test_cli_option_and_its_errors(tmp_path, saved_pipeline):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["extract", str(article), "--recognizers", f"rules,spacy:{saved_pipeline}"])
    assert result.exit_code == 0, result.output
    entities = json.loads(result.stdout)["documents"][0]["entities"]
    assert any(e["name"] == "Quorvex" for e in entities)
    missing = runner.invoke(main, ["extract", str(article), "--recognizers", "rules,spacy:/no/such/model"])
    assert missing.exit_code == 2 and "could not be loaded" in missing.output
    unknown = runner.invoke(main, ["extract", str(article), "--recognizers", "rulez"])
    assert unknown.exit_code == 2 and "unknown recognizer 'rulez'" in unknown.output


def test_unknown_recognizer_in_the_library_is_an_extraction_error():
    with pytest.raises(ExtractionError, match="unknown recognizer"):
        extract_document(Document(id="d", source="d", text=TEXT, language="en"), ["nope"])
