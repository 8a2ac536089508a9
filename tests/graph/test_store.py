"""The embedded Oxigraph store: opening, replacing graphs, export, errors, locking, timeouts."""
from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from healthkg.errors import QueryError, StoreError
from healthkg.graph.store import GraphStore, load_dataset, open_store

FIXTURE = Path(__file__).parent / "fixtures" / "sparql_sample.trig"
GRAPH = "https://w3id.org/healthkg/graph/"
ID = "https://w3id.org/healthkg/id/"


@pytest.fixture()
def dataset() -> rdflib.Dataset:
    return load_dataset(FIXTURE)


def _graph_triples(ds: rdflib.Dataset, name: str) -> set:
    return set(ds.graph(rdflib.URIRef(name)))


def test_open_trig_file_into_memory():
    store = open_store(FIXTURE)
    assert store.path is None
    assert store.graph_names() == [GRAPH + "d1", GRAPH + "d2", GRAPH + "d3", GRAPH + "entities"]
    assert len(store) == 452
    assert store.query("ASK { <%splace/chengdu> hkg:countryCode \"CN\" }" % ID).boolean is True


def test_add_dataset_replaces_graphs_instead_of_duplicating(dataset):
    store = GraphStore.in_memory()
    store.add_dataset(dataset)
    store.add_dataset(dataset)
    assert len(store) == 452
    rebuilt = rdflib.Dataset()
    doc = rebuilt.graph(rdflib.URIRef(GRAPH + "d1"))
    doc.add((rdflib.URIRef(ID + "doc/d1"), rdflib.URIRef("https://schema.org/headline"), rdflib.Literal("new")))
    store.add_dataset(rebuilt)
    headlines = store.query("SELECT ?h WHERE { <%sdoc/d1> schema:headline ?h }" % ID).column("h")
    assert headlines == ["new"]
    assert len(store) == 452 - 152 + 1  # d1 held 152 triples; the other graphs are untouched


def test_remove_graph(dataset):
    store = GraphStore.in_memory()
    store.add_dataset(dataset)
    assert store.remove_graph(GRAPH + "d3") is True
    assert store.remove_graph(GRAPH + "d3") is False
    assert GRAPH + "d3" not in store.graph_names()
    assert store.query("ASK { ?s ?p <%splace/hamburg> . ?s a hkg:RelationStatement }" % ID).boolean is False


def test_on_disk_store_round_trip_and_read_only(tmp_path, dataset):
    store = open_store(tmp_path, read_only=False, create=True)
    assert store.path == tmp_path / "store"
    store.add_dataset(dataset)
    store.close()
    reopened = open_store(tmp_path)  # read-only by default, through the build folder
    assert len(reopened) == 452 and reopened.read_only
    with pytest.raises(StoreError, match="read-only"):
        reopened.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises(StoreError, match="read-only"):
        reopened.add_dataset(dataset)
    assert len(open_store(tmp_path / "store")) == 452  # the store folder itself


def test_second_writer_gets_a_clear_lock_error(tmp_path, dataset):
    writer = open_store(tmp_path, read_only=False, create=True)
    writer.add_dataset(dataset)
    code = (
        "from healthkg.graph.store import open_store\n"
        "from healthkg.errors import StoreError\n"
        f"try:\n    open_store({str(tmp_path)!r}, read_only=False)\n"
        "except StoreError as e:\n    print('ERR', e)\n"
        f"print('RO', len(open_store({str(tmp_path)!r})))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60).stdout
    assert "ERR" in out and "locked" in out
    assert "RO 452" in out  # readers may open it while it is written
    writer.close()


@pytest.mark.parametrize("make, message", [
    (lambda p: p / "missing", "no such graph"),
    (lambda p: (p / "bad.trig").write_text("@prefix x: <y> .\nx:a x:b", encoding="utf-8") and p / "bad.trig",
     "cannot parse trig"),
    (lambda p: (p / "g.ttl").write_text("x", encoding="utf-8") and p / "g.ttl", "unknown graph format"),
])
def test_bad_paths_raise_store_error_naming_the_input(tmp_path, make, message):
    path = make(tmp_path)
    with pytest.raises(StoreError, match=message) as info:
        open_store(path)
    assert str(path) in str(info.value)


def test_corrupt_store_raises_store_error(tmp_path):
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "CURRENT").write_text("garbage")
    with pytest.raises(StoreError, match="store"):
        open_store(tmp_path)


@pytest.mark.parametrize("fmt, rdflib_format", [("trig", "trig"), ("nquads", "nquads")])
def test_export_round_trips(tmp_path, dataset, fmt, rdflib_format):
    store = GraphStore.in_memory()
    store.add_dataset(dataset)
    target = tmp_path / f"out.{fmt}"
    store.export(target, fmt)
    again = rdflib.Dataset()
    again.parse(target, format=rdflib_format)
    for name in store.graph_names():
        assert isomorphic(again.graph(rdflib.URIRef(name)), dataset.graph(rdflib.URIRef(name))), name
    reloaded = open_store(target)
    assert len(reloaded) == len(store)


def test_export_turtle_and_jsonld(dataset):
    store = GraphStore.in_memory()
    store.add_dataset(dataset)
    turtle = io.BytesIO()
    store.export(turtle, "turtle")
    union = rdflib.Graph().parse(data=turtle.getvalue().decode(), format="turtle")
    assert (rdflib.URIRef(ID + "place/chengdu"), rdflib.URIRef("https://w3id.org/healthkg/ontology#countryCode"),
            rdflib.Literal("CN")) in union
    jsonld = io.BytesIO()
    store.export(jsonld, "jsonld")
    parsed = rdflib.Dataset().parse(data=jsonld.getvalue().decode(), format="json-ld")
    assert len(parsed) == 0 or sum(len(g) for g in parsed.graphs()) >= len(union)
    with pytest.raises(StoreError, match="unknown export format"):
        store.export(io.BytesIO(), "rdfxml")


def test_to_rdflib_is_the_same_dataset(dataset):
    store = GraphStore.in_memory()
    store.add_dataset(dataset)
    back = store.to_rdflib()
    for name in store.graph_names():
        assert _graph_triples(back, name) == _graph_triples(dataset, name)


def test_update_and_malformed_queries():
    store = GraphStore.in_memory()
    store.update("INSERT DATA { GRAPH graph:x { <%splace/x> a schema:City } }" % ID)
    assert store.graph_names() == [GRAPH + "x"]
    with pytest.raises(QueryError, match="malformed SPARQL query"):
        store.query("SELEC ?x")
    with pytest.raises(QueryError, match="malformed SPARQL update"):
        store.update("INSERT NOTHING")


def test_query_timeout_and_limit():
    store = GraphStore.in_memory()
    store._store.extend(ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), ox.Literal(i),
                                ox.NamedNode("urn:g")) for i in range(3000))
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?p ?y . FILTER(?x < ?y) }"
    with pytest.raises(QueryError, match="timed out"):
        store.query(heavy, timeout=0.05)
    result = store.query("SELECT ?s WHERE { ?s ?p ?o }", limit=10)
    assert len(result.rows) == 10 and result.truncated


def test_load_dataset_from_store_folder(tmp_path, dataset):
    store = open_store(tmp_path / "kg", read_only=False, create=True)
    store.add_dataset(dataset)
    store.close()
    loaded = load_dataset(tmp_path / "kg")
    assert _graph_triples(loaded, GRAPH + "d2") == _graph_triples(dataset, GRAPH + "d2")


def test_a_timed_out_query_stops_instead_of_running_on():
    """A query the caller gave up on stops at its next row: no thread keeps evaluating a
    cross product (and filling memory) after the timeout."""
    import threading

    store = GraphStore(ox.Store())
    store._store.extend(ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), ox.Literal(i),
                                ox.NamedNode("urn:g")) for i in range(500))
    cross = "SELECT * WHERE { ?a <urn:p> ?x . ?b <urn:p> ?y . ?c <urn:p> ?z }"  # 125 million rows
    before = set(threading.enumerate())  # (another test's abandoned count may still be running)
    with pytest.raises(QueryError, match="timed out after 0.2 s"):
        store.query(cross, timeout=0.2)
    ours = [t for t in threading.enumerate() if t.name == "sparql-query" and t not in before]
    assert len(ours) == 1
    ours[0].join(5)
    assert not ours[0].is_alive()
