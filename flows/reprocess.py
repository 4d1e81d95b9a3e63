"""Rebuild the article tables from the raw archive: `newslake reprocess`.

The flow runs in replay mode into a fresh lake folder beside the real one, in
the real lake's format. The contract tables are then replaced whole, so a
failed rebuild leaves the old tables as they were:

* Parquet: each contract table's folder, and the lake index that describes
  them, is swapped in;
* Delta: the tables get the fresh lake's rows in one journaled batch of
  overwrite commits (``delta_store.replace_tables``: a new version per table,
  the old versions still readable), then the fresh lake's index, stamped with
  the ``articles`` version it now describes, replaces the old one.

Operational history (runs, fetch log, quarantine) stays; the rebuild's
quarantine rows are added to it, and the rebuild is recorded as a run of its own.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from flows.ingest import RunPaths, RunSummary, ingest_flow, new_run_id, record_run
from newslake.delta_store import is_delta_lake
from newslake.lake import has_table, read_table, write_tables
from newslake.lake_index import INDEX_FILE, STATE_DIR
from newslake.schema import CONTRACT_TABLES


def reprocess_lake(paths: RunPaths, build: bool) -> RunSummary:
    """Caller holds the lake lock."""
    delta = is_delta_lake(paths.lake)
    fresh = paths.lake.parent / f".{paths.lake.name}-reprocess-{os.getpid()}"
    shutil.rmtree(fresh, ignore_errors=True)
    if delta:
        from newslake.delta_store import mark_lake_format

        mark_lake_format(fresh, "delta")  # the fresh lake is written as Delta tables too
    summary = ingest_flow(replace(paths, lake=fresh), new_run_id(datetime.now(timezone.utc)), True, False, None,
                          replay=True, record=False)
    if summary.lake_error:  # the rebuild did not finish: the lake keeps its tables
        shutil.rmtree(fresh, ignore_errors=True)
        return summary
    (_swap_in_delta if delta else _swap_in_parquet)(fresh, paths.lake)
    if has_table(fresh, "quarantine"):
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


def _swap_in_parquet(fresh: Path, lake: Path) -> None:
    """Each contract table's folder and the index folder, replaced by the fresh lake's."""
    for name in (*CONTRACT_TABLES, STATE_DIR):
        old = lake / f".{name}.old"
        shutil.rmtree(old, ignore_errors=True)
        if (lake / name).exists():
            os.replace(lake / name, old)
        if (fresh / name).exists():
            os.replace(fresh / name, lake / name)
        shutil.rmtree(old, ignore_errors=True)


def _swap_in_delta(fresh: Path, lake: Path) -> None:
    """The fresh rows committed over the lake's contract tables, then the fresh index moved in.

    The index file is swapped rather than rebuilt because it also holds the
    source index of the replay (what the next run may skip); stamped with the
    real ``articles`` version, the next run takes it as current. A writer killed
    before the swap leaves the old index, which names an older version and is
    rebuilt from the table by the next run (``lake.ensure_index``).
    """
    from newslake import delta_store
    from newslake.lake import DELTA_INDEX_KEY, delta_articles_version
    from newslake.lake_index import LakeIndex, index_path, open_index

    delta_store.replace_tables(lake, fresh, CONTRACT_TABLES)
    with contextlib.closing(open_index(fresh)) as index, index.transaction() as con:
        LakeIndex.set_meta(con, DELTA_INDEX_KEY, str(delta_articles_version(lake)))
    target = index_path(lake)
    for suffix in ("-wal", "-shm"):  # the old file's write-ahead log must not meet the new file
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    os.replace(fresh / STATE_DIR / INDEX_FILE, target)
