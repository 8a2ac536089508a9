"""Shared fixtures: the bundled sample corpus and a demo graph built once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

from healthkg.pipeline import sample_corpus_path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def sample_corpus() -> Path:
    """The folder of the five bundled sample articles."""
    return sample_corpus_path()


@pytest.fixture(scope="session")
def demo_build(tmp_path_factory, sample_corpus):
    """The bundled sample corpus built once into a temporary folder (graph.trig, store/, network.html)."""
    from healthkg.pipeline import build

    out = tmp_path_factory.mktemp("demo")
    result = build([sample_corpus], out)
    assert not result.failures, result.failures
    return out, result
