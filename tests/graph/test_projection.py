"""The networkx projection of the hand-made fixture graph (tests/graph/fixtures/small.trig)."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef

from healthkg.graph.projection import parse_date_bound, project_graph, simple_graph
from healthkg.graph.store import load_dataset
from healthkg.ontology.namespace import HKG

FIXTURE = Path(__file__).parent / "fixtures" / "small.trig"
ID = "https://w3id.org/healthkg/id/"


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(FIXTURE)


@pytest.fixture(scope="module")
def graph(dataset):
    return project_graph(dataset)


def edges_of(graph, relation):
    return sorted((u[len(ID):], v[len(ID):]) for u, v, r in graph.edges(data="relation") if r == relation)


def test_nodes_are_the_entities_only(graph):
    assert graph.number_of_nodes() == 15
    assert all(str(node).startswith(ID) for node in graph)
    assert not any("/evidence/" in n or "/event/" in n or "/doc/" in n for n in graph)


def test_node_attributes(graph):
    alpha = graph.nodes[ID + "org/alpha-hospital"]
    assert alpha["label"] == "Alpha Hospital"
    assert alpha["type"] == "Hospital"
    assert alpha["country"] == "DK"  # Alpha -> Odense (-> Denmark)
    assert alpha["documents"] == ["doc-a"]
    assert graph.nodes[ID + "person/anna-jensen"]["documents"] == ["doc-a", "doc-b"]


@pytest.mark.parametrize("entity, country", [
    ("org/beta-medtech", "CN"),  # Beta -> Chengdu (countryCode CN)
    ("place/sichuan", "CN"),
    ("org/health-commission", "CN"),  # -> China
    ("org/img-src-x-onerror-alert-1", "DE"),  # -> Hamburg
    ("person/li-wei", "CN"),  # person: the country of the organisation he holds a role in
])
def test_country_from_located_in_chains_and_roles(graph, entity, country):
    assert graph.nodes[ID + entity]["country"] == country


def test_relation_edges_with_evidence(graph):
    assert edges_of(graph, "role") == [("person/anna-jensen", "org/alpha-hospital"),
                                       ("person/anna-jensen", "org/gamma-university"),
                                       ("person/li-wei", "org/beta-medtech")]
    assert len(edges_of(graph, "located_in")) == 10
    # symmetric relations stated in both directions give one edge
    assert edges_of(graph, "partner_of") == [("place/chengdu", "place/odense")]
    role = graph.get_edge_data(ID + "person/anna-jensen", ID + "org/alpha-hospital")["role"]
    assert role["title"] == "CEO"
    assert role["evidence"] == ["Anna Jensen, CEO of Alpha Hospital, welcomed Li Wei, chairman of Beta Medtech."]
    assert role["documents"] == ["doc-a"]


def test_events_collapse_into_party_edges(graph):
    events = [d for _, _, d in graph.edges(data=True) if d["relation"] == "event"]
    # agreement 1 (2 parties: 1 pair), visit (1), agreement 2 (3 parties: 3 pairs), meeting (1)
    assert len(events) == 6
    deal = graph.get_edge_data(ID + "org/alpha-hospital", ID + "org/beta-medtech")[ID + "event/doc-a/1"]
    assert (deal["event_type"], deal["date"], deal["amount"], deal["currency"], deal["evidence_count"]) == \
        ("Agreement", "2022-09-28", 10_000_000.0, "USD", 1)


def test_events_as_nodes(dataset):
    graph = project_graph(dataset, collapse_events=False)
    event = ID + "event/doc-b/1"
    assert graph.nodes[event]["kind"] == "event"
    assert graph.nodes[event]["amount"] == 2_500_000.0
    assert sorted(u[len(ID):] for u, _ in graph.in_edges(event)) == [
        "org/delta-chamber", "org/gamma-university", "org/img-src-x-onerror-alert-1"]
    assert not any(d == "event" for _, _, d in graph.edges(data="relation"))


def test_filters(dataset):
    only_orgs = project_graph(dataset, entity_types=["Hospital", "Company"])
    assert sorted(only_orgs.nodes[n]["label"] for n in only_orgs) == [
        "<img src=x onerror=alert(1)>", "Alpha Hospital", "Beta Medtech"]
    danish = project_graph(dataset, countries=["dk"])
    assert {danish.nodes[n]["country"] for n in danish} == {"DK"}
    events_only = project_graph(dataset, relation_types=["event"])
    assert {d for _, _, d in events_only.edges(data="relation")} == {"event"}
    since_2023 = project_graph(dataset, since="2023")
    assert all(d >= "2023" for _, _, d in since_2023.edges(data="date"))
    assert ID + "person/li-wei" not in since_2023  # only active in 2022
    until_2022 = project_graph(dataset, until="2022-12")
    assert ID + "org/delta-chamber" not in until_2022
    assert project_graph(dataset, since="2030").number_of_nodes() == 0


def test_bad_date_bound():
    with pytest.raises(ValueError, match="not a date"):
        parse_date_bound("2022/01/01")


def test_plain_dataset_without_union_is_read(dataset):
    plain = Dataset()  # default_union False: the projection must still see the named graphs
    for quad in dataset.quads((None, None, None, None)):
        plain.add(quad)
    assert project_graph(plain).number_of_nodes() == 15


def test_direct_triple_without_statement_gives_an_edge():
    ds = Dataset(default_union=True)
    g = ds.graph(URIRef("https://w3id.org/healthkg/graph/d"))
    a, b = URIRef(ID + "org/a"), URIRef(ID + "org/b")
    g.add((a, HKG.entityType, Literal("Company")))
    g.add((b, HKG.entityType, Literal("Company")))
    g.add((a, HKG.partnerOf, b))
    g.add((b, HKG.partnerOf, a))
    graph = project_graph(ds)
    assert [(u, v, d["relation"], d["evidence"]) for u, v, d in graph.edges(data=True)] == [
        (str(a), str(b), "partner_of", [])]


def test_simple_graph_weights(graph):
    simple = simple_graph(graph)
    # Alpha and Beta: an agreement relation and an Agreement event
    assert simple[ID + "org/alpha-hospital"][ID + "org/beta-medtech"]["weight"] == 2


def test_subdivision_code_gives_its_country():
    ds = Dataset(default_union=True)
    g = ds.graph(URIRef("https://w3id.org/healthkg/graph/entities"))
    region, org = URIRef(ID + "place/sichuan"), URIRef(ID + "org/x")
    g.add((region, HKG.entityType, Literal("Region")))
    g.add((region, HKG.countryCode, Literal("CN-SC")))
    g.add((org, HKG.entityType, Literal("Hospital")))
    g.add((org, HKG.locatedIn, region))
    graph = project_graph(ds)
    assert graph.nodes[str(region)]["country"] == graph.nodes[str(org)]["country"] == "CN"
