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
from datetime import datetime, timedelta

from lxml import html as lxml_html

from transforms.page_dates import WrittenDate, parse_written

_ARTICLE_TYPES = {
    "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
    "blogposting", "opinionnewsarticle", "backgroundnewsarticle", "liveblogposting",
}
_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "datepublished",
    "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued",
    "dcterms.created", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime",
)
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified")
_AUTHOR_META = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author")
# Types whose datePublished is the page's too, when no article node says it.
_PAGE_TYPES = {"webpage", "itempage", "medianewsarticle", "videoobject", "collectionpage"}


@dataclass(slots=True)
class PageMetadata:
    title: str | None = None
    headline_candidates: list[str] = field(default_factory=list)
    published: datetime | None = None  # the chosen value as an instant, unzoned read as UTC
    published_source: str | None = None
    # The chosen value as written (``published`` is its instant with UTC for an unzoned value;
    # the extractor reads it in the publisher's zone instead) and every published candidate
    # in order of trust, with its source.
    published_written: WrittenDate | None = None
    published_candidates: list[tuple[str, WrittenDate]] = field(default_factory=list)
    # UTC offsets the page writes anywhere in its machine dates (published or modified):
    # the publisher's zone for the values it writes without one.
    seen_offsets: list[timedelta] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    canonical_url: str | None = None
    site_name: str | None = None
    language: str | None = None
    language_tag: str | None = None  # as declared ("de-AT", "pt-BR"): its region names a country
    article_body: str | None = None
    # Every JSON-LD @type on the page (lower case) and og:type: a page that declares itself a
    # listing and no article is a section front, not a story.
    ld_types: set[str] = field(default_factory=set)
    description: str | None = None  # meta description / og:description: often the standfirst
    og_type: str | None = None
    # The structured headlines, kept apart: the title is chosen among them and the <h1>.
    ld_headline: str | None = None
    og_title: str | None = None
    html_title: str | None = None


def read_metadata(tree: lxml_html.HtmlElement) -> PageMetadata:
    """Collect metadata in order of trust: JSON-LD, then meta tags, then markup."""
    meta = PageMetadata()
    page_dates: list[tuple[str, WrittenDate]] = []
    _from_json_ld(tree, meta, page_dates)
    _from_meta_tags(tree, meta)
    _from_markup(tree, meta)
    meta.published_candidates.extend(page_dates)
    chosen = choose_published(meta.published_candidates)
    if chosen is not None:
        meta.published_source, meta.published_written = chosen
        meta.published = chosen[1].instant()
    return meta


_LISTING_TYPES = {"collectionpage", "itemlist", "searchresultspage", "profilepage"}


def declares_listing(meta: PageMetadata) -> bool:
    """The page says it is a section front, a search page or a profile (JSON-LD) and nowhere
    that it is an article (no article type, og:type not "article")."""
    return bool(meta.ld_types & _LISTING_TYPES) and not meta.ld_types & _ARTICLE_TYPES \
        and meta.og_type != "article"


def _add_offset(meta: PageMetadata, value: WrittenDate | None) -> None:
    if value is not None and value.offset is not None and value.offset not in meta.seen_offsets:
        meta.seen_offsets.append(value.offset)


def choose_published(candidates: list[tuple[str, WrittenDate]]) -> tuple[str, WrittenDate] | None:
    """The most trusted published value, made as precise as the page allows: another
    candidate for the same moment (same day, and the same minute where both have a time)
    that carries an offset, or a time where the first has none, replaces it. An offset
    beats an unzoned value for the same moment; a different moment never replaces it."""
    if not candidates:
        return None
    source, best = candidates[0]
    for other_source, other in candidates[1:]:
        if other.wall.date() != best.wall.date():
            continue
        if best.has_time and other.has_time and abs(other.wall - best.wall) >= timedelta(minutes=1):
            continue
        gains_time = other.has_time and not best.has_time
        gains_zone = other.zoned and not best.zoned and (other.has_time or not best.has_time)
        if gains_time or gains_zone:
            source, best = other_source, other
        if best.zoned and best.has_time:
            break
    return source, best


def load_json_ld(raw: str) -> object | None:
    """A JSON-LD block as publishers ship it: raw control characters in strings, trailing
    commas, a CDATA or comment wrapper, a trailing semicolon; None when it is not JSON."""
    raw = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$|^\s*<!--|-->\s*$", "", raw).strip().rstrip(";")
    for attempt in (raw, re.sub(r",\s*([}\]])", r"\1", raw)):
        try:
            return json.loads(attempt, strict=False)
        except ValueError:
            continue
    try:  # several objects one after another
        decoder, out, index = json.JSONDecoder(strict=False), [], 0
        while index < len(raw):
            item, index = decoder.raw_decode(raw, index)
            out.append(item)
            while index < len(raw) and raw[index] in " \t\r\n,;":
                index += 1
        return out
    except ValueError:
        return None


def _from_json_ld(tree: lxml_html.HtmlElement, meta: PageMetadata, page_dates: list) -> None:
    for script in tree.xpath('//script[translate(@type, "LDJSON", "ldjson")="application/ld+json"]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        data = load_json_ld(raw)
        if data is None:
            continue
        nodes = list(_walk_ld(data))
        by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str) and len(n) > 1}
        for node in nodes:
            types = node.get("@type")
            types = types if isinstance(types, list) else [types]
            meta.ld_types.update(t.lower() for t in types if isinstance(t, str))
            for key in ("dateModified", "dateCreated"):
                _add_offset(meta, parse_written(node.get(key)))
            if not any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in types):
                if any(isinstance(t, str) and t.lower() in _PAGE_TYPES for t in types):
                    value = parse_written(node.get("datePublished"))
                    if value is not None:
                        page_dates.append(("json-ld:page", value))
                        _add_offset(meta, value)
                if meta.site_name is None and any(t in ("WebSite", "Organization", "NewsMediaOrganization") for t in types):
                    name = node.get("name")
                    if isinstance(name, str):
                        meta.site_name = name.strip()
                continue
            headline = node.get("headline") or node.get("name")
            if isinstance(headline, str) and headline.strip() and meta.title is None:
                meta.title = meta.ld_headline = " ".join(unescape_entities(headline).split())
            value = parse_written(node.get("datePublished"))
            if value is not None:
                meta.published_candidates.append(("json-ld", value))
                _add_offset(meta, value)
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
            if isinstance(language, str) and meta.language is None and language.strip():
                meta.language, meta.language_tag = language.strip()[:2].lower(), language.strip()


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
    repeated: dict[str, list[str]] = {}
    for element in tree.xpath("//meta[@content]"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
        content = element.get("content", "").strip()
        if key and key not in tags:
            tags[key] = content
        if key in _AUTHOR_META and content and content not in repeated.setdefault(key, []):
            repeated[key].append(content)  # one <meta name="author"> per author on some sites
    meta.og_type = (tags.get("og:type") or "").lower() or None
    description = " ".join(unescape_entities(tags.get("description") or tags.get("og:description") or "").split())
    meta.description = description or None
    og_title = " ".join(unescape_entities(tags.get("og:title") or tags.get("twitter:title") or "").split())
    meta.og_title = og_title or None
    if meta.title is None:
        meta.title = meta.og_title
    for key in _PUBLISHED_META:
        value = parse_written(tags.get(key))
        if value is not None:
            meta.published_candidates.append((f"meta:{key}", value))
            _add_offset(meta, value)
    for key in _MODIFIED_META:
        _add_offset(meta, parse_written(tags.get(key)))
    if not meta.authors:
        for key in _AUTHOR_META:
            values = [v for v in repeated.get(key, []) if not v.startswith("http")]
            if values:
                meta.authors = values
                break
    if meta.site_name is None:
        meta.site_name = unescape_entities(tags.get("og:site_name") or tags.get("application-name") or "") or None
    if meta.canonical_url is None:
        og_url = tags.get("og:url")
        if og_url and og_url.startswith("http"):
            meta.canonical_url = og_url
    if meta.language is None:
        locale = tags.get("og:locale") or tags.get("content-language") or tags.get("language")
        if locale:
            meta.language, meta.language_tag = locale[:2].lower(), locale


_NOT_TEASER = "not(ancestor::a or ancestor::nav or ancestor::aside or ancestor::footer[not(ancestor::article)])"


def _from_markup(tree: lxml_html.HtmlElement, meta: PageMetadata) -> None:
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    if canonical and canonical[0].strip().startswith("http"):
        meta.canonical_url = canonical[0].strip()  # rel=canonical wins over og:url
    # A <time> inside a link, a menu, an aside or the site footer dates another page (a teaser).
    for xpath, label in (
        (f'//time[@itemprop="datePublished"][{_NOT_TEASER}]/@datetime', "time:itemprop"),
        (f"//time[@pubdate][{_NOT_TEASER}]/@datetime", "time:pubdate"),
        (f'//*[@itemprop="datePublished"][{_NOT_TEASER}]/@content', "itemprop"),
        (f'//time[contains(@class, "publish")][{_NOT_TEASER}]/@datetime', "time:class"),
    ):
        for raw in tree.xpath(xpath):
            value = parse_written(raw)
            if value is not None:
                meta.published_candidates.append((label, value))
                _add_offset(meta, value)
                break
    for raw in tree.xpath('//*[@itemprop="dateModified"]/@content | //*[@itemprop="dateModified"]/@datetime'):
        _add_offset(meta, parse_written(raw))
    lang = tree.xpath("/html/@lang") or tree.xpath("/html/@xml:lang")
    if lang and lang[0].strip():
        meta.language_tag = meta.language_tag or lang[0].strip()
        meta.language = meta.language or lang[0].strip()[:2].lower()
    for h1 in tree.xpath("//h1"):
        text = " ".join(unescape_entities(h1.text_content()).split())
        if text:
            meta.headline_candidates.append(text)
    title = tree.xpath("//title/text()")
    if title:
        meta.html_title = " ".join(unescape_entities(title[0]).split()) or None
        if meta.html_title:
            meta.headline_candidates.append(meta.html_title)


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
    """A machine-readable timestamp (see ``transforms.page_dates.parse_written``) as an aware
    UTC datetime: an unzoned value read as UTC, a date without a time at 12:00 UTC (its UTC
    date is the day that was written); None if unreadable."""
    written = parse_written(value)
    return written.instant() if written is not None else None
