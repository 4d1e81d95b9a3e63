"""Feed parsing: bytes in, feed items out. Pure: no network, no disk.

Formats (``kind``):

* ``rss`` (RSS 0.9x/1.0/2.0) and ``atom``: feedparser; the full content comes
  from ``content:encoded`` / Atom ``<content>`` when present.
* ``sitemap``, ``news_sitemap`` (Google News extension) and ``sitemap_index``:
  defusedxml, so entity declarations (the "billion laughs" bomb) and external
  entities are refused as an error instead of being expanded. A gzip-compressed
  sitemap (``sitemap.xml.gz``) is decompressed here, with a size cap.
* ``jsonl``: one JSON object a line, ``{"id", "url", "title", "published",
  "author" | "authors", "text" | "html"}``.
* ``page_list``: a text file of URLs, one a line (blank lines and ``#``
  comments skipped).

``parse_feed`` never raises on bad input: ``ParsedFeed.error`` holds a one-line
reason. Where part of the input was usable (a feed that feedparser could read
in its lenient mode, a JSONL file with some bad lines) the recovered items are
returned *and* ``error`` is set; callers decide whether that is fatal.

Items are deduplicated by normalized URL (the first occurrence wins); items
without a URL (possible in JSONL and some RSS) are deduplicated by guid.
``FeedItem.url`` is the absolute URL as the feed gives it (relative links
resolved against ``base_url``), not the normalized one: it is the address to
fetch. ``content_html`` is the feed's HTML as given (not sanitized, relative
links inside it not resolved: feedparser's rewriting costs a third of the
parse time and nothing downstream needs it); ``content_text`` and ``summary``
are plain text.
"""

from __future__ import annotations

import calendar
import json
import re
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from transforms.urls import normalize_url

__all__ = [
    "FEED_FORMATS",
    "FeedItem",
    "ParsedFeed",
    "detect_kind",
    "html_to_text",
    "parse_feed",
]

FEED_FORMATS = ("rss", "atom", "sitemap", "sitemap_index", "news_sitemap", "jsonl", "page_list")

# A sitemap may be 50 MB uncompressed (sitemaps.org); allow some slack.
MAX_DECOMPRESSED_BYTES = 64 * 1024 * 1024
_SNIFF_BYTES = 4096

_NS_SITEMAP_NEWS = "http://www.google.com/schemas/sitemap-news/0.9"


@dataclass(slots=True)
class FeedItem:
    url: str | None
    title: str | None = None
    published: datetime | None = None  # UTC, timezone-aware
    authors: list[str] = field(default_factory=list)
    summary: str | None = None  # plain text
    content_html: str | None = None
    content_text: str | None = None
    guid: str | None = None


@dataclass(slots=True)
class ParsedFeed:
    kind: str
    items: list[FeedItem] = field(default_factory=list)
    child_feeds: list[str] = field(default_factory=list)  # sitemaps listed by a sitemap index
    error: str | None = None


class _FeedError(Exception):
    """Internal: a one-line reason the input cannot be parsed."""


# --------------------------------------------------------------------------- detection

_ROOT_RE = re.compile(rb"<([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)")


def _strip_bom(body: bytes) -> bytes:
    for bom in (b"\xef\xbb\xbf",):
        if body.startswith(bom):
            return body[len(bom):]
    return body


def _to_utf8_head(body: bytes) -> bytes:
    """The start of the document as ASCII-compatible bytes (UTF-16 decoded)."""
    if body.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return body[: _SNIFF_BYTES * 2].decode("utf-16", errors="ignore").encode("utf-8")
        except Exception:  # pragma: no cover - defensive
            return b""
    return _strip_bom(body[:_SNIFF_BYTES])


def _root_element(head: bytes) -> str | None:
    """Local name of the first element, skipping the XML declaration, comments, DOCTYPE."""
    pos = 0
    n = len(head)
    while pos < n:
        lt = head.find(b"<", pos)
        if lt < 0 or lt + 1 >= n:
            return None
        nxt = head[lt + 1: lt + 2]
        if nxt == b"?":
            end = head.find(b"?>", lt)
            if end < 0:
                return None
            pos = end + 2
        elif head.startswith(b"<!--", lt):
            end = head.find(b"-->", lt)
            if end < 0:
                return None
            pos = end + 3
        elif nxt == b"!":
            # DOCTYPE, possibly with an internal subset [...]
            bracket = head.find(b"[", lt)
            close = head.find(b">", lt)
            if close < 0:
                return None
            if 0 <= bracket < close:
                end = head.find(b"]", bracket)
                if end < 0:
                    return None
                close = head.find(b">", end)
                if close < 0:
                    return None
            pos = close + 1
        else:
            match = _ROOT_RE.match(head, lt)
            if not match:
                return None
            return match.group(2).decode("ascii", "replace").lower()
    return None


def _looks_like_url_list(text: str) -> bool:
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    if not lines:
        return False
    sample = lines[:50]
    good = sum(1 for ln in sample if re.match(r"^([A-Za-z][A-Za-z0-9+.\-]*://|/)\S*$", ln))
    http = sum(1 for ln in sample if re.match(r"^(https?://|/)", ln))
    return http > 0 and good >= 0.8 * len(sample)


def detect_kind(body: bytes, url: str) -> str | None:
    """Guess the feed format from the content (and, failing that, the URL).

    Returns one of ``FEED_FORMATS`` or None (HTML, empty, unknown).
    """
    if body.startswith(b"\x1f\x8b"):
        try:
            body = _gunzip(body, limit=_SNIFF_BYTES * 4, partial=True)
        except _FeedError:
            return None
    head = _to_utf8_head(body).lstrip()
    if head.startswith(b"<"):
        root = _root_element(head)
        if root in ("rss", "rdf", "channel"):
            return "rss"
        if root == "feed":
            return "atom"
        if root == "sitemapindex":
            return "sitemap_index"
        if root == "urlset":
            window = body[: 256 * 1024]
            if _NS_SITEMAP_NEWS.encode() in window or b"<news:news" in window:
                return "news_sitemap"
            return "sitemap"
        return None
    if head.startswith(b"{"):
        return "jsonl"
    path = urlsplit(url).path.lower() if url else ""
    if path.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        text = head.decode("utf-8", errors="ignore")
        if not text:
            return None
    # the sniffed head may end mid-line; drop the partial last line
    if len(body) > _SNIFF_BYTES and "\n" in text:
        text = text.rsplit("\n", 1)[0]
    if _looks_like_url_list(text):
        return "page_list"
    return None


# --------------------------------------------------------------------------- helpers

def _gunzip(body: bytes, limit: int = MAX_DECOMPRESSED_BYTES, partial: bool = False) -> bytes:
    decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decomp.decompress(body, limit + 1)
    except zlib.error as exc:
        if partial:
            return b""
        raise _FeedError(f"invalid gzip data: {exc}") from None
    if len(out) > limit:
        if partial:
            return out[:limit]
        raise _FeedError(f"decompressed feed exceeds {limit} bytes")
    if not partial and not decomp.eof:
        raise _FeedError("truncated gzip data")
    return out


def _one_line(text: str, limit: int = 300) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 3] + "..."


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _absolute(link: str | None, base_url: str) -> str | None:
    if not link:
        return None
    link = link.strip()
    if not link:
        return None
    try:
        absolute = urljoin(base_url, link) if base_url else link
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return absolute


def _parse_date(value: object) -> datetime | None:
    """ISO 8601 / W3C datetime, RFC 2822, or a bare date -> UTC-aware datetime."""
    if value is None:
        return None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, date):
        dt = datetime(value.year, value.month, value.day)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(float(value), tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
    else:
        text = str(value).strip()
        if not text:
            return None
        dt = None
        iso = text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text
        try:
            dt = datetime.fromisoformat(iso)
        except ValueError:
            try:
                dt = parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError):
                dt = None
        if dt is None:
            # "2024-05-01T12:00+0200" style leftovers, or a year-month
            m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", text)
            if not m:
                return None
            try:
                dt = datetime(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
            except ValueError:
                return None
    if dt.tzinfo is None:
        return dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc)


def _struct_to_utc(value: object) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=timezone.utc)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError, OSError):
        return None


_BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "pre", "table", "tr", "section", "article", "header", "footer", "figure", "figcaption",
    "hr", "dd", "dt", "dl", "aside", "main", "nav",
})
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "iframe", "object"})


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[list[str]] = [[]]
        self.skip = 0

    def _break(self) -> None:
        if self.blocks[-1]:
            self.blocks.append([])

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self._break()

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self._break()

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.blocks[-1].append(data)


def html_to_text(html: str | None) -> str | None:
    """Plain text of an HTML fragment: block elements become paragraphs
    separated by a blank line, whitespace inside a paragraph collapsed."""
    if html is None:
        return None
    if "<" not in html and "&" not in html:
        return _clean(html)
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # HTMLParser is lenient; be safe anyway
        return _clean(re.sub(r"<[^>]*>", " ", html))
    paragraphs = [" ".join("".join(block).split()) for block in parser.blocks]
    text = "\n\n".join(p for p in paragraphs if p)
    return text or None


def _dedupe(items: list[FeedItem]) -> list[FeedItem]:
    seen: set[str] = set()
    out: list[FeedItem] = []
    for item in items:
        if item.url:
            key = "u:" + normalize_url(item.url)
        elif item.guid:
            key = "g:" + item.guid
        else:
            out.append(item)
            continue
        if key in seen:
            continue
        seen.add(key)
        out.append(item)
    return out


def _has_entity_declaration(body: bytes) -> bool:
    """True if the document declares a DTD with entities (refused: expansion bombs).

    Searched over the whole body, in every encoding an XML parser would
    accept (UTF-16/32 by BOM or by NUL bytes), since a DOCTYPE can follow a
    long comment and a UTF-16 document hides its ASCII from a byte search.
    """
    for text in _xml_texts(body):
        upper = text.upper()
        if "<!DOCTYPE" in upper and "<!ENTITY" in upper:
            return True
    return False


def _xml_texts(body: bytes) -> list[str]:
    texts = [body.decode("latin-1")]
    if b"\x00" in body[:4096] or body[:2] in (b"\xff\xfe", b"\xfe\xff") or body[:4] in (b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00"):
        for codec in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"):
            try:
                texts.append(body.decode(codec))
            except UnicodeDecodeError:
                continue
    return texts


# --------------------------------------------------------------------------- RSS / Atom

_BENIGN_BOZO = ("CharacterEncodingOverride", "NonXMLContentType")


def _parse_syndication(body: bytes, base_url: str, kind: str | None) -> ParsedFeed:
    import feedparser  # imported lazily: slow to import, not needed for sitemaps

    if _has_entity_declaration(body):
        raise _FeedError("XML entity declarations are not allowed (possible entity-expansion bomb)")
    headers = {"content-location": base_url} if base_url else {}
    # sanitize_html is off: nothing here renders HTML, and content_text is
    # derived from it; consumers that render must sanitize themselves.
    parsed = feedparser.parse(
        body, response_headers=headers, sanitize_html=False, resolve_relative_uris=False
    )
    version = parsed.get("version") or ""
    out_kind = "atom" if version.startswith("atom") else "rss" if version else (kind or "rss")
    error = None
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        name = type(exc).__name__
        if name not in _BENIGN_BOZO:
            error = _one_line(f"malformed {out_kind} feed: {exc}")
    if not version and not parsed.entries:
        return ParsedFeed(kind=out_kind, error=error or "not an RSS or Atom feed")

    items: list[FeedItem] = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            for candidate in entry.get("links", []) or []:
                if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
                    link = candidate["href"]
                    break
        guid = _clean(entry.get("id"))
        if not link and guid and guid.startswith(("http://", "https://")) and entry.get(
            "guidislink", True
        ):
            link = guid
        url = _absolute(link, base_url)
        authors: list[str] = []
        for author in entry.get("authors", []) or []:
            name = _clean(author.get("name") if isinstance(author, dict) else author)
            if name and name not in authors:
                authors.append(name)
        if not authors:
            name = _clean(entry.get("author"))
            if name:
                authors.append(name)
        published = _struct_to_utc(entry.get("published_parsed")) or _struct_to_utc(
            entry.get("updated_parsed")
        ) or _struct_to_utc(entry.get("created_parsed"))
        summary_html = entry.get("summary")
        content_html = None
        contents = entry.get("content") or []
        best = None
        for content in contents:
            value = content.get("value")
            if value and (best is None or len(value) > len(best.get("value", ""))):
                best = content
        if best is not None:
            value = best.get("value")
            if best.get("type") == "text/plain":
                content_html = None
                content_text = _clean(value) if "\n" not in value else value.strip() or None
            else:
                content_html = value
                content_text = html_to_text(value)
        else:
            content_text = None
        summary = html_to_text(summary_html) if summary_html else None
        title = _clean(html_to_text(entry.get("title")) if entry.get("title") else None)
        if not (url or guid or title or content_html or content_text or summary):
            continue  # nothing usable (e.g. a fragment recovered from broken XML)
        items.append(FeedItem(
            url=url,
            title=title,
            published=published,
            authors=authors,
            summary=summary,
            content_html=content_html,
            content_text=content_text,
            guid=guid,
        ))
    return ParsedFeed(kind=out_kind, items=_dedupe(items), error=error)


# --------------------------------------------------------------------------- sitemaps

def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if "}" in tag else tag.split(":")[-1]


def _parse_sitemap(body: bytes, base_url: str) -> ParsedFeed:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        root = fromstring(body, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise _FeedError(
            f"refused XML: {type(exc).__name__} (entity declarations are not allowed)"
        ) from None
    except ParseError as exc:
        raise _FeedError(f"malformed sitemap XML: {exc}") from None
    except (ValueError, RecursionError) as exc:
        raise _FeedError(f"malformed sitemap XML: {exc}") from None
    root_name = _local(root.tag).lower()
    if root_name == "sitemapindex":
        children: list[str] = []
        seen: set[str] = set()
        for sitemap in root:
            if _local(sitemap.tag) != "sitemap":
                continue
            for child in sitemap:
                if _local(child.tag) == "loc":
                    url = _absolute(child.text, base_url)
                    if url and normalize_url(url) not in seen:
                        seen.add(normalize_url(url))
                        children.append(url)
        return ParsedFeed(kind="sitemap_index", child_feeds=children)
    if root_name != "urlset":
        raise _FeedError(f"not a sitemap: root element <{_local(root.tag)}>")
    items: list[FeedItem] = []
    is_news = False
    for entry in root:
        if _local(entry.tag) != "url":
            continue
        loc = lastmod = title = news_date = None
        for child in entry:
            name = _local(child.tag)
            if name == "loc":
                loc = child.text
            elif name == "lastmod":
                lastmod = child.text
            elif name == "news":
                is_news = True
                for news_child in child:
                    news_name = _local(news_child.tag)
                    if news_name == "title":
                        title = news_child.text
                    elif news_name == "publication_date":
                        news_date = news_child.text
        url = _absolute(loc, base_url)
        if not url:
            continue
        items.append(FeedItem(
            url=url,
            title=_clean(title),
            published=_parse_date(news_date) or _parse_date(lastmod),
        ))
    return ParsedFeed(kind="news_sitemap" if is_news else "sitemap", items=_dedupe(items))


# --------------------------------------------------------------------------- JSONL / page list

def _decode_text(body: bytes) -> str:
    if body.startswith((b"\xff\xfe", b"\xfe\xff")):
        return body.decode("utf-16", errors="replace")
    return _strip_bom(body).decode("utf-8", errors="replace")


def _parse_jsonl(body: bytes, base_url: str) -> ParsedFeed:
    items: list[FeedItem] = []
    bad: list[str] = []
    for number, line in enumerate(_decode_text(body).splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            bad.append(f"line {number}: invalid JSON ({exc.msg if hasattr(exc, 'msg') else exc})")
            continue
        if not isinstance(record, dict):
            bad.append(f"line {number}: not a JSON object")
            continue
        authors_raw = record.get("authors")
        if authors_raw is None:
            authors_raw = record.get("author")
        if isinstance(authors_raw, str):
            authors_raw = [authors_raw]
        authors: list[str] = []
        if isinstance(authors_raw, list):
            for author in authors_raw:
                if isinstance(author, dict):
                    author = author.get("name")
                name = _clean(author) if isinstance(author, str) else None
                if name and name not in authors:
                    authors.append(name)
        html = record.get("html")
        html = html if isinstance(html, str) and html.strip() else None
        text = record.get("text")
        text = text.strip() if isinstance(text, str) and text.strip() else None
        if text is None and html is not None:
            text = html_to_text(html)
        raw_url = record.get("url")
        url = _absolute(raw_url, base_url) if isinstance(raw_url, str) else None
        raw_id = record.get("id")
        guid = str(raw_id) if raw_id is not None and not isinstance(raw_id, (dict, list)) else None
        title = record.get("title")
        summary = record.get("summary")
        items.append(FeedItem(
            url=url,
            title=_clean(title) if isinstance(title, str) else None,
            published=_parse_date(record.get("published")),
            authors=authors,
            summary=_clean(summary) if isinstance(summary, str) else None,
            content_html=html,
            content_text=text,
            guid=guid,
        ))
    error = None
    if bad:
        more = f" (and {len(bad) - 1} more bad lines)" if len(bad) > 1 else ""
        error = _one_line(bad[0] + more)
    return ParsedFeed(kind="jsonl", items=_dedupe(items), error=error)


def _parse_page_list(body: bytes, base_url: str) -> ParsedFeed:
    items: list[FeedItem] = []
    bad: list[str] = []
    for number, line in enumerate(_decode_text(body).splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        url = _absolute(line, base_url) if not re.search(r"\s", line) else None
        if url is None:
            bad.append(f"line {number}: not an http(s) URL")
            continue
        items.append(FeedItem(url=url))
    error = None
    if bad:
        more = f" (and {len(bad) - 1} more bad lines)" if len(bad) > 1 else ""
        error = _one_line(bad[0] + more)
    return ParsedFeed(kind="page_list", items=_dedupe(items), error=error)


# --------------------------------------------------------------------------- entry point

def parse_feed(body: bytes, base_url: str, kind: str | None = None) -> ParsedFeed:
    """Parse a feed document. ``kind`` None: detected with ``detect_kind``.

    For the sitemap family the returned kind follows the content (a
    ``sitemap`` that turns out to be an index comes back as
    ``sitemap_index``); for RSS/Atom it follows feedparser's detection.
    """
    try:
        if not isinstance(body, (bytes, bytearray, memoryview)):
            raise _FeedError(f"expected bytes, got {type(body).__name__}")
        body = bytes(body)
        if body.startswith(b"\x1f\x8b"):
            body = _gunzip(body)
        if not body.strip():
            return ParsedFeed(kind=kind or "unknown", error="empty document")
        detected = detect_kind(body, base_url)
        if kind is None:
            kind = detected
            if kind is None:
                return ParsedFeed(kind="unknown", error="unrecognised feed format")
        if kind in ("rss", "atom"):
            return _parse_syndication(body, base_url, kind)
        if kind in ("sitemap", "sitemap_index", "news_sitemap"):
            return _parse_sitemap(body, base_url)
        if kind == "jsonl":
            return _parse_jsonl(body, base_url)
        if kind == "page_list":
            return _parse_page_list(body, base_url)
        return ParsedFeed(kind=kind, error=f"kind '{kind}' is not a feed format parse_feed handles")
    except _FeedError as exc:
        return ParsedFeed(kind=kind or "unknown", error=_one_line(str(exc)))
    except Exception as exc:  # never raise on bad input
        return ParsedFeed(
            kind=kind or "unknown", error=_one_line(f"cannot parse feed: {type(exc).__name__}: {exc}")
        )
