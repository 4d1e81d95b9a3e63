"""The report in a real browser: headless Chromium (Debian's package) opens it from a file:// path, offline.

Driven over the DevTools protocol by Playwright with the system browser
(``executable_path``; Playwright never downloads one here). Skips only when
Chromium is not installed; .ci/run installs it before `make test`.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
from pathlib import Path

import pytest

from newslake.report_data import Filters
from newslake.report_html import build_report
from newslake.warehouse import build_warehouse

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("NEWSLAKE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).is_file(),
                                reason=f"chromium is not installed ({CHROMIUM}): apt-get install chromium (.ci/run does)")

_spec = importlib.util.spec_from_file_location("small_lake", Path(__file__).parent / "fixtures" / "small_lake.py")
small_lake = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(small_lake)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("browserdata")
    lake = small_lake.build_small_lake(data / "lake")
    assert build_warehouse(REPO / "dbt_like_sql", lake, data / "warehouse.duckdb").ok
    out = tmp_path_factory.mktemp("page") / "report.html"
    build_report(data / "warehouse.duckdb", out, Filters(), lake)
    return out


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """One headless Chromium for the module: a fresh profile, the network off."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("profile")), executable_path=CHROMIUM, args=FLAGS, headless=True,
            offline=True, viewport={"width": 1280, "height": 900}, service_workers="block")
        try:
            yield context
        finally:
            context.close()


def open_page(context, path: Path):
    """Open ``path``; return (page, requests seen, console errors). Any request but the file itself is refused."""
    page = context.new_page()
    url = path.resolve().as_uri()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.route("**/*", lambda route: route.continue_() if route.request.url == url else route.abort())
    page.goto(url, wait_until="load")
    page.wait_for_timeout(300)  # let late requests or errors surface
    return page, url, requests, errors


def test_every_chart_renders_without_console_errors(browser, report, tmp_path):
    page, _url, _requests, errors = open_page(browser, report)
    try:
        charts = page.evaluate("""() => [...document.querySelectorAll('figure.chart')].map(figure => {
            const svg = figure.querySelector('svg');
            const box = svg ? svg.getBoundingClientRect() : {width: 0, height: 0};
            const marks = svg ? [...svg.querySelectorAll('g.role-mark [role="graphics-symbol"]')] : [];
            const drawn = marks.filter(m => { const b = m.getBBox(); return b.width > 0 || b.height > 0; });
            return {title: figure.querySelector('h4').textContent, expected: +figure.dataset.marks,
                    width: box.width, height: box.height, marks: marks.length, drawn: drawn.length,
                    titled: marks.filter(m => m.querySelector('title')).length};
        })""")
        assert len(charts) >= 10
        for chart in charts:
            assert chart["width"] > 200 and chart["height"] > 80, chart
            assert chart["drawn"] >= chart["expected"] > 0, chart  # every data point is drawn, with a size
            assert chart["titled"] >= chart["expected"], chart  # and has its hover text
        sections = page.evaluate("() => [...document.querySelectorAll('main > section')].map(s => s.id)")
        assert sections == ["troops", "casualties", "claims", "spread", "quotes", "entities", "health"]
        # hovering a trend point shows its <title>: the sentence, outlet and date of the first report
        point = page.locator("#troops figure.chart g.role-mark path[aria-roledescription='point']").first
        point.hover()
        hovered = page.evaluate("() => document.querySelector(':hover > title, path:hover > title')?.textContent")
        assert hovered and "First reported by" in hovered
        shot = tmp_path / "report.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 50_000
        print(f"screenshot: {shot}")
    finally:
        page.close()
    assert errors == []


def test_page_requests_nothing_outside_the_file(browser, report, tmp_path):
    page, url, requests, errors = open_page(browser, report)
    page.close()
    assert requests == [url]
    assert errors == []
    # the check itself works: a page that asks for something else is caught
    leaky = tmp_path / "leaky.html"
    html = report.read_text(encoding="utf-8")
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    leaky.write_text(html.replace("</body>", '<img src="http://127.0.0.1:9/pixel.png"></body>'), encoding="utf-8")
    page, url, requests, _errors = open_page(browser, leaky)
    page.close()
    assert "http://127.0.0.1:9/pixel.png" in requests
