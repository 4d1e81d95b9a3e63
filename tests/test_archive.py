"""newslake.archive: WARC writing and reading, torn files, and the fetcher's records."""

from __future__ import annotations

import gzip
import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from http_server import LocalServer, Response
from newslake.archive import WarcArchive, iter_archive
from newslake.config import FeedConfig
from newslake.fetch import Fetcher

LOCAL_FEED = FeedConfig(name="local", kind=None, url="http://127.0.0.1/", allow_private=True)
REPO = Path(__file__).resolve().parents[1]


def test_write_and_read_back(tmp_path):
    when = datetime(2024, 10, 1, 12, 30, 15, 123456, tzinfo=timezone.utc)
    with WarcArchive(tmp_path / "raw", "run 2024-10-01/a") as archive:
        archive.write_response("https://x.example/a", 200,
                               {"Content-Type": "text/html", "Content-Encoding": "gzip", "ETag": '"1"'},
                               b"<p>decoded body</p>", fetched_at=when)
        archive.write_response("https://x.example/r", 301, [("Location", "/b")], None)
        archive.write_response("https://x.example/cut", 200, {}, b"partial", truncated="length")
    assert archive.path == tmp_path / "raw" / "run_2024-10-01_a.warc.gz"
    assert archive.records == 3
    records = list(iter_archive(tmp_path / "raw"))
    assert [(r.url, r.status, r.body, r.truncated) for r in records] == [
        ("https://x.example/a", 200, b"<p>decoded body</p>", None),
        ("https://x.example/r", 301, b"", None),
        ("https://x.example/cut", 200, b"partial", "length"),
    ]
    first = records[0]
    assert first.fetched_at == when
    assert first.headers["content-type"] == "text/html"
    assert first.headers["etag"] == '"1"'
    assert "content-encoding" not in first.headers  # the body is stored decoded
    assert first.headers["x-newslake-original-content-encoding"] == "gzip"
    assert first.headers["content-length"] == str(len(b"<p>decoded body</p>"))
    assert records[1].headers["location"] == "/b"
    # every record is its own gzip member: the file is a valid multi-member gzip
    assert b"WARC/1.1" in gzip.decompress(archive.path.read_bytes())


def test_files_are_read_in_sorted_order(tmp_path):
    for run in ("run-b", "run-a", "run-c"):
        with WarcArchive(tmp_path, run) as archive:
            archive.write_response(f"https://x.example/{run}", 200, {}, run.encode())
    assert [r.body for r in iter_archive(tmp_path)] == [b"run-a", b"run-b", b"run-c"]
    # reopening a run appends to its file
    with WarcArchive(tmp_path, "run-a") as archive:
        archive.write_response("https://x.example/again", 200, {}, b"again")
    assert [r.body for r in iter_archive(tmp_path)][:2] == [b"run-a", b"again"]


def test_two_writers_on_one_run_do_not_interleave(tmp_path):
    import threading

    archives = [WarcArchive(tmp_path, "shared-run"), WarcArchive(tmp_path, "shared-run")]

    def write(index: int) -> None:
        for n in range(100):
            archives[index].write_response(f"https://x.example/{index}/{n}", 200, {},
                                           bytes([48 + index]) * (3000 + n))

    threads = [threading.Thread(target=write, args=(i,)) for i in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for archive in archives:
        archive.close()
    records = list(iter_archive(tmp_path))
    assert len(records) == 200
    for record in records:
        index, n = map(int, record.url.rsplit("/", 2)[-2:])
        assert record.body == bytes([48 + index]) * (3000 + n)


def test_truncated_last_record_is_skipped(tmp_path):
    source = tmp_path / "whole"
    with WarcArchive(source, "run") as archive:
        for n in range(3):
            archive.write_response(f"https://x.example/{n}", 200, {}, bytes([65 + n]) * 5000)
    data = archive.path.read_bytes()
    torn = tmp_path / "torn"
    torn.mkdir()
    seen_counts = set()
    for cut in range(len(data) - 1, 0, -37):
        (torn / "run.warc.gz").write_bytes(data[:cut])
        records = list(iter_archive(torn))
        assert [r.url for r in records] == [f"https://x.example/{n}" for n in range(len(records))]
        assert all(r.body == bytes([65 + n]) * 5000 for n, r in enumerate(records))
        seen_counts.add(len(records))
    assert seen_counts == {0, 1, 2, 3}


WRITER = """
import sys
from pathlib import Path
from newslake.archive import WarcArchive
archive = WarcArchive(Path(sys.argv[1]), "killed")
n = 0
while True:
    archive.write_response(f"https://x.example/{n}", 200, {"Content-Type": "text/plain"}, b"z" * 20000)
    n += 1
    if n == 20:
        print("ready", flush=True)
"""


def test_run_killed_mid_way_leaves_a_readable_archive(tmp_path):
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path)], cwd=REPO,
                            stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    records = list(iter_archive(tmp_path))
    assert len(records) >= 20
    assert all(r.body == b"z" * 20000 for r in records)
    assert [r.url for r in records] == [f"https://x.example/{n}" for n in range(len(records))]


@pytest.fixture
def server():
    with LocalServer() as srv:
        yield srv


def test_fetcher_archives_every_response(server, tmp_path):
    server.add("/old", Response(status=302, headers={"Location": "/page"}))
    server.add("/page", Response(body=gzip.compress(b"<p>page</p>"), etag='"p1"',
                                 headers={"Content-Encoding": "gzip"}))
    server.add("/flaky", [Response(status=503, body=b"busy"), Response(body=b"ok")])
    server.add("/big", Response(body=b"b" * 5000))
    with WarcArchive(tmp_path / "raw", "run-1") as archive:
        with Fetcher("newslake-test", tmp_path / "state", archive, per_host_delay=0,
                     backoff_base=0.01, max_bytes=4000) as fetcher:
            fetcher.fetch(server.url("/old"), LOCAL_FEED)
            fetcher.fetch(server.url("/old"), LOCAL_FEED)  # 302, then 304 for /page
            fetcher.fetch(server.url("/flaky"), LOCAL_FEED)
            big = fetcher.fetch(server.url("/big"), LOCAL_FEED)
    assert big.error == "body exceeds 4000 bytes (Content-Length 5000)"
    got = [(r.url.removeprefix(server.base), r.status, r.body, r.truncated)
           for r in iter_archive(tmp_path / "raw")]
    assert got == [
        ("/robots.txt", 404, b"not found", None),
        ("/old", 302, b"", None),
        ("/page", 200, b"<p>page</p>", None),
        ("/old", 302, b"", None),
        ("/page", 304, b"", None),
        ("/flaky", 503, b"busy", None),
        ("/flaky", 200, b"ok", None),
        ("/big", 200, b"", "length"),
    ]
