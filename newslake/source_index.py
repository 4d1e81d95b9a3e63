"""The source index: which local inputs are already in the lake, so reruns skip them.

Rows live in the lake index (``sources`` table), keyed by

* ``file:<path>`` for a wire file or a mirrored page: its size, mtime and
  SHA-256 when it was last ingested, the pipeline version and the outcome
  (``ok``, or ``failed`` for input that was quarantined). Discovery skips a
  file whose size and mtime match without reading it; a file whose mtime
  changed but whose bytes did not (``touch``, a copy) is read and hashed but
  not extracted again.
* ``stream:<path>`` for a JSONL or WARC file read as a feed: the byte offset
  it was read up to and the SHA-256 of the bytes before it. An unchanged file
  is skipped; a file that grew from the same beginning is read from the
  offset (JSONL by line, WARC by record); any other change reads it again
  from the start (items already in the lake are then skipped by URL).

Rows are recorded by the commit of the batch that held the file's article
(or, for a stream, its last item), so a killed run records nothing it did not
commit. A new pipeline version reads everything again.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from newslake.lake_index import SourceEntry
from transforms import PIPELINE_VERSION

READ_CHUNK = 1 << 20


class ChangedWhileRead(OSError):
    """The file changed between the stat before and after reading it."""


@dataclass(frozen=True, slots=True)
class FileState:
    size: int
    mtime_ns: int


def file_key(path: Path) -> str:
    return f"file:{Path(path).resolve()}"


def stream_key(path: Path) -> str:
    return f"stream:{Path(path).resolve()}"


def state_of(path: Path) -> FileState:
    st = os.stat(path)
    return FileState(st.st_size, st.st_mtime_ns)


def unchanged(entry: SourceEntry | None, state: FileState) -> bool:
    """The fast path: same size, same mtime, same pipeline version (nothing is read)."""
    return (entry is not None and entry.size == state.size and entry.mtime_ns == state.mtime_ns
            and entry.pipeline_version == PIPELINE_VERSION)


def read_stable(path: Path, on_open=None) -> tuple[bytes, FileState]:
    """The file's bytes and the state they belong to; ``ChangedWhileRead`` if it changed meanwhile.

    ``on_open`` (tests) runs after the first stat, while the file is open.
    """
    with open(path, "rb") as handle:
        before = os.fstat(handle.fileno())
        if on_open is not None:
            on_open()
        body = handle.read()
        after = os.fstat(handle.fileno())
    if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns) or len(body) != after.st_size:
        raise ChangedWhileRead(f"{Path(path).name} changed while it was read; it is read again next run")
    return body, FileState(after.st_size, after.st_mtime_ns)


def sha256(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def file_row(key: str, feed: str, state: FileState, digest: str, outcome: str, article_id: str | None = None) -> dict:
    return {"key": key, "feed": feed, "size": state.size, "mtime_ns": state.mtime_ns, "sha256": digest,
            "offset": None, "prefix_sha256": None, "records": None, "pipeline_version": PIPELINE_VERSION,
            "outcome": outcome, "updated_at": datetime.now(timezone.utc).isoformat(), "article_id": article_id}


def stream_row(key: str, feed: str, state: FileState, offset: int, prefix_sha256: str, records: int) -> dict:
    return {"key": key, "feed": feed, "size": state.size, "mtime_ns": state.mtime_ns,
            "sha256": prefix_sha256 if offset == state.size else None, "offset": offset,
            "prefix_sha256": prefix_sha256, "records": records, "pipeline_version": PIPELINE_VERSION,
            "outcome": "ok", "updated_at": datetime.now(timezone.utc).isoformat()}


def resume_offset(path: Path, entry: SourceEntry | None, state: FileState) -> tuple[int, "hashlib._Hash"]:
    """Where to resume reading a stream, and a SHA-256 already fed with the bytes before it.

    The offset is the recorded one if the file still starts with the bytes
    recorded there (it grew by appending), else 0.
    """
    hasher = hashlib.sha256()
    if (entry is None or not entry.offset or entry.prefix_sha256 is None or entry.offset > state.size
            or entry.pipeline_version != PIPELINE_VERSION):
        return 0, hasher
    remaining = entry.offset
    with open(path, "rb") as handle:
        while remaining:
            chunk = handle.read(min(READ_CHUNK, remaining))
            if not chunk:
                break
            hasher.update(chunk)
            remaining -= len(chunk)
    if remaining == 0 and hasher.hexdigest() == entry.prefix_sha256:
        return entry.offset, hasher
    return 0, hashlib.sha256()
