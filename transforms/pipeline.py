"""The per-article pipeline: one raw document in, one article and its annotations out.

Everything a batch worker runs per document lives here, so the CLI's
``extract``, the Prefect flow and ``reprocess`` all produce identical rows
from identical input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from transforms import PIPELINE_VERSION
from transforms.catalog import Catalog
from transforms.entities import extract_entities
from transforms.figures import extract_figures
from transforms.html import ExtractionError, extract_html
from transforms.language import detect_language
from transforms.quotes import extract_quotes
from transforms.records import Article, ExtractedDocument
from transforms.text import content_hash, stable_id, word_count
from transforms.wire import parse_wire

DOCUMENT_KINDS = ("html", "wire", "text")
MIN_WORDS = 20


@dataclass(slots=True)
class RawDocument:
    """A fetched or read document before extraction; plain values only (picklable)."""

    id: str
    kind: str  # html | wire | text
    body: str
    feed: str = "extract"
    url: str | None = None
    source: str | None = None
    fetched_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    published_hint: datetime | None = None
    title_hint: str | None = None
    authors_hint: list[str] = field(default_factory=list)
    # The article-length gate keeps teasers and error pages out of the lake;
    # ``newslake extract`` on one sentence or paragraph is a legitimate use,
    # so there the gate only warns.
    short_ok: bool = False


def process_document(raw: RawDocument, catalog: Catalog) -> tuple[ExtractedDocument, list[str]]:
    """Run the whole pipeline on one document; never raises for bad input.

    Returns the document (with ``error`` set and no article when it failed)
    and the warnings worth a line in the run's summary.
    """
    try:
        article, warnings = build_article(raw)
    except ExtractionError as exc:
        return ExtractedDocument(id=raw.id, article=None, error=str(exc)), []
    except Exception as exc:  # a bug on hostile input must not stop the batch
        message = f"internal error: {type(exc).__name__}: {exc}".splitlines()[0][:300]
        return ExtractedDocument(id=raw.id, article=None, error=message), []
    doc = ExtractedDocument(id=raw.id, article=article)
    try:
        annotate(doc, catalog)
    except Exception as exc:
        warnings.append(f"annotation failed: {type(exc).__name__}: {exc}".splitlines()[0][:300])
    return doc, warnings


def annotate(doc: ExtractedDocument, catalog: Catalog) -> None:
    """Entities, then quotes (speakers link to entities), then figures (use both)."""
    article = doc.article
    assert article is not None
    doc.entities = extract_entities(article.text, article.article_id, catalog)
    doc.quotes = extract_quotes(article.text, article.article_id, doc.entities, catalog)
    doc.figures = extract_figures(
        article.text, article.article_id, article.published_date, doc.entities, doc.quotes, catalog
    )


def build_article(raw: RawDocument) -> tuple[Article, list[str]]:
    from transforms.urls import normalize_url, registered_domain

    if raw.kind not in DOCUMENT_KINDS:
        raise ExtractionError(f"unknown document kind {raw.kind!r}")
    warnings: list[str] = []
    title, authors, canonical, dateline = raw.title_hint, list(raw.authors_hint), None, None
    published: datetime | None = None
    agencies: list[str] = []
    source = raw.source
    language_hint = None
    if raw.kind == "html":
        page = extract_html(raw.body, url=raw.url, fetched_at=raw.fetched_at)
        text = page.text
        title = page.title or title
        authors = page.authors or authors
        canonical = page.canonical_url
        published = page.published_at
        source = source or page.site_name
        language_hint = page.language_hint
        dateline = page.dateline
        agencies = list(page.agencies)
        warnings.extend(page.warnings)
    else:
        wire = parse_wire(raw.body)
        text = wire.text
        dateline = wire.dateline
        agencies = wire.agencies
        source = source or wire.source
        if wire.published is not None:
            published = datetime(wire.published.year, wire.published.month, wire.published.day, tzinfo=timezone.utc)
        elif raw.kind == "wire" and raw.published_hint is None:
            warnings.extend(wire.warnings)
    if published is None:
        published = raw.published_hint
    if published is not None and published > raw.fetched_at + timedelta(days=1):
        warnings.append(f"published date {published.date()} is in the future; ignored")
        published = None
    if not text or not text.strip():
        raise ExtractionError("no text")
    if word_count(text) < MIN_WORDS:
        if not raw.short_ok:
            raise ExtractionError(f"too little text ({word_count(text)} words)")
        warnings.append(f"short text ({word_count(text)} words): not an article, annotated anyway")
    url = normalize_url(raw.url) if raw.url and raw.url.startswith(("http://", "https://")) else raw.url
    canonical = normalize_url(canonical) if canonical else (url if url and url.startswith("http") else None)
    chash = content_hash(text)
    article_id = stable_id("url", canonical) if canonical else stable_id("text", chash)
    domain = registered_domain(canonical) if canonical else None
    published_date: date | None = published.date() if published else None
    return (
        Article(
            article_id=article_id,
            url=url,
            canonical_url=canonical,
            source=source or domain or raw.feed,
            source_domain=domain,
            agencies=agencies,
            feed=raw.feed,
            title=title,
            authors=authors,
            published_at=published,
            published_date=published_date,
            dateline=dateline,
            language=detect_language(text) or language_hint,
            text=text,
            word_count=word_count(text),
            content_hash=chash,
            cluster_id=article_id,
            fetched_at=raw.fetched_at,
            pipeline_version=PIPELINE_VERSION,
        ),
        warnings,
    )
