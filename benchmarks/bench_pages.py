"""Benchmark the network page: size and time until interactive in headless Chromium.

Generates projected graphs shaped like ``project_graph`` output (entities of every type
with countries and documents; role, located_in, agreement, visit, partner_of edges and
collapsed events with evidence sentences) of 500, 2,000 and 10,000 nodes, renders each
with :func:`healthkg.graph.draw.render_network`, opens it from file:// in Debian's
Chromium (playwright, no network) and measures:

- render: seconds to build the page in Python (layout, sizes, tooltips, HTML);
- bytes: the page size;
- interactive: seconds from navigation until vis-network's first ``afterDrawing``
  (the page sets ``window.healthkg.ready``), measured in the browser;
- hover: milliseconds the page takes to answer a hover over a node with its tooltip.

    python benchmarks/bench_pages.py                       # 500, 2000, 10000 nodes
    python benchmarks/bench_pages.py --sizes 500 --json out.json
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from healthkg.graph.draw import render_network

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
TYPES = ["Person", "Hospital", "Company", "GovernmentBody", "Association", "University", "City", "Country"]
COUNTRIES = ["DK", "CN", "DE", "US", "IN", "BR", "NL", "SE"]
RELATIONS = ["role", "located_in", "part_of", "agreement", "visit", "partner_of", "event"]
WORDS = ("hospital signed cooperation agreement with the company on medical devices research training "
         "delegation visited province health commission university partnership investment million").split()


def synthetic_graph(n: int, *, seed: int = 7) -> nx.MultiDiGraph:
    """A projection-shaped MultiDiGraph of *n* entities and about 2.2 n edges (scale-free)."""
    rng = random.Random(seed)
    skeleton = nx.barabasi_albert_graph(n, 2, seed=seed)
    graph = nx.MultiDiGraph(documents={f"doc-{i}": {"date": f"20{15 + i % 9}-0{1 + i % 9}-1{i % 9}",
                                                    "headline": f"headline {i}"} for i in range(n // 5 + 1)})
    for node in skeleton:
        graph.add_node(f"https://w3id.org/healthkg/id/x/{node}", label=f"Entity {node} {rng.choice(WORDS).title()}",
                       type=rng.choice(TYPES), country=rng.choice(COUNTRIES),
                       documents=[f"doc-{rng.randrange(n // 5 + 1)}" for _ in range(rng.randint(1, 3))])
    for number, (u, v) in enumerate(skeleton.edges()):
        relation = rng.choice(RELATIONS)
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30))).capitalize() + "."
        attrs = {"relation": relation, "evidence": [sentence], "documents": [f"doc-{rng.randrange(n // 5 + 1)}"],
                 "date": f"20{rng.randint(15, 23)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"}
        if relation == "role":
            attrs["title"] = rng.choice(["CEO", "director", "chairman", "professor"])
        if relation == "event":
            attrs.update(event_type=rng.choice(["Agreement", "Visit", "Meeting", "Project"]),
                         amount=float(rng.randint(1, 100) * 100_000), currency="USD", evidence_count=1,
                         event=f"https://w3id.org/healthkg/id/event/{number}")
        graph.add_edge(f"https://w3id.org/healthkg/id/x/{u}", f"https://w3id.org/healthkg/id/x/{v}",
                       key=attrs.get("event", relation), **attrs)
    return graph


def measure(browser, path: Path, hover_node: str) -> dict[str, float]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    external: list[str] = []

    def route(r):
        if r.request.url.startswith(("file://", "data:")):
            r.continue_()
        else:
            external.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    started = time.perf_counter()
    page.goto(path.as_uri(), wait_until="commit")
    page.wait_for_function("window.healthkg && window.healthkg.ready === true", timeout=180_000)
    wall = time.perf_counter() - started
    in_page = page.evaluate("performance.now()") / 1000.0
    drawn = page.evaluate("[window.healthkg.nodes.length, window.healthkg.edges.length]")
    x, y = page.evaluate(
        """(id) => { const net = window.healthkg.network; const p = net.canvasToDOM(net.getPositions([id])[id]);
                     const box = document.getElementById('network').getBoundingClientRect();
                     return [box.left + p.x, box.top + p.y]; }""", hover_node)
    hover_start = time.perf_counter()
    page.mouse.move(x, y)
    try:
        page.wait_for_selector("div.vis-tooltip", state="visible", timeout=10_000)
        hover_ms = (time.perf_counter() - hover_start) * 1000
    except Exception:  # the hovered node may be hidden behind another one; report no figure
        hover_ms = float("nan")
    context.close()
    return {"interactive_s": round(wall, 2), "interactive_in_page_s": round(in_page, 2), "hover_ms": round(hover_ms),
            "drawn_nodes": drawn[0], "drawn_edges": drawn[1], "external_requests": len(external),
            "page_errors": len(errors)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,2000,10000", help="comma-separated node counts")
    parser.add_argument("--json", default="bench_pages.json", help="where to write the figures")
    args = parser.parse_args(argv)
    if not os.path.exists(CHROMIUM):
        print(f"no Chromium at {CHROMIUM}: apt-get install chromium", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    results = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        for n in (int(s) for s in args.sizes.split(",")):
            graph = synthetic_graph(n)
            path = Path(tmp) / f"net-{n}.html"
            started = time.perf_counter()
            render_network(graph, path, title=f"benchmark {n}")
            render_s = time.perf_counter() - started
            hub = max(graph, key=graph.degree)
            figures = measure(browser, path, hub)
            row = {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
                   "render_s": round(render_s, 2), "bytes": path.stat().st_size, **figures}
            results.append(row)
            print(f"{n} nodes done", file=sys.stderr)
        browser.close()
    columns = ["nodes", "edges", "render_s", "bytes", "interactive_s", "interactive_in_page_s", "hover_ms",
               "drawn_nodes", "drawn_edges", "external_requests", "page_errors"]
    widths = [max(len(c), *(len(str(r[c])) for r in results)) for c in columns]
    print("  ".join(c.rjust(w) for c, w in zip(columns, widths)))
    for row in results:
        print("  ".join(str(row[c]).rjust(w) for c, w in zip(columns, widths)))
    Path(args.json).write_text(json.dumps({"results": results}, indent=1), encoding="utf-8")
    print(f"wrote {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
