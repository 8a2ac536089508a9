"""Analyses on small graphs whose right answers are worked out by hand, and the CLI commands."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from healthkg.cli import main
from healthkg.errors import EntityNotFound
from healthkg.graph import analyses
from healthkg.graph.analyses import (
    ANALYSES, betweenness, brokers, communities, community_membership, country_matrix, degree, ego_network,
    eigenvector, shortest_connection, timeline,
)
from healthkg.graph.lookup import find_entity
from healthkg.graph.projection import project_graph
from healthkg.graph.store import load_dataset

FIXTURE = Path(__file__).parent / "fixtures" / "small.trig"
ID = "https://w3id.org/healthkg/id/"


@pytest.fixture(scope="module")
def graph():
    return project_graph(load_dataset(FIXTURE))


def test_registry_snapshot():
    assert sorted(ANALYSES) == ["betweenness", "brokers", "communities", "countries", "degree", "eigenvector",
                                "timeline"]
    assert sorted(analyses.CENTRALITIES) == ["betweenness", "brokers", "degree", "eigenvector"]
    for name in analyses.__all__:
        assert hasattr(analyses, name)


def scores(rows, key="score"):
    return {row["entity"]: row[key] for row in rows}


def test_degree_counts_distinct_neighbours():
    g = nx.MultiDiGraph([("hub", "a"), ("a", "hub"), ("hub", "b"), ("hub", "c"), ("c", "d")])
    rows = degree(g)
    assert scores(rows, "neighbours") == {"hub": 3, "c": 2, "a": 1, "b": 1, "d": 1}
    assert rows[0]["entity"] == "hub" and rows[0]["score"] == pytest.approx(3 / 4)


def test_betweenness_of_a_path():
    # a - b - c - d: b and c each lie on 2 of the 3 pairs that do not involve them
    rows = betweenness(nx.path_graph(["a", "b", "c", "d"]))
    assert scores(rows) == {"b": pytest.approx(2 / 3), "c": pytest.approx(2 / 3), "a": 0.0, "d": 0.0}


def test_betweenness_sampled_estimate_runs():
    rows = betweenness(nx.path_graph(50), sample=10, top=3)
    assert len(rows) == 3


def test_eigenvector_on_disconnected_and_edgeless_graphs():
    g = nx.Graph([("hub", "a"), ("hub", "b"), ("hub", "c"), ("x", "y")])
    g.add_node("alone")
    result = scores(eigenvector(g))
    assert max(result, key=result.get) == "hub"
    assert result["alone"] == 0.0
    assert result["x"] == pytest.approx(result["y"]) and 0 < result["x"] < result["hub"]
    assert scores(eigenvector(nx.empty_graph(3))) == {"0": 0.0, "1": 0.0, "2": 0.0}


def test_brokers_bridge_countries():
    # DK: d1, d2; CN: c1, c2; DE: g1. Only 'bridge' (DK) links to CN and DE.
    g = nx.Graph([("d1", "bridge"), ("d2", "bridge"), ("bridge", "c1"), ("c1", "c2"), ("bridge", "g1")])
    nx.set_node_attributes(g, {"d1": "DK", "d2": "DK", "bridge": "DK", "c1": "CN", "c2": "CN", "g1": "DE"},
                           "country")
    rows = brokers(g)
    assert rows[0]["entity"] == "bridge" and rows[0]["spans"] == "CN, DE, DK" and rows[0]["groups"] == 3
    # cross pairs: 3x2 (DK-CN) + 3x1 (DK-DE) + 2x1 (CN-DE) = 11; through bridge: all but bridge's own 3
    # and the ones not passing it: d1-c1,d1-c2,d2-c1,d2-c2,d1-g1,d2-g1,c1-g1,c2-g1 = 8
    assert rows[0]["score"] == pytest.approx(8 / 11, abs=1e-6)
    assert {row["entity"] for row in rows} == {"bridge", "c1", "g1"}


def test_brokers_in_the_fixture(graph):
    top = brokers(graph, top=1)[0]
    assert top["entity"] == "Gamma University" and top["spans"] == "CN, DE, DK"
    assert brokers(graph, by="community")  # runs with communities as groups
    with pytest.raises(ValueError):
        brokers(graph, by="language")


def test_louvain_finds_two_triangles_and_is_deterministic():
    g = nx.Graph([(1, 2), (2, 3), (1, 3), (4, 5), (5, 6), (4, 6), (3, 4)])
    membership = community_membership(g)
    assert membership[1] == membership[2] == membership[3]
    assert membership[4] == membership[5] == membership[6] != membership[1]
    assert communities(g) == communities(g)
    assert [row["size"] for row in communities(g)] == [3, 3]


def test_ego_network_hops(graph):
    chengdu = ID + "place/chengdu"
    one = ego_network(graph, chengdu, hops=1)
    assert sorted(n[len(ID):] for n in one) == [
        "org/beta-medtech", "org/delta-chamber", "place/chengdu", "place/odense", "place/sichuan"]
    assert ego_network(graph, chengdu, hops=0).number_of_nodes() == 1
    assert len(ego_network(graph, chengdu, hops=2)) > len(one)
    with pytest.raises(EntityNotFound):
        ego_network(graph, "nobody")


def test_shortest_connection_gives_evidence_for_every_step(graph):
    steps = shortest_connection(graph, ID + "person/li-wei", ID + "org/gamma-university")
    # Li Wei -Visit event- Alpha Hospital <-role- Anna Jensen -role-> Gamma University
    # (the Visit event is preferred over the bare visit relation of the same step)
    assert [(s["from"], s["relation"], s["to"]) for s in steps] == [
        ("Li Wei", "event", "Alpha Hospital"), ("Alpha Hospital", "role", "Anna Jensen"),
        ("Anna Jensen", "role", "Gamma University")]
    assert [s["direction"] for s in steps] == ["both", "backward", "forward"]
    assert steps[0]["detail"] == "Visit, 2022-09-27"
    assert all(s["evidence"] for s in steps)
    assert steps[2]["detail"].startswith("board member")


def test_shortest_connection_avoids_countries_and_reports_no_path():
    g = nx.MultiDiGraph()
    g.add_node("a", type="Hospital"); g.add_node("b", type="Company"); g.add_node("dk", type="Country")
    g.add_edge("a", "dk", relation="located_in"); g.add_edge("b", "dk", relation="located_in")
    assert shortest_connection(g, "a", "b") == []
    assert len(shortest_connection(g, "a", "b", avoid_types=())) == 2


def test_timeline_of_the_fixture(graph):
    rows = timeline(graph)
    assert [(r["year"], r["events"], r["Agreement"], r["Visit"], r["Meeting"], r["new_partners"]) for r in rows] == [
        ("2022", 2, 1, 1, 0, 3),  # Alpha-Beta, Li Wei-Alpha, Odense-Chengdu
        ("2023", 2, 1, 0, 1, 4),  # Gamma-Delta, Gamma-hostile, Delta-hostile, Health Commission-Gamma
    ]


def test_country_matrix_of_the_fixture(graph):
    matrix = country_matrix(graph)
    # DK-CN: 2 Agreement events... Alpha-Beta, Gamma-Delta; Visit Li Wei-Alpha; Meeting; partner cities
    assert matrix["DK"]["CN"] == matrix["CN"]["DK"] == 5
    assert matrix["DK"]["DE"] == 1 and matrix["CN"]["DE"] == 1
    assert matrix["DK"]["DK"] == 0


@pytest.mark.parametrize("name, expected", [
    ("Alpha Hospital", "org/alpha-hospital"), ("alpha hospital", "org/alpha-hospital"),
    ("org/beta-medtech", "org/beta-medtech"), (ID + "place/odense", "place/odense"),
    ("Gamma", "org/gamma-university"), ("<img src=x onerror=alert(1)>", "org/img-src-x-onerror-alert-1"),
])
def test_find_entity(graph, name, expected):
    assert find_entity(graph, name) == ID + expected


def test_find_entity_unknown_and_ambiguous(graph):
    with pytest.raises(EntityNotFound) as unknown:
        find_entity(graph, "Alfa Hospitl")
    assert "Alpha Hospital (Hospital)" in unknown.value.candidates
    with pytest.raises(EntityNotFound) as ambiguous:
        find_entity(graph, "a")  # in many labels
    assert ambiguous.value.ambiguous


# ------------------------------------------------------------------ CLI

def run(*args):
    return CliRunner().invoke(main, list(args))


def test_cli_analyze_table_csv_json():
    table = run("analyze", "degree", "--graph", str(FIXTURE), "--top", "3")
    assert table.exit_code == 0, table.output
    assert table.stdout.splitlines()[2].split()[:3] == ["1", "Gamma", "University"]
    csv_out = run("analyze", "countries", "--graph", str(FIXTURE), "--format", "csv")
    assert csv_out.stdout.splitlines()[0] == "country,CN,DE,DK,total"
    rows = json.loads(run("analyze", "brokers", "--graph", str(FIXTURE), "--format", "json").stdout)
    assert rows[0]["entity"] == "Gamma University"
    for metric in ANALYSES:
        assert run("analyze", metric, "--graph", str(FIXTURE)).exit_code == 0, metric


def test_cli_analyze_unknown_metric():
    result = run("analyze", "pagerankk", "--graph", str(FIXTURE))
    assert result.exit_code == 2 and "choose one of: betweenness" in result.output


def test_cli_path_prints_steps_with_evidence():
    result = run("path", "Li Wei", "Gamma University", "--graph", str(FIXTURE))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "1. Li Wei -[event]- Alpha Hospital (Visit, 2022-09-27)"
    assert lines[1].strip().startswith("\u201cLi Wei visited Alpha Hospital")
    assert len([line for line in lines if line[:1].isdigit()]) == 3


def test_cli_path_unknown_entity_lists_near_matches():
    result = run("path", "Li Wie", "Gamma University", "--graph", str(FIXTURE))
    assert result.exit_code == 1
    assert "unknown entity 'Li Wie'; did you mean: Li Wei (Person)" in result.stderr
    assert "Traceback" not in result.output
