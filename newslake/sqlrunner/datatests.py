"""Data tests: the four generic tests of dbt, plus singular tests.

A test is a query returning the failing rows; it passes when it returns none.
The generated SQL follows dbt's own generic tests, so the built-in runner and
``dbt build`` report the same failures.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Any

import duckdb

from newslake.sqlrunner.errors import WarehouseError, one_line
from newslake.sqlrunner.project import Model, Project, relation_name

GENERIC_TESTS = ("unique", "not_null", "accepted_values", "relationships")
CONFIG_KEYS = ("severity", "where", "enabled", "tags", "store_failures", "limit", "error_if", "warn_if")
SAMPLE_ROWS = 5


@dataclass
class DataTest:
    name: str
    kind: str  # one of GENERIC_TESTS, or "singular"
    sql: str
    depends_on: set[str]
    model: str | None = None
    column: str | None = None
    severity: str = "error"
    description: str = ""


@dataclass
class TestResult:
    name: str
    kind: str
    model: str | None
    column: str | None
    severity: str
    failures: int
    columns: list[str] = field(default_factory=list)
    sample_rows: list[tuple[Any, ...]] = field(default_factory=list)
    seconds: float = 0.0
    sql: str = ""

    @property
    def sample(self) -> list[tuple[Any, ...]]:
        """Alias of sample_rows (the first failing rows)."""
        return self.sample_rows

    @property
    def passed(self) -> bool:
        return self.failures == 0

    @property
    def status(self) -> str:
        if self.failures == 0:
            return "pass"
        return "warn" if self.severity == "warn" else "fail"


_REF = re.compile(r"""^\s*ref\(\s*['"]([^'"]+)['"]\s*\)\s*$""")
_SOURCE = re.compile(r"""^\s*source\(\s*['"]([^'"]+)['"]\s*,\s*['"]([^'"]+)['"]\s*\)\s*$""")


def _split_test(entry: Any) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """A YAML test entry -> (test name, arguments, config)."""
    if isinstance(entry, str):
        return entry, {}, {}
    if not isinstance(entry, dict) or len(entry) != 1:
        raise WarehouseError(f"cannot read data test {entry!r}")
    name, body = next(iter(entry.items()))
    body = dict(body or {})
    config = dict(body.pop("config", None) or {})
    for key in CONFIG_KEYS:
        if key in body:
            config[key] = body.pop(key)
    arguments = dict(body.pop("arguments", None) or {})
    body.pop("name", None)
    body.pop("description", None)
    arguments.update(body)  # old style: arguments at the top level
    return str(name), arguments, config


def _literal(value: Any, quote: bool) -> str:
    if not quote:
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def _slug(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z_]+", "_", text)


def compile_generic(project: Project, model: Model, column: str | None, entry: Any) -> DataTest | None:
    test, args, config = _split_test(entry)
    if config.get("enabled") is False:
        return None
    column = args.pop("column_name", column)
    if test not in GENERIC_TESTS:
        raise WarehouseError(
            f"{model.path}: data test {test!r} on {model.name} is not supported "
            f"(use {', '.join(GENERIC_TESTS)} or a singular test)"
        )
    if column is None:
        raise WarehouseError(f"{model.name}: data test {test!r} needs a column")
    relation = relation_name(model.name)
    if config.get("where"):
        relation = f"(select * from {relation} where {config['where']}) as dbt_subquery"
    depends_on = {model.name}
    if test == "not_null":
        sql = f"select * from {relation} where {column} is null"
        name = f"not_null_{model.name}_{column}"
    elif test == "unique":
        sql = (
            f"select {column} as unique_field, count(*) as n_records from {relation} "
            f"where {column} is not null group by {column} having count(*) > 1"
        )
        name = f"unique_{model.name}_{column}"
    elif test == "accepted_values":
        values = args.get("values")
        if not values:
            raise WarehouseError(f"{model.name}.{column}: accepted_values needs values")
        quote = args.get("quote", True)
        listed = ", ".join(_literal(v, quote) for v in values)
        sql = (
            f"select {column} as value_field, count(*) as n_records from {relation} "
            f"where {column} not in ({listed}) group by {column}"
        )
        name = f"accepted_values_{model.name}_{column}__" + "__".join(str(v) for v in values)
    else:  # relationships
        to, to_field = args.get("to"), args.get("field")
        if not to or not to_field:
            raise WarehouseError(f"{model.name}.{column}: relationships needs to and field")
        if match := _REF.match(str(to)):
            parent = match.group(1)
            if parent not in project.models:
                raise WarehouseError(f"{model.name}.{column}: relationships to unknown model {parent!r}")
            parent_relation = relation_name(parent)
            depends_on.add(parent)
        elif match := _SOURCE.match(str(to)):
            parent = f"{match.group(1)}_{match.group(2)}"
            parent_relation = project.source_relation(match.group(1), match.group(2))
        else:
            raise WarehouseError(f"{model.name}.{column}: relationships 'to' must be ref(...) or source(...)")
        sql = (
            f"select child.from_field from (select {column} as from_field from {relation} "
            f"where {column} is not null) as child "
            f"left join (select {to_field} as to_field from {parent_relation}) as parent "
            f"on child.from_field = parent.to_field where parent.to_field is null"
        )
        name = f"relationships_{model.name}_{column}__{to_field}__ref_{parent}_"
    return DataTest(
        name=_slug(name)[:200],
        kind=test,
        sql=sql,
        depends_on=depends_on,
        model=model.name,
        column=column,
        severity=str(config.get("severity", "error")).lower(),
    )


def collect_tests(project: Project) -> list[DataTest]:
    """All data tests of a compiled project, generic then singular."""
    tests: list[DataTest] = []
    for model in project.models.values():
        for entry in model.spec.get("data_tests") or model.spec.get("tests") or []:
            if (test := compile_generic(project, model, None, entry)) is not None:
                tests.append(test)
        for column in model.columns:
            for entry in column.tests:
                if (test := compile_generic(project, model, column.name, entry)) is not None:
                    tests.append(test)
    for singular in project.singular_tests:
        if singular.config.get("enabled") is False:
            continue
        tests.append(
            DataTest(
                name=singular.name,
                kind="singular",
                sql=singular.sql,
                depends_on=set(singular.refs),
                severity=str(singular.config.get("severity", "error")).lower(),
                description=singular.description,
            )
        )
    seen: dict[str, int] = {}
    for test in tests:  # keep names unique
        if test.name in seen:
            seen[test.name] += 1
            test.name = f"{test.name}_{seen[test.name]}"
        else:
            seen[test.name] = 0
    return tests


def run_test(con: duckdb.DuckDBPyConnection, test: DataTest) -> TestResult:
    started = time.perf_counter()
    try:
        failures = con.execute(f"select count(*) from ({test.sql}) as failing_rows").fetchone()[0]
        columns: list[str] = []
        sample: list[tuple[Any, ...]] = []
        if failures:
            cursor = con.execute(f"select * from ({test.sql}) as failing_rows limit {SAMPLE_ROWS}")
            columns = [d[0] for d in cursor.description]
            sample = cursor.fetchall()
    except duckdb.Error as exc:
        raise WarehouseError(f"data test {test.name} could not run: {one_line(exc)}") from exc
    return TestResult(
        name=test.name,
        kind=test.kind,
        model=test.model,
        column=test.column,
        severity=test.severity,
        failures=int(failures),
        columns=columns,
        sample_rows=sample,
        seconds=time.perf_counter() - started,
        sql=test.sql,
    )
