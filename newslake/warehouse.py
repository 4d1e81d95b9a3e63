"""The DuckDB warehouse: build the dbt project in ``dbt_like_sql/`` in-process.

Public API:

* ``build_warehouse(project_dir, lake_dir, warehouse_path, select=None)``
  renders and runs the project's models in dependency order, runs its data
  tests, and returns a ``BuildResult``. The build goes into a side file
  (``<warehouse>.building-<pid>``) that replaces the warehouse with
  ``os.replace`` only when every error-severity test passes, so a reader
  holding the old file open never sees a half-built state, and a failing test
  leaves the old file in place (``result.ok`` is False; failing rows are in
  ``result.tests``). Errors (bad SQL, a cycle, an unknown model) raise
  ``WarehouseError`` with a one-line message, also leaving the old file.
* ``query(warehouse_path, sql)`` runs SQL against the warehouse opened
  read-only and returns ``(column_names, rows)``; ``query_page`` keeps the
  first rows and counts the rest, ``query_arrow`` returns a pyarrow Table.
* ``write_docs(project_dir, out_path)`` writes the markdown data dictionary.

``select``: space-separated model names; ``name+`` adds the model's
descendants and ``+name`` its ancestors. A selective build starts from a copy
of the current warehouse and rebuilds only the selected models (and runs the
tests that touch them); their upstream models must already be there.
"""

from __future__ import annotations

import contextlib
import graphlib
import os
import shutil
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from newslake.faults import checkpoint
from newslake.sqlrunner.datatests import DataTest, TestResult, collect_tests, run_test
from newslake.sqlrunner.docs import render_docs
from newslake.sqlrunner.errors import WarehouseError, one_line
from newslake.sqlrunner.project import SCHEMA, Model, Project, relation_name

__all__ = [
    "BuildResult",
    "ModelResult",
    "TestResult",
    "WarehouseError",
    "build_warehouse",
    "default_project_dir",
    "query",
    "query_arrow",
    "query_page",
    "write_docs",
]

LAKE_ENV = "NEWSLAKE_LAKE"
WAREHOUSE_ENV = "NEWSLAKE_WAREHOUSE"


def default_project_dir() -> Path:
    """``dbt_like_sql/`` next to the newslake package (the repository root)."""
    return Path(__file__).resolve().parent.parent / "dbt_like_sql"


@dataclass
class ModelResult:
    name: str
    layer: str
    materialized: str
    seconds: float
    rows: int | None  # None for views (not counted)


@dataclass
class BuildResult:
    ok: bool
    warehouse_path: Path
    models: list[ModelResult] = field(default_factory=list)
    tests: list[TestResult] = field(default_factory=list)
    seconds: float = 0.0
    selected: list[str] = field(default_factory=list)

    @property
    def failed_tests(self) -> list[TestResult]:
        return [t for t in self.tests if t.status == "fail"]

    @property
    def warned_tests(self) -> list[TestResult]:
        return [t for t in self.tests if t.status == "warn"]

    @property
    def timings(self) -> dict[str, float]:
        return {m.name: m.seconds for m in self.models}

    def summary(self) -> str:
        passed = sum(t.passed for t in self.tests)
        state = "built" if self.ok else "NOT swapped in (failing tests)"
        text = (
            f"{len(self.models)} models, {passed}/{len(self.tests)} tests passed in "
            f"{self.seconds:.2f}s: {state} {self.warehouse_path}"
        )
        if self.failed_tests:
            text += "; failing: " + ", ".join(f"{t.name} ({t.failures})" for t in self.failed_tests)
        return text


# --------------------------------------------------------------------- select
def _graph(project: Project) -> dict[str, set[str]]:
    return {name: set(model.refs) for name, model in project.models.items()}


def _descendants(graph: dict[str, set[str]], start: str) -> set[str]:
    children: dict[str, set[str]] = {n: set() for n in graph}
    for node, parents in graph.items():
        for parent in parents:
            children[parent].add(node)
    return _walk(children, start)


def _walk(edges: dict[str, set[str]], start: str) -> set[str]:
    seen, todo = {start}, [start]
    while todo:
        for nxt in edges[todo.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def resolve_select(project: Project, select: str | None) -> set[str]:
    graph = _graph(project)
    if not select or not select.strip():
        return set(graph)
    chosen: set[str] = set()
    for token in select.split():
        name = token.strip("+")
        if name not in graph:
            raise WarehouseError(f"--select {token!r}: no model named {name!r}")
        chosen.add(name)
        if token.endswith("+"):
            chosen |= _descendants(graph, name)
        if token.startswith("+"):
            chosen |= _walk(graph, name)
    return chosen


def _order(project: Project) -> list[str]:
    try:
        return list(graphlib.TopologicalSorter(_graph(project)).static_order())
    except graphlib.CycleError as exc:
        cycle = " -> ".join(exc.args[1]) if len(exc.args) > 1 else "?"
        raise WarehouseError(f"models refer to each other in a cycle: {cycle}") from exc


# ---------------------------------------------------------------------- build
def _existing_relation_type(con: duckdb.DuckDBPyConnection, name: str) -> str | None:
    row = con.execute(
        "select table_type from information_schema.tables where table_schema = ? and table_name = ?",
        [SCHEMA, name],
    ).fetchone()
    return None if row is None else str(row[0])


def _materialize(con: duckdb.DuckDBPyConnection, model: Model) -> int | None:
    relation = relation_name(model.name)
    existing = _existing_relation_type(con, model.name)
    if existing == "VIEW":
        con.execute(f"drop view {relation}")
    elif existing is not None:
        con.execute(f"drop table {relation}")
    kind = "view" if model.materialized == "view" else "table"
    con.execute(f"create {kind} {relation} as\n{model.sql}\n")
    if kind == "table":
        return int(con.execute(f"select count(*) from {relation}").fetchone()[0])
    return None


def _remove(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + ".wal")):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()
    with contextlib.suppress(FileNotFoundError):
        shutil.rmtree(path.with_name(path.name + ".tmp"))


def _tests_for(tests: Iterable[DataTest], selected: set[str], full: bool) -> list[DataTest]:
    if full:
        return list(tests)
    return [t for t in tests if t.depends_on & selected]


def _remove_abandoned_builds(warehouse_path: Path) -> None:
    """Half-built files of builds whose process is gone (killed mid-build)."""
    for stale in warehouse_path.parent.glob(f"{warehouse_path.name}.building-*"):
        pid = stale.name.rsplit("-", 1)[-1]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            _remove(stale)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def build_warehouse(
    project_dir: Path,
    lake_dir: Path,
    warehouse_path: Path,
    select: str | None = None,
) -> BuildResult:
    """Build (or, with ``select``, partly rebuild) the warehouse atomically."""
    started = time.perf_counter()
    project_dir, lake_dir, warehouse_path = Path(project_dir), Path(lake_dir), Path(warehouse_path)
    warehouse_path = warehouse_path.resolve()
    project = Project(
        project_dir,
        env_overrides={LAKE_ENV: lake_dir.resolve().as_posix(), WAREHOUSE_ENV: warehouse_path.as_posix()},
    )
    project.compile()
    order = _order(project)
    selected = resolve_select(project, select)
    full = selected == set(project.models)
    tests = _tests_for(collect_tests(project), selected, full)

    warehouse_path.parent.mkdir(parents=True, exist_ok=True)
    building = warehouse_path.with_name(f"{warehouse_path.name}.building-{os.getpid()}")
    _remove_abandoned_builds(warehouse_path)
    _remove(building)
    if not full and warehouse_path.exists():
        shutil.copyfile(warehouse_path, building)

    result = BuildResult(ok=False, warehouse_path=warehouse_path, selected=sorted(selected))
    swapped = False
    try:
        con = duckdb.connect(str(building), config={"preserve_insertion_order": False})
        try:
            _check_upstream(con, project, selected)
            for name in order:
                if name not in selected:
                    continue
                model = project.models[name]
                t0 = time.perf_counter()
                try:
                    rows = _materialize(con, model)
                except duckdb.Error as exc:
                    raise WarehouseError(f"model {name} ({model.path}) failed: {one_line(exc)}") from exc
                result.models.append(
                    ModelResult(name, model.layer, model.materialized, time.perf_counter() - t0, rows)
                )
            # a test touching a selected model runs when all of its models exist
            # (relationships to a model never built are skipped, not failed)
            runnable = [
                t for t in tests
                if all(dep in selected or _existing_relation_type(con, dep) for dep in t.depends_on)
            ]
            result.tests = [run_test(con, test) for test in runnable]
            _record_lake_versions(con, project.lake_versions)
            con.execute("checkpoint")
        finally:
            con.close()
        result.ok = not result.failed_tests
        if result.ok:
            checkpoint("warehouse-build")  # a kill here leaves the old warehouse whole
            os.replace(building, warehouse_path)
            swapped = True
    finally:
        if not swapped:
            _remove(building)
        result.seconds = time.perf_counter() - started
    return result


def _record_lake_versions(con: duckdb.DuckDBPyConnection, versions: dict[str, int]) -> None:
    """``_newslake.lake_versions``: the Delta version of each lake table this build read (time
    travel: ``delta_store.read_table(lake, table, version=...)`` gives the same rows). Kept out of
    ``main`` so the models' schema stays what dbt builds."""
    if not versions:
        return  # a Parquet lake: no versions to name
    con.execute("create schema if not exists _newslake")
    con.execute("create or replace table _newslake.lake_versions "
                "(table_name varchar, version bigint, read_at timestamptz)")
    con.executemany("insert into _newslake.lake_versions values (?, ?, current_timestamp)",
                    sorted(versions.items()))


def _check_upstream(con: duckdb.DuckDBPyConnection, project: Project, selected: set[str]) -> None:
    for name in sorted(selected):
        for parent in sorted(project.models[name].refs - selected):
            if _existing_relation_type(con, parent) is None:
                raise WarehouseError(
                    f"model {name} needs {parent}, which is not in the warehouse: "
                    f"build without select (or select +{name}) first"
                )


# ---------------------------------------------------------------------- query
def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@contextlib.contextmanager
def connect_read_only(warehouse_path: Path):
    """A connection with the warehouse attached read-only as ``warehouse``.

    The file is ATTACHed to a fresh in-memory database rather than opened with
    ``duckdb.connect(path)``: duckdb caches database instances per path within
    a process, so a plain connect after a rebuild would see the old file.
    """
    warehouse_path = Path(warehouse_path)
    if not warehouse_path.is_file():
        raise WarehouseError(f"no warehouse at {warehouse_path}: run `newslake build` first")
    con = duckdb.connect(":memory:")
    try:
        try:
            con.execute(f"attach {_sql_string(str(warehouse_path.resolve()))} as warehouse (read_only)")
            con.execute("use warehouse")
        except duckdb.Error as exc:
            raise WarehouseError(f"cannot open {warehouse_path}: {one_line(exc)}") from exc
        yield con
    finally:
        con.close()


def query(warehouse_path: Path, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run ``sql`` on the warehouse opened READ-ONLY; return (columns, rows)."""
    with connect_read_only(warehouse_path) as con:
        try:
            cursor = con.execute(sql)
        except duckdb.Error as exc:
            raise WarehouseError(f"query failed: {one_line(exc)}") from exc
        if cursor.description is None:
            return [], []
        return [d[0] for d in cursor.description], cursor.fetchall()


def query_page(warehouse_path: Path, sql: str, limit: int | None) -> tuple[list[str], list[tuple[Any, ...]], int]:
    """Like ``query``, but keep only the first ``limit`` rows (None: all); return (columns, rows, total rows)."""
    with connect_read_only(warehouse_path) as con:
        try:
            cursor = con.execute(sql)
            if cursor.description is None:
                return [], [], 0
            columns = [d[0] for d in cursor.description]
            if limit is None:
                rows = cursor.fetchall()
                return columns, rows, len(rows)
            rows = cursor.fetchmany(limit) if limit > 0 else []
            total = len(rows)
            while chunk := cursor.fetchmany(65536):  # count the rest without keeping it
                total += len(chunk)
        except duckdb.Error as exc:
            raise WarehouseError(f"query failed: {one_line(exc)}") from exc
        return columns, rows, total


def query_arrow(warehouse_path: Path, sql: str):
    """Run ``sql`` on the warehouse opened READ-ONLY; return a pyarrow Table (types kept, for Parquet)."""
    import pyarrow as pa

    with connect_read_only(warehouse_path) as con:
        try:
            relation = con.sql(sql)
            if relation is None:  # a statement that returns nothing
                return pa.table({})
            fetch = getattr(relation, "to_arrow_table", None) or relation.arrow  # duckdb >= 1.4 / older
            return fetch()
        except duckdb.Error as exc:
            raise WarehouseError(f"query failed: {one_line(exc)}") from exc


# ----------------------------------------------------------------------- docs
def write_docs(project_dir: Path, out_path: Path) -> Path:
    """Write the markdown data dictionary of every model, column and source."""
    project = Project(Path(project_dir))
    text = render_docs(project)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_name(out_path.name + f".tmp-{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, out_path)
    return out_path
