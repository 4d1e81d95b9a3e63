"""Discovery: from a feed in the config to raw documents ready for extraction.

Local feeds (declared ``path``) are read from disk, and the pages they link
to are looked up in the config's offline mirror (``<mirror>/<host>/<path>``),
so the embedded sample runs with no network. Remote feeds go through the
``Fetcher`` (robots, politeness, size caps, address guard, WARC archive).
Every failure becomes a quarantine row with a one-line reason; nothing raises.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import unquote, urlsplit

from newslake.config import FeedConfig, FeedsConfig
from newslake.urls import normalize_url
from transforms.feeds import FeedItem, detect_kind, html_to_text, parse_feed
from transforms.pipeline import RawDocument
from transforms.text import normalize_text

MAX_LOCAL_BYTES = 10_000_000
MAX_SITEMAP_DEPTH = 3
WIRE_SUFFIXES = (".txt",)


@dataclass(slots=True)
class Problem:
    feed: str
    url: str | None
    stage: str  # discover | fetch | extract | commit
    error: str


@dataclass(slots=True)
class Discovery:
    """What one feed yielded: documents at hand, pages to fetch, problems."""

    feed: str
    documents: list[RawDocument] = field(default_factory=list)
    pages: list[tuple[str, FeedItem]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped: int = 0
    fetch_log: list[dict] = field(default_factory=list)


class LocalReader:
    """Reads only inside the paths the feeds config declares."""

    def __init__(self, config: FeedsConfig) -> None:
        self.config = config

    def read(self, path: Path) -> bytes:
        if not self.config.is_declared_local(path):
            raise PermissionError(f"{path} is outside the local paths the feeds config declares")
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


def decode_page(body: bytes) -> tuple[str | None, str | None]:
    """A mirrored HTML page as the fetcher would decode it (its ``<meta charset>``, a BOM, else
    UTF-8, else detection): a Shift_JIS page is not read as broken UTF-8. None: binary."""
    from newslake.fetch import decode_text

    text, _charset = decode_text(body, None)
    return text, None


def decode(body: bytes) -> tuple[str, str | None]:
    """UTF-8 text, invalid bytes replaced, with a warning when there were any."""
    try:
        return body.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        return body.decode("utf-8", errors="replace"), f"invalid UTF-8 at byte {exc.start}; replaced"


def discover_local(feed: FeedConfig, reader: LocalReader, known_urls: set[str]) -> Discovery:
    """Local documents carry their file's modification time as ``fetched_at``, so
    reprocessing unchanged files yields identical rows."""
    result = Discovery(feed.name)
    assert feed.path is not None
    try:
        if feed.path.is_dir():
            _discover_wire_folder(feed, reader, result)
            return result
        if feed.kind == "warc" or (feed.kind is None and feed.path.name.endswith((".warc", ".warc.gz"))):
            _discover_warc(feed, reader, result, known_urls)
            return result
        body = reader.read(feed.path)
        now = file_mtime(feed.path)
    except (OSError, ValueError) as exc:
        result.problems.append(Problem(feed.name, str(feed.path), "discover", _one_line(exc)))
        return result
    kind = feed.kind or detect_kind(body, feed.path.name) or ("wire" if feed.path.suffix in WIRE_SUFFIXES else None)
    if kind == "wire":
        text, warning = decode(body)
        result.documents.append(_wire_document(feed, feed.path.name, text, now))
        if warning:
            result.problems.append(Problem(feed.name, feed.path.name, "discover", warning))
        return result
    _collect_items(feed, body, feed.path.as_uri(), kind, result, known_urls, now,
                   child_loader=lambda url: _read_mirrored(reader, url), depth=0)
    return result


def _discover_wire_folder(feed: FeedConfig, reader: LocalReader, result: Discovery) -> None:
    assert feed.path is not None
    files = sorted(p for p in feed.path.rglob("*") if p.is_file() and p.suffix in WIRE_SUFFIXES)
    for path in files[: feed.max_items]:
        name = str(path.relative_to(feed.path))
        try:
            text, warning = decode(reader.read(path))
        except (OSError, ValueError) as exc:
            result.problems.append(Problem(feed.name, name, "discover", _one_line(exc)))
            continue
        if warning:
            result.problems.append(Problem(feed.name, name, "discover", warning))
        result.documents.append(_wire_document(feed, name, text, file_mtime(path)))


def _discover_warc(feed: FeedConfig, reader: LocalReader, result: Discovery, known_urls: set[str]) -> None:
    """A WARC file as a feed: every archived 200 HTML response is a page."""
    from newslake.archive import iter_archive
    from newslake.fetch import decode_text

    assert feed.path is not None
    if not reader.config.is_declared_local(feed.path):
        raise PermissionError(f"{feed.path} is outside the local paths the feeds config declares")
    for record in iter_archive(feed.path):
        if len(result.documents) >= feed.max_items:
            break
        content_type = next((v for k, v in record.headers.items() if k.lower() == "content-type"), "")
        if record.status != 200 or "html" not in content_type.lower() or record.truncated:
            continue
        if normalize_url(record.url) in known_urls:
            result.skipped += 1
            continue
        text, _charset = decode_text(record.body, content_type)
        if text is None:
            result.problems.append(Problem(feed.name, record.url, "discover", "binary body in WARC record"))
            continue
        result.documents.append(RawDocument(
            id=record.url, kind="html", body=text, feed=feed.name, url=record.url,
            source=feed.source, fetched_at=record.fetched_at,
        ))


def _wire_document(feed: FeedConfig, name: str, text: str, now: datetime) -> RawDocument:
    return RawDocument(id=f"{feed.name}/{name}", kind="wire", body=text, feed=feed.name,
                       source=feed.source, fetched_at=now)


def _read_mirrored(reader: LocalReader, url: str) -> bytes:
    path = reader.mirror_path(url)
    if path is None:
        raise FileNotFoundError(f"no offline mirror configured for {url}")
    if not path.exists():
        raise FileNotFoundError(f"{url} is not in the offline mirror")
    return reader.read(path)


def _collect_items(
    feed: FeedConfig,
    body: bytes,
    base_url: str,
    kind: str | None,
    result: Discovery,
    known_urls: set[str],
    now: datetime,
    *,
    child_loader: Callable[[str], bytes],
    depth: int,
) -> None:
    parsed = parse_feed(body, base_url, kind)
    if parsed.error:
        result.problems.append(Problem(feed.name, base_url, "discover", parsed.error))
    for child in parsed.child_feeds:
        if depth >= MAX_SITEMAP_DEPTH:
            result.problems.append(Problem(feed.name, child, "discover", "sitemap index nested too deep"))
            continue
        try:
            child_body = child_loader(child)
        except (OSError, ValueError) as exc:
            result.problems.append(Problem(feed.name, child, "discover", _one_line(exc)))
            continue
        if not child_body:
            continue  # unchanged since the last run (304)
        _collect_items(feed, child_body, child, None, result, known_urls, now,
                       child_loader=child_loader, depth=depth + 1)
    for item in parsed.items:
        if len(result.documents) + len(result.pages) >= feed.max_items:
            break
        if item.url and normalize_url(item.url) in known_urls:
            result.skipped += 1
            continue
        content = item.content_text or (html_to_text(item.content_html) if item.content_html else None)
        if content and len(content.split()) >= 20:
            result.documents.append(RawDocument(
                id=item.url or item.guid or f"{feed.name}/{len(result.documents)}",
                kind="text", body=normalize_text(content), feed=feed.name, url=item.url,
                source=feed.source, fetched_at=now, published_hint=item.published,
                title_hint=item.title, authors_hint=list(item.authors),
            ))
        elif item.url:
            result.pages.append((item.url, item))
        else:
            result.problems.append(Problem(feed.name, item.guid, "discover", "item has neither a link nor content"))


def read_local_pages(feed: FeedConfig, reader: LocalReader, pages: list[tuple[str, FeedItem]]) -> tuple[list[RawDocument], list[Problem]]:
    """Pages of a local feed, read from the offline mirror."""
    documents: list[RawDocument] = []
    problems: list[Problem] = []
    for url, item in pages:
        try:
            body = _read_mirrored(reader, url)
            now = file_mtime(reader.mirror_path(url))
        except (OSError, ValueError) as exc:
            problems.append(Problem(feed.name, url, "fetch", _one_line(exc)))
            continue
        text, warning = decode_page(body)
        if text is None:
            problems.append(Problem(feed.name, url, "fetch", "binary content, not a page"))
            continue
        if warning:
            problems.append(Problem(feed.name, url, "fetch", warning))
        documents.append(_page_document(feed, url, text, item, now))
    return documents, problems


def _page_document(feed: FeedConfig, url: str, html: str, item: FeedItem, now: datetime) -> RawDocument:
    return RawDocument(
        id=url, kind="html", body=html, feed=feed.name, url=url, source=feed.source,
        fetched_at=now, published_hint=item.published, title_hint=item.title,
        authors_hint=list(item.authors),
    )


def discover_remote(feed: FeedConfig, fetcher, known_urls: set[str], now: datetime) -> Discovery:
    """Fetch a remote feed (and child sitemaps) and list its new items."""
    result = Discovery(feed.name)
    assert feed.url is not None

    def load(url: str) -> bytes:
        fetched = fetcher.fetch(url, feed)
        result.fetch_log.append(fetch_log_row(feed.name, fetched))
        if fetched.from_cache:
            return b""  # 304: unchanged since the last run, so nothing new in it
        if fetched.error or fetched.body is None:
            raise ValueError(fetched.error or f"HTTP {fetched.status}")
        return fetched.body

    try:
        body = load(feed.url)
    except ValueError as exc:
        result.problems.append(Problem(feed.name, feed.url, "fetch", _one_line(exc)))
        return result
    if not body:
        return result
    kind = feed.kind if feed.kind not in (None, "wire") else None
    _collect_items(feed, body, feed.url, kind, result, known_urls, now, child_loader=load, depth=0)
    return result


def fetch_remote_pages(feed: FeedConfig, fetcher, pages: list[tuple[str, FeedItem]], now: datetime) -> tuple[list[RawDocument], list[Problem], list[dict]]:
    documents: list[RawDocument] = []
    problems: list[Problem] = []
    log: list[dict] = []
    results = fetcher.fetch_many([url for url, _ in pages], feed)
    for (url, item), fetched in zip(pages, results):
        log.append(fetch_log_row(feed.name, fetched))
        if fetched.from_cache:
            continue  # 304: unchanged since the last run
        if fetched.error or fetched.text is None:
            problems.append(Problem(feed.name, url, "fetch", fetched.error or f"HTTP {fetched.status}"))
            continue
        fetched_at = getattr(fetched, "fetched_at", None) or now
        documents.append(_page_document(feed, fetched.final_url or url, fetched.text, item, fetched_at))
    return documents, problems, log


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


def file_mtime(path: Path) -> datetime:
    return datetime.fromtimestamp(os.path.getmtime(path), timezone.utc)
