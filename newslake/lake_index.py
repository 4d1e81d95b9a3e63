"""The lake's own index: one SQLite file beside the Parquet tables.

``<lake>/_state/index.sqlite`` holds what a writer needs to look up without
reading the lake: each article's key facts (content hash, pipeline version,
partition, publication time, cluster, URLs), the band keys of its MinHash
signature (the persisted LSH index of ``newslake.clusters``), the source index
(local files and streams already ingested, ``newslake.source_index``), the
list of article files (a fingerprint: an index whose files differ from the
lake's is rebuilt), and the commit journal (``newslake.lake.LakeTransaction``
records each batch here before renaming its files, so a killed commit is rolled
forward by the next writer).

Only the writer that holds the lake lock writes it. It is a cache of the
Parquet files, never the truth: a missing, corrupt or outdated index is rebuilt
from the files (``ensure_index``), and the source index is then cleared, so the
next run reads local inputs once more and finds them unchanged.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

STATE_DIR = "_state"
INDEX_FILE = "index.sqlite"
SCHEMA_VERSION = "2"
_CHUNK = 500  # SQLite host parameters per IN (...) list

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    partition TEXT NOT NULL,
    published_s INTEGER,
    cluster_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_cluster ON articles (cluster_id);
CREATE INDEX IF NOT EXISTS articles_hash ON articles (content_hash);
CREATE TABLE IF NOT EXISTS urls (url TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (url, id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS urls_id ON urls (id);
CREATE TABLE IF NOT EXISTS lsh (h INTEGER NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (h, id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS lsh_id ON lsh (id);
CREATE TABLE IF NOT EXISTS sources (
    key TEXT PRIMARY KEY,
    feed TEXT NOT NULL,
    size INTEGER,
    mtime_ns INTEGER,
    sha256 TEXT,
    offset INTEGER,
    prefix_sha256 TEXT,
    records INTEGER,
    pipeline_version TEXT,
    outcome TEXT,
    updated_at TEXT,
    article_id TEXT
);
CREATE INDEX IF NOT EXISTS sources_article ON sources (article_id);
CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS verified (path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS commits (
    seq INTEGER PRIMARY KEY,
    commit_id TEXT NOT NULL UNIQUE,
    adds TEXT NOT NULL,
    removes TEXT NOT NULL
);
"""

SOURCE_COLUMNS = ("key", "feed", "size", "mtime_ns", "sha256", "offset", "prefix_sha256", "records",
                  "pipeline_version", "outcome", "updated_at", "article_id")


@dataclass(frozen=True, slots=True)
class ArticleEntry:
    rowid: int
    article_id: str
    content_hash: str
    pipeline_version: str
    partition: str
    published_s: int | None
    cluster_id: str


@dataclass(frozen=True, slots=True)
class SourceEntry:
    key: str
    feed: str
    size: int | None
    mtime_ns: int | None
    sha256: str | None
    offset: int | None
    prefix_sha256: str | None
    records: int | None
    pipeline_version: str | None
    outcome: str | None
    updated_at: str | None
    article_id: str | None = None


def index_path(lake: Path) -> Path:
    return lake / STATE_DIR / INDEX_FILE


def epoch_seconds(value: datetime | None) -> int | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return int(value.timestamp())


def partition_of(value: date | datetime | None, column: str = "published_date") -> str:
    if value is None:
        return f"{column}=none"
    if isinstance(value, datetime):
        value = value.date()
    return f"{column}={value.isoformat()}"


def _chunks(values: Sequence, size: int = _CHUNK) -> Iterator[Sequence]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


class LakeIndex:
    """A connection to the lake's index; cheap to open, one per thread.

    Reads are plain queries; every change goes through ``transaction()``, one
    SQLite transaction (WAL, ``synchronous=FULL``: durable when it returns).
    """

    def __init__(self, lake: Path) -> None:
        self.lake = Path(lake)
        self.path = index_path(self.lake)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.con = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=False)
        self._lock = threading.RLock()
        try:
            self.con.execute("PRAGMA journal_mode=WAL")
            self.con.execute("PRAGMA synchronous=FULL")
            self.con.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            version = self.meta("schema_version")
            if version is not None and version != SCHEMA_VERSION:
                raise sqlite3.DatabaseError(f"index schema version {version}, not {SCHEMA_VERSION}")
            self.con.executescript(_SCHEMA)
            if version is None:
                self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
        except sqlite3.DatabaseError:
            self.con.close()
            raise

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.con.close()

    def __enter__(self) -> LakeIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self.con.execute("BEGIN IMMEDIATE")
            try:
                yield self.con
            except BaseException:
                self.con.execute("ROLLBACK")
                raise
            self.con.execute("COMMIT")

    # ---------------------------------------------------------------- meta
    def meta(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    @staticmethod
    def set_meta(con: sqlite3.Connection, key: str, value: str) -> None:
        con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # ------------------------------------------------------------ articles
    def articles(self, article_ids: Iterable[str]) -> dict[str, ArticleEntry]:
        ids = sorted(set(article_ids))
        found: dict[str, ArticleEntry] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for row in self.con.execute(
                    f"SELECT id, article_id, content_hash, pipeline_version, partition, published_s, cluster_id "
                    f"FROM articles WHERE article_id IN ({marks})", chunk):
                found[row[1]] = ArticleEntry(*row)
        return found

    def cluster_members(self, cluster_ids: Iterable[str]) -> list[ArticleEntry]:
        ids = sorted(set(cluster_ids))
        members: list[ArticleEntry] = []
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            members += [ArticleEntry(*row) for row in self.con.execute(
                f"SELECT id, article_id, content_hash, pipeline_version, partition, published_s, cluster_id "
                f"FROM articles WHERE cluster_id IN ({marks})", chunk)]
        return members

    def by_content_hash(self, content_hash: str, low_s: int | None, high_s: int | None) -> list[ArticleEntry]:
        sql = ("SELECT id, article_id, content_hash, pipeline_version, partition, published_s, cluster_id "
               "FROM articles WHERE content_hash = ?")
        rows = self.con.execute(sql + _window_sql("published_s", low_s, high_s),
                                (content_hash, *_window_params(low_s, high_s))).fetchall()
        return [ArticleEntry(*row) for row in rows]

    def lsh_candidates(self, keys: Sequence[int], low_s: int | None, high_s: int | None) -> list[ArticleEntry]:
        """Articles sharing a band key with ``keys``, published inside the window (or undated)."""
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        sql = (f"SELECT DISTINCT a.id, a.article_id, a.content_hash, a.pipeline_version, a.partition, "
               f"a.published_s, a.cluster_id FROM lsh l JOIN articles a ON a.id = l.id WHERE l.h IN ({marks})")
        rows = self.con.execute(sql + _window_sql("a.published_s", low_s, high_s),
                                (*keys, *_window_params(low_s, high_s))).fetchall()
        return [ArticleEntry(*row) for row in rows]

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        wanted = sorted(set(urls))
        known: set[str] = set()
        for chunk in _chunks(wanted):
            marks = ",".join("?" * len(chunk))
            known |= {row[0] for row in self.con.execute(f"SELECT DISTINCT url FROM urls WHERE url IN ({marks})", chunk)}
        return known

    def article_count(self) -> int:
        return self.con.execute("SELECT count(*) FROM articles").fetchone()[0]

    @staticmethod
    def upsert_articles(con: sqlite3.Connection, rows: Sequence[dict]) -> dict[str, int]:
        """Insert or replace article entries (with their URLs); returns article_id -> rowid."""
        rowids: dict[str, int] = {}
        for row in rows:
            con.execute(
                "INSERT INTO articles (article_id, content_hash, pipeline_version, partition, published_s, cluster_id) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET content_hash = excluded.content_hash, "
                "pipeline_version = excluded.pipeline_version, partition = excluded.partition, "
                "published_s = excluded.published_s, cluster_id = excluded.cluster_id",
                (row["article_id"], row["content_hash"], row["pipeline_version"], row["partition"],
                 row["published_s"], row["cluster_id"]))
            rowid = con.execute("SELECT id FROM articles WHERE article_id = ?", (row["article_id"],)).fetchone()[0]
            rowids[row["article_id"]] = rowid
            con.execute("DELETE FROM urls WHERE id = ?", (rowid,))
            for url in {u for u in (row.get("url"), row.get("canonical_url")) if u}:
                con.execute("INSERT OR IGNORE INTO urls VALUES (?, ?)", (url, rowid))
        return rowids

    @staticmethod
    def set_clusters(con: sqlite3.Connection, clusters: dict[str, str]) -> None:
        con.executemany("UPDATE articles SET cluster_id = ? WHERE article_id = ?",
                        [(c, a) for a, c in clusters.items()])

    @staticmethod
    def replace_lsh(con: sqlite3.Connection, rowid: int, keys: Sequence[int]) -> None:
        con.execute("DELETE FROM lsh WHERE id = ?", (rowid,))
        con.executemany("INSERT OR IGNORE INTO lsh VALUES (?, ?)", [(k, rowid) for k in keys])

    # ------------------------------------------------------------- sources
    def source(self, key: str) -> SourceEntry | None:
        row = self.con.execute(f"SELECT {', '.join(SOURCE_COLUMNS)} FROM sources WHERE key = ?", (key,)).fetchone()
        return SourceEntry(*row) if row else None

    def sources(self, keys: Iterable[str]) -> dict[str, SourceEntry]:
        wanted = sorted(set(keys))
        found: dict[str, SourceEntry] = {}
        for chunk in _chunks(wanted):
            marks = ",".join("?" * len(chunk))
            for row in self.con.execute(f"SELECT {', '.join(SOURCE_COLUMNS)} FROM sources WHERE key IN ({marks})", chunk):
                found[row[0]] = SourceEntry(*row)
        return found

    @staticmethod
    def upsert_sources(con: sqlite3.Connection, rows: Sequence[dict]) -> None:
        marks = ",".join("?" * len(SOURCE_COLUMNS))
        con.executemany(f"INSERT OR REPLACE INTO sources ({', '.join(SOURCE_COLUMNS)}) VALUES ({marks})",
                        [tuple(row.get(c) for c in SOURCE_COLUMNS) for row in rows])

    # --------------------------------------------------------------- files
    def files(self) -> dict[str, int]:
        return dict(self.con.execute("SELECT path, size FROM files"))

    @staticmethod
    def change_files(con: sqlite3.Connection, added: dict[str, int], removed: Iterable[str]) -> None:
        con.executemany("DELETE FROM files WHERE path = ?", [(p,) for p in removed])
        con.executemany("INSERT OR REPLACE INTO files VALUES (?, ?)", list(added.items()))

    def verified(self) -> dict[str, tuple[int, int]]:
        return {p: (s, m) for p, s, m in self.con.execute("SELECT path, size, mtime_ns FROM verified")}

    @staticmethod
    def change_verified(con: sqlite3.Connection, added: dict[str, tuple[int, int]], removed: Iterable[str]) -> None:
        con.executemany("DELETE FROM verified WHERE path = ?", [(p,) for p in removed])
        con.executemany("INSERT OR REPLACE INTO verified VALUES (?, ?, ?)", [(p, s, m) for p, (s, m) in added.items()])

    def partition_articles(self, partition: str) -> list[tuple[int, str]]:
        return list(self.con.execute("SELECT id, article_id FROM articles WHERE partition = ?", (partition,)))

    def urls_of(self, rowids: Sequence[int]) -> list[str]:
        found: list[str] = []
        for chunk in _chunks(list(rowids)):
            marks = ",".join("?" * len(chunk))
            found += [row[0] for row in self.con.execute(f"SELECT url FROM urls WHERE id IN ({marks})", chunk)]
        return found

    @staticmethod
    def forget_articles(con: sqlite3.Connection, rows: Sequence[tuple[int, str]]) -> None:
        """Drop these (rowid, article_id) and what would keep them from being ingested again: their
        URLs, LSH keys, the file rows of the sources that gave them, and every stream's offset."""
        rowids = [(r,) for r, _a in rows]
        con.executemany("DELETE FROM urls WHERE id = ?", rowids)
        con.executemany("DELETE FROM lsh WHERE id = ?", rowids)
        con.executemany("DELETE FROM articles WHERE id = ?", rowids)
        con.executemany("DELETE FROM sources WHERE article_id = ?", [(a,) for _r, a in rows])
        con.execute("DELETE FROM sources WHERE key LIKE 'stream:%'")

    # ------------------------------------------------------------- journal
    def pending_commits(self) -> list[tuple[str, list[list[str]], list[str]]]:
        return [(cid, json.loads(adds), json.loads(removes))
                for cid, adds, removes in self.con.execute("SELECT commit_id, adds, removes FROM commits ORDER BY seq")]

    @staticmethod
    def record_commit(con: sqlite3.Connection, commit_id: str, adds: list[tuple[str, str]], removes: list[str]) -> None:
        con.execute("INSERT INTO commits (commit_id, adds, removes) VALUES (?, ?, ?)",
                    (commit_id, json.dumps([list(a) for a in adds]), json.dumps(removes)))

    def forget_commit(self, commit_id: str) -> None:
        with self.transaction() as con:
            con.execute("DELETE FROM commits WHERE commit_id = ?", (commit_id,))

    def clear_derived(self) -> None:
        """Forget everything derived from the lake's files (before a rebuild)."""
        with self.transaction() as con:
            for table in ("articles", "urls", "lsh", "files", "sources", "verified"):
                con.execute(f"DELETE FROM {table}")


def _window_sql(column: str, low_s: int | None, high_s: int | None) -> str:
    if low_s is None or high_s is None:
        return ""
    return f" AND ({column} BETWEEN ? AND ? OR {column} IS NULL)"


def _window_params(low_s: int | None, high_s: int | None) -> tuple:
    return () if low_s is None or high_s is None else (low_s, high_s)


def open_index(lake: Path, notice=None) -> LakeIndex:
    """Open the index; a corrupt file is moved aside (one line) and a new one started."""
    try:
        index = LakeIndex(lake)
        index.con.execute("SELECT count(*) FROM commits").fetchone()
        return index
    except sqlite3.DatabaseError as exc:
        path = index_path(lake)
        aside = path.with_name(f"{INDEX_FILE}.corrupt")
        for suffix in ("", "-wal", "-shm"):
            candidate = Path(str(path) + suffix)
            if candidate.exists():
                candidate.replace(Path(str(aside) + suffix))
        (notice or _stderr)(f"newslake: the lake index {path} was unreadable ({str(exc).splitlines()[0]}); "
                            f"moved to {aside.name} and rebuilt from the lake")
        return LakeIndex(lake)


def _stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)
