"""End to end over real HTTP: the flow against a site served on 127.0.0.1.

The sample's Capital Ledger RSS feed and Northstar news sitemap are served
with their pages from a loopback server, with a 404, a 500-then-200, invalid
UTF-8, a robots.txt disallow and a dead feed mixed in. Checks the WARC
archive, the fetch log, conditional GET on the rerun, quarantine and that
`newslake reprocess` rebuilds identical tables from the archive alone.
"""

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from tests.http_server import LocalServer, Response, free_port

NEWSLAKE = str(Path(sys.executable).parent / "newslake")
pytestmark = pytest.mark.slow

HOSTS = {"capitalledger.example": "https://capitalledger.example/",
         "www.northstar-times.example": "https://www.northstar-times.example/"}
FLAKY_PAGE = (b"<html><head><title>Recovered page</title></head><body><article>"
              + b"".join(b"<p>Paragraph %d: officials said at least 3,000 North Korean troops had moved to eastern "
                         b"Russia by mid-October, the Pentagon said on Wednesday in its briefing number %d.</p>" % (i, i)
                         for i in range(5))
              + b"</article></body></html>")
BAD_UTF8 = (b"<html><head><meta charset='utf-8'><title>Bad bytes</title></head><body><article>"
            + b"".join(b"<p>Item %d: Seoul said about 1,500 North Korean special forces \xff\xfe had arrived in "
                       b"Vladivostok aboard Russian ships during week %d of the deployment.</p>" % (i, i) for i in range(5))
            + b"</article></body></html>")


def rewrite(body: bytes, base: str) -> bytes:
    for host, prefix in HOSTS.items():
        body = body.replace(prefix.encode(), f"{base}/{host}/".encode())
    return body


@pytest.fixture(scope="module")
def site(repo):
    sample = repo / "data" / "sample"
    with LocalServer() as server:
        base = server.base
        for host in HOSTS:
            for path in (sample / "mirror" / host).rglob("*"):
                if path.is_file():
                    server.add(f"/{host}/{path.relative_to(sample / 'mirror' / host).as_posix()}",
                               Response(body=path.read_bytes()))
        server.add("/feeds/ledger.rss", Response(
            body=rewrite((sample / "feeds" / "capital-ledger.rss").read_bytes(), base),
            content_type="application/rss+xml", etag='"ledger-v1"'))
        sitemap = rewrite((sample / "feeds" / "northstar-news-sitemap.xml").read_bytes(), base)
        extra = "".join(f"<url><loc>{base}{p}</loc></url>" for p in ("/gone/page", "/flaky/page", "/bad/utf8", "/private/secret"))
        server.add("/feeds/northstar.xml", Response(body=sitemap.replace(b"</urlset>", extra.encode() + b"</urlset>"),
                                                    content_type="application/xml", last_modified="Mon, 13 Jan 2025 00:00:00 GMT"))
        server.add("/flaky/page", [Response(status=500), Response(body=FLAKY_PAGE)])
        server.add("/bad/utf8", Response(body=BAD_UTF8))
        server.add("/robots.txt", Response(body=b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"))
        yield server


@pytest.fixture(scope="module")
def runs(site, tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    config = data / "feeds.toml"
    dead = free_port()
    config.write_text(f"""
[[feeds]]
name = "ledger"
kind = "rss"
url = "{site.url('/feeds/ledger.rss')}"
source = "Capital Ledger"
allow_private = true

[[feeds]]
name = "northstar"
url = "{site.url('/feeds/northstar.xml')}"
source = "Northstar Times"
allow_private = true

[[feeds]]
name = "dead-host"
url = "http://127.0.0.1:{dead}/feed.xml"
allow_private = true
""")
    env = {**os.environ, "NEWSLAKE_DATA_DIR": str(data)}

    def newslake(*args):
        return subprocess.run([NEWSLAKE, *args, "--config", str(config)], capture_output=True, text=True,
                              env=env, timeout=600)

    # the Parquet lake's files are what this file reads: the first run asks for it, the second run,
    # the reprocesses and `status` find it in the data folder (paths.resolve_lake)
    first = newslake("run", "--lake-format", "parquet")
    snapshot_first = lake_snapshot(data)
    hits_after_first = site.hits("/feeds/ledger.rss")
    second = newslake("run")
    reprocessed = [newslake("reprocess", "--no-build"), None]
    snapshot_a = lake_snapshot(data)
    reprocessed[1] = newslake("reprocess", "--no-build")
    snapshot_b = lake_snapshot(data)
    return {"data": data, "first": first, "second": second, "reprocess": reprocessed,
            "snapshots": (snapshot_first, snapshot_a, snapshot_b), "ledger_hits": hits_after_first}


def lake_snapshot(data: Path) -> dict[str, list]:
    snap = {}
    for table, key in (("articles", "article_id"), ("quotes", "quote_id"), ("figures", "figure_id"),
                       ("entities", "article_id, start_char, entity_id")):
        files = sorted((data / "lake" / table).glob("*/*.parquet"))
        rows = []
        for path in files:
            rows.extend(pq.read_table(path).to_pylist())
        snap[table] = sorted(rows, key=lambda r: str(sorted(r.items())))
    return snap


def query(data: Path, sql: str):
    con = duckdb.connect()
    return con.execute(sql.replace("LAKE", str(data / "lake"))).fetchall()


def test_first_run_ingests_pages_and_survives_failures(runs):
    first = runs["first"]
    assert first.returncode == 0, first.stdout + first.stderr
    assert "Traceback" not in first.stdout + first.stderr
    articles = runs["snapshots"][0]["articles"]
    sources = {a["source"] for a in articles}
    assert sources == {"Capital Ledger", "Northstar Times"}
    assert len(articles) >= 19  # 9 ledger + 10 northstar pages + the recovered flaky page
    assert any(a["title"] == "Recovered page" for a in articles)
    bad = [a for a in articles if "Vladivostok" in a["text"] and "\ufffd" in a["text"]]
    assert len(bad) == 1  # invalid UTF-8 replaced, not fatal


def test_fetch_log_and_quarantine_record_each_failure_in_one_line(runs):
    data = runs["data"]
    log = query(data, "select url, status, error from read_parquet('LAKE/fetch_log/*/*.parquet')")
    by_url = {url: (status, error) for url, status, error in log}
    gone = [v for u, v in by_url.items() if u.endswith("/gone/page")]
    assert gone and gone[0][0] == 404
    private = [v for u, v in by_url.items() if u.endswith("/private/secret")]
    assert private and "robots" in (private[0][1] or "")
    dead = [v for u, v in by_url.items() if u.endswith("/feed.xml")]
    assert dead and dead[0][0] is None and dead[0][1]
    assert all("\n" not in (error or "") for _status, error in by_url.values())
    quarantined = {(feed, stage) for feed, stage in query(data, "select feed, stage from read_parquet('LAKE/quarantine/*/*.parquet')")}
    assert ("northstar", "fetch") in quarantined and ("dead-host", "fetch") in quarantined


def test_raw_archive_is_warc(runs):
    files = list((runs["data"] / "raw").rglob("*.warc.gz"))
    assert files
    from newslake.archive import iter_archive

    urls = {r.url for r in iter_archive(runs["data"] / "raw")}
    assert any(u.endswith("/feeds/ledger.rss") for u in urls)


def test_second_run_uses_conditional_get_and_adds_nothing(runs, site):
    second = runs["second"]
    assert second.returncode == 0, second.stdout + second.stderr
    assert "articles new 0, updated 0" in second.stdout
    cached = query(runs["data"], """select count(*) from read_parquet('LAKE/fetch_log/*/*.parquet')
                                     where from_cache and url like '%/feeds/ledger.rss'""")[0][0]
    assert cached == 1


def test_reprocess_rebuilds_identical_tables_from_the_archive(runs):
    for result in runs["reprocess"]:
        assert result.returncode == 0, result.stdout + result.stderr
        # as quiet as a run: no Prefect task logs, and none shipped to a server that has stopped
        # (that cost a minute of retries at every reprocess's exit)
        output = result.stdout + result.stderr
        assert "| INFO" not in output and "Error logging to API" not in output, output
    first, again_a, again_b = runs["snapshots"]
    assert again_a == again_b
    assert {a["article_id"] for a in again_a["articles"]} == {a["article_id"] for a in first["articles"]}
    assert len(again_a["figures"]) == len(first["figures"])


def test_status_shows_per_feed_health(runs):
    env = {**os.environ, "NEWSLAKE_DATA_DIR": str(runs["data"])}
    result = subprocess.run([NEWSLAKE, "status"], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = {line.split("│")[1].strip(): line for line in result.stdout.splitlines() if line.count("│") > 3}
    columns = [c.strip() for c in lines["dead-host"].split("│")]
    assert columns[4] == "100"  # error rate %: every request to the dead host failed
    assert "ledger" in lines and "northstar" in lines
