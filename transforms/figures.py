"""Figures: numeric claims in news text, with what, whose, where, who says, when.

``extract_figures(text, article_id, published, entities, quotes) -> list[Figure]``
turns every number in ``text`` that states a quantity into a ``Figure``
(contract table ``figures``). Pure: no I/O. Regexes are compiled at import and
all per-figure work looks at bounded windows around the figure, so the cost is
linear in the size of the text.

Values
------
* point values: ``value_low == value_high`` ("11,000 troops");
* ranges: "11,000 to 12,000", "10,000-12,000", "between 2,000 and 3,000",
  "from 3,000 to 5,000", "two or three", "$5-6bn" (scale and currency shared);
* open bounds (``qualifier`` keeps the words as written):
  lower bound only (``value_high`` null): at least, more than, over, above,
  upwards of, in excess of, exceeding, no fewer/less than, a minimum of,
  "N or more", "N-plus", "N+";
  upper bound only (``value_low`` null): up to, as many as, as much as, as
  high as, fewer than, less than, under, below, no more than, at most, a
  maximum of, nearly, almost, close to, just under, "N or fewer";
* hedges (``approx`` true, point value): about, around, roughly, some, an
  estimated, estimated, approximately, circa, "N or so"; nearly/almost/close
  to are hedged upper bounds;
* vague amounts are intervals, ``approx`` true, ``qualifier`` the vague words:
  several X [2X, 10X-1] ("several thousand" [2000, 9999]), a few X [2X, 5X]
  ("a few hundred" [200, 500]), a couple of X [2X, 3X], dozens [24, 99],
  scores [40, 199], hundreds [200, 999], thousands [2000, 9999], millions
  [2e6, 1e7-1], tens of thousands [20000, 99999], hundreds of thousands
  [200000, 999999] (and so on for millions/billions);
* shares ("a third of the force", "two-thirds", "half of", "one in five") are
  fractions in [0, 1] with unit ``share``, never counts.

Units (``unit``)
----------------
Normalized vocabulary:

=============  =========================================================
troops         troops, soldiers, forces, personnel, servicemen, service
               members, special forces, marines, paratroopers, conscripts,
               reservists, "a force/contingent of N", "N-strong"
killed         dead, deaths, killed, fatalities, lives (lost), death toll,
               and any counted noun followed by "were killed"/"died"
wounded        wounded, injured, injuries, hurt
casualties     casualties; "killed or wounded" (one figure, not two)
prisoners      prisoners, POWs, captives; soldiers or people "captured" or
               "taken prisoner" ("Ukraine captured two North Korean soldiers"
               counts prisoners, not the size of a force)
missiles       missiles
shells         shells, artillery rounds
drones         drones, UAVs
people         people, persons; a nationality used as a noun ("500 Ukrainians")
civilians      civilians
refugees       refugees
officers       officers
generals       generals
usd eur krw    money, by currency (ISO 4217 lower case: also gbp, rub, jpy,
gbp rub ...    cny, inr, uah, chf, aud, cad, hkd)
percent        "%", percent, per cent; ``percentage points`` for points
share          a fraction of something (value in [0, 1])
=============  =========================================================

Any other counted noun is kept as written, lower-cased ("tanks", "jobs").
A part of a count just given takes that count's unit: "Fifty-seven of them
were destroyed", "another 41 were lost", "1,404 of them critically" (the last
counted figure of the paragraph, at most 400 characters back); "412 of the 650
seats" counts seats. A subgroup keeps its noun ("492 killed, including 35
children": unit ``children``), so that it never enters a casualty trend as a
rival estimate. A number written in words never carries a percentage unit.

Context
-------
* ``subject``: the entity the counted thing belongs to: an entity inside the
  phrase ("North Korean troops", "DPRK forces"), a possessive before it
  ("Pyongyang's 10,000 soldiers"), "troops from/of North Korea", or the
  clause subject of a verb like "sent"/"fired" ("Russia fired 40 missiles").
* ``location``: a GPE/LOC entity after a locative preposition ("in Russia",
  "in the Kursk region", "on the front line in Kursk"), after the figure or
  before it in the same sentence, or the place an event hit or struck ("an
  earthquake hit central Japan", "a mountainous area of northwest China"); the
  more specific place of "Russia's Kursk region".
* ``attributed_to``/``cue``: the speaker of a direct quote containing the
  figure; else "X said/estimate/told ..." before the figure, "according to
  X", or ", X said" after it (with a tail of up to eight words: "said on
  Monday in draft budget documents"). Pronouns and "the agency"-style references
  resolve to the last matching name; a described claimant is named by its name
  ("state broadcaster CCTV" -> CCTV, "County Sheriff Robert Luna" -> Robert Luna). Null where the article states the figure
  as its own fact.
* ``as_of``: ``published`` unless the sentence names another time ("as of
  Monday", "by the end of October", "last week", "on Nov. 5", "in 2023").

Not figures: years, dates, times, ages, durations, resolution/law/article/
page/section/flight/model numbers and lists of them ("resolutions 1718, 1874
and 2270"), phone numbers, street addresses, sports scores, numbers glued to
letters ("F-16", "A320", "COVID-19", "7th", "3pm"), "one" on its own, numbers
inside the name of the speaker ("ten allied nations ... said"), percentages of
nothing ("100 percent sure").
"""

from __future__ import annotations

import bisect
import calendar
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Sequence

from transforms.anchors import KeywordSets, match_at, match_near
from transforms.numbers import (NUMBER_KEYWORDS, NumberSpan, _LONG_SPACE_RE, _prefiltered_finditer, _word_start_re,
                                scan_numbers, scan_text)
from transforms.records import Entity, Figure, Quote
from transforms.regex_trie import literal_trie
from transforms.sentences import sentence_at, sentence_spans

__all__ = ["extract_figures", "UNIT_VOCABULARY", "figure_id"]

# ---------------------------------------------------------------- vocabulary

UNIT_VOCABULARY: dict[str, str] = {}
for _unit, _words in {
    "troops": "troops troop soldiers soldier forces personnel servicemen serviceman servicemembers "
    "servicewomen marines paratroopers infantrymen conscripts reservists",
    "killed": "dead deaths killed fatalities lives",
    "wounded": "wounded injured injuries hurt",
    "casualties": "casualties casualty",
    "missiles": "missiles missile",
    "shells": "shells shell",
    "drones": "drones drone uavs uav",
    "people": "people persons",
    "civilians": "civilians civilian",
    "refugees": "refugees refugee",
    "officers": "officers officer",
    "generals": "generals",
    "prisoners": "prisoners prisoner pows pow captives captive",
}.items():
    for _w in _words.split():
        UNIT_VOCABULARY[_w] = _unit
_VOCAB_UNITS = frozenset(UNIT_VOCABULARY.values())
_MULTIWORD_UNITS = {
    ("special", "forces"): "troops",
    ("service", "members"): "troops",
    ("military", "personnel"): "troops",
    ("artillery", "rounds"): "shells",
    ("basis", "points"): "basis points",
    ("artillery", "shells"): "shells",
    ("killed", "or", "wounded"): "casualties",
    ("killed", "or", "injured"): "casualties",
    ("killed", "and", "wounded"): "casualties",
    ("killed", "and", "injured"): "casualties",
    ("dead", "or", "wounded"): "casualties",
    ("dead", "or", "injured"): "casualties",
    ("dead", "and", "wounded"): "casualties",
    ("dead", "and", "injured"): "casualties",
    ("unmanned", "aerial", "vehicles"): "drones",
    ("taken", "hostage"): "hostages",
    ("held", "hostage"): "hostages",
    ("taken", "captive"): "hostages",
}

_TIME_UNITS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years "
    "decade decades century centuries night nights weekend weekends quarter quarters "
    "yr yrs hrs hr mins min sec secs".split()
)
_MODIFIERS = frozenset(
    """
    more additional new extra other elite ballistic cruise artillery military armed active regular
    foreign local young former total combat trained enemy hostile allied frontline ground air naval
    unmanned attack kamikaze hypersonic innocent unarmed regular senior junior top high-ranking
    long-range short-range medium-range intercontinental nuclear conventional guided precision
    russian-made iranian-made north korean-made ukrainian-made so-called suspected alleged confirmed
    estimated reported registered eligible skilled fresh further remaining surviving retired
    full-time part-time permanent temporary rank-and-file rank and file mostly largely
    civilian police security government state federal private public rebel militia
    fighter combat-ready uniformed mechanised mechanized motorized airborne amphibious
    ethnic displaced internally newly recently just only roughly nearly some
    northern southern eastern western northeastern northwestern southeastern southwestern central coastal
    rural urban border frontier neighbouring neighboring
    """.split()
)
_STOP = frozenset(
    """
    a an the and or but nor to of in on at by for from with as than that which who whom whose this
    these those it its their his her our your my they we he she you them us him i is are was were be
    been being have has had will would could should may might can do does did said says say not no
    per each every all both either neither any into onto over under about around after before since
    until while during between among against across through toward towards within without upon
    there here when where why how what if so then also just only still even very too
    times time percent per-cent remain remained remains last next ago earlier later year month week day today yesterday overnight
    apiece each respectively alone total altogether combined
    """.split()
)
_PEOPLEISH = frozenset(
    "people persons civilians troops soldiers servicemen residents children women men migrants "
    "refugees workers fighters militants police officers passengers miners others pilgrims "
    "protesters demonstrators prisoners inmates students patients staff employees crew sailors".split()
)

_MULTI_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _ws, _u in _MULTIWORD_UNITS.items():
    _MULTI_BY_FIRST.setdefault(_ws[0], []).append((_ws, _u))

_MONTHS = {
    m.lower(): i
    for i, m in enumerate(calendar.month_name)
    if m
}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}

_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# ---------------------------------------------------------------- regexes

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
    (r"an\s+average\s+of", "approx"), (r"on\s+average", "approx"),
]
_PREFIX_RE = re.compile(
    r"(?<![\w-])(?P<q>" + "|".join(f"(?P<k{i}>{p})" for i, (p, _) in enumerate(_PREFIX_QUALIFIERS)) + r")\s+$",
    re.IGNORECASE,
)
# where a _PREFIX_RE match can start: the first word of a qualifier (keep in sync with _PREFIX_QUALIFIERS)
_PREFIX_FIRST = _word_start_re(
    """a about above almost an approaching approx approximately around as at below circa close estimated
    exceeding fewer greater in just less more nearly no north not on over roughly some under up upward upwards
    well""".split()
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
_TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}|[A-Z][A-Za-z]*-\d+\w*|[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'\u2019-]*|\d[\d,.]*\d|\d|[^\sA-Za-z\d\u00C0-\u024F]"
)
_POST_DEATH_RE = re.compile(
    r"^\s+(?:who\s+)?(?:(?:were|was|have\s+been|had\s+been|has\s+been|are|is|being|got|had|have|remain|remained|remains)\s+)?"
    r"(?:(?:reportedly|also|allegedly|confirmed|now|since|all|already|still|believed\s+to\s+have\s+been|"
    r"feared|presumed|thought\s+to\s+have\s+been|said\s+to\s+have\s+been)\s+)*"
    r"(?P<v>(?:killed|dead)\s+(?:or|and)\s+(?:wounded|injured)|killed|dead|died|perished|wounded|injured|hurt|"
    r"lost\s+their\s+lives|missing|unaccounted\s+for|displaced|evacuated|arrested|detained|rescued|injured|"
    r"captured|taken\s+(?:prisoner|captive|alive))\b",
    re.IGNORECASE,
)
_CAPTIVE_MODIFIER = re.compile(r"\b(?:captured|captive|imprisoned)\b", re.IGNORECASE)
_CAPTIVE_RELATIVE_RE = re.compile(
    r"\s+(?:that\s+|whom\s+|who\s+)?(?:[A-Za-z]+\s+){1,2}(?:has|have|had)\s+(?:(?:taken|captured)\s+(?:alive|prisoner|"
    r"captive)|captured|detained|taken\s+prisoner)\b", re.IGNORECASE)
_PRE_DEATH_RE = re.compile(
    r"(?<![\w])(?P<v>killing|killed|kills|kill|claimed|claiming|wounding|wounded|injuring|injured|injures|"
    r"captured|capturing|captures|capture)"
    r"\s+$",
    re.IGNORECASE,
)
_CONTEXT_UNIT_RE = re.compile(
    r"(?<![\w-])(?P<noun>(?:death|casualty|civilian|official|overall)?\s*toll|number\s+of\s+(?P<what>[\w-]+(?:\s+[\w-]+){0,3}?)|"
    r"(?P<force>force|contingent|garrison|deployment|army)|(?P<vocab>casualties|deaths|fatalities|dead|injured|wounded|"
    r"refugees|troops|soldiers|civilians|missiles|drones|shells|people))"
    r"(?:\s+[\w'\u2019-]+){0,5}?\s+"
    r"(?:at|to|of|reached|reaching|hit|hits|passed|topped|tops|exceeded|exceeds|surpassed|surpasses|"
    r"is|was|were|are|stood\s+at|stands\s+at|numbering|numbered|number|numbers|total|totals|totaling|totalling|totalled|totaled|"
    r"climbed\s+to|rose\s+to|jumped\s+to|increased\s+to|grew\s+to|reached|now)\s+$",
    re.IGNORECASE,
)
_COMPOUND_AFTER_RE = re.compile(r"^[-\u2013](?P<w>[A-Za-z]+)")

_SAY_VERBS = (
    r"said|says|say|estimate|estimates|estimated|reported|reports|report|told|tells|tell|claimed|claims|"
    r"claim|announced|announces|stated|states|believes|believe|believed|confirmed|confirms|confirm|added|"
    r"adds|noted|notes|wrote|writes|warned|warns|put|puts|assessed|assesses|assess|counted|counts|"
    r"recorded|records|predicted|predicts|forecast|forecasts|projected|projects|expects|expect|alleged|"
    r"alleges|disclosed|discloses|revealed|reveals|acknowledged|admitted|admits|insisted|insists|"
    r"informed|briefed|testified|tweeted|posted|calculated|calculates|estimating|saying|telling|"
    r"reporting|claiming|announcing|according\s+to"
)
_SAY_RE = re.compile(r"(?<![\w-])(?P<verb>" + _SAY_VERBS + r")(?![\w-])", re.IGNORECASE)
_SAY_FIRST = _word_start_re([v.split("\\")[0] for v in _SAY_VERBS.split("|")])


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


_NP_WORD = r"(?:[A-Z][\w.'\u2019&-]*|[a-z][\w.'\u2019-]*|\d+)"
_PRONOUNS = {"he": "PERSON", "she": "PERSON", "they": "GROUP", "it": "ORG", "we": "GROUP", "i": "PERSON"}
_ATTRIB_HEADS = frozenset(
    """
    officials official authorities authority police ministry agency military army government spokesman
    spokeswoman spokesperson sources source analysts analyst experts expert residents witnesses organizers
    organisers prosecutors investigators lawmakers diplomats commanders commander medics rescuers
    observers monitors department office officers officer service services staff command forces administration
    prosecutor court judge judges operator utility hospital hospitals rescue ngo charity agencies ministries
    intelligence council commission committee group company firm bank institute union data
    statement report estimates figures survey census watchdog regulator president minister chief
    secretary spokesmen representatives lawmaker legislators legislator researchers scientists doctors
    officers aides aide envoy ambassador mayor governor coalition alliance nations allies
    """.split()
)
_DEF_REF_RE = re.compile(
    r"^(?:the|this|that)\s+(?P<head>(?:spy\s+|intelligence\s+|health\s+|defense\s+|defence\s+|foreign\s+|"
    r"interior\s+|finance\s+)?(?:agency|ministry|department|military|army|government|company|firm|service|"
    r"office|committee|commission|council|group|organization|organisation|bank|institute|union|"
    r"alliance|coalition|regulator|watchdog|court|party|board|bureau|spokesman|spokeswoman|spokesperson|"
    r"president|minister|official|general|commander|report|statement))$",
    re.IGNORECASE,
)
_TIME_NP = (
    r"(?:(?:late|early|mid-?|the\s+end\s+of|the\s+start\s+of)\s*)?(?:" + _WEEKDAY_RE + r"|" + _MONTH_RE
    + r"\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|\d{4}|the\s+weekend|the\s+past\s+week|"
    r"(?:last|this|next)\s+(?:week|month|year|weekend)|the\s+(?:morning|afternoon|evening|day))"
)
_NP_STRIP_LEAD_RE = re.compile(
    r"^(?:(?:but|and|however|meanwhile|still|yet|also|now|separately|earlier|later|previously|so|then|"
    r"(?:on|in|at|during|by|over|since|after|before)\s+" + _TIME_NP + r"|last\s+week|yesterday|today|"
    r"(?:a|one|two|three|four|five|six|seven|ten|several|\d+)\s+(?:days?|weeks?|months?)\s+(?:earlier|later|ago)|"
    r"in\s+a\s+statement|in\s+its\s+latest\s+update)\s*,?\s+)+",
    re.IGNORECASE,
)
_NP_STRIP_TAIL_RE = re.compile(
    r"(?:\s+(?:also|has|have|had|previously|now|earlier|later|separately|further|then|currently|"
    r"reportedly|initially|recently|first|publicly|again|already|still|officially|privately|repeatedly|"
    r"subsequently|meanwhile|itself|themselves|only|just|even|too|similarly|likewise|independently|"
    r"had\s+previously|has\s+also|have\s+also|on\s+" + _WEEKDAY_RE + r"))+$",
    re.IGNORECASE,
)
_NP_STRIP_TAIL_PP_RE = re.compile(
    r"\s+(?:(?:on|in|at|during|over|late|early|earlier|last|this)\s+" + _TIME_NP + r"|last\s+week|"
    r"yesterday|today|this\s+week|earlier\s+this\s+(?:week|month|year)|(?:in|at)\s+(?:a|an|its|his|her|their)"
    r"\s+\w+(?:\s+\w+)?)$",
    re.IGNORECASE,
)
_NP_BAD_WORD = frozenset(
    """
    is are was were be been being will would could should may might can do does did that which
    who whom whose if when while because although though there it's what how why where
    """.split()
)
_SENT_END_TAIL_RE = re.compile(
    r"^(?:\s+(?:on|in|at|earlier|late|last|this|on\s+the)?\s*(?:" + _WEEKDAY_RE + r"|today|yesterday|"
    r"earlier\s+this\s+week|this\s+week|last\s+week|in\s+a\s+statement|in\s+a\s+joint\s+statement|"
    r"on\s+\w+|in\s+a\s+\w+(?:\s+\w+)?|at\s+a\s+\w+(?:\s+\w+)?|late\s+\w+)?)*\s*(?:[.!?]|,|$)"
)

_LOC_PREP_RE = re.compile(
    r"(?:(?<![\w-])(?P<prep>in|inside|at|near|across|throughout|through|into|within|outside|on|around|to|toward|"
    r"towards|along|over|off|hit|hits|struck|strikes|battered|ravaged|rocked|shook|swept|pounded)\s+"
    r"(?:the\s+|an?\s+)?(?:(?:[a-z]+\s+){1,2}of\s+(?:the\s+)?)?"
    r"|(?<![\w-])(?P<ofplace>port|city|town|village|region|province|capital|outskirts|coast|island)\s+of\s+)"
    r"(?:(?:[a-z]+ern|eastern|western|southern|northern|central|occupied|embattled|north|south|east|west|"
    r"northeast|northwest|southeast|southwest|"
    r"besieged|frontline|front-line|border|region|city|town|province|village|area|port|capital|"
    r"front\s+line|outskirts|oblast|district|skies|part|parts|regions|cities|towns|villages|areas|"
    r"provinces|coast|of|the)\s+)*$",
    re.IGNORECASE,
)
_ORG_NOUNS = frozenset("company firm group bank carrier airline automaker carmaker planemaker chipmaker "
                       "retailer lender insurer conglomerate giant operator startup broadcaster network".split())
_POST_TAIL_RE = re.compile(
    r"^(?:\s+(?:on|in|at|late|early|earlier|last|this|on\s+the)?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|today|yesterday|week|weekend|month|night|morning|evening|afternoon|statement|a\s+statement|"
    r"a\s+joint\s+statement|a\s+briefing|a\s+report|a\s+post|a\s+video|an\s+interview|the\s+statement|"
    r"\w+|of)?)*\s*(?:[.!?,;]|$)"
)
_TAIL_BAD = frozenset("it he she they that would will was were had has is are could can may might we i "
                      "there these which who".split())


def _post_tail_ok(rest: str) -> bool:
    """After ", X said": only a short tail ("on Monday", "in a statement") before the clause ends."""
    m = re.match(r"^((?:\s+[\w'\u2019.-]+){0,8}?)\s*(?:[.!?,;\u2014]|$)", rest)
    if not m:
        return False
    words = [w.lower().strip(".") for w in m.group(1).split()]
    return not any(w in _TAIL_BAD or w[:1].isdigit() for w in words)


_TO_PREPS = frozenset({"to", "toward", "towards", "into"})
_NO_TO_UNITS = frozenset({"percent", "percentage points", "share"})
_MOTION_UNITS = frozenset({"troops", "missiles", "shells", "drones", "officers", "generals", "refugees", "people",
                           "civilians"})
_SUBJ_VERB_GAP_BAD = re.compile(
    r"[,;:()\"\u201c\u201d]|\b(?:that|said|says|told|according|estimate|estimates|estimated|reported|"
    r"claimed|believes|in|on|at|of|to|from|with|by|for)\b",
    re.IGNORECASE,
)
_AUX = frozenset("has have had will would could can may might is was are were also reportedly already now still "
                 "plans aims wants expects is".split())
_SUBJ_VERBS = frozenset("sent send deploy deployed fire fired launch launched lost lose lost spend spent sold sell "
                        "bought buy hire hired cut cuts shed employ employs employed mobilise mobilised mobilize "
                        "mobilized supply supplied pledge pledged deliver delivered".split())
_PREP_BEFORE_ENTITY = re.compile(
    r"(?<![\w-])(?:in|on|at|near|to|from|into|across|of|against|with|by|for|over|toward|towards|"
    r"inside|within|outside|between|and)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# as_of
_WHEN = (
    r"(?P<when>"
    r"(?P<wd>" + _WEEKDAY_RE + r")"
    r"|(?P<rel>yesterday|today|tonight|last\s+week|last\s+month|last\s+year|this\s+week|this\s+month|this\s+year|"
    r"last\s+weekend)"
    r"|(?:the\s+end\s+of\s+|end-|the\s+start\s+of\s+|the\s+beginning\s+of\s+|mid-?)?"
    r"(?:(?P<m1>" + _MONTH_RE + r")\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>(?:19|20)\d\d))?"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>" + _MONTH_RE + r")\.?(?:,?\s+(?P<y2>(?:19|20)\d\d))?"
    r"|(?P<m3>" + _MONTH_RE + r")(?:,?\s+(?P<y3>(?:19|20)\d\d))?"
    r"|(?P<endyr>the\s+year|last\s+year|this\s+year|next\s+year|the\s+month|last\s+month)"
    r"|(?P<y4>(?:19|20)\d\d))"
    r")(?![\w])"
)
_ASOF_RE = re.compile(
    r"(?<![\w-])(?P<anchor>as\s+of|as\s+at|by|through|until|till|up\s+to|on|in|since|from|last|earlier\s+on|"
    r"at\s+the\s+end\s+of|began\s+in|started\s+in|"
    r"(?P<period>(?:week|month|year|quarter|period|days|weeks|months)\s+(?:to|ending|ended|through)))?\s*" + _WHEN,
    re.IGNORECASE,
)
# Where an _ASOF_RE match can start (after a non-word character): the first word of an anchor or
# of a date; a day number before a month or a year; whitespace before a word or number (the anchor
# is optional and ``\s*`` may start the match: ", Monday").
_DATE_DIGITS = r"\d?(?:st|nd|rd|th)?\s|\d\d"  # after a first digit: a day before a month, or a year
_ASOF_FIRST = _word_start_re(
    ["as", "at", "by", "through", "until", "till", "up", "on", "in", "since", "from", "last", "earlier",
     "began", "started", "week", "month", "year", "quarter", "period", "day",
     "yesterday", "today", "tonight", "this", "next", "the", "end", "mid"]
    + [d for d in calendar.day_name] + _MONTH_RE[3:-1].split("|"),
    whole=False,
    others=[("\\d", _DATE_DIGITS), ("\\s", r"\s*(?:[^\W\d]|\d(?:" + _DATE_DIGITS + "))")],
)
_ANCHORS_STRONG = {"as of", "as at", "by", "through", "until", "till", "up to", "at the end of"}


# Keywords every match holds (transforms.anchors): a say-verb starts with its first word; a date
# (_WHEN) holds a weekday, yesterday or today ("day"), "tonight", "last", "this", "year", "month",
# a month's first three letters or a 19xx/20xx year.
_SCAN_KEYWORDS = KeywordSets({
    **NUMBER_KEYWORDS,
    # a vague amount holds its quantity word ("a few" hundred: "few"), at most 2 characters in
    "vague": ["several", "few", "couple", "tens", "hundreds", "dozens", "scores", "thousands", "millions",
              "billions"],
    "say": [v.split("\\")[0] for v in _SAY_VERBS.split("|")],
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


# ---------------------------------------------------------------- helpers

def figure_id(article_id: str, start: int, end: int) -> str:
    return hashlib.sha1(f"{article_id}:{start}:{end}".encode("utf-8")).hexdigest()[:16]


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


# ---------------------------------------------------------------- atoms

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
_CAPWORD_BEFORE_RE = re.compile(r"(?:^|[\s(])([A-Z][A-Za-z]*|[a-z]+[A-Z]\w*)\s$")


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


def _drop_non_figures(text: str, atoms: list[_Atom], phone_spans: list[tuple[int, int]]) -> None:
    """Mark atoms that are not figures by their own form and near context."""
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
        if n.attached:
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
        kind, currency = a.kind, a.currency
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
                if a.kind in ("percent", "points") and b.kind == "number" and b.numbers[0].scale > 1.0:
                    ok = False
                if a.kind == "number" and b.kind in ("percent", "points") and a.numbers[0].scale > 1.0:
                    ok = False
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
                           approx, qualifier, kind, currency, used))
        i += 1
    return cands


# ---------------------------------------------------------------- unit

@dataclass
class _UnitResult:
    unit: str
    end: int  # end of the phrase including the unit noun
    head_start: int | None = None
    head_end: int | None = None
    skipped_entities: list[Entity] = field(default_factory=list)
    is_duration: bool = False


class _LazyTokens:
    """The _TOKEN_RE tokens of ``text[pos:limit]`` as (start, end, token), made as they are looked
    at: _find_unit reads the first few tokens after a number, rarely the 160 characters it may reach."""

    __slots__ = ("_found", "_items")

    def __init__(self, text: str, pos: int, limit: int):
        self._found = _TOKEN_RE.finditer(text, pos, limit)
        self._items: list[tuple[int, int, str]] = []

    def has(self, k: int) -> bool:
        """Whether there is a token number ``k``."""
        items = self._items
        while len(items) <= k and self._found is not None:
            m = next(self._found, None)
            if m is None:
                self._found = None
            else:
                items.append((m.start(), m.end(), m.group(0)))
        return k < len(items)

    def __getitem__(self, k: int) -> tuple[int, int, str]:
        self.has(k)
        return self._items[k]


def _find_unit(text: str, cand: _Cand, index: _Index, sent_end: int) -> _UnitResult | None:
    if cand.kind in ("percent", "points"):
        return _UnitResult("percent" if cand.kind == "percent" else "percentage points", cand.end)
    if cand.currency:
        return _UnitResult(cand.currency, cand.end)
    if cand.kind == "share":
        return _UnitResult("share", cand.end)
    pos = cand.end
    limit = min(sent_end, pos + 160)
    window = text[pos:limit]
    cm = _COMPOUND_AFTER_RE.match(window)
    if cm:
        w = cm.group("w").lower()
        if w == "strong":
            return _UnitResult("troops", pos + cm.end())
        if w in _TIME_UNITS or w.rstrip("s") in _TIME_UNITS:
            return _UnitResult("", pos, is_duration=True)
        if w not in ("plus",):
            return None  # "10-point plan", "12-member"
    tokens = _LazyTokens(text, pos, limit)
    skipped: list[Entity] = []
    i = 0
    steps = 0
    head = None
    of_number = False
    # "12,000 of its troops", "thousands of" (already consumed)
    if tokens.has(0) and tokens[0][2].lower() == "of" and cand.kind != "vague":
        if tokens.has(1) and tokens[1][2][0].isdigit():
            i = 2  # "40 of 72 drones": the unit of the total, the text of the part
            of_number = True
        elif tokens.has(1) and tokens[1][2].lower() in ("the", "its", "their", "his", "her", "our", "those", "these",
                                                       "them", "whom", "which"):
            if tokens[1][2].lower() in ("them", "whom", "which"):
                return None
            i = 2
            if tokens.has(2) and tokens[2][2][0].isdigit():
                i = 3  # "412 of the 650 seats": the unit of the total, the text of the part
                of_number = True
        else:
            return None
    last_modifier = None
    while tokens.has(i) and steps < 6:
        s, e, tok = tokens[i]
        low = tok.lower().rstrip(".")
        ent = index.starting_at(s)
        if ent is not None and ent.end_char <= limit:
            skipped.append(ent)
            # skip the tokens the entity covers
            while tokens.has(i) and tokens[i][0] < ent.end_char:
                i += 1
            if tokens.has(i) and tokens[i][2] in ("'", "\u2019") or (
                tokens.has(i) and tokens[i][2].lower() in ("'s", "\u2019s")
            ):
                i += 1
            steps += 1
            continue
        # multiword units
        for words, unit in _MULTI_BY_FIRST.get(low, ()):
            n = len(words)
            if tokens.has(i + n - 1) and all(tokens[i + k][2].lower() == words[k] for k in range(n)):
                head = (tokens[i][0], tokens[i + n - 1][1], unit, " ".join(words))
                break
        if head:
            break
        nxt_tok = tokens[i + 1] if tokens.has(i + 1) else None
        if low in ("wounded", "injured", "dead", "captured") and nxt_tok is not None and (
                index.starting_at(nxt_tok[0]) is not None or nxt_tok[2].lower() in UNIT_VOCABULARY):
            last_modifier = (s, e, low)  # "two wounded North Korean soldiers": an adjective
            i += 1
            steps += 1
            continue
        if low.endswith("ly") and len(low) > 4 and nxt_tok is not None and nxt_tok[2][:1].isalpha():
            i += 1  # "106,825 officially recognised survivors"
            steps += 1
            continue
        if low in UNIT_VOCABULARY:
            head = (s, e, UNIT_VOCABULARY[low], low)
            # "killed or wounded"
            if low in ("killed", "dead") and tokens.has(i + 2) and tokens[i + 1][2].lower() in ("or", "and") and \
                    tokens[i + 2][2].lower() in ("wounded", "injured"):
                head = (s, tokens[i + 2][1], "casualties", "killed or wounded")
            break
        if low in _TIME_UNITS:
            return _UnitResult("", pos, is_duration=True)
        if not tok[0].isalpha():
            break
        if low in _STOP:
            break
        nxt = tokens[i + 1][2].lower() if tokens.has(i + 1) else ""
        nxt_wordy = bool(nxt) and nxt[0].isalpha() and nxt not in _STOP
        if (low in _MODIFIERS or "-" in low and not low.endswith("-") or (low.endswith(("ed", "ing")) and len(low) > 4)) \
                and (nxt_wordy or low in _MODIFIERS and nxt in UNIT_VOCABULARY):
            last_modifier = (s, e, low)
            i += 1
            steps += 1
            continue
        if nxt_wordy and (nxt in UNIT_VOCABULARY or nxt in _MULTI_BY_FIRST) and not tok[0].isupper():
            last_modifier = (s, e, low)  # "air defence missiles": look for the counted noun
            i += 1
            steps += 1
            continue
        if tok[0].isupper():
            last_modifier = (s, e, low)
            i += 1
            steps += 1
            continue
        if len(low) >= 2 and (low.replace("-", "").isalpha()) or "'" in low:
            head = (s, e, low, low)
            # a compound counted noun: "electoral votes", "asylum seekers"
            if nxt_wordy and nxt.endswith("s") and not nxt.endswith("ss") and tokens.has(i + 1) \
                    and tokens[i + 1][2][0].islower() and not low.endswith("s"):
                head = (s, tokens[i + 1][1], UNIT_VOCABULARY.get(nxt, low + " " + nxt), low + " " + nxt)
            break
        break
    if head is None:
        if last_modifier is not None:
            s, e, low = last_modifier
            if low.endswith("ed") and low not in _MODIFIERS:
                head = (s, e, low, low)
            elif text[s].isupper() and low.endswith("s") and len(low) > 3:
                head = (s, e, "people", low)  # "500 Ukrainians"
        if head is None and skipped and skipped[-1].type == "NORP" and skipped[-1].surface.endswith("s"):
            last = skipped[-1]
            head = (last.start_char, last.end_char, "people", last.surface)
    if head is None:
        # "12 dead", handled above; "killed 12" / death toll context
        pm = _POST_DEATH_RE.match(text[pos:limit])
        if pm:
            unit = _death_unit(pm.group("v"))
            if unit:
                return _UnitResult(unit, pos, skipped_entities=skipped)
        ctx = _CONTEXT_UNIT_RE.search(text[max(0, cand.start - 90):cand.start])
        if ctx:
            return _UnitResult(_context_unit(ctx), pos, skipped_entities=skipped)
        pre = _PRE_DEATH_RE.search(text[max(0, cand.start - 20):cand.start])
        if pre and text[pos:pos + 2].strip()[:1] in (".", ",", ";", "") and pre.group("v").lower() != "claimed":
            return _UnitResult(_death_unit(pre.group("v")) or "killed", pos, skipped_entities=skipped)
        return None
    hs, he, unit, word = head
    # "two captured North Korean soldiers", "the two soldiers it has taken alive" count prisoners, not a force
    if unit in _PEOPLEISH and (_CAPTIVE_MODIFIER.search(text, pos, hs) or _CAPTIVE_RELATIVE_RE.match(text, he)):
        unit = "prisoners"
    # "12 soldiers were killed", "500 people died"
    if unit not in ("killed", "wounded", "casualties"):
        pm = _POST_DEATH_RE.match(text[he:min(limit, he + 80)])
        if pm:
            du = _death_unit(pm.group("v"))
            if du in ("killed", "wounded", "casualties", "prisoners", "missing"):
                unit = du
        else:
            pre = _PRE_DEATH_RE.search(text[max(0, cand.start - 20):cand.start])
            if pre and (word in _PEOPLEISH or unit in _PEOPLEISH):
                unit = _death_unit(pre.group("v")) or unit
    if of_number:
        return _UnitResult(unit, pos, None, None, skipped)
    return _UnitResult(unit, he, hs, he, skipped)


def _death_unit(verb: str) -> str | None:
    v = " ".join(verb.lower().split())
    if " or " in v or " and " in v:
        return "casualties"
    if v in ("killed", "dead", "died", "perished", "lost their lives", "killing", "kills", "kill"):
        return "killed"
    if v in ("wounded", "injured", "hurt", "wounding", "injuring", "injures"):
        return "wounded"
    if v in ("captured", "capturing", "captures", "capture") or v.startswith("taken "):
        return "prisoners"  # "captured two soldiers" counts prisoners, not a force
    if v in ("missing", "displaced", "evacuated", "arrested", "detained", "rescued"):
        return v
    if v == "unaccounted for":
        return "missing"
    return None


def _context_unit(m: re.Match) -> str:
    if m.group("force"):
        return "troops"
    if m.group("vocab"):
        w = m.group("vocab").lower()
        return UNIT_VOCABULARY.get(w, w)
    noun = " ".join(m.group("noun").lower().split())
    if noun.endswith("toll"):
        return "casualties" if noun.startswith("casualty") else "killed"
    what = (m.group("what") or "").split()
    rest = m.group(0).split()
    if m.group("what"):
        i = next((k for k, w in enumerate(rest) if w.lower() == "of"), -1)
        for w in rest[i + 1:]:
            if w.lower() in UNIT_VOCABULARY:
                return UNIT_VOCABULARY[w.lower()]
    for w in what:
        if w.lower() in UNIT_VOCABULARY:
            return UNIT_VOCABULARY[w.lower()]
    low = [w for w in what if w[:1].islower()]
    return low[-1] if low else "count"


# ---------------------------------------------------------------- subject, location

_SUBJECT_TYPES = {"GPE", "NORP", "ORG"}
_LOCATION_TYPES = {"GPE", "LOC"}


def _subject(text: str, cand: _Cand, unit: _UnitResult, index: _Index, sent_start: int) -> Entity | None:
    # inside the phrase
    for e in unit.skipped_entities:
        if e.type in _SUBJECT_TYPES:
            return e
    for e in index.starting_in(cand.start, unit.end):
        if e.type in _SUBJECT_TYPES and e.end_char <= unit.end:
            return e
    # possessive before: "Pyongyang's 10,000 soldiers"
    before = text[max(sent_start, cand.start - 6):cand.start]
    pm = re.search(r"(?:'s|\u2019s|'|\u2019)\s+$", before)
    if pm:
        pos = cand.start - (len(before) - pm.start())
        for e in index.ending_in(pos, pos):
            if e.type in _SUBJECT_TYPES | {"PERSON"}:
                return e
    # after: "troops from North Korea", "soldiers of the DPRK"
    after = text[unit.end:unit.end + 12]
    am = re.match(r"\s+(?:from|of)\s+(?:the\s+)?", after)
    if am and unit.head_end is not None:
        e = index.starting_at(unit.end + am.end())
        if e is not None and e.type in _SUBJECT_TYPES:
            return e
    # clause subject: "North Korea has sent 11,000 troops", "Russia fired 40 missiles"
    lo = max(sent_start, cand.start - 70)
    for e in reversed(index.ending_in(lo, cand.start)):
        if e.type not in ("GPE", "ORG", "NORP"):
            continue
        gap = text[e.end_char:cand.start]
        if e.type == "NORP":
            gm = re.match(r"\s+(?:army|military|forces|navy|air\s+force|government|regime|authorities|leadership|"
                          r"side|troops|units|company|companies|firms|state)\b", gap)
            if not gm:
                continue
            gap = gap[gm.end():]
        gw = gap.split()
        if _SUBJ_VERB_GAP_BAD.search(gap) or len(gw) > 5 or len(gw) < 1:
            break
        if any(not w[:1].islower() for w in gw) or not (
            gw[0] in _AUX or gw[0].endswith(("ed", "s")) or gw[0] in _SUBJ_VERBS
        ):
            break
        pre = text[max(sent_start, e.start_char - 12):e.start_char]
        if _PREP_BEFORE_ENTITY.search(pre):
            break
        if re.match(r"(?:'s|\u2019s)", text[e.end_char:e.end_char + 3]):
            break
        if e.type == "PERSON":
            break
        return e
    return None


_LOC_BARRIER_RE = re.compile(r"(?<![\w-])(?:and\s+then|then)(?![\w-])|,\s+[a-z]+ed\s+by\b|\u2014")


def _is_anaphoric(text: str, cand: _Cand, s0: int) -> bool:
    """"the two countries", "both sides", "these three men": a small spelled-out number after a
    definite determiner refers back to things already named; it is not a claim."""
    if cand.kind != "number" or cand.qualifier or len(cand.atoms) != 1 or not cand.atoms[0].numbers:
        return False
    n = cand.atoms[0].numbers[0]
    if not n.spelled or n.value > 10:
        return False
    return bool(re.search(r"(?<![\w-])(?:the|these|those|both|all)\s+$", text[max(s0, cand.start - 8):cand.start],
                          re.IGNORECASE))


def _location(text: str, cand: _Cand, unit: _UnitResult, index: _Index, sent: tuple[int, int],
              subject: Entity | None, avoid: Sequence[tuple[int, int]] = ()) -> Entity | None:
    s0, s1 = sent
    lo = unit.end
    hi = min(s1, lo + 160)
    for e in index.starting_in(lo, hi):
        if e.type not in _LOCATION_TYPES or e.end_char > s1:
            continue
        if any(a <= e.start_char < b for a, b in avoid):
            break  # "lawmakers in Seoul said": where the claimant is, not the figure
        gap = text[lo:e.start_char]
        if re.search(r"[;:\"\u201c\u201d]|,\s*(?:the\s+)?[A-Z]?\w+\s+(?:said|says|told)\b|\b(?:said|says|told|according)\b",
                     gap):
            break
        if len(gap.split()) > 12:
            break
        m = _LOC_PREP_RE.search(gap)
        if not m:
            continue
        if m.group("prep") in _TO_PREPS and (unit.unit in _NO_TO_UNITS or len(unit.unit) == 3 and unit.unit.isalpha()
                                              and cand.currency):
            continue
        if subject is not None and e.entity_id == subject.entity_id and e.start_char == subject.start_char:
            continue
        # "in Russia's Kursk region": the more specific place
        tail = text[e.end_char:e.end_char + 4]
        if re.match(r"(?:'s|\u2019s)\s", tail):
            nxt = index.starting_in(e.end_char + 3, e.end_char + 5)
            for n in nxt:
                if n.type in _LOCATION_TYPES:
                    return n
        return e
    # before the figure in the same sentence: "In Kursk, 500 ..."
    best = None
    for e in index.ending_in(max(s0, cand.start - 200), cand.start):
        if e.type not in _LOCATION_TYPES or e.start_char < s0:
            continue
        pre = text[max(s0, e.start_char - 40):e.start_char]
        m = _LOC_PREP_RE.search(pre)
        if not m or m.group("prep") in _TO_PREPS or m.group("prep") in ("over", "around", "on"):
            if not (m and m.group("prep") == "on"):
                continue
        if subject is not None and e.start_char == subject.start_char:
            continue
        if any(a <= e.start_char < b for a, b in avoid):
            continue
        gap = text[e.end_char:cand.start]
        if re.search(r"[;\"\u201c\u201d]", gap):
            continue
        # not across a "that"-clause, a participle clause or "and then": the place of another event
        initial = len(text[s0:e.start_char].split()) <= 3 and text[e.end_char:e.end_char + 1] == ","
        if not initial and (_LOC_BARRIER_RE.search(gap) or (
                re.search(r"(?<![\w-])that(?![\w-])", gap) and _SAY_RE.search(text[max(s0, e.start_char - 40):e.start_char]))):
            continue
        best = e
    return best


# ---------------------------------------------------------------- attribution

@dataclass
class _Attrib:
    name: str | None
    cue: str | None
    np_start: int
    np_end: int
    entity_id: str | None = None
    verb_start: int = -1
    verb_end: int = -1
    kind: str = ""  # pre | post | acc | quote
    linked: bool = False  # name/id already resolved


# Ranks of a claimant for choosing between nested reporters ("A said B believed N"):
# a named person or organisation beats a country-level reference, which beats an
# unlinked group ("lawmakers", "analysts").
def _rank(att: _Attrib, index: "_Index") -> int:
    if not att.entity_id:
        return 0
    t = index.type_of(att.entity_id)
    return 2 if t in ("PERSON", "ORG") else 1


_ORG_TYPE_WORDS = frozenset(
    "agency agencies service services ministry ministries department office directorate intelligence military army "
    "navy police government command bureau council commission committee administration cabinet court guard "
    "forces force spokesman spokeswoman spokesperson".split()
)
_GENERIC_HEAD_WORDS = frozenset(
    "agency agencies service services ministry ministries department office directorate bureau the its their "
    "his her national state main chief officials official spokesman spokeswoman spokesperson own top senior".split()
)
_KEY_SYNONYMS = {"spy": "intelligence", "espionage": "intelligence", "defence": "defense", "armed": "military"}
_ROLE_TAIL_WORDS = frozenset(
    "official officials spokesman spokeswoman spokesperson spokesmen representative representatives chief head "
    "director officer officers sources source aide aides adviser advisers analysts staff press office".split()
)


def _norm_words(s: str) -> list[str]:
    return [_KEY_SYNONYMS.get(w, w) for w in re.findall(r"[a-z]+", s.lower().replace("\u2019s", " ").replace("'s", " "))]


class _Orgs:
    """Organisations of the article with the country each is tied to (by id or by a qualifier in the text)."""

    def __init__(self, text: str, index: "_Index"):
        self.index = index
        self.country: dict[str, set[str]] = {}
        self.mentions: list[Entity] = [e for e in index.entities if e.type == "ORG"]
        self._cache: dict[tuple, list[Entity]] = {}
        self._start_cache: dict[tuple, list[int]] = {}
        prev = None
        for e in index.entities:
            if e.type == "ORG" and prev is not None and prev.type in ("GPE", "NORP"):
                if re.fullmatch(r"(?:'s|\u2019s)?\s+(?:the\s+)?", text[prev.end_char:e.start_char]):
                    self.country.setdefault(e.entity_id, set()).add(prev.entity_id)
            prev = e

    def _tied(self, org: Entity, country_id: str) -> bool:
        if country_id in self.country.get(org.entity_id, ()):
            return True
        cc = country_id.split(":", 1)[1].lower() if ":" in country_id else ""
        return bool(cc) and (org.entity_id.startswith(f"org:{cc}:") or org.entity_id.startswith(f"org:{cc}-"))

    def find(self, head: str, country_id: str | None, pos: int) -> Entity | None:
        """The organisation a generic description ("South Korea's spy agency") refers to."""
        words = _norm_words(head)
        if not any(w in _ORG_TYPE_WORDS for w in words):
            return None
        keys = tuple(w for w in words if w not in _GENERIC_HEAD_WORDS and w not in _STOP)
        if not keys:
            return None
        key = (keys, country_id)
        matches = self._cache.get(key)
        if matches is None:  # computed once per description and country: linear overall
            matches = []
            for org in self.mentions:
                if country_id is not None and not self._tied(org, country_id):
                    continue
                have = set(_norm_words(org.name)) | set(_norm_words(org.surface))
                if all(k in have for k in keys):
                    matches.append(org)
            self._cache[key] = matches
        if not matches:
            return None
        i = bisect.bisect_left([m.start_char for m in matches], pos) if len(matches) < 64 else bisect.bisect_left(
            self._starts(key, matches), pos)
        return matches[i - 1] if i > 0 else matches[0]  # the nearest before, else the first after (a headline)

    def _starts(self, key, matches: list[Entity]) -> list[int]:
        st = self._start_cache.get(key)
        if st is None:
            st = self._start_cache[key] = [m.start_char for m in matches]
        return st


class _Speakers:
    """Claimants already attributed, for pronoun and definite-reference resolution."""

    def __init__(self, index: _Index, orgs: _Orgs):
        self.index = index
        self.orgs = orgs
        self.history: list[tuple[int, str, str, str]] = []  # (pos, name, written, entity_id or "")
        for q in index.quotes:
            if q.speaker:
                self.history.append((q.start_char, _strip_det(q.speaker), q.speaker, q.speaker_entity_id or ""))
        self.history.sort()

    def add(self, pos: int, name: str, written: str, entity_id: str | None) -> None:
        item = (pos, name, written, entity_id or "")
        if not self.history or self.history[-1][0] <= pos:
            self.history.append(item)
        else:
            bisect.insort(self.history, item)

    def last(self, pos: int, pred=None) -> tuple[str, str | None, int] | None:
        i = bisect.bisect_left(self.history, (pos, "", "", "")) - 1
        k = 0
        while i >= 0 and k < 30:
            p, name, written, eid = self.history[i]
            if pred is None or pred(name, written, eid):
                return name, (eid or None), p
            i -= 1
            k += 1
        return None

    def resolve(self, np: str, pos: int) -> tuple[str, str | None] | None:
        low = np.lower()
        if low in _PRONOUNS:
            kind = _PRONOUNS[low]
            if kind == "PERSON":
                e = self.index.last_before(pos, {"PERSON"})
                if e is not None:
                    return e.name, e.entity_id
                h = self.last(pos)
                return (h[0], h[1]) if h else None
            if kind == "ORG":  # "it" is never a person: "..., the CEO said. It also expects ..."
                h = self.last(pos, lambda n, w, eid: not eid or self.index.type_of(eid) != "PERSON")
                e = self.index.last_before(pos, {"ORG"})
                if h is not None and (e is None or h[2] >= e.start_char):
                    return h[0], h[1]
                return (e.name, e.entity_id) if e is not None else None
            h = self.last(pos)
            if h:
                return h[0], h[1]
            e = self.index.last_before(pos, {"ORG", "GPE"})
            return (e.name, e.entity_id) if e else None
        m = _DEF_REF_RE.match(np)
        bare = None
        if not m:
            # a bare generic head: "Spy agency says ...", "the country's spy agency"
            bare = re.fullmatch(r"(?:the\s+)?((?:[a-z]+\s+){0,2}(?:agency|ministry|service|directorate))",
                                np, re.IGNORECASE)
            if not bare:
                m2 = re.fullmatch(r"the\s+([a-z]+)", np)
                if m2 and m2.group(1) not in _ATTRIB_HEADS and (
                        m2.group(1).endswith(("maker", "er", "or")) or m2.group(1) in _ORG_NOUNS):
                    e = self.index.last_before(pos, {"ORG"})
                    if e is not None and pos - e.end_char < 1500:
                        return e.name, e.entity_id
                return None
        head_phrase = (m.group("head") if m else bare.group(1)).lower()
        head = head_phrase.split()[-1]
        org = self.orgs.find(head_phrase, None, pos) if len(head_phrase.split()) > 1 else None
        if org is not None:
            return org.name, org.entity_id
        hist = self.last(pos, lambda n, w, eid: head in w.lower() or head in n.lower())
        ent = self.index.last_before(
            pos, {"ORG", "PERSON"} if head in ("president", "minister", "official", "general", "commander",
                                               "spokesman", "spokeswoman", "spokesperson") else {"ORG"},
            pred=lambda e: head in e.name.lower() or head in e.surface.lower(),
        )
        cands = []
        if hist:
            cands.append((hist[2], hist[0], hist[1]))
        if ent is not None:
            cands.append((ent.start_char, ent.name, ent.entity_id))
        if cands:
            _, name, eid = max(cands, key=lambda c: c[0])
            return name, eid
        if head in ("agency", "ministry", "department", "service", "office", "military", "army", "government",
                    "company", "firm", "group", "bank"):
            e = self.index.last_before(pos, {"ORG"})
            if e is not None and pos - e.end_char < 1500:
                return e.name, e.entity_id
        return None


_NP_RELATIVE_RE = re.compile(r"\s+(?:who|which|whose|that)\s")
_NP_CONDUIT_RE = re.compile(r"\s(?:briefed|informed|told)\s+by\s+(?P<src>.+)$")


def _clean_np(np: str, start: int) -> tuple[str, int] | None:
    """Strip leading connectives/time phrases and trailing auxiliaries, adverbs and time phrases."""
    stripped = np.lstrip(" \t\n'\"\u2018\u2019\u201c\u201d,.;:-\u2013\u2014")
    lead_ws = len(np) - len(stripped)
    np = stripped.rstrip()
    start += lead_ws
    # a relative clause or participle after the head: "a U.S. official who spoke on condition of anonymity"
    rel = _NP_RELATIVE_RE.search(np)
    if rel and rel.start() > 0:
        np = np[:rel.start()]
    # "lawmakers briefed by the agency": the source is the agent
    conduit = _NP_CONDUIT_RE.search(np)
    if conduit:
        start += conduit.start("src")
        np = conduit.group("src")
    orig_len = len(np)
    np2 = _NP_STRIP_LEAD_RE.sub("", np)
    start += orig_len - len(np2)
    prev = None
    while prev != np2:
        prev = np2
        np2 = _NP_STRIP_TAIL_RE.sub("", np2).strip()
        np2 = _NP_STRIP_TAIL_PP_RE.sub("", np2).strip()
    if not np2:
        return None
    return np2, start


def _valid_np(np: str) -> bool:
    words = np.split()
    if not words or len(words) > 10:
        return False
    low = [w.lower().strip(",.") for w in words]
    if any(w in _NP_BAD_WORD for w in low):
        return False
    if any(ch.isdigit() for ch in np) and not re.search(r"[A-Za-z]", np):
        return False
    if re.search(r"[\"\u201c\u201d;:()]", np):
        return False
    if low[0] in _PRONOUNS and len(words) == 1:
        return True
    if len(words) == 2 and low[0] == "the" and low[1].isalpha():
        return True  # "the planemaker", "the lender": resolved to the last organisation
    if any(w in _VERBISH for w in low[1:]):
        return False  # "U.S. raises (estimate)", "X has given a higher (estimate)"
    if any(w[:1].isupper() for w in words[1:]) or (words[0][:1].isupper() and low[0] not in ("the", "a", "an")):
        return True
    return any(w.rstrip("'s\u2019") in _ATTRIB_HEADS or w in _ATTRIB_HEADS for w in low)


_VERBISH = frozenset(
    "raises raised lifts lifted cuts has have had gave given giving puts gives is are was were says said told "
    "believes believed estimates estimated thinks moved made makes sees saw".split()
)


def _link(np: str, np_start: int, np_end: int, index: _Index, speakers: _Speakers, orgs: _Orgs,
          text: str) -> tuple[str, str | None]:
    """The claimant's name (a clean noun phrase or the canonical entity name) and entity id."""
    resolved = speakers.resolve(np, np_start)
    if resolved:
        return resolved
    if np.lower() in _PRONOUNS:
        return np, None
    # possessive pronoun: "Its military intelligence agency" -> the last country/organisation
    pm = re.match(r"(?:its|their)\s+(?P<rest>.+)$", np, re.IGNORECASE)
    if pm:
        owner = index.last_before(np_start, {"GPE", "ORG"})
        if owner is not None and np_start - owner.end_char < 600:
            rest = pm.group("rest")
            if owner.type == "GPE":
                org = orgs.find(rest, owner.entity_id, np_start)
                if org is not None:
                    return org.name, org.entity_id
            return f"{owner.name}'s {rest}", owner.entity_id
    if _DEF_REF_RE.match(np):
        return _strip_det(np), None
    inside = [e for e in index.starting_in(np_start, np_end) if e.end_char <= np_end]
    if not inside:
        return _descriptor_name(np) or _strip_det(np), None
    # a group: "Seoul and Washington", "U.S. and South Korean officials", "allies and the EU"
    outside = text[np_start:np_end]
    for e in reversed(inside):
        outside = outside[:e.start_char - np_start] + "#" * (e.end_char - e.start_char) + outside[e.end_char - np_start:]
    if re.search(r"\band\b|&|,|\bor\b", outside):
        return _strip_det(np), None
    named = [e for e in inside if e.type in ("PERSON", "ORG")]
    last = inside[-1]
    tail = text[last.end_char:np_end]
    lead = text[np_start:last.start_char]
    if named:
        e = named[-1]
        tail_e = text[e.end_char:np_end].strip()
        if not tail_e and not re.search(r"(?<![\w-])[a-z]+\s+(?:at|of|from|in|for|with|by)\s", text[np_start:e.start_char]):
            return e.name, e.entity_id  # "Ukrainian President Volodymyr Zelenskyy", "South Korea's NIS"
        return _strip_det(np), e.entity_id  # "Pentagon officials", "Zelenskyy's office"
    if last.type in ("GPE", "NORP"):
        if not tail.strip() and not re.search(r"[A-Za-z]", lead.replace("the", "").replace("The", "")):
            return (last.name, last.entity_id) if last.type == "GPE" else (_strip_det(np), last.entity_id)
        head = tail
        if tail.strip() and re.match(r"\s*(?:'s|\u2019s)?\s", tail):
            org = orgs.find(head, last.entity_id, np_start)
            if org is not None:
                return org.name, org.entity_id
        elif not tail.strip():
            # "officials in Kyiv", "lawmakers in Seoul": a group tied to the country
            pass
        return _strip_det(np), last.entity_id
    return _strip_det(np), None


# Roles that stand before a person's name. Not transforms.entities.TITLE_WORDS: that list also holds
# department words (Health, State, Foreign) that begin names such as "Health Ministry".
_TITLE_WORDS = frozenset(
    """president minister secretary governor mayor sheriff chief executive officer spokesman spokeswoman
    spokesperson chairman chairwoman chair director commander general admiral chancellor ambassador envoy
    senator representative negotiator prosecutor judge premier king queen prince leader head""".split()
)
_NAME_TOKEN_RE = re.compile(r"[A-Z][\w.&'\u2019-]*$")
_NOT_DESCRIPTORS = frozenset("by of at from in for with to on and or the a an its their his her".split())


def _descriptor_name(np: str) -> str | None:
    """The name at the end of a described claimant: "state broadcaster CCTV" -> CCTV, "memory chipmaker
    SK Hynix" -> SK Hynix, "Los Angeles County Sheriff Robert Luna" -> Robert Luna. Only when a
    lowercase descriptor noun or a title stands right before the capitalised name; "economists polled by
    Reuters" and "organisers of the French Open" keep their head."""
    words = np.split()
    k = len(words)
    while k > 0 and _NAME_TOKEN_RE.match(words[k - 1]) and words[k - 1].lower() not in _TITLE_WORDS:
        k -= 1
    if k == len(words) or k == 0 or len(words) - k > 4:
        return None
    before = words[k - 1]
    if before.lower() in _TITLE_WORDS or (before.islower() and before.isalpha() and before not in _NOT_DESCRIPTORS):
        return " ".join(words[k:])
    return None


def _strip_det(np: str) -> str:
    return re.sub(r"^(?:the|The|a|A|an|An)\s+", "", np).strip()


_NOUNISH_CUES = frozenset(
    "report reports claim claims estimate estimates forecast forecasts counts count records notes states projects "
    "put puts figures assessment".split()
)
_NOUN_BEFORE_RE = re.compile(
    r"(?:\b(?:of|the|an?|its|their|his|her|our|this|that|these|new|latest|higher|lower|own|official|previous|"
    r"earlier|first|initial|revised|updated|whose|which|same|u\.s\.|american|western|intelligence|casualty|"
    r"troop|death|toll)|'s|\u2019s)\s+$",
    re.IGNORECASE,
)
_CLAUSE_WORD_RE = re.compile(
    r"(?<![\w-])(?:that|and\s+that|while|whereas|as|but|because|after|when|although|though|since|if)\s+", re.IGNORECASE)
_APPOS_START_RE = re.compile(
    r"^\s*(?:the|a|an|its|his|her|their|who|which|known|speaking|citing|quoting|according|also|meanwhile|however|"
    r"though|in\s+a|in\s+an|in\s+its|in\s+his|in\s+her|on\s+\w+|last\s+\w+|earlier|later|too)\b",
    re.IGNORECASE,
)
_PARTICIPLE_CUES = frozenset("saying telling claiming estimating reporting announcing adding noting warning".split())
_SUBJECT_STOP_RE = re.compile(
    r"\s(?:has|have|had|is|are|was|were|will|would|could|can|may|might|also|said|says|told|moved|said,)\b|"
    r"\s[a-z]+ed\b|,", re.IGNORECASE)


_PAREN_TAIL_RE = re.compile(r"\s*\([^()]{1,15}\)\s*$")
_SEG_PUNCT_RE = re.compile(r"[,;:\u201d\"\u2014()]")


def _np_before_verb(text: str, s0: int, vs: int, index: _Index) -> tuple[str, int] | None:
    """The noun phrase that is the subject of a say-verb at ``vs``, walking back over an
    apposition or adverb set off by commas ("John Kirby, the spokesman, said")."""
    back_lo = max(s0, vs - 160)
    left = text[back_lo:vs]
    pm = _PAREN_TAIL_RE.search(left)
    if pm:
        left = left[:pm.start()]  # "the National Intelligence Service (NIS) said"
    seg_end = len(left)
    closing = False  # the verb follows a comma: an apposition ends there (or ", said X")
    for _ in range(4):
        seg = left[:seg_end]
        cut = -1
        for m in _SEG_PUNCT_RE.finditer(seg):
            if not (m.group() == "," and seg[m.end():m.end() + 1].isdigit()):
                cut = m.start()
        lo = cut + 1
        piece = seg[lo:]
        if not closing:
            tm = list(_CLAUSE_WORD_RE.finditer(piece))
            if tm:
                lo += tm[-1].end()
            # an earlier say-verb in the same clause: "A said B believed ..." -> B
            inner = list(re.finditer(r"(?<![\w-])(?:said|says|told|stated|added|announced)(?:\s+(?:on|in|last)\s+\w+)*"
                                     r"(?:\s+that)?\s+", seg[lo:]))
            if inner:
                lo += inner[-1].end()
        raw = seg[lo:]
        if not raw.strip():
            if cut < 0 or seg[cut] != "," or closing:
                return None
            closing = True
            seg_end = cut
            continue
        if closing:
            rs = back_lo + lo + (len(raw) - len(raw.lstrip()))
            re_ = back_lo + lo + len(raw.rstrip())
            named = [e for e in index.starting_in(rs, re_ + 1) if e.type in ("PERSON", "ORG") and e.end_char <= re_]
            if named and named[0].start_char == rs and named[0].end_char == re_:
                return text[rs:re_], rs  # "Its chief, Kyrylo Budanov, said"
            if re.match(r"\s*(?:also\s+)?(?:known\s+as|called)\b", raw) and named:
                return named[-1].surface, named[-1].start_char  # "the agency, known as HUR, said"
            if not _APPOS_START_RE.match(raw) or cut < 0 or seg[cut] != ",":
                return None  # "There are 11,000 troops, said X": the inverted form
            closing = False
            seg_end = cut
            continue
        cl = _clean_np(raw, back_lo + lo)
        if cl is not None and _valid_np(cl[0]):
            return cl
        if cut < 0 or seg[cut] != ",":
            return None
        if not (cl is None or _APPOS_START_RE.match(raw) or len(raw.split()) <= 2):
            return None
        seg_end = cut
    return None


def _main_subject(text: str, s0: int, pos: int, index: _Index) -> tuple[str, int] | None:
    """The subject of the main clause for ", saying ..." attributions."""
    head = text[s0:pos]
    m = _SUBJECT_STOP_RE.search(head)
    if not m or m.start() == 0:
        return None
    cl = _clean_np(head[:m.start()], s0)
    if cl and _valid_np(cl[0]) and len(cl[0].split()) <= 8:
        return cl
    return None


_BY_AGENT_RE = re.compile(r"\s+by\s+((?:the\s+)?(?:[A-Z][\w.'\u2019&-]*\s*)+)")
_NOUN_USE_BEFORE_RE = re.compile(r"(?:\b(?:an|is|are|was|were|be|been|being|as|the|a)\s+|[-\u2013])$", re.IGNORECASE)


def _attribution(text: str, cand_start: int, cand_end: int, sent: tuple[int, int], index: _Index,
                 speakers: _Speakers, orgs: _Orgs, spans: list[tuple[int, int]] | None = None,
                 scans: _WindowScans | None = None) -> _Attrib | None:
    s0, s1 = sent
    lo = max(s0, cand_start - 300)
    hi = min(s1, cand_end + 300)
    pre: list[_Attrib] = []
    post: list[_Attrib] = []
    acc: list[_Attrib] = []
    for m in (scans or _WindowScans(text)).finditer(_SAY_RE, lo, hi):
        verb = m.group("verb")
        vlow = " ".join(verb.lower().split())
        vs, ve = m.start(), m.end()
        if vs < cand_end and ve > cand_start:
            continue
        if verb[0].isupper() and vlow != "according to":
            continue  # "the United States", a headline's capitalised word
        if vlow == "according to":
            rest = text[ve:min(s1, ve + 120)]
            nm = re.match(r"\s+((?:[^,.;:\"\u201c\u201d(]|\.(?=[A-Za-z])|(?<=\b[A-Z])\.\s(?=[A-Z]))+)", rest)
            if nm:
                np = nm.group(1)
                np = re.split(r"\s+(?:on|in|at|who|which|that|last|earlier|this)\s+(?=[a-z0-9])|\s+(?:said|says)\b",
                              np)[0] if not re.match(r"^(?:[A-Z][\w.'\u2019-]*\s*)+(?:'s)?$", np) else np
                np = np.strip()
                np = re.sub(r"(?:'s|\u2019s)\s+(?:latest\s+|new\s+|own\s+)?(?:assessment|estimate|estimates|figures|"
                            r"data|count|tally|report|statement)$", "", np)
                cl = _clean_np(np, ve + nm.start(1))
                if cl and _valid_np(cl[0]):
                    acc.append(_Attrib(cl[0], "according to", cl[1], cl[1] + len(cl[0]), verb_start=vs, verb_end=ve,
                                       kind="acc"))
                    if spans is not None:
                        spans.append((cl[1], cl[1] + len(cl[0])))
            continue
        after = text[ve:ve + 40]
        # passive with an agent: "estimated by the UN" -> the agent
        bym = _BY_AGENT_RE.match(after)
        back_lo = max(s0, vs - 120)
        left = text[back_lo:vs]
        if vlow in _NOUNISH_CUES and (_NOUN_BEFORE_RE.search(left) or re.match(r"\s+(?:of|for|on)\b", after)):
            continue  # a noun: "the agency's estimate", "a higher estimate of"
        if bym and vlow.endswith("ed"):
            np = bym.group(1).strip()
            cl = _clean_np(np, ve + bym.start(1))
            if cl and _valid_np(cl[0]):
                att = _Attrib(cl[0], verb + " by", cl[1], cl[1] + len(cl[0]), verb_start=vs, verb_end=ve, kind="acc")
                acc.append(att)
            continue
        # passive/adjectival uses: "an estimated", "is expected", "were reported"
        if _NOUN_USE_BEFORE_RE.search(left):
            continue
        if vlow in _PARTICIPLE_CUES and re.search(r",\s*$", left):
            ms = _main_subject(text, s0, vs, index)
            if ms is not None and vs < cand_start:
                pre.append(_Attrib(ms[0], verb, ms[1], ms[1] + len(ms[0]), verb_start=vs, verb_end=ve, kind="pre"))
            continue
        if scans is None:
            cl = _np_before_verb(text, s0, vs, index)
        else:  # the same verb is the candidate cue of every figure of its sentence
            key = (s0, vs)
            cl = scans.subjects[key] if key in scans.subjects else scans.subjects.setdefault(
                key, _np_before_verb(text, s0, vs, index))
        if cl is not None:
            np, np_start = cl
            cue = verb
            if vlow in ("told", "tells", "tell", "briefed", "informed"):
                om = re.match(r"\s+((?:the\s+)?[a-z]+|[A-Z][\w]+)", text[ve:ve + 30])
                if om and om.group(1).lower() not in ("that", "the", "a", "an"):
                    cue = verb + " " + om.group(1)
            att = _Attrib(np, cue, np_start, np_start + len(np), verb_start=vs, verb_end=ve)
            if spans is not None:
                spans.append((np_start, np_start + len(np)))
            if np_start <= cand_start and cand_end <= np_start + len(np):
                att.kind = "pre"
                return att  # the number is part of the speaker: "Ten allied nations said"
            sub = re.search(r"(?<![\w-])(?:when|after|before|since|because|while|where|as|if|until|whom|which)\s+$",
                            text[max(s0, np_start - 10):np_start], re.IGNORECASE)
            if ve <= cand_start:
                if sub and sub.group(0).split()[0].lower() in ("when", "where", "which", "whom") and re.search(
                        r"[,;]", text[ve:cand_start]):
                    continue  # "..., when the agency disclosed the deployment, to about 17 percent"
                att.kind = "pre"
                pre.append(att)
            elif vs >= cand_end and _post_tail_ok(text[ve:min(s1, ve + 80)]) and not sub:
                att.kind = "post"
                post.append(att)  # ", the ministry said." / ", officials said on Monday, adding ..."
            continue
        # inverted: ", said X"
        if vs >= cand_end and vlow in ("said", "says", "told", "added", "wrote", "noted", "reported", "announced"):
            if re.search(r"[,\u201d\"']\s*$", left):
                rest = text[ve:min(s1, ve + 100)]
                nm = re.match(r"\s+((?:[^,.;:\"\u201c\u201d(]|\.(?=[A-Za-z])|(?<=\b[A-Z])\.\s(?=[A-Z]))+)", rest)
                if nm:
                    np = re.split(r"\s+(?:on|in|at|who|which|that|last|earlier|this)\s+", nm.group(1))[0].strip()
                    cl = _clean_np(np, ve + nm.start(1))
                    if cl and _valid_np(cl[0]):
                        post.append(_Attrib(cl[0], verb, cl[1], cl[1] + len(cl[0]), verb_start=vs, verb_end=ve,
                                            kind="post"))
    for group in (pre, post, acc):
        for a in group:
            a.name, a.entity_id = _link(a.name, a.np_start, a.np_end, index, speakers, orgs, text)
            a.linked = True
    chosen = None
    if pre:
        chosen = pre[-1]
        # nested reporters: "A said (that) B believed N" / "B believes N, A said": the named one wins
        rivals = []
        for outer in pre[:-1]:
            gap = text[outer.verb_end:chosen.np_start]
            if outer.verb_end <= chosen.np_start and len(gap) <= 60 and not re.search(
                    r"[.;]|\b(?:while|whereas|but|and)\b", gap):
                rivals.append(outer)
        if post and chosen.verb_end <= cand_start:
            rivals.append(post[0])
        for r in rivals:
            if _rank(r, index) > _rank(chosen, index):
                chosen = r
    elif acc:
        chosen = min(acc, key=lambda a: abs(a.np_start - cand_start))
    elif post:
        chosen = post[0]
    return chosen


# fallback quote detection where no Quote records were given
_QUOTE_OPEN = {"\u201c": "\u201d", '"': '"', "\u2018": "\u2019", "'": "'"}


def _quote_spans_fallback(text: str, p0: int, p1: int) -> list[tuple[int, int]]:
    spans = []
    for opener, closer in (("\u201c", "\u201d"), ('"', '"'), ("\u2018", "\u2019"), ("'", "'")):
        pos = p0
        while True:
            s = text.find(opener, pos, p1)
            if s < 0:
                break
            if opener in ("'", "\u2018") and s > p0 and (text[s - 1].isalnum()):
                pos = s + 1
                continue
            e = s + 1
            while True:
                e = text.find(closer, e, p1)
                if e < 0:
                    break
                if closer in ("'", "\u2019") and e + 1 < p1 and text[e + 1].isalnum():
                    e += 1
                    continue
                break
            if e < 0:
                break
            if e - s > 20:
                spans.append((s, e + 1))
            pos = e + 1
        if spans:
            break
    return spans


def _quote_fallback_attrib(text: str, qs: int, qe: int, para_end: int, index: _Index, speakers: _Speakers,
                           para_start: int, orgs: "_Orgs") -> _Attrib | None:
    def _name_for(np, a, b, index, speakers, text):
        return _link(np, a, b, index, speakers, orgs, text)

    after = text[qe:min(para_end, qe + 200)]
    m = re.match(r"\s*,?\s*((?:[^,.;:\"\u201c\u201d(]|\.(?=[A-Za-z])|(?<=\b[A-Z])\.\s(?=[A-Z]))+?)\s+(?P<verb>" + _SAY_VERBS + r")\b",
                 after, re.IGNORECASE)
    if m and _valid_np(m.group(1).strip()):
        np = m.group(1).strip()
        np_start = qe + m.start(1)
        name, eid = _name_for(np, np_start, np_start + len(np), index, speakers, text)
        return _Attrib(name, m.group("verb"), np_start, np_start + len(np), eid, kind="quote", linked=True)
    m = re.match(r"\s*,?\s*(?P<verb>said|says|added|wrote|told)\s+((?:[^,.;:\"\u201c\u201d(]|\.(?=[A-Za-z])|(?<=\b[A-Z])\.\s(?=[A-Z]))+)", after)
    if m:
        np = re.split(r"\s+(?:on|in|at|who|which|last|earlier)\s+", m.group(2))[0].strip()
        if _valid_np(np):
            np_start = qe + m.start(2)
            name, eid = _name_for(np, np_start, np_start + len(np), index, speakers, text)
            return _Attrib(name, m.group("verb"), np_start, np_start + len(np), eid, kind="quote", linked=True)
    before = text[max(para_start, qs - 150):qs]
    m = re.search(r"([^,.;:\"\u201c\u201d]+?)\s+(?P<verb>" + _SAY_VERBS + r")\s*[,:]?\s*$", before, re.IGNORECASE)
    if m and _valid_np(m.group(1).strip()):
        np = m.group(1).strip()
        np_start = qs - len(before) + m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        name, eid = _name_for(np, np_start, np_start + len(np), index, speakers, text)
        return _Attrib(name, m.group("verb"), np_start, np_start + len(np), eid, kind="quote", linked=True)
    return None


# ---------------------------------------------------------------- as_of

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


# ---------------------------------------------------------------- main

def extract_figures(
    text: str,
    article_id: str,
    published: date | None,
    entities: Sequence[Entity] = (),
    quotes: Sequence[Quote] = (),
) -> list[Figure]:
    """Numeric claims in ``text`` as contract ``Figure`` records, in text order."""
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
        if subj is None and prev is not None and prev.subject and re.fullmatch(
                r"\s*(?:,\s*)?(?:and|as\s+well\s+as|plus|along\s+with)\s+", text[prev.end_char:cand.start]):
            subj = _EntityName(prev.subject)  # "Russia launched 43 drones and four missiles"
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
    return figures


_CURRENCY_NOUNS = {"dollars": "usd", "dollar": "usd", "euros": "eur", "euro": "eur", "won": "krw", "yen": "jpy",
                   "yuan": "cny", "rubles": "rub", "roubles": "rub", "rupees": "inr", "hryvnias": "uah",
                   "kronor": "sek", "kroner": "nok"}
_WEAK_HEADS = frozenset("more others additional extra sent planned expected deployed follow follows arrived "
                        "remain remained".split())
_KEEP_PARTICIPLES = frozenset("killed wounded injured displaced evacuated arrested detained rescued missing "
                              "infected confirmed registered".split())
_CURRENCY_UNITS = frozenset("usd eur gbp krw rub jpy cny inr uah chf aud cad hkd nzd sgd sek nok dkk".split())
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
