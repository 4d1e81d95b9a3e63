"""The lake as Delta tables (newslake.delta_store): real Delta tables on disk and on a real S3 API
(moto's server on 127.0.0.1), real DuckDB and Polars readers, and the faults of issue #14 item 3:
a second writer's conflicting commit, a writer killed mid-batch, a corrupt data file, an object
store that answers 500."""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from newslake import delta_store as ds
from newslake.schema import ARTICLES, QUOTES, TABLES

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("small_lake", Path(__file__).parent / "fixtures" / "small_lake.py")
small_lake = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(small_lake)


def article(aid: str, day: str | None = "2024-10-18", *, cluster: str | None = None, version: str = "v1") -> dict:
    from datetime import date, datetime, timezone

    published = datetime.fromisoformat(day + "T09:00:00").replace(tzinfo=timezone.utc) if day else None
    return {"article_id": aid, "url": f"https://x.test/{aid}", "canonical_url": f"https://x.test/{aid}",
            "source": "X", "source_domain": "x.test", "agencies": [], "feed": "f", "title": aid, "authors": [],
            "published_at": published, "published_date": date.fromisoformat(day) if day else None,
            "dateline": None, "language": "en", "text": f"text {aid} {version}", "word_count": 3,
            "content_hash": f"h-{aid}-{version}", "cluster_id": cluster or aid,
            "fetched_at": datetime(2024, 11, 1, tzinfo=timezone.utc), "pipeline_version": version}


def quotes(aid: str, n: int, tag: str = "q") -> pa.Table:
    return pa.Table.from_pylist([{"quote_id": f"{aid}:{tag}{i}", "article_id": aid, "quote": f"{tag} {i}",
                                  "speaker": None, "speaker_entity_id": None, "cue": "said", "start_char": i,
                                  "end_char": i + 1, "partial": False} for i in range(n)], schema=QUOTES)


def batch(*aids: str, nq: int = 2, tag: str = "q", day: str = "2024-10-18", version: str = "v1") -> dict:
    arts = pa.Table.from_pylist([article(a, day, version=version) for a in aids], schema=ARTICLES)
    qs = pa.concat_tables([quotes(a, nq, tag) for a in aids]) if nq else QUOTES.empty_table()
    return {"articles": ds.TableChange(arts), "quotes": ds.TableChange(qs, replace_articles=set(aids))}


def ids(lake, table: str, column: str) -> list:
    return sorted(ds.read_table(lake, table)[column].to_pylist())


# ------------------------------------------------------------------ basics
def test_batches_upsert_by_key_and_a_rerun_doubles_nothing(tmp_path):
    lake = tmp_path / "lake"
    first = ds.commit_batch(lake, batch("a1", "a2"))
    ds.commit_batch(lake, batch("a1", "a2"))  # the same input again
    assert ids(lake, "articles", "article_id") == ["a1", "a2"]
    assert ids(lake, "quotes", "quote_id") == ["a1:q0", "a1:q1", "a2:q0", "a2:q1"]
    assert ds.open_table(lake, "articles").transaction_version(ds.APP_ID) == first + 1
    # articles are partitioned by published_date: one folder per day
    assert sorted(p.name for p in (lake / "articles").glob("published_date=*")) == ["published_date=2024-10-18"]
    assert not list((lake / "_state" / "delta_journal").glob("batch-*"))


def test_a_replaced_article_swaps_its_child_rows_as_a_set_in_one_commit(tmp_path):
    lake = tmp_path / "lake"
    ds.commit_batch(lake, batch("a1", "a2", nq=3))
    before = ds.versions(lake, ["quotes"])["quotes"]
    ds.commit_batch(lake, batch("a1", nq=1, tag="new", day="2024-10-20", version="v2"))
    assert ids(lake, "quotes", "quote_id") == ["a1:new0", "a2:q0", "a2:q1", "a2:q2"]
    assert ds.versions(lake, ["quotes"])["quotes"] == before + 1  # delete + insert: one Delta commit
    arts = {r["article_id"]: r for r in ds.read_table(lake, "articles").to_pylist()}
    assert arts["a1"]["pipeline_version"] == "v2" and str(arts["a1"]["published_date"]) == "2024-10-20"
    # an article re-extracted with no quotes at all loses its old ones
    ds.commit_batch(lake, batch("a2", nq=0, version="v2"))
    assert ids(lake, "quotes", "quote_id") == ["a1:new0"]


def test_relabels_change_only_the_cluster_in_the_same_commit(tmp_path):
    lake = tmp_path / "lake"
    ds.commit_batch(lake, batch("a1", "a2"))
    change = batch("a3")
    change["articles"].relabel = {"a2": "a1"}
    ds.commit_batch(lake, change)
    rows = {r["article_id"]: r for r in ds.read_table(lake, "articles").to_pylist()}
    assert {a: r["cluster_id"] for a, r in rows.items()} == {"a1": "a1", "a2": "a1", "a3": "a3"}
    assert rows["a2"]["title"] == "a2" and rows["a2"]["text"] == "text a2 v1"


def test_time_travel_reads_an_older_version(tmp_path):
    lake = tmp_path / "lake"
    ds.commit_batch(lake, batch("a1"))
    v = ds.versions(lake, ["articles"])["articles"]
    ds.commit_batch(lake, batch("a2"))
    assert ds.read_table(lake, "articles", ["article_id"], version=v)["article_id"].to_pylist() == ["a1"]
    assert ids(lake, "articles", "article_id") == ["a1", "a2"]


def test_duckdb_and_polars_read_the_tables(tmp_path):
    import polars as pl
    from deltalake import DeltaTable

    lake = tmp_path / "lake"
    ds.commit_batch(lake, batch("a1", "a2", nq=2))
    dt = DeltaTable(str(lake / "quotes"))
    con = duckdb.connect()
    con.register("quotes", ds.plain_strings(dt.to_pyarrow_table()))  # string_view -> string for DuckDB filters
    assert con.sql("select count(*) from quotes where article_id = 'a1'").fetchall() == [(2,)]
    # DuckDB over the snapshot's own file list (what the docs show; no extension needed)
    files = [str(f) for f in dt.file_uris()]
    assert duckdb.sql(f"select count(*) from read_parquet({files}) where article_id = 'a2'").fetchall() == [(2,)]
    frame = pl.read_delta(str(lake / "articles"))
    assert sorted(frame["article_id"].to_list()) == ["a1", "a2"]
    assert pl.scan_delta(str(lake / "quotes")).filter(pl.col("article_id") == "a1").collect().height == 2


# ------------------------------------------------------------------ faults
def test_a_second_writers_conflicting_commit_is_retried_on_a_fresh_snapshot(tmp_path, monkeypatch):
    lake = tmp_path / "lake"
    ds.commit_batch(lake, batch("a1", "a2", nq=2))
    real_apply = ds._apply
    state = {"calls": 0}

    def apply_after_a_rival(dt, table, change, n, commit_id):
        state["calls"] += 1
        if table == "quotes" and state["calls"] == 1:
            # another program commits between our snapshot and our commit, removing a file we read
            from deltalake import DeltaTable
            DeltaTable(str(lake / "quotes")).delete("article_id = 'a2'")
        return real_apply(dt, table, change, n, commit_id)

    monkeypatch.setattr(ds, "_apply", apply_after_a_rival)
    ds.commit_batch(lake, batch("a1", nq=1, tag="new", version="v2"))
    assert ids(lake, "quotes", "quote_id") == ["a1:new0"]  # ours on top of the rival's delete
    assert ids(lake, "articles", "article_id") == ["a1", "a2"]


def test_a_conflict_that_persists_is_one_line_and_the_next_run_completes(tmp_path, monkeypatch):
    lake = tmp_path / "lake"
    ds.commit_batch(lake, batch("a1", nq=2))
    before = ds.versions(lake, ["articles", "quotes"])
    real_apply = ds._apply

    def always_loses(dt, table, change, n, commit_id):
        if table == "quotes":
            from deltalake import DeltaTable
            DeltaTable(str(lake / "quotes")).delete("quote_id = 'nothing'")  # a rival commit every time
            write = DeltaTable(str(lake / "quotes"))
            write.optimize.compact()  # rewrites the files we read
            DeltaTable(str(lake / "quotes")).delete("article_id = 'a1'")
        return real_apply(dt, table, change, n, commit_id)

    monkeypatch.setattr(ds, "_apply", always_loses)
    monkeypatch.setattr(ds, "ATTEMPTS", 1)
    with pytest.raises(ds.DeltaStoreError) as info:
        ds.commit_batch(lake, batch("a1", "a2", nq=2, version="v2"))
    message = str(info.value)
    assert "\n" not in message and "commit conflict" in message and "next run" in message
    assert ds.versions(lake, ["articles"]) == {"articles": before["articles"]}  # articles untouched
    assert len(list((lake / "_state" / "delta_journal").glob("batch-*"))) == 1
    monkeypatch.setattr(ds, "_apply", real_apply)
    ds.recover(lake)  # the next run
    assert ids(lake, "articles", "article_id") == ["a1", "a2"]
    assert ids(lake, "quotes", "quote_id") == ["a1:q0", "a1:q1", "a2:q0", "a2:q1"]
    assert not list((lake / "_state" / "delta_journal").glob("batch-*"))


WRITER = """
import sys
sys.path.insert(0, {tests!r})
from test_delta_store import batch
from newslake import delta_store as ds
ds.commit_batch({lake!r}, batch("a1", "a2", "a3", nq=2, version="v2"))
"""


def test_a_writer_killed_between_two_tables_commits_is_completed_by_the_next(tmp_path):
    lake = tmp_path / "lake"
    ds.commit_batch(lake, batch("a1", nq=1))
    before = ds.versions(lake, ["articles", "quotes"])
    marker = tmp_path / "paused"
    env = {**os.environ, "NEWSLAKE_PAUSE_AT": ds.PAUSE_TABLE, "NEWSLAKE_PAUSE_SKIP": "1",
           "NEWSLAKE_PAUSE_MARKER": str(marker), "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-c", WRITER.format(tests=str(Path(__file__).parent), lake=str(lake))],
                            env=env)
    deadline = time.monotonic() + 60
    while not marker.exists() and time.monotonic() < deadline:
        assert proc.poll() is None, "the writer ended before the pause point"
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)  # quotes committed, articles not
    proc.wait()
    after = ds.versions(lake, ["articles", "quotes"])
    assert after["quotes"] == before["quotes"] + 1 and after["articles"] == before["articles"]
    assert ids(lake, "articles", "article_id") == ["a1"]  # articles at their last committed version
    assert ds.recover(lake) == 1
    assert ids(lake, "articles", "article_id") == ["a1", "a2", "a3"]
    assert ids(lake, "quotes", "quote_id") == ["a1:q0", "a1:q1", "a2:q0", "a2:q1", "a3:q0", "a3:q1"]
    ds.recover(lake)
    ds.commit_batch(lake, batch("a1", "a2", "a3", nq=2, version="v2"))  # a plain rerun changes nothing
    assert ids(lake, "quotes", "quote_id") == ["a1:q0", "a1:q1", "a2:q0", "a2:q1", "a3:q0", "a3:q1"]


def test_a_corrupt_data_file_is_one_line_and_the_table_is_repaired_from_its_log(tmp_path):
    lake = tmp_path / "lake"
    ds.commit_batch(lake, batch("a1", nq=2))
    ds.commit_batch(lake, batch("a2", nq=2))
    dt = ds.open_table(lake, "quotes")
    victim = Path(sorted(dt.file_uris())[0].removeprefix("file://"))
    victim.write_bytes(b"PAR1 this is not parquet")
    with pytest.raises(ds.DeltaStoreError) as info:
        ds.read_table(lake, "quotes")
    assert "\n" not in str(info.value) and "quotes" in str(info.value)
    result = ds.quarantine_corrupt(lake, "quotes")
    assert result.removed == [victim.name] and "\n" not in result.line
    rows = ds.read_table(lake, "quotes")  # readable again, without the lost file's rows
    assert rows.num_rows == 2 and result.version == dt.version() + 1


# ---------------------------------------------------------------- S3 (moto)
@pytest.fixture
def s3(monkeypatch):
    pytest.importorskip("moto.server")
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    for key, value in {"AWS_ENDPOINT_URL": endpoint, "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test",
                       "AWS_REGION": "us-east-1", "AWS_ALLOW_HTTP": "true"}.items():
        monkeypatch.setenv(key, value)
    import boto3

    boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1").create_bucket(Bucket="news")
    yield endpoint
    server.stop()


def test_the_lake_on_s3_takes_batches_and_reruns_idempotently(s3, tmp_path):
    lake = "s3://news/lake"
    journal = tmp_path / "journal"
    ds.commit_batch(lake, batch("a1", "a2", nq=2), journal=journal)
    ds.commit_batch(lake, batch("a1", "a2", nq=2), journal=journal)
    assert ids(lake, "articles", "article_id") == ["a1", "a2"]
    assert ids(lake, "quotes", "quote_id") == ["a1:q0", "a1:q1", "a2:q0", "a2:q1"]
    ds.commit_batch(lake, batch("a1", nq=1, tag="n", version="v2"), journal=journal)
    assert ids(lake, "quotes", "quote_id") == ["a1:n0", "a2:q0", "a2:q1"]
    results = ds.maintain(lake, ["quotes"], dry_run=True)
    assert results[0].table == "quotes"


class _Always500(BaseHTTPRequestHandler):
    def _fail(self) -> None:
        self.send_response(500)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_PUT = do_HEAD = do_POST = do_DELETE = _fail

    def log_message(self, *args) -> None:
        pass


def test_an_object_store_answering_500_is_one_line_and_the_next_run_completes(s3, tmp_path, monkeypatch):
    lake = "s3://news/lake"
    journal = tmp_path / "journal"
    ds.commit_batch(lake, batch("a1", nq=1), journal=journal)
    before = ds.versions(lake, ["articles", "quotes"])
    broken = ThreadingHTTPServer(("127.0.0.1", 0), _Always500)
    threading.Thread(target=broken.serve_forever, daemon=True).start()
    monkeypatch.setenv("AWS_ENDPOINT_URL", f"http://127.0.0.1:{broken.server_address[1]}")
    monkeypatch.setenv("NEWSLAKE_S3_MAX_RETRIES", "1")
    monkeypatch.setenv("NEWSLAKE_S3_RETRY_TIMEOUT", "2s")
    started = time.monotonic()
    with pytest.raises(ds.DeltaStoreError) as info:
        ds.commit_batch(lake, batch("a2", nq=1), journal=journal)
    broken.shutdown()
    assert time.monotonic() - started < 60
    assert "\n" not in str(info.value) and "news/lake" in str(info.value)
    monkeypatch.setenv("AWS_ENDPOINT_URL", s3)
    assert ds.versions(lake, ["articles", "quotes"]) == before  # nothing half-written
    # the store failed before the batch reached its journal: the next run commits it again
    ds.commit_batch(lake, batch("a2", nq=1), journal=journal)
    assert ids(lake, "articles", "article_id") == ["a1", "a2"]
    assert ids(lake, "quotes", "quote_id") == ["a1:q0", "a2:q0"]


# ------------------------------------------------------------ maintenance
def test_maintain_compacts_and_vacuum_keeps_time_travel_inside_retention(tmp_path):
    lake = tmp_path / "lake"
    for n in range(4):
        ds.commit_batch(lake, batch(f"a{n}", nq=1))
    files_before = len(ds.open_table(lake, "quotes").file_uris())
    assert files_before >= 2
    old = ds.versions(lake, ["quotes"])["quotes"] - 2
    [result] = ds.maintain(lake, ["quotes"])
    assert result.files_compacted == files_before and result.files_added == 1
    assert len(ds.open_table(lake, "quotes").file_uris()) == 1
    assert result.files_vacuumed == []  # nothing older than 7 days
    assert ds.read_table(lake, "quotes", version=old).num_rows == old  # time travel still works
    assert ds.read_table(lake, "quotes").num_rows == 4


# -------------------------------------------------------------- migration
def test_migrate_a_parquet_lake_built_by_the_current_code_keeps_every_row(tmp_path):
    from newslake.lake import read_table as read_parquet

    old = small_lake.build_small_lake(tmp_path / "old")
    lake = tmp_path / "delta"
    counts = ds.migrate_parquet_lake(old, lake)
    again = ds.migrate_parquet_lake(old, lake)  # idempotent
    assert counts == again
    for table, n in counts.items():
        key = list(TABLES[table][1])
        distinct = {tuple(r.values()) for r in read_parquet(old, table, key).to_pylist()}
        stale = 1 if table == "figures" else 0  # the older fetch of a3 had one figure of its own
        assert n == len(distinct) - stale, table
    figures = set(ds.read_table(lake, "figures")["figure_id"].to_pylist())
    assert set(read_parquet(old, "figures")["figure_id"].to_pylist()) - figures == {"a3:f9"}
    # the stale older fetch of a3 collapses into its latest row
    a3 = [r for r in ds.read_table(lake, "articles").to_pylist() if r["article_id"] == "a3"]
    assert len(a3) == 1 and str(a3[0]["published_date"]) == "2024-10-23"


def test_the_warehouse_built_from_the_delta_lake_matches_the_parquet_build_and_names_its_versions(tmp_path):
    from newslake.warehouse import build_warehouse, default_project_dir

    old = small_lake.build_small_lake(tmp_path / "old")
    lake = tmp_path / "delta"
    ds.migrate_parquet_lake(old, lake)
    a = build_warehouse(default_project_dir(), old, tmp_path / "parquet.duckdb")
    b = build_warehouse(default_project_dir(), lake, tmp_path / "delta.duckdb")
    assert a.ok and b.ok
    with duckdb.connect(str(tmp_path / "parquet.duckdb"), read_only=True) as pa_con, \
            duckdb.connect(str(tmp_path / "delta.duckdb"), read_only=True) as de_con:
        tables = [r[0] for r in pa_con.execute("select table_name from information_schema.tables "
                                                 "where table_schema = 'main' order by 1").fetchall()]
        assert len(tables) > 10
        for table in tables:
            cols = [r[0] for r in pa_con.execute(f"describe main.{table}").fetchall() if r[0] != "lake_partition"]
            sql = f"select {', '.join(chr(34) + c + chr(34) for c in cols)} from main.{table} order by all"
            assert pa_con.execute(sql).fetchall() == de_con.execute(sql).fetchall(), table
        versions = dict(de_con.execute("select table_name, version from _newslake.lake_versions").fetchall())
    assert versions == {t: v for t, v in ds.versions(lake, versions).items()}
    assert {"articles", "quotes", "entities", "figures"} <= set(versions)


def test_migrate_lake_and_maintain_commands(tmp_path):
    from typer.testing import CliRunner

    from newslake.cli import app
    from newslake.paths import Lake, resolve_lake

    data = tmp_path / "data"
    small_lake.build_small_lake(data / "lake")
    runner = CliRunner()
    first = runner.invoke(app, ["migrate-lake", "--data-dir", str(data)])
    assert first.exit_code == 0, first.output
    assert "articles 8" in first.output and "figures 12" in first.output
    again = runner.invoke(app, ["migrate-lake", "--data-dir", str(data)])
    assert again.exit_code == 0 and "articles 8" in again.output
    dry = runner.invoke(app, ["maintain", "--data-dir", str(data), "--dry-run", "-t", "articles"])
    assert dry.exit_code == 0, dry.output
    assert "articles: version" in dry.output and "would vacuum 0 files" in dry.output
    done = runner.invoke(app, ["maintain", "--data-dir", str(data)])
    assert done.exit_code == 0, done.output
    assert ds.read_table(data / "lake-delta", "articles").num_rows == 8
    unsafe = runner.invoke(app, ["maintain", "--data-dir", str(data), "--retention-hours", "1"])
    assert unsafe.exit_code == 1 and "--force" in unsafe.output
    # from now on the commands read the Delta copy, unasked (paths.resolve_lake)
    assert resolve_lake(data) == Lake("delta", data / "lake-delta")
    built = runner.invoke(app, ["build", "--data-dir", str(data)])
    assert built.exit_code == 0, built.output
    with duckdb.connect(str(data / "warehouse.duckdb"), read_only=True) as con:
        read = dict(con.execute("select table_name, version from _newslake.lake_versions").fetchall())
        assert con.execute("select count(*) from stg_articles").fetchone()[0] == 8
    assert read == ds.versions(data / "lake-delta", read) and "articles" in read


# -------------------------------------------------------- partition pruning
def _files_by_partition(lake, table: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for uri in ds.open_table(lake, table).file_uris():
        relative = Path(uri.removeprefix("file://")).relative_to(lake / table)
        found.setdefault(relative.parts[0], set()).add(relative.name)
    return found


def test_child_merge_rewrites_and_scans_only_the_batch_partitions(tmp_path):
    lake = tmp_path / "lake"
    days = ["2024-10-18", "2024-10-19", "2024-10-20", "2024-10-21"]
    for n, day in enumerate(days):
        ds.commit_batch(lake, batch(f"a{n}", f"b{n}", nq=2, day=day))
    before = _files_by_partition(lake, "quotes")
    assert sorted(before) == [f"published_date={d}" for d in days]
    # a1 is re-extracted with other quotes on the same day: only 2024-10-19's files may change
    ds.commit_batch(lake, batch("a1", nq=1, tag="new", day="2024-10-19", version="v2"))
    after = _files_by_partition(lake, "quotes")
    for day in ("2024-10-18", "2024-10-20", "2024-10-21"):
        assert after[f"published_date={day}"] == before[f"published_date={day}"], day
    assert after["published_date=2024-10-19"] != before["published_date=2024-10-19"]
    merge = ds.open_table(lake, "quotes").history(1)[0]
    assert merge["operation"] == "MERGE"
    metrics = merge["operationMetrics"]
    assert metrics["num_target_files_scanned"] == len(before["published_date=2024-10-19"])
    assert metrics["num_target_files_skipped_during_scan"] == 3
    assert ids(lake, "quotes", "quote_id") == sorted(
        ["a1:new0", "b1:q0", "b1:q1"] + [f"{x}{n}:q{i}" for n in (0, 2, 3) for x in "ab" for i in range(2)])
    # the child rows carry their article's date as the partition column; read_table keeps the contract
    assert ds.read_table(lake, "quotes").column_names == QUOTES.names
    # a2 moves from 2024-10-20 to an undated partition: just those two partitions change
    before = after
    ds.commit_batch(lake, {"articles": ds.TableChange(pa.Table.from_pylist([article("a2", None, version="v3")],
                                                                            schema=ARTICLES)),
                           "quotes": ds.TableChange(quotes("a2", 1, "moved"), replace_articles={"a2"})})
    after = _files_by_partition(lake, "quotes")
    for day in ("2024-10-18", "2024-10-19", "2024-10-21"):
        assert after[f"published_date={day}"] == before[f"published_date={day}"], day
    assert f"published_date={ds.HIVE_NULL}" in after
    metrics = ds.open_table(lake, "quotes").history(1)[0]["operationMetrics"]
    assert metrics["num_target_files_skipped_during_scan"] == 3
    rows = {r["quote_id"] for r in ds.read_table(lake, "quotes").to_pylist() if r["article_id"] == "a2"}
    assert rows == {"a2:moved0"}


def test_an_unpartitioned_child_table_from_an_older_migration_still_swaps_rows(tmp_path):
    from deltalake import DeltaTable

    lake = tmp_path / "lake"
    DeltaTable.create(str(lake / "quotes"), schema=QUOTES)  # how migrate-lake made child tables before
    ds.commit_batch(lake, batch("a1", "a2", nq=2))
    ds.commit_batch(lake, batch("a1", nq=1, tag="new", version="v2"))
    assert ids(lake, "quotes", "quote_id") == ["a1:new0", "a2:q0", "a2:q1"]
    assert ds.open_table(lake, "quotes").metadata().partition_columns == []
