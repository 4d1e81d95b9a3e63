"""Read a dbt project and render its models and tests with Jinja.

Supported: dbt_project.yml (name, model-paths, macro-paths, test-paths, vars,
folder-level ``+materialized`` configs), property files (``models:`` with
descriptions, columns, ``config:`` and ``data_tests:``; ``sources:`` with
``meta``/``config.meta`` and ``external_location`` as dbt-duckdb reads it),
models (``ref``, ``source``, ``config``, ``env_var``, ``var``, ``this``,
``execute``, ``target``, ``log``), macros under macro-paths except the
``dbt_only/`` folder (whose macros, e.g. ``lake_source``, need dbt internals;
the runner implements them natively), and singular tests.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import yaml

from newslake.sqlrunner import lake
from newslake.sqlrunner.errors import WarehouseError, one_line

# libyaml's safe loader where the wheel has it: the models' YAML parses ten times faster
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

DBT_ONLY_MACRO_DIR = "dbt_only"
MATERIALIZATIONS = ("view", "table")
SCHEMA = "main"


def relation_name(model: str) -> str:
    return f"{SCHEMA}.{lake.quote_ident(model)}"


@dataclass
class Column:
    name: str
    description: str = ""
    data_type: str | None = None
    tests: list[Any] = field(default_factory=list)


@dataclass
class SourceTable:
    source_name: str
    name: str
    identifier: str
    schema: str
    description: str
    meta: dict[str, Any]
    columns: list[Column]


@dataclass
class Model:
    name: str
    path: Path  # relative to the project root
    raw_sql: str
    description: str = ""
    columns: list[Column] = field(default_factory=list)
    spec: dict[str, Any] = field(default_factory=dict)  # the YAML entry
    config: dict[str, Any] = field(default_factory=dict)
    sql: str = ""  # compiled
    refs: set[str] = field(default_factory=set)
    sources: set[tuple[str, str]] = field(default_factory=set)

    @property
    def layer(self) -> str:
        parts = self.path.parts
        return parts[1] if len(parts) > 2 else ""

    @property
    def materialized(self) -> str:
        return str(self.config.get("materialized", "view"))


@dataclass
class SingularTest:
    name: str
    path: Path
    raw_sql: str
    description: str = ""
    sql: str = ""
    config: dict[str, Any] = field(default_factory=dict)
    refs: set[str] = field(default_factory=set)


class _Recorder:
    """What one template called: refs, sources, config."""

    def __init__(self) -> None:
        self.refs: set[str] = set()
        self.sources: set[tuple[str, str]] = set()
        self.config: dict[str, Any] = {}


class Project:
    """A parsed dbt project, rendered for one lake and warehouse."""

    def __init__(
        self,
        root: Path,
        *,
        env_overrides: Mapping[str, str] | None = None,
    ) -> None:
        self.root = Path(root).resolve()
        project_file = self.root / "dbt_project.yml"
        if not project_file.is_file():
            raise WarehouseError(f"no dbt project: {project_file} does not exist")
        self.env_overrides = dict(env_overrides or {})
        self.settings = self._load_yaml(project_file)
        self.name = str(self.settings.get("name", "project"))
        self.vars: dict[str, Any] = dict(self.settings.get("vars") or {})
        self.jinja = jinja2.Environment(
            undefined=jinja2.StrictUndefined,
            extensions=["jinja2.ext.do", "jinja2.ext.loopcontrols"],
            keep_trailing_newline=True,
        )
        self.sources: dict[tuple[str, str], SourceTable] = {}
        self._delta_snapshots: dict[tuple[str, str], tuple[int, list[str]]] = {}
        self.lake_versions: dict[str, int] = {}  # Delta table -> version this build reads
        self.models: dict[str, Model] = {}
        self.singular_tests: list[SingularTest] = []
        self._macro_template = self._load_macros()
        self._load_properties_and_models()
        self._load_singular_tests()

    # ------------------------------------------------------------------ paths
    def _paths(self, key: str, default: str) -> list[Path]:
        return [self.root / p for p in self.settings.get(key, [default])]

    @staticmethod
    def _load_yaml(path: Path) -> dict[str, Any]:
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
        except yaml.YAMLError as exc:
            raise WarehouseError(f"{path}: invalid YAML: {exc}") from exc
        return data or {}

    # ------------------------------------------------------------ jinja basics
    def env_var(self, name: str, default: str | None = None) -> str:
        if name in self.env_overrides:
            return self.env_overrides[name]
        if name in os.environ:
            return os.environ[name]
        if default is not None:
            return default
        raise WarehouseError(f"env_var('{name}') is not set and has no default")

    def var(self, name: str, default: Any = None) -> Any:
        if name in self.vars:
            return self.vars[name]
        if default is not None:
            return default
        raise WarehouseError(f"var('{name}') is not defined in dbt_project.yml")

    def _render_yaml_value(self, value: Any) -> Any:
        """Render Jinja in YAML strings (dbt does, for env_var and var)."""
        if isinstance(value, str) and "{{" in value:
            try:
                return self.jinja.from_string(value).render(env_var=self.env_var, var=self.var)
            except jinja2.TemplateError as exc:
                raise WarehouseError(f"cannot render {value!r}: {exc}") from exc
        if isinstance(value, dict):
            return {k: self._render_yaml_value(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self._render_yaml_value(v) for v in value]
        return value

    def _load_macros(self) -> jinja2.Template | None:
        texts = []
        for macro_dir in self._paths("macro-paths", "macros"):
            for path in sorted(macro_dir.rglob("*.sql")):
                if DBT_ONLY_MACRO_DIR in path.relative_to(macro_dir).parts[:-1]:
                    continue
                texts.append(path.read_text(encoding="utf-8"))
        if not texts:
            return None
        try:
            return self.jinja.from_string("\n".join(texts))
        except jinja2.TemplateError as exc:
            raise WarehouseError(f"macros: {exc}") from exc

    # ------------------------------------------------------------- properties
    def _load_properties_and_models(self) -> None:
        specs: dict[str, dict[str, Any]] = {}
        for model_dir in self._paths("model-paths", "models"):
            for path in sorted([*model_dir.rglob("*.yml"), *model_dir.rglob("*.yaml")]):
                data = self._load_yaml(path)
                for entry in data.get("models") or []:
                    specs[entry["name"]] = entry
                for source in data.get("sources") or []:
                    self._add_source(source)
            for path in sorted(model_dir.rglob("*.sql")):
                name = path.stem
                if name in self.models:
                    raise WarehouseError(f"two models named {name!r}: {self.models[name].path} and {path}")
                self.models[name] = Model(
                    name=name,
                    path=path.relative_to(self.root),
                    raw_sql=path.read_text(encoding="utf-8"),
                )
        for name, spec in specs.items():
            model = self.models.get(name)
            if model is None:
                raise WarehouseError(f"properties describe model {name!r}, which has no .sql file")
            model.spec = spec
            model.description = str(spec.get("description") or "").strip()
            model.columns = [_column(c) for c in spec.get("columns") or []]
        for model in self.models.values():
            model.config = self._folder_config(model)
            model.config.update(model.spec.get("config") or {})

    def _add_source(self, source: dict[str, Any]) -> None:
        source = self._render_yaml_value(source)
        meta = {**(source.get("meta") or {}), **((source.get("config") or {}).get("meta") or {})}
        if meta.get("plugin"):
            return  # loaded by a dbt-duckdb plugin (real dbt only); this runner reads the lake natively
        for table in source.get("tables") or []:
            table_meta = {**meta, **(table.get("meta") or {}), **((table.get("config") or {}).get("meta") or {})}
            key = (source["name"], table["name"])
            self.sources[key] = SourceTable(
                source_name=source["name"],
                name=table["name"],
                identifier=table.get("identifier", table["name"]),
                schema=source.get("schema", source["name"]),
                description=str(table.get("description") or "").strip(),
                meta=table_meta,
                columns=[_column(c) for c in table.get("columns") or []],
            )

    def _folder_config(self, model: Model) -> dict[str, Any]:
        config: dict[str, Any] = {}
        node = (self.settings.get("models") or {}).get(self.name) or {}
        folders = list(model.path.parts[1:-1])
        while isinstance(node, dict):
            for key, value in node.items():
                if key.startswith("+"):
                    config[key[1:]] = value
                elif not isinstance(value, dict):
                    config[key] = value
            if not folders:
                break
            node = node.get(folders.pop(0))
        return config

    def _load_singular_tests(self) -> None:
        for test_dir in self._paths("test-paths", "tests"):
            for path in sorted(test_dir.rglob("*.sql")):
                raw = path.read_text(encoding="utf-8")
                self.singular_tests.append(
                    SingularTest(name=path.stem, path=path.relative_to(self.root), raw_sql=raw,
                                 description=_leading_comment(raw))
                )

    # -------------------------------------------------------------- rendering
    def source_relation(self, source_name: str, table_name: str) -> str:
        table = self.sources.get((source_name, table_name))
        if table is None:
            raise WarehouseError(f"source('{source_name}', '{table_name}') is not declared in a sources YAML file")
        location = table.meta.get("external_location")
        if location:
            values = {"name": table.name, "identifier": table.identifier, "schema": table.schema,
                      "database": None, "tags": [], **table.meta}
            rendered = str(location).format_map(values)
            if "(" not in rendered and not rendered.startswith("'"):
                rendered = f"'{rendered}'"
            return rendered
        return f"{lake.quote_ident(table.schema)}.{lake.quote_ident(table.identifier)}"

    def lake_source_relation(self, table_name: str, source_name: str = "lake") -> str:
        """Native ``lake_source``: the source, or an empty typed relation."""
        table = self.sources.get((source_name, table_name))
        if table is None:
            raise WarehouseError(f"source('{source_name}', '{table_name}') is not declared in a sources YAML file")
        root = table.meta.get("lake_root")
        if root is None:
            raise WarehouseError(f"source {source_name}.{table_name} has no meta.lake_root")
        if lake.is_delta(root, table.identifier):
            version, files = self.delta_snapshot(root, table.identifier)
            if files and lake.duckdb_columns(table.identifier) is not None:
                article_files = None
                if table.identifier in ("quotes", "entities", "figures") and lake.is_delta(root, "articles"):
                    article_files = self.delta_snapshot(root, "articles")[1]
                return lake.delta_relation(root, table.identifier, files, article_files)
        elif lake.has_files(lake.lake_glob(root, table.identifier)):
            return self.source_relation(source_name, table_name)
        columns = lake.duckdb_columns(table.identifier)
        if columns is None:  # not in newslake.schema: use the declared types
            if not table.columns or any(c.data_type is None for c in table.columns):
                raise WarehouseError(f"source {source_name}.{table_name} has no files and no column types")
            columns = tuple((c.name, str(c.data_type)) for c in table.columns)
        return lake.empty_relation(columns)

    def delta_snapshot(self, root: str, table: str) -> tuple[int, list[str]]:
        """One snapshot per table per build (every model reads the same version); recorded in
        ``lake_versions`` for the warehouse's ``_newslake.lake_versions``."""
        key = (str(root), table)
        if key not in self._delta_snapshots:
            self._delta_snapshots[key] = lake.delta_snapshot(root, table)
            self.lake_versions[table] = self._delta_snapshots[key][0]
        return self._delta_snapshots[key]

    def _context(self, recorder: _Recorder, this: str) -> dict[str, Any]:
        def ref(*args: str, **_: Any) -> str:
            name = args[-1]
            if name not in self.models:
                raise WarehouseError(f"ref('{name}') names no model")
            recorder.refs.add(name)
            return relation_name(name)

        def source(source_name: str, table_name: str) -> str:
            recorder.sources.add((source_name, table_name))
            return self.source_relation(source_name, table_name)

        def lake_source(table_name: str, source_name: str = "lake") -> str:
            recorder.sources.add((source_name, table_name))
            return self.lake_source_relation(table_name, source_name)

        def config(*args: Any, **kwargs: Any) -> str:
            for arg in args:
                if isinstance(arg, dict):
                    recorder.config.update(arg)
            recorder.config.update(kwargs)
            return ""

        def log(*_: Any, **__: Any) -> str:
            return ""

        return {
            "ref": ref,
            "source": source,
            "lake_source": lake_source,
            "config": config,
            "env_var": self.env_var,
            "var": self.var,
            "log": log,
            "this": this,
            "execute": True,
            "project_name": self.name,
            "target": {"name": "newslake", "type": "duckdb", "schema": SCHEMA},
        }

    def render(self, raw: str, *, origin: Path, this: str = "") -> tuple[str, _Recorder]:
        recorder = _Recorder()
        context = self._context(recorder, this)
        try:
            if self._macro_template is not None:
                module = self._macro_template.make_module(vars=context)
                macros = {k: v for k, v in vars(module).items() if not k.startswith("_") and callable(v)}
                # native implementations win over project macros of the same name
                context = {**macros, **context}
            sql = self.jinja.from_string(raw).render(context)
        except WarehouseError as exc:
            raise WarehouseError(f"{origin}: {exc}") from exc
        except jinja2.TemplateError as exc:
            line = f" line {exc.lineno}" if getattr(exc, "lineno", None) else ""
            raise WarehouseError(f"{origin}{line}: {one_line(exc)}") from exc
        return _strip_semicolon(sql), recorder

    def compile(self) -> None:
        """Render every model and singular test; record refs and configs."""
        for model in self.models.values():
            sql, rec = self.render(model.raw_sql, origin=model.path, this=relation_name(model.name))
            model.sql, model.refs, model.sources = sql, rec.refs, rec.sources
            model.config.update(rec.config)
            if model.materialized not in MATERIALIZATIONS:
                raise WarehouseError(
                    f"{model.path}: materialized={model.materialized!r} is not supported "
                    f"(use one of {', '.join(MATERIALIZATIONS)})"
                )
            if model.name in model.refs:
                raise WarehouseError(f"{model.path}: model refers to itself")
        for test in self.singular_tests:
            sql, rec = self.render(test.raw_sql, origin=test.path)
            test.sql, test.refs, test.config = sql, rec.refs, rec.config


def _column(entry: dict[str, Any]) -> Column:
    return Column(
        name=str(entry["name"]),
        description=str(entry.get("description") or "").strip(),
        data_type=entry.get("data_type"),
        tests=list(entry.get("data_tests") or entry.get("tests") or []),
    )


def _strip_semicolon(sql: str) -> str:
    sql = sql.strip()
    while sql.endswith(";"):
        sql = sql[:-1].rstrip()
    return sql


_COMMENT = re.compile(r"^\s*--\s?(.*)$")


def _leading_comment(sql: str) -> str:
    lines = []
    for line in sql.splitlines():
        match = _COMMENT.match(line)
        if not match:
            if line.strip() and not line.strip().startswith("{{"):
                break
            continue
        lines.append(match.group(1).strip())
    return " ".join(lines).strip()

