"""The network page (self-contained, escaped), the static picture and the exports, and `healthkg viz`."""
from __future__ import annotations

import csv
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from healthkg.cli import main
from healthkg.errors import HealthKGError
from healthkg.graph.draw import layout_positions, network_data, render_network, write_network_page
from healthkg.graph.exports import write_csv
from healthkg.graph.projection import project_graph
from healthkg.graph.store import load_dataset

FIXTURE = Path(__file__).parent / "fixtures" / "small.trig"
HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def graph():
    return project_graph(load_dataset(FIXTURE))


class ResourceFinder(HTMLParser):
    """Collects every URL the page would load: src/href attributes and CSS url()/@import."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []
        self.tags: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href", "data", "poster", "srcset", "action") and value:
                self.urls.append(value)
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.urls += re.findall(r"url\(\s*['\"]?([^'\")]+)", data)
            self.urls += re.findall(r"@import\s+['\"]?([^'\";]+)", data)


def page_data(html: str) -> dict:
    match = re.search(r"var DATA = (\{.*?\});\n", html)
    return json.loads(match.group(1))


def test_page_is_self_contained(graph, tmp_path):
    html = render_network(graph, tmp_path / "net.html").read_text(encoding="utf-8")
    finder = ResourceFinder()
    finder.feed(html)
    external = [url for url in finder.urls if not url.startswith("data:")]
    assert external == []
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)\s*=\s*['\"]?https?:", html, re.I)
    assert "cdn.jsdelivr" not in html and "cdnjs" not in html
    assert "default-src 'none'" in html  # Content-Security-Policy: no load can leave the page
    assert "vis.Network" in html and len(html) > 400_000  # vis-network inlined


def test_page_escapes_document_text(graph, tmp_path):
    html = render_network(graph, tmp_path / "net.html", title="<script>alert(2)</script>").read_text(encoding="utf-8")
    assert HOSTILE not in html
    assert "<script>alert(2)" not in html and "&lt;script&gt;alert(2)&lt;/script&gt;" in html
    data = page_data(html)
    labels = {node["label"] for node in data["nodes"]}
    assert HOSTILE in labels  # kept as text in the data, shown as text on the canvas
    hostile = next(n for n in data["nodes"] if n["label"] == HOSTILE)
    assert hostile["title"].startswith(HOSTILE + "\nCompany · DE")


def test_page_data_matches_the_graph(graph, tmp_path):
    data = page_data(render_network(graph, tmp_path / "net.html", size_by="betweenness").read_text(encoding="utf-8"))
    assert len(data["nodes"]) == graph.number_of_nodes() and len(data["edges"]) == graph.number_of_edges()
    assert data["options"]["physics"]["enabled"] is False
    assert all("x" in node and "y" in node for node in data["nodes"])
    assert {t["name"] for t in data["types"]} == {d for _, d in graph.nodes(data="type")}
    deal = next(e for e in data["edges"] if "10,000,000 USD" in e["title"])
    assert "Agreement · 2022-09-28" in deal["title"] and "Source: doc-a" in deal["title"]
    sizes = {n["label"]: n["size"] for n in data["nodes"]}
    assert sizes["Chengdu"] == max(sizes.values())  # highest betweenness in the fixture


def test_parallel_edges_are_curved_apart(graph):
    edges = network_data(graph)["edges"]
    pair = [e for e in edges if {e["from"], e["to"]} == {"https://w3id.org/healthkg/id/org/alpha-hospital",
                                                         "https://w3id.org/healthkg/id/org/beta-medtech"}]
    assert len(pair) == 2 and sum("smooth" in e for e in pair) == 1


def test_empty_graph_and_bad_size_by(tmp_path):
    assert page_data(render_network(nx.MultiDiGraph(), tmp_path / "e.html").read_text())["nodes"] == []
    with pytest.raises(HealthKGError, match="cannot size nodes by 'colour'"):
        render_network(nx.path_graph(3), tmp_path / "x.html", size_by="colour")


def test_layout_is_deterministic_and_spread():
    g = nx.barabasi_albert_graph(300, 2, seed=1)
    first = layout_positions(g)
    assert first == layout_positions(g)
    assert len({pos for pos in first.values()}) == 300


def test_write_network_page_for_the_build(tmp_path):
    path = write_network_page(load_dataset(FIXTURE), tmp_path / "out" / "network.html")
    assert path == tmp_path / "out" / "network.html" and path.stat().st_size > 0


def test_csv_export_flattens_lists(graph, tmp_path):
    nodes_path, edges_path = write_csv(graph, tmp_path / "kg.csv")
    nodes = list(csv.DictReader(nodes_path.open(encoding="utf-8")))
    edges = list(csv.DictReader(edges_path.open(encoding="utf-8")))
    assert len(nodes) == graph.number_of_nodes() and len(edges) == graph.number_of_edges()
    anna = next(n for n in nodes if n["label"] == "Anna Jensen")
    assert anna["documents"] == "doc-a; doc-b"


# ------------------------------------------------------------------ healthkg viz

def viz(*args):
    return CliRunner().invoke(main, ["viz", "--graph", str(FIXTURE), *args])


@pytest.mark.parametrize("suffix, check", [
    ("html", lambda p: "vis.Network" in p.read_text(encoding="utf-8")),
    ("svg", lambda p: p.read_text(encoding="utf-8").lstrip().startswith("<?xml")),
    ("png", lambda p: p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"),
    ("graphml", lambda p: nx.read_graphml(p).number_of_nodes() == 15),
    ("gexf", lambda p: nx.read_gexf(p).number_of_nodes() == 15),
])
def test_viz_formats(tmp_path, suffix, check):
    out = tmp_path / f"kg.{suffix}"
    result = viz("-o", str(out))
    assert result.exit_code == 0, result.output
    assert check(out)
    assert f"wrote {out} (15 entities" in result.stderr


def test_viz_csv_and_filters(tmp_path):
    result = viz("--format", "csv", "-o", str(tmp_path / "kg.txt"), "--types", "University,Association,Company",
                 "--since", "2023")
    assert result.exit_code == 0, result.output
    nodes = list(csv.DictReader((tmp_path / "kg-nodes.csv").open(encoding="utf-8")))
    assert sorted(n["label"] for n in nodes) == [HOSTILE, "Delta Chamber", "Gamma University"]


def test_viz_focus(tmp_path):
    result = viz("--focus", "Odense", "--hops", "1", "-o", str(tmp_path / "f.graphml"))
    assert result.exit_code == 0, result.output
    labels = sorted(label for _, label in nx.read_graphml(tmp_path / "f.graphml").nodes(data="label"))
    assert labels == ["Alpha Hospital", "Chengdu", "Denmark", "Odense"]


@pytest.mark.parametrize("args, message", [
    (["--focus", "Odens3"], "did you mean: Odense (City)"),
    (["--since", "last year"], "not a date"),
    (["--types", "Hospitals"], "unknown type(s) Hospitals"),
])
def test_viz_bad_input(tmp_path, args, message):
    result = viz(*args, "-o", str(tmp_path / "x.html"))
    assert result.exit_code in (1, 2) and message in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "x.html").exists()


def test_viz_unknown_suffix(tmp_path):
    result = viz("-o", str(tmp_path / "x.pdf"))
    assert result.exit_code == 2 and "give --format" in result.output
