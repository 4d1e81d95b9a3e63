"""`newslake report` over the small fixed lake (tests/fixtures/small_lake.py): the page, its data, its filters."""

from __future__ import annotations

import html as htmllib
import importlib.util
import re
import shutil
import subprocess
import sys
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import duckdb
import pytest

from newslake.report_charts import _spread_out
from newslake.report_data import Filters, topic_regex
from newslake.report_html import build_report
from newslake.warehouse import build_warehouse, query

REPO = Path(__file__).resolve().parent.parent
NEWSLAKE = str(Path(sys.executable).parent / "newslake")

_spec = importlib.util.spec_from_file_location("small_lake", Path(__file__).parent / "fixtures" / "small_lake.py")
small_lake = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(small_lake)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    """A data folder as `newslake run` leaves it: lake/ and warehouse.duckdb (built once)."""
    data = tmp_path_factory.mktemp("reportdata")
    lake = small_lake.build_small_lake(data / "lake")
    assert build_warehouse(REPO / "dbt_like_sql", lake, data / "warehouse.duckdb").ok
    return data


@pytest.fixture(scope="module")
def report(data_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "report.html"
    result = build_report(data_dir / "warehouse.duckdb", out, Filters(), data_dir / "lake")
    return result, out.read_text(encoding="utf-8")


def rows(data_dir: Path, sql: str) -> list[tuple]:
    return query(data_dir / "warehouse.duckdb", sql)[1]


def sections(html: str) -> dict[str, str]:
    return dict(re.findall(r'<section id="([a-z]+)".*?>(.*?)</section>', html, flags=re.S))


def figures(html: str) -> list[tuple[int, str, str]]:
    """(data marks, title, svg) of every chart."""
    return [(int(m), t, svg) for m, t, svg in re.findall(
        r'<figure class="chart" data-marks="(\d+)">\s*<h4>(.*?)</h4>\s*(<svg.*?</svg>)', html, flags=re.S)]


class _Refs(HTMLParser):
    """Every tag and every attribute that could make a browser fetch something."""

    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.fetching: list[tuple[str, str, str]] = []
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if tag == "a" and name == "href":
                self.links.append(value or "")
            elif name in ("src", "srcset", "href", "xlink:href", "poster", "data", "action", "background"):
                self.fetching.append((tag, name, value or ""))


def test_every_section_is_there_with_charts(report):
    result, html = report
    found = sections(html)
    assert list(found) == ["troops", "casualties", "claims", "spread", "quotes", "entities", "health"]
    assert result.empty_blocks == []  # the small lake has something for every block
    charts = figures(html)
    assert result.charts == len(charts) >= 10
    for marks, title, svg in charts:
        assert marks > 0, title
        assert 'class="mark-' in svg and "role-mark" in svg, title
    # one country-level and one per-place troop chart, each with its model named
    assert "From troop_estimate_trend_by_country:" in found["troops"]
    assert "From troop_estimate_trend:" in found["troops"]
    assert "From casualty_estimate_trend_by_country:" in found["casualties"]
    assert result.bytes == len(html.encode("utf-8"))


def test_trend_chart_draws_the_models_rows(report, data_dir):
    _result, html = report
    troops = sections(html)["troops"]
    place = troops.split("<h3>By place</h3>", 1)[1]
    marks, title, svg = figures(place)[0]
    assert title == "North Korea in Russia"
    new = rows(data_dir, """select estimator, estimate_sentence, estimate_source from troop_estimate_trend
                            where subject = 'North Korea' and location = 'Russia' and is_new_estimate""")
    assert marks == len(new) >= 4
    tips = re.findall(r'role="graphics-symbol" aria-roledescription="point"[^>]*><title>(.*?)</title>', svg)
    assert len(tips) == len(new)
    tips = [htmllib.unescape(t) for t in tips]
    for estimator, sentence, outlet in new:  # hover text: estimator, outlet, sentence of the first report
        assert any(estimator in t and f"First reported by {outlet}" in t and sentence in t for t in tips), (estimator, tips)
    # the estimates' notes: sentence, outlet and date of first report
    assert "Notes: the" in place and "Yonhap, 2024-10-18" in place
    # named claimants are labelled on the chart, outlets (estimator_kind 'outlet') are not
    kinds = dict(rows(data_dir, """select estimator, any_value(estimator_kind) from troop_estimate_trend
                                   where subject = 'North Korea' and location = 'Russia' group by 1"""))
    labels_layer = re.search(r'<g class="mark-text role-mark layer_4_marks".*?</g>', svg, flags=re.S).group(0)
    labelled = set(re.findall(r">([^<>]+)</text>", labels_layer))
    assert labelled == {e for e, kind in kinds.items() if kind == "source"}
    assert {e for e, kind in kinds.items() if kind == "outlet"} == {"Reuters"}


def test_claims_ledger_and_spread(report, data_dir):
    _result, html = report
    found = sections(html)
    n_claims = rows(data_dir, "select count(*) from fct_claims")[0][0]
    ledger = re.search(r'<table class="ledger">.*?</table>', found["claims"], flags=re.S).group(0)
    assert ledger.count("<tr>") - 1 == n_claims
    # the wire story a1/a2 (Yonhap, copied by RTTNews) is one story with two articles
    assert "1 stories, 2 articles, 2 outlets" in ledger
    spread = found["spread"]
    assert "first report" in spread and "syndicated copy" in spread
    assert "Stories reprinted by other outlets" in spread


def test_health_section_reads_fetch_log_quarantine_and_run_log(report):
    _result, html = report
    health = sections(html)["health"]
    assert "HTTP 503" in health and "no body text" in health and "bad dateline" in health
    assert "Last run <code>r1</code>: completed" in health
    assert "Failures per day" in health


def test_page_is_self_contained(report):
    _result, html = report
    refs = _Refs()
    refs.feed(html)
    assert "script" not in refs.tags and "link" not in refs.tags and "img" not in refs.tags
    assert refs.fetching == []
    assert all(href.startswith(("#", "http://", "https://")) for href in refs.links)
    assert not re.search(r"url\((?!#)", html), "a CSS or SVG url() that is not a same-page reference"
    assert "@import" not in html and "@font-face" not in html
    assert "default-src 'none'" in html
    # ids are unique across the inline SVGs
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids))


def test_missing_and_empty_models_say_why(data_dir, tmp_path):
    copy = tmp_path / "warehouse.duckdb"
    shutil.copyfile(data_dir / "warehouse.duckdb", copy)
    con = duckdb.connect(str(copy))
    con.execute("drop table troop_estimate_trend_by_country")
    con.execute("delete from casualty_estimate_trend")
    con.execute("drop view fct_quotes")
    con.close()
    result = build_report(copy, tmp_path / "r.html", Filters(), None)
    found = sections((tmp_path / "r.html").read_text(encoding="utf-8"))
    assert "The model <code>troop_estimate_trend_by_country</code> is not in this warehouse" in found["troops"]
    assert "<code>casualty_estimate_trend</code> is empty" in found["casualties"]
    assert "The model <code>fct_quotes</code> is not in this warehouse" in found["quotes"]
    assert "No lake folder was given" in found["health"]
    assert "Troop estimates over time: By country" in result.empty_blocks
    assert "From troop_estimate_trend:" in found["troops"]  # the rest still renders


def test_empty_warehouse_reports_why_everywhere(tmp_path):
    lake = tmp_path / "lake"
    lake.mkdir()
    assert build_warehouse(REPO / "dbt_like_sql", lake, tmp_path / "warehouse.duckdb").ok
    result = build_report(tmp_path / "warehouse.duckdb", tmp_path / "r.html", Filters(), lake)
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert result.charts == 0 and figures(html) == []
    for name, body in sections(html).items():
        assert 'class="empty"' in body, name
    assert "No run is recorded in the lake" in html


def test_since_filter(data_dir, tmp_path):
    build_report(data_dir / "warehouse.duckdb", tmp_path / "r.html", Filters(since=date(2024, 11, 1)), data_dir / "lake")
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "since 2024-11-01" in html
    found = sections(html)
    for _marks, _title, svg in figures(found["troops"]):
        for tip in re.findall(r"<title>(.*?)</title>", svg):
            day = re.search(r"as of (\d{4}-\d\d-\d\d)", tip)
            assert day is None or day.group(1) >= "2024-11-01", tip
    assert "2024-10-18" not in found["quotes"]
    # claims last reported before the day are left out
    kept = rows(data_dir, "select count(*) from fct_claims where last_reported_date >= '2024-11-01'")[0][0]
    ledger = re.search(r'<table class="ledger">.*?</table>', found["claims"], flags=re.S).group(0)
    assert ledger.count("<tr>") - 1 == kept


def test_topic_filter_by_keyword_and_feed_tag(data_dir, tmp_path):
    build_report(data_dir / "warehouse.duckdb", tmp_path / "r.html", Filters(topics=("zelensky",)), data_dir / "lake")
    found = sections((tmp_path / "r.html").read_text(encoding="utf-8"))
    assert "Volodymyr Zelensky" in found["quotes"]
    assert "Lloyd Austin" not in found["quotes"] and "Cho Tae-yong" not in found["quotes"]
    # a whole word only: "zelen" matches nothing
    build_report(data_dir / "warehouse.duckdb", tmp_path / "z.html", Filters(topics=("zelen",)), data_dir / "lake")
    assert "Volodymyr Zelensky" not in sections((tmp_path / "z.html").read_text(encoding="utf-8"))["quotes"]
    # a feed tag from the feeds config selects that feed's articles
    build_report(data_dir / "warehouse.duckdb", tmp_path / "t.html",
                 Filters(topics=("asia",), feed_tags={"yonhap": ("asia",)}), data_dir / "lake")
    html = (tmp_path / "t.html").read_text(encoding="utf-8")
    assert "(2 articles on topic)" in html
    assert "Cho Tae-yong" in sections(html)["quotes"] and "Lloyd Austin" not in sections(html)["quotes"]


def test_topic_text_is_escaped(data_dir, tmp_path):
    build_report(data_dir / "warehouse.duckdb", tmp_path / "r.html", Filters(topics=("<b>x</b>",)), data_dir / "lake")
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<b>x</b>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html


def test_topic_regex_escapes_and_matches_whole_words():
    con = duckdb.connect()
    pattern = topic_regex(["U.S.", "Kim (Jong Un)"])
    assert con.execute("select regexp_matches('the U.S. said', ?)", [pattern]).fetchone()[0]
    assert not con.execute("select regexp_matches('the USAS said', ?)", [pattern]).fetchone()[0]
    assert con.execute("select regexp_matches('kim (jong un) said', ?)", [pattern]).fetchone()[0]


def test_labels_are_spread_apart():
    assert _spread_out([1, 1, 1], 1, 0, 10) == [0, 1, 2]
    assert _spread_out([9.5, 9.6, 9.7], 1, 0, 10) == [8, 9, 10]
    ys = _spread_out([0, 0.1, 5, 5.2, 5.3], 1, 0, 10)
    assert all(b - a >= 1 - 1e-9 for a, b in zip(ys, ys[1:])) and ys[0] >= 0 and ys[-1] <= 10


def test_cli_report(data_dir, tmp_path):
    out = tmp_path / "cli.html"
    done = subprocess.run([NEWSLAKE, "report", "--data-dir", str(data_dir), "--out", str(out), "--topic", "Russia",
                           "--since", "2024-10-01"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"wrote {out}" in done.stderr and "charts" in done.stderr
    assert out.stat().st_size > 10_000
    missing = subprocess.run([NEWSLAKE, "report", "--data-dir", str(tmp_path / "nothing")],
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode == 1 and "no warehouse at" in missing.stderr and "Traceback" not in missing.stderr


def test_a_large_warehouse_charts_its_biggest_series_and_lists_the_rest(tmp_path):
    """A lake with many series, estimators and outlets over two years (the benchmark's generator):
    each level charts MAX_SERIES series of at most MAX_ESTIMATORS lines, names what it left out,
    and the coverage chart goes by week with the small outlets stacked as one."""
    from benchmarks.bench_warehouse import generate
    from newslake.report_html import MAX_ESTIMATORS, MAX_SERIES

    generate(tmp_path / "lake", 3000, 30000)
    assert build_warehouse(REPO / "dbt_like_sql", tmp_path / "lake", tmp_path / "warehouse.duckdb").ok
    out = tmp_path / "r.html"
    build_report(tmp_path / "warehouse.duckdb", out, Filters(), tmp_path / "lake")
    page = out.read_text(encoding="utf-8")
    troops = sections(page)["troops"]
    assert "more series with fewer estimates are not charted" in troops
    assert f"Each chart draws the {MAX_ESTIMATORS} estimators with the most estimates" in troops
    captions = re.findall(r"From troop_estimate_trend[^:]*: \d+ estimates by (\d+) estimators", troops)
    assert len(captions) == 2 * MAX_SERIES and max(map(int, captions)) <= MAX_ESTIMATORS
    health = sections(page)["health"]
    assert "(bars: weeks)" in health and "other outlets (30)" in health
