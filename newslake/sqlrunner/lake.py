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
