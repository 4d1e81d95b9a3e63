"""The Parquet lake: append-only partition files, committed atomically per batch.

Layout: ``<lake>/<table>/<partition>/part-<time>-<id>.parquet`` (lakes written
before this release hold one ``data.parquet`` per partition; both are read).
Contract tables are partitioned by the article's ``published_date`` (children
by their article's), operational tables by their own day, the entity catalog
in ``part=all``. Readers glob ``<table>/*/*.parquet``.

A write (``write_tables``, or a batch commit in ``newslake.commit``) is one
``LakeTransaction`` (``newslake.lake_txn``): new rows go to a new file per
partition they touch; an article that is replaced (new content, another
date) has its old rows removed from the files of the partition the lake index
says holds it, and only those files are rewritten; an article's child rows are
replaced as a set. So a commit costs what it adds, not what the lake holds,
and a rerun of the same input never duplicates a row. Partitions that gather
many small files are compacted (``compact``).

The lake index (``newslake.lake_index``, ``<lake>/_state/index.sqlite``) knows
every article's partition, content hash and cluster; ``ensure_index`` rebuilds
it from the files when it is missing or does not match them.

A Delta lake (``newslake.delta_store``; a folder ``delta_store.is_delta_lake``
recognizes) goes through the same functions: ``write_tables``, ``read_table``,
``ensure_index`` and ``verify_files`` dispatch to their Delta versions, so the
flow does not care which format it writes. Its index lives in the same place
and records the ``articles`` version it describes (``delta:articles``): any
other version (a writer killed between its Delta commit and its index update,
another program's commit) rebuilds it from the table.
"""

from __future__ import annotations

import contextlib
import hashlib
import sys
from collections.abc import Mapping
from pathlib import Path

import pyarrow as pa

from newslake.delta_store import is_delta_lake
from newslake.lake_index import LakeIndex, epoch_seconds, open_index, partition_of
from newslake.lake_lock import LakeBusy, lake_lock  # noqa: F401 - re-exported
from newslake.lake_txn import LakeTransaction, conform, partition_files, read_file
from newslake.schema import TABLES, schema_for

DATA_FILE = "data.parquet"  # the one file per partition of lakes written before part files
CHILD_TABLES = ("quotes", "entities", "figures")
# Tables whose rows belong to an article and are replaced as a set per article.
REPLACE_BY_ARTICLE = frozenset(CHILD_TABLES)
OWN_DATE_COLUMN = {
    "fetch_log": "fetched_at",
    "quarantine": "recorded_at",
    "pipeline_runs": "started_at",
}
# Small tables replaced by key as a whole (and only when they changed).
MERGE_TABLES = frozenset({"entity_catalog"})
# A partition with this many files is compacted after a commit that touched it.
COMPACT_AT = 10

partition_name = partition_of  # the old name


def table_files(lake: Path, table: str) -> list[Path]:
    return sorted((lake / table).glob("*/*.parquet"))


def has_table(lake: Path, table: str) -> bool:
    """Whether the lake holds the table (a Delta table, or Parquet files): readers that report
    "nothing recorded yet" ask this instead of globbing, which a Delta lake's folders would fool
    (they also hold files that the current version removed)."""
    if is_delta_lake(lake):
        from newslake import delta_store

        return delta_store.exists(lake, table)
    return bool(table_files(lake, table))


def read_table(lake: Path, table: str, columns: list[str] | None = None) -> pa.Table:
    """All partitions of a table as one arrow table with the contract's schema."""
    if table in TABLES and is_delta_lake(lake):
        from newslake import delta_store

        return delta_store.read_table(lake, table, columns)
    schema = schema_for(table) if table in TABLES else None
    parts = [read_file(path, table, columns) for path in table_files(lake, table)]
    if not parts:
        if schema is None:
            raise KeyError(f"no table {table!r} in the lake")
        empty = schema.empty_table()
        return empty.select(columns) if columns else empty
    return pa.concat_tables(parts, promote_options="default")


# ------------------------------------------------------------------ writing
def article_index_rows(articles: pa.Table) -> list[dict]:
    """What the lake index keeps of each article row."""
    rows = []
    for a, h, v, d, p, c, u, cu in zip(*(articles[c].to_pylist() for c in (
            "article_id", "content_hash", "pipeline_version", "published_date", "published_at", "cluster_id",
            "url", "canonical_url"))):
        rows.append({"article_id": a, "content_hash": h, "pipeline_version": v, "partition": partition_of(d),
                     "published_s": epoch_seconds(p), "cluster_id": c, "url": u, "canonical_url": cu})
    return rows


def plan_tables(txn: LakeTransaction, tables: Mapping[str, pa.Table],
                replace_children_of: set[str] | None = None) -> dict[str, int]:
    """Add ``tables``' rows to ``txn``: upsert articles by id, replace children per article.

    ``replace_children_of``: articles whose quotes, entities and figures are
    replaced as a whole, even where the new extraction found none. Only the
    partitions the index says hold an article's old rows are rewritten.
    """
    index = txn.index
    tables = {name: conform(rows, name) for name, rows in tables.items()}
    articles = tables.get("articles")
    new_partition: dict[str, str] = {}
    if articles is not None:
        new_partition = dict(zip(articles["article_id"].to_pylist(),
                                 (partition_of(d) for d in articles["published_date"].to_pylist())))
    wanted = set(new_partition) | set(replace_children_of or ())
    for name in CHILD_TABLES:
        if name in tables:
            wanted |= set(tables[name]["article_id"].to_pylist())
    entries = index.articles(wanted)
    counts: dict[str, int] = {}
    for name, rows in tables.items():
        counts[name] = rows.num_rows
        if name == "articles":
            for article_id in new_partition:
                if article_id in entries:
                    txn.drop("articles", entries[article_id].partition, [article_id])
            _append_by_partition(txn, name, rows, list(new_partition.values()))
            index_rows = article_index_rows(rows)
            txn.on_index(lambda con, rows=index_rows: LakeIndex.upsert_articles(con, rows))
        elif name in REPLACE_BY_ARTICLE:
            ids = rows["article_id"].to_pylist()
            for article_id in set(ids) | set(replace_children_of or ()):
                if article_id in entries:
                    txn.drop(name, entries[article_id].partition, [article_id])
            keys = [new_partition.get(a) or (entries[a].partition if a in entries else partition_of(None))
                    for a in ids]
            _append_by_partition(txn, name, rows, keys)
        elif name in OWN_DATE_COLUMN:
            keys = [partition_of(v, "date") for v in rows[OWN_DATE_COLUMN[name]].to_pylist()]
            _append_by_partition(txn, name, rows, keys)
        elif name in MERGE_TABLES:
            fingerprint = _fingerprint(rows)
            if index.meta(f"fingerprint:{name}") == fingerprint and table_files(txn.lake, name):
                counts[name] = 0
                continue
            txn.append(name, "part=all", rows)
            txn.merge_partition(name, "part=all")
            txn.on_index(lambda con, n=name, f=fingerprint: LakeIndex.set_meta(con, f"fingerprint:{n}", f))
        else:
            txn.append(name, "part=all", rows)
    return counts


def _append_by_partition(txn: LakeTransaction, table: str, rows: pa.Table, keys: list[str]) -> None:
    by_partition: dict[str, list[int]] = {}
    for position, key in enumerate(keys):
        by_partition.setdefault(key, []).append(position)
    for partition, positions in by_partition.items():
        txn.append(table, partition, rows.take(positions))


def _fingerprint(rows: pa.Table) -> str:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, rows.schema) as writer:
        writer.write_table(rows)
    return hashlib.sha256(sink.getvalue().to_pybytes()).hexdigest()


def write_tables(
    lake: Path, tables: Mapping[str, pa.Table], replace_children_of: set[str] | None = None
) -> dict[str, int]:
    """Merge each table's rows into the lake in one atomic commit; return rows written per table."""
    if is_delta_lake(lake):
        return write_delta_tables(lake, tables, replace_children_of)
    with contextlib.closing(open_index(lake)) as index:
        ensure_index(lake, index)
        txn = LakeTransaction(lake, index)
        counts = plan_tables(txn, tables, replace_children_of)
        txn.commit()
        compact(lake, index, txn.touched)
    return counts


def write_delta_tables(lake: Path, tables: Mapping[str, pa.Table],
                       replace_children_of: set[str] | None = None) -> dict[str, int]:
    """``write_tables`` for a Delta lake: one ``delta_store.commit_batch`` (MERGE by key). Used for
    tables outside a batch's articles (the run's row, discovery problems, the catalog); article rows
    go through ``newslake.commit``, which keeps the lake index in step."""
    from newslake import delta_store

    tables = {name: conform(rows, name) for name, rows in tables.items()}
    changes = {name: delta_store.TableChange(rows, set(replace_children_of or ()) if name in CHILD_TABLES else set())
               for name, rows in tables.items() if rows.num_rows or name in CHILD_TABLES}
    if changes:
        delta_store.commit_batch(lake, changes)
    return {name: rows.num_rows for name, rows in tables.items()}


# ------------------------------------------------------------- compaction
def compact(lake: Path, index: LakeIndex, partitions: set[tuple[str, str]], threshold: int = COMPACT_AT,
            tiered: bool = True) -> int:
    """Merge the small files of partitions that have ``threshold`` files or more; returns partitions merged.

    Tiered: when one file is larger than all the others together, only the
    others are merged, so a big partition is not rewritten for every few
    small additions (amortized, each row is rewritten O(log n) times).
    """
    txn = LakeTransaction(lake, index)
    merged = 0
    for table, partition in sorted(partitions):
        files = partition_files(lake / table / partition)
        if len(files) < threshold:
            continue
        sizes = sorted(((f.stat().st_size, f.name) for f in files), reverse=True)
        largest, rest = sizes[0], sizes[1:]
        names = [n for _, n in rest] if tiered and largest[0] > sum(s for s, _ in rest) else [n for _, n in sizes]
        txn.merge_partition(table, partition, names)
        merged += 1
    if merged:
        txn.commit()
    return merged


def compact_all(lake: Path, threshold: int = 2) -> int:
    """Merge every partition of every table that has ``threshold`` files or more into one file."""
    with contextlib.closing(open_index(lake)) as index:
        ensure_index(lake, index)
        partitions = {(d.parent.name, d.name) for d in lake.glob("*/*") if d.is_dir() and not d.parent.name.startswith(("_", "."))}
        return compact(lake, index, partitions, threshold, tiered=False)


# ------------------------------------------------------------------ index

_INDEX_COLUMNS = ["article_id", "content_hash", "pipeline_version", "published_date", "published_at", "cluster_id",
                  "url", "canonical_url", "text"]


def _index_articles(index: LakeIndex, table: pa.Table) -> None:
    """Index rows and LSH band keys of one table of articles, in one index transaction."""
    from newslake.clusters import band_keys, signature

    rows = article_index_rows(table)
    keys = {a: band_keys(sig) for a, t in zip(table["article_id"].to_pylist(), table["text"].to_pylist())
            if (sig := signature(t)) is not None}
    with index.transaction() as con:
        rowids = LakeIndex.upsert_articles(con, rows)
        for article_id, article_keys in keys.items():
            LakeIndex.replace_lsh(con, rowids[article_id], article_keys)


def ensure_index(lake: Path, index: LakeIndex, notice=None) -> bool:
    """Rebuild the index from the articles' files if it does not describe them; True if rebuilt.

    A rebuild also forgets the source index (the next run reads local inputs
    again and finds them unchanged), since the lake may have lost articles
    that it lists as ingested.
    """
    if is_delta_lake(lake):
        return _ensure_delta_index(lake, index, notice)
    on_disk = {p.relative_to(lake).as_posix(): p.stat().st_size for p in table_files(lake, "articles")}
    if index.meta("complete") == "1" and index.files() == on_disk:
        return False

    if on_disk and index.meta("complete") is not None:
        (notice or _stderr)(f"newslake: the lake index does not match {lake}'s files; rebuilding it")
    elif len(on_disk) > 50:
        (notice or _stderr)(f"newslake: indexing the lake ({len(on_disk)} article files, once)...")
    index.clear_derived()
    for relative in sorted(on_disk):
        _index_articles(index, read_file(lake / relative, "articles", _INDEX_COLUMNS))
    with index.transaction() as con:
        LakeIndex.change_files(con, on_disk, [])
        LakeIndex.set_meta(con, "complete", "1")
    return True


DELTA_INDEX_KEY = "delta:articles"  # the articles table version the index describes


def delta_articles_version(lake: Path) -> int | None:
    from newslake import delta_store

    return delta_store.versions(lake, ["articles"])["articles"]


def _ensure_delta_index(lake: Path, index: LakeIndex, notice=None) -> bool:
    """Rebuild the index from ``articles``' current snapshot unless it describes that version."""
    from deltalake.exceptions import TableNotFoundError

    from newslake import delta_store

    try:
        dt = delta_store.open_table(lake, "articles")
    except TableNotFoundError:
        dt = None
    version = None if dt is None else dt.version()
    if index.meta("complete") == "1" and index.meta(DELTA_INDEX_KEY) == str(version):
        return False
    if dt is not None and index.meta("complete") is not None:
        (notice or _stderr)(f"newslake: the lake index does not match {lake}'s Delta tables "
                            f"(articles version {version}); rebuilding it")
    index.clear_derived()
    if dt is not None:
        for chunk in dt.to_pyarrow_dataset().to_batches(columns=_INDEX_COLUMNS, batch_size=2000):
            _index_articles(index, delta_store.plain_strings(pa.Table.from_batches([chunk])))
    with index.transaction() as con:
        LakeIndex.set_meta(con, DELTA_INDEX_KEY, str(version))
        LakeIndex.set_meta(con, "complete", "1")
    return True


def verify_files(lake: Path, index: LakeIndex, state_dir: Path | None = None, notice=None) -> list[str]:
    """Read every lake file not read since it was written (by another program, or before this check
    existed); set aside the partitions of unreadable ones. Returns the partitions set aside.

    Files this pipeline commits are known good (recorded as verified by their
    commit), so after the first run this reads only what changed behind its
    back. An unreadable file of a contract table takes its whole partition out
    of all four contract tables (moved to ``<lake>/_corrupt/<time>/``), and its
    articles out of the index, the source index and the HTTP validators, so the
    next discovery lists them again and they are ingested once more: the lake
    ends with neither the lost rows nor doubled ones. An unreadable file of an
    operational table is moved aside alone (its history is lost).
    """
    import time as _time

    import pyarrow.parquet as pq

    if is_delta_lake(lake):
        return _verify_delta_files(lake, index, state_dir, notice)
    known = index.verified()
    good: dict[str, tuple[int, int]] = {}
    bad: list[tuple[Path, str]] = []
    for path in sorted(lake.glob("*/*/*.parquet")):
        if path.parent.parent.name.startswith(("_", ".")):
            continue
        relative = path.relative_to(lake).as_posix()
        st = path.stat()
        if known.get(relative) == (st.st_size, st.st_mtime_ns):
            continue
        try:
            pq.read_table(path)
        except Exception as exc:  # noqa: BLE001 - whatever pyarrow says, the file cannot be read
            bad.append((path, (str(exc).splitlines() or [type(exc).__name__])[0][:160]))
            continue
        good[relative] = (st.st_size, st.st_mtime_ns)
    aside = lake / "_corrupt" / _time.strftime("%Y%m%dT%H%M%S")
    dropped: list[str] = []
    for path, reason in bad:
        if not path.exists():
            continue  # moved with its partition already
        table, partition = path.parent.parent.name, path.parent.name
        moved = [path]
        if table in ("articles", *CHILD_TABLES):
            moved = [f for name in ("articles", *CHILD_TABLES) for f in partition_files(lake / name / partition)]
            rows = index.partition_articles(partition)
            urls = index.urls_of([r for r, _a in rows])
            with index.transaction() as con:
                LakeIndex.forget_articles(con, rows)
                LakeIndex.change_files(con, {}, [f.relative_to(lake).as_posix() for f in moved
                                                 if f.parent.parent.name == "articles"])
                LakeIndex.change_verified(con, {}, [f.relative_to(lake).as_posix() for f in moved])
            if state_dir is not None and urls:
                _forget_validators(state_dir, urls)
            dropped.append(partition)
            what = f"{partition} of articles, quotes, entities and figures ({len(rows)} articles) will be ingested again"
        else:
            what = "its rows are lost"
            with index.transaction() as con:
                LakeIndex.set_meta(con, f"fingerprint:{table}", "")
        for f in moved:
            target = aside / f.relative_to(lake)
            target.parent.mkdir(parents=True, exist_ok=True)
            f.replace(target)
        (notice or _stderr)(f"newslake: {path.relative_to(lake)} is unreadable ({reason}); moved to "
                            f"{aside.relative_to(lake)}/: {what}")
    if good:
        with index.transaction() as con:
            LakeIndex.change_verified(con, good, [])
    return dropped


def _verify_delta_files(lake: Path, index: LakeIndex, state_dir: Path | None = None, notice=None) -> list[str]:
    """``verify_files`` for a Delta lake: read each data file of the tables' current snapshots not
    read since it was written; an unreadable one is moved to ``<lake>/_corrupt/<table>/`` and its
    removal committed (``delta_store.quarantine_corrupt``), so the table reads again. For a
    contract table, the articles of the file's partition are then dropped from all four contract
    tables and forgotten by the index (and their HTTP validators), so they are ingested again:
    the lake ends with neither the lost rows nor doubled ones. Returns the partitions dropped."""
    import pyarrow.parquet as pq

    from newslake import delta_store

    known = index.verified()
    good: dict[str, tuple[int, int]] = {}
    broken: dict[str, list[tuple[str, str]]] = {}  # table -> (relative path, reason)
    for table in TABLES:
        for path in map(Path, delta_store.data_files(lake, table)):
            if not path.exists():
                broken.setdefault(table, []).append((path.relative_to(lake).as_posix(), "missing"))
                continue
            relative, st = path.relative_to(lake).as_posix(), path.stat()
            if known.get(relative) == (st.st_size, st.st_mtime_ns):
                continue
            try:
                pq.read_table(path)
            except Exception as exc:  # noqa: BLE001 - whatever pyarrow says, the file cannot be read
                broken.setdefault(table, []).append((relative, (str(exc).splitlines() or [type(exc).__name__])[0][:160]))
                continue
            good[relative] = (st.st_size, st.st_mtime_ns)
    dropped: set[str] = set()
    for table, files in broken.items():
        result = delta_store.quarantine_corrupt(lake, table)
        if table in ("articles", *CHILD_TABLES):
            dropped |= {partition_of(delta_store.date_of_partition(rel.split("/")[1])) for rel, _r in files
                        if len(rel.split("/")) > 2}
            what = "their partitions' articles will be ingested again"
        else:
            what = "their rows are lost"
            if table in MERGE_TABLES:
                with index.transaction() as con:
                    LakeIndex.set_meta(con, f"fingerprint:{table}", "")
        for relative, reason in files:
            (notice or _stderr)(f"newslake: {relative} is unreadable ({reason}); moved to "
                                f"_corrupt/{table}/ (table at version {result.version}): {what}")
    for partition in sorted(dropped):
        rows = index.partition_articles(partition)
        ids = {a for _r, a in rows}
        if ids:
            delta_store.drop_articles(lake, ids)
        urls = index.urls_of([r for r, _a in rows])
        with index.transaction() as con:
            LakeIndex.forget_articles(con, rows)
            LakeIndex.set_meta(con, DELTA_INDEX_KEY, str(delta_articles_version(lake)))
        if state_dir is not None and urls:
            _forget_validators(state_dir, urls)
    if good:
        with index.transaction() as con:
            LakeIndex.change_verified(con, good, [])
    return sorted(dropped)


def _forget_validators(state_dir: Path, urls: list[str]) -> None:
    """The HTTP validators of these URLs: without them the pages are fetched again, not answered 304."""
    import sqlite3

    from newslake.http_state import ValidatorStore

    path = Path(state_dir) / ValidatorStore.FILENAME
    if not path.exists():
        return
    con = sqlite3.connect(path, timeout=30)
    try:
        with con:
            con.executemany("DELETE FROM validators WHERE url = ?", [(u,) for u in urls])
    finally:
        con.close()


def known_article_urls(lake: Path) -> set[str]:
    """URLs (fetched and canonical) already in the lake, read from the files (small lakes, tools)."""
    arts = read_table(lake, "articles", ["url", "canonical_url"])
    return set(arts["url"].drop_null().to_pylist()) | set(arts["canonical_url"].drop_null().to_pylist())


def _stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)
