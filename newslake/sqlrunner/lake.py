"""Lake sources: the read_parquet relation, or an empty typed one.

read_parquet() fails on a glob that matches nothing, but a lake table may have
no files yet. ``lake_source`` then returns ``(select cast(null as T) as c, ...
where false)`` with the duckdb types of the pyarrow schema in newslake.schema
(the one schema module), plus the ``filename`` column that
``read_parquet(filename=true)`` adds.
"""

from __future__ import annotations

import functools
import glob
from collections.abc import Sequence
from pathlib import Path

import duckdb
import pyarrow as pa

from newslake import schema as lake_schema


def pyarrow_schema(table: str) -> pa.Schema | None:
    """The pyarrow schema of a lake table from newslake.schema, if it has one."""
    if table in lake_schema.TABLES:
        return lake_schema.schema_for(table)
    candidate = getattr(lake_schema, table.upper(), None)
    return candidate if isinstance(candidate, pa.Schema) else None


@functools.cache
def duckdb_columns(table: str) -> tuple[tuple[str, str], ...] | None:
    """(name, duckdb type) of each column of a lake table, from newslake.schema."""
    arrow = pyarrow_schema(table)
    if arrow is None:
        return None
    empty = arrow.empty_table()  # noqa: F841 - read by duckdb's replacement scan
    with duckdb.connect() as con:
        rows = con.execute("describe select * from empty").fetchall()
    return tuple((row[0], row[1]) for row in rows)


def has_files(pattern: str) -> bool:
    return any(True for _ in glob.iglob(pattern))


def lake_glob(lake_root: str | Path, table: str) -> str:
    return f"{lake_root}/{table}/*/*.parquet"


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def empty_relation(columns: Sequence[tuple[str, str]]) -> str:
    """A typed relation with no rows, with the extra ``filename`` column."""
    parts = [f"cast(null as {typ}) as {quote_ident(name)}" for name, typ in columns]
    parts.append("cast(null as varchar) as filename")
    return "(select " + ", ".join(parts) + " where false)"


# ------------------------------------------------------------------ Delta
HIVE_NULL = "__HIVE_DEFAULT_PARTITION__"


def is_delta(lake_root: str | Path, table: str) -> bool:
    """A Delta table (newslake.delta_store) rather than the Parquet layout."""
    return (Path(lake_root) / table / "_delta_log").is_dir()


def delta_snapshot(lake_root: str | Path, table: str) -> tuple[int, list[str]]:
    """(version, data files) of the table's current snapshot: the relation reads exactly these,
    so a build is pinned to the version it records, whatever commits meanwhile."""
    from newslake.delta_store import open_table

    dt = open_table(str(lake_root), table)
    return dt.version(), [u.removeprefix("file://") for u in dt.file_uris()]


def _files_sql(files: Sequence[str]) -> str:
    return "[" + ", ".join("'" + f.replace("'", "''") + "'" for f in files) + "]"


def delta_relation(lake_root: str | Path, table: str, files: Sequence[str],
                   article_files: Sequence[str] | None) -> str:
    """A DuckDB relation over a Delta snapshot's files with the Parquet layout's columns.

    Reads the data files natively (no DuckDB extension needed: delta_scan
    would download one). ``published_date`` is a partition column, so it is
    in the folder names, not in the files. ``filename`` is given the shape the
    staging models expect (``.../published_date=<day|none>/...``); a child
    row's is its article's partition, since Delta replaces an article's child
    rows with the article (no stale children to tell apart).
    """
    columns = duckdb_columns(table) or ()
    names = [n for n, _t in columns]
    scan = f"read_parquet({_files_sql(files)}, union_by_name=true, filename=true"
    if table == "articles":
        scan += ", hive_partitioning=true, hive_types={'published_date': VARCHAR})"
        select = ", ".join(
            f"cast(nullif(published_date, '{HIVE_NULL}') as date) as published_date" if n == "published_date"
            else quote_ident(n) for n in names)
        return (f"(select {select}, replace(filename, '{HIVE_NULL}', 'none') as filename from {scan})")
    scan += ", hive_partitioning=false)"
    if table in ("quotes", "entities", "figures"):
        select = ", ".join(f"c.{quote_ident(n)}" for n in names)
        if article_files:
            arts = (f"(select article_id, published_date from read_parquet({_files_sql(article_files)}, "
                    f"hive_partitioning=true, hive_types={{'published_date': VARCHAR}}))")
            return (f"(select {select}, '{table}/published_date=' || coalesce(nullif(a.published_date, "
                    f"'{HIVE_NULL}'), 'none') || '/' || c.filename as filename from {scan} as c "
                    f"left join {arts} as a on a.article_id = c.article_id)")
        return f"(select {select}, c.filename from {scan} as c)"
    return f"(select {', '.join(quote_ident(n) for n in names)}, filename from {scan})"
