"""The plain-text wire format of the seed: a date line, a dateline, copyright lines.

    date 2024-11-07

    PYONGYANG (dpa-AFX) - The international community ...

    Copyright(c) 2024 RTTNews.com. All Rights Reserved
    Copyright RTT News/dpa-AFX

Text without the header is accepted too; what is missing is reported as a
warning, not an error, because the body is still worth keeping.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from transforms.text import join_paragraphs, split_paragraphs

_DATE_LINE = re.compile(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})\s*$", re.IGNORECASE)
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
# PLACE (Agency) -  /  PLACE, Country (Agency) -  /  PLACE, Dec. 3 (Agency) --  /
# PLACE, Germany, Oct 28 (Agency) -  /  PLACE, Pa. —  /  PLACE —: the place in capitals, an
# optional country or state, an optional date, an optional agency in brackets, then a dash.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE .'\-]{1,40}?)"
    rf"(?:,\s*(?!{_MONTH}\b)(?P<country>[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){{0,3}}?))?"
    rf"(?:,\s*(?P<date>{_MONTH}\.?\s+\d{{1,2}}))?"
    r"\s*(?:\((?P<agency>[^()\n]{1,40})\))?\s*(?:--?|[\u2013\u2014])(?:\s+|$)"
)
# Capitals before a dash that are not a place.
_NOT_PLACES = frozenset("BREAKING UPDATE UPDATED EXCLUSIVE WATCH LIVE ANALYSIS OPINION EDITORIAL COMMENT "
                        "REVIEW PHOTOS VIDEO CORRECTION ADVISORY URGENT FLASH".split())


@dataclass(slots=True, frozen=True)
class Dateline:
    place: str
    country: str | None
    agency: str | None
    end: int  # where the story's first sentence starts in the paragraph


def parse_dateline(paragraph: str) -> Dateline | None:
    """The dateline that opens a story's first paragraph ("SEOUL, Dec 3 (Reuters) - ",
    "WASHINGTON (AP) — ", "PARIS, France – ", "KYIV — "), or None."""
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    place = match.group("place").strip(" -")
    if len(place.replace(" ", "").replace(".", "")) < 2 or place in _NOT_PLACES:
        return None
    country = (match.group("country") or "").strip() or None
    agency = (match.group("agency") or "").strip() or None
    return Dateline(place, country, agency, match.end())


_COPYRIGHT = re.compile(r"^\s*(?:copyright\b|\u00a9|\(c\)\s)", re.IGNORECASE)
_COPYRIGHT_HOLDER = re.compile(
    r"^\s*(?:copyright\s*)?(?:\(c\)|\u00a9)?\s*(?:\d{4}\s*)?(?P<holder>.+?)"
    r"(?:\.\s*all rights reserved.*|\s+all rights reserved.*)?\s*$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class WireDocument:
    text: str
    published: date | None
    dateline: str | None
    dateline_country: str | None
    source: str | None
    agencies: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def parse_wire(raw: str) -> WireDocument:
    """Split a wire dump into its header facts and normalized body text."""
    warnings: list[str] = []
    paragraphs = split_paragraphs(raw)
    published = None
    if paragraphs:
        first_line, _, rest = paragraphs[0].strip().partition("\n")
        match = _DATE_LINE.match(first_line)
        if match:
            published = _safe_date(*map(int, match.groups()), warnings=warnings)
            paragraphs[0] = rest
    if published is None and not warnings:
        warnings.append("no 'date YYYY-MM-DD' line")

    body, holders = _strip_copyright(paragraphs)
    dateline = country = None
    agencies: list[str] = []
    if body:
        found = parse_dateline(body[0].strip())
        if found is not None:
            dateline, country = found.place, found.country
            if found.agency:
                agencies.append(found.agency)
    source, credited = _credits(holders)
    for agency in credited:
        if agency.casefold() not in {a.casefold() for a in agencies}:
            agencies.append(agency)
    return WireDocument(
        text=join_paragraphs(body), published=published, dateline=dateline,
        dateline_country=country, source=source, agencies=agencies, warnings=warnings,
    )


def _safe_date(year: int, month: int, day: int, *, warnings: list[str]) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        warnings.append(f"invalid date line {year:04d}-{month:02d}-{day:02d}")
        return None


def _strip_copyright(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Body paragraphs without copyright lines, and the copyright lines' holders."""
    body: list[str] = []
    holders: list[str] = []
    for paragraph in paragraphs:
        kept = []
        for line in paragraph.split("\n"):
            if _COPYRIGHT.match(line):
                match = _COPYRIGHT_HOLDER.match(re.sub(r"^\s*copyright", "", line, flags=re.I))
                if match and match.group("holder").strip():
                    holders.append(match.group("holder").strip())
            else:
                kept.append(line)
        if any(line.strip() for line in kept):
            body.append("\n".join(kept))
    return body, holders


def _credits(holders: list[str]) -> tuple[str | None, list[str]]:
    """The publisher credited first, and the wire services credited after a slash."""
    source = None
    agencies: list[str] = []
    for holder in holders:
        names = [n.strip() for n in holder.split("/") if n.strip()]
        if not names:
            continue
        name = _strip_domain(names[0])
        if source is None:
            source = name
        elif name.casefold().replace(" ", "") != source.casefold().replace(" ", ""):
            agencies.append(name)
        agencies.extend(names[1:])
    return source, agencies


def _strip_domain(name: str) -> str:
    return re.sub(r"\.(com|net|org|co\.uk|de)$", "", name.strip(), flags=re.IGNORECASE)
