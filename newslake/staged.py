"""A batch between extraction and commit: staged Parquet in the run's staging folder.

The extraction task writes what it made of a batch (the four contract tables,
the articles' MinHash signatures, and a small JSON of problems, warnings,
fetch-log and source-index rows) into ``<staging>/batch-<n>/`` and hands the
commit task that folder's path, not the objects: a task passes a path
whatever runs it, and the run holds no more than a batch or two in memory.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from newslake.rows import documents_to_tables
from newslake.schema import TABLES
from newslake.sources import Problem
from transforms.records import ExtractedDocument

CONTRACT = ("articles", "quotes", "entities", "figures")
SIGNATURES = pa.schema([pa.field("article_id", pa.string(), nullable=False), pa.field("signature", pa.binary())])


@dataclass(slots=True)
class StagedBatch:
    number: int
    tables: dict[str, pa.Table]
    signatures: dict[str, bytes | None]
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    warning_count: int = 0
    fetch_log: list[dict] = field(default_factory=list)
    source_rows: list[dict] = field(default_factory=list)
    documents: int = 0  # raw documents read or fetched
    unchanged: int = 0  # read and found unchanged before extraction
    seconds: dict[str, float] = field(default_factory=dict)  # time spent reading/fetching and extracting


def write_staged(directory: Path, batch: StagedBatch, docs: list[ExtractedDocument] | None = None) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    tables = documents_to_tables(docs) if docs is not None else batch.tables
    for name in CONTRACT:
        pq.write_table(tables[name], directory / f"{name}.parquet", compression="lz4")
    sigs = pa.Table.from_pydict({"article_id": list(batch.signatures), "signature": list(batch.signatures.values())},
                                schema=SIGNATURES)
    pq.write_table(sigs, directory / "signatures.parquet", compression="none")
    meta = {
        "number": batch.number,
        "problems": [[p.feed, p.url, p.stage, p.error] for p in batch.problems],
        "warnings": batch.warnings,
        "warning_count": batch.warning_count,
        "fetch_log": [{**row, "fetched_at": row["fetched_at"].isoformat()} for row in batch.fetch_log],
        "source_rows": batch.source_rows,
        "documents": batch.documents,
        "unchanged": batch.unchanged,
        "seconds": batch.seconds,
    }
    tmp = directory / "meta.json.tmp"
    tmp.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    tmp.replace(directory / "meta.json")  # last: a folder without meta.json is incomplete
    return directory


def read_staged(directory: Path) -> StagedBatch:
    meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
    tables = {name: pq.read_table(directory / f"{name}.parquet").cast(TABLES[name][0]) for name in CONTRACT}
    sigs = pq.read_table(directory / "signatures.parquet")
    return StagedBatch(
        number=meta["number"],
        tables=tables,
        signatures=dict(zip(sigs["article_id"].to_pylist(), sigs["signature"].to_pylist())),
        problems=[Problem(*p) for p in meta["problems"]],
        warnings=meta["warnings"],
        warning_count=meta["warning_count"],
        fetch_log=[{**row, "fetched_at": datetime.fromisoformat(row["fetched_at"])} for row in meta["fetch_log"]],
        source_rows=meta["source_rows"],
        documents=meta["documents"],
        unchanged=meta["unchanged"],
        seconds=meta.get("seconds", {}),
    )


def remove_staged(directory: Path) -> None:
    shutil.rmtree(directory, ignore_errors=True)
