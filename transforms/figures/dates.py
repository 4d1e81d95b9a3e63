"""Figures, as_of: the date a figure refers to, from an "as of"/"by the end of" for the count, a
date attached to the claim ("said on Monday") or a day-precise date in the figure's own clause;
never after ``published``."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from transforms.regex_trie import literal_trie
from transforms.figures._common import _WindowScans
from transforms.figures.attribution import _Attrib, _CLAUSE_WORD_RE
from transforms.figures.vocabulary import _ASOF_RE, _MONTHS, _SAY_RE, _WEEKDAYS

_ANCHORS_STRONG = {"as of", "as at", "by", "through", "until", "till", "up to", "at the end of"}


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


_FUTURE_HORIZON = 183  # a month/day without a year up to half a year ahead is this year's (a projection)


def _this_or_last_year(make, published: date) -> date:
    d = make(published.year)
    if (d - published).days > _FUTURE_HORIZON:
        d = make(published.year - 1)
    return d


def _resolve_when(m: re.Match, published: date | None) -> date | None:
    """The date a time expression names; may be after ``published`` (the caller decides)."""
    g = m.groupdict()
    end_of = "end of" in m.group(0).lower() or "end-" in m.group("when").lower()
    try:
        if g["wd"]:
            if published is None:
                return None
            wd = _WEEKDAYS[g["wd"].lower()]
            return published - timedelta(days=(published.weekday() - wd) % 7)
        if g["rel"]:
            if published is None:
                return None
            rel = " ".join(g["rel"].lower().split())
            if rel in ("today", "tonight", "this week", "this month", "this year"):
                return published
            if rel == "yesterday":
                return published - timedelta(days=1)
            if rel in ("last week", "last weekend"):
                return published - timedelta(days=7)
            if rel == "last month":
                return published.replace(day=1) - timedelta(days=1)
            if rel == "last year":
                return date(published.year - 1, 12, 31)
        for mg, dg, yg in (("m1", "d1", "y1"), ("m2", "d2", "y2")):
            if g[mg]:
                mon = _MONTHS[g[mg].lower().rstrip(".")]
                day = int(g[dg])
                if g[yg]:
                    return date(int(g[yg]), mon, day)
                if published is None:
                    return None
                return _this_or_last_year(lambda y: date(y, mon, day), published)
        if g["m3"]:
            mon = _MONTHS[g["m3"].lower().rstrip(".")]
            if g["y3"]:
                return _month_end(int(g["y3"]), mon)
            if published is None:
                return None
            if mon == published.month and not end_of:
                return published  # "in November" in a November article: now
            return _this_or_last_year(lambda y: _month_end(y, mon), published)
        if g["endyr"]:
            if published is None:
                return None
            e = " ".join(g["endyr"].lower().split())
            if e in ("the year", "this year"):
                return date(published.year, 12, 31) if end_of else published
            if e == "last year":
                return date(published.year - 1, 12, 31)
            if e == "next year":
                return date(published.year + 1, 12, 31)
            if e == "the month":
                return _month_end(published.year, published.month) if end_of else published
            if e == "last month":
                return published.replace(day=1) - timedelta(days=1)
        if g["y4"]:
            y = int(g["y4"])
            if published is not None and y == published.year and not end_of:
                return published
            return date(y, 12, 31)
    except ValueError:
        return None
    return None


# The clause words as a trie (transforms.regex_trie): whole words only, so at most one can match
# at an offset and the trie's order changes nothing; it rejects an offset after a letter or two.
_CLAUSE_WORDS = "that which who where when while after before because although though whereas since as but if until"
_CLAUSE_BOUND_RE = re.compile(
    r"[,;:()\u2014\"\u201c\u201d]|(?<![\w-])" + literal_trie(_CLAUSE_WORDS.split()) + r"(?![\w-])"
    r"|(?<![\w-])and\s+(?=(?:has|have|had|is|are|was|were|will|would|could|plans?|expects?|says?|said|[a-z]+ed)\b)",
    re.IGNORECASE,
)
_AFTER_VERB_BOUND_RE = re.compile(r"[,;:!?\"\u201c\u201d\u2014(]|\.(?=\s+[A-Z\"\u201c]|\s*$)|(?<![\w-])that(?![\w-])")
_NOT_CLAIM_ANCHORS = frozenset({"since", "from", "began in", "started in", "between", "after", "before"})
_DAY_GROUPS = ("wd", "m1", "m2")


def _clause_of(text: str, s0: int, s1: int, cs: int, ce: int) -> tuple[int, int]:
    lo = max(s0, cs - 200)
    a = lo if lo > s0 else s0
    for m in _CLAUSE_BOUND_RE.finditer(text, lo, cs):
        a = m.end()
    m = _CLAUSE_BOUND_RE.search(text, ce, min(s1, ce + 200))
    b = m.start() if m else min(s1, ce + 200)
    return a, b


def _claim_region(text: str, sent: tuple[int, int], att: _Attrib | None, cs: int) -> tuple[int, int] | None:
    """Where a date belongs to the claim itself: the claimant, the cue verb and what follows it
    up to "that" or the end of the clause ("Zelenskyy said on Monday that ...", ", the agency said
    on Friday."), plus a short sentence-initial time phrase ("On Dec. 23, X said ...")."""
    if att is None or att.verb_start < 0 or att.np_start < 0:
        return None
    s0, s1 = sent
    a = min(att.np_start, att.verb_start)
    if att.kind == "pre":
        intro = text[s0:a]
        if len(intro.split()) <= 8 and not _SAY_RE.search(intro) and not _CLAUSE_WORD_RE.search(intro):
            a = s0
    m = _AFTER_VERB_BOUND_RE.search(text, att.verb_end, s1)
    b = m.start() if m else s1
    if att.kind == "pre" and att.verb_end <= cs:
        b = min(b, cs)
    if att.kind == "acc":
        b = max(b, att.np_end)
    return a, b


_START_PREP_BEFORE_RE = re.compile(r"\b(?:between|since|from|after|before)\s+$")


def _as_of(text: str, sent: tuple[int, int], cand_start: int, cand_end: int, published: date | None,
           att: _Attrib | None = None, scans: _WindowScans | None = None) -> date | None:
    """The date the figure refers to: an explicit "as of"/"by the end of" for the count, else a date
    attached to the claim ("said on Monday"), else a day-precise date in the figure's own clause;
    never after ``published`` (a future "by December" is a projection made now)."""
    s0, s1 = sent
    clause = _clause_of(text, s0, s1, cand_start, cand_end)
    region = _claim_region(text, sent, att, cand_start)
    lo = max(s0, cand_start - 250)
    hi = min(s1, cand_end + 250)
    strong, claim, local = [], [], []
    for m in (scans or _WindowScans(text)).finditer(_ASOF_RE, lo, hi):
        ws, we = m.start("when"), m.end("when")
        if ws < cand_end and we > cand_start:
            continue
        anchor = " ".join((m.group("anchor") or "").lower().split())
        pre_word = text[max(s0, m.start() - 9):m.start()].lower()
        if anchor in _NOT_CLAIM_ANCHORS or _START_PREP_BEFORE_RE.search(pre_word):
            continue  # when something started, not when it was counted
        for g in ("m1", "m2", "m3", "wd"):
            if m.group(g) and not m.group(g)[0].isupper():
                break
        else:
            g = None
        if g is not None:
            continue  # "may", "march": months and weekdays are capitalised
        if m.group("m3") and not m.group("y3") and not anchor and len(m.group("m3")) <= 3:
            continue  # "May" is also a verb/name; abbreviations need a day
        in_clause = clause[0] <= ws and we <= clause[1]
        in_region = region is not None and region[0] <= ws and we <= region[1]
        dist = min(abs(m.start() - cand_end), abs(cand_start - m.end()))
        is_strong = anchor in _ANCHORS_STRONG or "end of" in m.group(0).lower() or bool(m.group("period"))
        adjacent = (we <= clause[0] and not text[we:clause[0]].strip(" ,")) or (
            m.start() >= clause[1] and not text[clause[1]:m.start()].strip(" ,"))
        if is_strong and (in_clause or in_region or adjacent):
            strong.append((dist, m))
        elif in_region:
            claim.append((dist, m))
        elif in_clause and (any(m.group(x) for x in _DAY_GROUPS) or (m.group("rel") or "").lower().split()[:1] in (
                ["last"], ["yesterday"], ["today"])):
            local.append((dist, m))
    if published is None:
        for group in (strong, claim, local):
            for _, m in sorted(group, key=lambda x: x[0]):
                d = _resolve_when(m, None)
                if d is not None:
                    return d
        return None
    for _, m in sorted(strong, key=lambda x: x[0]):
        d = _resolve_when(m, published)
        if d is not None:
            return min(d, published)  # "by December" written in October: a projection made now
    for group in (claim, local):
        for _, m in sorted(group, key=lambda x: x[0]):
            d = _resolve_when(m, published)
            if d is not None and d <= published:
                return d
    return published
