"""Batch commits (#14 item 2): atomic, partition-local, clustered against the persisted LSH index.

Real Parquet files and a real SQLite index in a temporary lake; a commit
killed with SIGKILL in a child process at its commit point is rolled forward
by the next writer.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newslake.commit import commit_tables
from newslake.lake import compact_all, ensure_index, lake_lock, read_table, table_files, write_tables
from newslake.lake_index import LakeIndex, index_path, open_index
from newslake.rows import records_table
from newslake.schema import ARTICLES, QUOTES
from transforms.records import Article, Quote
from transforms.text import content_hash

NOW = datetime(2024, 11, 20, tzinfo=timezone.utc)
WORDS = [f"w{i}" for i in range(3000)]


def story(seed: int, words: int = 160) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(words)) + "."


def copy_of(text: str, cut: int = 12) -> str:
    """A syndicated copy: another first sentence, the last words trimmed."""
    return "Editors note wire copy follows. " + " ".join(text.split()[:-cut])


def article(article_id: str, day: date | None, text: str, source: str = "A") -> Article:
    return Article(
        article_id=article_id, url=f"https://{source.lower()}.example/{article_id}", canonical_url=None,
        source=source, source_domain=f"{source.lower()}.example", agencies=[], feed="f", title=article_id,
        authors=[], published_at=datetime(day.year, day.month, day.day, 12, tzinfo=timezone.utc) if day else None,
        published_date=day, dateline=None, language="en", text=text, word_count=len(text.split()),
        content_hash=content_hash(text), cluster_id=article_id, fetched_at=NOW, pipeline_version="0",
    )


def quote(article_id: str, start: int) -> Quote:
    return Quote(f"{article_id}-{start}", article_id, "words", "Kirby", None, "said", start, start + 5)


def commit(lake: Path, arts: list[Article], quotes: list[Quote] | None = None):
    with open_index(lake) as index:
        ensure_index(lake, index)
        tables = {"articles": records_table(arts, ARTICLES)}
        if quotes is not None:
            tables["quotes"] = records_table(quotes, QUOTES)
        return commit_tables(lake, index, tables)


def clusters(lake: Path) -> dict[str, str]:
    arts = read_table(lake, "articles", ["article_id", "cluster_id"])
    return dict(zip(arts["article_id"].to_pylist(), arts["cluster_id"].to_pylist()))


def corpus() -> list[Article]:
    """Three stories with copies (one copy undated, one a week later), and unrelated ones."""
    d = date(2024, 11, 10)
    s1, s2, s3 = story(1), story(2), story(3)
    return [
        article("s1-orig", d, s1, "Yonhap"), article("s1-copy", d + timedelta(days=1), copy_of(s1), "RTT"),
        article("s1-late", d + timedelta(days=8), copy_of(s1, 20), "Late"),  # outside the 4-day window
        article("s2-orig", d + timedelta(days=2), s2), article("s2-copy", d + timedelta(days=3), copy_of(s2), "B"),
        article("s2-undated", None, copy_of(s2, 5), "C"),
        article("s3-only", d, s3),
        *[article(f"other-{i}", d + timedelta(days=i % 5), story(100 + i)) for i in range(8)],
    ]


def test_clusters_do_not_depend_on_how_the_input_is_cut(tmp_path):
    arts = corpus()
    commit(tmp_path / "one", arts)
    expected = clusters(tmp_path / "one")
    assert expected["s1-copy"] == "s1-orig" and expected["s1-late"] == "s1-late"
    assert expected["s2-copy"] == expected["s2-undated"] == "s2-orig"
    assert len(set(expected.values())) == len(arts) - 3
    for seed in range(4):
        shuffled = arts[:]
        random.Random(seed).shuffle(shuffled)
        lake = tmp_path / f"cut-{seed}"
        for start in range(0, len(shuffled), 3):
            commit(lake, shuffled[start:start + 3])
        assert clusters(lake) == expected, seed


def test_an_earlier_copy_arriving_late_relabels_only_its_cluster(tmp_path):
    d = date(2024, 11, 10)
    text = story(7)
    commit(tmp_path, [article("b", d + timedelta(days=1), copy_of(text), "B"),
                      article("c", d + timedelta(days=2), copy_of(text, 15), "C"),
                      article("x", d + timedelta(days=2), story(8))])
    assert clusters(tmp_path) == {"b": "b", "c": "b", "x": "x"}
    untouched = {p.name for p in (tmp_path / "articles" / "published_date=2024-11-12").glob("*.parquet")}
    stats = commit(tmp_path, [article("a", d, text, "A")])
    assert stats.new == 1 and stats.reclustered == 2
    assert clusters(tmp_path) == {"a": "a", "b": "a", "c": "a", "x": "x"}
    # c's partition was rewritten (it holds c), b's too; nothing else was.
    assert {p.name for p in (tmp_path / "articles" / "published_date=2024-11-12").glob("*.parquet")} != untouched
    assert read_table(tmp_path, "articles").num_rows == 4


def test_a_copy_bridging_two_clusters_merges_them(tmp_path):
    d = date(2024, 11, 10)
    left, right = story(11, 120), story(12, 120)
    commit(tmp_path, [article("l", d, left), article("r", d + timedelta(days=1), right)])
    assert clusters(tmp_path) == {"l": "l", "r": "r"}
    commit(tmp_path, [article("both", d + timedelta(days=2), left + " " + right)])
    assert clusters(tmp_path) == {"l": "l", "r": "l", "both": "l"}


def test_replacing_an_article_rewrites_only_the_partition_that_holds_it(tmp_path):
    days = [date(2024, 11, 1), date(2024, 11, 2), date(2024, 11, 3)]
    arts = [article(f"a{i}", day, story(20 + i)) for i, day in enumerate(days)]
    commit(tmp_path, arts, [quote(a.article_id, s) for a in arts for s in (0, 10)])
    before = {p: p.stat().st_mtime_ns for p in (tmp_path).glob("*/*/*.parquet")}
    stats = commit(tmp_path, [article("a1", days[1], story(99))], [quote("a1", 50)])
    assert stats.updated == 1 and stats.new == 0
    after = set((tmp_path).glob("*/*/*.parquet"))
    kept = {p for p in before if p in after}
    assert {p.parent.name for p in before.keys() - kept} == {"published_date=2024-11-02"}
    assert all(p.stat().st_mtime_ns == before[p] for p in kept)
    quotes = read_table(tmp_path, "quotes")
    assert sorted(quotes["quote_id"].to_pylist()) == ["a0-0", "a0-10", "a1-50", "a2-0", "a2-10"]
    assert read_table(tmp_path, "articles").num_rows == 3


def test_the_same_batch_twice_adds_nothing(tmp_path):
    arts = corpus()[:6]
    first = commit(tmp_path, arts, [quote(a.article_id, 0) for a in arts])
    again = commit(tmp_path, arts, [quote(a.article_id, 0) for a in arts])
    assert (first.new, again.new, again.unchanged) == (6, 0, 6)
    assert read_table(tmp_path, "articles").num_rows == 6 and read_table(tmp_path, "quotes").num_rows == 6


def test_small_files_are_compacted(tmp_path):
    day = date(2024, 11, 1)
    for i in range(12):
        commit(tmp_path, [article(f"a{i}", day, story(200 + i))], [quote(f"a{i}", 0)])
    files = table_files(tmp_path, "articles")
    assert len(files) < 10  # compacted as they piled up
    assert read_table(tmp_path, "articles").num_rows == 12
    assert compact_all(tmp_path) >= 1
    assert len(table_files(tmp_path, "articles")) == 1 and len(table_files(tmp_path, "quotes")) == 1
    assert read_table(tmp_path, "quotes").num_rows == 12


def test_the_index_is_rebuilt_when_missing_corrupt_or_stale(tmp_path):
    commit(tmp_path, corpus())
    expected = clusters(tmp_path)
    path = index_path(tmp_path)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    with open_index(tmp_path) as index:
        assert ensure_index(tmp_path, index) is True and index.article_count() == len(expected)
    path.write_bytes(b"not a database at all" * 100)
    notices: list[str] = []
    with open_index(tmp_path, notice=notices.append) as index:
        assert ensure_index(tmp_path, index) is True
    assert len(notices) == 1 and "unreadable" in notices[0] and "\n" not in notices[0]
    # After the rebuild the LSH index still finds copies: a new copy joins its story's cluster.
    stats = commit(tmp_path, [article("s1-again", date(2024, 11, 12), copy_of(story(1), 3), "D")])
    assert stats.new == 1 and clusters(tmp_path)["s1-again"] == "s1-orig"


def test_a_lake_of_the_old_layout_is_read_and_extended(tmp_path):
    """Lakes written before part files hold one data.parquet per partition."""
    old = article("old", date(2024, 11, 1), story(300))
    out = tmp_path / "articles" / "published_date=2024-11-01"
    out.mkdir(parents=True)
    pq.write_table(records_table([old], ARTICLES), out / "data.parquet")
    stats = commit(tmp_path, [old, article("new", date(2024, 11, 1), story(301))])
    assert (stats.new, stats.unchanged) == (1, 1)
    assert sorted(read_table(tmp_path, "articles")["article_id"].to_pylist()) == ["new", "old"]


KILLED_WRITER = """
import sys
from datetime import date, datetime, timezone
from pathlib import Path
sys.path.insert(0, {tests!r})
from test_lake_commits import article, quote, commit
commit(Path({lake!r}), [article("k1", date(2024, 11, 5), "killed " * 50)], [quote("k1", 0)])
"""


@pytest.mark.parametrize("point, committed", [("lake-write", False), ("lake-commit", True)])
def test_a_commit_killed_at_its_commit_point_is_all_or_nothing(tmp_path, point, committed):
    lake = tmp_path / "lake"
    commit(lake, [article("a1", date(2024, 11, 5), story(400))], [quote("a1", 0)])
    marker = tmp_path / "paused"
    child = subprocess.Popen([sys.executable, "-c", KILLED_WRITER.format(tests=str(Path(__file__).parent),
                                                                         lake=str(lake))],
                             env={**os.environ, "NEWSLAKE_PAUSE_AT": point, "NEWSLAKE_PAUSE_MARKER": str(marker)})
    deadline = time.monotonic() + 60
    while not (marker.exists() and marker.read_text()) and time.monotonic() < deadline:
        assert child.poll() is None, "the writer ended without pausing"
        time.sleep(0.05)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    assert read_table(lake, "articles")["article_id"].to_pylist() == ["a1"]  # readers: the last whole commit
    with lake_lock(lake):  # the next writer recovers
        pass
    assert not list(lake.rglob("*.tmp"))
    ids = sorted(read_table(lake, "articles")["article_id"].to_pylist())
    assert ids == (["a1", "k1"] if committed else ["a1"])
    assert sorted(read_table(lake, "quotes")["quote_id"].to_pylist()) == (["a1-0", "k1-0"] if committed else ["a1-0"])
    with open_index(lake) as index:
        assert ensure_index(lake, index) is False  # the index matches the files
        assert set(index.articles(["a1", "k1"])) == set(ids)
    stats = commit(lake, [article("k1", date(2024, 11, 5), "killed " * 50)], [quote("k1", 0)])
    assert stats.new == (0 if committed else 1) and read_table(lake, "articles").num_rows == 2


def test_write_tables_upserts_operational_and_catalog_tables(tmp_path):
    from flows.ingest import catalog_table

    catalog = catalog_table()
    assert write_tables(tmp_path, {"entity_catalog": catalog})["entity_catalog"] == catalog.num_rows
    files = table_files(tmp_path, "entity_catalog")
    assert write_tables(tmp_path, {"entity_catalog": catalog})["entity_catalog"] == 0  # unchanged: not rewritten
    assert table_files(tmp_path, "entity_catalog") == files
    assert read_table(tmp_path, "entity_catalog").num_rows == catalog.num_rows


def test_an_unreadable_file_takes_its_partition_out_and_the_index_forgets_it(tmp_path):
    from newslake.lake import verify_files

    days = [date(2024, 11, 1), date(2024, 11, 2)]
    arts = [article(f"a{i}", day, story(500 + i)) for i, day in enumerate(days)]
    commit(tmp_path, arts, [quote(a.article_id, 0) for a in arts])
    with open_index(tmp_path) as index:
        with index.transaction() as con:
            LakeIndex.upsert_sources(con, [{"key": "file:/in/a1.txt", "feed": "w", "outcome": "ok", "article_id": "a1"},
                                           {"key": "file:/in/a0.txt", "feed": "w", "outcome": "ok", "article_id": "a0"},
                                           {"key": "stream:/in/f.jsonl", "feed": "j", "offset": 10}])
        assert verify_files(tmp_path, index) == []  # everything it committed is known good: nothing read
    (victim,) = (tmp_path / "quotes" / "published_date=2024-11-02").glob("*.parquet")
    victim.write_bytes(b"garbage" * 50)
    notices: list[str] = []
    with open_index(tmp_path) as index:
        assert verify_files(tmp_path, index, notice=notices.append) == ["published_date=2024-11-02"]
        assert ensure_index(tmp_path, index) is False  # the index already matches what is left
        assert set(index.articles(["a0", "a1"])) == {"a0"}
        assert index.source("file:/in/a1.txt") is None and index.source("file:/in/a0.txt") is not None
        assert index.source("stream:/in/f.jsonl") is None  # streams are read again from the start
        assert not index.known_urls(["https://a.example/a1"])
    assert len(notices) == 1 and "published_date=2024-11-02" in notices[0] and "ingested again" in notices[0]
    assert read_table(tmp_path, "articles")["article_id"].to_pylist() == ["a0"]
    assert list((tmp_path / "_corrupt").rglob(victim.name))
    stats = commit(tmp_path, arts, [quote(a.article_id, 0) for a in arts])  # ingested again: once
    assert (stats.new, stats.unchanged) == (1, 1)
    assert sorted(read_table(tmp_path, "quotes")["quote_id"].to_pylist()) == ["a0-0", "a1-0"]


def test_the_catalog_table_is_built_again_only_when_the_catalog_changes(tmp_path):
    import shutil

    from newslake.catalog_io import DEFAULT_CATALOG_DIR
    from newslake.catalog_snapshot import changed_catalog_table, mark_catalog_written

    folder = tmp_path / "catalog"
    shutil.copytree(DEFAULT_CATALOG_DIR, folder)
    lake = tmp_path / "lake"
    table, fingerprint = changed_catalog_table(lake, folder)
    assert table is not None and table.num_rows > 30_000  # a new lake: built
    write_tables(lake, {"entity_catalog": table})
    mark_catalog_written(lake, fingerprint)
    assert changed_catalog_table(lake, folder) == (None, fingerprint)  # the same catalog: nothing to build
    with open(folder / "entities.csv", "a", encoding="utf-8") as f:
        f.write("org:test-extra,Test Extra Org,ORG,,,,\n")
    table, changed = changed_catalog_table(lake, folder)
    assert table is not None and changed != fingerprint  # an edited file: built again
    assert "Test Extra Org" in table.column("name").to_pylist()
    shutil.rmtree(lake / "entity_catalog")
    mark_catalog_written(lake, changed)
    assert changed_catalog_table(lake, folder)[0] is not None  # the table is gone: built again
