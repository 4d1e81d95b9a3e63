"""The ``newslake`` command line.

Expected failures (bad config, busy lake, failing data tests, unreadable
input) print one line and exit non-zero; tracebacks are for bugs only.
"""

from __future__ import annotations

import sys
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from newslake import paths

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="News feeds to a queryable record of who claimed what, when.")
out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DataDir = typer.Option(None, "--data-dir", help="Data folder (lake, warehouse, state). Default: the repo's data/ or $NEWSLAKE_DATA_DIR.")


def fail(message: str, code: int = 1) -> None:
    err.print(f"[red]error:[/red] {message}", soft_wrap=True)
    raise typer.Exit(code)


def _data(data_dir: Optional[Path]) -> Path:
    return (data_dir or paths.data_dir()).resolve()


def _prepare(config: Optional[Path], data_dir: Optional[Path]) -> tuple[Path, Path]:
    """Resolve the data folder and a validated config; quiet Prefect before it loads."""
    from newslake.config import ConfigError, load_config

    data = _data(data_dir)
    config = (config or paths.sample_config()).resolve()
    try:
        load_config(config)
    except ConfigError as exc:
        fail(str(exc))
    from flows.prefect_env import configure_prefect

    configure_prefect(data)
    return data, config


@contextmanager
def _locked_run(config: Optional[Path], data_dir: Optional[Path], wait: float = 0.0):
    """Validate the config, quiet Prefect, take the lake lock; yield the run's paths.

    Every command that writes the lake goes through here, so each fails the
    same way: one line for a bad config or a busy lake.
    """
    from newslake.lake import LakeBusy, lake_lock

    data, config = _prepare(config, data_dir)
    lake = paths.lake_dir(data)
    try:
        with lake_lock(lake, wait_seconds=wait, on_wait=lambda: err.print("waiting for another newslake run to finish...")):
            from flows.ingest import RunPaths

            yield RunPaths(config=config, lake=lake, warehouse=paths.warehouse_path(data),
                           state=data / "state", raw=data / "raw", project=paths.sql_project())
    except LakeBusy as exc:
        fail(f"{exc}; retry later or pass --wait SECONDS")


def _finish(summary, run_paths, started: float, failure: str) -> None:
    from newslake.report import print_run_summary

    print_run_summary(out, summary, run_paths.warehouse, time.perf_counter() - started)
    if summary.state == "FAILED":
        fail(summary.build_message or failure)


@app.command()
def run(
    config: Path = typer.Option(None, "--config", "-c", help="feeds.toml to ingest. Default: the embedded sample."),
    data_dir: Optional[Path] = DataDir,
    full_refresh: bool = typer.Option(False, "--full-refresh", help="Refetch and reprocess items already in the lake."),
    build: bool = typer.Option(True, "--build/--no-build", help="Build the DuckDB warehouse after ingesting."),
    feed: list[str] = typer.Option(None, "--feed", help="Only these feeds (repeatable)."),
    wait: float = typer.Option(0.0, "--wait", help="Seconds to wait for another run holding the lake."),
    only: list[str] = typer.Option(None, "--only", hidden=True, help="Only these item URLs or ids."),
) -> None:
    """Ingest the feeds through the Prefect flow into the lake, then build the warehouse."""
    started = time.perf_counter()
    with _locked_run(config, data_dir, wait) as run_paths:
        err.print(f"newslake: ingesting {run_paths.config} (Prefect flow; first start of its local API takes a few seconds)")
        from flows.ingest import ingest_flow, new_run_id

        summary = ingest_flow(run_paths, new_run_id(datetime.now(timezone.utc)), full_refresh, build,
                              feed or None, only=only or None)
    _finish(summary, run_paths, started, "nothing could be processed; see the warnings above")


@app.command("retry-failed")
def retry_failed(
    config: Path = typer.Option(None, "--config", "-c", help="feeds.toml the items came from. Default: the embedded sample."),
    data_dir: Optional[Path] = DataDir,
    build: bool = typer.Option(True, "--build/--no-build", help="Build the DuckDB warehouse afterwards."),
) -> None:
    """Reprocess the quarantined items (failed fetch or extraction) that are still missing."""
    from newslake.quarantine import open_failures

    data = _data(data_dir)
    failures = open_failures(paths.lake_dir(data))
    if not failures:
        out.print("no open failures in the quarantine")
        return
    feeds = sorted({feed for feed, _ in failures})
    only = sorted({item for _, item in failures})
    err.print(f"retrying {len(only)} item(s) from {len(feeds)} feed(s)")
    run(config=config, data_dir=data_dir, full_refresh=True, build=build, feed=feeds, wait=0.0, only=only)


@app.command()
def reprocess(
    config: Path = typer.Option(None, "--config", "-c", help="feeds.toml whose feeds to rebuild. Default: the embedded sample."),
    data_dir: Optional[Path] = DataDir,
    build: bool = typer.Option(True, "--build/--no-build", help="Build the DuckDB warehouse afterwards."),
) -> None:
    """Rebuild the lake's article tables from the raw WARC archive and local feeds, with no network."""
    from flows.reprocess import reprocess_lake

    started = time.perf_counter()
    with _locked_run(config, data_dir) as run_paths:
        summary = reprocess_lake(run_paths, build)
    _finish(summary, run_paths, started, "nothing could be reprocessed")


@app.command()
def extract(
    inputs: list[str] = typer.Argument(None, help="Files, URLs, or - for standard input."),
    fmt: str = typer.Option("auto", "--format", help="Input format: auto, html or text (the plain wire format)."),
    jsonl: Optional[Path] = typer.Option(None, "--jsonl", help='A file of JSON lines {"id", "html"|"text", "url"?, "published"?}.'),
    pretty: bool = typer.Option(False, "--pretty", help="Indented JSON."),
) -> None:
    """Run the per-article pipeline without the lake; print one JSON object per document."""
    from newslake.extract_cli import load_inputs, run_extract

    if fmt not in ("auto", "html", "text"):
        fail(f"--format must be auto, html or text, not {fmt!r}")
    if not inputs and jsonl is None:
        fail("give at least one INPUT or --jsonl FILE")
    try:
        docs = load_inputs(inputs or [], fmt, jsonl)
    except (OSError, ValueError) as exc:
        fail(str(exc).splitlines()[0])
    failures = run_extract(docs, sys.stdout, indent=2 if pretty else None)
    if failures == len(docs) and docs:
        fail(f"no document could be extracted ({failures} failed)")


@app.command()
def build(
    data_dir: Optional[Path] = DataDir,
    select: Optional[str] = typer.Option(None, "--select", "-s", help="MODEL or MODEL+ (with its descendants)."),
) -> None:
    """Build the DuckDB warehouse from the lake with the SQL models and their data tests."""
    from newslake.warehouse import WarehouseError, build_warehouse
    from newslake.report import print_build_result

    data = _data(data_dir)
    try:
        result = build_warehouse(paths.sql_project(), paths.lake_dir(data), paths.warehouse_path(data), select=select)
    except WarehouseError as exc:
        fail(str(exc))
    print_build_result(out, result)
    if not result.ok:
        fail("data tests failed; the previous warehouse was kept")


@app.command()
def query(
    sql: str = typer.Argument(..., help="SQL to run against the warehouse (read-only)."),
    data_dir: Optional[Path] = DataDir,
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv, json, markdown or parquet."),
    limit: Optional[int] = typer.Option(
        None, "--limit", "-n", help="Rows to write (0: all). Default: 40 for table, all for the other formats."),
    max_width: Optional[int] = typer.Option(
        None, "--max-width", help="Table width in characters; longer values are cut with … (default: the terminal's; 0: no limit)."),
    output: Optional[Path] = typer.Option(
        None, "--out", "-o", help="Write csv, json, markdown or parquet to FILE (parquet needs it on a terminal)."),
) -> None:
    """Query the warehouse read-only."""
    from newslake.query_cli import QueryError, run_query_command

    try:
        run_query_command(out, err, paths.warehouse_path(_data(data_dir)), sql, fmt,
                          limit=limit, max_width=max_width, output=output)
    except QueryError as exc:
        fail(str(exc))


@app.command()
def report(
    output: Optional[Path] = typer.Option(None, "--out", "-o", help="HTML file to write. Default: report.html in the data folder."),
    topic: list[str] = typer.Option(
        None, "--topic", "-t", help="Only articles on this keyword or feed tag (repeatable: any of them); see docs/report.md."),
    since: Optional[datetime] = typer.Option(None, "--since", formats=["%Y-%m-%d"], help="Only rows dated on or after DATE (YYYY-MM-DD)."),
    config: Optional[Path] = typer.Option(
        None, "--config", "-c", help="feeds.toml whose feed tags --topic matches. Default: the embedded sample's."),
    data_dir: Optional[Path] = DataDir,
) -> None:
    """Write the analyst's report: one self-contained HTML page of charts and tables (opens offline)."""
    from newslake.report_html import ReportError, run_report_command

    data = _data(data_dir)
    try:
        result = run_report_command(data, output or data / "report.html", topic or [], since.date() if since else None,
                                    config or paths.sample_config())
    except ReportError as exc:
        fail(str(exc))
    err.print(f"wrote {result.path} ({result.bytes / 1e6:.2f} MB, {result.charts} charts) in {result.seconds:.1f}s")
    for block in result.empty_blocks:
        err.print(f"  empty: {block}")


@app.command()
def docs(
    output: Path = typer.Option(Path("docs/models.md"), "--output", "-o", help="Markdown file to write."),
) -> None:
    """Write the warehouse data dictionary (markdown) from the models' YAML descriptions."""
    from newslake.warehouse import write_docs

    write_docs(paths.sql_project(), output)
    err.print(f"wrote {output}")


@app.command()
def status(data_dir: Optional[Path] = DataDir, runs: int = typer.Option(5, help="How many recent runs to show.")) -> None:
    """Recent runs and per-feed health from the lake."""
    from newslake.report import print_status

    print_status(out, paths.lake_dir(_data(data_dir)), runs)


@app.command()
def serve(
    config: Path = typer.Option(None, "--config", "-c", help="feeds.toml whose schedule groups to run. Default: the embedded sample."),
    data_dir: Optional[Path] = DataDir,
    interval_override: Optional[float] = typer.Option(
        None, "--interval-override", help="Run every group every SECONDS instead of its schedule."),
) -> None:
    """Run the ingest flow on the feeds config's schedules through a Prefect server, until Ctrl-C."""
    from newslake.config import ConfigError

    data, config = _prepare(config, data_dir)
    from flows.serve import ServeError, serve as run_serve

    try:
        run_serve(config, data, interval_override=interval_override,
                  echo=lambda line: err.print(line, soft_wrap=True, markup=False))
    except (ConfigError, ServeError) as exc:
        fail(str(exc))


def main() -> None:  # pragma: no cover - console entry
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
