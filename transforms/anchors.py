"""Where a pattern can match, found by one C pass over the text instead of a regex at every character.

The figures scans (dates, say-verbs, numbers) used pre-filters that test every
character against a class of first letters (``numbers._word_start_re``); with the
first letters of common words that is most characters of an article. But each of
these patterns can only match around a literal keyword: a date holds a month, a
weekday, "year" or a 19xx/20xx year; a say-verb is its own keyword. One
pyahocorasick pass over the lowercased text finds every keyword occurrence at
once, and the pattern is then tried only there. The matches are the same, in the
same order, as ``pattern.finditer`` would give; only the places tried change.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping

import ahocorasick

# Characters that IGNORECASE equates with an ASCII letter other than its own case
# (long s, Kelvin sign, dotless i, dotted capital I): ``str.lower`` does not map
# them onto the ASCII keywords, so a text holding one is scanned the old way.
_FOLD_EXTRAS = "\u017f\u212a\u0131\u0130"


class KeywordSets:
    """Named groups of lowercase keywords, compiled once into a single automaton."""

    def __init__(self, groups: Mapping[str, Iterable[str]]):
        self.names = tuple(groups)
        members: dict[str, list[int]] = {}
        for gi, name in enumerate(self.names):
            for word in groups[name]:
                members.setdefault(word.lower(), []).append(gi)
        self._automaton = ahocorasick.Automaton()
        for word, gis in members.items():
            self._automaton.add_word(word, (len(word) - 1, tuple(sorted(set(gis)))))
        self._automaton.make_automaton()

    def find(self, text: str) -> dict[str, list[int]] | None:
        """Sorted start offsets of every occurrence of each group's keywords, in any case and
        inside longer words too (a superset of where a whole-word pattern can start).

        None when offsets in the lowercased copy would not be offsets in ``text`` (a
        character that lowercases to two) or when IGNORECASE would match a keyword through a
        non-ASCII character: the caller then scans without anchors."""
        lowered = text.lower()
        if len(lowered) != len(text) or any(c in text for c in _FOLD_EXTRAS):
            return None
        found: list[list[int]] = [[] for _ in self.names]
        for end, (back, gis) in self._automaton.iter(lowered):
            for gi in gis:
                found[gi].append(end - back)
        return {name: sorted(set(starts)) for name, starts in zip(self.names, found)}


def match_at(pattern: re.Pattern, text: str, starts: list[int], lo: int, hi: int) -> list[re.Match]:
    """``list(pattern.finditer(text, lo, hi))``, trying ``pattern`` only at ``starts``.

    Exact when ``starts`` holds every position where ``pattern`` can match (and it never
    matches the empty string): finditer's leftmost match from a position is then the first
    of ``starts`` from there that matches."""
    out: list[re.Match] = []
    match = pattern.match
    pos = lo
    for i in range(bisect.bisect_left(starts, lo), len(starts)):
        q = starts[i]
        if q >= hi:
            break
        if q < pos:
            continue
        m = match(text, q, hi)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def match_near(pattern: re.Pattern, first: re.Pattern, text: str, anchors: list[int], before: int,
               lo: int, hi: int, stretch: re.Pattern) -> list[re.Match]:
    """``list(pattern.finditer(text, lo, hi))`` when every match holds one of ``anchors``:
    ``pattern`` is tried, where its pre-filter ``first`` matches, only from ``before``
    characters ahead of each anchor up to the anchor.

    ``before`` must bound the distance from a match's start to its first anchor when no
    separator run in between is ``stretch`` (e.g. three whitespace characters): the words of
    a match are bounded, its separators are not. Where ``stretch`` occurs in the ``before``
    characters ahead of an anchor, the scan for that anchor restarts at the end of the last
    match, so every position that could start a match is tried, in the order a full scan
    tries them; the result is exactly finditer's."""
    out: list[re.Match] = []
    search, match = first.search, pattern.match
    pos = last_end = lo
    for i in range(bisect.bisect_left(anchors, lo), len(anchors)):
        a = anchors[i]
        if a >= hi:
            break
        start = a - before
        if stretch.search(text, max(lo, start), a) is not None:
            pos = min(pos, last_end)  # a stretched separator: the bound fails, try all from there
        elif start > pos:
            pos = start
        while pos <= a:
            f = search(text, pos, hi)
            if f is None:
                return out
            q = f.start()
            if q > a:
                pos = q  # the next candidate lies past this anchor; later anchors may reach it
                break
            m = match(text, q, hi)
            if m is None:
                pos = q + 1
            else:
                out.append(m)
                pos = last_end = m.end()
    return out
