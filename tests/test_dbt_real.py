"""A real `dbt build` of dbt_like_sql/ over the small fixed lake.

Skipped only when dbt (with the duckdb adapter) is not importable. dbt runs in
a subprocess with anonymous usage stats off and target/log paths in tmp_path,
so it neither reaches the network nor writes into the repository. Its
warehouse must hold exactly the same rows as the built-in runner's.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from newslake.warehouse import build_warehouse

pytest.importorskip("dbt.cli.main")
pytest.importorskip("dbt.adapters.duckdb")

pytestmark = pytest.mark.dbt

REPO = Path(__file__).resolve().parent.parent
PROJECT = REPO / "dbt_like_sql"

_spec = importlib.util.spec_from_file_location("small_lake", Path(__file__).parent / "fixtures" / "small_lake.py")
small_lake = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(small_lake)


def dbt_build(lake: Path, warehouse: Path, work: Path) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "NEWSLAKE_LAKE": str(lake),
        "NEWSLAKE_WAREHOUSE": str(warehouse),
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
        "DO_NOT_TRACK": "1",
        "DBT_PARTIAL_PARSE": "false",
        "DBT_USE_COLORS": "false",
    }
    command = [
        sys.executable, "-m", "dbt.cli.main", "build",
        "--project-dir", str(PROJECT),
        "--profiles-dir", str(PROJECT),
        "--target-path", str(work / "target"),
        "--log-path", str(work / "logs"),
    ]
    return subprocess.run(command, env=env, cwd=work, capture_output=True, text=True, timeout=300)


def _assert_same_models(con, dbt_file, ours) -> None:
    """dbt's warehouse (d) and the built-in runner's (o) hold the same models, row for row."""
    con.execute(f"attach '{dbt_file}' as d (read_only)")
    con.execute(f"attach '{ours}' as o (read_only)")
    models = _models(con, "o")
    assert models == _models(con, "d")
    for model in sorted(models):
        diff = con.execute(
            f"select count(*) from ((select * from d.main.{model} except all select * from o.main.{model}) "
            f"union all (select * from o.main.{model} except all select * from d.main.{model}))"
        ).fetchone()[0]
        assert diff == 0, model


def _models(con: duckdb.DuckDBPyConnection, catalog: str) -> set[str]:
    return {
        r[0]
        for r in con.execute(
            "select table_name from information_schema.tables where table_catalog = ? and table_schema = 'main'",
            [catalog],
        ).fetchall()
    }


def test_dbt_build_matches_builtin_runner(tmp_path):
    lake = small_lake.build_small_lake(tmp_path / "lake")
    dbt_file = tmp_path / "dbt.duckdb"
    proc = dbt_build(lake, dbt_file, tmp_path)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert "ERROR=0" in proc.stdout and "WARN=0" in proc.stdout
    assert not (PROJECT / "target").exists() and not (PROJECT / "logs").exists()

    ours = tmp_path / "ours.duckdb"
    result = build_warehouse(PROJECT, lake, ours)
    assert result.ok
    # dbt runs the same number of data tests as the built-in runner
    assert f"{len(result.tests)} data tests" in proc.stdout

    con = duckdb.connect()
    try:
        _assert_same_models(con, dbt_file, ours)
        trend = con.execute(
            "select date, estimator, lowest_low, highest_high, median_midpoint, n_estimators "
            "from d.main.troop_estimate_trend where subject = 'North Korea' and date = '2024-11-04' order by estimator"
        ).fetchall()
        assert [r[1:] for r in trend] == [
            ("Reuters", 10000.0, 12000.0, 10000.0, 3),
            (small_lake.NIS, 10000.0, 12000.0, 10000.0, 3),
            (small_lake.USO, 10000.0, 12000.0, 10000.0, 3),
        ]
    finally:
        con.close()


def test_dbt_build_on_an_empty_lake(tmp_path):
    (tmp_path / "lake").mkdir()
    proc = dbt_build(tmp_path / "lake", tmp_path / "dbt.duckdb", tmp_path)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    con = duckdb.connect(str(tmp_path / "dbt.duckdb"), read_only=True)
    try:
        assert con.execute("select count(*) from troop_estimate_trend").fetchone() == (0,)
    finally:
        con.close()


def test_dbt_build_over_the_delta_lake_matches_the_builtin_runner(tmp_path):
    """Real dbt reads Delta tables through the newslake_delta plugin; the in-process runner
    reads them natively; both warehouses hold the same rows as a build from the Parquet lake."""
    from newslake import delta_store

    parquet = small_lake.build_small_lake(tmp_path / "parquet")
    lake = tmp_path / "lake"
    delta_store.migrate_parquet_lake(parquet, lake)
    assert (lake / "articles" / "_delta_log").is_dir()
    dbt_file = tmp_path / "dbt.duckdb"
    proc = dbt_build(lake, dbt_file, tmp_path)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert "ERROR=0" in proc.stdout and "WARN=0" in proc.stdout
    ours = tmp_path / "ours.duckdb"
    assert build_warehouse(PROJECT, lake, ours).ok
    con = duckdb.connect()
    try:
        _assert_same_models(con, dbt_file, ours)
        assert con.execute("select count(*) from d.main.stg_articles").fetchone() == (8,)
        assert con.execute("select count(*) from d.lake_delta.articles").fetchone() == (8,)
    finally:
        con.close()
