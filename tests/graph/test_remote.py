"""Remote stores: push the graph into a real Oxigraph server and query it there."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from healthkg.cli import main
from healthkg.errors import QueryError, StoreError
from healthkg.graph.query import list_queries, run_query
from healthkg.graph.remote import RemoteEndpoint, push
from healthkg.graph.store import open_store

pytestmark = pytest.mark.server

FIXTURE = Path(__file__).parent / "fixtures" / "sparql_sample.trig"
PARAMS = {
    "partners-of": {"entity": "West China Hospital"},
    "foreign-partners": {"city": "Chengdu"},
    "evidence": {"subject": "Chengdu"},
    "document-statements": {"document": "d2"},
}
COUNT_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def oxigraph_binary() -> str | None:
    local = Path(sys.executable).parent / "oxigraph"
    return str(local) if local.exists() else shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    binary = oxigraph_binary()
    if binary is None:
        # a dev dependency: a missing server is a broken install, not a reason to skip
        pytest.fail("the 'oxigraph' server binary is not installed (pip install -e '.[dev]')")
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    process = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                                "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2).read()
                break
            except (urllib.error.URLError, ConnectionError):
                if process.poll() is not None:
                    pytest.fail("oxigraph exited: " + process.stderr.read().decode())
                time.sleep(0.05)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)  # an on-disk instance can take seconds to exit


@pytest.fixture(scope="module")
def store():
    return open_store(FIXTURE)


def normalized(result):
    def value(v):
        return "; ".join(sorted(v.split("; "))) if isinstance(v, str) else v
    return sorted((tuple((k, value(v)) for k, v in sorted(r.items())) for r in result.records()), key=repr)


@pytest.mark.parametrize("protocol, url", [("gsp", "/store"), ("update", "/update")])
def test_push_then_every_library_query_answers_the_same(oxigraph_server, store, protocol, url):
    sent = push(store, oxigraph_server + url, protocol=protocol, batch_size=40)
    assert sent["https://w3id.org/healthkg/graph/d1"] == 152 and sum(sent.values()) == 452
    push(store, oxigraph_server + url, protocol=protocol, batch_size=40)  # again: graphs replaced
    remote = RemoteEndpoint(oxigraph_server + "/query")
    assert remote.query(COUNT_QUADS).column("n") == [452]
    for query in list_queries():
        params = PARAMS.get(query.name)
        assert normalized(run_query(remote, query.name, params)) == \
            normalized(run_query(store, query.name, params)), query.name


def test_cli_push_and_query_endpoint(oxigraph_server):
    runner = CliRunner()
    pushed = runner.invoke(main, ["push", "--graph", str(FIXTURE), "--endpoint", oxigraph_server + "/store"])
    assert pushed.exit_code == 0, pushed.output
    answer = runner.invoke(main, ["query", "--endpoint", oxigraph_server + "/query", "partner-cities",
                                  "--format", "csv"])
    assert answer.exit_code == 0, answer.output
    assert [line.split(",")[1] for line in answer.output.splitlines()[1:]] == ["Aarhus", "Chengdu"]


def test_remote_errors(oxigraph_server):
    with pytest.raises(QueryError, match="HTTP 400"):
        RemoteEndpoint(oxigraph_server + "/query").query("SELEC nothing")
    with pytest.raises(StoreError, match="cannot reach the endpoint"):
        RemoteEndpoint(f"http://127.0.0.1:{free_port()}/query", timeout=2).query("ASK {}")
    with pytest.raises(StoreError, match="unknown protocol"):
        push(open_store(FIXTURE), oxigraph_server + "/store", protocol="ftp")
