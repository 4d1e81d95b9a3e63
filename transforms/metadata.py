"""Structured metadata that news pages carry: JSON-LD, OpenGraph, meta tags, <time>.

Publishers state the headline, the publication date and the byline in
machine-readable form far more reliably than any text heuristic can recover
them, so these are read first and heuristics are only the fallback.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone

from lxml import html as lxml_html

_ARTICLE_TYPES = {
    "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
    "blogposting", "opinionnewsarticle", "backgroundnewsarticle", "liveblogposting",
}
_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "datepublished",
    "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued",
    "dcterms.created", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime",
)
_AUTHOR_META = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author")


@dataclass(slots=True)
class PageMetadata:
    title: str | None = None
    headline_candidates: list[str] = field(default_factory=list)
    published: datetime | None = None
    published_source: str | None = None
    authors: list[str] = field(default_factory=list)
    canonical_url: str | None = None
    site_name: str | None = None
    language: str | None = None
    article_body: str | None = None


def read_metadata(tree: lxml_html.HtmlElement) -> PageMetadata:
    """Collect metadata in order of trust: JSON-LD, then meta tags, then markup."""
    meta = PageMetadata()
    _from_json_ld(tree, meta)
    _from_meta_tags(tree, meta)
    _from_markup(tree, meta)
    return meta


def _from_json_ld(tree: lxml_html.HtmlElement, meta: PageMetadata) -> None:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            # Publishers ship trailing commas and raw newlines; try once more leniently.
            try:
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw.replace("\n", " ")))
            except ValueError:
                continue
        nodes = list(_walk_ld(data))
        by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str) and len(n) > 1}
        for node in nodes:
            types = node.get("@type")
            types = types if isinstance(types, list) else [types]
            if not any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in types):
                if meta.site_name is None and any(t in ("WebSite", "Organization", "NewsMediaOrganization") for t in types):
                    name = node.get("name")
                    if isinstance(name, str):
                        meta.site_name = name.strip()
                continue
            headline = node.get("headline") or node.get("name")
            if isinstance(headline, str) and headline.strip() and meta.title is None:
                meta.title = unescape_entities(headline).strip()
            if meta.published is None:
                meta.published = parse_datetime(node.get("datePublished"))
                if meta.published is not None:
                    meta.published_source = "json-ld"
            if not meta.authors:
                meta.authors = _ld_names(node.get("author"), by_id)
            publisher = node.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                meta.site_name = unescape_entities(publisher["name"]).strip()
            url = node.get("url") or _ld_id(node.get("mainEntityOfPage"))
            if isinstance(url, str) and url.startswith("http") and meta.canonical_url is None:
                meta.canonical_url = url
            body = node.get("articleBody")
            if isinstance(body, str) and body.strip():
                meta.article_body = body
            language = node.get("inLanguage")
            if isinstance(language, str) and meta.language is None:
                meta.language = language[:2].lower()


def _walk_ld(data: object):
    if isinstance(data, list):
        for item in data:
            yield from _walk_ld(item)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _walk_ld(graph)


def _ld_id(value: object) -> str | None:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    return value if isinstance(value, str) else None


def _ld_names(value: object, by_id: dict | None = None) -> list[str]:
    """Author names; a bare {"@id": ...} reference (Yoast @graph) is resolved."""
    if isinstance(value, str):
        return [value] if not value.startswith("http") else []
    if isinstance(value, dict):
        name = value.get("name")
        if not isinstance(name, str) and by_id and isinstance(value.get("@id"), str):
            name = by_id.get(value["@id"], {}).get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for item in value for n in _ld_names(item, by_id)]
    return []


def _from_meta_tags(tree: lxml_html.HtmlElement, meta: PageMetadata) -> None:
    tags: dict[str, str] = {}
    for element in tree.xpath("//meta[@content]"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
        if key and key not in tags:
            tags[key] = element.get("content", "").strip()
    if meta.title is None:
        meta.title = unescape_entities(tags.get("og:title") or tags.get("twitter:title") or "") or None
    if meta.published is None:
        for key in _PUBLISHED_META:
            parsed = parse_datetime(tags.get(key))
            if parsed is not None:
                meta.published, meta.published_source = parsed, f"meta:{key}"
                break
    if not meta.authors:
        for key in _AUTHOR_META:
            value = tags.get(key)
            if value and not value.startswith("http"):
                meta.authors = [value]
                break
    if meta.site_name is None:
        meta.site_name = unescape_entities(tags.get("og:site_name") or tags.get("application-name") or "") or None
    if meta.canonical_url is None:
        og_url = tags.get("og:url")
        if og_url and og_url.startswith("http"):
            meta.canonical_url = og_url
    if meta.language is None:
        locale = tags.get("og:locale") or tags.get("content-language")
        if locale:
            meta.language = locale[:2].lower()


_NOT_TEASER = "not(ancestor::a or ancestor::nav or ancestor::aside or ancestor::footer[not(ancestor::article)])"


def _from_markup(tree: lxml_html.HtmlElement, meta: PageMetadata) -> None:
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    if canonical and canonical[0].strip().startswith("http"):
        meta.canonical_url = canonical[0].strip()  # rel=canonical wins over og:url
    if meta.published is None:
        # A <time> inside a link, a menu, an aside or the site footer dates another page (a teaser).
        for xpath, label in (
            (f'//time[@itemprop="datePublished"][{_NOT_TEASER}]/@datetime', "time:itemprop"),
            (f"//time[@pubdate][{_NOT_TEASER}]/@datetime", "time:pubdate"),
            (f'//*[@itemprop="datePublished"][{_NOT_TEASER}]/@content', "itemprop"),
            (f'//time[contains(@class, "publish")][{_NOT_TEASER}]/@datetime', "time:class"),
        ):
            for value in tree.xpath(xpath):
                parsed = parse_datetime(value)
                if parsed is not None:
                    meta.published, meta.published_source = parsed, label
                    break
            if meta.published is not None:
                break
    lang = tree.xpath("/html/@lang")
    if lang and meta.language is None:
        meta.language = lang[0][:2].lower() or None
    for h1 in tree.xpath("//h1"):
        text = " ".join(unescape_entities(h1.text_content()).split())
        if text:
            meta.headline_candidates.append(text)
    title = tree.xpath("//title/text()")
    if title:
        meta.headline_candidates.append(" ".join(unescape_entities(title[0]).split()))


_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape_entities(value: str) -> str:
    """HTML character references left in a metadata string decoded, twice over at most
    ("&#039;", "&#8217;", "&ouml;", "&quot;", and "&amp;#039;" escaped twice by the CMS)."""
    for _ in range(3):
        if "&" not in value or not _ENTITY.search(value):
            break
        value = html.unescape(value)
    return value


def parse_datetime(value: object) -> datetime | None:
    """An ISO-8601-ish timestamp as an aware UTC datetime; None if unreadable."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return None
    value = value.replace("Z", "+00:00").replace(" ", "T", 1)
    value = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", value)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        try:
            parsed = datetime.fromisoformat(value[:10])
        except ValueError:
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)
