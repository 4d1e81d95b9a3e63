"""HTML page -> article body and metadata.

The body comes from trafilatura; headline, date, byline and canonical URL come
from the page's structured metadata first (see ``transforms.metadata``),
because a heuristic guess is only needed where the publisher said nothing.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from urllib.parse import urlsplit
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from transforms.metadata import PageMetadata, declares_listing, read_metadata, unescape_entities
from transforms.page_dates import WrittenDate, day_first, find_printed_dates, parse_written, publisher_zone
from transforms.text import join_paragraphs, word_count, word_tokens
from transforms.wire import Dateline, parse_dateline

MAX_HTML_CHARS = 5_000_000  # larger pages are cut: no news article is that long
MIN_BODY_WORDS = 10
EARLIEST_PLAUSIBLE = datetime(1995, 1, 1, tzinfo=timezone.utc)

# Settings chosen by measurement on benchmarks/extraction_gold (see docs/extraction.md).
# Comments off (+0.06 F1); fast=True loses 0.03 F1 on table/div-soup pages, so the
# fallbacks run where the fast result looks like a whole page ("auto": same F1 as
# always, half the cost); favor_precision/recall and tables within noise -> defaults.
TRAFILATURA_OPTIONS = dict(
    include_comments=False,
    include_tables=True,
    include_images=False,
    favor_precision=False,
    favor_recall=False,
    fast="auto",
    deduplicate=False,
    with_metadata=False,
)

_PARSER = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)


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
    # The dateline that opens the story ("KYIV", from "KYIV, Ukraine (AP) — "); the text keeps
    # it, as the wire path does, so that offsets into the text stay those of the text.
    dateline: str | None = None
    dateline_country: str | None = None
    # Wire services named in the dateline or credited as the author ("AP", "Reuters").
    agencies: list[str] = field(default_factory=list)


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decode_html(data: bytes) -> str:
    """Bytes of a page as text: BOM, then the declared charset, then UTF-8; bad bytes become U+FFFD."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    declared = _CHARSET.search(data[:4096])
    codec = "utf-8"
    if declared:
        try:
            codec = codecs.lookup(declared.group(1).decode("ascii")).name
        except (LookupError, UnicodeDecodeError):
            codec = "utf-8"
    if codec in ("latin-1", "iso8859-1", "ascii"):
        codec = "cp1252"  # what browsers do: the declared latin-1 is nearly always windows-1252
    if codec != "utf-8":
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if not declared:
        # Undeclared and not UTF-8: a legacy encoding (Shift_JIS, GB2312, windows-1251) guessed
        # from the bytes, as browsers do, rather than a page of U+FFFD.
        guessed = _guess_codec(data)
        if guessed:
            return data.decode(guessed, errors="replace")
    return data.decode(codec, errors="replace")


def _guess_codec(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
    except Exception:  # noqa: BLE001 - detection is best effort
        return None
    if best is None or not best.encoding:
        return None
    try:
        return codecs.lookup(best.encoding).name
    except LookupError:
        return None


_BINARY_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def _looks_binary(sample: str) -> bool:
    return "\x00" in sample or len(_BINARY_CHARS.findall(sample)) > 0.1 * len(sample)


def extract_html(page: str | bytes, *, url: str | None = None, fetched_at: datetime | None = None) -> HtmlArticle:
    """Extract one article; raise ExtractionError when the page has no body text."""
    if isinstance(page, (bytes, bytearray)):
        page = decode_html(bytes(page))
    if not page or not page.strip():
        raise ExtractionError("empty page")
    if _looks_binary(page[:4096]):
        raise ExtractionError("binary content, not HTML")
    warnings: list[str] = []
    if len(page) > MAX_HTML_CHARS:
        warnings.append(f"page cut at {MAX_HTML_CHARS} characters")
        page = page[:MAX_HTML_CHARS]
    try:
        # Parsed once: metadata, trafilatura (which copies the tree) and htmldate share it.
        tree = lxml_html.document_fromstring(page.encode("utf-8", errors="replace"), parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"unparseable HTML: {' '.join(str(exc).split())[:200]}") from None
    if tree is None or tree.find("body") is None and len(tree) == 0:
        raise ExtractionError("no article body found")
    meta = read_metadata(tree)
    if declares_listing(meta):
        raise ExtractionError(f"not an article: the page declares itself a listing ({', '.join(sorted(meta.ld_types))})")
    title = _clean_title(meta, tree, url or meta.canonical_url)
    # Teasers and link lists go before trafilatura, the byline search and the date fallbacks.
    prune_teasers(tree, url or meta.canonical_url, title)
    body = _body_text(tree, url, meta, title)
    if word_count(body) < MIN_BODY_WORDS:
        raise ExtractionError("no article body found")
    host = urlsplit(url or meta.canonical_url or "").hostname
    zone = publisher_zone(host, meta.language_tag, meta.seen_offsets)
    dates = _DateReader(tree, title, url, zone, day_first(meta.language_tag, host))
    published = _plausible(meta.published_written, zone, fetched_at, warnings)
    if published is not None and not meta.published_written.has_time:
        # A date-only value: the time printed beside the headline on the same day makes it exact.
        near = dates.near_headline()
        if near is not None and near.has_time and near.wall.date() == meta.published_written.wall.date():
            published = _plausible(near, zone, fetched_at, warnings) or published
    authors, agencies = split_byline(meta.authors, site_name=meta.site_name)
    if not authors:
        authors, more = split_byline(_byline_authors(tree), site_name=meta.site_name)
        agencies = _add_agency(more, agencies)
    dateline = parse_dateline(body.split("\n\n", 1)[0])
    if dateline is not None and dateline.agency:
        agencies = _add_agency([dateline.agency], agencies)
    if dateline is None:
        place, agency, reporter = _other_dateline(body.split("\n\n", 1)[0])
        if agency is not None:
            agencies = _add_agency([agency], agencies)
        if reporter and not authors:
            authors = [reporter]
        if place:
            dateline = Dateline(place, None, agency, 0)
    if dateline is not None:  # "By Jane Doe, KYIV": the dateline is no author
        authors = [a for a in authors if _name_key(a) != _name_key(dateline.place)]
    for fallback in (dates.near_headline, dates.htmldate, dates.visible):
        if published is not None:
            break
        published = _plausible(fallback(), zone, fetched_at, warnings)
    return HtmlArticle(
        text=body,
        title=title,
        authors=authors,
        published_at=published,
        canonical_url=meta.canonical_url,
        site_name=meta.site_name,
        language_hint=meta.language,
        warnings=warnings,
        dateline=dateline.place if dateline else None,
        dateline_country=dateline.country if dateline else None,
        agencies=agencies,
    )


# Teasers: a linked headline (h2-h6 inside or around a link) with what belongs to it
# (image, kicker, summary, time), climbing while the block stays short and the headline
# link stays a large part of its text; a short <article> that is mostly one link; a list
# whose text is mostly links (menus, "most read" rails, link columns). Never a block
# holding an <h1>, and never the page's own headline linked to the page itself.
TEASER_MAX_WORDS = 80
TEASER_MIN_LINK_SHARE = 0.2
LINK_LIST_SHARE = 0.6
LABEL_WORDS = 4
_TEASER_SEEDS = etree.XPath(
    "//body//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6][ancestor::a[@href] or .//a[@href]]"
    " | //body//article[.//a[@href]] | //body//ul[count(li) >= 3] | //body//ol[count(li) >= 3]"
)
_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
_ALL_TEXT = etree.XPath("normalize-space(.)")
_LINK_TEXT = etree.XPath("descendant-or-self::a[@href]//text()", smart_strings=False)
_IN_LINK = etree.XPath("boolean(ancestor::a[@href])")
_HREFS = etree.XPath("descendant-or-self::a/@href | ancestor::a/@href", smart_strings=False)


def _text_stats(element: lxml_html.HtmlElement, memo: dict) -> tuple[int, int]:
    """(words, words inside links) of an element; an element inside a link is all link."""
    stats = memo.get(element)
    if stats is None:
        words = word_count(_ALL_TEXT(element))
        linked = words if _IN_LINK(element) else word_count(" ".join(_LINK_TEXT(element)))
        memo[element] = stats = (words, min(linked, words))
    return stats


def _has_headline_link(element: lxml_html.HtmlElement) -> bool:
    """A link of three or more words standing as a block of its own (no running text
    around it): the headline of a teaser, not a link inside a sentence."""
    for a in element.iter("a"):
        if a.get("href") is None or word_count(_ALL_TEXT(a)) < 3 or (a.tail or "").strip():
            continue
        previous = a.getprevious()
        before = previous.tail if previous is not None else a.getparent().text
        if not (before or "").strip():
            return True
    return False


def prune_teasers(tree: lxml_html.HtmlElement, url: str | None = None, title: str | None = None) -> int:
    """Remove teaser blocks and link lists from ``tree`` in place; returns how many were removed.

    Signals that hold on any site: a headline that is a link, with its short summary, is a
    pointer to another page; so is a short <article> that is mostly one link; a list whose
    text is mostly links is navigation. None of them is the story or dates the story.
    ``title`` protects a short headline left alone in a box whose share bar was removed."""
    own_path = (urlsplit(url).path.rstrip("/") or None) if url else None
    folded_title = _fold(title) if title else ""
    memo: dict = {}
    keep = {a for h1 in tree.iter("h1") for a in h1.iterancestors()}  # blocks holding a headline
    doomed: list[lxml_html.HtmlElement] = []
    doomed_set: set = set()
    for seed in _TEASER_SEEDS(tree):
        if doomed_set and any(a in doomed_set for a in seed.iterancestors()):
            continue
        tag = seed.tag
        words, linked = _text_stats(seed, memo)
        if tag in ("ul", "ol"):
            if words and linked >= LINK_LIST_SHARE * words and seed not in keep:
                doomed.append(seed)
                doomed_set.add(seed)
            continue
        if tag == "article":
            if not (words and words <= TEASER_MAX_WORDS and seed not in keep
                    and (linked >= 0.5 * words or _has_headline_link(seed))):
                continue
            top = seed
        else:
            if own_path is not None and any(urlsplit(h).path.rstrip("/") == own_path for h in _HREFS(seed)):
                continue  # the page's own headline, linked to itself
            top = None  # the heading alone is not removed: a linked sub-head can sit in a story
        node = seed.getparent()
        while node is not None and node.tag not in ("body", "html"):
            words, linked = _text_stats(node, memo)
            if words > TEASER_MAX_WORDS or not words or linked < TEASER_MIN_LINK_SHARE * words or node in keep:
                break
            top = node
            node = node.getparent()
        if top is not None:
            doomed.append(top)
            doomed_set.add(top)
    removed = 0
    for element in doomed:
        parent = element.getparent()
        if parent is None:
            continue  # already gone with an emptied parent
        element.drop_tree()
        removed += 1
        # A box left holding only its label ("Most read", "Breaking") goes with its list.
        while parent is not None and parent.tag not in ("body", "html") and parent not in keep:
            label = _ALL_TEXT(parent)
            if word_count(label) > LABEL_WORDS or parent.find(".//img") is not None:
                break
            if folded_title and word_count(label) >= 2 and _fold(label) in folded_title:
                break
            grand = parent.getparent()
            if grand is None:
                break
            parent.drop_tree()
            parent = grand
    return removed


def _trafilatura(tree: lxml_html.HtmlElement, url: str | None) -> str:
    """trafilatura's text; with fast="auto" the readability/justext fallbacks (half the
    cost) run only when the fast result looks like a whole page rather than an article."""
    options = dict(TRAFILATURA_OPTIONS)
    mode = options.pop("fast", False)
    try:
        text = trafilatura.extract(tree, url=url, output_format="txt", fast=mode is not False, **options) or ""
        if mode == "auto" and _looks_like_whole_page(text):
            text = trafilatura.extract(tree, url=url, output_format="txt", fast=False, **options) or ""
    except Exception:  # trafilatura's fallbacks raise assorted errors on hostile markup
        return ""
    return text


def _looks_like_whole_page(text: str) -> bool:
    """Navigation, menus and link lists come out as runs of one- to three-word lines."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(word_tokens(text)) < 80:
        return True
    short = sum(word_count(line) <= 3 for line in lines)
    return short > 0.2 * len(lines)


def _body_text(tree: lxml_html.HtmlElement, url: str | None, meta: PageMetadata, title: str | None) -> str:
    standfirst = _standfirst(tree, meta, title)
    extracted = _trafilatura(tree, url)
    lines = clean_body_lines((extracted or "").split("\n"), [title, *meta.headline_candidates])
    if meta.article_body:
        lines = _cross_check(lines, meta.article_body)
    if standfirst and lines and _fold(standfirst) not in {_fold(line) for line in lines}:
        lines = [standfirst, *lines]
    return join_paragraphs(lines)


STANDFIRST_MIN_WORDS = 8


def _standfirst(tree: lxml_html.HtmlElement, meta: PageMetadata, title: str | None) -> str | None:
    """The standfirst printed under the headline: the page's own description (meta
    description) shown in an element of its own just after the headline. It opens the
    story's text; trafilatura often leaves it out, and an articleBody rarely holds it."""
    description = meta.description
    if not description or word_count(description) < STANDFIRST_MIN_WORDS:
        return None
    anchor = _headline_element(tree, title)
    if anchor is None:
        return None
    target = _fold(description)
    for count, element in enumerate(anchor.itersiblings()):
        if count > 6:
            break
        for node in element.iter():
            if isinstance(node.tag, str) and node.tag in ("p", "h2", "div", "span", "strong") \
                    and _fold(node.text_content()) == target:
                return " ".join(node.text_content().split())
    return None


def _cross_check(lines: list[str], article_body: str) -> list[str]:
    """The publisher's own articleBody: trusted when the heuristic body is missing or
    clearly truncated; when it is complete, paragraphs it does not contain are clutter."""
    declared_lines = [p for p in re.split(r"\n+", article_body) if p.strip()]
    declared_words = word_tokens(article_body.casefold())
    text_words = sum(len(word_tokens(line)) for line in lines)
    if text_words < 0.6 * len(declared_words):
        return declared_lines
    vocabulary = set(declared_words)
    if len(declared_words) < 0.8 * text_words or len(declared_words) < 50:
        return lines  # a teaser or a truncated articleBody checks nothing
    kept = []
    for line in lines:
        tokens = word_tokens(line.casefold())
        if tokens and sum(t in vocabulary for t in tokens) >= 0.6 * len(tokens):
            kept.append(line)
    return kept if sum(len(word_tokens(k)) for k in kept) >= 0.6 * len(declared_words) else lines


_WORD = re.compile(r"\w+")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE_IN_LINE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})\b"
    r"|\b(?:published|posted|updated|last modified)\b",
    re.IGNORECASE,
)
_BYLINE_LINE = re.compile(r"^(?:by|written by|reporting by|words by|story by)\s+\S", re.IGNORECASE)
_INSERT_LINE = re.compile(
    r"^(?:read more|read also|also read|more|related(?: stories| articles| coverage| content)?|see also|"
    r"recommended|watch|listen|more on this story|lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|"
    r"(?:\u00e0 )?lire aussi|voir aussi|lee (?:tambi\u00e9n|m\u00e1s)|leer m\u00e1s|leia (?:tamb\u00e9m|mais)|"
    r"leggi anche|l\u00e6s ogs\u00e5|les ogs\u00e5|l\u00e4s (?:ocks\u00e5|mer)|lees ook|lue my\u00f6s)"
    r"\s*[:|\u2013\u2014>-]\s*\S"
    r"|^(?:advertisement|sponsored content|story continues below(?: advertisement)?|scroll to continue|"
    r"anzeige|werbung|publicit\u00e9|publicidad|pubblicit\u00e0|annonce|advertentie|reklame|annons|mainos)\.?$",
    re.IGNORECASE,
)
# A cookie-consent notice trafilatura keeps from a banner: never the story's words.
_CONSENT_LINE = re.compile(
    r"\b(?:we|this (?:web)?site) uses? cookies\b|\bwir (?:verwenden|nutzen) cookies\b|"
    r"\bnous utilisons des cookies\b|\b(?:utilizamos|usamos) cookies\b|\busiamo (?:i )?cookie\b|"
    r"\bvi (?:anv\u00e4nder|bruker|bruger) cookies\b|\bwe gebruiken cookies\b|\baccept (?:all )?cookies\b|"
    r"\u30af\u30c3\u30ad\u30fc\u3092\u4f7f\u7528|cookie\u3092\u4f7f\u7528|\u4f7f\u7528\s*cookie|"
    r"\ucfe0\ud0a4\ub97c \uc0ac\uc6a9",
    re.IGNORECASE,
)
CONSENT_MAX_WORDS = 60
_TRAILER_LINE = re.compile(
    r"(?:copyright|\u00a9|\(c\))\s*\d{4}|all rights reserved|may not be (?:published|reproduced), broadcast"
    r"|rewritten,? or redistributed",
    re.IGNORECASE,
)


def _fold(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


TRAILER_TAIL_WORDS = 15


TOP_LINES = 6
KICKER_LINE_WORDS = 12


def _drop_above_headline(lines: list[str], heads: set[str]) -> list[str]:
    """Where the headline is among the first lines, the short lines above it (a kicker
    "Olympische Spiele", a section label, a byline or date printed above the headline) go
    with it; a long line above it is text, and then nothing is dropped here."""
    for j, line in enumerate(lines[:TOP_LINES]):
        if _fold(line) in heads:
            if j and all(word_count(above) <= KICKER_LINE_WORDS for above in lines[:j]):
                return lines[j:]
            return lines
    return lines


def clean_body_lines(lines: list[str], headlines: list[str | None]) -> list[str]:
    """Drop what trafilatura keeps around the story: the headline, byline and date lines
    at the top, inline READ MORE / advertisement inserts, a copyright trailer, and
    standfirsts or pull quotes that repeat a sentence of the body."""
    lines = [" ".join(line.split()) for line in lines]
    lines = [line for line in lines if line]
    heads = {_fold(h) for h in headlines if h}
    lines = _drop_above_headline(lines, heads)
    out: list[str] = []
    at_top = True
    for i, line in enumerate(lines):
        words = word_count(line)
        folded = _fold(line)
        if at_top and i < 6:
            if folded in heads or (_BYLINE_LINE.match(line) or _VISIBLE_BY.match(line)) and words <= 15 or (
                words <= 12 and _DATE_IN_LINE.search(line)
            ) or ("|" in line and all(word_count(part) <= 3 for part in line.split("|"))):
                continue
            at_top = False
        if _INSERT_LINE.match(line) and words <= 30 or words <= CONSENT_MAX_WORDS and _CONSENT_LINE.search(line):
            continue
        out.append(line)
    # A copyright notice ends the story: it goes, and so do the short lines after it
    # (site boxes, address lines) when it sits in the last part of the text.
    total = sum(word_count(line) for line in out)
    after, cut = 0, None
    for i in range(len(out) - 1, -1, -1):
        words = word_count(out[i])
        if words <= 40 and _TRAILER_LINE.search(out[i]) and total - after - words >= 0.6 * total:
            cut = i
        elif words > TRAILER_TAIL_WORDS:
            break
        after += words
    if cut is not None:
        out = out[:cut]
    folded_all = [_fold(line) for line in out]
    result = []
    for i, line in enumerate(out):
        f = folded_all[i]
        if word_count(f) >= 6 and any(j != i and f in other and f != other for j, other in enumerate(folded_all)):
            continue  # a pull quote or standfirst repeating the body
        if f and f in folded_all[:i]:
            continue  # an exact repeat
        result.append(line)
    return result


def _htmldate(tree: lxml_html.HtmlElement, url: str | None) -> WrittenDate | None:
    """htmldate's fast search (markup, URL); its extensive text search is not used: it
    loads every dateparser locale (~3 s per process) for what _visible_date does here."""
    from htmldate import find_date

    try:
        found = find_date(tree, original_date=True, extensive_search=False, url=url)
    except Exception:  # htmldate raises assorted errors on odd markup
        return None
    return parse_written(found)


_PUBLISHED_CUE = re.compile(
    r"\b(?:published|posted|first published|erschienen|ver\u00f6ffentlicht|publi\u00e9|publicado|publicada|"
    r"pubblicato|gepubliceerd|udgivet|publiceret|publicerad|publisert|julkaistu|opublikowano|"
    r"\u043e\u043f\u0443\u0431\u043b\u0438\u043a\u043e\u0432\u0430\u043d\u043e|yay\u0131nlanma)\b"
    r"|\u53d1\u5e03|\u767c\u4f48|\u516c\u958b|\uc785\ub825|\ub4f1\ub85d|\uac8c\uc7ac",
    re.IGNORECASE)
_MODIFIED_CUE = re.compile(
    r"\b(?:updated|modified|edited|last changed|aktualisiert|ge\u00e4ndert|mis \u00e0 jour|modifi\u00e9|"
    r"actualizado|actualizada|aggiornato|bijgewerkt|opdateret|uppdaterad|oppdatert|p\u00e4ivitetty|"
    r"zaktualizowano|\u043e\u0431\u043d\u043e\u0432\u043b\u0435\u043d\u043e|g\u00fcncellenme)\b"
    r"|\u66f4\u65b0|\uc218\uc815|\uc5c5\ub370\uc774\ud2b8",
    re.IGNORECASE)
_MODIFIED_LABEL = re.compile(r"modif|updat|edited|aktualisiert|mis \u00e0 jour|actualiz|aggiorn|bijgewerkt",
                             re.IGNORECASE)
_PUBLISHED_LABEL = re.compile(r"publi|posted|erschienen|ver\u00f6ffentlicht", re.IGNORECASE)


def _printed_date(text: str, day_first_order: bool) -> tuple[WrittenDate | None, bool]:
    """The first printed date of a text node that is not an update date: (value, whether a
    "Published" cue stands before it)."""
    if len(text) > 300 or not any(ch.isdigit() for ch in text):
        return None, False
    for start, _end, value in find_printed_dates(text, day_first=day_first_order):
        before = text[max(0, start - 40):start]
        cue, published_cue = _MODIFIED_CUE.search(before), _PUBLISHED_CUE.search(before)
        if cue and (not published_cue or published_cue.start() < cue.start()):
            continue
        return value, published_cue is not None
    return None, False


class _DateReader:
    """The date fallbacks of a page without a usable published value in its metadata, in
    order: the date beside the headline, htmldate's markup search, a printed date."""

    def __init__(self, tree: lxml_html.HtmlElement, title: str | None, url: str | None,
                 zone, day_first_order: bool) -> None:
        self.tree, self.title, self.url, self.zone, self.day_first = tree, title, url, zone, day_first_order
        self._near: list = []

    def near_headline(self) -> WrittenDate | None:
        if not self._near:
            self._near.append(_date_near_headline(self.tree, self.title, self.day_first))
        return self._near[0]

    def htmldate(self) -> WrittenDate | None:
        return _htmldate(self.tree, self.url)

    def visible(self) -> WrittenDate | None:
        return _visible_date(self.tree, self.day_first)


def _visible_date(tree: lxml_html.HtmlElement, day_first_order: bool = True) -> WrittenDate | None:
    """A date printed on the page: the one after "Published"/"Posted" (in the page's
    language) if any, else the first one; a date after "Updated"/"Modified" is never taken."""
    first: WrittenDate | None = None
    texts = tree.xpath(f"//body//text()[{_NOT_OWN_DATE} and not(ancestor::*[contains(@class, 'comment')])]")
    for text in texts[:3000]:
        value, cued = _printed_date(text, day_first_order)
        if value is None:
            continue
        if cued:
            return value
        first = first or value
    return first


# The page's own date is printed next to its headline: the first date in the text that
# follows the headline (up to the first ~150 words), else one just above it in the same
# block. Dates inside links, navigation, asides and footers point elsewhere.
_NOT_OWN_DATE = "not(ancestor::a or ancestor::nav or ancestor::aside or ancestor::footer[not(ancestor::article)]" \
    " or ancestor::script or ancestor::style or ancestor::noscript)"
_AFTER_HEADLINE = etree.XPath(f"(following::text() | following::time[@datetime])[{_NOT_OWN_DATE}][position() <= 60]")
_BEFORE_HEADLINE = etree.XPath(f"(preceding::text() | preceding::time[@datetime])[{_NOT_OWN_DATE}]"
                               "[position() > last() - 8]")
_HEADLINE_LEAVES = etree.XPath("//body//*[not(*)][normalize-space(.)=$t]")
DATE_WINDOW_WORDS = 150


def _headline_element(tree: lxml_html.HtmlElement, title: str | None) -> lxml_html.HtmlElement | None:
    """The element that shows the page's headline: the <h1> that matches the title (else the
    only <h1>), else an element whose whole text is the title."""
    h1s = tree.xpath("//body//h1")
    folded = _fold(title) if title else ""
    for h1 in h1s:
        text = _fold(h1.text_content())
        if folded and text and (text == folded or word_count(text) >= 3 and (text in folded or folded in text)):
            return h1
    if len(h1s) == 1 and word_count(h1s[0].text_content()) >= 3:
        return h1s[0]
    if title:
        try:
            leaves = _HEADLINE_LEAVES(tree, t=" ".join(title.split()))
        except ValueError:  # characters lxml refuses in an XPath variable
            return None
        if leaves:
            return leaves[0]
    return None


def _date_in_node(node, seen: list, day_first_order: bool = True) -> WrittenDate | None:
    """The date in one text node or <time datetime> element; seen = [words so far, last text]."""
    if not isinstance(node, str):  # a <time datetime=...> element
        label = f"{node.get('class', '')} {node.get('itemprop', '')} {seen[1][-40:]}"
        if _MODIFIED_LABEL.search(label) and not _PUBLISHED_LABEL.search(label):
            return None  # "Updated <time ...>"
        value = parse_written(node.get("datetime"))
        if value is not None and not value.has_time:
            # <time datetime="2024-05-03">3. Mai 2024, 10:20</time>: the printed time counts too
            printed, _cued = _printed_date(node.text_content(), day_first_order)
            if printed is not None and printed.has_time and printed.wall.date() == value.wall.date():
                return printed
        return value
    text = str(node)
    seen[0] += word_count(text)
    seen[1] = text
    value, _cued = _printed_date(text, day_first_order)
    return value


def _date_near_headline(tree: lxml_html.HtmlElement, title: str | None,
                        day_first_order: bool = True) -> WrittenDate | None:
    """The first date after the headline (within DATE_WINDOW_WORDS), else one just above it."""
    anchor = _headline_element(tree, title)
    if anchor is None:
        return None
    seen: list = [0, ""]
    for node in _AFTER_HEADLINE(anchor):
        value = _date_in_node(node, seen, day_first_order)
        if value is not None:
            return value
        if seen[0] > DATE_WINDOW_WORDS:
            break
    block = anchor.getparent()
    if block is None:
        return None
    block = block.getparent() if block.getparent() is not None else block
    for node in reversed(_BEFORE_HEADLINE(anchor)):
        element = node if not isinstance(node, str) else node.getparent()
        if element is None or (element is not block and block not in element.iterancestors()):
            break
        value = _date_in_node(node, [0, ""], day_first_order)
        if value is not None:
            return value
    return None


def _plausible(value: WrittenDate | None, zone, fetched_at: datetime | None,
               warnings: list[str]) -> datetime | None:
    """The value as a UTC instant (unzoned: in the publisher's zone; date only: at noon
    there), or None with a warning when it is in the future or before 1995."""
    if value is None:
        return None
    instant = value.instant(zone)
    ceiling = (fetched_at or datetime.now(timezone.utc)) + timedelta(days=1)
    if instant > ceiling:
        warnings.append(f"published date {instant.date()} is in the future; ignored")
        return None
    if instant < EARLIEST_PLAUSIBLE:
        warnings.append(f"published date {instant.date()} is implausibly old; ignored")
        return None
    return instant


_SEPARATORS = r"\s+(?:[|\u2013\u2014\u00b7\u2022-]|::)\s+|\s*[\uff5c_|]\s*"
_TITLE_SPLIT = re.compile(f"({_SEPARATORS})")
_TITLE_SPLIT_COLON = re.compile(f"({_SEPARATORS}|:\\s+)")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
# An <h1> in the site's header (one outside the story that holds the menu or the logo), in
# navigation, asides or footers, or the logo itself, is the site's name, not a headline.
_NOT_HEADLINE = ("ancestor::nav or ancestor::aside or ancestor::footer"
                 " or ancestor::header[not(ancestor::article or ancestor::main)]"
                 "[.//nav or .//a[@href='/'] or .//*[contains(@class, 'logo')]]"
                 " or ancestor-or-self::*[contains(@class, 'logo')] or ancestor::a[@href='/'] or .//a[@href='/']")
_BODY_H1 = etree.XPath(f"//body//h1[not({_NOT_HEADLINE})]")
KICKER_MAX_WORDS = 6


def _clean_text(text: str | None) -> str:
    """One line of text: entities decoded (twice-escaped ones too), control characters and
    runs of whitespace gone (lxml refuses control characters in XPath variables)."""
    return " ".join(_CONTROL_CHARS.sub("", unescape_entities(text or "")).split())


def _element_text(element: lxml_html.HtmlElement) -> str:
    """Text of an element with a space where a <br> or a child element starts or ends, so
    that "<h1>Kicker<br>Headline</h1>" does not read "KickerHeadline"."""
    parts: list[str] = [element.text or ""]
    if len(element):
        for child in element:
            if not isinstance(child.tag, str):
                parts.append(child.tail or "")
                continue
            inner = _element_text(child)
            parts.append(f" {inner} " if child.tag not in _INLINE_TAGS or child.tag == "br" else inner)
            parts.append(child.tail or "")
    return _clean_text("".join(parts))


_INLINE_TAGS = frozenset(("a", "b", "i", "em", "strong", "u", "q", "mark", "abbr", "sup", "sub", "br", "font",
                          "cite", "time"))


def _kicker(h1: lxml_html.HtmlElement) -> str | None:
    """A kicker inside the headline element: a leading child of its own (a <span>, <small>,
    <em>, a line ended by <br>) of at most a few words before the headline's own words."""
    first = next((child for child in h1 if isinstance(child.tag, str)), None)
    if first is None or (h1.text or "").strip():
        return None
    if first.tag == "br":
        return None
    kicker = _element_text(first)
    rest = _clean_text((first.tail or "") + "".join(
        (_element_text(c) + " " + (c.tail or "")) if isinstance(c.tag, str) else (c.tail or "")
        for c in first.itersiblings()))
    if not kicker or not rest or word_count(kicker) > KICKER_MAX_WORDS or word_count(rest) < 2:
        return None
    if first.tag not in ("span", "small", "em", "strong", "b", "i", "div", "p", "a", "mark", "label"):
        return None
    return kicker


def _headline_h1(meta: PageMetadata, tree: lxml_html.HtmlElement, site: str) -> tuple[str, str | None] | None:
    """(text, kicker) of the <h1> that is the article's headline: outside navigation, site
    header, asides and footers, not the site's name; of several, the one the structured
    headlines agree with, else the first inside <article>/<main>, else the first."""
    structured = [_fold(t) for t in (meta.ld_headline, meta.og_title, meta.html_title) if t]
    found = []
    for h1 in _BODY_H1(tree):
        text = _element_text(h1)
        if not text or (site and _squash(text) == site) or word_count(text) < 2:
            continue
        kicker = _kicker(h1)
        found.append((h1, text, kicker))
    if not found:
        return None

    def agreement(item) -> int:
        _h1, text, kicker = item
        folded = _fold(text)
        bare = _fold(text[len(kicker):]) if kicker and text.startswith(kicker) else folded
        return sum(1 for t in structured if folded and (folded in t or t in folded or bare in t))

    best = max(found, key=lambda item: (agreement(item), bool(item[0].xpath("ancestor::article or ancestor::main"))))
    if len(found) > 1 and not agreement(best) and not best[0].xpath("ancestor::article or ancestor::main"):
        best = found[0]
    _h1, text, kicker = best
    if structured and not agreement(best) and word_count(text) <= 3:
        return None  # a section label ("Politik") in an <h1>, with a real headline elsewhere
    return text, kicker


def _clean_title(meta: PageMetadata, tree: lxml_html.HtmlElement | None = None, url: str | None = None) -> str | None:
    """The headline the page shows: the <h1> that opens the article (its kicker cut), else
    the structured headline (JSON-LD, og:title), else <title>; a site name on either side
    of a separator is cut, and a part before ": " only where it is the site's name."""
    host = re.sub(r"^www\.", "", (urlsplit(url).hostname or "") if url else "")
    site = _squash(meta.site_name or "")
    if tree is not None:
        found = _headline_h1(meta, tree, site)
        if found is not None:
            text, kicker = found
            if kicker and text.startswith(kicker):
                text = text[len(kicker):].strip(" :|\u2013\u2014-")
            return _cut_site_name(text, meta, host, site, tree, colon=False)
    title = meta.title or next(iter(meta.headline_candidates), None)
    if not title:
        return None
    return _cut_site_name(_clean_text(title), meta, host, site, tree, colon=True)


def _cut_site_name(title: str, meta: PageMetadata, host: str, site: str,
                   tree: lxml_html.HtmlElement | None, colon: bool) -> str:
    """"Headline - Site" / "Site | Headline" / "Site: Headline": the side that names the
    site (og:site_name, publisher, the domain) goes; else the side the page shows as its
    headline is kept ("Office for Budget Responsibility: What is the OBR?" stays whole)."""
    parts = re.split(_TITLE_SPLIT_COLON if colon else _TITLE_SPLIT, title)
    if len(parts) < 3:
        return title
    first, last = "".join(parts[:-2]).strip(), parts[-1].strip()
    head, tail = parts[0].strip(), "".join(parts[2:]).strip()
    for keep, other, separator in ((first, last, parts[-2]), (tail, head, parts[1])):
        squashed = _squash(other)
        if squashed and word_count(other) <= 5 and (
                squashed == site or (host and (squashed in _squash(host) or _squash(host.split(".")[0]) == squashed))):
            return keep
    # Without a site name to go by, a part the page shows as a headline is the headline;
    # never for ": ", where both sides are usually the headline.
    visible = {" ".join(h.split()) for h in meta.headline_candidates[:-1]}
    for keep, separator in ((first, parts[-2]), (tail, parts[1])):
        if ":" in separator:
            continue
        if keep in visible and len(keep) >= 15:
            return keep
        if tree is not None and len(keep) >= 15:
            try:
                if tree.xpath("//body//*[self::h1 or self::h2][normalize-space(.)=$t]", t=keep):
                    return keep
            except ValueError:
                pass
    return title


def _squash(text: str) -> str:
    return "".join(_WORD.findall(text.casefold()))


def _text_with_breaks(element: lxml_html.HtmlElement) -> str:
    parts: list[str] = []

    def walk(el) -> None:
        if el.tag == "br":
            parts.append("\n")
        elif isinstance(el.tag, str) and el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    return "".join(parts)


# "By" in the languages of the set: Von (de), Par (fr), Di (it), Por (es, pt), Av (sv, no),
# Door (nl), Af (da), Autor, Text, Texto, Tekst, and their "written by" forms.
_BY_WORDS = (
    r"(?:(?:written|reporting|reported|words|story|text|interview|photos?)\s+by|by|from|von|par|di|por|av|door|af|"
    r"escrito\s+por|geschrieben\s+von|ein\s+(?:beitrag|kommentar|gastbeitrag|interview)\s+von|"
    r"un\s+article\s+de|texte|text|texto|tekst|autor|autorin|autore|auteur|author|\u0430\u0432\u0442\u043e\u0440|"
    r"\u0442\u0435\u043a\u0441\u0442|\u4f5c\u8005|\u6587|\u8a18\u8005|\u5831\u9053|"
    r"(?:\u672c\u62a5|\u672c\u520a|\u672c\u7f51)?(?:\u7279\u7ea6)?\u8bb0\u8005|\u901a\u8baf\u5458)"
)
_BY = re.compile(rf"^\s*{_BY_WORDS}(?:\s*[:\uff1a/]\s*|\s+)", re.IGNORECASE)
_VISIBLE_BY = re.compile(rf"^\s*{_BY_WORDS}(?:\s*[:\uff1a]\s*|\s+)(?=[^\W\d_])", re.IGNORECASE)
# An entry that credits a photo, a graphic or a video is not a byline, whatever it names.
_CREDIT = re.compile(
    r"^\s*(?:\u00a9|\(c\)|copyright\b|photos?\b|foto(?:s|grafie|graf)?\b|bild(?:er)?\b|billede\b|kuva\b|"
    r"zdj\u0119cie\b|image\b|images\b|credit\b|cr\u00e9dit\b|grafik\b|graphics?\b|illustration\b|video\b|"
    r"\u0444\u043e\u0442\u043e\b|\u56fe\b|\u5199\u771f\b)"
    r"|\b(?:getty\s+images|scanpix|shutterstock|picture[- ]alliance|lehtikuva|istock(?:photo)?|via\s+getty)\b"
    r"|\b(?:getty|imago|epa|keystone|tt\s+nyhetsbyr\u00e5n)\s*$",
    re.IGNORECASE,
)
_NOT_AUTHORS = re.compile(
    r"[;(|]?\s*\b(?:editing|edited|additional reporting|compiled|photos?|photography|graphics|"
    r"illustrations?|video|updated|published|posted|fotos?|bilder?|grafik|aktualisiert|ver\u00f6ffentlicht|"
    r"actualizado|publicado|pubblicato|aggiornato|mis\s+\u00e0\s+jour|publi\u00e9|bijgewerkt|opdateret|"
    r"uppdaterad|oppdatert)\b.*$",
    re.IGNORECASE,
)
_HONORIFIC = re.compile(r"^(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame)\.?\s+", re.IGNORECASE)
_EMAIL = re.compile(r"\S+@\S+")
_SPLIT = re.compile(
    r"\s*(?:,|;|\||\u00b7|\u2022|&|\u3001|\uff0c|\uff1b|\s(?:and|und|et|e|y|og|och|en|i|\u00e9s|ja|"
    r"\u0438|\u0442\u0430|ve)\s)\s*", re.IGNORECASE)
_PARENTHESES = re.compile(r"\s*[(\[]([^()\[\]]{0,40})[)\]]\s*")
# Titles and roles written after a name ("Korrespondent", "기자"): the part goes, or the
# role is cut where it is a suffix of the name (Korean and Japanese bylines).
_ROLE_WORDS = re.compile(
    r"\b(correspondent|reporter|editor|writer|staff|columnist|contributor|bureau|chief|"
    r"senior|analyst|producer|news|desk|agency|wire|service|press|times|post|journal|"
    r"follow|twitter|email|profile|articles|updated|published|posted|"
    r"redakteur(?:in)?|redaktion|redaktionen|redaksjonen|redactie|redazione|r\u00e9daction|redacci\u00f3n|"
    r"reda\u00e7\u00e3o|korrespondent(?:in)?|correspondant(?:e)?|corresponsal|corrispondente|correspondente|"
    r"journalist(?:in)?|journaliste|periodista|giornalista|jornalista|reporterin|envoy\u00e9e?|inviat[oa]|"
    r"enviad[oa]|agenturen|agences|agencias|agenzie|ag\u00eancias|newsroom|chefredakteur(?:in)?|"
    r"mitarbeiter(?:in)?|leitender|leitende|stv|ressortleiter(?:in)?)\b"
    r"|\u7f16\u8f91|\u7de8\u8f2f|\ud3b8\uc9d1",  # editor (zh, zh-Hant, ko)
    re.IGNORECASE,
)
_NAME_SUFFIX = re.compile(r"\s*(?:\uae30\uc790|\ud2b9\ud30c\uc6d0|\uc120\uc784\uae30\uc790|\u8a18\u8005|"
                          r"\u7279\u6d3e\u54e1|\u7f16\u8bd1|\u8bb0\u8005|\u7279\u7ea6\u8bb0\u8005)$")
# "Jane Doe in Washington", "Max Muster aus Berlin": where the author writes from is no part of the name.
_FROM_PLACE = re.compile(r"\s+(?:in|aus|\u00e0|from|desde|em|fr\u00e5n|fra|uit|z|w|iz)\s+[^\W\d_][\w.'-]*"
                         r"(?:\s+[^\W\d_][\w.'-]*)?$")
_WITH_AGENCY = re.compile(r"^(?:mit|with|avec|con|com|met|med|z)\s+(?:material\s+(?:von|der|de)\s+)?", re.IGNORECASE)
_PARTICLES = {"von", "van", "der", "den", "de", "del", "della", "la", "le", "da", "di", "du", "dos", "bin", "al",
              "el", "ter", "zu", "y", "e", "do", "das", "des"}
_CREDIT_CLASSES = ("photo", "credit", "caption", "image", "media", "copyright", "foto", "bild", "video")
_NOT_BYLINE_ANCESTOR = ("ancestor::figure or ancestor::figcaption or ancestor::*[contains(@class, 'comment')]"
                        + "".join(f" or ancestor-or-self::*[contains(@class, '{c}')]" for c in _CREDIT_CLASSES))
BYLINE_MAX_ENTRIES = 8


# Datelines the wire parser (capitals, "SEOUL (Yonhap) -") leaves out: a place in mixed case
# with a known agency ("Berlin (dpa) - ", "Roma (ANSA) - "), and the Korean form
# "(서울=연합뉴스) 이서연 기자 = ".
_MIXED_DATELINE = re.compile(r"^(?P<place>[^\W\d_][\w .'/-]{1,40}?)\s*\((?P<agency>[^()\n]{1,40})\)\s*"
                             r"(?:--?|[\u2013\u2014:])\s+")
_KOREAN_DATELINE = re.compile(r"^[(\[](?P<place>[^=()\[\]]{1,15})=(?P<agency>[^()\[\]]{1,20})[)\]]\s*"
                              r"(?:(?P<reporter>[\uac00-\ud7af]{2,4})\s*(?:\uae30\uc790|\ud2b9\ud30c\uc6d0)\s*=)?")


def _other_dateline(paragraph: str) -> tuple[str | None, str | None, str | None]:
    """(place, agency, reporter) of a mixed-case or Korean dateline; the agency must be a
    known wire service, so that "Smith (R-Texas) - " is no dateline."""
    match = _KOREAN_DATELINE.match(paragraph)
    if match:
        agency = _agency(match["agency"])
        return (match["place"].strip(), agency, match["reporter"]) if agency else (None, None, None)
    match = _MIXED_DATELINE.match(paragraph)
    if match:
        agencies = [_agency(a) for a in re.split(r"\s*/\s*", match["agency"])]
        if agencies and all(agencies) and word_count(match["place"]) <= 4:
            return match["place"].strip(), agencies[0], None
    return None, None, None


def _byline_authors(tree: lxml_html.HtmlElement) -> list[str]:
    """Byline entries from byline markup, else a visible 'By ...' line (first one in the page),
    as written: ``split_byline`` reads the names and agencies out of them. Photo credits
    (figures, captions, credit boxes) are not bylines."""
    for xpath in (
        f'//*[@rel="author"][not({_NOT_BYLINE_ANCESTOR})]',
        f'//*[@itemprop="author"][not({_NOT_BYLINE_ANCESTOR})]//*[@itemprop="name"]',
        f'//*[@itemprop="author"][not({_NOT_BYLINE_ANCESTOR})]',
        '//*[contains(@class, "byline") or contains(@class, "author")]'
        f'[not({_NOT_BYLINE_ANCESTOR})][not(ancestor::*[contains(@class, "byline") or contains(@class, "author")])]',
    ):
        names = []
        for el in tree.xpath(xpath):
            for line in _text_with_breaks(el).split("\n"):
                line = " ".join(line.split())
                if 2 < len(line) < 160 and line not in names:
                    names.append(line)
                    break
        authors, agencies = split_byline(names[:BYLINE_MAX_ENTRIES])
        if authors or agencies:
            return names[:BYLINE_MAX_ENTRIES]
    texts = f"//body//text()[not(ancestor::script) and not(ancestor::style) and not({_NOT_BYLINE_ANCESTOR})]"
    for text in tree.xpath(texts):
        if not _VISIBLE_BY.match(text):
            continue
        parent = text.getparent()
        if parent is None:
            continue
        if text.is_tail:
            line = str(text)
        else:
            line = _text_with_breaks(parent).split("\n")[0] if len(parent.text_content()) < 400 else str(text)
        line = " ".join(line.split())
        if len(line) < 150:
            authors, agencies = split_byline([line])
            if authors or agencies:
                return [line]
    return []


# Wire services as bylines write them, lower case -> the name used in ``agencies``.
WIRE_AGENCIES = {
    "associated press": "AP", "the associated press": "AP", "ap": "AP",
    "reuters": "Reuters", "thomson reuters": "Reuters",
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
    "dpa": "dpa", "deutsche presse-agentur": "dpa", "dpa-afx": "dpa-AFX",
    "yonhap": "Yonhap", "yonhap news agency": "Yonhap", "yonhap news": "Yonhap", "\uc5f0\ud569\ub274\uc2a4": "Yonhap",
    "kyodo": "Kyodo", "kyodo news": "Kyodo", "\u5171\u540c\u901a\u4fe1": "Kyodo", "\u5171\u540c": "Kyodo",
    "jiji": "Jiji", "jiji press": "Jiji", "\u6642\u4e8b\u901a\u4fe1": "Jiji", "\u6642\u4e8b": "Jiji",
    "xinhua": "Xinhua", "xinhua news agency": "Xinhua", "\u65b0\u534e\u793e": "Xinhua", "\u65b0\u83ef\u793e": "Xinhua",
    "ansa": "ANSA", "efe": "EFE", "agencia efe": "EFE", "europa press": "Europa Press", "lusa": "Lusa",
    "ag\u00eancia lusa": "Lusa", "agi": "AGI", "adnkronos": "Adnkronos", "anp": "ANP", "belga": "Belga",
    "ritzau": "Ritzau", "ntb": "NTB", "tt": "TT", "tt nyhetsbyr\u00e5n": "TT", "stt": "STT", "pap": "PAP",
    "\u010dtk": "\u010cTK", "ctk": "\u010cTK", "mti": "MTI", "kna": "KNA", "epd": "epd", "apa": "APA", "sda": "SDA",
    "keystone-sda": "Keystone-SDA", "pa": "PA Media", "pa media": "PA Media", "press association": "PA Media",
    "upi": "UPI", "united press international": "UPI", "tass": "TASS", "\u0442\u0430\u0441\u0441": "TASS",
    "interfax": "Interfax", "\u0438\u043d\u0442\u0435\u0440\u0444\u0430\u043a\u0441": "Interfax",
    "ria novosti": "RIA Novosti", "\u0440\u0438\u0430 \u043d\u043e\u0432\u043e\u0441\u0442\u0438": "RIA Novosti",
    "aap": "AAP", "australian associated press": "AAP", "the canadian press": "Canadian Press",
    "canadian press": "Canadian Press", "anadolu": "Anadolu", "anadolu agency": "Anadolu", "aa": "Anadolu",
    "bernama": "Bernama", "antara": "Antara", "afx news": "AFX News", "rttnews": "RTTNews", "ukrinform": "Ukrinform",
    "unian": "UNIAN", "pti": "PTI", "press trust of india": "PTI", "ani": "ANI", "ians": "IANS",
    "ats": "ATS", "keystone-ats": "Keystone-ATS", "ats-sda": "ATS", "\ub274\uc2dc\uc2a4": "Newsis",
    "newsis": "Newsis", "\ub274\uc2a41": "News1", "news1": "News1", "\u4e2d\u65b0\u793e": "China News Service",
    "notimex": "Notimex", "t\u00e9lam": "T\u00e9lam", "prensa latina": "Prensa Latina",
}
_AGENCY_SUFFIX = re.compile(r"^(?:the\s+)?(.+?)(?:\s+(?:staff|wire|news\s+service|reports?))?$", re.IGNORECASE)
_LAST_FIRST = re.compile(
    r"^((?:(?:van|von|de|der|den|del|della|da|di|du|le|la|al|el|bin|ter)\s+)*[A-Z\u00c0-\u00de][\w'\u2019-]+"
    r"),\s*"
    r"([A-Z\u00c0-\u00de][\w'\u2019-]+(?:\s+[A-Z]\.?)?)$"
)


def _agency(part: str) -> str | None:
    """The wire service a byline entry names ("Associated Press", "By REUTERS", "mit dpa"), if any."""
    part = _BY.sub("", " ".join(part.split())).strip(" .,:-\u2013\u2014()[]")
    part = _WITH_AGENCY.sub("", part)
    m = _AGENCY_SUFFIX.match(part)
    if not m:
        return None
    return WIRE_AGENCIES.get(part.casefold()) or WIRE_AGENCIES.get(m.group(1).casefold())


def _add_agency(found: list[str], agencies: list[str]) -> list[str]:
    out = list(agencies)
    for a in found:
        name = WIRE_AGENCIES.get(a.casefold(), a)
        if name.casefold() not in {x.casefold() for x in out}:
            out.append(name)
    return out


def _name_key(name: str) -> str:
    """A name folded for duplicate checks: case, accents and punctuation ignored."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


def _looks_capitalized(word: str) -> bool:
    """Capitalized, or in a script without case (CJK, Hangul, Arabic, Hebrew, Thai)."""
    first = word[:1]
    return bool(first) and not first.islower()


def _byline_pieces(entry: str, agencies: list[str]) -> list[str]:
    """One byline entry cut into name candidates: "By", e-mails, trailing credits, roles in
    parentheses and agencies (to ``agencies``) out; "Last, First" made one person."""
    entry = _EMAIL.sub("", unescape_entities(entry))
    entry = _BY.sub("", " ".join(entry.split()))
    entry = _NOT_AUTHORS.sub("", entry)

    def parenthesis(match: re.Match) -> str:
        for piece in re.split(r"\s*[/,]\s*", match.group(1).strip()):
            agency = _agency(piece)
            if agency is not None and agency not in agencies:
                agencies.append(agency)
        return " "  # initials ("(mm)"), a place, a role or an agency: never part of the name

    entry = _PARENTHESES.sub(parenthesis, entry).strip()
    pieces = []
    for piece in re.split(r"\s*[;|]\s*", entry):
        inverted = _LAST_FIRST.match(piece.strip(" .,"))
        if inverted and not _agency(inverted.group(1)) and not _agency(inverted.group(2)) \
                and not _ROLE_WORDS.search(piece) and inverted.group(2).lower() not in _PARTICLES:
            piece = f"{inverted.group(2)} {inverted.group(1)}"
        pieces.append(piece)
    parts = []
    for part in (p for piece in pieces for p in _SPLIT.split(piece)):
        if "/" in part:  # "dpa/AFP", or a photo credit "Name/Agency"
            sides = [side.strip() for side in part.split("/") if side.strip()]
            found = [_agency(side) for side in sides]
            if sides and all(found):
                agencies.extend(a for a in found if a not in agencies)
            continue
        parts.append(part)
    return parts


def split_byline(raw: list[str], *, site_name: str | None = None) -> tuple[list[str], list[str]]:
    """Authors and wire agencies of byline entries: "By Jane Doe and Min-ji Park, Associated Press"
    -> (["Jane Doe", "Min-ji Park"], ["AP"]); "Brazil, Rachel" is one person ("Rachel Brazil"),
    "Smith, Jones and Lee" three; "Von Max Muster (mm), Berlin" is Max Muster (a one-word
    place after full names is a dateline); photo credits and the site itself are no author."""
    names: list[str] = []
    agencies: list[str] = []
    site = _squash(site_name or "")
    for entry in raw:
        if not isinstance(entry, str) or _CREDIT.search(entry):
            continue
        entry_names: list[str] = []
        for part in _byline_pieces(entry, agencies):
            agency = _agency(part)
            if agency is not None:
                if agency not in agencies:
                    agencies.append(agency)
                continue
            part = _BY.sub("", part).strip(" .,:-\u2013\u2014")
            part = _NAME_SUFFIX.sub("", _HONORIFIC.sub("", part)).strip()
            part = _FROM_PLACE.sub("", part)
            if not part or _ROLE_WORDS.search(part) or any(ch.isdigit() for ch in part):
                continue
            words = part.split()
            if not 1 <= len(words) <= 5 or (site and _squash(part) == site):
                continue
            if not all(_looks_capitalized(w) for w in words if w.isalpha() and w.lower() not in _PARTICLES):
                continue
            if not _looks_capitalized(words[0]):
                continue
            entry_names.append(part)
        if any(len(n.split()) > 1 for n in entry_names):
            # "Max Muster, Berlin": a one-word part beside full names is a place, not a person
            entry_names = [n for n in entry_names if len(n.split()) > 1 or _has_unspaced(n)]
        for name in entry_names:
            if _name_key(name) not in {_name_key(n) for n in names}:
                names.append(name)
    return names, agencies


def _has_unspaced(text: str) -> bool:
    return word_count(text) != len(text.split())


def clean_authors(raw: list[str]) -> list[str]:
    """Names only: no "By", no e-mail, no job title, no wire agency; "A and B" is two authors."""
    return split_byline(raw)[0]
