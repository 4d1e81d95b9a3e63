"""Conditional-GET validators (ETag / Last-Modified) persisted between runs.

One SQLite file, ``<state_dir>/http_validators.sqlite``: every update is its
own transaction, so the file is always consistent (atomic writes) even when a
run is killed; WAL mode keeps concurrent fetch threads cheap. Keys are the
exact URL requested at each hop (redirect hops included).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

__all__ = ["ValidatorStore"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS validators (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    updated_at REAL NOT NULL
)
"""


class ValidatorStore:
    FILENAME = "http_validators.sqlite"

    def __init__(self, state_dir: Path) -> None:
        state_dir = Path(state_dir)
        state_dir.mkdir(parents=True, exist_ok=True)
        self.path = state_dir / self.FILENAME
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._db.execute(_SCHEMA)

    def get(self, url: str) -> tuple[str | None, str | None]:
        with self._lock:
            row = self._db.execute(
                "SELECT etag, last_modified FROM validators WHERE url = ?", (url,)
            ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def put(self, url: str, etag: str | None, last_modified: str | None) -> None:
        with self._lock:
            if etag is None and last_modified is None:
                self._db.execute("DELETE FROM validators WHERE url = ?", (url,))
                return
            self._db.execute(
                "INSERT INTO validators (url, etag, last_modified, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, "
                "last_modified = excluded.last_modified, updated_at = excluded.updated_at",
                (url, etag, last_modified, time.time()),
            )

    def __len__(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM validators").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            try:
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error:
                pass
            self._db.close()
