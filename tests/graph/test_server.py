"""The SPARQL endpoint: protocol, result formats, CORS, read-only mode, limits, the CLI command."""
from __future__ import annotations

import csv
import io
import json
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote, urlencode

import pyoxigraph as ox
import pytest
import rdflib

from healthkg.graph.server import make_server
from healthkg.graph.store import open_store

pytestmark = pytest.mark.server

FIXTURE = Path(__file__).parent / "fixtures" / "sparql_sample.trig"
CITIES = "SELECT DISTINCT ?city ?name WHERE { ?city a schema:City ; skos:prefLabel ?name } ORDER BY ?name"
NAMES = ["Aarhus", "Chengdu", "Hamburg"]


def start(store, **settings):
    server = make_server(store, "127.0.0.1", 0, **settings)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server


@pytest.fixture(scope="module")
def endpoint():
    server = start(open_store(FIXTURE), timeout=5, limit=1000)
    yield server.url
    server.shutdown()
    server.server_close()


def get(url, headers=None, method="GET", data=None):
    request = urllib.request.Request(url, headers=headers or {}, method=method, data=data)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_select_as_json_by_accept(endpoint):
    status, headers, body = get(f"{endpoint}?query={quote(CITIES)}",
                                {"Accept": "application/sparql-results+json"})
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    bindings = json.loads(body)["results"]["bindings"]
    assert [b["name"]["value"] for b in bindings] == NAMES
    assert bindings[0]["city"] == {"type": "uri", "value": "https://w3id.org/healthkg/id/place/aarhus"}


def test_select_as_xml_csv_tsv(endpoint):
    status, headers, body = get(f"{endpoint}?query={quote(CITIES)}", {"Accept": "application/sparql-results+xml"})
    assert headers["Content-Type"].startswith("application/sparql-results+xml")
    ns = {"s": "http://www.w3.org/2005/sparql-results#"}
    names = [e.text for e in ET.fromstring(body).findall(".//s:binding[@name='name']/s:literal", ns)]
    assert names == NAMES
    status, headers, body = get(f"{endpoint}?query={quote(CITIES)}", {"Accept": "text/csv"})
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert headers["Content-Type"].startswith("text/csv") and [r["name"] for r in rows] == NAMES
    status, headers, body = get(f"{endpoint}?query={quote(CITIES)}&format=tsv")
    lines = body.decode().splitlines()
    assert headers["Content-Type"].startswith("text/tab-separated-values")
    assert lines[0] == "?city\t?name" and lines[1].endswith('\t"Aarhus"')
    # the answers parse as standard SPARQL results
    parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.TSV)
    assert [s["name"].value for s in parsed] == NAMES


def test_post_form_and_sparql_query_body(endpoint):
    status, _, body = get(endpoint, {"Content-Type": "application/x-www-form-urlencoded"}, "POST",
                          urlencode({"query": "ASK { ?x a schema:Hospital }"}).encode())
    assert status == 200 and json.loads(body)["boolean"] is True
    status, _, body = get(endpoint, {"Content-Type": "application/sparql-query", "Accept": "text/csv"}, "POST",
                          CITIES.encode())
    assert status == 200 and body.decode().splitlines()[1].endswith(",Aarhus")


@pytest.mark.parametrize("accept, fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                         ("application/ld+json", "json-ld")])
def test_construct_formats(endpoint, accept, fmt):
    construct = "CONSTRUCT { ?c a schema:City } WHERE { ?c a schema:City }"
    status, headers, body = get(f"{endpoint}?query={quote(construct)}", {"Accept": accept})
    assert status == 200 and headers["Content-Type"].startswith(accept)
    graph = rdflib.Graph().parse(data=body.decode(), format=fmt)
    assert len(graph) == 3


def test_cors_and_preflight(endpoint):
    status, headers, _ = get(f"{endpoint}?query={quote(CITIES)}", {"Origin": "http://example.org"})
    assert headers["Access-Control-Allow-Origin"] == "*"
    status, headers, _ = get(endpoint, {"Origin": "http://example.org", "Access-Control-Request-Method": "POST"},
                             "OPTIONS")
    assert status == 204 and "POST" in headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in headers["Access-Control-Allow-Headers"]


def test_read_only_refuses_updates(endpoint):
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    status, _, body = get(endpoint, {"Content-Type": "application/x-www-form-urlencoded"}, "POST",
                          urlencode({"update": update}).encode())
    assert status == 403 and b"read-only" in body
    status, _, _ = get(endpoint, {"Content-Type": "application/sparql-update"}, "POST", update.encode())
    assert status == 403
    _, _, body = get(f"{endpoint}?query={quote('ASK { <urn:a> ?p ?o }')}")
    assert json.loads(body)["boolean"] is False


def test_errors_and_help_page(endpoint):
    status, _, body = get(f"{endpoint}?query={quote('SELEC nothing')}")
    assert status == 400 and b"malformed SPARQL query" in body
    status, _, _ = get(f"{endpoint}?query={quote(CITIES)}", {"Accept": "image/png"})
    assert status == 406
    status, headers, body = get(endpoint.replace("/sparql", "/"))
    assert status == 200 and headers["Content-Type"].startswith("text/html") and b"/sparql" in body


def test_updates_limit_and_timeout():
    store = open_store(FIXTURE, read_only=False)
    store._store.extend(ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), ox.Literal(i),
                                ox.NamedNode("urn:big")) for i in range(3000))
    server = start(store, allow_update=True, timeout=0.05, limit=5)
    try:
        status, _, _ = get(server.url, {"Content-Type": "application/x-www-form-urlencoded"}, "POST",
                           urlencode({"update": "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"}).encode())
        assert status == 204 and "urn:g" in store.graph_names()
        status, headers, body = get(f"{server.url}?query={quote('SELECT ?s WHERE { ?s ?p ?o }')}")
        assert headers["X-Result-Truncated"] == "true" and len(json.loads(body)["results"]["bindings"]) == 5
        heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a <urn:p> ?x . ?b <urn:p> ?y . FILTER(?x < ?y) }"
        status, _, body = get(f"{server.url}?query={quote(heavy)}")
        assert status == 503 and b"timed out" in body
    finally:
        server.shutdown()
        server.server_close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_cli_serve_command():
    port = free_port()
    process = subprocess.Popen([sys.executable, "-c", "from healthkg.cli import main; main()", "serve",
                                "--graph", str(FIXTURE), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}/sparql?query={quote(CITIES)}&format=csv"
        for _ in range(200):
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    body = response.read().decode()
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.05)
        else:
            pytest.fail("the server did not start: " + process.stderr.read1().decode())
        assert [line.split(",")[1] for line in body.splitlines()[1:]] == NAMES
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_every_library_query_through_the_endpoint(endpoint):
    """healthkg query --endpoint against healthkg serve gives the embedded answers."""
    from healthkg.graph.query import list_queries, run_query
    from healthkg.graph.remote import RemoteEndpoint

    params = {"partners-of": {"entity": "West China Hospital"}, "foreign-partners": {"city": "Chengdu"},
              "evidence": {"subject": "Chengdu"}, "document-statements": {"document": "d2"}}
    store, remote = open_store(FIXTURE), RemoteEndpoint(endpoint)
    for query in list_queries():
        assert run_query(remote, query.name, params.get(query.name)).records() == \
            run_query(store, query.name, params.get(query.name)).records(), query.name
