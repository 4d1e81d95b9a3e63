"""The ingest flow: feeds -> items -> batches (read, extract, commit) -> lake -> warehouse.

1. ``discover-feed`` (one task per feed, concurrent) walks a feed and writes
   the items it lists that are not in the lake yet to the run's staging area
   (``newslake.items``); nothing is read but what discovery needs.
2. The feeds' items are merged in config order, one per key: a page several
   feeds list is fetched once, under its normalized URL.
3. ``extract-batch`` reads or fetches up to BATCH_SIZE items, extracts them on
   every core and stages the result as Parquet; ``commit-batch`` commits it to
   the lake in one atomic transaction (``newslake.commit``). The next batch is
   extracted while one is committed, so memory holds at most two batches,
   whatever the corpus, and a run killed between batches has lost or doubled
   nothing: the next run skips what was committed and does the rest.
   With ``dask`` (``newslake run --dask``) ``read-batch`` reads a batch in
   the flow's process and stages the documents (``newslake.staged_input``);
   ``extract-staged-batch`` extracts them in-process on a Dask worker
   (``newslake.dask_runner``) and stages the result for ``commit-batch``.
   Discovery, reading, commits and the build stay in the flow's process.
4. ``record-run`` writes the run's row, its discovery problems and fetches;
   ``build-warehouse`` rebuilds the warehouse.

Tasks take paths and plain values (NO_CACHE): a task run costs milliseconds
and an API call, and hashing large inputs costs more.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from newslake.commit import CommitStats, commit_tables
from newslake.config import FeedConfig, load_config
from newslake.dask_runner import DaskTarget
from newslake.delta_store import DeltaStoreError
from newslake.faults import checkpoint
from newslake.items import Staging
from newslake.lake import ensure_index, verify_files, write_tables
from newslake.lake_index import open_index
from newslake.catalog_snapshot import catalog_table, changed_catalog_table, mark_catalog_written  # noqa: F401
from newslake.schema import FETCH_LOG, PIPELINE_RUNS, QUARANTINE
from newslake.sources import KEEP_PROBLEMS, DiscoverContext, Discovery, LocalReader, Problem, iter_feed
from newslake.staged import StagedBatch, read_staged, remove_staged, write_staged

BATCH_SIZE = 200  # NEWSLAKE_BATCH_SIZE overrides it (tests and benchmarks)
PROGRESS_SECONDS = 10.0  # a progress line at most this often, for runs of more than a few batches
KEEP_WARNINGS = 200


@dataclass
class RunPaths:
    config: Path
    lake: Path
    warehouse: Path
    state: Path
    raw: Path
    project: Path


@dataclass
class RunSummary:
    run_id: str
    started_at: datetime
    finished_at: datetime | None = None
    discovered: int = 0  # documents read or fetched
    new: int = 0
    updated: int = 0
    skipped: int = 0
    failed: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # the first KEEP_WARNINGS
    warning_count: int = 0
    build_ok: bool | None = None
    build_message: str | None = None
    per_feed: dict[str, dict[str, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)  # the first KEEP_PROBLEMS
    problem_count: int = 0
    fetch_log: list[dict] = field(default_factory=list)
    capped: dict[str, int] = field(default_factory=dict)  # feed -> items max_items left for later runs (-1: some)
    duplicates: int = 0  # items several feeds listed, read once
    batches: int = 0
    reclustered: int = 0
    seconds: dict[str, float] = field(default_factory=dict)  # per stage: discover, read, extract, commit, record, build
    extract_workers: dict[str, int] = field(default_factory=dict)  # host:pid -> batches it extracted

    feeds_ok: int = 0
    feeds_failed: int = 0
    lake_error: str | None = None  # a Delta store failure that stopped the run (one line)

    @property
    def state(self) -> str:
        """FAILED only when nothing could be processed: every feed unreadable, or
        every document failed, or the warehouse build failed."""
        if self.build_ok is False or self.lake_error:
            return "FAILED"
        if self.feeds_ok == 0 and self.feeds_failed:
            return "FAILED"
        if self.discovered and self.new + self.updated + self.skipped == 0 and self.failed >= self.discovered:
            return "FAILED"
        return "COMPLETED_WITH_WARNINGS" if self.failed or self.warning_count else "COMPLETED"

    def warn(self, lines: list[str], total: int | None = None) -> None:
        room = KEEP_WARNINGS - len(self.warnings)
        self.warnings.extend(lines[:max(room, 0)])
        self.warning_count += len(lines) if total is None else total

    def problem(self, problems: list[Problem], by_stage: dict[str, int] | None = None) -> None:
        """Count problems (``by_stage``: the counts when ``problems`` holds only the first of them)."""
        room = KEEP_PROBLEMS - len(self.problems)
        self.problems.extend(problems[:max(room, 0)])
        if by_stage is None:
            by_stage = {}
            for p in problems:
                by_stage[p.stage] = by_stage.get(p.stage, 0) + 1
        self.problem_count += sum(by_stage.values())
        self.failed += by_stage.get("extract", 0) + by_stage.get("fetch", 0)
        discover = [f"{p.feed}: {p.url or ''}: {p.error}" for p in problems if p.stage == "discover"]
        self.warn(discover, by_stage.get("discover", 0))


def batch_size() -> int:
    value = os.environ.get("NEWSLAKE_BATCH_SIZE", "")
    return int(value) if value.isdigit() and int(value) > 0 else BATCH_SIZE


def new_run_id(now: datetime) -> str:
    return f"run-{now:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"


# ------------------------------------------------------- a run's fetchers
_FETCHERS: dict[str, tuple[object, contextlib.ExitStack]] = {}
_FETCHERS_LOCK = threading.Lock()


def run_fetcher(paths: RunPaths, run_id: str, replay: bool):
    """The run's page fetcher (one per run and process: robots, politeness and connections are shared)."""
    with _FETCHERS_LOCK:
        if run_id not in _FETCHERS:
            stack = contextlib.ExitStack()
            if replay:
                from newslake.replay import ArchiveFetcher

                fetcher = stack.enter_context(ArchiveFetcher(paths.raw))
            else:
                from newslake.archive import WarcArchive
                from newslake.fetch import Fetcher

                archive = stack.enter_context(WarcArchive(paths.raw, run_id))
                fetcher = stack.enter_context(Fetcher(load_config(paths.config).user_agent, paths.state, archive))
            _FETCHERS[run_id] = (fetcher, stack)
        return _FETCHERS[run_id][0]


def close_run_fetcher(run_id: str) -> None:
    with _FETCHERS_LOCK:
        entry = _FETCHERS.pop(run_id, None)
    if entry is not None:
        entry[1].close()


# -------------------------------------------------------------- the tasks
@task(name="discover-feed", cache_policy=NO_CACHE, retries=1, retry_delay_seconds=2)
def discover_feed(paths: RunPaths, feed: FeedConfig, position: int, staging_root: str, run_id: str,
                  full_refresh: bool, replay: bool = False, only: frozenset[str] | None = None) -> Discovery:
    """List the feed's new items into the staging area; returns what else discovery found."""
    config = load_config(paths.config)
    manifest = Staging(Path(staging_root)).feed_manifest(position)
    found = Discovery(feed.name, on_problem=lambda p: manifest.problem(p.feed, p.url, p.stage, p.error))
    with contextlib.ExitStack() as stack:
        index = None if full_refresh else stack.enter_context(contextlib.closing(open_index(paths.lake)))
        ctx = DiscoverContext(config, LocalReader(config), index, only=only, record_fetches=not replay)
        if feed.path is None:
            if replay:
                ctx.fetcher = run_fetcher(paths, run_id, replay=True)
            else:
                from newslake.archive import WarcArchive
                from newslake.fetch import Fetcher

                archive = stack.enter_context(WarcArchive(paths.raw, run_id))
                ctx.fetcher = stack.enter_context(Fetcher(config.user_agent, paths.state, archive))
        try:
            for item in iter_feed(feed, ctx, found):
                manifest.add(item)
        finally:
            manifest.close()
    checkpoint("fetch")
    found.on_problem = None
    return found


@dataclass(frozen=True)
class Extracted:
    """What an extraction task hands back: the staged batch's folder, and who made it (``host:pid``)."""

    folder: str
    worker: str


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_batch(paths: RunPaths, staging_root: str, number: int, first: int, last: int, run_id: str,
                  replay: bool = False, full_refresh: bool = False) -> Extracted:
    """Read or fetch a batch's items, extract them over every core, stage the result; returns its folder."""
    started = time.perf_counter()
    staging = Staging(Path(staging_root))
    ready = _read(paths, staging, first, last, run_id, replay, full_refresh)
    batch = _batch_before_extraction(number, ready, time.perf_counter() - started)
    return _extract_and_stage(staging.batch_dir(number), batch, [p.raw for p in ready.prepared],
                              [p.source_row for p in ready.prepared], processes=None)


@task(name="read-batch", cache_policy=NO_CACHE)
def read_batch(paths: RunPaths, staging_root: str, number: int, first: int, last: int, run_id: str,
               replay: bool = False, full_refresh: bool = False) -> str:
    """Read or fetch a batch's items in the flow's process and stage them for a Dask worker; returns the folder.

    Reading needs the config, the offline mirror, the lake index and the
    run's fetcher, which stay here; the worker gets the staged documents only.
    """
    from newslake.staged_input import write_input

    started = time.perf_counter()
    staging = Staging(Path(staging_root))
    ready = _read(paths, staging, first, last, run_id, replay, full_refresh)
    batch = _batch_before_extraction(number, ready, time.perf_counter() - started)
    folder = write_input(_input_dir(staging, number), [p.raw for p in ready.prepared],
                         [p.source_row for p in ready.prepared], batch)
    return str(folder)


@task(name="extract-staged-batch", cache_policy=NO_CACHE)
def extract_staged_batch(input_folder: str, output_folder: str) -> Extracted:
    """Extract a batch ``read-batch`` staged, in this process, and stage the result; runs on a Dask worker.

    Only the two folders are needed (a shared filesystem). A Dask worker is a
    daemonic process that may not fork the extraction pool: it extracts
    in-process, and Dask runs several such tasks at once instead.
    """
    from newslake.staged_input import read_input

    staged = read_input(Path(input_folder))
    extracted = _extract_and_stage(Path(output_folder), staged.batch, staged.documents, staged.source_rows,
                                   processes=1)
    remove_staged(Path(input_folder))
    return extracted


def _input_dir(staging: Staging, number: int) -> Path:
    return staging.root / f"input-{number:06d}"


def _read(paths: RunPaths, staging: Staging, first: int, last: int, run_id: str, replay: bool,
          full_refresh: bool):
    from newslake.materialize import materialize

    config = load_config(paths.config)
    with contextlib.ExitStack() as stack:
        index = None if full_refresh else stack.enter_context(contextlib.closing(open_index(paths.lake)))
        return materialize(staging.items(first, last), config, index,
                           fetcher_for=lambda: run_fetcher(paths, run_id, replay), record_fetches=not replay)


def _batch_before_extraction(number: int, ready, read_seconds: float) -> StagedBatch:
    return StagedBatch(number=number, tables={}, signatures={}, problems=list(ready.problems),
                       fetch_log=ready.fetch_log, source_rows=list(ready.source_rows),
                       documents=len(ready.prepared), unchanged=ready.unchanged, seconds={"read": read_seconds})


def _extract_and_stage(folder: Path, batch: StagedBatch, raws: list, source_rows: list[dict | None],
                       processes: int | None) -> Extracted:
    """Extract ``raws`` (``processes``: None for every core, 1 in-process), add the outcomes to ``batch``, stage it."""
    from newslake.dask_runner import worker_id
    from newslake.parallel import extract_for_lake

    started = time.perf_counter()
    docs = []
    warnings: list[str] = []
    results = extract_for_lake(raws, processes=processes) if raws else []
    for raw, source_row, (doc, doc_warnings, sig) in zip(raws, source_rows, results):
        if doc.error:
            batch.problems.append(Problem(raw.feed, raw.url or raw.id, "extract", doc.error))
            outcome, article_id = "failed", None
        else:
            docs.append(doc)
            batch.signatures[doc.article.article_id] = sig
            outcome, article_id = "ok", doc.article.article_id
        if source_row is not None:
            batch.source_rows.append({**source_row, "outcome": outcome, "article_id": article_id})
        warnings.extend(f"{raw.url or raw.id}: {w}" for w in doc_warnings)
    batch.warnings, batch.warning_count = warnings[:KEEP_WARNINGS], len(warnings)
    batch.seconds = {**batch.seconds, "extract": time.perf_counter() - started}
    staged = write_staged(folder, batch, docs)
    checkpoint("extract")
    return Extracted(str(staged), worker_id())


@dataclass
class BatchResult:
    stats: CommitStats
    problems: list[Problem]
    warnings: list[str]
    warning_count: int
    documents: int
    unchanged: int
    seconds: dict[str, float]
    error: str | None = None  # the Delta store's one line, if the commit failed


@task(name="commit-batch", cache_policy=NO_CACHE)
def commit_batch(paths: RunPaths, folder: str, run_id: str) -> BatchResult:
    """Commit a staged batch to the lake atomically, with its quarantine, fetch-log and source-index rows."""
    started = time.perf_counter()
    staged = read_staged(Path(folder))
    now = datetime.now(timezone.utc)
    extra = {
        "quarantine": pa.Table.from_pylist([
            {"run_id": run_id, "feed": p.feed, "url": p.url, "stage": p.stage, "error": p.error, "recorded_at": now}
            for p in staged.problems], schema=QUARANTINE),
        "fetch_log": pa.Table.from_pylist([{"run_id": run_id, **row} for row in staged.fetch_log], schema=FETCH_LOG),
    }
    try:
        with contextlib.closing(open_index(paths.lake)) as index:
            stats = commit_tables(paths.lake, index, staged.tables, staged.signatures, extra=extra,
                                  source_rows=staged.source_rows)
    except DeltaStoreError as exc:  # returned, not raised: Prefect logs no traceback for an expected failure
        return BatchResult(CommitStats(), [], [], 0, 0, 0, {}, error=str(exc))
    remove_staged(Path(folder))
    return BatchResult(stats, staged.problems, staged.warnings, staged.warning_count, staged.documents,
                       staged.unchanged, {**staged.seconds, "commit": time.perf_counter() - started})


@task(name="record-run", cache_policy=NO_CACHE)
def record_run(paths: RunPaths, summary: RunSummary, staging_root: str | None = None,
               fetch_log: list[dict] | None = None, run_row: bool = True) -> str | None:
    """The run's row, its discovery problems (from the staging area) and its discovery fetches;
    returns a Delta store failure's one line instead of raising it."""
    try:
        _record_run(paths, summary, staging_root, fetch_log, run_row)
    except DeltaStoreError as exc:
        return str(exc)
    return None


def _record_run(paths: RunPaths, summary: RunSummary, staging_root: str | None,
                fetch_log: list[dict] | None, run_row: bool) -> None:
    now = datetime.now(timezone.utc)
    if staging_root is not None:
        for chunk in Staging(Path(staging_root)).problems():
            rows = [{"run_id": summary.run_id, "feed": p.feed, "url": p.url, "stage": p.stage, "error": p.error,
                     "recorded_at": now} for p in chunk]
            write_tables(paths.lake, {"quarantine": pa.Table.from_pylist(rows, schema=QUARANTINE)})
    tables: dict[str, pa.Table] = {}
    if fetch_log:
        tables["fetch_log"] = pa.Table.from_pylist([{"run_id": summary.run_id, **row} for row in fetch_log],
                                                   schema=FETCH_LOG)
    if run_row:
        tables["pipeline_runs"] = pa.Table.from_pylist([{
            "run_id": summary.run_id, "started_at": summary.started_at, "finished_at": now,
            "state": summary.state, "articles_new": summary.new + summary.updated,
            "articles_skipped": summary.skipped, "articles_failed": summary.failed,
            "warnings": summary.warnings[:200]}], schema=PIPELINE_RUNS)
        catalog, fingerprint = changed_catalog_table(paths.lake)
        if catalog is not None:
            tables["entity_catalog"] = catalog
    if tables:
        write_tables(paths.lake, tables)
    if run_row and catalog is not None:
        mark_catalog_written(paths.lake, fingerprint)


@dataclass
class _Unchanged:
    """The build a run skipped: the warehouse already holds these inputs."""

    ok: bool = True
    skipped: bool = True


@task(name="build-warehouse", cache_policy=NO_CACHE)
def build_task(paths: RunPaths):
    from newslake.build_inputs import is_current, mark_built
    from newslake.warehouse import build_warehouse

    current, fingerprint = is_current(paths.project, paths.lake, paths.warehouse)
    if current:
        return _Unchanged()
    mark_built(paths.warehouse, None)
    result = build_warehouse(paths.project, paths.lake, paths.warehouse)
    if result.ok:
        mark_built(paths.warehouse, fingerprint)
    return result


# --------------------------------------------------------------- the flow
class _Progress:
    """One line to stderr now and then while a long run works through its batches."""

    def __init__(self, total_items: int, batches: int, echo: Callable[[str], None] | None = None) -> None:
        self.total, self.batches = total_items, batches
        self.started = self.last = time.monotonic()
        self.echo = echo or (lambda line: print(line, file=sys.stderr, flush=True))
        self.enabled = batches > 3

    def tick(self, done_batches: int, done_items: int, summary: RunSummary) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self.last < PROGRESS_SECONDS and done_batches < self.batches):
            return
        self.last = now
        rate = done_items / max(now - self.started, 1e-9)
        self.echo(f"newslake: {done_items:,}/{self.total:,} items ({done_batches}/{self.batches} batches): "
                  f"{summary.new:,} new, {summary.updated:,} updated, {summary.failed:,} failed; {rate:,.0f} items/s")


@flow(name="newslake-ingest", flow_run_name="ingest-{run_id}", log_prints=False)
def ingest_flow(paths: RunPaths, run_id: str, full_refresh: bool = False, build: bool = True,
                feeds: list[str] | None = None, replay: bool = False, record: bool = True,
                only: list[str] | None = None, dask: DaskTarget | None = None) -> RunSummary:
    """One run over the config's feeds.

    ``dask`` runs the extraction tasks on that Dask cluster; ``replay`` reads remote feeds from the raw archive; ``only`` restricts the
    run to these item URLs or ids (retrying quarantined items);
    ``full_refresh`` ignores what the lake and the source index know.
    """
    summary = RunSummary(run_id=run_id, started_at=datetime.now(timezone.utc))
    config = load_config(paths.config)
    selected = [f for f in config.enabled_feeds() if not feeds or f.name in feeds]
    refresh = full_refresh or only is not None
    staging = None
    try:
        with contextlib.closing(open_index(paths.lake)) as index:
            verify_files(paths.lake, index, paths.state)
            ensure_index(paths.lake, index)
        staging = Staging.create(paths.state, run_id)
        started = time.perf_counter()
        _run_batches(paths, run_id, selected, staging, summary, refresh, replay,
                     frozenset(only) if only is not None else None, dask)
        summary.seconds["batches"] = time.perf_counter() - started
        started = time.perf_counter()
        summary.lake_error = record_run(paths, summary, str(staging.root),
                                        summary.fetch_log if not replay else None, run_row=record)
        summary.seconds["record"] = time.perf_counter() - started
    except DeltaStoreError as exc:  # a Delta store failure ends the run with its one line
        summary.lake_error = str(exc)
    finally:
        close_run_fetcher(run_id)
        if staging is not None:
            staging.remove()
            with contextlib.suppress(OSError):
                staging.root.parent.rmdir()  # the staging folder, once no run uses it
    if summary.lake_error:
        summary.build_message = summary.lake_error.removeprefix("newslake: ")
        build = False  # the lake is at its last committed versions; the old warehouse stays
    if build:
        from newslake.warehouse import WarehouseError

        try:
            started = time.perf_counter()
            result = build_task(paths)
            summary.seconds["build"] = time.perf_counter() - started
            summary.build_ok = bool(result.ok)
            if not result.ok:
                summary.build_message = "warehouse data tests failed; the previous warehouse was kept"
        except WarehouseError as exc:
            summary.build_ok, summary.build_message = False, str(exc)
    summary.finished_at = datetime.now(timezone.utc)
    return summary


class _Submit:
    """Submits ``extract-batch`` to the flow's own runner or to a started Dask task runner."""

    def __init__(self, runner=None, slots: int = 1) -> None:
        self.runner, self.slots = runner, slots

    def __call__(self, paths: RunPaths, root: str, number: int, first: int, last: int, run_id: str,
                 replay: bool, refresh: bool):
        if self.runner is None:
            return extract_batch.submit(paths, root, number, first, last, run_id, replay, refresh)
        # Read here (the flow's process, in this thread), extract there: only paths cross.
        folder = read_batch(paths, root, number, first, last, run_id, replay, refresh)
        output = str(Staging(Path(root)).batch_dir(number))
        return self.runner.submit(extract_staged_batch, {"input_folder": folder, "output_folder": output})


@contextlib.contextmanager
def _extraction(dask: DaskTarget | None):
    """Where this run's batches are extracted; a LocalCluster lives only as long as this block."""
    if dask is None:
        yield _Submit()
        return
    from newslake.dask_runner import started, total_threads

    with started(dask) as runner:
        yield _Submit(runner, total_threads(runner))


def _run_batches(paths: RunPaths, run_id: str, selected: list[FeedConfig], staging: Staging,
                 summary: RunSummary, refresh: bool, replay: bool, only: frozenset[str] | None,
                 dask: DaskTarget | None = None) -> None:
    root = str(staging.root)
    started = time.perf_counter()
    futures = [(feed, discover_feed.submit(paths, feed, position, root, run_id, refresh, replay, only))
               for position, feed in enumerate(selected)]
    for feed, future in futures:
        found: Discovery = future.result()
        summary.fetch_log.extend(found.fetch_log)
        summary.skipped += found.skipped
        summary.problem(found.problems, found.by_stage)
        summary.per_feed[feed.name] = {"items": found.listed, "skipped": found.skipped,
                                       "problems": found.problem_count}
        if found.capped:
            summary.capped[feed.name] = found.capped
        if found.feed_failed:
            summary.feeds_failed += 1
        else:
            summary.feeds_ok += 1
    total, summary.duplicates = staging.merge(list(range(len(selected))))
    summary.seconds["discover"] = time.perf_counter() - started
    summary.per_feed["*"] = {"items": total}
    batches = staging.batches(batch_size())
    summary.batches = len(batches)
    progress = _Progress(total, len(batches))
    done_items = 0

    def absorb(result: BatchResult, items: int) -> None:
        nonlocal done_items
        stats = result.stats
        summary.new += stats.new
        summary.updated += stats.updated
        summary.skipped += stats.unchanged + result.unchanged
        summary.reclustered += stats.reclustered
        summary.discovered += result.documents
        for table, count in stats.rows.items():
            summary.rows[table] = summary.rows.get(table, 0) + count
        summary.problem(result.problems)
        summary.warn(result.warnings, result.warning_count)
        for stage, seconds in result.seconds.items():
            summary.seconds[stage] = summary.seconds.get(stage, 0.0) + seconds
        done_items += items

    def commit(extracted: Extracted, items: int) -> None:
        summary.extract_workers[extracted.worker] = summary.extract_workers.get(extracted.worker, 0) + 1
        result = commit_batch(paths, extracted.folder, run_id)
        if result.error:
            raise DeltaStoreError(result.error)  # in the flow, not a task: ingest_flow turns it into one line
        absorb(result, items)

    with _extraction(dask if batches else None) as submit:
        # Extraction runs ahead of the commits by ``ahead`` batches: one with the default runner (the
        # pool already uses every core), one per Dask worker slot otherwise. Commits stay in order.
        ahead = submit.slots
        pending: list[tuple[object, int, int]] = []
        for number, (first, last) in enumerate(batches, start=1):
            pending.append((submit(paths, root, number, first, last, run_id, replay, refresh),
                            last - first + 1, number))
            if len(pending) > ahead:
                future, items, done = pending.pop(0)
                commit(future.result(), items)
                progress.tick(done, done_items, summary)
        for future, items, done in pending:
            commit(future.result(), items)
            progress.tick(done, done_items, summary)
    for feed_name, left in summary.capped.items():
        more = f"{left:,} more new item(s)" if left > 0 else "more items"
        summary.warn([f"{feed_name}: stopped at its max_items cap; {more} left for the next runs "
                      f"(raise max_items in the feeds config to take more per run)"])
