"""`newslake run --lake-format delta`: the sample flow writes Delta Lake tables (newslake.delta_store).

Real runs of the Prefect flow (one Prefect server for the module), real Delta
tables on disk, real DuckDB and Polars readers, and the faults of issue #14
item 3 that the flow meets: a run SIGKILLed mid-batch (between two tables'
commits of one batch), and an object store that accepts connections and never
answers (a socket on 127.0.0.1).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from newslake import delta_store as ds
from newslake.lake import read_table as read_parquet
from newslake.schema import QUOTES, TABLES

NEWSLAKE = str(Path(sys.executable).parent / "newslake")
CONTRACT = ("articles", "quotes", "entities", "figures")
# Columns whose values belong to the run that wrote them, not to the input.
RUN_SPECIFIC = {"articles": {"fetched_at"}}
RUN_TIMEOUT = 600
pytestmark = pytest.mark.slow


def newslake(env: dict, data: Path, *args: str, timeout: float = RUN_TIMEOUT, **extra: str):
    return subprocess.run([NEWSLAKE, *args], capture_output=True, text=True, timeout=timeout,
                          env={**env, "NEWSLAKE_DATA_DIR": str(data), **extra})


def rows_of(table: pa.Table, name: str) -> list[tuple]:
    """Sorted rows without the run-specific columns, comparable across lakes."""
    keep = [c for c in TABLES[name][0].names if c not in RUN_SPECIFIC.get(name, set())]
    return sorted(tuple(repr(v) for v in row.values()) for row in table.select(keep).to_pylist())


def delta_rows(data: Path, name: str) -> list[tuple]:
    return rows_of(ds.read_table(data / "lake-delta", name), name)


def counts(data: Path) -> dict[str, int]:
    """Rows per contract table of the Delta lake; asserts no key is there twice."""
    found = {}
    for name in CONTRACT:
        table = ds.read_table(data / "lake-delta", name)
        keys = list(zip(*(table[k].to_pylist() for k in TABLES[name][1])))
        assert len(keys) == len(set(keys)), f"duplicate keys in {name}"
        found[name] = table.num_rows
    return found


@pytest.fixture(scope="module")
def runs(tmp_path_factory, prefect_server_env):
    """The sample into a Parquet lake once, and into a Delta lake twice (the second: a rerun)."""
    parquet, delta = tmp_path_factory.mktemp("parquet"), tmp_path_factory.mktemp("delta")
    timings = {}
    started = time.perf_counter()
    first_parquet = newslake(prefect_server_env, parquet, "run", "--lake-format", "parquet")
    timings["parquet"] = time.perf_counter() - started
    assert first_parquet.returncode == 0, first_parquet.stdout + first_parquet.stderr
    started = time.perf_counter()
    first = newslake(prefect_server_env, delta, "run", "--lake-format", "delta")
    timings["delta"] = time.perf_counter() - started
    assert first.returncode == 0, first.stdout + first.stderr
    after_first = {n: ds.versions(delta / "lake-delta", [n])[n] for n in TABLES}
    started = time.perf_counter()
    second = newslake(prefect_server_env, delta, "run")  # no flag: the default, and the lake the folder holds
    timings["delta rerun"] = time.perf_counter() - started
    print(f"\nsample run wall time (s): {timings}")
    return {"parquet": parquet, "delta": delta, "first": first, "second": second,
            "after_first": after_first, "timings": timings}


def test_a_delta_run_writes_delta_tables_and_no_parquet_lake(runs):
    data = runs["delta"]
    assert not (data / "lake").exists()
    for name in CONTRACT:
        assert (data / "lake-delta" / name / "_delta_log").is_dir(), name
    assert (data / "lake-delta" / "_state" / "lake_format").read_text().strip() == "delta"
    assert "Traceback" not in runs["first"].stdout + runs["first"].stderr
    assert "articles new 51" in runs["first"].stdout
    # children are partitioned by their article's date, as the Parquet lake's folders are
    assert ds.open_table(data / "lake-delta", "quotes").metadata().partition_columns == ["published_date"]
    assert (data / "lake-delta" / "quotes" / "published_date=2024-11-07").is_dir()


def test_the_delta_lake_holds_the_same_rows_as_the_parquet_lake(runs):
    for name in CONTRACT:
        parquet = rows_of(read_parquet(runs["parquet"] / "lake", name), name)
        assert len(parquet) > 40, name
        assert delta_rows(runs["delta"], name) == parquet, name


def test_a_rerun_adds_no_row_and_commits_no_contract_table(runs):
    second = runs["second"]
    assert second.returncode == 0, second.stdout + second.stderr
    assert "articles new 0, updated 0" in second.stdout
    assert counts(runs["delta"]) == {n: len(rows_of(read_parquet(runs["parquet"] / "lake", n), n)) for n in CONTRACT}
    now = ds.versions(runs["delta"] / "lake-delta", CONTRACT)
    assert now == {n: runs["after_first"][n] for n in CONTRACT}  # nothing new: no commit at all


def test_duckdb_reads_the_delta_tables_from_their_snapshot_files(runs):
    lake = runs["delta"] / "lake-delta"
    files = ds.data_files(lake, "figures")
    con = duckdb.connect()
    total, distinct = con.execute(f"select count(*), count(distinct figure_id) from read_parquet({files})").fetchone()
    assert total == distinct == counts(runs["delta"])["figures"]
    by_day = dict(con.execute(f"select published_date, count(*) from read_parquet({files}, hive_partitioning=true) "
                              f"group by 1").fetchall())
    arts = ds.read_table(lake, "articles", ["article_id", "published_date"])
    figs = ds.read_table(lake, "figures", ["article_id"])
    day_of = dict(zip(arts["article_id"].to_pylist(), arts["published_date"].to_pylist()))
    expected: dict[str, int] = {}
    for a in figs["article_id"].to_pylist():
        key = day_of[a].isoformat() if day_of[a] else ds.HIVE_NULL
        expected[key] = expected.get(key, 0) + 1
    assert {str(k): v for k, v in by_day.items()} == expected  # the partition folders are the article's day


def test_polars_reads_the_delta_tables(runs):
    pl = pytest.importorskip("polars", reason="polars is not installed")
    lake = runs["delta"] / "lake-delta"
    articles = pl.read_delta(str(lake / "articles"))
    assert articles.height == counts(runs["delta"])["articles"]
    assert articles.select(pl.col("source").n_unique()).item() >= 6
    quotes = pl.scan_delta(str(lake / "quotes")).filter(pl.col("published_date").is_not_null()).collect()
    assert quotes.height > 0 and set(QUOTES.names) <= set(quotes.columns)


def test_the_warehouse_build_names_the_table_versions_it_read(runs, prefect_server_env):
    data = runs["delta"]
    with duckdb.connect(str(data / "warehouse.duckdb"), read_only=True) as con:
        versions = dict(con.execute("select table_name, version from _newslake.lake_versions").fetchall())
        staged = con.execute("select count(*) from stg_articles").fetchone()[0]
    assert set(CONTRACT) <= set(versions)
    assert versions == {n: runs["after_first"][n] for n in versions}
    assert staged == counts(data)["articles"]
    # time travel: the version the build names gives the rows it read
    assert ds.read_table(data / "lake-delta", "articles", version=versions["articles"]).num_rows == staged
    result = newslake(prefect_server_env, data, "query", "select count(*) n from troop_estimate_trend",
                      "--format", "json", timeout=120)
    assert result.returncode == 0 and '"n"' in result.stdout


def test_the_config_setting_chooses_delta_and_a_bad_value_is_one_line(tmp_path, prefect_server_env, repo):
    from newslake.config import ConfigError, parse_config

    config = parse_config({"settings": {"lake_format": "delta"}, "feeds": [{"name": "w", "kind": "wire",
                                                                           "path": "wire"}]},
                          repo / "data" / "sample" / "feeds.toml")
    assert config.lake_format == "delta"
    with pytest.raises(ConfigError) as info:
        parse_config({"settings": {"lake_format": "orc"}, "feeds": [{"name": "w", "path": "wire"}]},
                     repo / "data" / "sample" / "feeds.toml")
    assert "lake_format" in str(info.value) and "\n" not in str(info.value)
    bad = newslake(prefect_server_env, tmp_path, "run", "--lake-format", "orc", timeout=60)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert "--lake-format takes parquet or delta, not 'orc'" in bad.stderr
    assert not (tmp_path / "lake").exists() and not (tmp_path / "lake-delta").exists()


# ------------------------------------------------------------------ faults
def test_a_run_killed_between_two_tables_commits_is_completed_and_nothing_doubles(tmp_path, prefect_server_env,
                                                                                  runs):
    """Batches of 8; killed at the 10th table commit (the second batch: its children partly
    committed, its articles not). The rerun completes the journaled batch, then the rest."""
    data = tmp_path / "data"
    marker = tmp_path / "paused"
    env = {**prefect_server_env, "NEWSLAKE_DATA_DIR": str(data), "NEWSLAKE_BATCH_SIZE": "8",
           "NEWSLAKE_PAUSE_AT": ds.PAUSE_TABLE, "NEWSLAKE_PAUSE_SKIP": "9", "NEWSLAKE_PAUSE_MARKER": str(marker)}
    proc = subprocess.Popen([NEWSLAKE, "run", "--lake-format", "delta"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + RUN_TIMEOUT
        while not marker.exists():
            assert proc.poll() is None, "the run ended before the pause point"
            assert time.monotonic() < deadline, "the run did not reach the pause point"
            time.sleep(0.05)
        time.sleep(0.2)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    lake = data / "lake-delta"
    assert len(list((lake / "_state" / "delta_journal").glob("batch-*"))) == 1  # the batch in flight
    partial = counts(data)  # readable, whole earlier batches (and at most the children of the one in flight)
    assert partial["articles"] < 51
    rerun = newslake(prefect_server_env, data, "run", "--lake-format", "delta")
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert "Traceback" not in rerun.stderr
    assert not list((lake / "_state" / "delta_journal").glob("batch-*"))
    assert counts(data) == counts(runs["delta"])
    for name in CONTRACT:
        assert delta_rows(data, name) == delta_rows(runs["delta"], name), name
    again = newslake(prefect_server_env, data, "run", "--lake-format", "delta")
    assert again.returncode == 0 and "articles new 0, updated 0" in again.stdout


def test_a_corrupt_delta_data_file_is_set_aside_and_its_articles_ingested_again(tmp_path, prefect_server_env,
                                                                               runs):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(runs["delta"], data, ignore=shutil.ignore_patterns(".prefect"))
    lake = data / "lake-delta"
    victim = Path(next(f for f in ds.data_files(lake, "figures") if "published_date=2024-11-07" in f))
    victim.write_bytes(b"PAR1 not a parquet file at all")
    result = newslake(prefect_server_env, data, "run", "--lake-format", "delta")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [line for line in result.stderr.splitlines() if "unreadable" in line]
    assert len(lines) == 1 and victim.name in lines[0] and "ingested again" in lines[0]
    assert "Traceback" not in result.stderr
    assert (lake / "_corrupt" / "figures" / victim.name).exists()
    assert counts(data) == counts(runs["delta"])
    for name in CONTRACT:
        assert delta_rows(data, name) == delta_rows(runs["delta"], name), name


class _Silent:
    """A TCP server on 127.0.0.1 that accepts connections and never answers."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.held: list[socket.socket] = []
        self.stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        self.sock.settimeout(0.2)
        while not self.stop.is_set():
            try:
                conn, _addr = self.sock.accept()
                self.held.append(conn)
            except OSError:
                continue

    def close(self) -> None:
        self.stop.set()
        for conn in self.held:
            conn.close()
        self.sock.close()


def test_an_object_store_that_times_out_is_one_line_and_nothing_is_half_written(tmp_path, monkeypatch):
    silent = _Silent()
    try:
        for key, value in {"AWS_ENDPOINT_URL": f"http://127.0.0.1:{silent.port}", "AWS_ACCESS_KEY_ID": "test",
                           "AWS_SECRET_ACCESS_KEY": "test", "AWS_REGION": "us-east-1", "AWS_ALLOW_HTTP": "true",
                           "NEWSLAKE_S3_TIMEOUT": "2s", "NEWSLAKE_S3_MAX_RETRIES": "1",
                           "NEWSLAKE_S3_RETRY_TIMEOUT": "3s"}.items():
            monkeypatch.setenv(key, value)
        started = time.monotonic()
        with pytest.raises(ds.DeltaStoreError) as info:
            ds.commit_batch("s3://news/lake", {"quotes": ds.TableChange(QUOTES.empty_table())},
                            journal=tmp_path / "journal")
        elapsed = time.monotonic() - started
    finally:
        silent.close()
    message = str(info.value)
    assert "\n" not in message and "s3://news/lake" in message
    assert elapsed < 120
    assert not list((tmp_path / "journal").glob("batch-*"))  # it failed before the batch was journaled


def test_an_unreadable_delta_log_stops_the_run_with_one_line_and_the_next_run_completes(tmp_path,
                                                                                       prefect_server_env, runs):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(runs["delta"], data, ignore=shutil.ignore_patterns(".prefect"))
    log = data / "lake-delta" / "quotes" / "_delta_log"
    last = sorted(log.glob("*.json"))[-1]
    kept = last.read_bytes()
    last.write_text("{not json")
    result = newslake(prefect_server_env, data, "run", "--lake-format", "delta")
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "lake-delta/quotes" in errors[0], result.stderr
    last.write_bytes(kept)
    again = newslake(prefect_server_env, data, "run", "--lake-format", "delta")
    assert again.returncode == 0, again.stdout + again.stderr
    assert counts(data) == counts(runs["delta"])


def test_settings_lake_format_parquet_makes_a_plain_run_write_parquet(tmp_path, prefect_server_env, repo, runs):
    """The config's setting, without --lake-format: a copy of the sample whose [settings] say parquet
    (Delta is the default); --lake-format delta wins over it."""
    import shutil

    sample = tmp_path / "sample"
    shutil.copytree(repo / "data" / "sample", sample)
    config = sample / "feeds.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        '[settings]\nmirror = "mirror"', '[settings]\nmirror = "mirror"\nlake_format = "parquet"'), encoding="utf-8")
    data = tmp_path / "data"
    result = newslake(prefect_server_env, data, "run", "--config", str(config), "--no-build")
    assert result.returncode == 0, result.stdout + result.stderr
    assert not (data / "lake-delta").exists()
    assert len(read_parquet(data / "lake", "articles")) == counts(runs["delta"])["articles"]
    # --lake-format wins over the setting
    other = newslake(prefect_server_env, data, "run", "--config", str(config), "--no-build", "--lake-format", "delta")
    assert other.returncode == 0, other.stdout + other.stderr
    assert counts(data) == counts(runs["delta"])
