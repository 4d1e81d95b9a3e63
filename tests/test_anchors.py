"""The keyword-anchored scans give exactly the matches of a plain ``finditer``.

transforms.anchors lets the figures scanners try their patterns only around
literal keywords; that is only an optimisation if no match is ever lost or
changed. These tests compare the anchored scans with ``pattern.finditer`` on
random texts built from the words the patterns care about, in any case, with
odd whitespace, digits and the characters that case-folding treats specially.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms import figures as F
from transforms import numbers as N
from transforms.anchors import KeywordSets, match_at, match_near

WORDS = [
    "by", "the", "end", "of", "as", "at", "on", "in", "since", "from", "last", "this", "next", "year", "month",
    "week", "weekend", "quarter", "ending", "through", "up", "to", "until", "mid", "mid-", "end-", "beginning",
    "start", "earlier", "began", "started", "days", "Monday", "wednesday", "SUNDAY", "yesterday", "today",
    "tonight", "January", "jan", "Jan.", "May", "may", "March", "mar", "market", "Sept", "Sep.", "December",
    "dec", "decided", "12th", "3rd", "1", "31", "2024", "1999", "19", "20", "2019,", "said", "says", "say",
    "according", "told", "estimated", "put", "output", "reported", "reports", "briefed", "Said", "SAYS",
    "a", "an", "one", "two", "twenty", "hundred", "thousand", "dozen", "half", "third", "quarters", "in",
    "out", "several", "few", "tens", "hundreds", "dozens", "scores", "thousands", "millions", "minus", "$",
    "US$", "USD", "5", "1,500", "3.5", "\u017funday", "\u0130n", "K", ",", ".", "-", "(", "\u201c",
    "seventeen", "two-thirds", "thirds", "halves", "fifth", "one-quarter", "of", "a", "In", "OUT", "3", "12",
    "123", "couple", "Several", "ten-", "and", "sixty-five", "TWENTY", "scores", "billion", "percent", "%",
]
SEPARATORS = [" ", " ", " ", "  ", "\n\n", "", "-", "   ", "\t", "\u00a0", " - ", "--", "-\n"]


@st.composite
def texts(draw) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=0, max_size=40))
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(words), max_size=len(words)))
    return "".join(w + s for w, s in zip(words, seps))


def _spans(matches: list[re.Match]) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in matches]


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(texts(), st.data())
def test_window_scans_equal_finditer(text: str, data) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    for pattern in (F._SAY_RE, F._ASOF_RE):
        expected = _spans(list(pattern.finditer(text, lo, hi)))
        assert _spans(F._WindowScans(text).finditer(pattern, lo, hi)) == expected


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(texts())
def test_anchored_number_scans_equal_full_scans(text: str) -> None:
    keywords = F._SCAN_KEYWORDS.find(text)
    assert N._scan_words(text, keywords) == N._scan_words(text, None)
    assert N._scan_shares(text, keywords) == N._scan_shares(text, None)
    assert N.scan_numbers(text) == N.scan_numbers(text, keywords)
    assert F._atoms(text, keywords) == F._atoms(text, None)


def test_stretched_separators_fall_back_to_a_full_scan() -> None:
    text = "by the end of" + " " * 80 + "May, a" + "\t" * 40 + "few hundred, one -- - third"
    scans = F._WindowScans(text, F._SCAN_KEYWORDS.find(text))
    assert _spans(scans.finditer(F._ASOF_RE, 0, len(text))) == _spans(list(F._ASOF_RE.finditer(text)))
    atoms = F._atoms(text, F._SCAN_KEYWORDS.find(text))
    assert atoms == F._atoms(text, None)
    assert [text[a.start:a.end] for a in atoms if a.kind == "vague"] == ["a" + "\t" * 40 + "few hundred"]
    assert [n.text for n in N.scan_numbers(text)] == ["hundred", "one -- - third"]


TAIL_WORDS = ["resolution", "resolutions", "regulations", "world", "war", "points", "of", "counts", "no", "fewer",
              "than", "an", "average", "at", "least", "more", "just", "shy", "approximately", "Sec.", "#", "(#",
              "the", "estimated", "some", "up", "to", "nearly", "Level", "x", "\u0130n", "-", "well"]


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(TAIL_WORDS), st.sampled_from(SEPARATORS)), max_size=12))
def test_tail_searches_equal_full_searches(parts) -> None:
    window = "".join(w + sep for w, sep in parts)[-40:]
    got = F._tail_search(F._LABEL_RE, window, F._LABEL_REACH)
    want = F._LABEL_RE.search(window)
    assert (got and got.span()) == (want and want.span())
    pos = F._tail_start(window, F._PREFIX_REACH)
    got = None if pos is None else next(N._prefiltered_finditer(F._PREFIX_RE, F._PREFIX_FIRST, window, pos), None)
    want = next(N._prefiltered_finditer(F._PREFIX_RE, F._PREFIX_FIRST, window), None)
    assert (got and got.span()) == (want and want.span())


def test_keyword_sets_find_every_occurrence_in_any_case() -> None:
    kw = KeywordSets({"a": ["said", "say"], "b": ["say", "year"]})
    found = kw.find("He SAID: says... this Year, sayyear")
    assert found == {"a": [3, 9, 28], "b": [9, 22, 28, 31]}
    assert kw.find("\u0130stanbul said") is None  # lowercases to two characters: offsets would shift
    assert kw.find("\u017fay") is None  # IGNORECASE matches "say" through the long s


def test_match_at_and_match_near_follow_finditer_semantics() -> None:
    text = "xx said, said and says; unsaid"
    pattern = re.compile(r"(?<!\w)(?:said|says)(?!\w)")
    starts = [m.start() for m in re.finditer("sa", text)]
    assert [m.span() for m in match_at(pattern, text, starts, 0, len(text))] == [
        m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in match_at(pattern, text, starts, 4, 13)] == [(9, 13)]  # "said" at 3 starts before
    assert match_at(pattern, text, starts, 4, 12) == []  # and the one at 9 ends past the window
    dates = re.compile(r"(?<!\w)(?:by\s+)?(?:the\s+end\s+of\s+)?May(?!\w)")
    first = re.compile(r"(?<!\w)[bt]|(?<!\w)M")
    text = "by the end of May, and by May or May"
    anchors = [m.start() for m in re.finditer("May", text)]
    assert [m.span() for m in match_near(dates, first, text, anchors, 20, 0, len(text), re.compile(r"\s{3}"))] == [
        m.span() for m in dates.finditer(text)]
