"""Discovery: from a feed in the config to the items it lists that are not in the lake yet.

``iter_feed`` is a generator of ``newslake.items.Item``: references to
documents, not their bodies, which are read batch by batch later
(``newslake.materialize``). Local feeds (a declared ``path``) are read from
disk, and the pages they link to are looked up in the config's offline mirror
(``<mirror>/<host>/<path>``), so the embedded sample runs with no network.
Remote feeds are fetched through the ``Fetcher`` (robots, politeness, size
caps, address guard, WARC archive); their pages are fetched later, once per
run, under their normalized URL (no tracking parameters), whichever feeds
list them.

What is skipped before anything is read: items whose URL the lake already
has, wire files and mirrored pages whose size and mtime match the source
index, JSONL and WARC files up to the offset the index recorded
(``newslake.source_index``). ``max_items`` caps the items a feed yields per
run (skipped ones do not count); ``Discovery.capped`` says how many it left
for the next run. Every failure becomes a problem (a quarantine row) with a
one-line reason; nothing raises.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import unquote, urlsplit

from newslake.config import FeedConfig, FeedsConfig
from newslake.items import Item
from newslake.lake_index import LakeIndex
from newslake.source_index import (FileState, file_key, resume_offset, state_of, stream_key, stream_row,
                                   unchanged)
from newslake.urls import normalize_url
from transforms.feeds import FeedItem, detect_kind, html_to_text, parse_feed
from transforms.text import normalize_text

MAX_LOCAL_BYTES = 10_000_000
MAX_SITEMAP_DEPTH = 3
WIRE_SUFFIXES = (".txt",)
KEEP_PROBLEMS = 200  # problems a Discovery keeps in memory (all of them go to the staging manifest)
MIN_CONTENT_WORDS = 20  # a feed item with this much text is the article itself; shorter: fetch its page


@dataclass(slots=True)
class Problem:
    feed: str
    url: str | None
    stage: str  # discover | fetch | extract | commit
    error: str


@dataclass(slots=True)
class Discovery:
    """What one feed's discovery found besides its items: problems, skips, the cap, fetches."""

    feed: str
    problems: list[Problem] = field(default_factory=list)  # the first KEEP_PROBLEMS
    problem_count: int = 0
    by_stage: dict[str, int] = field(default_factory=dict)  # problems per stage (all of them)
    skipped: int = 0
    listed: int = 0  # items yielded (marks aside)
    capped: int | None = None  # items left for later runs by max_items (-1: some, not counted)
    feed_failed: bool = False  # the feed document itself could not be read
    fetch_log: list[dict] = field(default_factory=list)
    on_problem: Callable[[Problem], None] | None = None

    def problem(self, url: str | None, stage: str, error: str, *, feed_level: bool = False) -> None:
        item = Problem(self.feed, url, stage, error)
        self.problem_count += 1
        self.by_stage[stage] = self.by_stage.get(stage, 0) + 1
        if len(self.problems) < KEEP_PROBLEMS:
            self.problems.append(item)
        if self.on_problem is not None:
            self.on_problem(item)
        if feed_level:
            self.feed_failed = True


@dataclass
class DiscoverContext:
    config: FeedsConfig
    reader: LocalReader
    index: LakeIndex | None = None  # None: nothing is known (a full refresh)
    now: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    fetcher: object | None = None  # remote feeds: a Fetcher or a replaying ArchiveFetcher
    only: frozenset[str] | None = None  # retry: only these item URLs or ids
    record_fetches: bool = True

    def known_url(self, url: str | None) -> bool:
        return bool(url) and self.index is not None and bool(self.index.known_urls([normalize_url(url)]))

    def wanted(self, *names: str | None) -> bool:
        return self.only is None or any(n is not None and (n in self.only or normalize_url(n) in self.only)
                                        for n in names)

    def source(self, key: str):
        return self.index.source(key) if self.index is not None else None


class LocalReader:
    """Reads only inside the paths the feeds config declares."""

    def __init__(self, config: FeedsConfig) -> None:
        self.config = config

    def check(self, path: Path) -> None:
        if not self.config.is_declared_local(path):
            raise PermissionError(f"{path} is outside the local paths the feeds config declares")

    def read(self, path: Path) -> bytes:
        self.check(path)
        size = path.stat().st_size
        if size > MAX_LOCAL_BYTES:
            raise ValueError(f"{path.name} is {size} bytes, over the {MAX_LOCAL_BYTES}-byte cap")
        return path.read_bytes()

    def mirror_path(self, url: str) -> Path | None:
        mirror = self.config.mirror
        if mirror is None:
            return None
        parts = urlsplit(url)
        relative = unquote(parts.path).lstrip("/") or "index.html"
        if relative.endswith("/"):
            relative += "index.html"
        candidate = (mirror / (parts.hostname or "") / relative).resolve()
        if not candidate.is_relative_to(mirror.resolve()):
            raise PermissionError(f"{url} points outside the offline mirror")  # "../" in a URL
        return candidate


def decode(body: bytes) -> tuple[str, str | None]:
    """UTF-8 text, invalid bytes replaced, with a warning when there were any."""
    try:
        return body.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        return body.decode("utf-8", errors="replace"), f"invalid UTF-8 at byte {exc.start}; replaced"


# ---------------------------------------------------------------- the feed
def iter_feed(feed: FeedConfig, ctx: DiscoverContext, found: Discovery) -> Iterator[Item]:
    """The items ``feed`` lists that are not in the lake yet, capped at ``feed.max_items``."""
    if feed.path is not None:
        yield from _iter_local(feed, ctx, found)
    else:
        yield from _iter_remote(feed, ctx, found)


def _room(feed: FeedConfig, found: Discovery) -> bool:
    return found.listed < feed.max_items


def _yield(found: Discovery, item: Item) -> Item:
    found.listed += 1
    return item


def _iter_local(feed: FeedConfig, ctx: DiscoverContext, found: Discovery) -> Iterator[Item]:
    assert feed.path is not None
    try:
        if feed.path.is_dir():
            yield from _wire_folder(feed, ctx, found)
            return
        if feed.kind == "warc" or (feed.kind is None and feed.path.name.endswith((".warc", ".warc.gz"))):
            yield from _warc_stream(feed, ctx, found)
            return
        ctx.reader.check(feed.path)
        head = _head(feed.path)
    except (OSError, ValueError) as exc:
        found.problem(str(feed.path), "discover", _one_line(exc), feed_level=True)
        return
    kind = feed.kind or detect_kind(head, feed.path.name) or ("wire" if feed.path.suffix in WIRE_SUFFIXES else None)
    if kind == "wire":
        item = _wire_item(feed, ctx, found, feed.path, feed.path.name)
        if item is not None:
            yield _yield(found, item)
        return
    if kind == "jsonl":
        yield from _jsonl_stream(feed, ctx, found)
        return
    try:
        body = ctx.reader.read(feed.path)
    except (OSError, ValueError) as exc:
        found.problem(str(feed.path), "discover", _one_line(exc), feed_level=True)
        return
    yield from _feed_document(feed, ctx, found, body, feed.path.as_uri(), kind,
                              lambda url: _read_mirrored(ctx.reader, url), depth=0, local=True,
                              fetched_at=file_mtime(feed.path))


def _head(path: Path, size: int = 4096) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(size)


# ------------------------------------------------------------- wire files
def _walk_sorted(root: Path) -> Iterator[Path]:
    """Files under ``root`` in sorted path order, without listing the whole tree first.

    Symlinked folders are not followed (a symlinked file is, and the reader
    refuses it if it leads outside the declared paths).
    """
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _walk_sorted(Path(entry.path))
        elif entry.is_file():
            yield Path(entry.path)


def _wire_folder(feed: FeedConfig, ctx: DiscoverContext, found: Discovery) -> Iterator[Item]:
    assert feed.path is not None
    left = 0
    for path in _walk_sorted(feed.path):
        if path.suffix not in WIRE_SUFFIXES:
            continue
        name = path.relative_to(feed.path).as_posix()
        if not _room(feed, found):
            if _wire_is_new(ctx, feed, path, name):
                left += 1
            continue
        item = _wire_item(feed, ctx, found, path, name)
        if item is not None:
            yield _yield(found, item)
    if left:
        found.capped = left


def _wire_is_new(ctx: DiscoverContext, feed: FeedConfig, path: Path, name: str) -> bool:
    if not ctx.wanted(f"{feed.name}/{name}"):
        return False
    try:
        return not unchanged(ctx.source(file_key(path)), state_of(path))
    except OSError:
        return False


def _wire_item(feed: FeedConfig, ctx: DiscoverContext, found: Discovery, path: Path, name: str) -> Item | None:
    ident = f"{feed.name}/{name}"
    if not ctx.wanted(ident):
        return None
    try:
        state = state_of(path)
    except OSError as exc:
        found.problem(name, "discover", _one_line(exc))
        return None
    if unchanged(ctx.source(file_key(path)), state):
        found.skipped += 1
        return None
    return Item(key=file_key(path), feed=feed.name, kind="wire", ident=ident, path=str(path))


# ------------------------------------------------------------------ JSONL
def _jsonl_stream(feed: FeedConfig, ctx: DiscoverContext, found: Discovery) -> Iterator[Item]:
    """A JSONL file read by line from where the last run stopped, one record at a time."""
    assert feed.path is not None
    key = stream_key(feed.path)
    try:
        state = state_of(feed.path)
    except OSError as exc:
        found.problem(str(feed.path), "discover", _one_line(exc), feed_level=True)
        return
    entry = ctx.source(key)
    if unchanged(entry, state):
        found.skipped += entry.records or 0
        return
    start, hasher = resume_offset(feed.path, entry, state)
    records = (entry.records or 0) if start else 0
    base_url = feed.path.as_uri()
    bad: list[str] = []
    offset = start
    line_number = 0
    left = 0
    try:
        with open(feed.path, "rb") as handle:
            if start:
                line_number = _count_lines(feed.path, start)
                handle.seek(start)
            for raw in handle:
                line_number += 1
                if not _room(feed, found):
                    left += 1 if raw.strip() else 0
                    continue
                if not raw.endswith(b"\n") and parse_feed(raw, base_url, "jsonl").error:
                    break  # a last line still being written: read it next run
                offset += len(raw)
                hasher.update(raw)
                if not raw.strip():
                    continue
                records += 1
                if len(raw) > MAX_LOCAL_BYTES:
                    bad.append(f"line {line_number}: {len(raw)} bytes, over the {MAX_LOCAL_BYTES}-byte cap")
                    continue
                parsed = parse_feed(raw, base_url, "jsonl")
                if parsed.error:
                    bad.append(parsed.error.replace("line 1:", f"line {line_number}:", 1))
                for item in parsed.items:
                    made = _feed_item(feed, ctx, found, item, local=True, fallback_id=f"{feed.name}/{line_number}",
                                      fetched_at=_ns_time(state.mtime_ns))
                    if made is not None:
                        yield _yield(found, made)
    except OSError as exc:
        found.problem(str(feed.path), "discover", _one_line(exc), feed_level=True)
        return
    if bad:
        more = f" (and {len(bad) - 1} more bad lines)" if len(bad) > 1 else ""
        found.problem(base_url, "discover", _one_line(bad[0] + more))
    if left:
        found.capped = left
    yield Item(key=f"mark:{key}", feed=feed.name, kind="mark", ident=str(feed.path),
               source_row=stream_row(key, feed.name, state if not left else FileState(-1, -1), offset,
                                     hasher.hexdigest(), records))


def _count_lines(path: Path, upto: int) -> int:
    count, remaining = 0, upto
    with open(path, "rb") as handle:
        while remaining > 0:
            chunk = handle.read(min(1 << 20, remaining))
            if not chunk:
                break
            count += chunk.count(b"\n")
            remaining -= len(chunk)
    return count


# ------------------------------------------------------------------- WARC
def _warc_stream(feed: FeedConfig, ctx: DiscoverContext, found: Discovery) -> Iterator[Item]:
    """A WARC file as a feed: every archived 200 HTML response is a page, read by record offset."""
    from newslake.archive import iter_file_records

    assert feed.path is not None
    ctx.reader.check(feed.path)
    key = stream_key(feed.path)
    state = state_of(feed.path)
    entry = ctx.source(key)
    if unchanged(entry, state):
        found.skipped += entry.records or 0
        return
    start, hasher = resume_offset(feed.path, entry, state)
    records = (entry.records or 0) if start else 0
    end = start
    left = 0
    for offset, record_end, record in iter_file_records(feed.path, start, bodies=False):
        if not _room(feed, found):
            left += 1
            continue
        end = record_end
        records += 1
        content_type = next((v for k, v in record.headers.items() if k.lower() == "content-type"), "")
        if record.status != 200 or "html" not in content_type.lower() or record.truncated:
            continue
        if not ctx.wanted(record.url):
            continue
        if ctx.known_url(record.url):
            found.skipped += 1
            continue
        yield _yield(found, Item(key=f"url:{normalize_url(record.url)}", feed=feed.name, kind="warc",
                                 ident=record.url, url=record.url, path=str(feed.path), offset=offset))
    if left:
        found.capped = left
    _hash_range(feed.path, start, end, hasher)
    yield Item(key=f"mark:{key}", feed=feed.name, kind="mark", ident=str(feed.path),
               source_row=stream_row(key, feed.name, state if not left else FileState(-1, -1), end,
                                     hasher.hexdigest(), records))


def _hash_range(path: Path, start: int, end: int, hasher) -> None:
    with open(path, "rb") as handle:
        handle.seek(start)
        remaining = end - start
        while remaining > 0:
            chunk = handle.read(min(1 << 20, remaining))
            if not chunk:
                break
            hasher.update(chunk)
            remaining -= len(chunk)


# ---------------------------------------------------- RSS, Atom, sitemaps
def _read_mirrored(reader: LocalReader, url: str) -> bytes:
    path = reader.mirror_path(url)
    if path is None:
        raise FileNotFoundError(f"no offline mirror configured for {url}")
    if not path.exists():
        raise FileNotFoundError(f"{url} is not in the offline mirror")
    return reader.read(path)


def _feed_document(
    feed: FeedConfig,
    ctx: DiscoverContext,
    found: Discovery,
    body: bytes,
    base_url: str,
    kind: str | None,
    child_loader: Callable[[str], bytes],
    *,
    depth: int,
    local: bool,
    fetched_at: datetime,
) -> Iterator[Item]:
    parsed = parse_feed(body, base_url, kind)
    if parsed.error:
        found.problem(base_url, "discover", parsed.error)
    for child in parsed.child_feeds:
        if depth >= MAX_SITEMAP_DEPTH:
            found.problem(child, "discover", "sitemap index nested too deep")
            continue
        try:
            child_body = child_loader(child)
        except (OSError, ValueError) as exc:
            found.problem(child, "discover", _one_line(exc))
            continue
        if not child_body:
            continue  # unchanged since the last run (304)
        yield from _feed_document(feed, ctx, found, child_body, child, None, child_loader,
                                  depth=depth + 1, local=local, fetched_at=fetched_at)
    for position, item in enumerate(parsed.items):
        if not _room(feed, found):
            if ctx.wanted(item.url, item.guid) and not (item.url and ctx.known_url(item.url)):
                found.capped = (found.capped or 0) + 1
            continue
        made = _feed_item(feed, ctx, found, item, local=local, fallback_id=f"{feed.name}/{position}",
                          fetched_at=fetched_at)
        if made is not None:
            yield _yield(found, made)


def _feed_item(feed: FeedConfig, ctx: DiscoverContext, found: Discovery, item: FeedItem, *,
               local: bool, fallback_id: str, fetched_at: datetime) -> Item | None:
    if not ctx.wanted(item.url, item.guid):
        return None
    if item.url and ctx.known_url(item.url):
        found.skipped += 1
        return None
    hints = {"title": item.title, "published": item.published.isoformat() if item.published else None,
             "authors": list(item.authors)}
    content = item.content_text or (html_to_text(item.content_html) if item.content_html else None)
    if content and len(content.split()) >= MIN_CONTENT_WORDS:
        ident = item.url or item.guid or fallback_id
        key = f"url:{normalize_url(item.url)}" if item.url else f"guid:{feed.name}:{ident}"
        return Item(key=key, feed=feed.name, kind="text", ident=ident, url=item.url,
                    body=normalize_text(content), fetched_at=fetched_at.isoformat(), **hints)
    if not item.url:
        found.problem(item.guid, "discover", "item has neither a link nor content")
        return None
    url = normalize_url(item.url) if item.url.startswith(("http://", "https://")) else item.url
    if local and _mirror_unchanged(ctx, url):
        found.skipped += 1
        return None
    return Item(key=f"url:{url}", feed=feed.name, kind="page", ident=item.url, url=url, remote=not local, **hints)


def _mirror_unchanged(ctx: DiscoverContext, url: str) -> bool:
    """A mirrored page already read, unchanged since (a page that failed stays failed until it changes)."""
    if ctx.index is None:
        return False
    try:
        path = ctx.reader.mirror_path(url)
        return path is not None and unchanged(ctx.source(file_key(path)), state_of(path))
    except (OSError, ValueError):
        return False


# ---------------------------------------------------------------- remote
def _iter_remote(feed: FeedConfig, ctx: DiscoverContext, found: Discovery) -> Iterator[Item]:
    """Fetch a remote feed (and child sitemaps) and list its new items; pages are fetched later."""
    assert feed.url is not None and ctx.fetcher is not None
    fetcher = ctx.fetcher

    def load(url: str) -> bytes:
        fetched = fetcher.fetch(url, feed)
        if ctx.record_fetches:
            found.fetch_log.append(fetch_log_row(feed.name, fetched))
        if fetched.from_cache:
            return b""  # 304: unchanged since the last run, so nothing new in it
        if fetched.error or fetched.body is None:
            raise ValueError(fetched.error or f"HTTP {fetched.status}")
        return fetched.body

    try:
        body = load(feed.url)
    except ValueError as exc:
        found.problem(feed.url, "fetch", _one_line(exc), feed_level=True)
        return
    if not body:
        return
    kind = feed.kind if feed.kind not in (None, "wire") else None
    yield from _feed_document(feed, ctx, found, body, feed.url, kind, load, depth=0, local=False, fetched_at=ctx.now)


def fetch_log_row(feed: str, fetched) -> dict:
    return {
        "feed": feed,
        "url": fetched.url,
        "status": fetched.status,
        "bytes": fetched.bytes,
        "milliseconds": round(float(fetched.elapsed_ms), 3),
        "from_cache": bool(fetched.from_cache),
        "error": fetched.error,
        "fetched_at": datetime.now(timezone.utc),
    }


def _one_line(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:300]


def _ns_time(ns: int) -> datetime:
    return datetime.fromtimestamp(ns / 1e9, timezone.utc)


def file_mtime(path: Path) -> datetime:
    return datetime.fromtimestamp(os.path.getmtime(path), timezone.utc)
