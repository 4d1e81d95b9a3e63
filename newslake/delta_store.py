"""The lake as Delta Lake tables (delta-rs, the ``deltalake`` package).

Each lake table is one Delta table at ``<lake uri>/<table>``: a local path or
an object store URL (``s3://bucket/prefix``, storage options from
``storage_options()``). The schemas are newslake.schema's; ``articles`` is
partitioned by ``published_date`` (a real column, so readers prune on it);
``quotes``/``entities``/``figures`` are partitioned by their article's
``published_date`` too, as the Parquet lake's folders are (a Delta partition
column lives in the log and the folder names, not in the data files, so the
files hold exactly the contract's columns; ``read_table`` returns those).
Child tables created unpartitioned (by an older ``migrate-lake``) keep
working, without pruning. The operational tables are not partitioned.

A batch (``commit_batch``) changes several tables. Delta commits one table at
a time, so the batch is made atomic for the next writer the way Delta's own
idempotent writers do it: every table's commit of batch ``n`` carries the
application transaction ``(newslake, n)``. Before the first table is touched
the batch is written to a journal folder (local, fsynced; the commit point of
the batch); ``recover`` replays journaled batches and skips each table whose
``transaction_version("newslake")`` already is ``n``. So a writer killed
between two tables' commits leaves a batch that the next writer completes,
and each operation is a MERGE by key, so replaying never doubles a row.

Per table, one Delta commit per batch:

* ``articles``: MERGE by ``article_id`` (update all columns, insert new) and,
  in the same MERGE, relabelled syndication clusters of other articles;
* ``quotes``/``entities``/``figures``: the replaced articles' child rows are
  swapped as a set in one MERGE: the source is the new rows plus a
  tombstone for each old key that is not among them (read first, from the
  batch's partitions only), and the predicate names the batch's partition
  values, so only those partitions' files are scanned and rewritten (delta-rs
  scans every file for a ``WHEN NOT MATCHED BY SOURCE`` clause, which is why
  there is none); unpartitioned child tables use ``WHEN NOT MATCHED BY SOURCE
  AND article_id IN (...) THEN DELETE``;
* operational tables: MERGE by key, insert only (a rerun adds nothing).

A commit that loses against another writer (``CommitFailedError``) is
retried on a fresh snapshot; if it still fails, ``DeltaStoreError`` says so in
one line, the table stays at its last committed version and the batch stays
in the journal for the next run.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from newslake.faults import checkpoint
from newslake.schema import TABLES, schema_for

CHILD_TABLES = ("quotes", "entities", "figures")
DATE_COLUMN = "published_date"
HIVE_NULL = "__HIVE_DEFAULT_PARTITION__"
FORMAT_MARKER = Path("_state") / "lake_format"

APP_ID = "newslake"
ATTEMPTS = 3
# Fault points (newslake.faults) for the kill tests of tests/test_delta_store.py.
PAUSE_TABLE = "delta-table-commit"
PAUSE_JOURNAL = "delta-journal"
STORAGE_ENV_PREFIX = "NEWSLAKE_S3_"
# Fail fast on a broken object store: object_store's own default retries for minutes.
DEFAULT_STORAGE = {"max_retries": "2", "retry_timeout": "10s", "timeout": "30s", "connect_timeout": "5s"}


class DeltaStoreError(RuntimeError):
    """A Delta write or read failed; the message is one line, fit for a user."""


@dataclass
class TableChange:
    """What one batch does to one table (see the module docstring)."""

    upserts: pa.Table | None = None
    replace_articles: set[str] = field(default_factory=set)  # child tables: their old rows go
    relabel: dict[str, str] = field(default_factory=dict)  # articles: article_id -> cluster_id
    # Child tables: the partition values (published_date, None for undated) the batch touches, new
    # rows' and replaced rows' alike; filled in by ``commit_batch``. None: unknown, no pruning.
    partitions: set[date | None] | None = None
    # The table's rows become exactly ``upserts`` (`newslake reprocess`): one overwrite commit, a new
    # version (older ones stay readable), idempotent on replay like the MERGEs.
    overwrite: bool = False


# ------------------------------------------------------------------ where
def is_remote(uri: str | Path) -> bool:
    return "://" in str(uri) and not str(uri).startswith("file://")


def table_uri(lake: str | Path, table: str) -> str:
    return f"{str(lake).rstrip('/')}/{table}"


def storage_options(lake: str | Path, extra: Mapping[str, str] | None = None) -> dict[str, str] | None:
    """Storage options for an object store lake: AWS_* from the environment (as delta-rs reads them),
    ``NEWSLAKE_S3_<OPTION>`` overrides, then ``extra``. None for a local lake."""
    if not is_remote(lake):
        return None
    options = dict(DEFAULT_STORAGE)
    for key in ("AWS_ENDPOINT_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_REGION",
                "AWS_SESSION_TOKEN", "AWS_ALLOW_HTTP", "AWS_S3_ALLOW_UNSAFE_RENAME", "AWS_CONDITIONAL_PUT"):
        if os.environ.get(key):
            options[key.lower()] = os.environ[key]
    for key, value in os.environ.items():
        if key.startswith(STORAGE_ENV_PREFIX):
            options[key[len(STORAGE_ENV_PREFIX):].lower()] = value
    options.update(extra or {})
    # S3 has no atomic rename: concurrent writers need conditional PUT (S3, MinIO, moto support it).
    options.setdefault("conditional_put", "etag")
    return options


def partition_by(table: str) -> list[str] | None:
    if table in CHILD_TABLES:
        return [DATE_COLUMN]
    column = TABLES[table][2] if table in TABLES else None
    return [column] if column else None


def delta_schema(table: str) -> pa.Schema:
    """The Delta table's schema: the contract's, plus the partition column of a child table
    (its article's date, which the contract keeps in the Parquet lake's folder names)."""
    schema = schema_for(table)
    if table in CHILD_TABLES and DATE_COLUMN not in schema.names:
        schema = schema.append(pa.field(DATE_COLUMN, pa.date32()))
    return schema


def is_delta_lake(lake: str | Path) -> bool:
    """Whether ``lake`` is (or is meant to be) a Delta lake: a remote URL, a folder a delta run
    marked (``_state/lake_format``), or one holding a Delta table. The mark matters for a new
    lake, which has no table yet but must never get Parquet files."""
    if is_remote(lake):
        return True
    lake = Path(lake)
    marker = lake / FORMAT_MARKER
    if marker.is_file():
        return marker.read_text(encoding="utf-8").strip() == "delta"
    return any((lake / t / "_delta_log").is_dir() for t in ("articles", *CHILD_TABLES, "pipeline_runs"))


def mark_lake_format(lake: Path, lake_format: str) -> None:
    """Record the lake's format in ``_state/lake_format`` (written once, before the first commit)."""
    marker = Path(lake) / FORMAT_MARKER
    if marker.is_file() and marker.read_text(encoding="utf-8").strip() == lake_format:
        return
    marker.parent.mkdir(parents=True, exist_ok=True)
    tmp = marker.with_name(f".{marker.name}.{os.getpid()}.tmp")
    tmp.write_text(lake_format + "\n", encoding="utf-8")
    os.replace(tmp, marker)


def date_of_partition(partition: str) -> date | None:
    """``published_date=2024-11-05`` (the lake index's, or a Delta folder name) -> the date;
    ``none`` or Delta's null folder -> None."""
    value = partition.split("=", 1)[-1]
    return None if value in ("none", HIVE_NULL, "") else date.fromisoformat(value)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]


# ---------------------------------------------------------------- opening
def open_table(lake: str | Path, table: str, options: Mapping[str, str] | None = None, *, create: bool = False):
    """The table's DeltaTable; with ``create``, an empty table with the contract schema if there is none."""
    from deltalake import DeltaTable
    from deltalake.exceptions import TableNotFoundError

    uri = table_uri(lake, table)
    opts = dict(options) if options is not None else storage_options(lake)
    try:
        return DeltaTable(uri, storage_options=opts)
    except TableNotFoundError:
        if not create:
            raise
    except Exception as exc:  # noqa: BLE001 - object store errors come as several types
        raise DeltaStoreError(f"newslake: cannot open Delta table {uri}: {_one_line(exc)}") from exc
    try:
        return DeltaTable.create(uri, schema=delta_schema(table), partition_by=partition_by(table),
                                 storage_options=opts, mode="ignore")
    except Exception as exc:  # noqa: BLE001
        raise DeltaStoreError(f"newslake: cannot create Delta table {uri}: {_one_line(exc)}") from exc


def exists(lake: str | Path, table: str, options: Mapping[str, str] | None = None) -> bool:
    try:
        open_table(lake, table, options)
        return True
    except Exception:  # noqa: BLE001 - no table, or an unreachable store: not known to exist
        return False


# ----------------------------------------------------------------- reading
def plain_strings(table: pa.Table) -> pa.Table:
    """Cast string_view/binary_view columns (delta-rs readers return them) to string/binary:
    DuckDB filters and older pyarrow kernels reject the view types."""

    def fix(t: pa.DataType) -> pa.DataType:
        if t == pa.string_view():
            return pa.string()
        if t == pa.binary_view():
            return pa.binary()
        if pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_list_view(t):
            return pa.list_(fix(t.value_type))
        return t

    target = pa.schema([f.with_type(fix(f.type)) for f in table.schema])
    return table if target == table.schema else table.cast(target)


def read_table(lake: str | Path, table: str, columns: list[str] | None = None, *, version: int | None = None,
               options: Mapping[str, str] | None = None) -> pa.Table:
    """A table (at ``version``, default the latest) in the contract's schema; empty if it does not exist."""
    from deltalake.exceptions import TableNotFoundError

    schema = schema_for(table)
    try:
        dt = open_table(lake, table, options)
    except TableNotFoundError:
        empty = schema.empty_table()
        return empty.select(columns) if columns else empty
    if version is not None:
        dt.load_as_version(version)
    try:
        data = plain_strings(dt.to_pyarrow_dataset().to_table(columns=columns))
    except Exception as exc:  # noqa: BLE001 - a corrupt or missing data file, a failing store
        raise DeltaStoreError(f"newslake: cannot read {table_uri(lake, table)} at version {dt.version()}: "
                              f"{_one_line(exc)}") from exc
    wanted = pa.schema([schema.field(n) for n in (columns or schema.names)])
    return data.select(wanted.names).cast(wanted)


def versions(lake: str | Path, tables: Iterable[str], options: Mapping[str, str] | None = None) -> dict[str, int | None]:
    """The current version of each table (None: no such table)."""
    from deltalake.exceptions import TableNotFoundError

    found: dict[str, int | None] = {}
    for table in tables:
        try:
            found[table] = open_table(lake, table, options).version()
        except TableNotFoundError:
            found[table] = None
    return found


# ----------------------------------------------------------------- writing
def _q(name: str) -> str:
    return f'"{name}"'


def _key_predicate(table: str) -> str:
    """Key equality; a nullable key column (quarantine.url) compares null-safely, or a rerun
    would insert its rows again."""
    schema = schema_for(table)
    return " AND ".join(f"(t.{_q(k)} IS NOT DISTINCT FROM s.{_q(k)})" if schema.field(k).nullable
                        else f"(t.{_q(k)} = s.{_q(k)})" for k in TABLES[table][1])


def _in_list(values: Iterable[str]) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in sorted(values))


def _dedupe(rows: pa.Table, key: tuple[str, ...]) -> pa.Table:
    """The last row per key: a MERGE source must not match one target row twice."""
    if rows.num_rows <= 1:
        return rows
    marked = rows.select(list(key)).append_column("__row", pa.array(range(rows.num_rows), pa.int64()))
    last = marked.group_by(list(key), use_threads=False).aggregate([("__row", "max")])["__row_max"]
    return rows.take(sorted(last.to_pylist()))


def _conform(rows: pa.Table, table: str) -> pa.Table:
    """Rows in the Delta schema, one per key; a child table's rows without their article's date get
    null (``commit_batch`` fills it in before this)."""
    schema = delta_schema(table)
    if table in CHILD_TABLES and DATE_COLUMN not in rows.column_names:
        rows = rows.append_column(pa.field(DATE_COLUMN, pa.date32()), pa.nulls(rows.num_rows, pa.date32()))
    return _dedupe(rows.select(schema.names).cast(schema), TABLES[table][1])


def _partitioned(dt) -> bool:
    return DATE_COLUMN in (dt.metadata().partition_columns or [])


def _date_filter(alias: str, dates: Iterable[date | None]) -> str:
    """``<alias>.published_date IN (...)`` (``OR ... IS NULL`` for undated): a predicate on the
    partition column, so delta-rs skips the other partitions' files."""
    values = sorted({d for d in dates if d is not None})
    parts = [f"{alias}.{_q(DATE_COLUMN)} IN ({_in_list(v.isoformat() for v in values)})"] if values else []
    if None in set(dates):
        parts.append(f"{alias}.{_q(DATE_COLUMN)} IS NULL")
    return "(" + " OR ".join(parts) + ")" if parts else "FALSE"


def _old_keys(dt, table: str, articles: set[str], dates: set[date | None]) -> pa.Table:
    """Key columns (and date) of the rows these articles have in these partitions: a pruned scan."""
    import pyarrow.dataset as pads

    key = list(TABLES[table][1])
    dataset = dt.to_pyarrow_dataset()
    values = [d for d in dates if d is not None]
    where = pads.field(DATE_COLUMN).isin(pa.array(values, pa.date32())) if values else None
    if None in dates:
        nulls = pads.field(DATE_COLUMN).is_null()
        where = nulls if where is None else (where | nulls)
    columns = list(dict.fromkeys(["article_id", *key, DATE_COLUMN]))
    # The partition filter prunes files; the article filter runs after the string_view cast
    # (pyarrow's dataset filters reject string_view against a string literal).
    found = plain_strings(dataset.to_table(columns=columns, filter=where))
    found = found.filter(pc.is_in(found["article_id"], pa.array(sorted(articles), pa.string())))
    return found.select(list(dict.fromkeys([*key, DATE_COLUMN])))


def _apply(dt, table: str, change: TableChange, batch: int, commit_id: str) -> None:
    """One Delta commit for ``change``, tagged with the app transaction (newslake, batch)."""
    from deltalake import CommitProperties, Transaction

    props = CommitProperties(app_transactions=[Transaction(APP_ID, batch)],
                             custom_metadata={"newslake.commit": commit_id, "newslake.batch": str(batch)})
    schema = schema_for(table)
    rows = _conform(change.upserts, table) if change.upserts is not None else schema.empty_table()
    columns = {c: f"s.{_q(c)}" for c in schema.names}
    if change.overwrite:
        _overwrite(dt, table, rows, props)
        return
    if table == "articles" and change.replace_articles and rows.num_rows == 0:
        # ``drop_articles``: the articles go (their child rows went in this batch's other commits)
        dt.delete(f"article_id IN ({_in_list(change.replace_articles)})", commit_properties=props)
        return
    if table == "articles":
        relabel = {a: c for a, c in change.relabel.items() if a not in set(rows["article_id"].to_pylist())}
        source = rows.append_column("__op", pa.array(["upsert"] * rows.num_rows, pa.string()))
        if relabel:
            loose = pa.schema([f.with_nullable(True) for f in schema]).append(pa.field("__op", pa.string()))
            extra = pa.table({"article_id": list(relabel), "cluster_id": list(relabel.values()),
                              "__op": ["relabel"] * len(relabel)})
            source = pa.concat_tables([source.cast(loose), extra], promote_options="default").cast(loose)
        if source.num_rows == 0:
            _empty_commit(dt, props)
            return
        (dt.merge(source, _key_predicate(table), source_alias="s", target_alias="t", commit_properties=props)
           .when_matched_update(columns, predicate="s.__op = 'upsert'")
           .when_matched_update({"cluster_id": "s.cluster_id"}, predicate="s.__op = 'relabel'")
           .when_not_matched_insert(columns, predicate="s.__op = 'upsert'")
           .execute())
        return
    replaced = set(change.replace_articles)
    if table in CHILD_TABLES and _partitioned(dt) and change.partitions is not None:
        _swap_children(dt, table, rows, replaced, change.partitions, props)
        return
    if table in CHILD_TABLES and not _partitioned(dt):
        rows = rows.drop_columns([DATE_COLUMN])
    if rows.num_rows == 0 and not replaced:
        _empty_commit(dt, props)
        return
    if rows.num_rows == 0:
        dt.delete(f"article_id IN ({_in_list(replaced)})", commit_properties=props)
        return
    merger = dt.merge(rows, _key_predicate(table), source_alias="s", target_alias="t", commit_properties=props)
    if table in CHILD_TABLES:
        merger = merger.when_matched_update_all().when_not_matched_insert_all()
        if replaced:
            merger = merger.when_not_matched_by_source_delete(f"t.article_id IN ({_in_list(replaced)})")
    elif table == "entity_catalog":
        merger = (merger.when_matched_update_all().when_not_matched_insert_all()
                  .when_not_matched_by_source_delete())
    else:
        merger = merger.when_not_matched_insert_all()
    merger.execute()


def _swap_children(dt, table: str, rows: pa.Table, replaced: set[str], dates: set[date | None], props) -> None:
    """Replace the child rows of ``replaced`` with ``rows`` in one MERGE confined to ``dates``'
    partitions (see the module docstring): tombstones for old keys not in ``rows``, then
    delete-on-match, update-on-match, insert-when-new, with the partition values in the predicate."""
    key = list(TABLES[table][1])
    touched = set(dates) | set(rows[DATE_COLUMN].to_pylist())
    old = _old_keys(dt, table, replaced, touched) if replaced and touched else None
    source = rows.append_column("__op", pa.array(["upsert"] * rows.num_rows, pa.string()))
    if old is not None and old.num_rows:
        new_keys = set(zip(*(rows[k].to_pylist() for k in key))) if rows.num_rows else set()
        gone = [i for i, k in enumerate(zip(*(old[k].to_pylist() for k in key))) if k not in new_keys]
        if gone:
            loose = pa.schema([f.with_nullable(True) for f in rows.schema]).append(pa.field("__op", pa.string()))
            tomb = old.take(gone)
            tomb = tomb.append_column("__op", pa.array(["delete"] * tomb.num_rows, pa.string()))
            source = pa.concat_tables([source.cast(loose), tomb], promote_options="default").cast(loose)
    if source.num_rows == 0:
        _empty_commit(dt, props)
        return
    columns = {c: f"s.{_q(c)}" for c in rows.schema.names}
    predicate = f"{_key_predicate(table)} AND {_date_filter('t', touched)}"
    (dt.merge(source, predicate, source_alias="s", target_alias="t", commit_properties=props)
       .when_matched_delete(predicate="s.__op = 'delete'")
       .when_matched_update(columns, predicate="s.__op = 'upsert'")
       .when_not_matched_insert(columns, predicate="s.__op = 'upsert'")
       .execute())


def _overwrite(dt, table: str, rows: pa.Table, props) -> None:
    """Replace every row of the table with ``rows`` (in the table's own layout: an unpartitioned
    child table, from an older migration, has no date column)."""
    from deltalake import write_deltalake

    if table in CHILD_TABLES and not _partitioned(dt) and DATE_COLUMN in rows.column_names:
        rows = rows.drop_columns([DATE_COLUMN])
    write_deltalake(dt, rows, mode="overwrite", commit_properties=props)


def _empty_commit(dt, props) -> None:
    """Record the app transaction alone (an empty append), so recovery knows the table is done."""
    from deltalake import write_deltalake

    write_deltalake(dt, dt.schema().to_arrow().empty_table(), mode="append", commit_properties=props)


def _commit_table(lake: str | Path, table: str, change: TableChange, batch: int, commit_id: str,
                  options: Mapping[str, str] | None) -> bool:
    """Apply one table's part of a batch unless the table has it already; True if it committed now."""
    from deltalake.exceptions import CommitFailedError

    last: BaseException | None = None
    for attempt in range(ATTEMPTS):
        dt = open_table(lake, table, options, create=True)
        if (dt.transaction_version(APP_ID) or -1) >= batch:
            return False
        try:
            checkpoint(PAUSE_TABLE)
            _apply(dt, table, change, batch, commit_id)
            return True
        except CommitFailedError as exc:
            last = exc
            time.sleep(0.05 * (attempt + 1))
        except DeltaStoreError:
            raise
        except Exception as exc:  # noqa: BLE001 - object store and file errors
            version = _safe_version(lake, table, options)
            raise DeltaStoreError(f"newslake: writing {table_uri(lake, table)} failed ({_one_line(exc)}); "
                                  f"the table stays at version {version}, the batch is applied by the next run") from exc
    version = _safe_version(lake, table, options)
    raise DeltaStoreError(f"newslake: {table_uri(lake, table)}: commit conflict with another writer "
                          f"{ATTEMPTS} times ({_one_line(last)}); the table stays at version {version}, "
                          f"the batch is applied by the next run") from last


def _safe_version(lake, table, options) -> int | str:
    try:
        return open_table(lake, table, options).version()
    except Exception:  # noqa: BLE001
        return "unknown"


# ------------------------------------------------------------------ journal
def journal_dir(lake: str | Path, state: Path | None = None) -> Path:
    """Where batches wait to be applied: ``<lake>/_state/delta_journal`` (a local lake), else ``state``."""
    if state is not None:
        return Path(state) / "delta_journal"
    if is_remote(lake):
        raise ValueError("an object store lake needs a local state folder for its journal")
    return Path(lake) / "_state" / "delta_journal"


def next_batch(lake: str | Path, tables: Iterable[str], options: Mapping[str, str] | None = None,
               journal: Path | None = None) -> int:
    """One more than any batch number a table or the journal has seen."""
    from deltalake.exceptions import TableNotFoundError

    highest = 0
    for table in tables:
        try:
            highest = max(highest, open_table(lake, table, options).transaction_version(APP_ID) or 0)
        except TableNotFoundError:
            continue
    if journal is not None and journal.exists():
        highest = max([highest, *(int(p.name.split("-")[1]) for p in journal.glob("batch-*") if p.is_dir())])
    return highest + 1


def _write_journal(journal: Path, batch: int, changes: Mapping[str, TableChange], commit_id: str) -> Path:
    folder = journal / f"batch-{batch:012d}"
    tmp = journal / f".batch-{batch:012d}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    meta = {"batch": batch, "commit_id": commit_id, "tables": {}}
    for table, change in changes.items():
        has_rows = change.upserts is not None and change.upserts.num_rows > 0
        if has_rows:
            pq.write_table(_conform(change.upserts, table), tmp / f"{table}.parquet")
        meta["tables"][table] = {"rows": has_rows, "overwrite": change.overwrite,
                                 "replace_articles": sorted(change.replace_articles),
                                 "relabel": change.relabel,
                                 "partitions": None if change.partitions is None else
                                 sorted((d.isoformat() if d else None for d in change.partitions),
                                        key=lambda v: v or "")}
    (tmp / "batch.json").write_text(json.dumps(meta), encoding="utf-8")
    for path in [*tmp.iterdir(), tmp]:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    os.replace(tmp, folder)  # the batch's commit point
    fd = os.open(journal, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return folder


def _read_journal(folder: Path) -> tuple[int, str, dict[str, TableChange]]:
    meta = json.loads((folder / "batch.json").read_text(encoding="utf-8"))
    changes = {}
    for table, info in meta["tables"].items():
        rows = pq.read_table(folder / f"{table}.parquet") if info["rows"] else None
        parts = info.get("partitions")
        changes[table] = TableChange(rows, set(info["replace_articles"]), dict(info["relabel"]),
                                     None if parts is None else {date.fromisoformat(v) if v else None for v in parts},
                                     overwrite=bool(info.get("overwrite")))
    return meta["batch"], meta["commit_id"], changes


def commit_batch(lake: str | Path, changes: Mapping[str, TableChange], *, journal: Path | None = None,
                 options: Mapping[str, str] | None = None,
                 old_dates: Mapping[str, date | None] | None = None) -> int:
    """Commit one batch to its tables, all or (for the next writer) nothing; returns its batch number.

    Callers hold the lake lock (one newslake writer); another program writing
    the same tables meets optimistic concurrency (retried, then one line).
    ``old_dates``: the published_date each replaced article has in the lake now
    (the lake index knows it), so the child tables' MERGE prunes to the
    partitions involved; articles it lacks are looked up in ``articles``.
    """
    journal = journal or journal_dir(lake)
    recover(lake, journal=journal, options=options)
    changes = _with_partitions(lake, changes, old_dates or {}, options)
    batch = next_batch(lake, changes, options, journal)
    commit_id = f"{time.time_ns():016x}"
    folder = _write_journal(journal, batch, changes, commit_id)
    checkpoint(PAUSE_JOURNAL)
    _apply_batch(lake, batch, commit_id, changes, options)
    shutil.rmtree(folder, ignore_errors=True)
    return batch


def _with_partitions(lake, changes: Mapping[str, TableChange], old_dates: Mapping[str, date | None],
                     options) -> dict[str, TableChange]:
    """Child rows get their article's date (the partition column) and each child change the set of
    partitions it touches: the new rows' and the replaced articles' current ones. Decided before the
    journal is written, so a replay prunes the same way."""
    changes = dict(changes)
    children = [t for t in CHILD_TABLES if t in changes]
    if not children:
        return changes
    new_dates: dict[str, date | None] = {}
    if "articles" in changes and changes["articles"].upserts is not None:
        arts = changes["articles"].upserts
        new_dates = dict(zip(arts["article_id"].to_pylist(), arts[DATE_COLUMN].to_pylist()))
    replaced = set().union(*(changes[t].replace_articles for t in children))
    wanted = set(replaced)
    for t in children:
        rows = changes[t].upserts
        if rows is not None:
            wanted |= set(rows["article_id"].to_pylist())
    unknown = sorted((wanted - set(old_dates)) - (set(new_dates) - replaced))
    current = dict(old_dates)
    if unknown:
        found = read_table(lake, "articles", ["article_id", DATE_COLUMN], options=options)
        found = found.filter(pc.is_in(found["article_id"], pa.array(unknown, pa.string())))
        current.update(zip(found["article_id"].to_pylist(), found[DATE_COLUMN].to_pylist()))
    for t in children:
        change = changes[t]
        rows = change.upserts if change.upserts is not None else schema_for(t).empty_table()
        if DATE_COLUMN in rows.column_names:
            rows = rows.drop_columns([DATE_COLUMN])
        days = [new_dates[a] if a in new_dates else current.get(a) for a in rows["article_id"].to_pylist()]
        rows = rows.append_column(pa.field(DATE_COLUMN, pa.date32()), pa.array(days, pa.date32()))
        touched = set(days) | {current[a] for a in change.replace_articles if a in current}
        changes[t] = TableChange(rows, set(change.replace_articles), dict(change.relabel), touched,
                                 overwrite=change.overwrite)
    return changes


def _apply_batch(lake, batch: int, commit_id: str, changes: Mapping[str, TableChange], options) -> None:
    # Children first, articles last: a reader between two commits sees, at worst, an article's new
    # child rows before its new article row, never an article row without its children.
    order = sorted(changes, key=lambda t: (t == "articles", t))
    for table in order:
        _commit_table(lake, table, changes[table], batch, commit_id, options)


def recover(lake: str | Path, *, journal: Path | None = None, options: Mapping[str, str] | None = None) -> int:
    """Apply journaled batches a killed writer left (tables that have them are skipped); returns how many."""
    journal = journal or journal_dir(lake)
    if not journal.exists():
        return 0
    for stale in journal.glob(".batch-*.tmp"):
        shutil.rmtree(stale, ignore_errors=True)  # never reached its commit point
    done = 0
    for folder in sorted(p for p in journal.glob("batch-*") if p.is_dir()):
        batch, commit_id, changes = _read_journal(folder)
        _apply_batch(lake, batch, commit_id, changes, options)
        shutil.rmtree(folder, ignore_errors=True)
        done += 1
    return done


# ------------------------------------------------------------- maintenance
@dataclass
class MaintainResult:
    table: str
    version_before: int
    version_after: int
    files_compacted: int
    files_added: int
    files_vacuumed: list[str]


def maintain(lake: str | Path, tables: Iterable[str] | None = None, *, retention_hours: int = 168,
             dry_run: bool = False, options: Mapping[str, str] | None = None) -> list[MaintainResult]:
    """OPTIMIZE (compact small files) then VACUUM (delete files no version younger than
    ``retention_hours`` needs; 7 days by default, Delta's own safe default, so readers of
    recent versions and time travel keep working). ``dry_run``: compact nothing, list what
    VACUUM would delete."""
    results = []
    for table in tables or TABLES:
        if not exists(lake, table, options):
            continue
        dt = open_table(lake, table, options)
        before = dt.version()
        removed = added = 0
        if not dry_run:
            metrics = dt.optimize.compact()
            removed, added = metrics.get("numFilesRemoved", 0), metrics.get("numFilesAdded", 0)
            dt = open_table(lake, table, options)
        vacuumed = dt.vacuum(retention_hours=retention_hours, dry_run=dry_run,
                             enforce_retention_duration=retention_hours >= 168)
        results.append(MaintainResult(table, before, open_table(lake, table, options).version(), removed, added,
                                      list(vacuumed)))
    return results


# --------------------------------------------------------------- migration
def migrate_parquet_lake(parquet_lake: Path, lake: str | Path, *, options: Mapping[str, str] | None = None,
                         journal: Path | None = None) -> dict[str, int]:
    """Copy a Parquet lake (the old layout) into Delta tables, one batch; rerunning changes nothing.

    The Parquet lake may hold an older fetch of an article in another
    partition, with its child rows there (the warehouse's staging models pick
    the latest). Delta keeps one row per key, so the migration keeps what the
    warehouse would: each article's latest row (fetched_at, pipeline_version,
    file name) and the child rows of that row's partition. Rows are upserted
    by key, so a second run neither doubles nor loses rows. Returns rows per
    table in the Delta lake.
    """
    from newslake.lake import table_files
    from newslake.lake_txn import read_file

    parquet_lake = Path(parquet_lake)

    def labelled(table: str) -> list[tuple[str, pa.Table]]:
        return [(p.relative_to(parquet_lake).as_posix(), read_file(p, table)) for p in table_files(parquet_lake, table)]

    changes: dict[str, TableChange] = {}
    home: dict[str, str] = {}  # article_id -> partition folder of its latest row
    if (parquet_lake / "articles").exists():
        best: dict[str, tuple] = {}
        pieces = []
        for name, rows in labelled("articles"):
            partition = name.split("/")[1]
            for position, (a, f, v) in enumerate(zip(*(rows[c].to_pylist() for c in
                                                      ("article_id", "fetched_at", "pipeline_version")))):
                rank = (f, v or "", name)
                if a not in best or rank > best[a][0]:
                    best[a] = (rank, len(pieces), position, partition)
            pieces.append(rows)
        keep = sorted(best.values(), key=lambda b: (b[1], b[2]))
        articles = pa.concat_tables([pieces[i].take(pa.array([p for _r, j, p, _d in keep if j == i], pa.int64())) for i in range(len(pieces))]) \
            if pieces else schema_for("articles").empty_table()
        home = {a: b[3] for a, b in best.items()}
        changes["articles"] = TableChange(articles)
    for table in TABLES:
        if table == "articles" or not (parquet_lake / table).exists():
            continue
        parts = []
        for name, rows in labelled(table):
            if table in ("quotes", "entities", "figures"):
                partition = name.split("/")[1]
                mask = [home.get(a, partition) == partition for a in rows["article_id"].to_pylist()]
                rows = rows.filter(pa.array(mask, pa.bool_()))
            parts.append(rows)
        changes[table] = TableChange(pa.concat_tables(parts) if parts else schema_for(table).empty_table())
    if changes:
        commit_batch(lake, changes, journal=journal or (parquet_lake / "_state" / "delta_journal"),
                     options=options)
    return {t: read_table(lake, t, [TABLES[t][1][0]], options=options).num_rows for t in changes}


# ------------------------------------------------------------- corruption
@dataclass
class CorruptResult:
    table: str
    removed: list[str]
    version: int
    line: str


def quarantine_corrupt(lake: str | Path, table: str, options: Mapping[str, str] | None = None) -> CorruptResult:
    """Read every data file of the table's current version; move unreadable ones to
    ``<lake>/_corrupt/<table>/`` and commit their removal (``FSCK REPAIR``), so the table reads
    again at a new version without them (their rows are lost from it; older versions still name
    the files). Local lakes only: on an object store, delete the object and run ``repair``."""
    if is_remote(lake):
        raise DeltaStoreError(f"newslake: quarantine_corrupt works on a local lake, not {lake}")
    dt = open_table(lake, table, options)
    bad: list[Path] = []
    for uri in dt.file_uris():
        path = Path(uri.removeprefix("file://"))
        try:
            pq.read_table(path)
        except Exception:  # noqa: BLE001 - whatever pyarrow says, the file cannot be read
            bad.append(path)
    aside = Path(lake) / "_corrupt" / table
    for path in bad:
        aside.mkdir(parents=True, exist_ok=True)
        os.replace(path, aside / path.name)
    if bad:
        dt.repair()
    version = open_table(lake, table, options).version()
    line = (f"newslake: {len(bad)} unreadable file(s) of {table_uri(lake, table)} moved to {aside}; "
            f"the table is at version {version} without their rows" if bad else "")
    return CorruptResult(table, [p.name for p in bad], version, line)


# ------------------------------------------------------ for the pipeline
def read_texts(lake: str | Path, wanted: set[tuple[str, str]], options: Mapping[str, str] | None = None) -> dict[str, str]:
    """Texts of these (index partition, article_id) from ``articles``' current snapshot (the
    syndication check verifies LSH candidates on them); only their partitions' files are read."""
    import pyarrow.dataset as pads
    from deltalake.exceptions import TableNotFoundError

    if not wanted:
        return {}
    try:
        dt = open_table(lake, "articles", options)
    except TableNotFoundError:
        return {}
    dates = {date_of_partition(p) for p, _a in wanted}
    values = [d for d in dates if d is not None]
    where = pads.field(DATE_COLUMN).isin(pa.array(values, pa.date32())) if values else None
    if None in dates:
        nulls = pads.field(DATE_COLUMN).is_null()
        where = nulls if where is None else (where | nulls)
    found = plain_strings(dt.to_pyarrow_dataset().to_table(columns=["article_id", "text"], filter=where))
    ids = pa.array(sorted({a for _p, a in wanted}), pa.string())
    found = found.filter(pc.is_in(found["article_id"], ids))
    return dict(zip(found["article_id"].to_pylist(), found["text"].to_pylist()))


def data_files(lake: str | Path, table: str, options: Mapping[str, str] | None = None) -> list[str]:
    """Local paths of the data files of the table's current snapshot (none if it does not exist)."""
    from deltalake.exceptions import TableNotFoundError

    try:
        dt = open_table(lake, table, options)
    except TableNotFoundError:
        return []
    return [u.removeprefix("file://") for u in dt.file_uris()]


def replace_tables(lake: str | Path, source: str | Path, tables: Iterable[str],
                   options: Mapping[str, str] | None = None) -> int:
    """Make each table of ``lake`` hold exactly the rows of ``source``'s (a lake built beside it:
    `newslake reprocess`), in one journaled batch of overwrite commits; returns the batch.

    Each table gets a new version (time travel to the old rows keeps working, unlike swapping the
    folders), and a writer killed in the middle leaves a batch the next writer completes, so the
    tables never stay half old, half new.
    """
    changes = {}
    for table in tables:
        # children get their article's date (the partition column) from the batch's articles
        changes[table] = TableChange(read_table(source, table, options=options), overwrite=True)
    return commit_batch(lake, changes, options=options)


def drop_articles(lake: str | Path, article_ids: set[str], options: Mapping[str, str] | None = None) -> int:
    """Remove these articles and their child rows (one batch: children first, then articles), so
    they can be ingested again after a corrupt file lost some of their rows. Returns the batch."""
    changes = {name: TableChange(None, set(article_ids)) for name in CHILD_TABLES}
    changes["articles"] = TableChange(None, set(article_ids))
    return commit_batch(lake, changes, options=options)
