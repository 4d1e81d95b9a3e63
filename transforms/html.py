"""HTML page -> article body and metadata.

The body comes from trafilatura; headline, date, byline and canonical URL come
from the page's structured metadata first (see ``transforms.metadata``),
because a heuristic guess is only needed where the publisher said nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from transforms.metadata import PageMetadata, parse_datetime, read_metadata
from transforms.text import join_paragraphs

MAX_HTML_CHARS = 5_000_000
MIN_BODY_WORDS = 10  # larger pages are cut: no news article is that long
EARLIEST_PLAUSIBLE = datetime(1995, 1, 1, tzinfo=timezone.utc)

# Settings chosen by measurement on benchmarks/extraction_gold (see docs/extraction.md).
TRAFILATURA_OPTIONS = dict(
    include_comments=False,
    include_tables=False,
    include_images=False,
    favor_precision=False,
    deduplicate=False,
    with_metadata=False,
)


class ExtractionError(ValueError):
    """The page has no article in it; the message is one line."""


@dataclass(slots=True)
class HtmlArticle:
    text: str
    title: str | None
    authors: list[str]
    published_at: datetime | None
    canonical_url: str | None
    site_name: str | None
    language_hint: str | None
    warnings: list[str] = field(default_factory=list)


def extract_html(page: str, *, url: str | None = None, fetched_at: datetime | None = None) -> HtmlArticle:
    """Extract one article; raise ExtractionError when the page has no body text."""
    if not page or not page.strip():
        raise ExtractionError("empty page")
    if "\x00" in page[:4096]:
        raise ExtractionError("binary content, not HTML")
    warnings: list[str] = []
    if len(page) > MAX_HTML_CHARS:
        warnings.append(f"page cut at {MAX_HTML_CHARS} characters")
        page = page[:MAX_HTML_CHARS]
    try:
        tree = lxml_html.document_fromstring(page)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"unparseable HTML: {exc}") from None
    meta = read_metadata(tree)
    body = _body_text(page, url, meta)
    if len(body.split()) < MIN_BODY_WORDS:
        raise ExtractionError("no article body found")
    published = _plausible(meta.published, fetched_at, warnings)
    if published is None:
        published = _plausible(_htmldate(tree, url), fetched_at, warnings)
    return HtmlArticle(
        text=body,
        title=_clean_title(meta),
        authors=clean_authors(meta.authors or _byline_authors(tree)),
        published_at=published,
        canonical_url=meta.canonical_url,
        site_name=meta.site_name,
        language_hint=meta.language,
        warnings=warnings,
    )


def _body_text(page: str, url: str | None, meta: PageMetadata) -> str:
    extracted = trafilatura.extract(page, url=url, output_format="txt", **TRAFILATURA_OPTIONS)
    text = join_paragraphs((extracted or "").split("\n"))
    if meta.article_body:
        declared = join_paragraphs(re.split(r"\n+", meta.article_body))
        # The publisher's own articleBody is the cross-check: trust it when the
        # heuristic body is missing or clearly truncated.
        if len(text.split()) < 0.6 * len(declared.split()):
            return declared
    return text


def _htmldate(tree: lxml_html.HtmlElement, url: str | None) -> datetime | None:
    from htmldate import find_date

    try:
        found = find_date(tree, original_date=True, extensive_search=False, url=url)
    except Exception:  # htmldate raises assorted errors on odd markup
        return None
    return parse_datetime(found)


def _plausible(value: datetime | None, fetched_at: datetime | None, warnings: list[str]) -> datetime | None:
    if value is None:
        return None
    ceiling = (fetched_at or datetime.now(timezone.utc)) + timedelta(days=1)
    if value > ceiling:
        warnings.append(f"published date {value.date()} is in the future; ignored")
        return None
    if value < EARLIEST_PLAUSIBLE:
        warnings.append(f"published date {value.date()} is implausibly old; ignored")
        return None
    return value


_TITLE_SUFFIX = re.compile(r"\s+[|\u2013\u2014\-:]\s+[^|\u2013\u2014\-:]{2,60}$")


def _clean_title(meta: PageMetadata) -> str | None:
    title = meta.title
    if title is None:
        for candidate in meta.headline_candidates:
            title = candidate
            break
    if title is None:
        return None
    title = " ".join(title.split())
    if meta.site_name and title.endswith(meta.site_name):
        title = _TITLE_SUFFIX.sub("", title)
    return title or None


def _byline_authors(tree: lxml_html.HtmlElement) -> list[str]:
    for xpath in (
        '//*[@rel="author"]',
        '//*[@itemprop="author"]//*[@itemprop="name"]',
        '//*[@itemprop="author"]',
        '//*[contains(@class, "byline")]',
        '//*[contains(@class, "author")]',
    ):
        names = [" ".join(el.text_content().split()) for el in tree.xpath(xpath)]
        names = [n for n in names if 2 < len(n) < 120]
        if names:
            return names[:3]
    return []


_BY = re.compile(r"^\s*(?:by|from|von|par)\s+", re.IGNORECASE)
_EMAIL = re.compile(r"\S+@\S+")
_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\|)\s*", re.IGNORECASE)
_ROLE_WORDS = re.compile(
    r"\b(correspondent|reporter|editor|writer|staff|columnist|contributor|bureau|chief|"
    r"senior|analyst|producer|news|desk|agency|wire|service|press|times|post|journal)\b",
    re.IGNORECASE,
)


def clean_authors(raw: list[str]) -> list[str]:
    """Names only: no "By", no e-mail, no job title; "A and B" is two authors."""
    names: list[str] = []
    for entry in raw:
        entry = _EMAIL.sub("", entry)
        entry = _BY.sub("", " ".join(entry.split()))
        for part in _SPLIT.split(entry):
            part = _BY.sub("", part).strip(" .,-\u2013\u2014")
            if not part or _ROLE_WORDS.search(part) or any(ch.isdigit() for ch in part):
                continue
            words = part.split()
            if not 1 <= len(words) <= 5 or not all(w[:1].isupper() for w in words if w.isalpha()):
                continue
            if part not in names:
                names.append(part)
    return names
