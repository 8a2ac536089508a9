"""Extraction in several processes (``--jobs``): the same output, failures kept per document."""
from __future__ import annotations

import json
import multiprocessing

import pytest
from click.testing import CliRunner

from healthkg import pipeline
from healthkg.cli import main
from healthkg.errors import ExtractionError
from healthkg.loaders.document import Document


def test_two_processes_give_the_same_output_as_one(sample_corpus):
    runner = CliRunner()
    one = runner.invoke(main, ["-q", "extract", str(sample_corpus), "--format", "json"])
    two = runner.invoke(main, ["-q", "extract", str(sample_corpus), "--format", "json", "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0, two.output
    assert json.loads(one.stdout) == json.loads(two.stdout)
    assert len(json.loads(two.stdout)["documents"]) == 5


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                    reason="the patched extractor reaches the workers only when they are forked")
def test_a_failing_document_in_a_worker_is_reported_and_the_others_kept(monkeypatch):
    from healthkg.loaders import extraction

    real = extraction.extract_document

    def flaky(document, recognizer_names=None):
        if document.id == "bad":
            raise ValueError("boom")
        return real(document, recognizer_names)

    monkeypatch.setattr(extraction, "extract_document", flaky)  # inherited by the forked workers
    documents = [Document(id=name, source=f"{name}.txt", text="Dr. Anna Berg visited Aarhus University Hospital.",
                          language="en")
                 for name in ("a", "bad", "c")]
    errors = []
    extractions = pipeline.extract_documents(documents, errors.append, jobs=2)
    assert [e.document.id for e in extractions] == ["a", "c"]
    assert len(errors) == 1 and isinstance(errors[0], ExtractionError)
    assert "bad.txt" in str(errors[0]) and "boom" in str(errors[0])


@pytest.mark.parametrize("jobs", [1, 0])
def test_jobs_zero_means_one_process_per_core(jobs):
    assert pipeline._worker_count(jobs) >= 1


def test_negative_jobs_is_a_usage_error(sample_corpus):
    result = CliRunner().invoke(main, ["extract", str(sample_corpus), "--jobs", "-1"])
    assert result.exit_code == 2
    assert "--jobs" in result.output
