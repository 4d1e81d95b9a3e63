"""One batch of items -> raw documents ready for extraction, reading or fetching each once.

Wire files and mirrored pages are read with a stat before and after
(``source_index.read_stable``): a file that changes while it is read is
reported in one line and left for the next run; a file whose bytes hash to
what the source index recorded is not extracted again (only its new mtime is
recorded). Remote pages are fetched here, per feed, concurrently across
hosts, under their normalized URL. WARC records are read at their offset.
Every failure becomes a problem; nothing raises.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from newslake.config import FeedsConfig
from newslake.items import Item
from newslake.lake_index import LakeIndex
from newslake.source_index import ChangedWhileRead, file_key, file_row, read_stable, sha256
from newslake.sources import (MAX_LOCAL_BYTES, LocalReader, Problem, _one_line, decode, fetch_log_row)
from transforms import PIPELINE_VERSION
from transforms.pipeline import RawDocument


@dataclass(slots=True)
class Prepared:
    """A document to extract, with the source-index row to record if it goes in (``outcome`` set later)."""

    item: Item
    raw: RawDocument
    source_row: dict | None = None


@dataclass(slots=True)
class Materialized:
    prepared: list[Prepared] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    fetch_log: list[dict] = field(default_factory=list)
    source_rows: list[dict] = field(default_factory=list)  # recorded with the batch whatever extraction does
    unchanged: int = 0  # read, hashed, found as they were: not extracted


def _published(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _mtime(ns: int) -> datetime:
    return datetime.fromtimestamp(ns / 1e9, timezone.utc)


def materialize(
    items: Sequence[Item],
    config: FeedsConfig,
    index: LakeIndex | None,
    fetcher_for: Callable[[], object] | None = None,
    now: datetime | None = None,
    record_fetches: bool = True,
) -> Materialized:
    """Read or fetch every item of a batch (``fetcher_for`` gives the run's fetcher, made on first use)."""
    now = now or datetime.now(timezone.utc)
    reader = LocalReader(config)
    feeds = {f.name: f for f in config.feeds}
    out = Materialized()
    remote: dict[str, list[Item]] = {}
    for item in items:
        source = feeds[item.feed].source if item.feed in feeds else None
        if item.kind == "mark":
            if item.source_row:
                out.source_rows.append(item.source_row)
        elif item.kind == "wire":
            _local_file(out, reader, index, item, Path(item.path or ""), "wire", "discover", source)
        elif item.kind == "text":
            at = _published(item.fetched_at) or now
            out.prepared.append(Prepared(item, _document(item, "text", item.body or "", item.url, at, source)))
        elif item.kind == "warc":
            _warc_record(out, reader, item, source)
        elif item.kind == "page" and not item.remote:
            try:
                path = reader.mirror_path(item.url or "")
                if path is None:
                    raise FileNotFoundError(f"no offline mirror configured for {item.url}")
                if not path.exists():
                    raise FileNotFoundError(f"{item.url} is not in the offline mirror")
            except (OSError, ValueError) as exc:
                out.problems.append(Problem(item.feed, item.ident, "fetch", _one_line(exc)))
                continue
            _local_file(out, reader, index, item, path, "html", "fetch", source)
        elif item.kind == "page":
            remote.setdefault(item.feed, []).append(item)
    for feed_name, pages in remote.items():
        feed = feeds.get(feed_name)
        if feed is None or fetcher_for is None:
            out.problems.extend(Problem(feed_name, i.ident, "fetch", "feed no longer in the config") for i in pages)
            continue
        results = fetcher_for().fetch_many([i.url or i.ident for i in pages], feed)
        for item, fetched in zip(pages, results):
            if record_fetches:
                out.fetch_log.append(fetch_log_row(feed_name, fetched))
            if fetched.from_cache:
                out.unchanged += 1
                continue  # 304: unchanged since the last run
            if fetched.error or fetched.text is None:
                out.problems.append(Problem(feed_name, item.ident, "fetch", fetched.error or f"HTTP {fetched.status}"))
                continue
            fetched_at = getattr(fetched, "fetched_at", None) or now
            out.prepared.append(Prepared(item, _document(item, "html", fetched.text, fetched.final_url or item.url,
                                                         fetched_at, feed.source)))
    return out


def _document(item: Item, kind: str, body: str, url: str | None, fetched_at: datetime,
              source: str | None = None) -> RawDocument:
    return RawDocument(
        id=item.ident if kind != "html" else (url or item.ident), kind=kind, body=body, feed=item.feed, url=url,
        source=source, fetched_at=fetched_at, published_hint=_published(item.published), title_hint=item.title,
        authors_hint=list(item.authors),
    )


def _local_file(out: Materialized, reader: LocalReader, index: LakeIndex | None, item: Item, path: Path,
                kind: str, stage: str, source: str | None) -> None:
    name = item.ident.split("/", 1)[1] if kind == "wire" and "/" in item.ident else item.ident
    try:
        reader.check(path)
        size = path.stat().st_size
        if size > MAX_LOCAL_BYTES:
            raise ValueError(f"{path.name} is {size} bytes, over the {MAX_LOCAL_BYTES}-byte cap")
        body, state = read_stable(path)
    except (OSError, ValueError) as exc:
        message = _one_line(exc)
        if isinstance(exc, ChangedWhileRead):
            message = str(exc)
        out.problems.append(Problem(item.feed, name if kind == "wire" else item.ident, stage, message))
        return
    key = file_key(path)
    digest = sha256(body)
    entry = index.source(key) if index is not None else None
    if entry is not None and entry.sha256 == digest and entry.pipeline_version == PIPELINE_VERSION:
        out.unchanged += 1
        out.source_rows.append(file_row(key, item.feed, state, digest, entry.outcome or "ok", entry.article_id))
        return
    if kind == "html":  # a mirrored page decodes as the fetcher would (meta charset, BOM, detection)
        from newslake.fetch import decode_text

        text, _charset = decode_text(body, None)
        warning = None if text is not None else "binary content, not a page"
        if text is None:
            out.problems.append(Problem(item.feed, item.ident, stage, warning))
            return
    else:
        text, warning = decode(body)
    if warning:
        out.problems.append(Problem(item.feed, name if kind == "wire" else item.ident, stage, warning))
    raw = _document(item, kind, text, item.url if kind == "html" else None, _mtime(state.mtime_ns), source)
    out.prepared.append(Prepared(item, raw, file_row(key, item.feed, state, digest, "ok")))


def _warc_record(out: Materialized, reader: LocalReader, item: Item, source: str | None) -> None:
    from newslake.archive import read_record_at
    from newslake.fetch import decode_text

    try:
        reader.check(Path(item.path or ""))
        record = read_record_at(Path(item.path or ""), int(item.offset or 0))
    except (OSError, ValueError) as exc:
        out.problems.append(Problem(item.feed, item.ident, "discover", _one_line(exc)))
        return
    if record is None or record.url != item.url:
        out.problems.append(Problem(item.feed, item.ident, "discover",
                                    "WARC record not found at its offset (the file changed); read again next run"))
        return
    content_type = next((v for k, v in record.headers.items() if k.lower() == "content-type"), "")
    text, _charset = decode_text(record.body, content_type)
    if text is None:
        out.problems.append(Problem(item.feed, record.url, "discover", "binary body in WARC record"))
        return
    out.prepared.append(Prepared(item, _document(item, "html", text, record.url, record.fetched_at, source)))
