"""Known answers of the query library on the demo graph (the bundled sample corpus, built once
per session by the ``demo_build`` fixture). Each expected fact is one the evaluation gold
(shared/eval/gold) marks in that article."""
from __future__ import annotations

import pytest

from healthkg.graph.query import list_queries, run_query
from healthkg.graph.store import open_store

LANGUAGES = {"000_40dd52778adfcd27": ("da", "2022-11-03"), "001_ae41dadf315eba63": ("de", "2022-11-03"),
             "002_fab9e49b7e6b20e5": ("de", "2024-05-22"), "003_841aa74d453e70bd": ("en", "2023-07-19"),
             "004_1ab0caa8ac95d49f": ("en", "2023-02-21")}


@pytest.fixture(scope="module")
def demo(demo_build):
    out_dir, _result = demo_build
    return open_store(out_dir)


def records(store, name, **params):
    return run_query(store, name, params).records()


def test_demo_store_holds_one_graph_per_document(demo):
    names = demo.graph_names()
    assert sum(name.rsplit("/", 1)[-1] in LANGUAGES for name in names) == 5
    assert "https://w3id.org/healthkg/graph/entities" in names


def test_documents(demo):
    rows = records(demo, "documents")
    assert {r["identifier"]: (r["language"], r["published"]) for r in rows} == LANGUAGES
    assert all(r["entities"] > 0 for r in rows)


def test_agreements(demo):
    parties_2022 = [r["parties"] for r in records(demo, "agreements", year="2022")]
    assert any("JustGood" in p and "Life Science Park" in p for p in parties_2022)
    assert any("JustGood" in p and "Ronderos" in p for p in parties_2022)
    parties_2023 = [r["parties"] for r in records(demo, "agreements", year="2023")]
    assert any("Zhongshan Hospital" in p and "China Southern" in p for p in parties_2023)


def test_partners_of(demo):
    names = [r["name"] for r in records(demo, "partners-of", entity="JustGood Health Industry Group")]
    assert any("Life Science Park" in n for n in names) and any("Ronderos" in n for n in names)


def test_officials(demo):
    triples = {(r["personName"], r["roles"], r["organizationName"]) for r in records(demo, "officials")}
    assert ("Shi Jun", "CEO", "JustGood Health Industry Group") in triples
    assert ("Wolfgang Pommer", "Direktor", "Medizinisches Zentrum Berlin") in triples
    zhongshan = records(demo, "officials", organization="Zhongshan Hospital")
    assert {r["personName"] for r in zhongshan} >= {"Fan Jia", "Gu Jianying"}


def test_partner_cities_and_foreign_partners(demo):
    pairs = {(r["cityName"], r["partnerName"]) for r in records(demo, "partner-cities")}
    assert any("Chengdu" in pair[0] and "Ibag" in pair[1] for pair in pairs)
    foreign = records(demo, "foreign-partners", city="Chengdu")
    assert any("Ibag" in r["partnerName"] and r["partnerCountry"] == "CO" for r in foreign)


def test_organizations_by_country(demo):
    by_country = {r["countryCode"]: r for r in records(demo, "organizations-by-country")}
    assert by_country["CN"]["organizations"] >= 3
    assert "Life Science Park" in by_country["NL"]["names"]


def test_evidence(demo):
    rows = records(demo, "evidence", subject="Chengdu", type="partner_of")
    assert any("Ibag" in r["sentence"] and r["document"].endswith("001_ae41dadf315eba63") for r in rows)


def test_entities(demo):
    cities = records(demo, "entities", type="City")
    assert cities[0]["name"] == "Chengdu" and cities[0]["documents"] >= 3


def test_document_statements(demo):
    rows = records(demo, "document-statements", document="002_fab9e49b7e6b20e5")
    relations = {(r["type"], r["from"], r["to"]) for r in rows if r["kind"] == "relation"}
    assert ("part_of", "Zweites Krankenhaus der Medizinischen Universität Chongqing",
            "Medizinische Universität Chongqing") in relations
    assert any(r["type"] == "role" and r["role"] == "Direktor" and r["from"] == "Wolfgang Pommer" for r in rows)


def test_events(demo):
    rows = records(demo, "events")
    assert sum(r["eventType"] == "Agreement" for r in rows) >= 3
    assert records(demo, "events", type="Visit")
    assert all(r["eventType"] == "Visit" for r in records(demo, "events", type="Visit"))


def test_every_library_query_has_a_demo_test():
    tested = {"documents", "agreements", "partners-of", "officials", "partner-cities", "foreign-partners",
              "organizations-by-country", "evidence", "entities", "document-statements", "events"}
    assert {q.name for q in list_queries()} == tested
