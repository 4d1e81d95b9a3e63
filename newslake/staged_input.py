"""A batch's documents as read, staged for extraction somewhere else (``newslake run --dask``).

With Dask, the flow's process reads or fetches a batch (it has the config,
the offline mirror, the lake index, the fetcher and its WARC archive) and
stages what it read here, in ``<staging>/input-<n>/``; the extraction task on
a worker reads only this folder. So a worker needs no config, mirror, lake
index or network: just the staging folder's path on a filesystem it shares
with the flow.

``documents.parquet`` holds the raw documents, one row each, with the
source-index row that goes with it (JSON); the batch's problems, fetch-log
rows and other source rows go through ``newslake.staged`` (its ``meta.json``),
like an extracted batch's. Datetimes are stored as ISO strings: extraction
sees exactly the values the default runner would have passed it (time zone
and naive values included).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from newslake.staged import StagedBatch, read_staged, write_staged
from transforms.pipeline import RawDocument

DOCUMENTS = pa.schema([
    pa.field("id", pa.string()),
    pa.field("kind", pa.string()),
    pa.field("body", pa.large_string()),
    pa.field("feed", pa.string()),
    pa.field("url", pa.string()),
    pa.field("source", pa.string()),
    pa.field("fetched_at", pa.string()),
    pa.field("published_hint", pa.string()),
    pa.field("title_hint", pa.string()),
    pa.field("authors_hint", pa.list_(pa.string())),
    pa.field("short_ok", pa.bool_()),
    pa.field("source_row", pa.string()),  # JSON, or null
])


@dataclass(slots=True)
class StagedInput:
    documents: list[RawDocument]
    source_rows: list[dict | None]  # per document: its source-index row before extraction
    batch: StagedBatch  # problems, fetch log, other source rows, counts, read seconds; no tables yet


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value is not None else None


def write_input(directory: Path, documents: list[RawDocument], source_rows: list[dict | None],
                batch: StagedBatch) -> Path:
    """Stage a read batch; ``meta.json`` (written last by ``write_staged``) marks the folder complete."""
    directory.mkdir(parents=True, exist_ok=True)
    rows = [{"id": d.id, "kind": d.kind, "body": d.body, "feed": d.feed, "url": d.url, "source": d.source,
             "fetched_at": _iso(d.fetched_at), "published_hint": _iso(d.published_hint), "title_hint": d.title_hint,
             "authors_hint": list(d.authors_hint), "short_ok": d.short_ok,
             "source_row": json.dumps(row, ensure_ascii=False) if row is not None else None}
            for d, row in zip(documents, source_rows)]
    pq.write_table(pa.Table.from_pylist(rows, schema=DOCUMENTS), directory / "documents.parquet", compression="lz4")
    write_staged(directory, batch, [])
    return directory


def read_input(directory: Path) -> StagedInput:
    batch = read_staged(directory)
    documents, source_rows = [], []
    for row in pq.read_table(directory / "documents.parquet").to_pylist():
        documents.append(RawDocument(
            id=row["id"], kind=row["kind"], body=row["body"], feed=row["feed"], url=row["url"], source=row["source"],
            fetched_at=_dt(row["fetched_at"]), published_hint=_dt(row["published_hint"]), title_hint=row["title_hint"],
            authors_hint=list(row["authors_hint"] or []), short_ok=bool(row["short_ok"])))
        source_rows.append(json.loads(row["source_row"]) if row["source_row"] is not None else None)
    return StagedInput(documents, source_rows, batch)
