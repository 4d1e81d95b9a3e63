"""What the CLI prints: run summaries, build results, query rows, status."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from rich.console import Console
from rich.table import Table


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    return str(value)


def _jsonable(value: object) -> object:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


MIN_COLUMN_WIDTH = 10  # a cut column keeps at least this many characters (its header may say more)


def fit_widths(natural: list[int], max_width: int | None, minimum: int = MIN_COLUMN_WIDTH) -> list[int]:
    """Widths of the leading columns that fit a table of ``max_width`` characters (rich's box: 3 per column + 1).

    The widest columns are cut first ("water-filling": every column wider than
    some cap is cut to it); narrow columns keep their width. When even
    ``minimum`` characters per column do not fit, the trailing columns are left
    out (fewer widths are returned) and a one-character column marks the cut.
    """
    if not max_width or max_width <= 0 or not natural:
        return list(natural)
    shown = len(natural)
    floors = [min(w, minimum) for w in natural]
    while shown > 1 and sum(floors[:shown]) + 3 * shown + 1 + (4 if shown < len(natural) else 0) > max_width:
        shown -= 1
    widths = natural[:shown]
    space = max_width - 3 * shown - 1 - (4 if shown < len(natural) else 0)
    if sum(widths) <= space:
        return widths
    low, high = minimum, max(widths)
    while low < high:  # the largest cap whose cut widths fit
        cap = (low + high + 1) // 2
        if sum(max(min(w, cap), f) for w, f in zip(widths, floors)) <= space:
            low = cap
        else:
            high = cap - 1
    cut = [max(min(w, low), f) for w, f in zip(widths, floors)]
    spare = space - sum(cut)
    for i, w in enumerate(widths):  # hand out what is left to the columns that were cut
        if spare <= 0:
            break
        if cut[i] < w:
            cut[i] += 1
            spare -= 1
    return [max(1, w) for w in cut]


def _table_cell(value: object) -> str:
    return " ".join(_cell(value).split()) if isinstance(value, str) else _cell(value)


def print_rows(console: Console, columns: list[str], rows: list[tuple], fmt: str, *,
               total: int | None = None, max_width: int | None = None) -> None:
    """Rows as table (fitted to ``max_width``, default the console's width), csv, json or markdown.

    ``total``: how many rows the query returned when ``rows`` holds only the
    first of them (the table then says so).
    """
    if fmt == "json":
        console.file.write(json.dumps([{c: _jsonable(v) for c, v in zip(columns, row)} for row in rows], ensure_ascii=False, indent=1) + "\n")
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_cell(v) if isinstance(v, (list, tuple)) else ("" if v is None else v) for v in row] for row in rows])
        console.file.write(buffer.getvalue())
    elif fmt == "markdown":
        lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
        lines += ["| " + " | ".join(_cell(v).replace("|", "\\|").replace("\n", "<br>") for v in row) + " |" for row in rows]
        console.file.write("\n".join(lines) + "\n")
    else:
        _print_table(console, columns, rows, total, console.width if max_width is None else max_width)


def _print_table(console: Console, columns: list[str], rows: list[tuple], total: int | None, max_width: int) -> None:
    from rich.text import Text

    cells = [[_table_cell(v) for v in row] for row in rows]
    natural = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    widths = fit_widths(natural, max_width)
    shown = len(widths)
    table = Table(show_lines=False, header_style="bold")
    for i, (column, width) in enumerate(zip(columns, widths)):
        numeric = any(v is not None for v in (r[i] for r in rows)) and all(
            isinstance(r[i], (int, float, Decimal)) and not isinstance(r[i], bool) for r in rows if r[i] is not None)
        table.add_column(Text(column, overflow="ellipsis", no_wrap=True), justify="right" if numeric else "left",
                         no_wrap=True, overflow="ellipsis", min_width=width if max_width else None,
                         max_width=width if max_width else None)
    if shown < len(columns):
        table.add_column("…", no_wrap=True, width=1)
    for row in cells:
        table.add_row(*(Text(c, overflow="ellipsis", no_wrap=True) for c in row[:shown]),
                      *(["…"] if shown < len(columns) else []))
    # rich never prints wider than the console: a console of the table's own width
    width = max_width or (sum(widths) + 3 * len(widths) + 1 + (4 if shown < len(columns) else 0))
    Console(file=console.file, width=width, highlight=False, force_terminal=console.is_terminal,
            color_system=console.color_system, no_color=console.no_color).print(table, crop=False)
    total = len(rows) if total is None else total
    noun = "row" if total == 1 else "rows"
    if total > len(rows):
        line = (f"{len(rows)} of {total} {noun} shown (--limit N to show more; "
                f"--format csv, json, markdown or parquet writes them all)")
    else:
        line = f"{total} {noun}"
    if shown < len(columns):
        line += f"; {len(columns) - shown} of {len(columns)} columns not shown (--max-width N or --format csv)"
    console.print(line, soft_wrap=True)


def write_parquet(arrow_table, target) -> None:
    """An arrow table as one Parquet file to a path or a binary stream (written whole, then flushed)."""
    import pyarrow.parquet as pq

    if hasattr(target, "write"):
        buffer = io.BytesIO()
        pq.write_table(arrow_table, buffer)
        target.write(buffer.getvalue())
        target.flush()
    else:
        pq.write_table(arrow_table, target)


def print_run_summary(console: Console, summary, warehouse: Path, seconds: float) -> None:
    total = max(getattr(summary, "warning_count", 0), len(summary.warnings))
    for warning in summary.warnings[:20]:
        console.print(f"[yellow]warning:[/yellow] {warning}", soft_wrap=True, markup=False, highlight=False)
    if total > 20:
        console.print(f"[yellow]... and {total - 20} more warnings[/yellow]")
    console.print(
        f"[bold]run {summary.run_id}[/bold] {summary.state.lower()} in {seconds:.1f}s: "
        f"{summary.discovered} documents read; articles new {summary.new}, updated {summary.updated}, "
        f"skipped {summary.skipped}, failed {summary.failed}"
    )
    for feed, left in sorted(getattr(summary, "capped", {}).items()):
        more = f"{left:,} more new item(s)" if left > 0 else "more items"
        console.print(f"[yellow]capped:[/yellow] feed {feed} stopped at its max_items; {more} left for the next run",
                      soft_wrap=True)
    if getattr(summary, "duplicates", 0):
        console.print(f"{summary.duplicates} item(s) listed by more than one feed were read once")
    if summary.rows:
        console.print("rows written: " + ", ".join(f"{t} {n}" for t, n in summary.rows.items()))
    if summary.build_ok is False:
        console.print(f"[red]warehouse not rebuilt:[/red] {summary.build_message}")
        return
    if summary.build_ok and warehouse.exists():
        _print_latest_estimates(console, warehouse)


def write_summary_json(path: Path, summary, seconds: float) -> None:
    """The run's counts and per-stage seconds as JSON (NEWSLAKE_SUMMARY_JSON; benchmarks read it)."""
    fields = ("run_id", "state", "discovered", "new", "updated", "skipped", "failed", "rows", "warning_count",
              "capped", "duplicates", "batches", "reclustered", "seconds", "per_feed")
    data = {name: getattr(summary, name, None) for name in fields}
    data["wall_seconds"] = seconds
    path.write_text(json.dumps(data, indent=1, default=str), encoding="utf-8")


def _print_latest_estimates(console: Console, warehouse: Path) -> None:
    from newslake.warehouse import WarehouseError, query

    sql = """
        select estimator, subject, location, value_low, value_high, estimate_date
        from troop_estimate_trend
        where subject is not null
        qualify row_number() over (partition by estimator, subject, location order by date desc) = 1
        order by estimate_date desc, estimator limit 10
    """
    try:
        columns, rows = query(warehouse, sql)
    except WarehouseError:
        return
    if rows:
        console.print("latest troop estimates (latest of each estimator):")
        for estimator, subject, location, low, high, day in rows:
            if low is None:
                span = f"up to {_cell(high)}"
            elif high is None:
                span = f"at least {_cell(low)}"
            else:
                span = _cell(low) if low == high else f"{_cell(low)} to {_cell(high)}"
            where = f" in {location}" if location else ""
            console.print(f"  {day}  {estimator}: {span} troops of {subject}{where}")
    console.print(f"warehouse: {warehouse}  (try: newslake query \"select * from troop_estimate_trend\")")


def print_build_result(console: Console, result) -> None:
    console.print(f"built {len(result.models)} models in {sum(m.seconds for m in result.models):.2f}s; "
                  f"{sum(1 for t in result.tests if t.failures == 0)}/{len(result.tests)} data tests passed")
    for test in result.tests:
        if test.failures:
            console.print(f"[red]FAIL[/red] {test.name}: {test.failures} failing rows")
            for row in test.sample[:5]:
                console.print(f"    {row}")


def print_status(console: Console, lake: Path, runs: int) -> None:
    """Recent runs, then per-feed health: last success, error rate, new articles."""
    import duckdb

    from newslake.lake import has_table

    if not has_table(lake, "pipeline_runs"):
        console.print(f"no runs recorded in {lake} yet")
        return
    con = duckdb.connect()

    from newslake.lake import read_table

    def rel(table: str, columns: str) -> str:
        """The lake table (or its empty, typed form) registered for this query."""
        view = f"lake_{table}"
        con.register(view, read_table(lake, table, columns.split(", ")))
        return view

    recent = con.execute(f"""
        select run_id, started_at, state, articles_new, articles_skipped, articles_failed, len(warnings)
        from {rel('pipeline_runs', 'run_id, started_at, state, articles_new, articles_skipped, articles_failed, warnings')}
        order by started_at desc limit {int(runs)}""").fetchall()
    print_rows(console, ["run", "started", "state", "new", "skipped", "failed", "warnings"], recent, "table")
    last_run = recent[0][0] if recent else None
    feeds = con.execute(f"""
        with arts as (
            select feed, count(*) as articles, max(fetched_at) as last_article
            from {rel('articles', 'feed, fetched_at')} group by feed),
        fetches as (
            select feed, count(*) as requests,
                   count(*) filter (where error is not null) as errors,
                   max(fetched_at) filter (where error is null) as last_success
            from {rel('fetch_log', 'feed, error, fetched_at')} group by feed),
        problems as (
            select feed, count(*) filter (where run_id = ?) as failed_last_run
            from {rel('quarantine', 'feed, run_id')} group by feed)
        select coalesce(a.feed, f.feed, p.feed) as feed, coalesce(a.articles, 0),
               coalesce(f.last_success, a.last_article),
               case when f.requests > 0 then round(100.0 * f.errors / f.requests, 1) end,
               coalesce(p.failed_last_run, 0)
        from arts a full join fetches f using (feed) full join problems p using (feed)
        order by 1""", [last_run]).fetchall()
    if feeds:
        print_rows(console, ["feed", "articles", "last success", "error rate %", "failed in last run"], feeds, "table")
