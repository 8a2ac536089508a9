"""A build applies the curation file and records the merges it forced in ``graph:curation``."""
from __future__ import annotations

import json

from rdflib import DCTERMS, Literal

from healthkg.graph.store import load_dataset
from healthkg.ontology.iris import curation_graph_iri
from healthkg.ontology.namespace import HKG
from healthkg.pipeline import build, remove_document

SEED = "003_841aa74d453e70bd.txt"


def test_curated_merge_is_recorded_with_its_source(tmp_path, sample_corpus):
    # Two people of the same article, forced together: a curation decision the rules never make.
    curation = tmp_path / "cur.yaml"
    curation.write_text("merges:\n  - names: [Freya Lim, Zhang Qili]\n    preferred: Freya Lim\n",
                        encoding="utf-8")
    result = build([sample_corpus / SEED], tmp_path / "kg", curation_path=curation, page=False)
    assert result.conforms
    people = {e.name for x in result.extractions for e in x.entities if e.type == "Person"}
    assert "Freya Lim" in people and "Zhang Qili" not in people

    dataset = load_dataset(tmp_path / "kg")
    decisions = dataset.graph(curation_graph_iri())
    merged = list(decisions.subject_objects(HKG.mergedBy))
    assert len(merged) == 1
    entity, decision = merged[0]
    assert str(entity).endswith("person/freya-lim")
    assert (decision, DCTERMS.source, Literal("cur.yaml:2")) in decisions

    report = json.loads((tmp_path / "kg" / "resolution.json").read_text(encoding="utf-8"))
    assert any("curation" in json.dumps(m) for m in report["merges"])

    # The decision goes with the entity when its only document is removed.
    remove_document(tmp_path / "kg", "003_841aa74d453e70bd", page=False)
    assert len(load_dataset(tmp_path / "kg").graph(curation_graph_iri())) == 0


def test_without_curation_entries_no_curation_graph(demo_build):
    out, _ = demo_build
    assert len(load_dataset(out).graph(curation_graph_iri())) == 0
    assert (out / "resolution.json").exists()
