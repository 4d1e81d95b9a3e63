"""HTML page -> article body and metadata.

The body comes from trafilatura; headline, date, byline and canonical URL come
from the page's structured metadata first (see ``transforms.metadata``),
because a heuristic guess is only needed where the publisher said nothing.
"""

from __future__ import annotations

import codecs
import re
from urllib.parse import urlsplit
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from transforms.metadata import PageMetadata, parse_datetime, read_metadata, unescape_entities
from transforms.text import join_paragraphs
from transforms.wire import parse_dateline

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
        return data.decode(codec if codec != "utf-8" else "utf-8", errors="replace")


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
    title = _clean_title(meta, tree, url or meta.canonical_url)
    # Teasers and link lists go before trafilatura, the byline search and the date fallbacks.
    prune_teasers(tree, url or meta.canonical_url, title)
    body = _body_text(tree, url, meta, title)
    if len(body.split()) < MIN_BODY_WORDS:
        raise ExtractionError("no article body found")
    published = _plausible(meta.published, fetched_at, warnings)
    authors, agencies = split_byline(meta.authors)
    if not authors:
        authors, more = split_byline(_byline_authors(tree))
        agencies = agencies or more
    dateline = parse_dateline(body.split("\n\n", 1)[0])
    if dateline is not None and dateline.agency:
        agencies = _add_agency([dateline.agency], agencies)
    if published is None:
        published = _plausible(_date_near_headline(tree, title), fetched_at, warnings)
    if published is None:
        published = _plausible(_htmldate(tree, url), fetched_at, warnings)
    if published is None:
        published = _plausible(_visible_date(tree), fetched_at, warnings)
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
        words = len(_ALL_TEXT(element).split())
        linked = words if _IN_LINK(element) else len(" ".join(_LINK_TEXT(element)).split())
        memo[element] = stats = (words, min(linked, words))
    return stats


def _has_headline_link(element: lxml_html.HtmlElement) -> bool:
    """A link of three or more words standing as a block of its own (no running text
    around it): the headline of a teaser, not a link inside a sentence."""
    for a in element.iter("a"):
        if a.get("href") is None or len(_ALL_TEXT(a).split()) < 3 or (a.tail or "").strip():
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
            if len(label.split()) > LABEL_WORDS or parent.find(".//img") is not None:
                break
            if folded_title and len(label.split()) >= 2 and _fold(label) in folded_title:
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
    if len(_WORD.findall(text)) < 80:
        return True
    short = sum(len(line.split()) <= 3 for line in lines)
    return short > 0.2 * len(lines)


def _body_text(tree: lxml_html.HtmlElement, url: str | None, meta: PageMetadata, title: str | None) -> str:
    extracted = _trafilatura(tree, url)
    lines = clean_body_lines((extracted or "").split("\n"), [title, *meta.headline_candidates])
    if meta.article_body:
        lines = _cross_check(lines, meta.article_body)
    return join_paragraphs(lines)


def _cross_check(lines: list[str], article_body: str) -> list[str]:
    """The publisher's own articleBody: trusted when the heuristic body is missing or
    clearly truncated; when it is complete, paragraphs it does not contain are clutter."""
    declared_lines = [p for p in re.split(r"\n+", article_body) if p.strip()]
    declared_words = _WORD.findall(article_body.casefold())
    text_words = sum(len(_WORD.findall(line)) for line in lines)
    if text_words < 0.6 * len(declared_words):
        return declared_lines
    vocabulary = set(declared_words)
    if len(declared_words) < 0.8 * text_words or len(declared_words) < 50:
        return lines  # a teaser or a truncated articleBody checks nothing
    kept = []
    for line in lines:
        tokens = _WORD.findall(line.casefold())
        if tokens and sum(t in vocabulary for t in tokens) >= 0.6 * len(tokens):
            kept.append(line)
    return kept if sum(len(_WORD.findall(k)) for k in kept) >= 0.6 * len(declared_words) else lines


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
    r"recommended|watch|listen|more on this story)\s*[:|\u2013\u2014>-]\s*\S"
    r"|^(?:advertisement|sponsored content|story continues below(?: advertisement)?|scroll to continue)\.?$",
    re.IGNORECASE,
)
_TRAILER_LINE = re.compile(
    r"(?:copyright|\u00a9|\(c\))\s*\d{4}|all rights reserved|may not be (?:published|reproduced), broadcast"
    r"|rewritten,? or redistributed",
    re.IGNORECASE,
)


def _fold(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


TRAILER_TAIL_WORDS = 15


def clean_body_lines(lines: list[str], headlines: list[str | None]) -> list[str]:
    """Drop what trafilatura keeps around the story: the headline, byline and date lines
    at the top, inline READ MORE / advertisement inserts, a copyright trailer, and
    standfirsts or pull quotes that repeat a sentence of the body."""
    lines = [" ".join(line.split()) for line in lines]
    lines = [line for line in lines if line]
    heads = {_fold(h) for h in headlines if h}
    out: list[str] = []
    at_top = True
    for i, line in enumerate(lines):
        words = len(line.split())
        folded = _fold(line)
        if at_top and i < 6:
            if folded in heads or _BYLINE_LINE.match(line) and words <= 15 or (
                words <= 12 and _DATE_IN_LINE.search(line)
            ) or ("|" in line and all(len(part.split()) <= 3 for part in line.split("|"))):
                continue
            at_top = False
        if _INSERT_LINE.match(line) and words <= 30:
            continue
        out.append(line)
    # A copyright notice ends the story: it goes, and so do the short lines after it
    # (site boxes, address lines) when it sits in the last part of the text.
    total = sum(len(line.split()) for line in out)
    after, cut = 0, None
    for i in range(len(out) - 1, -1, -1):
        words = len(out[i].split())
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
        if len(f.split()) >= 6 and any(j != i and f in other and f != other for j, other in enumerate(folded_all)):
            continue  # a pull quote or standfirst repeating the body
        if f and f in folded_all[:i]:
            continue  # an exact repeat
        result.append(line)
    return result


def _htmldate(tree: lxml_html.HtmlElement, url: str | None) -> datetime | None:
    """htmldate's fast search (markup, URL); its extensive text search is not used: it
    loads every dateparser locale (~3 s per process) for what _visible_date does here."""
    from htmldate import find_date

    try:
        found = find_date(tree, original_date=True, extensive_search=False, url=url)
    except Exception:  # htmldate raises assorted errors on odd markup
        return None
    return parse_datetime(found)


_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_VISIBLE_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}),?\s+(?P<y2>(?:19|20)\d\d)"
    r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d))\b",
    re.IGNORECASE,
)
_PUBLISHED_CUE = re.compile(r"\b(?:published|posted|first published|erschienen|publi\u00e9)\b", re.IGNORECASE)
_MODIFIED_CUE = re.compile(r"\b(?:updated|modified|edited|last changed|aktualisiert|mis \u00e0 jour)\b", re.IGNORECASE)


def _visible_date(tree: lxml_html.HtmlElement) -> datetime | None:
    """A date printed on the page: the one after "Published"/"Posted" if any, else the
    first one; a date after "Updated"/"Modified" is never taken."""
    first: datetime | None = None
    texts = tree.xpath(f"//body//text()[{_NOT_OWN_DATE} and not(ancestor::*[contains(@class, 'comment')])]")
    for text in texts[:3000]:
        if len(text) > 300 or not any(ch.isdigit() for ch in text):
            continue
        for match in _VISIBLE_DATE.finditer(text):
            before = text[max(0, match.start() - 40):match.start()]
            cue = _MODIFIED_CUE.search(before)
            published_cue = _PUBLISHED_CUE.search(before)
            if cue and (not published_cue or published_cue.start() < cue.start()):
                continue
            value = _date_from_match(match)
            if value is None:
                continue
            if published_cue:
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
_MODIFIED_LABEL = re.compile(r"modif|updat|edited|aktualisiert|mis \u00e0 jour", re.IGNORECASE)
_PUBLISHED_LABEL = re.compile(r"publi|posted|erschienen", re.IGNORECASE)


def _headline_element(tree: lxml_html.HtmlElement, title: str | None) -> lxml_html.HtmlElement | None:
    """The element that shows the page's headline: the <h1> that matches the title (else the
    only <h1>), else an element whose whole text is the title."""
    h1s = tree.xpath("//body//h1")
    folded = _fold(title) if title else ""
    for h1 in h1s:
        text = _fold(h1.text_content())
        if folded and text and (text == folded or len(text.split()) >= 3 and (text in folded or folded in text)):
            return h1
    if len(h1s) == 1 and len(h1s[0].text_content().split()) >= 3:
        return h1s[0]
    if title:
        try:
            leaves = _HEADLINE_LEAVES(tree, t=" ".join(title.split()))
        except ValueError:  # characters lxml refuses in an XPath variable
            return None
        if leaves:
            return leaves[0]
    return None


def _date_in_node(node, seen: list) -> datetime | None:
    """The date in one text node or <time datetime> element; seen = [words so far, last text]."""
    if not isinstance(node, str):  # a <time datetime=...> element
        label = f"{node.get('class', '')} {node.get('itemprop', '')} {seen[1][-40:]}"
        if _MODIFIED_LABEL.search(label) and not _PUBLISHED_LABEL.search(label):
            return None  # "Updated <time ...>"
        return parse_datetime(node.get("datetime"))
    text = str(node)
    seen[0] += len(text.split())
    seen[1] = text
    if len(text) > 300 or not any(ch.isdigit() for ch in text):
        return None
    for match in _VISIBLE_DATE.finditer(text):
        before = text[max(0, match.start() - 40):match.start()]
        cue, published_cue = _MODIFIED_CUE.search(before), _PUBLISHED_CUE.search(before)
        if cue and (not published_cue or published_cue.start() < cue.start()):
            continue
        value = _date_from_match(match)
        if value is not None:
            return value
    return None


def _date_near_headline(tree: lxml_html.HtmlElement, title: str | None) -> datetime | None:
    """The first date after the headline (within DATE_WINDOW_WORDS), else one just above it."""
    anchor = _headline_element(tree, title)
    if anchor is None:
        return None
    seen: list = [0, ""]
    for node in _AFTER_HEADLINE(anchor):
        value = _date_in_node(node, seen)
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
        value = _date_in_node(node, [0, ""])
        if value is not None:
            return value
    return None


def _date_from_match(match: re.Match) -> datetime | None:
    groups = match.groupdict()
    try:
        if groups["y3"]:
            year, month, day = int(groups["y3"]), int(groups["m3"]), int(groups["d3"])
        else:
            name = groups["m1"] or groups["m2"]
            year, day = int(groups["y1"] or groups["y2"]), int(groups["d1"] or groups["d2"])
            month = _MONTHS[name[:3].lower()]
        return datetime(year, month, day, tzinfo=timezone.utc)
    except (ValueError, KeyError, TypeError):
        return None


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


_SEPARATORS = r"\s+(?:[|\u2013\u2014\u00b7\u2022-]|::)\s+"


def _clean_title(meta: PageMetadata, tree: lxml_html.HtmlElement | None = None, url: str | None = None) -> str | None:
    """Structured headline, else og:title, else <h1>, else <title>; the site name cut off."""
    title = meta.title or next(iter(meta.headline_candidates), None)
    if not title:
        return None
    # Control characters and U+FFFE/U+FFFF are not text, and lxml refuses them in XPath variables.
    title = unescape_entities(title)
    title = " ".join(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]", "", title).split())
    parts = re.split(f"({_SEPARATORS}|:\\s+)", title)
    if len(parts) < 3:
        return title
    # "Headline - Site" / "Site | Headline": keep the side the page shows as a headline,
    # or drop the side that names the site (og:site_name, publisher, or the domain).
    first, last = "".join(parts[:-2]).strip(), parts[-1].strip()
    head, tail = parts[0].strip(), "".join(parts[2:]).strip()
    visible = {" ".join(h.split()) for h in meta.headline_candidates[:-1]}
    for keep in (first, tail):
        if keep in visible and len(keep) >= 15:
            return keep
    if tree is not None:
        for keep in (first, tail):
            if len(keep) >= 15 and tree.xpath("//body//*[normalize-space(.)=$t][not(self::title)]", t=keep):
                return keep
    host = re.sub(r"^www\\.", "", (urlsplit(url).hostname or "") if url else "")
    site = _squash(meta.site_name or "")
    for keep, other in ((first, last), (tail, head)):
        squashed = _squash(other)
        if squashed and len(other.split()) <= 5 and (squashed == site or (host and squashed in _squash(host))):
            return keep
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


_VISIBLE_BY = re.compile(r"^\s*(?:by|written by|reporting by)\s+[A-Z\u00c0-\u024f]", re.IGNORECASE)


def _byline_authors(tree: lxml_html.HtmlElement) -> list[str]:
    """Byline entries from byline markup, else a visible 'By ...' line (first one in the page),
    as written: ``split_byline`` reads the names and agencies out of them."""
    for xpath in (
        '//*[@rel="author"]',
        '//*[@itemprop="author"]//*[@itemprop="name"]',
        '//*[@itemprop="author"]',
        '//*[contains(@class, "byline") or contains(@class, "author")]'
        '[not(ancestor::*[contains(@class, "comment")])]',
    ):
        names = []
        for el in tree.xpath(xpath):
            for line in _text_with_breaks(el).split("\n"):
                line = " ".join(line.split())
                if 2 < len(line) < 120:
                    names.append(line)
                    break
        authors, agencies = split_byline(names[:4])
        if authors or agencies:
            return names[:4]
    for text in tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"):
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


_BY = re.compile(r"^\s*(?:(?:written|reporting|reported|words|story|text|interview)\s+by|by|from|von|par)\s+",
                 re.IGNORECASE)
_NOT_AUTHORS = re.compile(
    r"[;(]?\s*\b(?:editing|edited|additional reporting|compiled|photos?|photography|graphics|"
    r"illustrations?|video|updated|published|posted)\b.*$",
    re.IGNORECASE,
)
_HONORIFIC = re.compile(r"^(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame)\.?\s+", re.IGNORECASE)
_EMAIL = re.compile(r"\S+@\S+")
_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\||\u00b7|\u2022)\s*", re.IGNORECASE)
_ROLE_WORDS = re.compile(
    r"\b(correspondent|reporter|editor|writer|staff|columnist|contributor|bureau|chief|"
    r"senior|analyst|producer|news|desk|agency|wire|service|press|times|post|journal|"
    r"follow|twitter|email|profile|articles|updated|published|posted)\b",
    re.IGNORECASE,
)
_PARTICLES = {"von", "van", "der", "den", "de", "del", "della", "la", "le", "da", "di", "du", "dos", "bin", "al", "el", "ter"}


# Wire services as bylines write them, lower case -> the name used in ``agencies``.
WIRE_AGENCIES = {
    "associated press": "AP", "the associated press": "AP", "ap": "AP",
    "reuters": "Reuters", "thomson reuters": "Reuters",
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
    "dpa": "dpa", "deutsche presse-agentur": "dpa", "dpa-afx": "dpa-AFX",
    "yonhap": "Yonhap", "yonhap news agency": "Yonhap", "yonhap news": "Yonhap",
    "kyodo": "Kyodo", "kyodo news": "Kyodo", "xinhua": "Xinhua", "xinhua news agency": "Xinhua",
    "ansa": "ANSA", "efe": "EFE", "pa": "PA Media", "pa media": "PA Media", "press association": "PA Media",
    "upi": "UPI", "united press international": "UPI", "tass": "TASS", "interfax": "Interfax",
    "aap": "AAP", "australian associated press": "AAP", "the canadian press": "Canadian Press",
    "canadian press": "Canadian Press", "anadolu": "Anadolu", "anadolu agency": "Anadolu", "bernama": "Bernama",
    "afx news": "AFX News", "rttnews": "RTTNews", "ukrinform": "Ukrinform", "pti": "PTI",
    "press trust of india": "PTI", "ani": "ANI", "apa": "APA", "sda": "SDA", "ntb": "NTB", "tt": "TT",
}
_AGENCY_SUFFIX = re.compile(r"^(?:the\s+)?(.+?)(?:\s+(?:staff|wire|news\s+service|reports?))?$", re.IGNORECASE)
_LAST_FIRST = re.compile(
    r"^((?:(?:van|von|de|der|den|del|della|da|di|du|le|la|al|el|bin|ter)\s+)*[A-Z\u00c0-\u00de][\w'\u2019-]+"
    r"),\s*"
    r"([A-Z\u00c0-\u00de][\w'\u2019-]+(?:\s+[A-Z]\.?)?)$"
)


def _agency(part: str) -> str | None:
    """The wire service a byline entry names ("Associated Press", "By REUTERS"), if any."""
    part = _BY.sub("", " ".join(part.split())).strip(" .,:-\u2013\u2014")
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


def split_byline(raw: list[str]) -> tuple[list[str], list[str]]:
    """Authors and wire agencies of byline entries: "By Jane Doe and Min-ji Park, Associated Press"
    -> (["Jane Doe", "Min-ji Park"], ["AP"]); "Brazil, Rachel" is one person ("Rachel Brazil"),
    "Smith, Jones and Lee" three."""
    names: list[str] = []
    agencies: list[str] = []
    for entry in raw:
        if not isinstance(entry, str):
            continue
        entry = unescape_entities(entry)
        entry = _EMAIL.sub("", entry)
        entry = _BY.sub("", " ".join(entry.split()))
        entry = _NOT_AUTHORS.sub("", entry)
        # "Brazil, Rachel" (alone, or between ";"): one person written last name first
        pieces = []
        for piece in re.split(r"\s*[;|]\s*", entry):
            inverted = _LAST_FIRST.match(piece.strip(" .,"))
            if inverted and not _agency(inverted.group(1)) and not _agency(inverted.group(2)) \
                    and not _ROLE_WORDS.search(piece) and inverted.group(2).lower() not in _PARTICLES:
                piece = f"{inverted.group(2)} {inverted.group(1)}"
            pieces.append(piece)
        for part in (p for piece in pieces for p in _SPLIT.split(piece)):
            agency = _agency(part)
            if agency is not None:
                if agency not in agencies:
                    agencies.append(agency)
                continue
            part = _BY.sub("", part).strip(" .,:-\u2013\u2014")
            part = _HONORIFIC.sub("", part)
            if not part or _ROLE_WORDS.search(part) or any(ch.isdigit() for ch in part):
                continue
            words = part.split()
            if not 1 <= len(words) <= 5:
                continue
            if not all(w[:1].isupper() for w in words if w.isalpha() and w.lower() not in _PARTICLES):
                continue
            if not words[0][:1].isupper() or part.casefold() in (n.casefold() for n in names):
                continue
            names.append(part)
    return names, agencies


def clean_authors(raw: list[str]) -> list[str]:
    """Names only: no "By", no e-mail, no job title, no wire agency; "A and B" is two authors."""
    return split_byline(raw)[0]
