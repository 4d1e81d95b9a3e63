"""End to end: `newslake run` (a real Prefect flow run) on the embedded sample, twice."""

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

NEWSLAKE = str(Path(sys.executable).parent / "newslake")
# This file checks the Parquet lake's files (the Delta lake's own tests: test_lake_delta_*.py), so
# its first run of a data folder asks for that lake; later runs find it (paths.resolve_lake).
RUN = ("run", "--lake-format", "parquet")
pytestmark = pytest.mark.slow


class _Runs(list):
    built: list[int]


@pytest.fixture(scope="module")
def sample_runs(tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    env = {**os.environ, "NEWSLAKE_DATA_DIR": str(data)}
    runs, built = _Runs(), []
    for _ in range(2):
        runs.append(subprocess.run([NEWSLAKE, *RUN], capture_output=True, text=True, env=env, timeout=600))
        built.append((data / "warehouse.duckdb").stat().st_mtime_ns)
    runs.built = built  # the warehouse file's mtime after each run
    return data, env, runs


def lake_counts(data: Path) -> dict[str, int]:
    con = duckdb.connect()
    counts = {}
    for table, key in (("articles", "article_id"), ("quotes", "quote_id"), ("figures", "figure_id"),
                       ("entities", "article_id || ':' || start_char || ':' || entity_id")):
        total, distinct = con.execute(
            f"select count(*), count(distinct {key}) from read_parquet('{data}/lake/{table}/*/*.parquet')").fetchall()[0]
        assert total == distinct, f"duplicate rows in {table}"
        counts[table] = total
    return counts


def test_first_run_succeeds_quietly(sample_runs):
    _data, _env, runs = sample_runs
    first = runs[0]
    assert first.returncode == 0, first.stdout + first.stderr
    output = first.stdout + first.stderr
    for noise in ("Traceback", "telemetry", "CancelledError", "database is locked"):
        assert noise not in output
    assert "articles new" in first.stdout
    assert "latest troop estimates" in first.stdout


def test_lake_has_the_sample_and_no_duplicates(sample_runs):
    data, _env, _runs = sample_runs
    counts = lake_counts(data)
    assert counts["articles"] >= 40
    assert counts["quotes"] > 40 and counts["figures"] > 40 and counts["entities"] > 400
    con = duckdb.connect()
    partitions = {p.name for p in (data / "lake" / "articles").iterdir()}
    assert "published_date=2024-11-07" in partitions
    outlets = con.execute(f"select count(distinct source) from read_parquet('{data}/lake/articles/*/*.parquet')").fetchall()[0][0]
    assert outlets >= 6


def test_second_run_adds_nothing(sample_runs):
    data, _env, runs = sample_runs
    second = runs[1]
    assert second.returncode == 0, second.stdout + second.stderr
    assert "articles new 0, updated 0" in second.stdout
    assert lake_counts(data)["articles"] >= 40
    assert runs.built[1] == runs.built[0]  # nothing new: the warehouse is not built again
    assert "latest troop estimates" in second.stdout


def test_syndicated_wire_story_is_one_cluster(sample_runs):
    data, _env, _runs = sample_runs
    con = duckdb.connect()
    sizes = con.execute(f"""select count(*) n, count(distinct source) outlets from read_parquet('{data}/lake/articles/*/*.parquet')
                           group by cluster_id having count(*) > 1""").fetchall()
    assert (3, 3) in sizes


def test_troop_estimate_trend_via_query(sample_runs):
    data, env, _runs = sample_runs
    result = subprocess.run([NEWSLAKE, "query", "select * from troop_estimate_trend", "--format", "json"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {"date", "subject", "location", "estimator", "value_low", "value_high"} <= set(rows[0])
    assert len({r["estimator"] for r in rows}) >= 4
    assert len({r["date"] for r in rows}) >= 4
    keys = [(r["date"], r["subject"], r["location"], r["estimator"]) for r in rows]
    assert len(keys) == len(set(keys))


def test_query_cannot_write(sample_runs):
    _data, env, _runs = sample_runs
    result = subprocess.run([NEWSLAKE, "query", "drop table stg_articles"], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr


def test_report_on_the_sample(sample_runs, tmp_path):
    """`newslake report` on the sample's warehouse: every section, country and place series, nothing fetched."""
    _data, env, _runs = sample_runs
    out = tmp_path / "report.html"
    result = subprocess.run([NEWSLAKE, "report", "--out", str(out)], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    for section in ("troops", "casualties", "claims", "spread", "quotes", "entities", "health"):
        assert f'<section id="{section}"' in html
    charts = html.count('<figure class="chart"')
    assert charts >= 12
    assert "From troop_estimate_trend_by_country:" in html and "From troop_estimate_trend:" in html
    assert "is not in this warehouse" not in html
    assert "<script" not in html and " src=" not in html
    assert "Last run <code>run-" in html
