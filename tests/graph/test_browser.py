"""The `healthkg viz` page in a real headless Chromium: complete, offline, and safe with hostile names."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from healthkg.cli import main
from healthkg.graph.projection import project_graph
from healthkg.graph.store import load_dataset

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
FIXTURE = Path(__file__).parent / "fixtures" / "small.trig"
HOSTILE = "<img src=x onerror=alert(1)>"
HOSTILE_IRI = "https://w3id.org/healthkg/id/org/img-src-x-onerror-alert-1"


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        message = f"no Chromium at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("HEALTHKG_REQUIRE_BROWSER"):
            pytest.fail(message)  # CI installs it: a missing browser there is a failure, not a skip
        pytest.skip(message)
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def page_file(tmp_path_factory):
    out = tmp_path_factory.mktemp("viz") / "network.html"
    result = CliRunner().invoke(main, ["viz", "--graph", str(FIXTURE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


class Watched:
    """A page with every request, console error, page error and dialog recorded."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport={"width": 1400, "height": 850})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.console_errors: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.page.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))
        self.page.on("pageerror", lambda e: self.console_errors.append(str(e)))
        self.page.on("dialog", self._dialog)

    def _route(self, route):
        url = route.request.url
        self.requests.append(url)
        if url.startswith(("file://", "data:")):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture()
def watched(browser):
    watched = Watched(browser)
    yield watched
    watched.context.close()


def open_page(watched, path: Path):
    watched.page.goto(path.as_uri())
    watched.page.wait_for_function("window.healthkg && window.healthkg.ready === true", timeout=30_000)


def test_page_draws_the_whole_graph_offline(watched, page_file, tmp_path):
    graph = project_graph(load_dataset(FIXTURE))
    open_page(watched, page_file)
    counts = watched.page.evaluate("[window.healthkg.nodes.length, window.healthkg.edges.length,"
                                   " window.healthkg.nodesView.length]")
    assert counts == [graph.number_of_nodes(), graph.number_of_edges(), graph.number_of_nodes()]
    assert watched.blocked == []
    assert all(url.startswith(("file://", "data:")) for url in watched.requests) and watched.requests
    assert watched.console_errors == []
    assert watched.page.locator("#stats").inner_text() == "15 entities, 25 links"
    shot = tmp_path / "network.png"
    watched.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000


def test_hostile_name_is_text_and_runs_nothing(watched, page_file):
    open_page(watched, page_file)
    page = watched.page
    # search for it: the side panel shows its details as text
    page.fill("#search", "onerror")
    page.press("#search", "Enter")
    assert page.locator("#search-result").inner_text() == "1 found"
    assert page.locator("#details").inner_text().startswith(HOSTILE)
    # hover it: vis-network's tooltip shows the name as text
    x, y = page.evaluate(
        """(id) => { const net = window.healthkg.network;
                     const p = net.canvasToDOM(net.getPositions([id])[id]);
                     const box = document.getElementById('network').getBoundingClientRect();
                     return [box.left + p.x, box.top + p.y]; }""", HOSTILE_IRI)
    page.mouse.move(x, y)
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
    assert page.locator("div.vis-tooltip").inner_text().startswith(HOSTILE)
    page.wait_for_timeout(300)
    assert watched.dialogs == []
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("document.body.innerText").count(HOSTILE) >= 1
    assert watched.console_errors == [] and watched.blocked == []


def test_type_filter_hides_and_shows_nodes(watched, page_file):
    open_page(watched, page_file)
    page = watched.page
    page.click(".legend-row[data-type='City']")
    assert page.evaluate("window.healthkg.nodesView.length") == 11
    page.click(".legend-row[data-type='City']")
    assert page.evaluate("window.healthkg.nodesView.length") == 15
