"""The Parquet lake: one file per table partition, replaced atomically.

Layout: ``<lake>/<table>/<partition>/data.parquet``. Contract tables are
partitioned by the article's ``published_date`` (children by their article's),
operational tables by their own day. A write reads the partition, merges the
new rows in (new rows win on the table's key; an article's child rows are
replaced as a set), writes a temporary file and renames it over the old one,
so a reader sees the old or the new partition, never half of one, and a rerun
of the same input never duplicates a row. Children are written before their
articles: a run killed in between leaves articles missing, so the next run
reprocesses them and their children are replaced, not doubled.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from newslake.faults import checkpoint
from newslake.schema import ADDED_COLUMN_DEFAULTS, TABLES, schema_for

DATA_FILE = "data.parquet"
CHILD_TABLES = ("quotes", "entities", "figures")
# Tables whose rows belong to an article and are replaced as a set per article.
REPLACE_BY_ARTICLE = frozenset(CHILD_TABLES)
OWN_DATE_COLUMN = {
    "fetch_log": "fetched_at",
    "quarantine": "recorded_at",
    "pipeline_runs": "started_at",
}
WRITE_ORDER = ("quotes", "entities", "figures", "articles")


class LakeBusy(RuntimeError):
    """Another writer holds the lake."""


LOCK_FILE = ".lock"
# Lock descriptors this process holds; a forked child closes its copies (see
# _close_inherited_locks), so an extraction worker never keeps the lake locked.
_HELD_FDS: set[int] = set()


def _close_inherited_locks() -> None:
    """In a forked child: close the parent's lock descriptors.

    A flock belongs to the open file description, which fork shares: a child
    that kept the descriptor would hold the lake after its parent died.
    Closing (not LOCK_UN, which would unlock the parent too) drops the child's
    reference only. O_CLOEXEC covers exec'd children; this covers bare forks
    (multiprocessing's fork context).
    """
    for fd in list(_HELD_FDS):
        with contextlib.suppress(OSError):
            os.close(fd)
    _HELD_FDS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_inherited_locks)


@contextlib.contextmanager
def lake_lock(lake: Path, *, wait_seconds: float = 0.0, on_wait=None,
              on_notice: Callable[[str], None] | None = None) -> Iterator[None]:
    """Exclusive writer lock; readers never need it (they see whole files).

    ``<lake>/.lock`` is flocked and holds the holder's pid while held (emptied
    on release). A lock whose recorded holder is gone is taken over at once,
    with one line to ``on_notice`` (default: stderr): after a crash the flock
    is already free, and if a dead holder's orphaned children still hold it,
    a fresh lock file is renamed over the old one.
    """
    lake.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_seconds
    announced = False
    while True:
        fd, stale_holder = _try_lock(lake)
        if fd is not None:
            break
        if time.monotonic() >= deadline:
            raise LakeBusy(f"another newslake run is writing to {lake}")
        if on_wait and not announced:
            on_wait()
            announced = True
        time.sleep(0.2)
    try:
        if stale_holder is not None:
            (on_notice or _stderr)(f"newslake: took over the lake lock of pid {stale_holder}, "
                                   f"which is no longer running ({lake / LOCK_FILE})")
        _remove_stale_temporaries(lake)
        yield
    finally:
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)  # released cleanly: no holder to report
        _HELD_FDS.discard(fd)
        os.close(fd)


def _try_lock(lake: Path) -> tuple[int | None, int | None]:
    """One attempt: (the locked descriptor, or None if busy; the dead holder taken over, if any).

    Runs under a brief flock of the lake folder itself, so reading the holder's
    pid, taking the lock and writing our pid are one step for every taker:
    no one can see a half-taken lock and mistake it for a stale one.
    """
    from newslake.procs import alive

    guard = os.open(lake, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    _HELD_FDS.add(guard)
    try:
        fcntl.flock(guard, fcntl.LOCK_EX)
        fd = os.open(lake / LOCK_FILE, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        holder = _read_pid(fd)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            if holder is None or alive(holder):
                return None, None
            # Held, but not by its recorded holder: orphans of a dead run kept the
            # descriptor. Their lock stays on the old inode; ours is a new file.
            fd = _fresh_lock_file(lake)
        _HELD_FDS.add(fd)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        stale = holder if holder is not None and holder != os.getpid() and not alive(holder) else None
        return fd, stale
    finally:
        _HELD_FDS.discard(guard)
        os.close(guard)  # releases the guard


def _read_pid(fd: int) -> int | None:
    text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    return int(text) if text.isdigit() else None


def _fresh_lock_file(lake: Path) -> int:
    tmp = lake / f"{LOCK_FILE}.{os.getpid()}.new"
    fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # nobody else can know this file yet
    os.replace(tmp, lake / LOCK_FILE)
    return fd


def _stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def _remove_stale_temporaries(lake: Path) -> None:
    """Temporary files of a writer that was killed; only called under the lock."""
    for stale in lake.glob("*/*/.*.tmp"):
        stale.unlink(missing_ok=True)


def partition_name(value: date | datetime | None, column: str = "published_date") -> str:
    if value is None:
        return f"{column}=none"
    if isinstance(value, datetime):
        value = value.date()
    return f"{column}={value.isoformat()}"


def table_files(lake: Path, table: str) -> list[Path]:
    return sorted((lake / table).glob(f"*/{DATA_FILE}"))


def read_table(lake: Path, table: str, columns: list[str] | None = None) -> pa.Table:
    """All partitions of a table as one arrow table with the contract's schema."""
    schema = schema_for(table) if table in TABLES else None
    parts = [_read_file(path, schema, columns, table) for path in table_files(lake, table)]
    if not parts:
        if schema is None:
            raise KeyError(f"no table {table!r} in the lake")
        empty = schema.empty_table()
        return empty.select(columns) if columns else empty
    return pa.concat_tables(parts, promote_options="default")


def _read_file(
    path: Path, schema: pa.Schema | None, columns: list[str] | None, table_name: str = ""
) -> pa.Table:
    """One partition file in the contract's schema.

    A file written before a column was added to the contract lacks it; the
    column is filled (null, or its ADDED_COLUMN_DEFAULTS value) so old
    partitions merge with new rows instead of failing the write.
    """
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


def write_tables(
    lake: Path, tables: Mapping[str, pa.Table], replace_children_of: set[str] | None = None
) -> dict[str, int]:
    """Merge each table's rows into the lake; return rows written per table.

    ``replace_children_of``: articles whose quotes, entities and figures are
    replaced as a whole, even where the new extraction found none.
    """
    article_dates: dict[str, date | None] = {}
    if "articles" in tables:
        arts = tables["articles"]
        article_dates = dict(zip(arts["article_id"].to_pylist(), arts["published_date"].to_pylist()))
    counts: dict[str, int] = {}
    order = [t for t in WRITE_ORDER if t in tables] + [t for t in tables if t not in WRITE_ORDER]
    for table in order:
        if table == "articles":
            checkpoint("lake-commit")  # children written, articles not yet: the next run redoes them
        rows = _conform(tables[table], table)
        counts[table] = rows.num_rows
        replace = set(replace_children_of or ()) if table in REPLACE_BY_ARTICLE else set()
        _write_table(lake, table, rows, article_dates, replace)
    return counts


def _conform(rows: pa.Table, table: str) -> pa.Table:
    if table not in TABLES:
        return rows
    schema = schema_for(table)
    missing = [n for n in schema.names if n not in rows.column_names]
    if missing:
        raise ValueError(f"{table}: rows lack contract columns {missing}")
    return rows.select(schema.names).cast(schema)


def _partition_keys(rows: pa.Table, table: str, article_dates: Mapping[str, date | None], lake: Path) -> list[str]:
    if table == "articles":
        return [partition_name(v) for v in rows["published_date"].to_pylist()]
    if table in REPLACE_BY_ARTICLE:
        known = dict(article_dates)
        unknown = {a for a in rows["article_id"].to_pylist() if a not in known}
        if unknown:
            known.update(_existing_article_dates(lake, unknown))
        return [partition_name(known.get(a)) for a in rows["article_id"].to_pylist()]
    if table in OWN_DATE_COLUMN:
        column = OWN_DATE_COLUMN[table]
        return [partition_name(v, "date") for v in rows[column].to_pylist()]
    return ["part=all"] * rows.num_rows


def _existing_article_dates(lake: Path, ids: set[str]) -> dict[str, date | None]:
    arts = read_table(lake, "articles", ["article_id", "published_date"])
    return {a: d for a, d in zip(arts["article_id"].to_pylist(), arts["published_date"].to_pylist()) if a in ids}


def _write_table(
    lake: Path, table: str, rows: pa.Table, article_dates: Mapping[str, date | None], replace: set[str]
) -> None:
    keys = _partition_keys(rows, table, article_dates, lake) if rows.num_rows else []
    by_partition: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        by_partition.setdefault(key, []).append(index)
    # Rows of these articles elsewhere (a changed date, or children of a
    # re-extracted article that now has none) are removed.
    owned = replace | (set(rows["article_id"].to_pylist()) if "article_id" in rows.column_names and (
        table == "articles" or table in REPLACE_BY_ARTICLE) else set())
    for existing in table_files(lake, table):
        if existing.parent.name not in by_partition and owned:
            _remove_articles(existing, owned, table)
    for partition, indices in sorted(by_partition.items()):
        _merge_partition(lake / table / partition, table, rows.take(indices), replace)


def _remove_articles(path: Path, ids: set[str], table: str) -> None:
    current = _read_file(path, schema_for(table) if table in TABLES else None, None, table)
    keep = pc.invert(pc.is_in(current["article_id"], pa.array(sorted(ids), pa.string())))
    if pc.all(keep).as_py():
        return
    _atomic_write(path, current.filter(keep))


def _merge_partition(directory: Path, table: str, new: pa.Table, replace: set[str]) -> None:
    path = directory / DATA_FILE
    if path.exists():
        old = _read_file(path, schema_for(table) if table in TABLES else None, None, table)
        if table in REPLACE_BY_ARTICLE:
            replaced = pa.array(sorted(replace | set(new["article_id"].to_pylist())), pa.string())
            old = old.filter(pc.invert(pc.is_in(old["article_id"], replaced)))
        merged = pa.concat_tables([old, new], promote_options="default")
    else:
        merged = new
    merged = _dedupe_sorted(merged, TABLES[table][1] if table in TABLES else tuple(merged.column_names[:1]))
    _atomic_write(path, merged)


def _dedupe_sorted(table: pa.Table, key: tuple[str, ...]) -> pa.Table:
    """Keep the last row per key (later rows are newer) and sort by the key."""
    columns = [table[k].to_pylist() for k in key]
    last: dict[tuple, int] = {}
    for index, values in enumerate(zip(*columns)):
        last[values] = index
    order = sorted(last, key=lambda k: tuple("" if v is None else str(v) for v in k))
    return table.take([last[k] for k in order])


def _atomic_write(path: Path, table: pa.Table) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        pq.write_table(table, tmp, compression="zstd")
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        checkpoint("lake-write")  # a kill here leaves a stray temporary file, never a torn partition
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    finally:
        tmp.unlink(missing_ok=True)


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def known_article_urls(lake: Path) -> set[str]:
    """URLs (fetched and canonical) already in the lake: skipped on the next run."""
    arts = read_table(lake, "articles", ["url", "canonical_url"])
    urls = set(arts["url"].drop_null().to_pylist()) | set(arts["canonical_url"].drop_null().to_pylist())
    return urls
