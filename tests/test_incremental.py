"""Incremental builds: ``add_documents`` / ``remove_document`` (``healthkg build --into``,
``healthkg remove``) agree with batch builds, and entity IRIs stay stable."""
from __future__ import annotations

import copy
import shutil

import pytest
from rdflib.compare import isomorphic

from healthkg.errors import StoreError
from healthkg.graph.store import open_store
from healthkg.pipeline import (add_documents, add_extractions, build_extractions, extract_documents,
                               read_documents, remove_document)

ENTITIES = "https://w3id.org/healthkg/graph/entities"


def _fail(error):
    raise error


@pytest.fixture(scope="module")
def seeds(sample_corpus):
    """The five seed documents, extracted once (not resolved), in document-id order."""
    extractions = extract_documents(read_documents([sample_corpus], _fail), _fail)
    assert len(extractions) == 5
    return sorted(extractions, key=lambda x: x.document.id)


def fresh(extractions):
    return copy.deepcopy(list(extractions))


def graphs(folder):
    """Named graph IRI -> rdflib Graph, read from the store in *folder*."""
    with open_store(folder) as store:
        dataset = store.to_rdflib()
    return {str(g.identifier): g for g in dataset.graphs() if len(g) and "rdflib:default" not in str(g.identifier)}


def assert_same_graphs(left, right):
    assert sorted(left) == sorted(right)
    for name in left:
        assert isomorphic(left[name], right[name]), f"graph {name} differs"


def entity_iris(folder):
    with open_store(folder) as store:
        return {str(r["e"]) for r in store.query("SELECT DISTINCT ?e WHERE { ?e hkg:entityType ?t }").records()}


@pytest.fixture(scope="module")
def batch_dir(seeds, tmp_path_factory):
    out = tmp_path_factory.mktemp("batch")
    build_extractions(fresh(seeds), out, validate=False, page=False)
    return out


@pytest.fixture(scope="module")
def batch(batch_dir):
    return graphs(batch_dir)


@pytest.fixture(scope="module")
def one_at_a_time(seeds, tmp_path_factory):
    out = tmp_path_factory.mktemp("incremental") / "kg"  # created by the first addition
    for extraction in seeds:
        add_extractions(fresh([extraction]), out, validate=False, page=False)
    return out


def test_one_at_a_time_equals_batch(one_at_a_time, batch):
    assert len(batch) == 6  # five documents and graph:entities
    assert_same_graphs(graphs(one_at_a_time), batch)


def trig_graphs(folder):
    from rdflib import Dataset

    dataset = Dataset()
    dataset.parse(folder / "graph.trig", format="trig")
    return {str(g.identifier): g for g in dataset.graphs() if len(g) and "rdflib:default" not in str(g.identifier)}


def test_graph_trig_is_rewritten_from_the_store(one_at_a_time, batch_dir):
    assert_same_graphs(trig_graphs(one_at_a_time), trig_graphs(batch_dir))


def test_batch_build_of_paths_matches(demo_build, batch):
    """The public ``build`` (the demo fixture) gives the same graph as the shared code path."""
    out, _ = demo_build
    assert_same_graphs(graphs(out), batch)


def test_building_twice_changes_nothing(seeds, one_at_a_time, batch, tmp_path):
    copy_dir = tmp_path / "kg"
    shutil.copytree(one_at_a_time, copy_dir)
    add_extractions(fresh(seeds), copy_dir, validate=False, page=False)
    add_extractions(fresh(seeds[2:3]), copy_dir, validate=False, page=False)
    assert_same_graphs(graphs(copy_dir), batch)


def test_remove_then_add_back_restores(seeds, one_at_a_time, batch, tmp_path):
    copy_dir = tmp_path / "kg"
    shutil.copytree(one_at_a_time, copy_dir)
    doc = seeds[1].document.id
    before = entity_iris(copy_dir)
    removal = remove_document(copy_dir, doc, page=False)
    after = graphs(copy_dir)
    assert f"https://w3id.org/healthkg/graph/{doc}" not in after
    assert removal.remaining_documents == 4
    # the entities only this document named are gone, from every graph
    others = [x for x in seeds if x.document.id != doc]
    kept = entity_iris(copy_dir)
    assert removal.removed_entities and kept == before - {f"https://w3id.org/healthkg/id/{e}"
                                                          for e in removal.removed_entities}
    with open_store(copy_dir) as store:
        prefs = {str(r["e"]) for r in store.query(
            "SELECT ?e WHERE { GRAPH graph:entities { ?e skos:prefLabel ?l } }").records()}
    assert prefs == kept
    assert len(after[ENTITIES]) < len(batch[ENTITIES])
    # and what is left equals a batch build of the other four documents
    rest = tmp_path / "rest"
    build_extractions(fresh(others), rest, validate=False, page=False)
    assert_same_graphs(after, graphs(rest))
    add_extractions(fresh(seeds[1:2]), copy_dir, validate=False, page=False)
    assert_same_graphs(graphs(copy_dir), batch)


def test_remove_unknown_document_names_it(one_at_a_time):
    with pytest.raises(StoreError, match="no-such-doc"):
        remove_document(one_at_a_time, "no-such-doc", page=False)


def test_unrelated_document_keeps_entity_iris(one_at_a_time, batch, tmp_path):
    copy_dir = tmp_path / "kg"
    shutil.copytree(one_at_a_time, copy_dir)
    before = entity_iris(copy_dir)
    article = tmp_path / "zz_unrelated.txt"
    article.write_text("Oslo University Hospital signed a research agreement with Karolinska Institutet "
                       "in Stockholm on 3 March 2023. Dr. Ingrid Hansen, director of the hospital, "
                       "led the delegation.\n", encoding="utf-8")
    result = add_documents([article], copy_dir, validate=False)
    assert not result.failures
    assert (copy_dir / "network.html").is_file()
    after = graphs(copy_dir)
    assert len(after) == len(batch) + 1
    for name, graph in batch.items():  # existing document graphs are untouched
        if name != ENTITIES:
            assert isomorphic(after[name], graph), name
    assert before < entity_iris(copy_dir)


def test_cli_build_into_and_remove(tmp_path):
    from click.testing import CliRunner

    from healthkg.cli import main

    article = tmp_path / "note.txt"
    article.write_text("Aarhus University Hospital opened a clinic in Nairobi, Kenya, in May 2021.\n",
                       encoding="utf-8")
    runner = CliRunner()
    kg = tmp_path / "kg"
    built = runner.invoke(main, ["-q", "build", str(article), "--into", str(kg), "--no-validate"])
    assert built.exit_code == 0, built.output
    assert (kg / "graph.trig").is_file() and (kg / "network.html").is_file()
    with open_store(kg) as store:
        (doc_id,) = [str(r["doc"]) for r in store.query(
            "SELECT ?doc WHERE { ?d a schema:NewsArticle ; schema:identifier ?doc }").records()]
    missing = runner.invoke(main, ["remove", "no-such-doc", "--graph", str(kg)])
    assert missing.exit_code == 1 and "no-such-doc" in missing.output
    removed = runner.invoke(main, ["remove", doc_id, "--graph", str(kg)])
    assert removed.exit_code == 0, removed.output
    assert graphs(kg) == {} and "NewsArticle" not in (kg / "graph.trig").read_text(encoding="utf-8")
    both = runner.invoke(main, ["build", str(article), "--into", str(kg), "-o", str(tmp_path / "x")])
    assert both.exit_code == 2 and "exactly one" in both.output
