"""Rebuild the article tables from the raw archive: `newslake reprocess`.

The flow runs in replay mode into a fresh lake folder beside the real one;
each contract table's folder is then swapped in whole, so a failed rebuild
leaves the old tables as they were. Operational history (runs, fetch log,
quarantine) stays, and the rebuild is recorded as a run of its own.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from datetime import datetime, timezone

from flows.ingest import RunPaths, RunSummary, ingest_flow, new_run_id, record_run
from newslake.schema import CONTRACT_TABLES


def reprocess_lake(paths: RunPaths, build: bool) -> RunSummary:
    """Caller holds the lake lock."""
    fresh = paths.lake.parent / f".lake-reprocess-{os.getpid()}"
    shutil.rmtree(fresh, ignore_errors=True)
    summary = ingest_flow(replace(paths, lake=fresh), new_run_id(datetime.now(timezone.utc)), True, False, None,
                          replay=True, record=False)
    for table in CONTRACT_TABLES:
        old = paths.lake / f".{table}.old"
        shutil.rmtree(old, ignore_errors=True)
        if (paths.lake / table).exists():
            os.replace(paths.lake / table, old)
        if (fresh / table).exists():
            os.replace(fresh / table, paths.lake / table)
        shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(fresh, ignore_errors=True)
    record_run.fn(paths, summary, summary.problems, [])
    if build:
        from newslake.warehouse import WarehouseError, build_warehouse

        try:
            summary.build_ok = bool(build_warehouse(paths.project, paths.lake, paths.warehouse).ok)
        except WarehouseError as exc:
            summary.build_ok, summary.build_message = False, str(exc)
    return summary
