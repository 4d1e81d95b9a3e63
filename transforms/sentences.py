"""Sentence spans over normalized article text.

A hand-written splitter rather than a library one (nltk/spaCy need model
downloads; pysbd is slow on long texts): news text needs only paragraph
breaks, terminal punctuation followed by a capital or a quotation mark, and a
list of abbreviations that do not end a sentence ("U.S.", "Gen.", "Jan.").
Offsets are the contract: every span indexes the text it was given.
"""

from __future__ import annotations

import operator
import re

ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt sgt adm sen rep gov pres st jr sr
    no vs etc inc corp ltd co dept govt est approx fig
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue wed thu fri sat sun u.s u.k u.n e.u u.s.a a.m p.m
    """.split()
)

# A candidate break: terminal punctuation, optional closing quotes/brackets,
# whitespace, then something that can open a sentence.
_BREAK = re.compile(
    r"""[.!?]['"\u2019\u201d)\]]*(?=\s+['"\u2018\u201c(\[]?[A-Z0-9\u00C0-\u024F])"""
)
# _BREAK with the white space of its look-ahead captured, for one pass over
# the whole text, and split by its first character: a pattern that starts
# with a literal is searched for with a fast string search, while one that
# starts with a character class is tried character by character (see
# ``_breaks``).
_BREAK_TAIL = r"""['"\u2019\u201d)\]]*(?=(\s+)['"\u2018\u201c(\[]?[A-Z0-9\u00C0-\u024F])"""
_BREAK_AT = {mark: re.compile(re.escape(mark) + _BREAK_TAIL) for mark in ".!?"}
_START = operator.methodcaller("start")


def _breaks(text: str) -> list[re.Match]:
    """The matches of ``[.!?]`` + ``_BREAK_TAIL`` in ``text``, in order: the
    three patterns' matches together, as a match consumes exactly one of
    .!? (the closing marks after it are none of them), so no pattern's
    match hides another's."""
    found = list(_BREAK_AT["."].finditer(text))
    others = [m for mark in "!?" if mark in text for m in _BREAK_AT[mark].finditer(text)]
    if others:
        found += others
        found.sort(key=_START)
    return found


_PARAGRAPH = re.compile(r"\n\s*\n")
_LAST_WORD = re.compile(r"(?:^|[\s(])((?:[A-Za-z]\.)+[A-Za-z]?|[A-Za-z]+)\.?$")
_LETTERS_AND_DOTS = re.compile(r"[A-Za-z.]*")
_DOTTED_ACRONYM = re.compile(r"(?:[a-z]\.)+[a-z]?")


def _ends_with_abbreviation(chunk: str) -> bool:
    # Speed: ``_LAST_WORD`` can only match from the character just before the
    # run of letters and dots that ends ``chunk`` (everything after its start
    # is letters and dots, and that character is not), or from 0 if the run
    # is all of it. Searching from there, found by matching the reversed
    # chunk, gives the same match without trying every offset.
    run = _LETTERS_AND_DOTS.match(chunk[::-1]).end()
    match = _LAST_WORD.search(chunk, max(len(chunk) - run - 1, 0))
    if not match:
        return False
    word = match.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    # Single initials ("John F. Kennedy") and dotted acronyms ("U.S.") do not end sentences.
    return len(word) == 1 or bool(_DOTTED_ACRONYM.fullmatch(word))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences in ``text``, in order."""
    spans: list[tuple[int, int]] = []
    # Speed: _BREAK's matches in the whole text at once (``_breaks``) rather
    # than per paragraph (``_BREAK.finditer(text, p_start, p_end)``). A break never
    # reaches into the next paragraph (its closing marks stop at the "\n"),
    # so the two find the same breaks, except where the look-ahead's white
    # space runs on past the paragraph end, which the paragraph's end cuts
    # off: those are skipped.
    breaks = iter(_breaks(text))
    match = next(breaks, None)
    for p_start, p_end in _paragraph_spans(text):
        start = p_start
        while match is not None and match.start() < p_end:
            if match.end(1) < p_end:
                end = match.end()
                # Only the last word matters: a bounded window keeps this linear
                # even in a "sentence" of thousands of initials.
                dot = match.start()
                if not (text[dot] == "." and _abbreviation_before(text, max(start, dot - 40), dot)):
                    spans.append(_trim(text, start, end))
                    start = end
            match = next(breaks, None)
        if start < p_end:
            spans.append(_trim(text, start, p_end))
    return [s for s in spans if s[1] > s[0]]


def _abbreviation_before(text: str, chunk_start: int, dot: int) -> bool:
    """``_ends_with_abbreviation(text[chunk_start:dot + 1])`` (``text[dot]``
    is the "."), with the usual cases decided from the few characters before
    the dot.

    Those cases: a word of ASCII letters after a space ("troops.", "Gen.") is
    the whole letters-and-dots run, so ``_LAST_WORD`` takes it as the word
    (one letter: an initial); eight ASCII letters right before the dot make
    a run that no ``_LAST_WORD`` form fits except as a word of eight or more
    letters, which is neither an abbreviation nor an initial."""
    before = text[max(chunk_start, dot - 8):dot]
    space = before.rfind(" ")
    if space >= 0:
        word = before[space + 1:]
        if word.isascii() and word.isalpha():
            return len(word) == 1 or word.lower() in ABBREVIATIONS
    elif len(before) == 8 and before.isascii() and before.isalpha():
        return False
    return _ends_with_abbreviation(text[chunk_start:dot + 1])


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _PARAGRAPH.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without white space at either end (``str.strip`` and
    ``str.isspace`` agree on what white space is)."""
    span = text[start:end]
    stripped = span.lstrip()
    start += len(span) - len(stripped)
    return start, start + len(stripped.rstrip())


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The span containing ``offset`` (binary search over ordered spans)."""
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid][1] <= offset:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(spans) and spans[lo][0] <= offset < spans[lo][1]:
        return spans[lo]
    return None
