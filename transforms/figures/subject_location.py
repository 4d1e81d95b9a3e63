"""Figures, subject and location: the entity the counted thing belongs to, the place the figure is
about, and the anaphoric numbers ("the two countries") that are references back, not claims."""

from __future__ import annotations

import re
from typing import Sequence

from transforms.records import Entity
from transforms.figures._common import _Cand, _Index
from transforms.figures.units import _UnitResult
from transforms.figures.vocabulary import ELECTION_WORDS, _SAY_RE

_LOC_PREP_RE = re.compile(
    r"(?:(?<![\w-])(?P<prep>in|inside|at|near|across|throughout|through|into|within|outside|on|around|to|toward|"
    r"towards|along|over|off|hit|hits|struck|strikes|battered|ravaged|rocked|shook|swept|pounded|reached|reach|"
    r"reaches|reaching|entered|enter|enters|entering)\s+"
    r"(?:the\s+|an?\s+)?(?:(?:[a-z]+\s+){1,2}of\s+(?:the\s+)?)?"
    r"|(?<![\w-])(?P<ofplace>port|city|town|village|region|province|capital|outskirts|coast|island)\s+of\s+)"
    r"(?:(?:[a-z]+ern|eastern|western|southern|northern|central|occupied|embattled|north|south|east|west|"
    r"northeast|northwest|southeast|southwest|"
    r"besieged|frontline|front-line|border|region|city|town|province|village|area|port|capital|"
    r"front\s+line|outskirts|oblast|district|skies|part|parts|regions|cities|towns|villages|areas|"
    r"provinces|coast|of|the)\s+)*$",
    re.IGNORECASE,
)


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
    r"inside|within|outside|between|and)\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|"
    r"south-?east|south-?west)(?:ern)?\s+)?$",
    re.IGNORECASE,
)


_SUBJECT_TYPES = {"GPE", "NORP", "ORG"}
_LOCATION_TYPES = {"GPE", "LOC"}


_COMPETITION_UNITS = frozenset({"votes", "electoral votes", "seats", "goals", "points", "runs", "wickets",
                                "appearances", "caps", "assists", "starts", "matches", "wins", "trophies",
                                "medals", "titles", "delegates"})
_WIN_VERBS = frozenset("won wins win earned earns scored scores received receives got gets took takes secured "
                       "made makes played plays "
                       "secures collected collects claimed claims polled polls captured captures".split())
# "Shares of Nvidia fell 3.2%", "shares in IAG jumped": the company the price move or metric belongs to
# (and "Revenue at Siemens rose 5%", "net profit at the bank fell", "exports from Germany rose")
_METRIC_OF_RE = re.compile(
    r"(?<![\w-])(?:shares|stock|stocks|share\s+price|(?:net\s+|operating\s+|pre-tax\s+|pretax\s+)?(?:revenue|revenues|"
    r"sales|profit|profits|earnings|income|loss|losses|output|production|deliveries|orders|turnover))\s+"
    r"(?:of|in|at|for)\s+(?:the\s+)?$", re.IGNORECASE)
_PRICE_MOVE_GAP_RE = re.compile(r"\s+(?:[a-z]+|[$\u20ac\u00a3]?[\d.,]+%?)(?:\s+(?:[a-z]+|[$\u20ac\u00a3]?[\d.,]+%?)){0,6}\s+")
# "South Korea's exports rose 12.7 percent", "Petronas Dagangan Bhd's net profit rose to":
# the possessor of the measured quantity, the subject of a change verb
_POSSESSED_CHANGE_RE = re.compile(
    r"^(?:'s|\u2019s|'|\u2019)\s+(?:[a-z][\w-]*\s+){1,3}(?:(?:for|in)\s+(?:the\s+)?[A-Za-z][\w-]*\s+)?(?:rose|fell|jumped|climbed|dropped|slipped|slid|gained|grew|"
    r"shrank|increased|decreased|declined|surged|soared|plunged|tumbled|edged|reached|hit|totalled|totaled|"
    r"stood|was|were|came|"
    # a forecast of the possessed quantity: "Spain's olive oil output is expected to reach about"
    r"(?:(?:is|are|was|were)\s+(?:expected|forecast|projected|estimated|likely|set|due|poised)\s+to|will|would|"
    r"could|may|might)\s+(?:rise|fall|reach|hit|total|top|exceed|climb|drop|grow|shrink|increase|decrease|"
    r"decline|be|remain|stay|surpass))\s+(?:(?:up|down|by|to|at|in|a|an|record|about|around|nearly|almost|some|"
    r"more\s+than|less\s+than|over|under)\s+)*$")
# "The Reserve Bank of India cut its key repo rate by 25 basis points": the owner of "its"
_OWN_OBJECT_RE = re.compile(
    r"^\s+(?:[a-z]+\s+)?[a-z]+(?:ed|s|t)?\s+(?:its|their)\s+(?:[\w-]+\s+){1,4}(?:by|to|at|from)\s+"
    r"(?:(?:about|around|nearly|almost|some|more\s+than|less\s+than)\s+)?$")


# "15 Premier League appearances", "three World Cup titles": a competition inside the counted
# phrase says where the count was made, not whose it is
_COMPETITION_NAME_RE = re.compile(
    r"\b(?:League|Cup|Championships?|Series|Open|Games|Olympics|Tour|Trophy|Grand\s+Prix|Premiership|"
    r"Bundesliga|Liga|Ligue\s+1|Serie\s+A|Conference|Slam)$")


def _owner_inside(e: Entity, currency: bool) -> bool:
    return (e.type in _SUBJECT_TYPES and not (currency and e.type == "NORP")
            and not (e.type == "ORG" and _COMPETITION_NAME_RE.search(e.name)))


# "The CDU won Sunday's state election with 31.4 percent of the vote", "The SPD slumped to 24.9
# percent", "the CDU will have 37 of the 101 seats": in an election story a party's or candidate's
# share is the party's (the clause's subject, across the verb and its complements)
_VOTE_CONTEXT_RE = re.compile(r"\b(?:" + ELECTION_WORDS + r"|vote|votes|polls?|seats|runoff|run-off)\b", re.IGNORECASE)
_RESULT_ADVERB = r"(?:(?:nearly|almost|also|only|just|narrowly|comfortably|easily|again)\s+)?"
_RESULT_VERBS = (
    r"(?:won|wins|took|takes|got|gets|polled|polls|received|secured|garnered|captured|slumped|fell|dropped|rose|"
    r"climbed|jumped|slipped|surged|plunged|doubled|tripled|increased|improved|finished|came|led|leads|trailed|"
    r"(?:will|would)\s+(?:have|hold|get|take|win)|has|had|holds|held)\b")
_RESULT_VERB_RE = re.compile(r"^\s+" + _RESULT_ADVERB + _RESULT_VERBS + r"(?P<rest>(?:\s+[\w'\u2019-]+){0,9}?)\s+$")
# "The SPD of outgoing premier Marlene Kessler slumped": the name's "of" complement, up to the verb
_OF_COMPLEMENT_RE = re.compile(r"\s+of\s+(?:[\w'\u2019-]+\s+){1,5}?(?=" + _RESULT_ADVERB + _RESULT_VERBS + ")")
_LEADER_OF_RE = re.compile(r"\bof\s+(?:[a-z-]+\s+){0,2}(?:premier|leader|chancellor|president|candidate|"
                           r"minister|governor|mayor|chairman|chairwoman|chair)\s+$")
_VOTE_REACH = 1500
_VOTE_UNITS = frozenset({"percent", "seats", "votes", "percentage points", "share"})


def _vote_owner(text: str, cand: _Cand, unit: _UnitResult, index: _Index, sent_start: int) -> Entity | None:
    if unit.unit not in _VOTE_UNITS or cand.currency:
        return None
    # this paragraph and the one before it, at most _VOTE_REACH back (text with no paragraph
    # breaks must not be scanned again for every figure)
    lo = max(0, cand.start - _VOTE_REACH)
    this_paragraph = text.rfind("\n\n", lo, sent_start)
    previous = text.rfind("\n\n", lo, this_paragraph) if this_paragraph > lo else -1
    if not _VOTE_CONTEXT_RE.search(text, max(lo, previous), min(len(text), cand.start + 200)):
        return None
    for e in reversed(index.ending_in(max(sent_start, cand.start - 120), cand.start)):
        if e.type not in ("ORG", "PERSON"):
            continue
        if e.type == "PERSON" and _LEADER_OF_RE.search(text, max(0, e.start_char - 40), e.start_char):
            continue  # "The SPD of outgoing premier Marlene Kessler slumped": the party's share
        gap = text[e.end_char:cand.start]
        if re.search(r"[;:\"\u201c\u201d]|,\s+(?:while|whereas|but|and|as)\s|\b(?:said|says|according)\b", gap):
            return None
        if e.type == "ORG":
            m = _OF_COMPLEMENT_RE.match(gap)
            if m:
                gap = gap[m.end() - 1:]
        vm = _RESULT_VERB_RE.match(gap)
        if vm is None:
            return None
        if re.search(r"\b(?:to|than|over|behind|against|from)\s+[A-Z]", vm.group("rest")):
            return None  # "lost to Lopez", "ahead of the SPD": another's share may follow
        return e
    return None


_INTENT_RE = re.compile(r"\s(?:plans|planned|aims|aimed|expects|expected|wants|wanted|intends|intended|hopes|"
                        r"hoped|(?:is|are|was|were)\s+(?:set|expected|due|poised|preparing))\s+to\s+(?=[a-z])")


def _subject(text: str, cand: _Cand, unit: _UnitResult, index: _Index, sent_start: int) -> Entity | None:
    currency = bool(cand.currency)
    # inside the phrase ("8 billion Danish crowns": a nationality that names the currency is no owner)
    for e in unit.skipped_entities:
        if _owner_inside(e, currency):
            return e
    for e in index.starting_in(cand.start, unit.end):
        if e.end_char <= unit.end and _owner_inside(e, currency):
            return e
    lo = max(sent_start, cand.start - 90)
    for e in reversed(index.ending_in(lo, cand.start)):
        if e.type not in ("ORG", "GPE", "PERSON"):
            continue
        gap = text[e.end_char:cand.start]
        if _POSSESSED_CHANGE_RE.match(gap) and e.type != "PERSON":
            return e
        if e.type == "ORG" and _OWN_OBJECT_RE.match(gap):
            return e
        if e.type == "ORG" and _METRIC_OF_RE.search(text, max(sent_start, e.start_char - 20), e.start_char) and \
                _PRICE_MOVE_GAP_RE.fullmatch(gap):
            return e
        break
    # possessive before: "Pyongyang's 10,000 soldiers"
    before = text[max(sent_start, cand.start - 6):cand.start]
    pm = re.search(r"(?:'s|\u2019s|'|\u2019)\s+$", before)
    if pm:
        pos = cand.start - (len(before) - pm.start())
        for e in index.ending_in(pos, pos):
            if e.type in _SUBJECT_TYPES | {"PERSON"}:
                return e
    # after: "troops from North Korea", "soldiers of the DPRK", "rockets fired by Hezbollah"
    after = text[unit.end:unit.end + 30]
    am = re.match(r"\s+(?:from|of|(?:fired|launched|sent|deployed|supplied|shipped|operated|owned)\s+by)\s+"
                  r"(?:the\s+)?", after)
    if am and unit.head_end is not None:
        e = index.starting_at(unit.end + am.end())
        if e is not None and e.type in _SUBJECT_TYPES:
            return e
    owner = _vote_owner(text, cand, unit, index, sent_start)
    if owner is not None:
        return owner
    # clause subject: "North Korea has sent 11,000 troops", "Russia fired 40 missiles",
    # "Trump won 312 electoral votes"
    lo = max(sent_start, cand.start - 70)
    for e in reversed(index.ending_in(lo, cand.start)):
        if e.type == "PERSON" and (unit.unit in _COMPETITION_UNITS or currency):
            gw = text[e.end_char:cand.start].split()
            if 1 <= len(gw) <= 2 and gw[-1] in _WIN_VERBS | _AUX and gw[0] in _WIN_VERBS | _AUX:
                return e  # "Trump won 312 electoral votes", "Sinner earned £3 million"
            break
        if e.type not in ("GPE", "ORG", "NORP"):
            continue
        gap = text[e.end_char:cand.start]
        if e.type == "NORP":
            gm = re.match(r"\s+(?:army|military|forces|navy|air\s+force|government|regime|authorities|leadership|"
                          r"side|troops|units|company|companies|firms|state)\b", gap)
            if not gm:
                continue
            gap = gap[gm.end():]
        gap = _INTENT_RE.sub(" ", gap)  # "Apple plans to cut about 600 jobs": Apple cuts them
        gw = gap.split()
        if _SUBJ_VERB_GAP_BAD.search(gap) or len(gw) > 5 or len(gw) < 1:
            break
        if any(not w[:1].islower() for w in gw) or not (
            gw[0] in _AUX or gw[0].endswith(("ed", "s")) or gw[0] in _SUBJ_VERBS
        ):
            break
        pre = text[max(sent_start, e.start_char - 24):e.start_char]
        if _PREP_BEFORE_ENTITY.search(pre):
            break
        if re.match(r"(?:'s|\u2019s)", text[e.end_char:e.end_char + 3]):
            break
        if e.type == "PERSON":
            break
        return e
    return None


# a place before the figure, across "and then", ", backed by", a dash or "and that" (a second
# reported clause: "... reached Vladivostok and that Pyongyang planned to send 12,000"), is another event's
_LOC_BARRIER_RE = re.compile(r"(?<![\w-])(?:and\s+then|then|and\s+that)(?![\w-])|,\s+[a-z]+ed\s+by\b|\u2014")


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


_GLOBAL_AFTER_RE = re.compile(r"\s*(?:worldwide|globally|world-wide|around\s+the\s+(?:world|globe)|"
                              r"across\s+the\s+(?:world|globe))\b", re.IGNORECASE)
_NEW_CLAUSE_RE = re.compile(r",\s+(?:with|while|whereas|but)\s", re.IGNORECASE)


# "in Irish hospitals", "in German waters", "across Spanish farms": a country's adjective before a
# noun of places or things (not of people: "in Russian troops") says the country
_NATIONAL_PLACE_RE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:hospitals|schools|waters|territory|airspace|ports|cities|towns|villages|prisons|"
    r"airports|farms|universities|homes|households|stores|shops|banks|courts|streets|regions|provinces|"
    r"states|counties|soil|mainland|coastline|coast|seas)\b")


def _national_place(text: str, e: Entity) -> bool:
    return e.type == "NORP" and e.entity_id.startswith("country:") and bool(_NATIONAL_PLACE_RE.match(text, e.end_char))


def _location(text: str, cand: _Cand, unit: _UnitResult, index: _Index, sent: tuple[int, int],
              subject: Entity | None, avoid: Sequence[tuple[int, int]] = ()) -> Entity | None:
    s0, s1 = sent
    lo = unit.end
    hi = min(s1, lo + 160)
    if _GLOBAL_AFTER_RE.match(text, lo, hi):
        return None  # "sold 1.04 million vehicles worldwide": no one place
    for e in index.starting_in(lo, hi):
        if e.end_char > s1 or e.type not in _LOCATION_TYPES and not _national_place(text, e):
            continue
        if any(a <= e.start_char < b for a, b in avoid):
            break  # "lawmakers in Seoul said": where the claimant is, not the figure
        gap = text[lo:e.start_char]
        if _NEW_CLAUSE_RE.search(gap):
            break  # "..., with sales in the United States rising 10 percent": another figure's place
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
        return _inner_place(text, e, index) or e  # "in Russia's Kursk region": the more specific place
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
        if not initial and (_LOC_BARRIER_RE.search(gap) or _NEW_CLAUSE_BEFORE_RE.search(gap) or (
                re.search(r"(?<![\w-])that(?![\w-])", gap) and _SAY_RE.search(text[max(s0, e.start_char - 40):e.start_char]))):
            continue
        best = _inner_place(text, e, index) or e  # "Floods in Pakistan's Punjab province have affected"
    if best is None and _opening_place_applies(unit, cand):
        best = _opening_place(text, cand, index, s0, subject, avoid)
    return best


def _inner_place(text: str, e: Entity, index: _Index) -> Entity | None:
    """The place right after a place's possessive: "Russia's Kursk region", "Taiwan's Hualien County"."""
    if not re.match(r"(?:'s|\u2019s)\s", text[e.end_char:e.end_char + 4]):
        return None
    return next((n for n in index.starting_in(e.end_char + 3, e.end_char + 5) if n.type in _LOCATION_TYPES), None)


# a place before ", while ..." is the first clause's: "hit 46.3C in Seville province on Tuesday, while
# the Portuguese village of Amareleja recorded 46.6 degrees"
_NEW_CLAUSE_BEFORE_RE = re.compile(r",\s+(?:while|whereas|but)\s|;")


# "India's Sensex jumped 1,083 points", "Turkey's central bank raised its rate by 350 basis
# points", "UK consumer price inflation rose to 3.4%": the place that opens the sentence and owns
# the measured thing is where the figure is, unless a speaker follows ("Taiwan's ministry said")
_OPENING_GAP_BAD_RE = re.compile(
    r"[;\"\u201c\u201d]|,\s+(?:while|whereas|but|and|as|with)\s|\b(?:said|says|told|according|claimed|reported)\b")
_OPENING_FORM_RE = re.compile(
    r"(?:'s|\u2019s)\s+(?:(?:new|main|biggest|largest|benchmark|key|blue-chip|national|state|federal|central)\s+)*"
    r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\b|(?:central\s+)?bank\b|stock\s+market|markets?\b|index\b|inflation\b|"
    r"unemployment\b|jobless\s+rate|economy\b|house\s+prices|property\s+market|line\b|railway\b|airport\b|"
    r"port\b|metro\b|subway\b|grid\b|bond\s+yields?)|\s+(?:[a-z][\w-]*\s+){1,4}(?:rose|fell|eased|jumped|climbed|dropped|slipped|slid|"
    r"gained|grew|shrank|increased|decreased|declined|surged|soared|plunged|tumbled|edged|accelerated|slowed|"
    r"cooled|quickened|stood|was|hit|reached)\b")
_OPENING_UNITS = frozenset({"percent", "percentage points", "basis points", "points", "share"})
_MEASURE_WORDS = frozenset("km m cm mm miles kilometres kilometers stops stations km/h mph w kw mw gw gwh twh "
                           "tonnes hectares acres".split())


def _opening_place(text: str, cand: _Cand, index: _Index, s0: int, subject: Entity | None,
                   avoid: Sequence[tuple[int, int]]) -> Entity | None:
    for e in index.starting_in(s0, min(cand.start, s0 + 5)):
        if e.type not in _LOCATION_TYPES or e.end_char >= cand.start or text[s0:e.start_char].strip() not in ("", "The"):
            return None
        if subject is not None and e.entity_id == subject.entity_id:
            return None  # "South Korea's exports rose 7.1 percent": the owner, said as the subject
        if any(a <= e.start_char < b for a, b in avoid):
            return None
        gap = text[e.end_char:cand.start]
        if not _OPENING_FORM_RE.match(gap) or _OPENING_GAP_BAD_RE.search(gap) or len(gap.split()) > 12:
            return None
        return e
    return None


def _opening_place_applies(unit: _UnitResult, cand: _Cand) -> bool:
    """Economic and infrastructure measures only: a count of people, soldiers or weapons after a
    country that opens the sentence is that country's own (or its victims'), not a place's."""
    return bool(cand.currency) or unit.unit in _OPENING_UNITS or unit.unit in _MEASURE_WORDS
