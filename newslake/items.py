"""What discovery yields, and the run's staging area that holds it on disk.

An ``Item`` is a reference to one document to ingest (a wire file, a page to
read from the mirror or fetch, a feed item with its content, a WARC record at
an offset) or a ``mark`` (a source-index row to record once the items before
it are committed: the offset a JSONL or WARC file was read up to). Items are
small: bodies are read only when their batch is processed.

``Staging`` (``<data>/state/staging/<run_id>/``) is where a run keeps them:
each feed's discovery writes its own SQLite manifest (no lock contention
between feeds discovered at once), then ``merge`` copies them, in the
config's feed order (each feed's dated items by day), into one table keyed by
the item's ``key``: a page that several feeds list (a site's RSS, Atom and
sitemap) is kept once, from the first feed, and fetched once. Batches are ranges of that table, so a run's
memory holds one batch, not the corpus. The folder is removed when the run
ends, and a killed run's folder by the next run.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

ITEM_KINDS = ("wire", "page", "text", "warc", "mark")


@dataclass(slots=True)
class Item:
    key: str  # the same document under any feed: "url:<normalized>", "file:<path>", ...
    feed: str
    kind: str  # wire | page | text | warc | mark
    ident: str  # what the quarantine names it by (its URL or "<feed>/<file>")
    url: str | None = None  # pages: the address to fetch or look up (normalized: no tracking parameters)
    path: str | None = None  # wire files, WARC files
    offset: int | None = None  # WARC records
    body: str | None = None  # text items: the feed's content
    title: str | None = None
    published: str | None = None  # ISO 8601
    authors: list[str] = field(default_factory=list)
    remote: bool = False
    fetched_at: str | None = None  # text items: when the feed was read (a local feed's mtime, so reruns match)
    source_row: dict | None = None  # marks: the source-index row to record

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Item:
        return cls(**json.loads(text))


@dataclass(slots=True)
class StagedProblem:
    feed: str
    url: str | None
    stage: str
    error: str


_FEED_SCHEMA = """
CREATE TABLE IF NOT EXISTS items (seq INTEGER PRIMARY KEY, key TEXT NOT NULL, sort TEXT NOT NULL, payload TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS problems (seq INTEGER PRIMARY KEY, feed TEXT, url TEXT, stage TEXT, error TEXT);
"""
_MERGED_SCHEMA = """
CREATE TABLE IF NOT EXISTS items (seq INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, payload TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS problems (seq INTEGER PRIMARY KEY, feed TEXT, url TEXT, stage TEXT, error TEXT);
"""


def sort_key(item: Item) -> str:
    """Within a feed, items with a publication date go in date order (a sitemap that lists a site's
    archive then fills one day's partitions per batch, not every day's); the others keep their order,
    and a stream's mark comes after its items."""
    if item.kind == "mark":
        return "\uffff"
    return item.published[:10] if item.published else ""


def _connect(path: Path, schema: str) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    con.execute("PRAGMA journal_mode=OFF")  # scratch data: a killed run's staging is thrown away
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(schema)
    return con


class FeedManifest:
    """One feed's discovered items and problems, written as discovery yields them."""

    FLUSH = 1000

    def __init__(self, path: Path) -> None:
        self.path = path
        self.con = _connect(path, _FEED_SCHEMA)
        self._items: list[tuple[str, str, str]] = []
        self.count = 0
        self.problems = 0

    def add(self, item: Item) -> None:
        self._items.append((item.key, sort_key(item), item.to_json()))
        self.count += 1
        if len(self._items) >= self.FLUSH:
            self.flush()

    def problem(self, feed: str, url: str | None, stage: str, error: str) -> None:
        self.con.execute("INSERT INTO problems (feed, url, stage, error) VALUES (?, ?, ?, ?)", (feed, url, stage, error))
        self.problems += 1

    def flush(self) -> None:
        if self._items:
            self.con.execute("BEGIN")
            self.con.executemany("INSERT INTO items (key, sort, payload) VALUES (?, ?, ?)", self._items)
            self.con.execute("COMMIT")
            self._items.clear()

    def close(self) -> None:
        self.flush()
        self.con.close()


class Staging:
    """A run's staging folder: feed manifests, the merged item table, staged batches."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.merged = self.root / "items.sqlite"

    @classmethod
    def create(cls, state_dir: Path, run_id: str) -> Staging:
        base = Path(state_dir) / "staging"
        if base.exists():  # a killed run's leftovers: callers hold the lake lock, so no run is using them
            shutil.rmtree(base, ignore_errors=True)
        staging = cls(base / run_id)
        staging.root.mkdir(parents=True, exist_ok=True)
        return staging

    def feed_manifest(self, position: int) -> FeedManifest:
        """A fresh manifest for the feed at ``position`` (a retried discovery starts over)."""
        path = self.root / f"feed-{position:04d}.sqlite"
        path.unlink(missing_ok=True)
        return FeedManifest(path)

    def merge(self, positions: list[int]) -> tuple[int, int]:
        """Copy the feeds' items in feed order into one table, one per key; (kept, dropped duplicates)."""
        con = _connect(self.merged, _MERGED_SCHEMA)
        listed = 0
        try:
            for position in positions:
                path = self.root / f"feed-{position:04d}.sqlite"
                if not path.exists():
                    continue
                con.execute("ATTACH DATABASE ? AS feed", (str(path),))
                listed += con.execute("SELECT count(*) FROM feed.items").fetchone()[0]
                con.execute("INSERT OR IGNORE INTO main.items (key, payload) "
                            "SELECT key, payload FROM feed.items ORDER BY sort, seq")
                con.execute("INSERT INTO main.problems (feed, url, stage, error) "
                            "SELECT feed, url, stage, error FROM feed.problems ORDER BY seq")
                con.execute("DETACH DATABASE feed")
                path.unlink(missing_ok=True)
            kept = con.execute("SELECT count(*) FROM items").fetchone()[0]
        finally:
            con.close()
        return kept, listed - kept

    def batches(self, size: int) -> list[tuple[int, int]]:
        """(first seq, last seq) of consecutive batches of up to ``size`` items."""
        con = _connect(self.merged, _MERGED_SCHEMA)
        try:
            seqs = [row[0] for row in con.execute("SELECT seq FROM items ORDER BY seq")]
        finally:
            con.close()
        return [(seqs[i], seqs[min(i + size, len(seqs)) - 1]) for i in range(0, len(seqs), size)]

    def items(self, first: int, last: int) -> list[Item]:
        con = _connect(self.merged, _MERGED_SCHEMA)
        try:
            return [Item.from_json(p) for (p,) in con.execute(
                "SELECT payload FROM items WHERE seq BETWEEN ? AND ? ORDER BY seq", (first, last))]
        finally:
            con.close()

    def problems(self, chunk: int = 5000) -> Iterator[list[StagedProblem]]:
        """The discovery problems of every feed, in chunks."""
        if not self.merged.exists():
            return
        con = _connect(self.merged, _MERGED_SCHEMA)
        try:
            cursor = con.execute("SELECT feed, url, stage, error FROM problems ORDER BY seq")
            while rows := cursor.fetchmany(chunk):
                yield [StagedProblem(*row) for row in rows]
        finally:
            con.close()

    def batch_dir(self, number: int) -> Path:
        return self.root / f"batch-{number:06d}"

    def remove(self) -> None:
        with contextlib.suppress(OSError):
            shutil.rmtree(self.root)
