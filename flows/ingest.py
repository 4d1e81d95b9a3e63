"""The ingest flow: feeds -> raw documents -> extracted batches -> lake -> warehouse.

Tasks work on batches (a feed, or up to BATCH_SIZE documents), never on one
article, and take paths and plain values: a task run costs milliseconds and an
API call, and input hashing of large values costs more (NO_CACHE).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from newslake.commit import commit_documents
from newslake.config import FeedConfig, load_config
from newslake.faults import checkpoint
from newslake.lake import known_article_urls, write_tables
from newslake.parallel import extract_documents
from newslake.schema import ENTITY_CATALOG, FETCH_LOG, PIPELINE_RUNS, QUARANTINE
from newslake.sources import (
    Discovery,
    LocalReader,
    Problem,
    discover_local,
    discover_remote,
    fetch_remote_pages,
    read_local_pages,
)
from transforms.pipeline import RawDocument
from transforms.records import ExtractedDocument

BATCH_SIZE = 200


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
    discovered: int = 0
    new: int = 0
    updated: int = 0
    skipped: int = 0
    failed: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    build_ok: bool | None = None
    build_message: str | None = None
    per_feed: dict[str, dict[str, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    fetch_log: list[dict] = field(default_factory=list)

    feeds_ok: int = 0
    feeds_failed: int = 0

    @property
    def state(self) -> str:
        """FAILED only when nothing could be processed: every feed unreadable, or
        every document failed, or the warehouse build failed."""
        if self.build_ok is False:
            return "FAILED"
        if self.feeds_ok == 0 and self.feeds_failed:
            return "FAILED"
        if self.discovered and self.new + self.updated + self.skipped == 0 and self.failed >= self.discovered:
            return "FAILED"
        return "COMPLETED_WITH_WARNINGS" if self.failed or self.warnings else "COMPLETED"


def new_run_id(now: datetime) -> str:
    return f"run-{now:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"


@task(name="discover-feed", cache_policy=NO_CACHE, retries=1, retry_delay_seconds=2)
def discover_feed(paths: RunPaths, feed: FeedConfig, full_refresh: bool, run_id: str,
                  replay: bool = False, only: frozenset[str] | None = None) -> tuple[Discovery, list[RawDocument]]:
    config = load_config(paths.config)
    now = datetime.now(timezone.utc)
    known = set() if full_refresh or replay else known_article_urls(paths.lake)
    if feed.path is not None:
        reader = LocalReader(config)
        found = discover_local(feed, reader, known)
        docs, problems = read_local_pages(feed, reader, found.pages)
    elif replay:
        from newslake.replay import ArchiveFetcher

        fetcher = ArchiveFetcher(paths.raw)
        found = discover_remote(feed, fetcher, known, now)
        docs, problems, _log = fetch_remote_pages(feed, fetcher, found.pages, now)
        found.fetch_log.clear()  # a replay made no requests
    else:
        from newslake.archive import WarcArchive
        from newslake.fetch import Fetcher

        with WarcArchive(paths.raw, run_id) as archive, Fetcher(config.user_agent, paths.state, archive) as fetcher:
            found = discover_remote(feed, fetcher, known, now)
            docs, problems, log = fetch_remote_pages(feed, fetcher, found.pages, now)
        found.fetch_log.extend(log)
    found.problems.extend(problems)
    checkpoint("fetch")
    documents = found.documents + docs
    if only is not None:
        documents = [d for d in documents if (d.url or d.id) in only]
    return found, documents


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_batch(batch: list[RawDocument]) -> tuple[list[ExtractedDocument], list[Problem], list[str]]:
    """Extract a batch over every core; failures become quarantine problems."""
    docs: list[ExtractedDocument] = []
    problems: list[Problem] = []
    warnings: list[str] = []
    by_id = {raw.id: raw for raw in batch}
    for doc, doc_warnings in extract_documents(batch):
        raw = by_id[doc.id]
        if doc.error:
            problems.append(Problem(raw.feed, raw.url or raw.id, "extract", doc.error))
        else:
            docs.append(doc)
        warnings.extend(f"{raw.url or raw.id}: {w}" for w in doc_warnings)
    return docs, problems, warnings


@task(name="commit-batch", cache_policy=NO_CACHE)
def commit_batch(paths: RunPaths, docs: list[ExtractedDocument]):
    return commit_documents(paths.lake, docs)


@task(name="record-run", cache_policy=NO_CACHE)
def record_run(paths: RunPaths, summary: RunSummary, problems: list[Problem], fetch_log: list[dict]) -> None:
    now = datetime.now(timezone.utc)
    tables = {
        "quarantine": pa.Table.from_pylist([
            {"run_id": summary.run_id, "feed": p.feed, "url": p.url, "stage": p.stage,
             "error": p.error, "recorded_at": now} for p in problems], schema=QUARANTINE),
        "fetch_log": pa.Table.from_pylist([{"run_id": summary.run_id, **row} for row in fetch_log], schema=FETCH_LOG),
        "pipeline_runs": pa.Table.from_pylist([{
            "run_id": summary.run_id, "started_at": summary.started_at, "finished_at": now,
            "state": summary.state, "articles_new": summary.new + summary.updated,
            "articles_skipped": summary.skipped, "articles_failed": summary.failed,
            "warnings": summary.warnings[:200]}], schema=PIPELINE_RUNS),
        "entity_catalog": catalog_table(),
    }
    write_tables(paths.lake, tables)


def catalog_table() -> pa.Table:
    from newslake.catalog_io import load_catalog

    rows = [{name: row.get(name) if name not in ("aliases", "adjectives") else list(row.get(name) or [])
             for name in ENTITY_CATALOG.names} for row in load_catalog().rows()]
    return pa.Table.from_pylist(rows, schema=ENTITY_CATALOG)


@task(name="build-warehouse", cache_policy=NO_CACHE)
def build_task(paths: RunPaths):
    from newslake.warehouse import build_warehouse

    return build_warehouse(paths.project, paths.lake, paths.warehouse)


@flow(name="newslake-ingest", flow_run_name="ingest-{run_id}", log_prints=False)
def ingest_flow(paths: RunPaths, run_id: str, full_refresh: bool = False, build: bool = True,
                feeds: list[str] | None = None, replay: bool = False, record: bool = True,
                only: list[str] | None = None) -> RunSummary:
    """One run over the config's feeds.

    ``replay`` reads remote feeds from the raw archive; ``only`` restricts the
    run to these item URLs or ids (retrying quarantined items).
    """
    summary = RunSummary(run_id=run_id, started_at=datetime.now(timezone.utc))
    config = load_config(paths.config)
    selected = [f for f in config.enabled_feeds() if not feeds or f.name in feeds]
    problems: list[Problem] = []
    fetch_log: list[dict] = []
    documents: list[RawDocument] = []
    futures = [(feed, discover_feed.submit(paths, feed, full_refresh or only is not None, run_id, replay,
                                                  frozenset(only) if only is not None else None)) for feed in selected]
    for feed, future in futures:
        found, docs = future.result()
        problems.extend(found.problems)
        fetch_log.extend(found.fetch_log)
        documents.extend(docs)
        summary.skipped += found.skipped
        summary.per_feed[feed.name] = {"documents": len(docs), "problems": len(found.problems)}
        if any(p.url in (feed.url, str(feed.path)) for p in found.problems):
            summary.feeds_failed += 1
        else:
            summary.feeds_ok += 1
    summary.discovered = len(documents)
    extracted: list[ExtractedDocument] = []
    for start in range(0, len(documents), BATCH_SIZE):
        docs, batch_problems, warnings = extract_batch(documents[start:start + BATCH_SIZE])
        extracted.extend(docs)
        problems.extend(batch_problems)
        summary.warnings.extend(warnings)
    checkpoint("extract")
    # One commit for the run: syndication clusters need every new article at once.
    stats = commit_batch(paths, extracted)
    summary.new, summary.updated = stats.new, stats.updated
    summary.skipped += stats.unchanged
    summary.failed = sum(1 for p in problems if p.stage in ("extract", "fetch"))
    summary.rows = stats.rows
    summary.warnings.extend(f"{p.feed}: {p.url or ''}: {p.error}" for p in problems if p.stage == "discover")
    summary.problems = problems
    summary.fetch_log = fetch_log
    if record:
        record_run(paths, summary, problems, fetch_log)
    if build:
        from newslake.warehouse import WarehouseError

        try:
            result = build_task(paths)
            summary.build_ok = bool(result.ok)
            if not result.ok:
                summary.build_message = "warehouse data tests failed; the previous warehouse was kept"
        except WarehouseError as exc:
            summary.build_ok, summary.build_message = False, str(exc)
    summary.finished_at = datetime.now(timezone.utc)
    return summary
