"""``newslake query``: run read-only SQL on the warehouse and write the rows.

* ``table`` (default): fitted to the terminal's width (``--max-width N``; 0
  for no limit); a long value is cut with an ellipsis, columns that cannot
  get a few characters each are left out (and counted). At most ``--limit``
  rows (default 40; 0 for all) are shown, and the footer says how many rows
  the query returned.
* ``csv``, ``json``, ``markdown``: every row, nothing cut (``--limit N``
  only when given), to standard output or ``--out FILE``.
* ``parquet``: every row with its column types, to ``--out FILE``, or to
  standard output when that is a file or a pipe, never to a terminal.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

from rich.console import Console

FORMATS = ("table", "csv", "json", "markdown", "parquet")
DEFAULT_LIMIT = 40


class QueryError(Exception):
    """A mistake in the command's options or the SQL: one line for the user."""


def run_query_command(console: Console, err: Console, warehouse: Path, sql: str, fmt: str, *,
                      limit: int | None = None, max_width: int | None = None, output: Path | None = None,
                      binary_stdout: BinaryIO | None = None) -> None:
    from newslake.report import print_rows, write_parquet
    from newslake.warehouse import WarehouseError, query_arrow, query_page

    if fmt not in FORMATS:
        raise QueryError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if limit is not None and limit < 0:
        raise QueryError("--limit must be 0 (all rows) or more")
    if max_width is not None and max_width < 0:
        raise QueryError("--max-width must be 0 (no limit) or more")
    if fmt == "table" and output is not None:
        raise QueryError("--out writes csv, json, markdown or parquet: add --format")
    if fmt == "parquet" and output is None and binary_stdout is None and sys.stdout.isatty():
        raise QueryError("parquet is binary: give --out FILE, or redirect standard output to a file or a pipe")
    if not warehouse.exists():
        raise QueryError(f"no warehouse at {warehouse}; run `newslake run` or `newslake build` first")
    wanted = None if limit == 0 else limit  # csv/json/markdown/parquet: all rows unless --limit is given
    try:
        if fmt == "parquet":
            table = query_arrow(warehouse, sql)
            if wanted is not None:
                table = table.slice(0, wanted)
            if output is not None:
                write_parquet(table, str(output))
                err.print(f"wrote {table.num_rows} rows to {output}")
            else:
                write_parquet(table, binary_stdout or sys.stdout.buffer)
            return
        if fmt == "table":
            columns, rows, total = query_page(warehouse, sql, DEFAULT_LIMIT if limit is None else wanted)
            print_rows(console, columns, rows, fmt, total=total, max_width=max_width)
            return
        columns, rows, _total = query_page(warehouse, sql, wanted)
    except WarehouseError as exc:
        raise QueryError(str(exc)) from exc
    except OSError as exc:
        raise QueryError(f"cannot write {output}: {exc.strerror or exc}") from exc
    if output is None:
        print_rows(console, columns, rows, fmt)
        return
    try:
        with open(output, "w", encoding="utf-8", newline="") as handle:
            print_rows(Console(file=handle, width=10**6, highlight=False), columns, rows, fmt)
    except OSError as exc:
        raise QueryError(f"cannot write {output}: {exc.strerror or exc}") from exc
    err.print(f"wrote {len(rows)} rows to {output}")
