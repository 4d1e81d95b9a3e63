"""Figures, shared vocabulary: the unit vocabulary, the word lists, and the regexes more than one stage uses.

``UNIT_VOCABULARY`` maps a counted noun to its normalized unit (see the package docstring);
``_SAY_RE`` (say-verbs) and ``_ASOF_RE`` (time expressions) are scanned by attribution, location
and as_of alike."""

from __future__ import annotations

import calendar
import re

from transforms.numbers import _word_start_re

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


# time expressions: as_of (dates.py), scanned through _common._WindowScans
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
