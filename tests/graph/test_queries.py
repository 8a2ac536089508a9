"""The SPARQL query library: known answers on a hand-written graph, parameters, the CLI."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from healthkg.cli import main
from healthkg.errors import EntityNotFound, QueryError
from healthkg.graph.query import (
    get_query, list_queries, parse_query_text, resolve_entity, run_query, sparql_term,
)
from healthkg.graph.results import QueryResult
from healthkg.graph.store import open_store

FIXTURE = Path(__file__).parent / "fixtures" / "sparql_sample.trig"
ID = "https://w3id.org/healthkg/id/"

#: parameters with which every library query is run in the cross-store tests
PARAMS = {
    "partners-of": {"entity": "West China Hospital"},
    "foreign-partners": {"city": "Chengdu"},
    "evidence": {"subject": "Chengdu"},
    "document-statements": {"document": "d2"},
}


@pytest.fixture(scope="module")
def store():
    return open_store(FIXTURE)


def normalized(result: QueryResult) -> list[tuple]:
    """Rows as sorted tuples, with GROUP_CONCAT lists sorted (their order is unspecified)."""
    def value(v):
        return "; ".join(sorted(v.split("; "))) if isinstance(v, str) else v
    return sorted((tuple((k, value(v)) for k, v in sorted(r.items())) for r in result.records()), key=repr)


def records(store, name, **params):
    return run_query(store, name, params).records()


def test_every_query_is_documented_and_listed():
    queries = list_queries()
    assert {q.name for q in queries} >= {
        "partners-of", "agreements", "officials", "partner-cities", "foreign-partners",
        "organizations-by-country", "evidence", "entities", "documents", "document-statements", "events"}
    for query in queries:
        assert len(query.description) > 30, query.name
        assert query.examples, query.name
        for parameter in query.parameters:
            assert parameter.description, (query.name, parameter.name)


def test_partners_of(store):
    rows = records(store, "partners-of", entity="West China Hospital")
    assert [(r["name"], r["type"], r["relations"], r["documents"]) for r in rows] == [
        ("Aarhus University Hospital", "Hospital", "agreement", 1),
        ("Medico Innovation A/S", "Company", "agreement", 1)]
    by_id = records(store, "partners-of", entity="place/chengdu")
    assert [r["name"] for r in by_id] == ["Aarhus", "Hamburg"]
    by_iri = records(store, "partners-of", entity=ID + "org/medico-innovation")
    assert {r["name"]: r["relations"] for r in by_iri} == {
        "West China Hospital": "agreement", "Hamburg Health Cluster": "partner_of"}


def test_agreements_by_year(store):
    rows = records(store, "agreements")
    assert [(r["date"], r["amount"], r["currency"]) for r in rows] == [
        ("2022-09-28", 10000000.0, "USD"), ("2023-05-12", None, None)]
    first = rows[0]
    assert sorted(first["parties"].split("; ")) == ["Medico Innovation A/S", "West China Hospital"]
    assert first["evidence"].startswith("Medico Innovation A/S signed a contract")
    assert first["document"] == ID + "doc/d1"
    assert [r["date"] for r in records(store, "agreements", year="2023")] == ["2023-05-12"]
    assert records(store, "agreements", year="2019") == []


def test_officials(store):
    rows = records(store, "officials")
    assert [(r["organizationName"], r["personName"], r["roles"]) for r in rows] == [
        ("Aarhus University Hospital", "Jens Berg", "Director"),
        ("Chengdu", "Li Wei", "mayor"),
        ("Medico Innovation A/S", "Anna Holm", "CEO")]
    only = records(store, "officials", organization="Medico Innovation")
    assert [r["personName"] for r in only] == ["Anna Holm"]


def test_partner_cities(store):
    rows = records(store, "partner-cities")
    assert [(r["cityName"], r["country"], r["partnerName"], r["partnerCountry"], r["documents"]) for r in rows] == [
        ("Aarhus", "DK", "Chengdu", "CN", 1), ("Chengdu", "CN", "Hamburg", "DE", 1)]


def test_foreign_partners_of_a_city(store):
    rows = records(store, "foreign-partners", city="Chengdu")
    assert [(r["partnerName"], r["partnerCountry"], r["via"]) for r in rows] == [
        ("Hamburg", "DE", "Chengdu"), ("Aarhus", "DK", "Chengdu"),
        ("Aarhus University Hospital", "DK", "West China Hospital")]
    assert [r["partnerName"] for r in records(store, "foreign-partners", city="Hamburg")] == ["Chengdu"]


def test_organizations_by_country(store):
    rows = records(store, "organizations-by-country")
    assert [(r["countryCode"], r["organizations"], r["names"]) for r in rows] == [
        ("CN", 1, "West China Hospital"), ("DE", 1, "Hamburg Health Cluster"), ("DK", 1, "Aarhus University Hospital")]
    assert [r["countryCode"] for r in records(store, "organizations-by-country", country="dk")] == ["DK"]


def test_evidence_behind_a_relation(store):
    rows = records(store, "evidence", subject="Chengdu", type="partner_of")
    assert [(r["from"], r["sentence"], r["published"]) for r in rows] == [
        (ID + "place/aarhus", "Aarhus and Chengdu are sister cities.", "2022-11-03"),
        (ID + "place/hamburg", "Hamburg und Chengdu sind seit 1986 Partnerstädte.", "2023-11-20")]
    pair = records(store, "evidence", subject="Hamburg", object="Chengdu")
    assert [r["document"] for r in pair] == [ID + "doc/d3"]
    assert len(records(store, "evidence", subject="Chengdu")) == 4


def test_entities_by_type_with_mentions(store):
    rows = records(store, "entities")
    assert (rows[0]["name"], rows[0]["mentions"], rows[0]["documents"]) == ("Chengdu", 4, 3)
    assert len(rows) == 10
    hospitals = records(store, "entities", type="Hospital")
    assert [(r["name"], r["mentions"]) for r in hospitals] == [
        ("West China Hospital", 2), ("Aarhus University Hospital", 1)]


def test_documents(store):
    rows = records(store, "documents")
    assert [(r["identifier"], r["language"], r["entities"], r["relations"], r["events"]) for r in rows] == [
        ("d1", "da", 5, 4, 1), ("d2", "en", 5, 5, 2), ("d3", "de", 4, 3, 1)]


def test_document_statements_in_reading_order(store):
    rows = records(store, "document-statements", document="d2")
    assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)
    relations = {(r["type"], r["from"], r["to"], r["role"]) for r in rows if r["kind"] == "relation"}
    assert relations == {
        ("role", "Li Wei", "Chengdu", "mayor"), ("visit", "Li Wei", "Aarhus University Hospital", None),
        ("agreement", "Aarhus University Hospital", "West China Hospital", None),
        ("located_in", "Aarhus University Hospital", "Aarhus", None),
        ("role", "Jens Berg", "Aarhus University Hospital", "Director")}
    assert sorted(r["type"] for r in rows if r["kind"] == "event") == ["Agreement", "Visit"]


def test_events(store):
    assert [r["eventType"] for r in records(store, "events")] == ["Agreement", "Visit", "Agreement", "Meeting"]
    assert [r["date"] for r in records(store, "events", type="Visit")] == ["2023-05-10"]
    assert [r["eventType"] for r in records(store, "events", year="2023")] == ["Visit", "Agreement", "Meeting"]


class RdflibTarget:
    """rdflib's SPARQL engine behind the query-library interface."""

    def __init__(self, dataset):
        self.dataset = dataset

    def query(self, sparql, *, timeout=None, limit=None):
        import pyoxigraph as ox

        data = self.dataset.query(sparql).serialize(format="json")
        return QueryResult.from_pyoxigraph(ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON))


@pytest.fixture(scope="module")
def rdflib_target():
    import rdflib

    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(FIXTURE, format="trig")
    return RdflibTarget(dataset)


@pytest.mark.parametrize("query", [q.name for q in list_queries()])
def test_same_answer_on_rdflib(store, rdflib_target, query):
    """Every library query is plain SPARQL 1.1: rdflib's engine gives the same answer."""
    assert normalized(run_query(rdflib_target, query, PARAMS.get(query))) == \
        normalized(run_query(store, query, PARAMS.get(query)))


def test_parameters_are_terms_never_raw_text(store):
    hostile = 'x" } ; DROP ALL ; SELECT * WHERE { "'
    with pytest.raises(EntityNotFound):
        run_query(store, "partners-of", {"entity": hostile})
    assert sparql_term(hostile).startswith('"x\\" }')
    with pytest.raises(QueryError, match="not an integer"):
        run_query(store, "agreements", {"year": "2022 } UNION { ?s ?p ?o"})
    with pytest.raises(QueryError, match="not a valid IRI"):
        run_query(store, "partners-of", {"entity": "http://x> } <y"})
    assert records(store, "entities", type='Hospital" || true || "') == []


def test_parameter_errors(store):
    with pytest.raises(QueryError, match="needs --param entity"):
        run_query(store, "partners-of")
    with pytest.raises(QueryError, match="no parameter 'colour'"):
        run_query(store, "documents", {"colour": "red"})
    with pytest.raises(QueryError, match="did you mean partners-of"):
        get_query("partner-of")
    with pytest.raises(EntityNotFound, match="did you mean: Chengdu"):
        resolve_entity(store, "Chengdoo")


def test_ambiguous_entity_lists_candidates():
    store = open_store(FIXTURE, read_only=False)
    store.update('INSERT DATA { GRAPH <urn:g> { <%splace/aarhus-2> <https://w3id.org/healthkg/ontology#entityType> '
                 '"City" ; <http://www.w3.org/2000/01/rdf-schema#label> "Aarhus" } }' % ID)
    with pytest.raises(EntityNotFound, match="ambiguous") as info:
        resolve_entity(store, "aarhus")
    assert info.value.candidates == ["place/aarhus", "place/aarhus-2"]


def test_ad_hoc_text_with_parameters_and_default_prefixes(store):
    query = parse_query_text(
        "# param t (string): a type\nSELECT DISTINCT ?name WHERE { ?e rdfs:label ?name ; hkg:entityType ?t }")
    result = run_query(store, query, {"t": "Person"})
    assert sorted(result.column("name")) == ["Anna Holm", "Jens Berg", "Li Wei"]


# ---------------------------------------------------------------------------- CLI

def run_cli(*args):
    return CliRunner().invoke(main, list(args))


def test_cli_named_query_table_csv_json():
    table = run_cli("query", "--graph", str(FIXTURE), "partners-of", "--param", "entity=Chengdu")
    assert table.exit_code == 0, table.output
    assert "place/aarhus" in table.output and "(2 rows)" in table.output
    csv_out = run_cli("query", "--graph", str(FIXTURE), "officials", "--format", "csv")
    assert csv_out.output.splitlines()[0] == "organization,organizationName,person,personName,roles,documents"
    as_json = run_cli("query", "--graph", str(FIXTURE), "agreements", "-p", "year=2022", "--format", "json")
    assert json.loads(as_json.output)[0]["amount"] == 10000000.0


def test_cli_text_file_and_list(tmp_path):
    text = run_cli("query", "--graph", str(FIXTURE), "SELECT ?c WHERE { ?c a schema:Country }")
    assert text.exit_code == 0 and "(0 rows)" in text.output
    rq = tmp_path / "cities.rq"
    rq.write_text("# description: cities\nSELECT DISTINCT ?c WHERE { ?c a schema:City } ORDER BY ?c\n")
    from_file = run_cli("query", "--graph", str(FIXTURE), "--file", str(rq), "--format", "csv")
    assert from_file.output.split() == ["c", ID + "place/aarhus", ID + "place/chengdu", ID + "place/hamburg"]
    listing = run_cli("query", "--list")
    assert "partners-of" in listing.output and "--param entity=..." in listing.output


def test_cli_errors_are_one_line():
    bad = run_cli("query", "--graph", str(FIXTURE), "SELEC ?x WHERE {}")
    assert bad.exit_code == 1 and "malformed SPARQL query" in bad.output and "Traceback" not in bad.output
    unknown = run_cli("query", "--graph", str(FIXTURE), "partners-of", "-p", "entity=Nowhere City")
    assert unknown.exit_code == 1 and "unknown entity 'Nowhere City'" in unknown.output
    usage = run_cli("query", "partners-of")
    assert usage.exit_code == 2


def test_cli_export(tmp_path):
    out = tmp_path / "g.nq"
    result = run_cli("export", "--graph", str(FIXTURE), "--format", "nquads", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 452
