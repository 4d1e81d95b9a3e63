"""Figures, shared state: the per-text window scans and keywords, the atom and candidate records,
and the entity/quote index every stage looks things up in."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Sequence

from transforms.anchors import KeywordSets, match_at, match_near
from transforms.numbers import NUMBER_KEYWORDS, NumberSpan, _LONG_SPACE_RE, _prefiltered_finditer
from transforms.records import Entity, Quote
from transforms.figures.vocabulary import SAY_FIRST_WORDS, _ASOF_FIRST, _ASOF_RE, _SAY_FIRST, _SAY_RE


class _WindowScans:
    """Per-text scanning state shared by the figures of one article.

    Figures of one sentence usually share a window (the whole sentence), so their
    attribution and as_of scans are computed once per window and cached. The scans
    are tried only around their keywords (_SCAN_KEYWORDS, transforms.anchors); a
    text whose offsets the keyword pass cannot trust is scanned with the patterns'
    pre-filters instead (same matches). ``subjects`` caches the subject found
    before each say-verb, which every figure of its sentence asks for."""

    def __init__(self, text: str, keywords: dict[str, list[int]] | None | bool = False):
        self.text = text
        self._cache: dict[tuple, list[re.Match]] = {}
        self._found = keywords  # _SCAN_KEYWORDS starts; False: found on first use
        self.subjects: dict[tuple[int, int], tuple[str, int] | None] = {}  # _np_before_verb by (sentence, verb)

    def finditer(self, pattern: re.Pattern, lo: int, hi: int) -> list[re.Match]:
        key = (pattern, lo, hi)
        got = self._cache.get(key)
        if got is None:
            keywords = self._keywords()
            if keywords is not None and pattern is _SAY_RE:
                got = match_at(pattern, self.text, keywords["say"], lo, hi)
            elif keywords is not None and pattern is _ASOF_RE:
                got = match_near(pattern, _ASOF_FIRST, self.text, keywords["when"], _ASOF_BEFORE, lo, hi,
                                 _LONG_SPACE_RE)
            else:
                got = list(_prefiltered_finditer(pattern, _SCAN_PREFILTERS[pattern], self.text, lo, hi))
            self._cache[key] = got
        return got

    def _keywords(self) -> dict[str, list[int]] | None:
        if self._found is False:
            self._found = _SCAN_KEYWORDS.find(self.text)
        return self._found


# Keywords every match holds (transforms.anchors): a say-verb starts with its first word; a date
# (_WHEN) holds a weekday, yesterday or today ("day"), "tonight", "last", "this", "year", "month",
# a month's first three letters or a 19xx/20xx year.
_SCAN_KEYWORDS = KeywordSets({
    **NUMBER_KEYWORDS,
    # a vague amount holds its quantity word ("a few" hundred: "few"), at most 2 characters in
    "vague": ["several", "few", "couple", "tens", "hundreds", "dozens", "scores", "thousands", "millions",
              "billions"],
    "say": SAY_FIRST_WORDS,
    "when": ["day", "tonight", "last", "this", "year", "month", "19", "20",
             "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
})
# An _ASOF_RE match starts at most this far before its first "when" keyword when no whitespace
# run between them is 3 long (transforms.anchors.match_near): the longest anchor ("at the end
# of", 13), date prefix ("the beginning of", 16) and day before a month ("12th of", 7), 10
# separators of at most 2, and margin.
_ASOF_BEFORE = 64
_VAGUE_BEFORE = 16

# pre-filters of the patterns that _WindowScans scans with
_SCAN_PREFILTERS = {_SAY_RE: _SAY_FIRST, _ASOF_RE: _ASOF_FIRST}


@dataclass
class _Atom:
    start: int
    end: int
    low: float
    high: float
    kind: str  # number, percent, points, share, vague
    currency: str | None = None
    spelled: bool = False
    vague_q: str | None = None
    numbers: list[NumberSpan] = field(default_factory=list)
    drop: bool = False
    measure: str | None = None  # a unit of measure after the number ("km", "degrees_c"), see vocabulary


@dataclass
class _Cand:
    start: int
    end: int  # end of the numeric phrase
    low: float | None
    high: float | None
    approx: bool
    qualifier: str | None
    kind: str
    currency: str | None
    atoms: list[_Atom]
    measure: str | None = None  # the unit of measure of its atoms ("10-12 km": km)


class _Index:
    """Entities and quotes sorted for bisect look-ups."""

    def __init__(self, entities: Sequence[Entity], quotes: Sequence[Quote]):
        self.entities = sorted(entities, key=lambda e: (e.start_char, -e.end_char))
        self.starts = [e.start_char for e in self.entities]
        self.ends_sorted = sorted(range(len(self.entities)), key=lambda i: self.entities[i].end_char)
        self.end_keys = [self.entities[i].end_char for i in self.ends_sorted]
        self.quotes = sorted(quotes, key=lambda q: q.start_char)
        self.q_starts = [q.start_char for q in self.quotes]
        self.max_quote_len = max((q.end_char - q.start_char for q in self.quotes), default=0)
        self._types: dict[str, str] | None = None

    def type_of(self, entity_id: str) -> str | None:
        if self._types is None:
            self._types = {}
            for e in self.entities:
                t = self._types.get(e.entity_id)
                if t is None or t == "NORP":
                    self._types[e.entity_id] = e.type
        return self._types.get(entity_id)

    def starting_in(self, lo: int, hi: int) -> list[Entity]:
        i = bisect.bisect_left(self.starts, lo)
        out = []
        while i < len(self.entities) and self.entities[i].start_char < hi:
            out.append(self.entities[i])
            i += 1
        return out

    def starting_at(self, pos: int) -> Entity | None:
        i = bisect.bisect_left(self.starts, pos)
        if i < len(self.entities) and self.entities[i].start_char == pos:
            return self.entities[i]
        return None

    def ending_in(self, lo: int, hi: int) -> list[Entity]:
        i = bisect.bisect_left(self.end_keys, lo)
        out = []
        while i < len(self.end_keys) and self.end_keys[i] <= hi:
            out.append(self.entities[self.ends_sorted[i]])
            i += 1
        return out

    def last_before(self, pos: int, types: set[str], limit: int = 50, pred=None) -> Entity | None:
        i = bisect.bisect_left(self.end_keys, pos + 1) - 1
        seen = 0
        while i >= 0 and seen < limit:
            e = self.entities[self.ends_sorted[i]]
            if e.type in types and (pred is None or pred(e)):
                return e
            i -= 1
            seen += 1
        return None

    def quote_containing(self, start: int, end: int) -> Quote | None:
        i = bisect.bisect_right(self.q_starts, start) - 1
        while i >= 0:
            q = self.quotes[i]
            if q.start_char <= start and end <= q.end_char:
                return q
            if start - q.start_char > self.max_quote_len:
                break
            i -= 1
        return None
