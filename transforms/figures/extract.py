"""Figures, the main loop: ``extract_figures`` runs the stages over a text and makes the ``Figure``
records; the post-processing helpers here carry a unit over from the figure before ("another 41
were lost"), and clean values."""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass
from datetime import date
from typing import Sequence

from transforms.catalog import Catalog
from transforms.places import fill_location_country
from transforms.records import Entity, Figure, Quote
from transforms.numbers import CURRENCIES
from transforms.sentences import sentence_at, sentence_spans
from transforms.figures._common import _Cand, _Index, _SCAN_KEYWORDS, _WindowScans
from transforms.figures.attribution import (_Attrib, _Orgs, _Speakers, _attribution, _quote_fallback_attrib,
                                            _quote_spans_fallback, _strip_det)
from transforms.figures.dates import _as_of
from transforms.figures.conduits import resolve_conduits
from transforms.figures.discourse import apply_discourse
from transforms.figures.subject_location import _is_anaphoric, _location, _subject
from transforms.figures.units import _UnitResult, _find_unit
from transforms.figures.values import _PHONE_GUARD_RE, _PHONE_RE, _atoms, _combine, _drop_non_figures, _is_year, _scores
from transforms.figures.vocabulary import _VOCAB_UNITS


def figure_id(article_id: str, start: int, end: int) -> str:
    return hashlib.sha1(f"{article_id}:{start}:{end}".encode("utf-8")).hexdigest()[:16]


def extract_figures(
    text: str,
    article_id: str,
    published: date | None,
    entities: Sequence[Entity] = (),
    quotes: Sequence[Quote] = (),
    catalog: Catalog | None = None,
) -> list[Figure]:
    """Numeric claims in ``text`` as contract ``Figure`` records, in text order.

    With the ``catalog``, places know their country: the article's theatre can be told and
    every located figure gets ``location_country``.
    """
    if not text:
        return []
    if hasattr(published, "date") and callable(getattr(published, "date")):
        published = published.date()  # a datetime was passed
    index = _Index(entities or (), quotes or ())
    orgs = _Orgs(text, index)
    speakers = _Speakers(index, orgs)
    sents = sentence_spans(text)
    phone_spans = [(m.start(), m.end()) for m in _PHONE_RE.finditer(text)] if _PHONE_GUARD_RE.search(text) else []
    keywords = _SCAN_KEYWORDS.find(text)
    atoms = _atoms(text, keywords)
    _drop_non_figures(text, atoms, phone_spans)
    _scores(text, atoms)
    cands = _combine(text, atoms)
    paragraphs = _paragraph_bounds(text)
    scans = _WindowScans(text, keywords)
    fallback_quotes: dict[int, list[tuple[int, int]]] = {}
    figures: list[Figure] = []
    for cand in cands:
        sent = sentence_at(sents, cand.start) or sentence_at(sents, max(0, cand.end - 1))
        if sent is None:
            sent = _line_of(text, cand.start)
        unit = _find_unit(text, cand, index, sent[1])
        prev = figures[-1] if figures and figures[-1].start_char >= sent[0] else None
        if unit is None and prev is not None and cand.kind == "number" and prev.unit not in ("share",):
            # "226 electoral votes to Trump's 312", "down from nearly 2,000": the unit carries over; a
            # number written in words is not a percentage (news style writes those in digits)
            source = prev
            if cand.atoms[0].spelled and prev.unit in _PERCENT_UNITS:
                source = next((f for f in reversed(figures) if f.start_char >= sent[0]
                               and f.unit not in _PERCENT_UNITS and f.unit != "share"), None)
            gap = text[prev.end_char:cand.start]
            if source is not None and len(gap) <= 60 and _CARRY_GAP_RE.search(gap) and _CARRY_END_RE.match(
                    text[cand.end:cand.end + 12]):
                unit = _UnitResult(source.unit, cand.end)
        if unit is None and cand.kind in ("number", "vague"):
            # "Fifty-seven of them were destroyed", "another 41 were lost": a part of a count just given
            antecedent = _counted_before(text, figures, cand.start)
            if antecedent is not None and (_PART_OF_RE.match(text, cand.end) or (
                    _ANOTHER_BEFORE_RE.search(text, max(0, cand.start - 20), cand.start)
                    and _VERB_AFTER_RE.match(text, cand.end))):
                unit = _UnitResult(antecedent.unit, cand.end)
        if unit is not None and cand.kind == "vague" and unit.unit in _CURRENCY_NOUNS:
            unit = _UnitResult(_CURRENCY_NOUNS[unit.unit], unit.end, unit.head_start, unit.head_end,
                               unit.skipped_entities)  # "billions of dollars", "several trillion won"
        if unit is not None and unit.unit and _weak_head(unit.unit):
            # "out of roughly 10,000 sent", "12,000 planned", "1,000 more": the counted thing was named before
            carried = None
            near = figures[-1] if figures and 0 <= cand.start - figures[-1].end_char < 400 and "\n" not in text[
                figures[-1].end_char:cand.start] else None
            if near is not None and near.unit not in ("share", "percent", "percentage points") and not _weak_head(
                    near.unit) and near.unit not in _CURRENCY_UNITS:
                carried = near.unit
            if carried is None:
                ctx = _FORCE_BEFORE_RE.search(text[max(sent[0], cand.start - 60):cand.start])
                carried = "troops" if ctx else None
            if carried is not None:
                unit = _UnitResult(carried, cand.end if unit.unit != "more" else unit.end)
        if unit is None or unit.is_duration or not unit.unit:
            continue
        if _is_year_cand(cand) and not (
            unit.head_start is not None and unit.unit in _VOCAB_UNITS and text[unit.head_start].islower()
            and not text[cand.end:unit.head_start].strip()
        ):
            continue  # "in 2024", "(c) 2024 AFX News"; "2000 troops" stays
        end = max(cand.end, unit.end)
        start = cand.start
        subj = _subject(text, cand, unit, index, sent[0])
        if subj is None and prev is not None and prev.subject and (re.fullmatch(
                r"\s*(?:,\s*)?(?:and|as\s+well\s+as|plus|along\s+with)\s+", text[prev.end_char:cand.start])
                or _CHANGE_AFTER_RE.fullmatch(text, prev.end_char, cand.start)):
            # "Russia launched 43 drones and four missiles", "Toyota sold 2.6 million vehicles ..., down 3%"
            subj = _EntityName(prev.subject)
        # attribution
        attrib: _Attrib | None = None
        np_spans: list[tuple[int, int]] = []
        quote = index.quote_containing(start, end)
        if quote is not None:
            attrib = _Attrib(_strip_det(quote.speaker) if quote.speaker else None, quote.cue, -1, -1,
                             quote.speaker_entity_id, kind="quote", linked=True)
        else:
            attrib = _attribution(text, start, end, sent, index, speakers, orgs, np_spans, scans)
            if attrib is None and not index.quotes:
                p0, p1 = _para_of(paragraphs, start)
                spans = fallback_quotes.get(p0)
                if spans is None:
                    spans = fallback_quotes[p0] = _quote_spans_fallback(text, p0, p1)
                for qs, qe in spans:
                    if qs <= start and end <= qe:
                        attrib = _quote_fallback_attrib(text, qs, qe, p1, index, speakers, p0, orgs)
                        break
        if attrib is not None and attrib.np_start >= 0 and attrib.np_start <= start and end <= attrib.np_end:
            continue  # the number is part of the speaker's name: "ten allied nations ... said"
        if attrib is not None and attrib.name and catalog is not None:
            described = catalog.by_description(attrib.name)
            if described is not None:  # "Ukraine's military intelligence" is the estimator HUR
                attrib.name, attrib.entity_id = described.name, described.entity_id
        if any(a <= start and end <= b for a, b in np_spans):
            continue  # inside another claimant's name: "according to two officials who ..."
        if _is_anaphoric(text, cand, sent[0]):
            continue  # "the two countries", "the two men": a reference back, not a claim
        if attrib is not None and attrib.name and attrib.np_start >= 0:
            speakers.add(attrib.np_start, attrib.name, text[attrib.np_start:attrib.np_end], attrib.entity_id)
        avoid = list(np_spans)
        if attrib is not None and attrib.np_start >= 0:
            avoid.append((attrib.np_start, attrib.np_end))
        loc = _location(text, cand, unit, index, sent, subj, avoid)
        as_of = _as_of(text, sent, start, end, published, attrib, scans)
        figures.append(
            Figure(
                figure_id=figure_id(article_id, start, end),
                article_id=article_id,
                value_low=_clean_value(cand.low),
                value_high=_clean_value(cand.high),
                approx=bool(cand.approx),
                qualifier=cand.qualifier,
                unit=unit.unit,
                subject=subj.name if subj is not None else None,
                location=loc.name if loc is not None else None,
                attributed_to=attrib.name if attrib is not None else None,
                cue=attrib.cue if attrib is not None else None,
                text=text[start:end],
                sentence=text[sent[0]:sent[1]],
                start_char=start,
                end_char=end,
                as_of=as_of,
                attributed_entity_id=attrib.entity_id if attrib is not None and attrib.name else None,
            )
        )
    resolve_conduits(text, figures, entities or ())
    apply_discourse(text, figures, entities or (), _CURRENCY_UNITS, paragraphs, catalog)
    if catalog is not None:
        fill_location_country(figures, entities or (), catalog, text)
    return figures


_CURRENCY_NOUNS = {"dollars": "usd", "dollar": "usd", "euros": "eur", "euro": "eur", "won": "krw", "yen": "jpy",
                   "yuan": "cny", "rubles": "rub", "roubles": "rub", "rupees": "inr", "hryvnias": "uah",
                   "kronor": "sek", "kroner": "nok"}
_WEAK_HEADS = frozenset("more others additional extra sent planned expected deployed follow follows arrived "
                        "remain remained".split())
_KEEP_PARTICIPLES = frozenset("killed wounded injured displaced evacuated arrested detained rescued missing "
                              "infected confirmed registered".split())
_CHANGE_AFTER_RE = re.compile(r"(?:\s+[\w-]+){0,6}\s*,\s*(?:up|down)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+)?")
_CURRENCY_UNITS = CURRENCIES  # money in any currency is never a counted noun
_FORCE_BEFORE_RE = re.compile(r"(?<![\w-])(?:force|contingent|deployment|army|troops|soldiers)\s+of\s+"
                              r"(?:(?:about|around|roughly|some|up\s+to|at\s+least|nearly)\s+)?$", re.IGNORECASE)


def _weak_head(unit: str) -> bool:
    return unit in _WEAK_HEADS or (unit.endswith("ed") and " " not in unit and unit not in _VOCAB_UNITS
                                   and unit not in _KEEP_PARTICIPLES)


@dataclass
class _EntityName:
    name: str
    entity_id: str = ""
    start_char: int = -1


_PERCENT_UNITS = frozenset({"percent", "percentage points"})
_PART_OF_RE = re.compile(r"\s+of\s+(?:them|those|these|whom)\b", re.IGNORECASE)
_ANOTHER_BEFORE_RE = re.compile(r"(?<![\w-])(?:another|a\s+further|an\s+additional)\s+$", re.IGNORECASE)
_VERB_AFTER_RE = re.compile(r"\s+(?:were|was|had|have|has|are|is|remain|remained|died|fled)\b", re.IGNORECASE)


def _counted_before(text: str, figures: list[Figure], pos: int) -> Figure | None:
    """The last figure of a counted thing in the same paragraph, at most 400 characters back: what a
    bare "N of them" or "another N" refers to."""
    for f in reversed(figures):
        if pos - f.end_char > 400 or "\n" in text[f.end_char:pos]:
            return None
        if f.unit not in _PERCENT_UNITS and f.unit != "share" and f.unit not in _CURRENCY_UNITS:
            return f
    return None


_CARRY_GAP_RE = re.compile(r"\b(?:to|from|versus|vs\.?|against|compared\s+with|compared\s+to|plus)\b", re.IGNORECASE)
_CARRY_END_RE = re.compile(r"^(?:$|[.,;:)]|\s+(?:last|a|in|on|the|this|at|by|before|after|during|since)\b|\s*$)")


def _clean_value(v: float | None) -> float | None:
    if v is None:
        return None
    r = round(v)
    if abs(v - r) < 1e-6 * max(1.0, abs(v)):
        return float(r)
    return float(v)


def _is_year_cand(cand: _Cand) -> bool:
    return len(cand.atoms) == 1 and cand.kind == "number" and cand.atoms[0].numbers and _is_year(
        cand.atoms[0].numbers[0])


def _paragraph_bounds(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer(r"\n\s*\n", text):
        starts.append(m.end())
    return starts


def _para_of(starts: list[int], pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(starts, pos) - 1
    p0 = starts[i]
    p1 = starts[i + 1] if i + 1 < len(starts) else None
    if p1 is None:
        return p0, p0 + 1_000_000_000
    return p0, p1


def _line_of(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, (len(text) if e < 0 else e)
