"""A dbt-duckdb source plugin for the Delta lake: ``lake_source`` under real dbt.

dbt-duckdb's own ``delta`` plugin hands DuckDB ``DeltaTable.to_pyarrow_dataset()``,
whose string_view columns DuckDB filters reject, and it has no ``filename``
column, which the staging models use. This one builds the very relation the
in-process runner uses (``newslake.sqlrunner.lake.delta_relation``: the data
files of the table's current snapshot, read natively, no DuckDB extension) in
an in-memory DuckDB and hands dbt the Arrow result, so both runners build the
same warehouse from the same lake. Declared in profiles.yml as
``newslake_delta``; the ``lake_delta`` source (models/staging/_sources_delta.yml)
uses it, and macros/dbt_only/lake_source.sql picks it when the table has a
``_delta_log``.
"""

from __future__ import annotations

from typing import Any

import duckdb
from dbt.adapters.duckdb.plugins import BasePlugin
from dbt.adapters.duckdb.utils import SourceConfig

from newslake.sqlrunner import lake


class Plugin(BasePlugin):
    def initialize(self, config: dict[str, Any]) -> None:
        pass

    def configure_connection(self, conn) -> None:
        # Once, when dbt opens the database: model threads loading sources at the same
        # time would otherwise race on CREATE SCHEMA (a DuckDB write-write conflict).
        conn.execute("create schema if not exists lake_delta")

    def load(self, source_config: SourceConfig):
        root = source_config.get("lake_root")
        table = source_config.identifier
        _version, files = lake.delta_snapshot(root, table)
        with duckdb.connect() as con:
            if not files:
                sql = lake.empty_relation(lake.duckdb_columns(table))
            else:
                articles = None
                if table in ("quotes", "entities", "figures") and lake.is_delta(root, "articles"):
                    articles = lake.delta_snapshot(root, "articles")[1]
                sql = lake.delta_relation(root, table, files, articles)
            return con.execute(f"select * from {sql}").to_arrow_table()

    def default_materialization(self) -> str:
        return "table"  # one snapshot per build, copied once
