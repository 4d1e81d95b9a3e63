"""Rebuild the article tables from the raw archive: `newslake reprocess`.

The flow runs in replay mode into a fresh lake folder beside the real one;
each contract table's folder, and the lake index that describes them, is then
swapped in whole, so a failed rebuild leaves the old tables as they were.
Operational history (runs, fetch log, quarantine) stays; the rebuild's
quarantine rows are added to it, and the rebuild is recorded as a run of its own.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from datetime import datetime, timezone

from flows.ingest import RunPaths, RunSummary, ingest_flow, new_run_id, record_run
from newslake.lake import read_table, table_files, write_tables
from newslake.lake_index import STATE_DIR
from newslake.schema import CONTRACT_TABLES


def reprocess_lake(paths: RunPaths, build: bool) -> RunSummary:
    """Caller holds the lake lock."""
    fresh = paths.lake.parent / f".lake-reprocess-{os.getpid()}"
    shutil.rmtree(fresh, ignore_errors=True)
    summary = ingest_flow(replace(paths, lake=fresh), new_run_id(datetime.now(timezone.utc)), True, False, None,
                          replay=True, record=False)
    for name in (*CONTRACT_TABLES, STATE_DIR):
        old = paths.lake / f".{name}.old"
        shutil.rmtree(old, ignore_errors=True)
        if (paths.lake / name).exists():
            os.replace(paths.lake / name, old)
        if (fresh / name).exists():
            os.replace(fresh / name, paths.lake / name)
        shutil.rmtree(old, ignore_errors=True)
    if table_files(fresh, "quarantine"):
        write_tables(paths.lake, {"quarantine": read_table(fresh, "quarantine")})
    shutil.rmtree(fresh, ignore_errors=True)
    record_run.fn(paths, summary)
    if build:
        from newslake.warehouse import WarehouseError, build_warehouse

        try:
            summary.build_ok = bool(build_warehouse(paths.project, paths.lake, paths.warehouse).ok)
        except WarehouseError as exc:
            summary.build_ok, summary.build_message = False, str(exc)
    return summary
