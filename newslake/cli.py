"""The ``newslake`` command line.

Expected failures (bad config, busy lake, failing data tests, unreadable
input) print one line and exit non-zero; tracebacks are for bugs only.
"""

from __future__ import annotations

import os
import sys
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from newslake import paths


class _Cli(typer.Typer):
    """The command line, with an exit that skips the interpreter's teardown.

    After a run, Python spends about half a second freeing models, tables and
    modules the process is about to drop anyway. Once a command has finished,
    this does what a normal exit must (join non-daemon threads, run the atexit
    handlers, where Prefect sends its last logs and events and the extraction
    pool stops; flush stdio) and then ``os._exit``s with the command's status.
    Only the console entry goes through here, not ``CliRunner`` or direct calls.
    """

    def __call__(self, *args, **kwargs):
        try:
            super().__call__(*args, **kwargs)
            code: object = 0
        except SystemExit as exc:
            code = exc.code
        _exit_now(code)


def _exit_now(code: object) -> None:  # pragma: no cover - ends the process
    import atexit
    import threading

    if isinstance(code, str):
        print(code, file=sys.stderr)
        code = 1
    shutdown_threads = getattr(threading, "_shutdown", None)
    if shutdown_threads is not None:
        shutdown_threads()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code if isinstance(code, int) else 0 if code is None else 1)


app = _Cli(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
           help="News feeds to a queryable record of who claimed what, when.")
out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DataDir = typer.Option(None, "--data-dir", help="Data folder (lake, warehouse, state). Default: the repo's data/ or $NEWSLAKE_DATA_DIR.")
LakeFormat = typer.Option(None, "--lake-format", metavar="parquet|delta",
                          help="The Parquet lake (<data>/lake) or the Delta Lake tables (<data>/lake-delta). "
                               "Default: settings.lake_format of the feeds config, else the lake the data "
                               "folder holds, else delta (docs/lake.md).")


def fail(message: str, code: int = 1) -> None:
    err.print(f"[red]error:[/red] {message}", soft_wrap=True)
    raise typer.Exit(code)


def _data(data_dir: Optional[Path]) -> Path:
    return (data_dir or paths.data_dir()).resolve()


def _check_format(lake_format: Optional[str]) -> None:
    """A bad --lake-format fails in one line, before anything is started or created."""
    if lake_format is not None:
        try:
            paths.check_lake_format(lake_format)
        except ValueError as exc:
            fail(str(exc))


def _lake(data: Path, lake_format: Optional[str], config: Optional[Path] = None) -> paths.Lake:
    """The lake a command works on (``paths.resolve_lake``): --lake-format, else the config's
    settings.lake_format (when a config is given), else the lake the data folder holds."""
    _check_format(lake_format)
    if lake_format is None and config is not None:
        from newslake.config import ConfigError, load_config

        try:
            lake_format = load_config(config.resolve()).lake_format
        except ConfigError as exc:
            fail(str(exc))
    return paths.resolve_lake(data, lake_format)


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
def _locked_run(config: Optional[Path], data_dir: Optional[Path], wait: float = 0.0,
                lake_format: Optional[str] = None):
    """Validate the config, quiet Prefect, take the lake lock, pick a Prefect API; yield the run's paths.

    Every command that writes the lake goes through here, so each fails the
    same way: one line for a bad config, a busy lake or an unusable server.
    Prefect is imported only after PREFECT_API_URL is settled (it reads it
    once), while a temporary server, if one is needed, is already starting.
    ``lake_format``: the command's --lake-format; None leaves the choice to
    ``_lake`` (the config's setting, else the data folder's lake).
    """
    from newslake.lake import LakeBusy, lake_lock
    from newslake.prefect_server import ServerError, api_for_run

    data, config = _prepare(config, data_dir)
    chosen = _lake(data, lake_format, config)
    lake = chosen.path
    try:
        with lake_lock(lake, wait_seconds=wait, on_wait=lambda: err.print("waiting for another newslake run to finish..."),
                       on_notice=lambda line: err.print(line, markup=False)), \
                api_for_run(data, _prefect_home()) as api:
            if api.source == "temporary":
                err.print("newslake: starting a temporary Prefect server for this run "
                          "(`newslake server start` keeps one running, and runs skip this start)", markup=False)
            from flows.ingest import RunPaths

            api.wait()
            if chosen.is_delta:
                chosen.mark()
            with _quick_flow_runs():
                yield RunPaths(config=config, lake=lake, warehouse=paths.warehouse_path(data),
                               state=data / "state", raw=data / "raw", project=paths.sql_project())
    except LakeBusy as exc:
        fail(f"{exc}; retry later or pass --wait SECONDS")
    except ServerError as exc:
        fail(str(exc))
    except Exception as exc:  # noqa: BLE001 - a Delta store failure (at the lock's recovery or a commit)
        from newslake.delta_store import DeltaStoreError

        if not isinstance(exc, DeltaStoreError):
            raise
        fail(str(exc).removeprefix("newslake: "))


def _prefect_home() -> Path:
    return Path(os.environ["PREFECT_HOME"])  # set by configure_prefect


@contextmanager
def _quick_flow_runs():
    """No flow-run heartbeats for a one-off run.

    Prefect's heartbeat thread sleeps in 1 s steps and the flow waits for it
    at the end: up to a second per run, for a signal nothing here consumes
    (scheduled runs under `newslake serve` keep theirs).
    """
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield


def _finish(summary, run_paths, started: float, failure: str) -> None:
    from newslake.report import print_run_summary, write_summary_json

    print_run_summary(out, summary, run_paths.warehouse, time.perf_counter() - started)
    if os.environ.get("NEWSLAKE_SUMMARY_JSON"):  # for benchmarks: the summary with per-stage seconds
        write_summary_json(Path(os.environ["NEWSLAKE_SUMMARY_JSON"]), summary, time.perf_counter() - started)
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
    dask: Optional[str] = typer.Option(None, "--dask", metavar="local|tcp://HOST:PORT",
                                       help="Run the extraction tasks on Dask: `local` starts a LocalCluster for "
                                            "the run, an address uses a running scheduler (docs/operations.md)."),
    dask_workers: Optional[int] = typer.Option(None, "--dask-workers", min=1,
                                               help="Workers of the `--dask local` cluster (default 2)."),
    lake_format: Optional[str] = LakeFormat,
) -> None:
    """Ingest the feeds through the Prefect flow into the lake, then build the warehouse."""
    started = time.perf_counter()
    _check_format(lake_format)
    target = _dask_target(dask, dask_workers)
    with _locked_run(config, data_dir, wait, lake_format) as run_paths:
        err.print(f"newslake: ingesting {run_paths.config}", markup=False)
        from flows.ingest import ingest_flow, new_run_id
        from newslake.dask_runner import DaskError

        try:
            summary = ingest_flow(run_paths, new_run_id(datetime.now(timezone.utc)), full_refresh, build,
                                  feed or None, only=only or None, dask=target)
        except DaskError as exc:
            fail(str(exc))
    if target is not None:
        workers = summary.extract_workers  # host:pid -> batches
        names = f": {', '.join(sorted(workers))}" if len(workers) <= 8 else ""
        if workers:
            err.print(f"newslake: extraction ran on {target.describe()}: {sum(workers.values())} batch(es) "
                      f"on {len(workers)} worker process(es){names}", markup=False)
        else:
            err.print(f"newslake: nothing to extract; {target.describe()} was not used", markup=False)
    _finish(summary, run_paths, started, "nothing could be processed; see the warnings above")


def _dask_target(dask: Optional[str], workers: Optional[int]):
    """The parsed ``--dask`` target, its scheduler checked to answer; None without the flag.

    Checked before the lake lock and the Prefect server, so a typo costs
    milliseconds and one line, not a server start and a traceback.
    """
    if dask is None:
        if workers is not None:
            fail("--dask-workers needs --dask local")
        return None
    from newslake.dask_runner import DaskError, check_reachable, parse_target

    try:
        target = parse_target(dask, workers)
        check_reachable(target)
    except DaskError as exc:
        fail(str(exc))
    return target


@app.command("retry-failed")
def retry_failed(
    config: Path = typer.Option(None, "--config", "-c", help="feeds.toml the items came from. Default: the embedded sample."),
    data_dir: Optional[Path] = DataDir,
    build: bool = typer.Option(True, "--build/--no-build", help="Build the DuckDB warehouse afterwards."),
    lake_format: Optional[str] = LakeFormat,
) -> None:
    """Reprocess the quarantined items (failed fetch or extraction) that are still missing."""
    from newslake.quarantine import open_failures

    lake = _lake(_data(data_dir), lake_format, config or paths.sample_config())
    failures = _read_lake(lambda: open_failures(lake.path))
    if not failures:
        out.print("no open failures in the quarantine")
        return
    feeds = sorted({feed for feed, _ in failures})
    only = sorted({item for _, item in failures})
    err.print(f"retrying {len(only)} item(s) from {len(feeds)} feed(s)")
    run(config=config, data_dir=data_dir, full_refresh=True, build=build, feed=feeds, wait=0.0, only=only,
        dask=None, dask_workers=None, lake_format=lake.format)  # the lake whose quarantine it read


@app.command()
def reprocess(
    config: Path = typer.Option(None, "--config", "-c", help="feeds.toml whose feeds to rebuild. Default: the embedded sample."),
    data_dir: Optional[Path] = DataDir,
    build: bool = typer.Option(True, "--build/--no-build", help="Build the DuckDB warehouse afterwards."),
    lake_format: Optional[str] = LakeFormat,
) -> None:
    """Rebuild the lake's article tables from the raw WARC archive and local feeds, with no network."""
    started = time.perf_counter()
    _check_format(lake_format)
    with _locked_run(config, data_dir, lake_format=lake_format) as run_paths:
        # imported here, after _locked_run quieted Prefect and chose its API: imported first,
        # Prefect logged every task and, at exit, spent a minute retrying to ship those logs to
        # the temporary server that had already stopped
        from flows.reprocess import reprocess_lake

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
    lake_format: Optional[str] = LakeFormat,
) -> None:
    """Build the DuckDB warehouse from the lake with the SQL models and their data tests."""
    from newslake.warehouse import WarehouseError, build_warehouse
    from newslake.report import print_build_result

    data = _data(data_dir)
    lake = _lake(data, lake_format)
    try:
        result = build_warehouse(paths.sql_project(), lake.path, paths.warehouse_path(data), select=select)
    except WarehouseError as exc:
        fail(str(exc))
    print_build_result(out, result)
    if not result.ok:
        fail("data tests failed; the previous warehouse was kept")


def _delta_lake(data: Path, lake: Optional[str]) -> str:
    """The Delta lake to work on: ``--lake`` (a path or s3:// URL), else the data folder's Delta
    lake (``paths.resolve_lake``, as every command: ``<data>/lake-delta``)."""
    return lake or str(paths.resolve_lake(data, "delta").path)


def _read_lake(read):
    """``read()``, with a Delta store failure (an unreadable log or file) as one line."""
    from newslake.delta_store import DeltaStoreError

    try:
        return read()
    except DeltaStoreError as exc:
        fail(str(exc).removeprefix("newslake: "))


@app.command()
def maintain(
    data_dir: Optional[Path] = DataDir,
    lake: Optional[str] = typer.Option(None, "--lake", help="Delta lake: a path or s3://bucket/prefix. Default: <data>/lake-delta."),
    table: list[str] = typer.Option(None, "--table", "-t", help="Only these tables (repeatable)."),
    retention_hours: int = typer.Option(168, help="VACUUM keeps files any version of the last N hours needs (below 168 needs --force)."),
    force: bool = typer.Option(False, help="Allow a retention below Delta's 7-day safe default."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Compact nothing; list what VACUUM would delete."),
) -> None:
    """OPTIMIZE (compact small files) and VACUUM (delete unreferenced old files) the Delta lake's tables."""
    from newslake import delta_store

    data = _data(data_dir)
    uri = _delta_lake(data, lake)
    if retention_hours < 168 and not force:
        fail(f"a retention of {retention_hours} h can delete files that readers of recent versions need; "
             "pass --force to do it anyway")
    try:
        results = delta_store.maintain(uri, table or None, retention_hours=retention_hours, dry_run=dry_run)
    except delta_store.DeltaStoreError as exc:
        fail(str(exc))
    if not results:
        fail(f"no Delta tables at {uri}; `newslake migrate-lake` makes them from the Parquet lake")
    for r in results:
        verb = "would vacuum" if dry_run else "vacuumed"
        out.print(f"{r.table}: version {r.version_before} -> {r.version_after}, compacted {r.files_compacted} "
                  f"files into {r.files_added}, {verb} {len(r.files_vacuumed)} files", markup=False)


@app.command("migrate-lake")
def migrate_lake(
    data_dir: Optional[Path] = DataDir,
    to: Optional[str] = typer.Option(None, "--to", help="Delta lake to write: a path or s3://bucket/prefix. Default: <data>/lake-delta."),
) -> None:
    """Copy the Parquet lake into Delta tables (rerunning it changes nothing)."""
    from newslake import delta_store
    from newslake.lake import LakeBusy, lake_lock

    data = _data(data_dir)
    source = paths.resolve_lake(data, "parquet").path  # the lake it copies, whatever the default
    if not (source / "articles").exists():
        fail(f"no Parquet lake at {source}")
    uri = _delta_lake(data, to)
    try:
        with lake_lock(source):
            counts = delta_store.migrate_parquet_lake(source, uri)
    except LakeBusy as exc:
        fail(f"{exc}; retry later")
    except delta_store.DeltaStoreError as exc:
        fail(str(exc))
    out.print(f"migrated {source} to {uri}: " + ", ".join(f"{t} {n}" for t, n in counts.items()), markup=False)


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
def status(data_dir: Optional[Path] = DataDir, runs: int = typer.Option(5, help="How many recent runs to show."),
           lake_format: Optional[str] = LakeFormat) -> None:
    """Recent runs and per-feed health from the lake."""
    from newslake.report import print_status

    lake = _lake(_data(data_dir), lake_format)
    _read_lake(lambda: print_status(out, lake.path, runs))


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


server_app = typer.Typer(no_args_is_help=True, help="A Prefect server kept running between runs (`prefect server start`).")
app.add_typer(server_app, name="server")


def _server_data(data_dir: Optional[Path]) -> Path:
    from flows.prefect_env import configure_prefect

    data = _data(data_dir)
    configure_prefect(data)  # the same Prefect home and database as `newslake run`
    return data


@server_app.command("start")
def server_start(
    data_dir: Optional[Path] = DataDir,
    port: Optional[int] = typer.Option(None, "--port", help="Port on 127.0.0.1. Default: a free one."),
    ui: bool = typer.Option(True, "--ui/--no-ui", help="Serve the Prefect UI too."),
) -> None:
    """Start a Prefect server for this data folder and leave it running; runs then reuse it."""
    from newslake.prefect_server import ServerError, start_recorded

    data = _server_data(data_dir)
    err.print("newslake server: starting `prefect server start` (10-30 s the first time)...", markup=False)
    try:
        record, started = start_recorded(data, _prefect_home(), port=port, ui=ui)
    except ServerError as exc:
        fail(str(exc))
    verb = "started" if started else "already running"
    out.print(f"newslake server: {verb}: API {record.api_url}" + (f", UI {record.ui_url}" if record.ui_url else "")
              + f" (pid {record.pid}, log {record.log})", markup=False)


@server_app.command("stop")
def server_stop(data_dir: Optional[Path] = DataDir) -> None:
    """Stop the server `newslake server start` left running for this data folder."""
    from newslake.prefect_server import stop_recorded

    record = stop_recorded(_server_data(data_dir))
    out.print(f"newslake server: stopped (pid {record.pid})" if record else "newslake server: not running", markup=False)


@server_app.command("status")
def server_status(data_dir: Optional[Path] = DataDir) -> None:
    """Whether the recorded server runs and answers; exit status 1 if not."""
    from newslake.prefect_server import read_record, record_path, recorded_server

    data = _data(data_dir)
    record = recorded_server(data)
    if record is None:
        stale = read_record(data)
        note = f" (stale record of pid {stale.pid} in {record_path(data)})" if stale else ""
        out.print(f"newslake server: not running{note}; runs start a temporary server", markup=False)
        raise typer.Exit(1)
    out.print(f"newslake server: running: API {record.api_url}" + (f", UI {record.ui_url}" if record.ui_url else "")
              + f" (pid {record.pid}, since {record.started_at}, database {record.database})", markup=False)


def main() -> None:  # pragma: no cover - console entry
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
