"""Every command on a data folder that holds a Delta lake.

Real `newslake` subprocesses (one Prefect server for the module), real Delta
tables read back with ``newslake.delta_store``: `status` shows the Delta
lake's runs, `build` reads its tables and `query` and `report` what it built,
`maintain` compacts them, `reprocess` and `retry-failed` rewrite rows without
doubling any, and `run --dask local` on two workers gives the default runner's
tables. The first run's config says delta; after it no command is given
``--lake-format``, and `status`, `build`, `query`, `report`, `maintain` and
`reprocess` get no config that names a format, so each one's choice of lake
(``paths.resolve_lake``: the lake the folder holds) is what is tested.
(`serve` on a Delta lake: tests/test_serve.py; `migrate-lake`:
tests/test_delta_store.py.)
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from newslake import delta_store as ds
from newslake.schema import TABLES

NEWSLAKE = str(Path(sys.executable).parent / "newslake")
CONTRACT = ("articles", "quotes", "entities", "figures")
BATCH = 8  # the sample's 51 documents in 7 batches: work for both Dask workers
RUN_TIMEOUT = 600


# ------------------------------------------------------ which lake (cheap)
def test_resolve_lake_prefers_the_request_then_the_existing_lake(tmp_path):
    from newslake.config import DEFAULT_LAKE_FORMAT
    from newslake.delta_store import mark_lake_format
    from newslake.paths import Lake, resolve_lake

    data = tmp_path / "data"
    assert resolve_lake(data) == Lake(DEFAULT_LAKE_FORMAT, data / ("lake" if DEFAULT_LAKE_FORMAT == "parquet"
                                                                   else "lake-delta"))
    (data / "lake" / "articles").mkdir(parents=True)  # a Parquet lake
    assert resolve_lake(data) == Lake("parquet", data / "lake")
    assert resolve_lake(data, "delta") == Lake("delta", data / "lake-delta")
    mark_lake_format(data / "lake-delta", "delta")  # and a Delta one (as after migrate-lake)
    assert resolve_lake(data) == Lake("delta", data / "lake-delta")
    assert resolve_lake(data, "parquet") == Lake("parquet", data / "lake")
    with pytest.raises(ValueError, match="--lake-format takes parquet or delta, not 'orc'"):
        resolve_lake(data, "orc")


def test_a_delta_lake_alone_is_found_without_a_config(tmp_path):
    from newslake.delta_store import mark_lake_format
    from newslake.paths import resolve_lake

    (tmp_path / "lake").mkdir()  # a bare folder (a lock, say) is no Parquet lake
    (tmp_path / "lake" / ".lock").write_text("")
    mark_lake_format(tmp_path / "lake-delta", "delta")
    assert resolve_lake(tmp_path).format == "delta"


def test_a_bad_lake_format_is_one_line_for_every_command(tmp_path):
    for args in (["status"], ["build"], ["retry-failed"], ["reprocess"], ["run"]):
        result = subprocess.run([NEWSLAKE, *args, "--lake-format", "orc"], capture_output=True, text=True,
                                timeout=60, env={**os.environ, "NEWSLAKE_DATA_DIR": str(tmp_path / "data")})
        assert result.returncode == 1, args
        assert result.stderr.strip() == "error: --lake-format takes parquet or delta, not 'orc'", args
    assert not (tmp_path / "data").exists()


# ------------------------------------------------------------ end to end
def newslake(env: dict, data: Path, *args: str, timeout: float = RUN_TIMEOUT) -> subprocess.CompletedProcess:
    result = subprocess.run([NEWSLAKE, *args], capture_output=True, text=True, timeout=timeout,
                            env={**env, "NEWSLAKE_DATA_DIR": str(data), "NEWSLAKE_BATCH_SIZE": str(BATCH)})
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    return result


def delta_config(folder: Path, sample: Path) -> Path:
    """A copy of the sample whose [settings] say lake_format = "delta"."""
    shutil.copytree(sample, folder)
    config = folder / "feeds.toml"
    text = config.read_text(encoding="utf-8")
    assert '[settings]\nmirror = "mirror"' in text
    config.write_text(text.replace('[settings]\nmirror = "mirror"', '[settings]\nmirror = "mirror"\nlake_format = "delta"'),
                      encoding="utf-8")
    return config


def table_rows(data: Path, name: str) -> list[tuple]:
    """The table's rows (all contract columns), sorted; asserts no key is there twice."""
    table = ds.read_table(data / "lake-delta", name)
    keys = list(zip(*(table[k].to_pylist() for k in TABLES[name][1])))
    assert len(keys) == len(set(keys)), f"duplicate keys in {name}"
    return sorted(tuple(repr(v) for v in row.values()) for row in table.to_pylist())


def counts(data: Path) -> dict[str, int]:
    return {name: len(table_rows(data, name)) for name in CONTRACT}


@pytest.fixture(scope="module")
def sample(tmp_path_factory, repo, prefect_server_env):
    """The sample, run once (no build) into a data folder its delta config points at."""
    root = tmp_path_factory.mktemp("delta-config")
    config = delta_config(root / "sample", repo / "data" / "sample")
    data = root / "data"
    result = newslake(prefect_server_env, data, "run", "--config", str(config), "--no-build")
    assert result.returncode == 0, result.stdout + result.stderr
    return {"config": config, "data": data, "run": result}


def copy_data(data: Path, to: Path) -> Path:
    shutil.copytree(data, to, ignore=shutil.ignore_patterns(".prefect"))
    return to


@pytest.mark.slow
def test_the_run_wrote_only_the_delta_lake(sample):
    data = sample["data"]
    assert not (data / "lake").exists()
    assert counts(data)["articles"] == 51
    assert "articles new 51" in sample["run"].stdout


@pytest.mark.slow
def test_status_shows_the_delta_lakes_runs(sample, prefect_server_env):
    data = sample["data"]
    result = newslake(prefect_server_env, data, "status", timeout=120)
    assert result.returncode == 0, result.stderr
    run_ids = ds.read_table(data / "lake-delta", "pipeline_runs")["run_id"].to_pylist()
    assert len(run_ids) == 1 and run_ids[0] in result.stdout
    cells = {line.split("│")[1].strip(): [c.strip() for c in line.split("│")[1:-1]]
             for line in result.stdout.splitlines() if line.count("│") > 3}
    assert cells[run_ids[0]][3] == "51"  # new articles
    assert cells["wire-dumps"][1] == "14"  # the feed's articles in the Delta table
    parquet = newslake(prefect_server_env, data, "status", "--lake-format", "parquet", timeout=120)
    assert parquet.returncode == 0 and "no runs recorded" in parquet.stdout


@pytest.mark.slow
def test_build_query_and_report_read_the_delta_tables(sample, prefect_server_env, tmp_path):
    data = copy_data(sample["data"], tmp_path / "data")
    result = newslake(prefect_server_env, data, "build", timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not (data / "lake").exists()
    with duckdb.connect(str(data / "warehouse.duckdb"), read_only=True) as con:
        versions = dict(con.execute("select table_name, version from _newslake.lake_versions").fetchall())
        staged = con.execute("select count(*), count(distinct article_id) from stg_articles").fetchone()
        quotes = con.execute("select count(*) from stg_quotes").fetchone()[0]
    lake = data / "lake-delta"
    assert versions == {n: v for n, v in ds.versions(lake, versions).items()}  # the versions it read
    assert set(CONTRACT) <= set(versions)
    assert staged == (51, 51)
    assert quotes == ds.read_table(lake, "quotes").num_rows

    query = newslake(prefect_server_env, data, "query", "select count(*) as n from stg_quotes", "--format", "csv",
                     timeout=120)
    assert query.returncode == 0, query.stderr
    assert query.stdout.split() == ["n", str(quotes)]

    report = newslake(prefect_server_env, data, "report", timeout=300)
    assert report.returncode == 0, report.stdout + report.stderr
    page = (data / "report.html").read_text(encoding="utf-8")
    (run_id,) = ds.read_table(lake, "pipeline_runs")["run_id"].to_pylist()
    assert run_id in page  # the run log, read from the Delta lake
    assert "No run is recorded" not in page


@pytest.mark.slow
def test_maintain_compacts_the_delta_lake_and_keeps_every_row(sample, prefect_server_env, tmp_path):
    data = copy_data(sample["data"], tmp_path / "data")
    lake = data / "lake-delta"
    before = {n: table_rows(data, n) for n in CONTRACT}
    versions = ds.versions(lake, CONTRACT)
    result = newslake(prefect_server_env, data, "maintain", "-t", "quotes", "-t", "articles", timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = sorted(result.stdout.splitlines())
    assert [line.split(":")[0] for line in lines] == ["articles", "quotes"]
    compacted = dict(re.match(r"(\w+): version \d+ -> \d+, compacted (\d+) files", line).groups() for line in lines)
    assert int(compacted["quotes"]) > 1  # 7 batches wrote the quotes in several small files
    after = ds.versions(lake, CONTRACT)
    assert after["quotes"] > versions["quotes"] and after["entities"] == versions["entities"]
    assert {n: table_rows(data, n) for n in CONTRACT} == before


@pytest.mark.slow
def test_reprocess_rewrites_the_delta_tables_without_doubling_a_row(sample, prefect_server_env, tmp_path, repo):
    data = copy_data(sample["data"], tmp_path / "data")
    lake = data / "lake-delta"
    before = {n: table_rows(data, n) for n in CONTRACT}
    versions = ds.versions(lake, CONTRACT)
    # the sample's own config names no format: the Delta lake is the one the folder holds
    result = newslake(prefect_server_env, data, "reprocess", "--config", str(repo / "data" / "sample" / "feeds.toml"),
                      "--no-build")
    assert result.returncode == 0, result.stdout + result.stderr
    assert not (data / "lake").exists()
    assert ds.versions(lake, CONTRACT) == {n: v + 1 for n, v in versions.items()}  # one overwrite commit each
    for name in CONTRACT:
        assert table_rows(data, name) == before[name], name
        # the rows before the rebuild are still there to time-travel to
        assert ds.read_table(lake, name, version=versions[name]).num_rows == len(before[name])
    assert ds.read_table(lake, "pipeline_runs").num_rows == 2  # the run and the rebuild
    assert not list(lake.parent.glob(".lake-delta-reprocess-*"))
    # the swapped-in index describes the new version: a plain run rebuilds nothing and adds nothing
    again = newslake(prefect_server_env, data, "run", "--config", str(sample["config"]), "--no-build")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "articles new 0, updated 0" in again.stdout and "rebuilding" not in again.stderr
    assert counts(data) == {n: len(rows) for n, rows in before.items()}


@pytest.mark.slow
def test_retry_failed_rewrites_the_retried_item_once(tmp_path, repo, prefect_server_env):
    """Two wire stories, one cut to a teaser the length gate rejects: quarantined. Once the file is
    whole again, `retry-failed` ingests it into the Delta lake; retrying again doubles nothing."""
    wire = tmp_path / "feeds" / "wire"
    wire.mkdir(parents=True)
    good, bad = sorted((repo / "data" / "sample" / "wire").glob("*.txt"))[:2]
    shutil.copy(good, wire / good.name)
    (wire / bad.name).write_text(bad.read_text(encoding="utf-8")[:80], encoding="utf-8")
    config = tmp_path / "feeds" / "feeds.toml"
    config.write_text('[settings]\nlake_format = "delta"\n\n[[feeds]]\nname = "wire"\nkind = "wire"\npath = "wire"\n',
                      encoding="utf-8")
    data = tmp_path / "data"
    first = newslake(prefect_server_env, data, "run", "--config", str(config), "--no-build")
    assert first.returncode == 0, first.stdout + first.stderr
    lake = data / "lake-delta"
    quarantine = ds.read_table(lake, "quarantine")
    assert quarantine["stage"].to_pylist() == ["extract"] and bad.name in quarantine["url"][0].as_py()
    assert counts(data)["articles"] == 1
    kept = {n: table_rows(data, n) for n in CONTRACT}

    shutil.copy(bad, wire / bad.name)
    retried = newslake(prefect_server_env, data, "retry-failed", "--config", str(config), "--no-build")
    assert retried.returncode == 0, retried.stdout + retried.stderr
    assert "retrying 1 item(s) from 1 feed(s)" in retried.stderr
    assert "articles new 1" in retried.stdout
    assert not (data / "lake").exists()
    after = {n: table_rows(data, n) for n in CONTRACT}
    assert len(after["articles"]) == 2
    for name in CONTRACT:  # the good story's rows are untouched, none doubled
        assert set(kept[name]) <= set(after[name]), name
    assert ds.read_table(lake, "quarantine").num_rows == 1  # history, not rewritten
    assert ds.read_table(lake, "pipeline_runs").num_rows == 2
    # A wire story has no URL, so its quarantine row never counts as resolved (quarantine.open_failures
    # matches URLs): a second retry reads it again, and changes nothing.
    again = newslake(prefect_server_env, data, "retry-failed", "--config", str(config), "--no-build")
    assert again.returncode == 0 and "articles new 0, updated 0" in again.stdout, again.stdout + again.stderr
    assert {n: table_rows(data, n) for n in CONTRACT} == after


@pytest.mark.slow
def test_dask_on_two_workers_gives_the_default_runners_delta_tables(sample, prefect_server_env, tmp_path):
    data = tmp_path / "data"
    result = newslake(prefect_server_env, data, "run", "--config", str(sample["config"]), "--no-build",
                      "--dask", "local", "--dask-workers", "2")
    assert result.returncode == 0, result.stdout + result.stderr
    found = re.search(r"extraction ran on a local Dask cluster of 2 worker\(s\): (\d+) batch\(es\) "
                      r"on (\d+) worker process\(es\)", result.stderr)
    assert found and (int(found[1]), int(found[2])) == (7, 2), result.stderr
    assert not (data / "lake").exists()
    for name in CONTRACT:
        assert table_rows(data, name) == table_rows(sample["data"], name), name
