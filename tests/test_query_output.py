"""`newslake query` output: tables that fit the terminal, the other formats whole."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from rich.console import Console

from newslake.query_cli import QueryError, run_query_command
from newslake.report import fit_widths, print_rows
from newslake.warehouse import build_warehouse

REPO = Path(__file__).resolve().parent.parent
NEWSLAKE = str(Path(sys.executable).parent / "newslake")
LONG = "x" * 300

_spec = importlib.util.spec_from_file_location("small_lake", Path(__file__).parent / "fixtures" / "small_lake.py")
small_lake = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(small_lake)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("querydata")
    lake = small_lake.build_small_lake(data / "lake")
    assert build_warehouse(REPO / "dbt_like_sql", lake, data / "warehouse.duckdb").ok
    return data


def newslake_query(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([NEWSLAKE, "query", *args, "--data-dir", str(data_dir)], capture_output=True, timeout=120)


def test_fit_widths_cuts_the_widest_first():
    assert fit_widths([10, 200, 8], 80) == [10, 52, 8]  # 70 for the text plus 3 per column and 1
    assert fit_widths([10, 200, 8], None) == [10, 200, 8]
    assert fit_widths([3, 4], 80) == [3, 4]
    widths = fit_widths([40, 40, 40], 50)
    assert sum(widths) + 3 * len(widths) + 1 <= 50 and min(widths) >= 10
    shown = fit_widths([30] * 20, 80)  # not every column fits: the leading ones, then a "…" column
    assert len(shown) < 20 and sum(shown) + 3 * len(shown) + 1 + 4 <= 80


def test_table_fits_the_width_and_says_it_truncated():
    buffer = io.StringIO()
    console = Console(file=buffer, width=70, highlight=False, soft_wrap=True)
    rows = [(i, f"line one\nline two {LONG}", 1.5) for i in range(3)]
    print_rows(console, ["n", "text", "value"], rows, "table", total=120)
    lines = buffer.getvalue().splitlines()
    assert all(len(line) <= 70 for line in lines[:-1]), lines
    assert any("line one line two xxx" in line and "xxx… │" in line for line in lines)
    assert lines[-1].startswith("3 of 120 rows shown (--limit N")


def test_cli_table_default_width_limit_and_footer(data_dir):
    done = newslake_query(data_dir, "select article_id, title, url, repeat('word ', 100) as long_text from stg_articles")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode().splitlines()
    assert all(len(line) <= 160 for line in lines), max(map(len, lines))  # not a terminal: 160 columns
    assert lines[-1] == "8 rows" and any("word word" in line and "…" in line for line in lines)
    narrow = newslake_query(data_dir, "select * from stg_articles", "--max-width", "60", "--limit", "2")
    lines = narrow.stdout.decode().splitlines()
    assert all(len(line) <= 60 for line in lines[:-1]), lines
    assert lines[-1].startswith("2 of 8 rows shown") and "columns not shown" in lines[-1]
    wide = newslake_query(data_dir, "select repeat('y', 500) as v", "--max-width", "0")
    assert "y" * 500 in wide.stdout.decode()


def test_cli_text_formats_write_everything_uncut(data_dir, tmp_path):
    sql = "select article_id, repeat('z', 400) as long_text from stg_articles order by article_id"
    out = newslake_query(data_dir, sql, "--format", "csv").stdout.decode()
    parsed = list(csv.reader(io.StringIO(out)))
    assert len(parsed) == 9 and all(row[1] == "z" * 400 for row in parsed[1:])
    many = newslake_query(data_dir, "select * from range(100)", "--format", "json")
    assert len(json.loads(many.stdout)) == 100  # the table's 40-row default does not apply
    markdown = newslake_query(data_dir, sql, "--format", "markdown").stdout.decode()
    assert markdown.count("z" * 400) == 8
    limited = newslake_query(data_dir, "select * from range(100)", "--format", "json", "--limit", "5")
    assert len(json.loads(limited.stdout)) == 5
    target = tmp_path / "rows.csv"
    done = newslake_query(data_dir, sql, "--format", "csv", "--out", str(target))
    assert done.returncode == 0 and done.stdout == b"" and b"wrote 8 rows" in done.stderr
    assert target.read_text(encoding="utf-8") == out


def test_cli_parquet_to_a_pipe_or_a_file(data_dir, tmp_path):
    piped = newslake_query(data_dir, "select * from troop_estimate_trend", "--format", "parquet")
    assert piped.returncode == 0, piped.stderr
    table = pq.read_table(io.BytesIO(piped.stdout))
    assert table.num_rows == 11 and "estimate_sentence" in table.column_names
    assert str(table.schema.field("date").type) == "date32[day]"
    target = tmp_path / "trend.parquet"
    done = newslake_query(data_dir, "select * from troop_estimate_trend", "-f", "parquet", "--out", str(target))
    assert done.returncode == 0 and pq.read_table(target).equals(table)


def test_option_mistakes_are_one_line(data_dir, monkeypatch):
    warehouse = data_dir / "warehouse.duckdb"
    console = Console(file=io.StringIO())

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr(sys, "stdout", Terminal())
    with pytest.raises(QueryError, match="parquet is binary"):
        run_query_command(console, console, warehouse, "select 1", "parquet")
    with pytest.raises(QueryError, match="--out writes csv"):
        run_query_command(console, console, warehouse, "select 1", "table", output=Path("x.txt"))
    with pytest.raises(QueryError, match="--format must be one of"):
        run_query_command(console, console, warehouse, "select 1", "xml")
    with pytest.raises(QueryError, match="--limit must be"):
        run_query_command(console, console, warehouse, "select 1", "table", limit=-1)
    with pytest.raises(QueryError, match="query failed"):
        run_query_command(console, console, warehouse, "select * from nowhere", "csv")
    monkeypatch.undo()
    bad = newslake_query(data_dir, "select 1", "--format", "xml")
    assert bad.returncode == 1 and b"Traceback" not in bad.stderr and b"--format must be one of" in bad.stderr
