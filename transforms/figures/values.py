"""Figures, values: numeric atoms (numbers and vague amounts), the forms that are not figures
(years, dates, times, ages, labels, phone numbers, addresses, scores), and candidates: ranges,
open bounds and hedges with their qualifiers.

Besides the package docstring's forms: a measure glued to its number is a quantity ("4.6kg",
"38C"), a measure before a noun is not ("170mm self-propelled guns"), nor a race ("the 100
metres"), nor a period between two years ("between 2019 and 2024"); "X to Y" is not a range
when X is a percent and Y is not ("rose 10 percent to 240,000 units"), when they are percent
and percentage points, when their measures differ, or when X is a change with its own unit
after "by" or an intransitive verb of change ("cut by $3 to $62", "fell 12 cents to $4.50");
a bound can be a verb before a bare number ("passed 100 million", "topped", "past 158 per
dollar": lower bounds with the verb as qualifier) or "from" after a price verb ("priced from
\u00a340"); "an average of" is not a qualifier (a mean is a value)."""

from __future__ import annotations

import re

from transforms.numbers import (NumberSpan, _LONG_SPACE_RE, _glued_code_before, _prefiltered_finditer, _word_start_re,
                                scan_numbers, scan_text)
from transforms.figures._common import _Atom, _Cand, _VAGUE_BEFORE
from transforms.figures.vocabulary import _MONTHS, _MONTH_RE, _RACE_UNITS, _STOP, _WEEKDAYS, _measure_at

_VAGUE_RE = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<q1>several|a\s+few|a\s+couple(?:\s+of)?)\s+(?P<sc1>dozen|hundred|thousand|million|billion|trillion)s?(?P<of1>\s+of)?"
    r"|(?P<q2>tens|hundreds)\s+of\s+(?P<sc2>thousands|millions|billions)(?P<of2>\s+of)?"
    r"|(?P<q3>dozens|scores|hundreds|thousands|millions|billions)(?P<of3>\s+of)?"
    r")(?![\w-])",
    re.IGNORECASE,
)
# pre-filters for the whole-text scans (see transforms.numbers._prefiltered_finditer)
_VAGUE_FIRST = _word_start_re(["several", "a", "tens", "hundreds", "dozens", "scores", "thousands", "millions",
                               "billions"])
# every phone number has three digits, maybe a separator, three digits: texts without that have none
_PHONE_GUARD_RE = re.compile(r"\d{3}[\s.-]?\d{3}")
_VAGUE_BASE = {"dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
               "dozens": 12, "score": 20, "scores": 20, "hundreds": 100, "thousands": 1e3,
               "millions": 1e6, "billions": 1e9, "tens": 10}

_PREFIX_QUALIFIERS: list[tuple[str, str]] = [
    # (regex, kind) kind: low = lower bound, high = upper bound, approx = hedge, hhigh = hedged upper
    (r"at\s+least", "low"), (r"more\s+than", "low"), (r"greater\s+than", "low"),
    (r"well\s+over", "low"), (r"just\s+over", "low"), (r"over", "low"), (r"upwards?\s+of", "low"),
    (r"in\s+excess\s+of", "low"), (r"no\s+(?:fewer|less)\s+than", "low"),
    (r"not\s+less\s+than", "low"), (r"exceeding", "low"), (r"above", "low"),
    (r"a\s+minimum\s+of", "low"), (r"well\s+above", "low"), (r"north\s+of", "low"),
    (r"up\s+to", "high"), (r"as\s+many\s+as", "high"), (r"as\s+much\s+as", "high"),
    (r"as\s+high\s+as", "high"), (r"fewer\s+than", "high"), (r"less\s+than", "high"),
    (r"no\s+more\s+than", "high"), (r"not\s+more\s+than", "high"), (r"at\s+most", "high"),
    (r"a\s+maximum\s+of", "high"), (r"under", "high"), (r"below", "high"),
    (r"just\s+under", "hhigh"), (r"just\s+below", "hhigh"), (r"nearly", "hhigh"),
    (r"almost", "hhigh"), (r"close\s+to", "hhigh"), (r"just\s+shy\s+of", "hhigh"),
    (r"approaching", "hhigh"),
    (r"about", "approx"), (r"around", "approx"), (r"roughly", "approx"), (r"some", "approx"),
    (r"an\s+estimated", "approx"), (r"(?<=the\s)estimated", "approx"), (r"approximately", "approx"),
    (r"approx\.", "approx"), (r"circa", "approx"), (r"an\s+approximate", "approx"),
    # "an average of 39,200 fans" is not a qualifier: a mean is a value, not a hedge (every gold set agrees)
    # a bound written as a verb ("downloads passed 100 million", "past 158 per dollar"): only before a bare
    # number, not before a counted noun ("passed 12 bills"); "from" a price ("tickets priced from \u00a340")
    (r"passed", "vlow"), (r"past", "vlow"), (r"topped", "vlow"), (r"exceeded", "vlow"), (r"surpassed", "vlow"),
    (r"crossed", "vlow"),
    (r"(?:(?<=priced\s)|(?<=cost\s)|(?<=costs\s)|(?<=start\s)|(?<=starts\s)|(?<=starting\s)|(?<=available\s)|"
     r"(?<=fares\s)|(?<=tickets\s)|(?<=sell\s)|(?<=sells\s))from", "plow"),
]
_PREFIX_RE = re.compile(
    r"(?<![\w-])(?P<q>" + "|".join(f"(?P<k{i}>{p})" for i, (p, _) in enumerate(_PREFIX_QUALIFIERS)) + r")\s+$",
    re.IGNORECASE,
)
# where a _PREFIX_RE match can start: the first word of a qualifier (keep in sync with _PREFIX_QUALIFIERS)
_PREFIX_FIRST = _word_start_re(
    """a about above almost an approaching approx approximately around as at below circa close estimated
    exceeding fewer greater in just less more nearly no north not over roughly some under up upward upwards
    well passed past topped exceeded surpassed crossed from""".split()
)
_SUFFIX_RE = re.compile(
    r"^(?:(?P<more>\s+or\s+more|\s+or\s+higher|\s*-plus|\+(?!\s*\d))"
    r"|(?P<less>\s+or\s+(?:fewer|less))|(?P<so>\s+or\s+so))(?![\w])",
    re.IGNORECASE,
)
_RANGE_CONNECTOR_RE = re.compile(
    r"^(?:\s*(?P<dash>[-\u2013\u2014])\s*|\s+(?P<word>to|and|or|through)\s+(?:(?:about|around|some|as\s+many\s+as|nearly)\s+)?)$",
    re.IGNORECASE,
)
_NOUN_AFTER_RE = re.compile(r"\s+([a-z][a-z-]*)")
# "by" or an intransitive verb of change before the first number of "X to Y" where X has its own unit: X is
# the change and Y the level it leads to ("cut by $3 to $62", "fell 12 cents to $4.50", "up 14p to 164p"); not
# "raised $1.5 billion to $2 billion", where the verb takes the range as its object
_CHANGE_BY_RE = re.compile(r"(?<![\w-])(?:by|rose|rise|rises|risen|fell|fall|falls|fallen|gained|gains|lost|loses|"
                           r"dropped|drops|climbed|climbs|jumped|jumps|slipped|slips|declined|"
                           r"declines|increased|decreased|up|down|"
                           r"higher|lower|rising|falling|gaining|losing|dropping|climbing|jumping|slipping)\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|less\s+than|"
                           r"over|just\s+over|just\s+under|up\s+to|as\s+much\s+as|an\s+estimated)\s+)?$",
                           re.IGNORECASE)
_RANGE_LEAD_RE = re.compile(r"(?<![\w-])(?P<lead>between|from)\s+$", re.IGNORECASE)

_LABEL_RE = re.compile(
    r"(?<![\w-])(?:resolutions?|laws?|articles?|art\.|sections?|sec\.|§|chapters?|ch\.|pages?|p\.|pp\.|"
    r"paragraphs?|para\.|clauses?|acts?|bills?|decrees?|orders?|no\.|nos\.|numbers?|nr\.|#|items?|rules?|"
    r"amendments?|titles?|volumes?|vol\.|issues?|episodes?|seasons?|rounds?|stages?|games?|flights?|"
    r"routes?|highways?|interstate|rooms?|gates?|platforms?|versions?|v\.|levels?|phases?|grades?|"
    r"categor(?:y|ies)|districts?|wards?|zones?|blocks?|buildings?|floors?|suites?|box|codes?|models?|"
    r"types?|series|mark|mk\.?|brigades?|regiments?|battalions?|divisions?|squadrons?|fleets?|precincts?|"
    r"channels?|lanes?|exits?|piers?|terminals?|halls?|apartments?|apt\.|tiers?|day|week|number|class|"
    r"protocols?|directives?|regulations?|conventions?|ordinances?|reports?|cases?|lot|gen|generation|"
    r"world\s+war|unit|units|figure|fig\.|table|appendix|annex|point|points?\s+of|step|part|parts|"
    r"verse|psalm|hole|lap|race|match|heat|leg|seat|row|bus|train|tram|line|counts?\s+of|magnitude|"
    r"category|level)\s+$",
    re.IGNORECASE,
)
_LIST_CONT_RE = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|to\s+|through\s+|[-\u2013]\s*)$")
_PHONE_RE = re.compile(
    r"(?<![\w])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}[\s.-]\d{3,4}[\s.-]\d{3,4}(?![\w])"
    r"|(?<![\w])\+\d{1,3}[\s.-]?\d{1,4}[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?![\w])"
)
_ADDRESS_AFTER_RE = re.compile(
    r"^\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'.-]*\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|"
    r"Lane|Ln\.?|Drive|Dr\.?|Way|Place|Pl\.?|Square|Sq\.?|Court|Ct\.?|Terrace|Parkway|Pkwy\.?|Highway|Hwy\.?)\b"
)
_DATE_BEFORE_RE = re.compile(r"(?<![\w])" + _MONTH_RE + r"\.?\s+$|(?<![\w])" + _MONTH_RE + r"\.?\s+\d{1,2},\s*$")
_DATE_AFTER_RE = re.compile(r"^(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE + r"\b|^\s*/\s*\d")
_TIME_AFTER_RE = re.compile(
    r"^(?::\d\d|\.\d\d\s*(?:a\.?m\.?|p\.?m\.?)|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|CET\b|EST\b|EDT\b|"
    r"PST\b|KST\b|hrs\b|h\b|o'clock\b|o\u2019clock\b)|\s+(?:local\s+time|Moscow\s+time|Kyiv\s+time))",
    re.IGNORECASE,
)
_TIME_BEFORE_RE = re.compile(r"(?:\d:|\bat\s+$)$")
_AGE_BEFORE_RE = re.compile(r"(?<![\w])(?:aged|age|ages|ageing|aging)\s+$", re.IGNORECASE)
_AGE_AFTER_RE = re.compile(
    r"^(?:[-\s]years?[-\s]old\b|[-\s]year-olds?\b|-years-old|\s*yo\b|,\s*(?:who|was|is|had|has)\b)",
    re.IGNORECASE,
)
_NAME_COMMA_BEFORE_RE = re.compile(r"[A-Z][a-z'\u2019-]+,\s$")
_SCORE_CONTEXT_RE = re.compile(
    r"\b(?:won|win|wins|beat|beats|beaten|defeated|defeat|defeats|lost|loss|drew|draw|victory|"
    r"score|scored|scoreline|lead|led|leads|leading|trailing|trailed|thrashed|thrashing|rout|routed|edged|"
    r"goals?|sets?|innings|final|tie|tied)\b",
    re.IGNORECASE,
)
_PCT_NOTHING_RE = re.compile(
    r"^\s+(?:sure|certain|committed|confident|behind|correct|right|wrong|true|accurate|convinced|"
    r"focused|guaranteed|effort|serious|honest|clear|safe|recovered|fit|happy|satisfied|invested|"
    r"dedicated|done|ready|genuine|positive)\b",
    re.IGNORECASE,
)


def _vague_interval(m: re.Match) -> tuple[float, float, str]:
    if m.group("q1"):
        q = m.group("q1")
        base = _VAGUE_BASE[m.group("sc1").lower()]
        ql = " ".join(q.lower().split())
        if ql == "several":
            lo, hi = (24, 99) if base == 12 else (2 * base, 10 * base - 1)
        elif ql == "a few":
            lo, hi = 2 * base, 5 * base
        else:
            lo, hi = 2 * base, 3 * base
        return float(lo), float(hi), q
    if m.group("q2"):
        tens = _VAGUE_BASE[m.group("q2").lower()]
        base = _VAGUE_BASE[m.group("sc2").lower()]
        q = text_of(m, "q2", "sc2")
        return 2 * tens * base, 10 * tens * base - 1, q
    word = m.group("q3").lower()
    if word == "dozens":
        return 24.0, 99.0, m.group("q3")
    base = _VAGUE_BASE[word]
    return 2 * base, 10 * base - 1, m.group("q3")


def text_of(m: re.Match, g1: str, g2: str) -> str:
    return m.string[m.start(g1):m.end(g2)]


def _atoms(text: str, keywords: dict[str, list[int]] | None) -> list[_Atom]:
    vague = []
    for m in scan_text(_VAGUE_RE, _VAGUE_FIRST, text, keywords and keywords["vague"], _VAGUE_BEFORE, _LONG_SPACE_RE):
        lo, hi, q = _vague_interval(m)
        vague.append(_Atom(m.start(), m.end(), lo, hi, "vague", vague_q=q))
    numbers = scan_numbers(text, keywords)
    atoms: list[_Atom] = []
    vi = 0
    for n in numbers:
        while vi < len(vague) and vague[vi].end <= n.start:
            atoms.append(vague[vi])
            vi += 1
        if vi < len(vague) and vague[vi].start < n.end:
            # "several hundred": the vague reading wins over "hundred"; but "3 thousands"?
            if n.start < vague[vi].start and not n.spelled:
                # a digit number right before vague words: keep the number, drop the vague
                atoms.append(_Atom(n.start, n.end, n.value, n.value, n.kind, n.currency, n.spelled, numbers=[n]))
                vi += 1
            continue
        atoms.append(_Atom(n.start, n.end, n.value, n.value, n.kind, n.currency, n.spelled, numbers=[n]))
    atoms.extend(vague[vi:])
    atoms.sort(key=lambda a: a.start)
    return atoms


def _is_year(n: NumberSpan) -> bool:
    return (
        not n.grouped and not n.decimal and not n.spelled and n.currency is None and n.kind == "number"
        and n.scale == 1.0 and not n.signed and len(n.text) == 4 and 1800 <= n.value <= 2100
    )


_TROOP_NUMBERS_BEFORE_RE = re.compile(
    r"(?:troops|soldiers|forces|people|refugees|casualties|dead|deaths)\s+numbers?\s+$")
_SLASH_BEFORE_RE = re.compile(r"\d\s*/\s*$")
_CAPWORD_BEFORE_RE = re.compile(r"(?:^|[\s(])([A-Z][A-Za-z&]*|[a-z]+[A-Z]\w*)\s$")  # "S&P 500", "FTSE 100"


# How far before its trailing whitespace a match of _LABEL_RE ("regulations", 11; "world war") or
# _PREFIX_RE ("no fewer than", "an average of") can start, when no whitespace run inside it is 3 long.
_LABEL_REACH = 16
_PREFIX_REACH = 24


def _tail_start(window: str, reach: int) -> int | None:
    """Where a match of a pattern ending in ``\\s+$`` can start in ``window``: None when the window
    does not end with whitespace; ``reach`` characters before that whitespace when the pattern's
    words are at most that long; 0 when a whitespace run of 3 there could stretch them.

    These patterns run on the 40 characters before every number; a regex search for a pattern
    anchored at the end tries every start position, and most of them cannot reach the end."""
    t = len(window.rstrip())
    if t == len(window):
        return None
    lo = t - reach
    if lo <= 0 or _LONG_SPACE_RE.search(window, lo, t) is not None:
        return 0
    return lo


def _tail_search(pattern: re.Pattern, window: str, reach: int) -> re.Match | None:
    """``pattern.search(window)`` for a pattern ending in ``\\s+$`` (see _tail_start)."""
    pos = _tail_start(window, reach)
    return None if pos is None else pattern.search(window, pos)


_RACE_BEFORE_RE = re.compile(r"(?<![\w-])(?:the|The)\s+$")


def _glued_before(text: str, start: int) -> bool:
    """Whether the number at ``start`` is glued to a word before it ("A320", "KN-23", "#5")."""
    if start == 0:
        return False
    prev = text[start - 1]
    return prev.isalpha() or prev in "_#\u2116" or (
        prev in "-\u2013/" and start > 1 and (text[start - 2].isalpha() or _glued_code_before(text, start - 1)))


def _drop_non_figures(text: str, atoms: list[_Atom], phone_spans: list[tuple[int, int]]) -> None:
    """Mark atoms that are not figures by their own form and near context."""
    _drop_atoms(text, atoms, phone_spans)
    _drop_year_ranges(text, atoms)


def _drop_atoms(text: str, atoms: list[_Atom], phone_spans: list[tuple[int, int]]) -> None:
    pi = 0
    prev_label_end = -10
    for idx, a in enumerate(atoms):
        if a.kind == "vague":
            continue
        n = a.numbers[0]
        while pi < len(phone_spans) and phone_spans[pi][1] <= a.start:
            pi += 1
        if pi < len(phone_spans) and phone_spans[pi][0] <= a.start < phone_spans[pi][1]:
            a.drop = True
            continue
        before = text[max(0, a.start - 40):a.start]
        after = text[a.end:a.end + 40]
        if n.kind == "number" and n.currency is None:
            measure = _measure_at(text, a.end)
            if measure is not None and not (n.attached and _glued_before(text, a.start)):
                if measure[2] or (measure[0] in _RACE_UNITS and _RACE_BEFORE_RE.search(before)):
                    a.drop = True  # "170mm self-propelled guns": a calibre; "ran the 100 metres": a race
                    continue
                a.measure = measure[0]  # "4.6kg", "38C": glued to its unit, still a quantity
        if n.attached and a.measure is None:
            a.drop = True
            continue
        # list continuation after a label: "resolutions 1718, 1874 and 2270"
        if idx > 0 and atoms[idx - 1].drop and atoms[idx - 1].end == prev_label_end:
            gap = text[atoms[idx - 1].end:a.start]
            if _LIST_CONT_RE.match(gap):
                a.drop = True
                prev_label_end = a.end
                continue
        if not n.spelled and not n.grouped and n.currency is None and _tail_search(
            _LABEL_RE, before, _LABEL_REACH
        ) and not _TROOP_NUMBERS_BEFORE_RE.search(before):
            a.drop = True
            prev_label_end = a.end
            continue
        if _DATE_BEFORE_RE.search(before) and not n.grouped and n.value < 32 and n.currency is None:
            a.drop = True
            continue
        if _DATE_BEFORE_RE.search(before) and _is_year(n):
            a.drop = True
            continue
        if not n.spelled and _SLASH_BEFORE_RE.search(before) and n.kind == "number":
            a.drop = True  # "9/11", "11/7"
            continue
        if not n.spelled and _DATE_AFTER_RE.match(after) and n.value < 32 and n.kind == "number":
            a.drop = True
            continue
        if not n.spelled and (_TIME_AFTER_RE.match(after) or before.endswith(":") and before[-2:-1].isdigit()):
            a.drop = True
            continue
        if _AGE_BEFORE_RE.search(before) or _AGE_AFTER_RE.match(after):
            a.drop = True
            continue
        if (
            n.kind == "number" and n.currency is None and not n.spelled and n.value < 120
            and _NAME_COMMA_BEFORE_RE.search(before) and after.startswith(",")
        ):
            a.drop = True  # "Kim, 40, said"
            continue
        if _ADDRESS_AFTER_RE.match(after) and not n.grouped and n.currency is None:
            a.drop = True
            continue
        if n.kind in ("percent", "points") and _PCT_NOTHING_RE.match(after):
            a.drop = True
            continue
        if n.spelled and n.value < 2 and n.scale == 1.0 and n.kind == "number":
            a.drop = True  # "one of the", "a"
            continue
        # "Boeing 737", "Windows 11", "Apollo 11": a bare integer after a capitalised word
        if (
            n.kind == "number" and n.currency is None and not n.spelled and not n.grouped and not n.decimal
        ):
            m = _CAPWORD_BEFORE_RE.search(before)
            if m and m.group(1) not in _CAPITAL_OK and not before[: m.start(1)].rstrip().endswith(
                (".", "!", "?", '"', "\u201c", ":")
            ) and m.start(1) + max(0, a.start - 40) != 0:
                word = m.group(1).lower()
                if word not in _MONTHS and word not in _WEEKDAYS:
                    a.drop = True
                    continue


_YEAR_GAP_RE = re.compile(r"\s*(?:[-\u2013\u2014/]|to|and|through|until|till)\s*$")


def _drop_year_ranges(text: str, atoms: list[_Atom]) -> None:
    """"between 2019 and 2024", "from 2010 to 2015", "2022-2023": two years are a period, not a range of
    figures (each alone is dropped in extract as a year), unless a counted noun follows ("2000-2010 troops")."""
    for a, b in zip(atoms, atoms[1:]):
        if (not a.drop and not b.drop and a.kind == b.kind == "number" and _is_year(a.numbers[0])
                and text[a.end:b.start] in ("-", "\u2013", "/") and b.end - b.start == 2
                and b.low == (a.low + 1) % 100):
            a.drop = b.drop = True  # "the 2026-27 season", "2024/25": a season, not a figure
            continue
        if a.drop or b.drop or a.kind != "number" or b.kind != "number" or not _is_year(a.numbers[0]) \
                or not _is_year(b.numbers[0]) or b.low <= a.low or b.start - a.end > 12:
            continue
        if _YEAR_GAP_RE.match(text, a.end, b.start):
            w = _NOUN_AFTER_RE.match(text, b.end)
            if w is None or not w.group(1).endswith("s") or w.group(1).endswith("ss") or w.group(1) in _STOP:
                a.drop = b.drop = True  # "the war of 1914-1918 killed millions"


_CAPITAL_OK = frozenset(
    """
    The A An About Around Some Over Nearly Almost More Fewer Less Up At Between From Only Just Roughly
    Approximately Another Estimated Of To And Or But In On By For With As Than Least Most Total
    All Those These Its Their His Her Our Another Overall Roughly Exactly Precisely Killed Wounded
    Almost Under Below Above Beyond Upwards Perhaps Maybe Possibly Likely Another Additional
    """.split()
)


def _scores(text: str, atoms: list[_Atom]) -> None:
    for a, b in zip(atoms, atoms[1:]):
        if a.kind != "number" or b.kind != "number" or a.drop or b.drop:
            continue
        gap = text[a.end:b.start]
        if gap.strip() not in ("-", "\u2013", "\u2014", ":") or a.numbers[0].grouped or b.numbers[0].grouped:
            continue
        if a.low >= 1000 or b.low >= 1000 or a.numbers[0].decimal or b.numbers[0].decimal:
            continue
        ctx = text[max(0, a.start - 60):min(len(text), b.end + 40)]
        if _SCORE_CONTEXT_RE.search(ctx) or (a.low < 100 and b.low < 100 and (a.low >= b.low or gap.strip() == ":")):
            a.drop = b.drop = True


# ---------------------------------------------------------------- candidates

def _combine(text: str, atoms: list[_Atom]) -> list[_Cand]:
    cands: list[_Cand] = []
    i = 0
    live = [a for a in atoms if not a.drop]
    while i < len(live):
        a = live[i]
        start, end = a.start, a.end
        low, high = a.low, a.high
        kind, currency, measure = a.kind, a.currency, a.measure
        used = [a]
        lead = None
        # ranges
        if i + 1 < len(live) and a.kind not in ("vague", "share"):
            b = live[i + 1]
            gap = text[a.end:b.start]
            cm = _RANGE_CONNECTOR_RE.match(gap) if len(gap) < 30 else None
            if cm and b.kind not in ("vague", "share"):
                lm = _RANGE_LEAD_RE.search(text[max(0, a.start - 12):a.start])
                word = (cm.group("word") or "").lower()
                ok = True
                if word == "and" and not (lm and lm.group("lead").lower() == "between"):
                    ok = False
                if word == "or" and (a.numbers[0].value >= b.numbers[0].value):
                    ok = False
                if a.currency and b.currency and a.currency != b.currency:
                    ok = False
                if (a.currency or b.currency) and (a.kind != "number" or b.kind != "number"):
                    ok = False
                if a.kind in ("percent", "points") and b.kind != a.kind:
                    ok = False  # "rose 10 percent to 240,000 units", "0.3 percentage point to 4.3%": a change, a level
                if a.kind == "number" and b.kind in ("percent", "points") and a.numbers[0].scale > 1.0:
                    ok = False
                if a.measure != b.measure and (a.measure and b.measure or (a.measure or b.measure) and (
                        a.kind != "number" or b.kind != "number" or a.currency or b.currency)):
                    ok = False  # "5 km to 10 miles", "3 tonnes or 5%"
                if word == "to" and (a.currency or a.measure or a.kind != "number") and _CHANGE_BY_RE.search(
                        text, max(0, a.start - 30), a.start):
                    ok = False  # "cut by $3 to $62", "fell 12 cents to $4.50": a change, then the level
                if ok:
                    na, nb = a.numbers[0], b.numbers[0]
                    lo_v = na.value
                    if na.scale == 1.0 and nb.scale > 1.0 and 0 <= na.base <= nb.base:
                        lo_v = na.value * nb.scale
                    cur = na.currency or nb.currency
                    k = nb.kind if na.kind == "number" and nb.kind in ("percent", "points") else na.kind
                    if na.kind in ("percent", "points") and nb.kind == "number":
                        k = na.kind
                    if lo_v < nb.value:
                        low, high, kind, currency = lo_v, nb.value, k, cur
                        measure = b.measure or a.measure
                        end = b.end
                        used = [a, b]
                        if lm and (word != "" or lm.group("lead").lower() == "from"):
                            lead = lm
                        elif lm and cm.group("dash"):
                            lead = lm
                        i += 1
        if lead is not None:
            start = a.start - (len(text[max(0, a.start - 12):a.start]) - lead.start())
        approx = kind == "vague"
        qualifier = a.vague_q if kind == "vague" else None
        # prefix qualifiers (two at most: "more than an estimated")
        qual_start = start
        qwords = []
        lo_open = hi_open = False
        for _ in range(2):
            window = text[max(0, qual_start - 40):qual_start]
            pos = _tail_start(window, _PREFIX_REACH)
            pm = None if pos is None else next(_prefiltered_finditer(_PREFIX_RE, _PREFIX_FIRST, window, pos), None)
            if not pm:
                break
            qk = next(_PREFIX_QUALIFIERS[int(k[1:])][1] for k, v in pm.groupdict().items() if k.startswith("k") and v)
            if qk == "vlow":
                w = _NOUN_AFTER_RE.match(text, end)
                if w is not None and w.group(1) not in _STOP:
                    break
                qk = "low"
            elif qk == "plow":
                if currency is None:
                    break
                qk = "low"
            qword = pm.group("q")
            # "some of the", "over the" are not qualifiers; checked by adjacency already
            qual_start = qual_start - (len(window) - pm.start())
            qwords.insert(0, qword)
            if qk == "low":
                hi_open = True
            elif qk == "high":
                lo_open = True
            elif qk == "hhigh":
                lo_open = True
                approx = True
            else:
                approx = True
        if qwords:
            start = qual_start
            qualifier = text[qual_start:qual_start + len(" ".join(qwords))] if len(qwords) == 1 else text[qual_start:a.start].strip()
            qualifier = qualifier.strip()
        # suffix qualifiers
        sm = _SUFFIX_RE.match(text[end:end + 20])
        if sm:
            if sm.group("more"):
                hi_open = True
            elif sm.group("less"):
                lo_open = True
            else:
                approx = True
            qualifier = sm.group(0).strip() if not qualifier else qualifier
            end = end + sm.end()
        if kind == "vague" and (lo_open or hi_open):
            # "at least hundreds": bound on the vague interval
            pass
        if hi_open:
            high = None
            if low is not None and len(used) == 2:
                pass
        if lo_open:
            if len(used) == 2 or kind == "vague":
                low = None
            else:
                low, high = None, high
        cands.append(_Cand(start, end, None if lo_open else low, high if not hi_open else None,
                           approx, qualifier, kind, currency, used, measure))
        i += 1
    return cands
