"""Where things live by default: the repo's data folder and SQL project, and which lake a data
folder uses (``resolve_lake``: the one place that decides it, for every command)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LAKE_FOLDERS = {"parquet": "lake", "delta": "lake-delta"}  # never mixed: one folder per format


def data_dir() -> Path:
    return Path(os.environ.get("NEWSLAKE_DATA_DIR", REPO / "data"))


def sample_config() -> Path:
    return REPO / "data" / "sample" / "feeds.toml"


def sql_project() -> Path:
    return Path(os.environ.get("NEWSLAKE_SQL_PROJECT", REPO / "dbt_like_sql"))


def lake_dir(data: Path, lake_format: str) -> Path:
    """The folder of the data folder's lake in ``lake_format`` (whether or not it exists)."""
    return Path(data) / LAKE_FOLDERS[lake_format]


def warehouse_path(data: Path) -> Path:
    return data / "warehouse.duckdb"


@dataclass(frozen=True)
class Lake:
    """The lake a command works on: its format and folder."""

    format: str
    path: Path

    @property
    def is_delta(self) -> bool:
        return self.format == "delta"

    def mark(self) -> None:
        """Record the format in the lake's own marker before a writer's first commit, so a new
        Delta lake (no table yet) is never taken for an empty Parquet one."""
        from newslake.delta_store import mark_lake_format

        self.path.mkdir(parents=True, exist_ok=True)
        mark_lake_format(self.path, self.format)


def existing_lake_formats(data: Path) -> list[str]:
    """Formats of the lakes this data folder already holds (in LAKE_FOLDERS order).

    A Delta lake is its folder's marker or a Delta table (``delta_store.is_delta_lake``); a Parquet
    lake is a folder with a table folder in it (a bare ``.lock`` or index is not a lake yet).
    """
    from newslake.delta_store import is_delta_lake
    from newslake.schema import TABLES

    found = []
    parquet = lake_dir(data, "parquet")
    if parquet.is_dir() and not is_delta_lake(parquet) and any((parquet / t).is_dir() for t in TABLES):
        found.append("parquet")
    delta = lake_dir(data, "delta")
    if delta.is_dir() and is_delta_lake(delta):
        found.append("delta")
    return found


def check_lake_format(requested: str) -> None:
    """Raise ``ValueError`` (its one line is what the CLI prints) unless ``requested`` is a format,
    so a command refuses a bad --lake-format before it starts or creates anything."""
    from newslake.config import LAKE_FORMATS

    if requested not in LAKE_FORMATS:
        raise ValueError(f"--lake-format takes {' or '.join(LAKE_FORMATS)}, not {requested!r}")


def resolve_lake(data: Path, requested: str | None = None) -> Lake:
    """The lake of ``data``: ``requested`` (a command's --lake-format, else the config's
    settings.lake_format) if given; else the lake the folder holds (the Delta one if it holds both:
    `newslake migrate-lake` makes a Delta copy of a Parquet lake, never the reverse); else
    ``config.DEFAULT_LAKE_FORMAT``.

    Every command asks here, so `status`, `build`, `retry-failed` and the rest read the lake that
    `run` writes, and an existing lake keeps being used when the config does not name a format.
    """
    from newslake.config import DEFAULT_LAKE_FORMAT

    if requested is not None:
        check_lake_format(requested)
        return Lake(requested, lake_dir(data, requested))
    present = existing_lake_formats(data)
    chosen = "delta" if "delta" in present else present[0] if present else DEFAULT_LAKE_FORMAT
    return Lake(chosen, lake_dir(data, chosen))
