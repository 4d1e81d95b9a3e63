"""The built-in warehouse runner over the small fixed lake (tests/fixtures/small_lake.py)."""

from __future__ import annotations

import importlib.util
import re
import shutil
from datetime import date
from pathlib import Path

import duckdb
import pytest
import yaml

from newslake import schema
from newslake.sqlrunner import lake as lake_sources
from newslake.warehouse import (
    BuildResult,
    WarehouseError,
    build_warehouse,
    connect_read_only,
    query,
    write_docs,
)

REPO = Path(__file__).resolve().parent.parent
PROJECT = REPO / "dbt_like_sql"

_spec = importlib.util.spec_from_file_location("small_lake", Path(__file__).parent / "fixtures" / "small_lake.py")
small_lake = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(small_lake)

NIS = small_lake.NIS
USO = small_lake.USO

ALL_MODELS = {
    "stg_articles", "stg_quotes", "stg_entities", "stg_figures", "stg_fetch_log", "stg_quarantine",
    "stg_entity_catalog", "int_article_clusters", "int_figure_claims", "fct_claims",
    "troop_estimate_trend", "casualty_estimate_trend", "troop_estimate_trend_by_country",
    "casualty_estimate_trend_by_country", "dim_entities", "fct_entity_mentions_daily",
    "fct_quotes", "fct_source_coverage",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path, BuildResult]:
    root = tmp_path_factory.mktemp("wh")
    lake = small_lake.build_small_lake(root / "lake")
    warehouse = root / "data" / "warehouse.duckdb"
    result = build_warehouse(PROJECT, lake, warehouse)
    return lake, warehouse, result


def rows(warehouse: Path, sql: str) -> list[tuple]:
    return query(warehouse, sql)[1]


def copy_project(tmp_path: Path) -> Path:
    target = tmp_path / "project"
    shutil.copytree(PROJECT, target, ignore=shutil.ignore_patterns("target", "logs"))
    return target


def add_article(lake: Path) -> None:
    """One more article (its own partition) so a rebuild changes stg_articles."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    from datetime import datetime, timezone

    ts = datetime(2024, 12, 1, 9, tzinfo=timezone.utc)
    row = {
        "article_id": "a9", "url": None, "canonical_url": None, "source": "AP", "source_domain": "apnews.com",
        "agencies": [], "feed": "ap", "title": "t", "authors": [], "published_at": ts,
        "published_date": ts.date(), "dateline": None, "language": "en", "text": "x", "word_count": 1,
        "content_hash": "h9", "cluster_id": "a9", "fetched_at": ts, "pipeline_version": "1.0",
    }
    out = lake / "articles" / "published_date=2024-12-01"
    out.mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist([row], schema=schema.ARTICLES), out / "data.parquet")


# ----------------------------------------------------------------- the build
def test_build_runs_every_model_and_test(built):
    _, warehouse, result = built
    assert result.ok, result.summary()
    assert {m.name for m in result.models} == ALL_MODELS
    assert all(m.seconds >= 0 for m in result.models)
    assert result.tests and all(t.status != "fail" for t in result.tests)
    kinds = {t.kind for t in result.tests}
    assert kinds == {"unique", "not_null", "accepted_values", "relationships", "singular"}
    # dependency order: staging before intermediate before marts
    order = [m.name for m in result.models]
    assert order.index("stg_figures") < order.index("int_figure_claims") < order.index("troop_estimate_trend")
    assert warehouse.exists()
    assert not list(warehouse.parent.glob("*.building-*"))


def test_troop_estimate_trend_exact(built):
    _, warehouse, _ = built
    got = rows(
        warehouse,
        "select date, subject, location, estimator, value_low, value_high, lowest_low, highest_high, "
        "median_midpoint, n_estimators, estimate_date from troop_estimate_trend "
        "order by subject, location, date, estimator",
    )
    d = date
    nk, ru = "North Korea", "Russia"
    assert got == [
        (d(2024, 10, 18), nk, ru, NIS, 1500.0, 1500.0, 1500.0, 1500.0, 1500.0, 1, d(2024, 10, 18)),
        (d(2024, 10, 23), nk, ru, "Reuters", None, 5000.0, 1500.0, 5000.0, 3000.0, 3, d(2024, 10, 23)),
        (d(2024, 10, 23), nk, ru, NIS, 1500.0, 1500.0, 1500.0, 5000.0, 3000.0, 3, d(2024, 10, 18)),
        (d(2024, 10, 23), nk, ru, USO, 3000.0, 3000.0, 1500.0, 5000.0, 3000.0, 3, d(2024, 10, 23)),
        # as_of Oct 25 (published Oct 28): the claim date, not the publication date
        (d(2024, 10, 25), nk, ru, "Reuters", None, 5000.0, 1500.0, 12000.0, 5000.0, 3, d(2024, 10, 23)),
        (d(2024, 10, 25), nk, ru, NIS, 1500.0, 1500.0, 1500.0, 12000.0, 5000.0, 3, d(2024, 10, 18)),
        (d(2024, 10, 25), nk, ru, USO, 11000.0, 12000.0, 1500.0, 12000.0, 5000.0, 3, d(2024, 10, 25)),
        (d(2024, 11, 4), nk, ru, "Reuters", None, 5000.0, 10000.0, 12000.0, 10000.0, 3, d(2024, 10, 23)),
        (d(2024, 11, 4), nk, ru, NIS, 10000.0, None, 10000.0, 12000.0, 10000.0, 3, d(2024, 11, 4)),
        (d(2024, 11, 4), nk, ru, USO, 11000.0, 12000.0, 10000.0, 12000.0, 10000.0, 3, d(2024, 10, 25)),
        (d(2024, 10, 28), "United States", "South Korea", "AP", 28500.0, 28500.0, 28500.0, 28500.0, 28500.0, 1,
         d(2024, 10, 28)),
    ]


def test_troop_trend_has_the_required_columns(built):
    _, warehouse, _ = built
    columns = query(warehouse, "select * from troop_estimate_trend limit 0")[0]
    assert columns[:6] == ["date", "subject", "location", "estimator", "value_low", "value_high"]
    assert {"lowest_low", "highest_high", "median_midpoint", "n_estimators"} <= set(columns)


def test_casualty_estimate_trend_exact(built):
    _, warehouse, _ = built
    got = rows(
        warehouse,
        "select date, unit, estimator, value_low, value_high, median_midpoint, n_estimators "
        "from casualty_estimate_trend order by unit, date",
    )
    ukr = small_lake.UKR
    assert got == [
        (date(2024, 11, 6), "casualties", ukr, 3000.0, 3000.0, 3000.0, 1),
        (date(2024, 11, 4), "killed", ukr, 200.0, 999.0, 599.5, 1),
    ]


def test_wire_copies_count_once_in_claims(built):
    _, warehouse, _ = built
    got = rows(
        warehouse,
        "select estimator, value_low, value_high, first_outlet, first_reported_date, n_reports, n_articles, "
        "n_outlets, outlets, first_sentence from fct_claims "
        "where unit = 'troops' and subject = 'North Korea' order by first_reported_at, estimator",
    )
    assert [r[:8] for r in got] == [
        (NIS, 1500.0, 1500.0, "Yonhap", date(2024, 10, 18), 1, 2, 2),
        ("Reuters", None, 5000.0, "Reuters", date(2024, 10, 23), 1, 1, 1),
        (USO, 3000.0, 3000.0, "Reuters", date(2024, 10, 23), 1, 1, 1),
        (USO, 11000.0, 12000.0, "AP", date(2024, 10, 28), 1, 1, 1),
        (NIS, 10000.0, None, "Yonhap", date(2024, 11, 4), 1, 2, 2),
    ]
    assert got[0][8] == ["RTTNews", "Yonhap"]
    assert got[0][9].startswith("About 1,500 North Korean troops")
    assert rows(warehouse, "select count(*) from fct_claims")[0][0] == 9
    assert rows(warehouse, "select count(*) from int_figure_claims")[0][0] == 9  # 12 figures, 3 copies


def test_staging_keeps_latest_version_and_its_children(built):
    _, warehouse, _ = built
    assert rows(warehouse, "select count(*), count(distinct article_id) from stg_articles")[0] == (8, 8)
    assert rows(warehouse, "select pipeline_version, published_date from stg_articles where article_id = 'a3'") == [
        ("1.1", date(2024, 10, 23))
    ]
    # the stale fetch of a3 had 2,500 troops and an extra figure a3:f9
    assert rows(warehouse, "select count(*) from stg_figures") == [(12,)]
    assert rows(warehouse, "select count(*) from stg_figures where value_low in (2500, 900)") == [(0,)]
    # an article without a date sits in partition 'none' and gets its fetch day
    assert rows(warehouse, "select lake_partition, article_date from stg_articles where article_id = 'a7'") == [
        ("none", date(2024, 11, 6))
    ]


def test_other_marts(built):
    _, warehouse, _ = built
    assert rows(warehouse, "select count(*), count(*) filter (where in_catalog) from dim_entities") == [(6, 5)]
    assert rows(
        warehouse, "select quote_id, speaker_entity_id, speaker_link, is_first_in_story from fct_quotes order by 1"
    ) == [
        ("a3:q1", "Q_austin", "extracted", True),
        ("a4:q1", "Q_austin", "name_match", True),
        ("a5:q1", None, None, True),
        ("a6:q1", None, None, False),
        ("a8:q1", "Q_zelensky", "extracted", True),
    ]
    assert rows(
        warehouse,
        "select n_mentions, n_articles, n_stories from fct_entity_mentions_daily "
        "where entity_id = 'Q423' and date = '2024-10-18'",
    ) == [(2, 2, 1)]
    assert rows(
        warehouse,
        "select source, feed, n_articles, n_extraction_failures, n_fetch_errors from fct_source_coverage "
        "where n_extraction_failures + n_fetch_errors > 0 order by date",
    ) == [("RTTNews", "rttnews", 1, 1, 1), ("(unknown)", "wire-dump", 0, 1, 0)]
    assert rows(warehouse, "select n_articles, n_outlets, first_source from int_article_clusters where cluster_id = 'a1'") == [
        (2, 2, "Yonhap")
    ]


# --------------------------------------------------------------------- select
def test_select_model_and_descendants(built, tmp_path):
    lake, warehouse, _ = built
    target = tmp_path / "warehouse.duckdb"
    shutil.copyfile(warehouse, target)
    result = build_warehouse(PROJECT, lake, target, select="int_figure_claims+")
    assert result.ok
    assert {m.name for m in result.models} == {
        "int_figure_claims", "fct_claims", "troop_estimate_trend", "casualty_estimate_trend",
        "troop_estimate_trend_by_country", "casualty_estimate_trend_by_country",
    }
    names = {t.name for t in result.tests}
    assert "assert_troop_trend_grain" in names and "unique_fct_claims_claim_id" in names
    assert not any("dim_entities" in n or "stg_quotes" in n for n in names)  # untouched models
    only = build_warehouse(PROJECT, lake, target, select="stg_articles")
    assert [m.name for m in only.models] == ["stg_articles"]
    # the models not selected are still there
    assert rows(target, "select count(*) from troop_estimate_trend") == [(11,)]


def test_select_errors(built, tmp_path):
    lake, _, _ = built
    with pytest.raises(WarehouseError, match="no model named"):
        build_warehouse(PROJECT, lake, tmp_path / "w.duckdb", select="nope+")
    with pytest.raises(WarehouseError, match="not in the warehouse"):
        build_warehouse(PROJECT, lake, tmp_path / "w.duckdb", select="fct_claims")
    assert not (tmp_path / "w.duckdb").exists()
    assert not list(tmp_path.glob("*.building-*"))
    # +model builds the ancestors too
    result = build_warehouse(PROJECT, lake, tmp_path / "w.duckdb", select="+fct_claims")
    assert {m.name for m in result.models} == {"stg_articles", "stg_figures", "stg_entities", "stg_entity_catalog",
                                               "int_figure_claims", "fct_claims"}


# ---------------------------------------------------------------------- query
def test_query_is_read_only(built):
    _, warehouse, _ = built
    before = warehouse.stat().st_mtime_ns
    columns, result = query(warehouse, "select count(*) as n from stg_articles")
    assert (columns, result) == (["n"], [(8,)])
    for statement in ("create table x as select 1", "delete from stg_articles", "drop table fct_claims"):
        with pytest.raises(WarehouseError):
            query(warehouse, statement)
    assert rows(warehouse, "select count(*) from stg_articles") == [(8,)]
    assert warehouse.stat().st_mtime_ns == before


def test_query_errors_are_one_line(built, tmp_path):
    _, warehouse, _ = built
    with pytest.raises(WarehouseError) as info:
        query(warehouse, "select * from no_such_table")
    assert "\n" not in str(info.value)
    with pytest.raises(WarehouseError, match="no warehouse"):
        query(tmp_path / "missing.duckdb", "select 1")


# ---------------------------------------------------------------- atomic swap
def test_failing_singular_test_keeps_old_file(tmp_path):
    lake = small_lake.build_small_lake(tmp_path / "lake")
    warehouse = tmp_path / "warehouse.duckdb"
    assert build_warehouse(PROJECT, lake, warehouse).ok
    project = copy_project(tmp_path)
    (project / "tests" / "assert_no_ap_articles.sql").write_text(
        "-- fails on purpose\nselect article_id, source from {{ ref('stg_articles') }} where source = 'AP'\n"
    )
    add_article(lake)  # a9, from AP
    result = build_warehouse(project, lake, warehouse)
    assert not result.ok
    [failed] = result.failed_tests
    assert failed.name == "assert_no_ap_articles"
    assert failed.failures == 2
    assert failed.columns == ["article_id", "source"]
    assert sorted(failed.sample_rows) == [("a4", "AP"), ("a9", "AP")]
    assert "assert_no_ap_articles (2)" in result.summary()
    # the old warehouse is untouched: still 8 articles, no a9
    assert rows(warehouse, "select count(*) from stg_articles") == [(8,)]
    assert not list(tmp_path.glob("*.building-*"))


def test_warn_severity_does_not_block(tmp_path):
    lake = small_lake.build_small_lake(tmp_path / "lake")
    project = copy_project(tmp_path)
    (project / "tests" / "assert_warn_only.sql").write_text(
        "{{ config(severity='warn') }}\nselect * from {{ ref('stg_articles') }}\n"
    )
    result = build_warehouse(project, lake, tmp_path / "w.duckdb")
    assert result.ok
    assert [t.name for t in result.warned_tests] == ["assert_warn_only"]


def test_open_reader_keeps_working_across_swap(tmp_path):
    lake = small_lake.build_small_lake(tmp_path / "lake")
    warehouse = tmp_path / "warehouse.duckdb"
    assert build_warehouse(PROJECT, lake, warehouse).ok
    with connect_read_only(warehouse) as reader:
        assert reader.execute("select count(*) from stg_articles").fetchone() == (8,)
        add_article(lake)
        assert build_warehouse(PROJECT, lake, warehouse).ok
        # the open reader still sees its consistent, old snapshot
        assert reader.execute("select count(*) from stg_articles").fetchone() == (8,)
        assert reader.execute("select count(*) from troop_estimate_trend").fetchone() == (11,)
        # a new reader sees the new file
        assert rows(warehouse, "select count(*) from stg_articles") == [(9,)]
    # a plain duckdb reader holding the file open also keeps working
    plain = duckdb.connect(str(warehouse), read_only=True)
    try:
        shutil.rmtree(lake / "articles" / "published_date=2024-12-01")  # drop a9 again
        assert build_warehouse(PROJECT, lake, warehouse).ok
        assert plain.execute("select count(*) from stg_articles").fetchone() == (9,)
    finally:
        plain.close()
    assert rows(warehouse, "select count(*) from stg_articles") == [(8,)]


def test_sql_error_raises_one_line_and_keeps_old_file(tmp_path):
    lake = small_lake.build_small_lake(tmp_path / "lake")
    warehouse = tmp_path / "warehouse.duckdb"
    assert build_warehouse(PROJECT, lake, warehouse).ok
    project = copy_project(tmp_path)
    path = project / "models" / "marts" / "fct_claims.sql"
    path.write_text(path.read_text().replace("sum(n_articles)", "sum(no_such_column)"))
    with pytest.raises(WarehouseError) as info:
        build_warehouse(project, lake, warehouse)
    message = str(info.value)
    assert message.startswith("model fct_claims") and "\n" not in message
    assert rows(warehouse, "select count(*) from fct_claims") == [(9,)]
    assert not list(tmp_path.glob("*.building-*"))


def test_cycle_and_unknown_ref_are_reported(tmp_path):
    lake = small_lake.build_small_lake(tmp_path / "lake")
    project = copy_project(tmp_path)
    (project / "models" / "marts" / "loop_a.sql").write_text("select * from {{ ref('loop_b') }}")
    (project / "models" / "marts" / "loop_b.sql").write_text("select * from {{ ref('loop_a') }}")
    with pytest.raises(WarehouseError, match="cycle"):
        build_warehouse(project, lake, tmp_path / "w.duckdb")
    (project / "models" / "marts" / "loop_b.sql").write_text("select * from {{ ref('nothing') }}")
    with pytest.raises(WarehouseError, match="names no model"):
        build_warehouse(project, lake, tmp_path / "w.duckdb")


def test_missing_project_is_a_warehouse_error(tmp_path):
    with pytest.raises(WarehouseError, match="no dbt project"):
        build_warehouse(tmp_path, tmp_path, tmp_path / "w.duckdb")


# --------------------------------------------------------------- empty lakes
def test_empty_lake_builds(tmp_path):
    (tmp_path / "lake").mkdir()
    warehouse = tmp_path / "warehouse.duckdb"
    result = build_warehouse(PROJECT, tmp_path / "lake", warehouse)
    assert result.ok, result.summary()
    assert {m.name for m in result.models} == ALL_MODELS
    assert all(m.rows == 0 for m in result.models if m.rows is not None)
    types = dict(rows(warehouse, "select column_name, data_type from information_schema.columns "
                                 "where table_name = 'stg_articles'"))
    assert types["published_at"] == "TIMESTAMP WITH TIME ZONE"
    assert types["agencies"] == "VARCHAR[]"
    assert rows(warehouse, "select count(*) from troop_estimate_trend") == [(0,)]


def test_lake_without_entity_catalog(tmp_path):
    lake = small_lake.build_small_lake(tmp_path / "lake", with_catalog=False)
    warehouse = tmp_path / "warehouse.duckdb"
    assert build_warehouse(PROJECT, lake, warehouse).ok
    assert rows(warehouse, "select count(*), count(*) filter (where in_catalog) from dim_entities") == [(5, 0)]
    # without the catalog, 'Lloyd Austin' still matches the name seen in mentions
    assert rows(warehouse, "select speaker_link from fct_quotes where quote_id = 'a4:q1'") == [("name_match",)]


def test_analyst_questions_run(built):
    from newslake.sqlrunner.project import Project

    _, warehouse, _ = built
    path = PROJECT / "analyses" / "analyst_questions.sql"
    sql, _ = Project(PROJECT).render(path.read_text(), origin=path)
    statements = [s for s in re.split(r";[ \t]*\n", sql + "\n") if re.sub(r"--[^\n]*", "", s).strip()]
    assert len(statements) == 8
    answers = [query(warehouse, statement)[1] for statement in statements]
    assert answers[0] == [
        (NIS, 10000.0, None, date(2024, 11, 4), "Yonhap",
         "At least 10,000 North Korean troops are in Russia, the spy agency said."),
        (USO, 11000.0, 12000.0, date(2024, 10, 25), "AP",
         "As of Oct. 25, 11,000 to 12,000 North Korean troops were in Russia, U.S. Defense officials said."),
        ("Reuters", None, 5000.0, date(2024, 10, 23), "Reuters",
         "Up to 5,000 North Korean troops may already be in Russia."),
    ]
    assert [r[1] for r in answers[3]] == ["Yonhap", "RTTNews"]  # the 1,500 claim spread from Yonhap
    assert answers[4][0][:3] == ("Lloyd Austin", "Q_austin", 2)  # most quoted on North Korea


# ------------------------------------------------------- schema and the docs
def _yaml_models() -> dict[str, dict]:
    models = {}
    for path in (PROJECT / "models").rglob("*.yml"):
        for entry in yaml.safe_load(path.read_text()).get("models") or []:
            models[entry["name"]] = entry
    return models


def test_sources_yaml_matches_newslake_schema():
    sources = yaml.safe_load((PROJECT / "models" / "staging" / "_sources.yml").read_text())["sources"]
    tables = {t["name"]: t for t in sources[0]["tables"]}
    for name in schema.TABLES:
        declared = [(c["name"], c["data_type"]) for c in tables[name]["columns"]]
        assert declared == list(lake_sources.duckdb_columns(name)), name
        assert all(c.get("description") for c in tables[name]["columns"])
    assert "entity_catalog" in tables


def test_every_model_and_column_is_documented(built, tmp_path):
    _, warehouse, _ = built
    yaml_models = _yaml_models()
    assert set(yaml_models) == ALL_MODELS
    actual: dict[str, list[str]] = {}
    for table, column in rows(
        warehouse,
        "select table_name, column_name from information_schema.columns "
        "where table_schema = 'main' order by table_name, ordinal_position",
    ):
        actual.setdefault(table, []).append(column)
    assert set(actual) == ALL_MODELS
    for name, entry in yaml_models.items():
        assert entry.get("description"), name
        documented = [c["name"] for c in entry["columns"]]
        assert documented == actual[name], name  # same columns, same order
        assert all(c.get("description") for c in entry["columns"]), name

    out = write_docs(PROJECT, tmp_path / "docs" / "warehouse.md")
    text = out.read_text()
    for name, columns in actual.items():
        assert f"### {name}" in text
        for column in columns:
            assert f"| `{column}` |" in text, (name, column)
    assert "## Singular tests" in text and "assert_troop_trend_grain" in text
    assert "### lake.figures" in text


def test_every_mart_has_data_tests():
    tests_dir = PROJECT / "tests"
    singular = " ".join(p.read_text() for p in tests_dir.glob("*.sql"))
    for name, entry in _yaml_models().items():
        generic = [t for c in entry["columns"] for t in c.get("data_tests", [])]
        assert generic or f"ref('{name}')" in singular, name
