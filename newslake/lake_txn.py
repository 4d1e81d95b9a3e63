"""Atomic multi-file commits to the Parquet lake, journaled in the lake index.

A ``LakeTransaction`` collects what one batch changes: rows to append to a
partition, articles whose rows to drop or relabel (only the files of the
partitions that hold them are read and rewritten), and the index updates
that go with them. ``commit()`` then

1. writes every new file as a hidden temporary file beside its final name
   and fsyncs it (a kill here leaves stray temporaries, removed by the next
   writer; the lake is unchanged);
2. in one SQLite transaction of the lake index, applies the index updates and
   records the commit (the files to rename into place and to remove): this
   is the commit point;
3. renames the new files into place, removes the replaced ones, fsyncs the
   folders and forgets the journal entry.

A writer killed after step 2 leaves a journal entry that ``recover`` (called
whenever the lake lock is taken) rolls forward, so every commit is all or
nothing for the next writer, and the index always describes the files. A
reader that globs the files while step 3 runs may see the new files before
the replaced ones are gone (for milliseconds); each file is always whole.

A Delta lake (``newslake run --lake-format delta``) is written by
``newslake.delta_store`` instead; ``recover`` then also replays its journal.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from newslake.faults import checkpoint
from newslake.lake_index import LakeIndex, index_path
from newslake.schema import ADDED_COLUMN_DEFAULTS, TABLES, schema_for

PART_GLOB = "*.parquet"


def new_file_name() -> str:
    """``part-<ns since epoch, hex>-<random>.parquet``: later files sort later."""
    return f"part-{time.time_ns():016x}-{uuid.uuid4().hex[:6]}.parquet"


def partition_files(directory: Path) -> list[Path]:
    return sorted(directory.glob(PART_GLOB))


def read_file(path: Path, table_name: str, columns: list[str] | None = None) -> pa.Table:
    """One lake file in the contract's schema.

    A file written before a column was added to the contract lacks it; the
    column is filled (null, or its ADDED_COLUMN_DEFAULTS value) so old files
    merge with new rows instead of failing the write.
    """
    schema = schema_for(table_name) if table_name in TABLES else None
    if schema is None:
        return pq.read_table(path, columns=columns)
    present = set(pq.read_schema(path).names)
    wanted = columns if columns is not None else schema.names
    table = pq.read_table(path, columns=[n for n in wanted if n in present])
    for name in wanted:
        if name in present or name not in schema.names:
            continue
        field = schema.field(name)
        default = ADDED_COLUMN_DEFAULTS.get((table_name, name))
        if default is None and not field.nullable:
            raise ValueError(f"{path}: column {name!r} is missing and has no default in the contract")
        table = table.append_column(field, pa.array([default] * table.num_rows, field.type))
    target = pa.schema([schema.field(n) for n in wanted if n in schema.names])
    return table.select(target.names).cast(target)


def conform(rows: pa.Table, table: str) -> pa.Table:
    if table not in TABLES:
        return rows
    schema = schema_for(table)
    missing = [n for n in schema.names if n not in rows.column_names]
    if missing:
        raise ValueError(f"{table}: rows lack contract columns {missing}")
    return rows.select(schema.names).cast(schema)


def key_of(table: str, rows: pa.Table) -> tuple[str, ...]:
    return TABLES[table][1] if table in TABLES else tuple(rows.column_names[:1])


def dedupe_sorted(rows: pa.Table, key: tuple[str, ...]) -> pa.Table:
    """Keep the last row per key (later rows are newer) and sort by the key."""
    if rows.num_rows <= 1:
        return rows
    marked = rows.select(list(key)).append_column("__row", pa.array(range(rows.num_rows), pa.int64()))
    last = marked.group_by(list(key), use_threads=False).aggregate([("__row", "max")])["__row_max"]
    return rows.take(last).sort_by([(k, "ascending") for k in key])


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class LakeTransaction:
    """One batch's changes to the lake and its index, committed all or nothing."""

    def __init__(self, lake: Path, index: LakeIndex) -> None:
        self.lake = Path(lake)
        self.index = index
        self.commit_id = f"{time.time_ns():016x}-{uuid.uuid4().hex[:8]}"
        self._appends: dict[tuple[str, str], list[pa.Table]] = {}
        self._drops: dict[tuple[str, str], set[str]] = {}
        self._relabels: dict[str, dict[str, str]] = {}  # articles partition -> article_id -> cluster_id
        self._merge: dict[tuple[str, str], set[str] | None] = {}  # None: every file
        self._index_ops: list[Callable[[sqlite3.Connection], None]] = []
        self.rows: dict[str, int] = {}
        self.touched: set[tuple[str, str]] = set()  # (table, partition) that got a new file

    # ------------------------------------------------------------ planning
    def append(self, table: str, partition: str, rows: pa.Table) -> None:
        if rows.num_rows:
            self._appends.setdefault((table, partition), []).append(rows)

    def drop(self, table: str, partition: str, article_ids: Iterable[str]) -> None:
        ids = set(article_ids)
        if ids:
            self._drops.setdefault((table, partition), set()).update(ids)

    def relabel(self, partition: str, clusters: dict[str, str]) -> None:
        if clusters:
            self._relabels.setdefault(partition, {}).update(clusters)

    def merge_partition(self, table: str, partition: str, files: Iterable[str] | None = None) -> None:
        """Rewrite the partition's files (or these file names of it) and any appended rows as one file,
        deduplicated by key (later files win)."""
        self._merge[(table, partition)] = None if files is None else set(files)

    def on_index(self, op: Callable[[sqlite3.Connection], None]) -> None:
        self._index_ops.append(op)

    @property
    def empty(self) -> bool:
        return not (self._appends or self._drops or self._relabels or self._merge or self._index_ops)

    # ------------------------------------------------------------- commit
    def commit(self) -> dict[str, int]:
        adds: list[tuple[str, str]] = []
        removes: list[str] = []
        try:
            self._stage(adds, removes)
            if adds:
                checkpoint("lake-write")  # a kill here leaves stray temporaries, never a torn file
            written = {final: os.stat(self.lake / tmp) for tmp, final in adds}
            articles_added = {final: st.st_size for final, st in written.items() if final.startswith("articles/")}
            with self.index.transaction() as con:
                for op in self._index_ops:
                    op(con)
                LakeIndex.change_files(con, articles_added, [r for r in removes if r.startswith("articles/")])
                LakeIndex.change_verified(con, {f: (st.st_size, st.st_mtime_ns) for f, st in written.items()}, removes)
                LakeIndex.record_commit(con, self.commit_id, adds, removes)
        except BaseException:
            for tmp, _final in adds:
                with contextlib.suppress(OSError):
                    (self.lake / tmp).unlink()
            raise
        checkpoint("lake-commit")  # committed, not yet in place: the next writer rolls it forward
        apply_commit(self.lake, adds, removes)
        self.index.forget_commit(self.commit_id)
        return self.rows

    def _stage(self, adds: list[tuple[str, str]], removes: list[str]) -> None:
        keys = set(self._appends) | set(self._drops) | set(self._merge)
        keys |= {("articles", p) for p in self._relabels}
        for table, partition in sorted(keys):
            directory = self.lake / table / partition
            drops = self._drops.get((table, partition), set())
            relabels = self._relabels.get(partition, {}) if table == "articles" else {}
            merge = (table, partition) in self._merge
            merge_only = self._merge.get((table, partition))
            pieces: list[pa.Table] = []
            touched = set(drops) | set(relabels)
            existing = partition_files(directory) if (merge or touched) and directory.exists() else []
            wanted = pa.array(sorted(touched), pa.string())
            for path in existing:
                if not (merge and (merge_only is None or path.name in merge_only)):
                    if not touched:
                        continue
                    ids = pq.read_table(path, columns=["article_id"])["article_id"]
                    if not pc.any(pc.is_in(ids, wanted)).as_py():
                        continue
                old = read_file(path, table)
                if drops:
                    old = old.filter(pc.invert(pc.is_in(old["article_id"], pa.array(sorted(drops), pa.string()))))
                if relabels:
                    clusters = [relabels.get(a, c) for a, c in zip(old["article_id"].to_pylist(),
                                                                  old["cluster_id"].to_pylist())]
                    old = old.set_column(old.schema.get_field_index("cluster_id"), "cluster_id",
                                         pa.array(clusters, pa.string()))
                pieces.append(old)
                removes.append(path.relative_to(self.lake).as_posix())
            appended = [conform(rows, table) for rows in self._appends.get((table, partition), [])]
            self.rows[table] = self.rows.get(table, 0) + sum(r.num_rows for r in appended)
            merged = pieces + appended
            if not merged or sum(t.num_rows for t in merged) == 0:
                continue
            out = pa.concat_tables(merged, promote_options="default") if len(merged) > 1 else merged[0]
            out = dedupe_sorted(conform(out, table), key_of(table, out))
            final = directory / new_file_name()
            tmp = final.with_name(f".{final.name}.{os.getpid()}.tmp")
            directory.mkdir(parents=True, exist_ok=True)
            pq.write_table(out, tmp, compression="zstd")
            with open(tmp, "rb") as handle:
                os.fsync(handle.fileno())
            adds.append((tmp.relative_to(self.lake).as_posix(), final.relative_to(self.lake).as_posix()))
            self.touched.add((table, partition))


def apply_commit(lake: Path, adds: list[tuple[str, str]] | list[list[str]], removes: list[str]) -> None:
    """Rename the new files into place and remove the replaced ones; idempotent (recovery reruns it)."""
    folders: set[Path] = set()
    for tmp, final in adds:
        source, target = lake / tmp, lake / final
        if source.exists():
            os.replace(source, target)
        folders.add(target.parent)
    for removed in removes:
        path = lake / removed
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        folders.add(path.parent)
    for folder in folders:
        if folder.exists():
            _fsync_dir(folder)


def recover(lake: Path) -> int:
    """Under the lock: roll forward commits a killed writer left, then drop its stray temporaries."""
    rolled = 0
    if index_path(lake).exists():
        from newslake.lake_index import open_index

        with contextlib.closing(open_index(lake)) as index:
            for commit_id, adds, removes in index.pending_commits():
                apply_commit(lake, adds, removes)
                index.forget_commit(commit_id)
                rolled += 1
    for stale in lake.glob("*/*/.*.tmp"):
        stale.unlink(missing_ok=True)
    from newslake import delta_store

    if delta_store.is_delta_lake(lake):
        # A Delta lake: batches a killed writer journaled but did not finish go in first, before
        # anything (the lake index check, discovery) looks at the tables.
        rolled += delta_store.recover(lake)
    return rolled
