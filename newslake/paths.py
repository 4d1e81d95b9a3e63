"""Where things live by default: the repo's data folder and SQL project."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def data_dir() -> Path:
    return Path(os.environ.get("NEWSLAKE_DATA_DIR", REPO / "data"))


def sample_config() -> Path:
    return REPO / "data" / "sample" / "feeds.toml"


def sql_project() -> Path:
    return Path(os.environ.get("NEWSLAKE_SQL_PROJECT", REPO / "dbt_like_sql"))


def lake_dir(data: Path) -> Path:
    return data / "lake"


def warehouse_path(data: Path) -> Path:
    return data / "warehouse.duckdb"
