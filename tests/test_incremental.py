"""Incremental at every source (#14 item 1).

Unit level: the source index (a wire file unchanged, touched, modified; a
JSONL file and a WARC file read on from the offset where the last run
stopped; a file that changes while it is read). End to end, with real
Prefect flow runs (`newslake run` against one Prefect server for the module):
a wire folder rerun reads only what is new or changed; a JSONL feed that
grew is read from its offset; a feed capped by ``max_items`` says so and the
next runs take the rest; a page that an RSS feed and a sitemap both list,
once with tracking parameters, is fetched once without them.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from newslake.archive import WarcArchive
from newslake.config import load_config
from newslake.lake_index import LakeIndex
from newslake.materialize import materialize
from newslake.source_index import ChangedWhileRead, file_key, read_stable
from newslake.sources import DiscoverContext, Discovery, LocalReader, iter_feed
from tests.http_server import LocalServer, Response

NEWSLAKE = str(Path(sys.executable).parent / "newslake")
# This file checks the Parquet lake's files (the Delta lake's own tests: test_lake_delta_*.py), so
# its first run of a data folder asks for that lake; later runs find it (paths.resolve_lake).
RUN = ("run", "--lake-format", "parquet")
REPO = Path(__file__).resolve().parents[1]
WIRE = sorted((REPO / "data" / "sample" / "wire").glob("*.txt"))


def wire_story(day: int, subject: str) -> str:
    body = " ".join(f"Officials in Seoul said on day {day} that {subject} had moved {n} more units to the border "
                    f"region, according to a statement released late in the evening." for n in range(6))
    return f"date 2024-11-{day:02d}\n\nSEOUL (Meridian) - {body}\n"


def config_with(tmp_path: Path, feeds: str, settings: str = "") -> Path:
    path = tmp_path / "feeds.toml"
    path.write_text(settings + feeds)
    return path


def discover(config_path: Path, index: LakeIndex | None = None, position: int = 0):
    config = load_config(config_path)
    found = Discovery(config.feeds[position].name)
    items = list(iter_feed(config.feeds[position], DiscoverContext(config, LocalReader(config), index), found))
    return config, items, found


def record(index: LakeIndex, rows: list[dict]) -> None:
    with index.transaction() as con:
        LakeIndex.upsert_sources(con, rows)


# ------------------------------------------------------------------ unit
def test_wire_file_unchanged_touched_and_modified(tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    for day in (1, 2, 3):
        (folder / f"s{day}.txt").write_text(wire_story(day, "the army"))
    path = config_with(tmp_path, '[[feeds]]\nname = "w"\nkind = "wire"\npath = "wire"\n')
    with LakeIndex(tmp_path / "lake") as index:
        config, items, found = discover(path, index)
        assert [i.ident for i in items] == ["w/s1.txt", "w/s2.txt", "w/s3.txt"]
        ready = materialize(items, config, index)
        record(index, [p.source_row for p in ready.prepared])
        # Nothing changed: nothing is listed, nothing read.
        _config, again, found = discover(path, index)
        assert again == [] and found.skipped == 3
        # Touched (same bytes, new mtime) and modified: both listed; the touched one is hashed, not extracted.
        stat = (folder / "s1.txt").stat()
        os.utime(folder / "s1.txt", ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
        (folder / "s2.txt").write_text(wire_story(2, "the navy"))
        _config, changed, found = discover(path, index)
        assert [i.ident for i in changed] == ["w/s1.txt", "w/s2.txt"] and found.skipped == 1
        ready = materialize(changed, config, index)
        assert [p.raw.id for p in ready.prepared] == ["w/s2.txt"]
        assert ready.unchanged == 1
        assert [r["key"] for r in ready.source_rows] == [file_key(folder / "s1.txt")]
        assert ready.source_rows[0]["mtime_ns"] == (folder / "s1.txt").stat().st_mtime_ns


def test_jsonl_is_read_on_from_its_offset(tmp_path):
    def line(n: int) -> str:
        return json.dumps({"id": f"r{n}", "url": f"https://wire.example/{n}", "published": "2024-11-05T10:00:00Z",
                           "title": f"Story {n}", "text": wire_story(5, f"unit {n}").split("\n\n", 1)[1]}) + "\n"

    feed = tmp_path / "feed.jsonl"
    feed.write_text(line(1) + line(2))
    path = config_with(tmp_path, '[[feeds]]\nname = "j"\nkind = "jsonl"\npath = "feed.jsonl"\n')
    with LakeIndex(tmp_path / "lake") as index:
        config, items, _found = discover(path, index)
        assert [i.kind for i in items] == ["text", "text", "mark"]
        mark = items[-1].source_row
        assert mark["offset"] == feed.stat().st_size and mark["records"] == 2
        record(index, [mark])
        assert discover(path, index)[1] == []  # unchanged: not even opened past a stat
        with open(feed, "a") as handle:  # appended: only the new records
            handle.write(line(3) + "not json\n" + line(4))
        _config, grown, found = discover(path, index)
        assert [i.ident for i in grown if i.kind == "text"] == ["https://wire.example/3", "https://wire.example/4"]
        assert [p.error for p in found.problems] == ["line 4: invalid JSON (Expecting value)"]
        assert grown[-1].source_row["records"] == 5
        record(index, [grown[-1].source_row])
        # Rewritten from the start (not an append): read again in full.
        feed.write_text(line(9) + line(1))
        _config, rewritten, _found = discover(path, index)
        assert [i.ident for i in rewritten if i.kind == "text"] == ["https://wire.example/9", "https://wire.example/1"]


def test_warc_is_read_on_from_its_last_record(tmp_path):
    page = ("<html><body><article>" + "".join(f"<p>Paragraph {i} about special forces sent to Vladivostok by sea "
                                              f"in October.</p>" for i in range(6)) + "</article></body></html>").encode()
    with WarcArchive(tmp_path / "arch", "run-1") as archive:
        archive.write_response("https://news.example/a", 200, {"Content-Type": "text/html"}, page)
    warc = next((tmp_path / "arch").rglob("*.warc.gz"))
    path = config_with(tmp_path, f'[[feeds]]\nname = "w"\npath = "{warc}"\n')
    with LakeIndex(tmp_path / "lake") as index:
        config, items, _found = discover(path, index)
        assert [i.url for i in items if i.kind == "warc"] == ["https://news.example/a"]
        record(index, [items[-1].source_row])
        with WarcArchive(tmp_path / "arch", "run-1") as archive:  # the same file, appended
            archive.write_response("https://news.example/b", 200, {"Content-Type": "text/html"}, page)
        _config, more, _found = discover(path, index)
        assert [i.url for i in more if i.kind == "warc"] == ["https://news.example/b"]
        assert more[0].offset > items[-1].source_row["offset"]  # (a warcinfo record comes first)
        ready = materialize(more, config, index)
        assert [p.raw.url for p in ready.prepared] == ["https://news.example/b"]


def test_a_file_that_changes_while_it_is_read_is_left_for_the_next_run(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(wire_story(1, "the army"))
    with pytest.raises(ChangedWhileRead, match="changed while it was read"):
        read_stable(path, on_open=lambda: path.write_text(wire_story(1, "the army") + "more words\n"))
    body, state = read_stable(path)
    assert body.endswith(b"more words\n") and state.size == len(body)


def test_a_capped_feed_says_how_much_it_left(tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    for day in range(1, 6):
        (folder / f"s{day}.txt").write_text(wire_story(day, "the army"))
    path = config_with(tmp_path, '[[feeds]]\nname = "w"\nkind = "wire"\npath = "wire"\nmax_items = 2\n')
    with LakeIndex(tmp_path / "lake") as index:
        config, items, found = discover(path, index)
        assert [i.ident for i in items] == ["w/s1.txt", "w/s2.txt"] and found.capped == 3
        record(index, [p.source_row for p in materialize(items, config, index).prepared])
        _config, items, found = discover(path, index)
        assert [i.ident for i in items] == ["w/s3.txt", "w/s4.txt"] and found.capped == 1


# ------------------------------------------------------------ end to end
@pytest.fixture(scope="module")
def prefect_env(prefect_server_env):
    return prefect_server_env


def run(env: dict, data: Path, config: Path, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run([NEWSLAKE, *RUN, "--config", str(config), "--no-build", *args], capture_output=True,
                            text=True, timeout=600, env={**env, "NEWSLAKE_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    return result


def summary_numbers(output: str) -> dict[str, int]:
    match = re.search(r"(\d+) documents read; articles new (\d+), updated (\d+), skipped (\d+), failed (\d+)", output)
    assert match, output
    return dict(zip(("read", "new", "updated", "skipped", "failed"), map(int, match.groups())))


def lake_rows(data: Path, table: str = "articles", key: str = "article_id") -> int:
    total, distinct = duckdb.connect().execute(
        f"select count(*), count(distinct {key}) from read_parquet('{data}/lake/{table}/*/*.parquet')").fetchone()
    assert total == distinct, f"duplicate rows in {table}"
    return total


@pytest.mark.slow
def test_rerun_reads_only_what_is_new_or_changed(tmp_path, prefect_env):
    folder = tmp_path / "in" / "wire"
    folder.mkdir(parents=True)
    for path in WIRE:
        (folder / path.name).write_bytes(path.read_bytes())
    feed = tmp_path / "in" / "feed.jsonl"
    feed.write_text((REPO / "data" / "sample" / "feeds" / "pacific-dispatch.jsonl").read_text().splitlines()[0] + "\n")
    config = config_with(tmp_path / "in", '[[feeds]]\nname = "wire"\nkind = "wire"\npath = "wire"\n'
                                          '[[feeds]]\nname = "pd"\nkind = "jsonl"\npath = "feed.jsonl"\n')
    data = tmp_path / "data"
    first = summary_numbers(run(prefect_env, data, config).stdout)
    assert first == {"read": len(WIRE) + 1, "new": len(WIRE) + 1, "updated": 0, "skipped": 0, "failed": 0}
    # One new wire file, one edited, one touched, one more JSONL record.
    (folder / "zz-new.txt").write_text(wire_story(20, "the marines"))
    edited = folder / WIRE[0].name
    edited.write_text(edited.read_text().replace("North Korean", "North  Korean forces, officials said,", 1))
    touched = folder / WIRE[1].name
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**10))
    with open(feed, "a") as handle:
        handle.write((REPO / "data" / "sample" / "feeds" / "pacific-dispatch.jsonl").read_text().splitlines()[1] + "\n")
    second = summary_numbers(run(prefect_env, data, config).stdout)
    # Read: the new file, the edited one, the JSONL record past the offset (the touched file is
    # hashed, found unchanged and skipped). A wire article's id is its text's hash, so the edited
    # story is a new article beside its first version.
    assert second == {"read": 3, "new": 3, "updated": 0, "skipped": len(WIRE) - 1, "failed": 0}
    assert lake_rows(data) == len(WIRE) + 4
    third = summary_numbers(run(prefect_env, data, config).stdout)
    assert third == {"read": 0, "new": 0, "updated": 0, "skipped": len(WIRE) + 1 + 2, "failed": 0}
    assert lake_rows(data) == len(WIRE) + 4


@pytest.mark.slow
def test_capped_feed_is_named_in_the_summary_and_finished_later(tmp_path, prefect_env):
    folder = tmp_path / "in" / "wire"
    folder.mkdir(parents=True)
    for path in WIRE[:5]:
        (folder / path.name).write_bytes(path.read_bytes())
    config = config_with(tmp_path / "in", '[[feeds]]\nname = "wire"\nkind = "wire"\npath = "wire"\nmax_items = 3\n')
    data = tmp_path / "data"
    first = run(prefect_env, data, config).stdout
    assert summary_numbers(first)["new"] == 3
    assert "capped: feed wire stopped at its max_items; 2 more new item(s) left for the next run" in first
    second = run(prefect_env, data, config).stdout
    assert summary_numbers(second)["new"] == 2 and "capped" not in second
    assert lake_rows(data) == 5


ARTICLE = ("<html><head><title>Seoul says troops moved</title></head><body><article>"
           + "".join(f"<p>Paragraph {i}: officials in Seoul said about 1,500 North Korean special forces had "
                     f"arrived in Vladivostok aboard Russian navy ships during the week.</p>" for i in range(6))
           + "</article></body></html>").encode()


@pytest.mark.slow
def test_a_page_several_feeds_list_is_fetched_once_without_tracking_parameters(tmp_path, prefect_env):
    with LocalServer() as server:
        page = server.url("/news/story")
        server.add("/news/story", Response(body=ARTICLE))
        server.add("/rss.xml", Response(content_type="application/rss+xml", body=(
            '<?xml version="1.0"?><rss version="2.0"><channel><title>S</title>'
            f'<item><title>Story</title><link>{page}?utm_source=rss&amp;utm_medium=feed</link></item>'
            '</channel></rss>').encode()))
        server.add("/atom.xml", Response(content_type="application/atom+xml", body=(
            '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>S</title>'
            f'<entry><title>Story</title><link href="{page}#top"/><id>x</id></entry></feed>').encode()))
        server.add("/sitemap.xml", Response(content_type="application/xml", body=(
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f'<url><loc>{page}?fbclid=abc</loc></url></urlset>').encode()))
        feeds = "".join(f'[[feeds]]\nname = "{name}"\nurl = "{server.url(p)}"\nallow_private = true\n'
                        for name, p in (("rss", "/rss.xml"), ("atom", "/atom.xml"), ("sitemap", "/sitemap.xml")))
        config = config_with(tmp_path, feeds)
        data = tmp_path / "data"
        result = run(prefect_env, data, config)
        assert summary_numbers(result.stdout)["new"] == 1
        assert "2 item(s) listed by more than one feed were read once" in result.stdout
        story = [r for r in server.requests if r.path == "/news/story"]
        assert [r.target for r in story] == ["/news/story"]
    con = duckdb.connect()
    assert con.execute(f"select feed, url from read_parquet('{data}/lake/articles/*/*.parquet')").fetchall() == [
        ("rss", page)]
