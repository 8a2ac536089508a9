"""The command line: help, exit codes, error lines, the extraction contract, the demo."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from healthkg.cli import main


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_every_command_has_help(runner):
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    for name, command in main.commands.items():
        sub = runner.invoke(main, [name, "--help"])
        assert sub.exit_code == 0, name
        assert command.help and len(command.help) > 20, f"{name} needs a help text that teaches"


def test_core_commands_are_registered():
    assert {"build", "extract", "demo", "validate"} <= set(main.commands)


def test_bad_arguments_exit_2(runner):
    assert runner.invoke(main, ["extract"]).exit_code == 2
    assert runner.invoke(main, ["extract", "x", "--format", "yaml"]).exit_code == 2
    assert runner.invoke(main, ["no-such-command"]).exit_code == 2


def test_extract_prints_the_contract(runner, sample_corpus):
    result = runner.invoke(main, ["--quiet", "extract", str(sample_corpus), "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    docs = {d["id"]: d for d in payload["documents"]}
    assert len(docs) == 5
    for doc in docs.values():
        assert {"id", "source", "language", "published", "entities", "relations", "events"} <= set(doc)
        text = (sample_corpus / f"{doc['id']}.txt").read_text(encoding="utf-8")
        for entity in doc["entities"]:
            for mention in entity["mentions"]:
                assert text[mention["start"]:mention["end"]] == mention["text"]


def test_a_bad_file_is_named_and_the_others_still_load(runner, tmp_path, sample_corpus):
    (tmp_path / "good.txt").write_text(
        (sample_corpus / "004_1ab0caa8ac95d49f.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    result = runner.invoke(main, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert "broken.txt" in result.stderr
    assert "Traceback" not in result.stderr
    payload = json.loads(result.stdout)
    assert [d["id"] for d in payload["documents"]] == ["good"]


def test_missing_graph_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(main, ["validate", str(tmp_path / "nope.trig")])
    assert result.exit_code == 2


def test_validate_rejects_a_broken_graph(runner, tmp_path):
    broken = tmp_path / "broken.trig"
    broken.write_text(
        "@prefix hkg: <https://w3id.org/healthkg/ontology#> .\n"
        "@prefix schema: <https://schema.org/> .\n"
        "<https://w3id.org/healthkg/graph/x> {\n"
        "  <https://w3id.org/healthkg/id/event/x/1> a hkg:Agreement .\n"
        "}\n", encoding="utf-8")
    result = runner.invoke(main, ["validate", str(broken)])
    assert result.exit_code == 1
    assert "does not conform" in result.stderr


def test_build_then_validate(runner, tmp_path, sample_corpus):
    out = tmp_path / "kg"
    result = runner.invoke(main, ["--quiet", "build", str(sample_corpus), "-o", str(out)])
    assert result.exit_code == 0, result.output
    for name in ("graph.trig", "network.html", "store"):
        assert (out / name).exists(), name
    checked = runner.invoke(main, ["validate", "--graph", str(out / "graph.trig")])
    assert checked.exit_code == 0, checked.output


def test_python_dash_m_runs_the_same_command_line():
    import subprocess
    import sys

    from healthkg import __version__

    done = subprocess.run([sys.executable, "-m", "healthkg", "--version"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"healthkg, version {__version__}"
