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
    ("new", "energy", "vehicles"): "new energy vehicles",  # the industry's term (NEVs)
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
    combat-ready uniformed mechanised mechanized motorized airborne amphibious
    ethnic displaced internally newly recently just only roughly nearly some
    northern southern eastern western northeastern northwestern southeastern southwestern central coastal
    rural urban neighbouring neighboring large small big huge major
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
# words of an election story (an alternation for a word-bounded group): discourse.py and
# subject_location.py each add the words their own test needs
ELECTION_WORDS = r"elections?|voters|ballots?|turnout|referendum|electoral"

# A claimant that changes its own forecast states the new figure: "Analysts at Goldman Sachs cut
# their Brent forecast ... to $62", "the bank raised its growth estimate to 2.1%".
_CHANGE_VERBS = ("cut", "cuts", "raised", "raises", "lowered", "lowers", "trimmed", "trims", "lifted", "lifts",
                 "revised", "revises", "upgraded", "upgrades", "downgraded", "downgrades")
_CHANGE_CUE = (r"(?:" + "|".join(_CHANGE_VERBS) + r")\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+){0,3}?"
               r"(?:forecasts?|estimates?|outlook|guidance|targets?|projections?)")
# "government statistics show", "NHS England figures show": the source of the data states it
# (attribution keeps these only after a data noun)
_SHOW_VERBS = r"show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated|found|finds"
_SAY_RE = re.compile(r"(?<![\w-])(?P<verb>" + _SAY_VERBS + r"|" + _SHOW_VERBS + r"|" + _CHANGE_CUE + r")(?![\w-])",
                     re.IGNORECASE)
# first words of every _SAY_RE alternative (the keyword pass and the pre-filter look for these)
SAY_FIRST_WORDS = ([v.split("\\")[0] for v in _SAY_VERBS.split("|")] + _SHOW_VERBS.split("|")
                   + list(_CHANGE_VERBS))
_SAY_FIRST = _word_start_re(SAY_FIRST_WORDS)


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


# ---------------------------------------------------------------- measures
#
# Units of measure after a number, normalized without converting the value ("5 miles" stays 5
# miles): metric and electrical units as their lower-case symbol (km, m, km2, km/h, kg, mw, gwh,
# gb), imperial ones and land areas as plural words (miles, feet, inches, gallons, acres,
# hectares, tonnes), temperatures as degrees_c / degrees_f, or degrees when no scale is named.
# Each surface is (written form, unit, where): "g" glued to the digits only ("38C", "5m"), "s"
# after a space only, "b" both. Symbols are matched in their case ("MW", "kg"); words in any case.
_MEASURE_TABLE: list[tuple[str, str, str]] = []
for _unit, _glued, _both, _words in [
    # unit, glued-only symbols, symbols glued or spaced, words (spaced, any case)
    ("km", "", "km kms", "kilometres kilometers kilometre kilometer"),
    ("m", "", "m", "metres meters metre meter"),
    ("cm", "", "cm", "centimetres centimeters centimetre centimeter"),
    ("mm", "", "mm", "millimetres millimeters millimetre millimeter"),
    ("km2", "", "km2 km\u00b2 sq_km", "square_kilometres square_kilometers square_kilometre square_kilometer "
                                     "square_km"),
    ("m2", "", "m2 m\u00b2 sq_m", "square_metres square_meters square_metre square_meter"),
    ("square miles", "", "sq_mi", "square_miles square_mile"),
    ("square feet", "", "sq_ft", "square_feet square_foot"),
    ("m3", "", "m3 m\u00b3", "cubic_metres cubic_meters cubic_metre cubic_meter"),
    ("km/h", "", "km/h kph kmh km/hr", "kilometres_per_hour kilometers_per_hour kilometres_an_hour "
                                       "kilometers_an_hour km_per_hour km_an_hour"),
    ("mph", "", "mph", "miles_per_hour miles_an_hour"),
    ("m/s", "", "m/s", "metres_per_second meters_per_second"),
    ("knots", "", "", "knots"),
    ("miles", "", "", "miles mile nautical_miles"),
    ("feet", "", "ft", "feet foot"),
    ("inches", "", "", "inches inch"),
    ("yards", "", "yds", "yards yard"),
    ("kg", "", "kg kgs", "kilograms kilogrammes kilogram kilogramme kilos kilo"),
    ("g", "", "", "grams grammes gram gramme"),
    ("mg", "", "mg", "milligrams milligrammes milligram"),
    ("tonnes", "", "", "tonnes tonne metric_tons metric_tonnes metric_ton"),
    ("tons", "", "", "tons ton short_tons"),
    ("pounds", "", "lbs lb", ""),
    ("ounces", "", "oz", "ounces ounce"),
    ("l", "", "", "litres liters litre liter"),
    ("ml", "", "ml", "millilitres milliliters"),
    ("gallons", "", "", "gallons gallon"),
    ("hectares", "", "ha", "hectares hectare"),
    ("acres", "", "", "acres acre"),
    ("w", "", "W", "watts watt"),
    ("kw", "", "kW KW kw", "kilowatts kilowatt"),
    ("mw", "", "MW", "megawatts megawatt"),
    ("gw", "", "GW", "gigawatts gigawatt"),
    ("tw", "", "TW", "terawatts terawatt"),
    ("wh", "", "Wh", "watt-hours watt_hours"),
    ("kwh", "", "kWh KWh kwh", "kilowatt-hours kilowatt_hours kilowatt-hour kilowatt_hour"),
    ("mwh", "", "MWh", "megawatt-hours megawatt_hours megawatt-hour megawatt_hour"),
    ("gwh", "", "GWh", "gigawatt-hours gigawatt_hours gigawatt-hour gigawatt_hour"),
    ("twh", "", "TWh", "terawatt-hours terawatt_hours terawatt-hour terawatt_hour"),
    ("kb", "", "KB kB", "kilobytes"),
    ("mb", "", "MB", "megabytes megabyte"),
    ("gb", "", "GB", "gigabytes gigabyte"),
    ("tb", "", "TB", "terabytes terabyte"),
    ("pb", "", "PB", "petabytes petabyte"),
    ("ghz", "", "GHz", "gigahertz"),
    ("mhz", "", "MHz", "megahertz"),
    ("degrees_c", "C \u00b0C", "\u00b0C \u2103", "degrees_Celsius degrees_centigrade degrees_C deg_C Celsius"),
    ("degrees_f", "F \u00b0F", "\u00b0F \u2109", "degrees_Fahrenheit degrees_F deg_F Fahrenheit"),
    ("degrees", "\u00b0", "", "degrees degree"),
    ("basis points", "", "bps bp", "basis_points basis_point"),
]:
    for _s in _glued.split():
        _MEASURE_TABLE.append((_s, _unit, "g"))
    for _s in _both.split():
        _MEASURE_TABLE.append((_s.replace("_", " "), _unit, "b"))
    for _s in _words.split():
        _MEASURE_TABLE.append((_s.replace("_", " "), _unit, "s"))
# surface -> unit: glued symbols and spaced symbols in their case, spaced words in lower case
_MEASURE_GLUED: dict[str, str] = {}
_MEASURE_SPACED: dict[str, str] = {}
_MEASURE_SPACED_WORDS: dict[str, str] = {}
for _s, _u, _where in _MEASURE_TABLE:
    if _where in "gb":
        _MEASURE_GLUED[_s] = _u
    if _where == "b":
        _MEASURE_SPACED[_s] = _u
    if _where == "s":
        _MEASURE_SPACED_WORDS[_s.lower()] = _u
_MEASURE_UNITS = frozenset(u for _, u, _ in _MEASURE_TABLE)
# distances that also name a race ("the 100 metres", "the 1,500m")
_RACE_UNITS = frozenset({"m", "km", "miles", "yards"})
# the first word of each spaced surface, for a quick rejection
_MEASURE_FIRST_SPACED = frozenset(s.split()[0] for s in _MEASURE_SPACED)
_MEASURE_FIRST_WORDS = frozenset(s.split()[0] for s in _MEASURE_SPACED_WORDS)
# up to three words after a number: a symbol glued to it or the words after one space
_MEASURE_W1 = r"(?P<sp>[ \u00a0])?(?P<w1>[\u00b0\u2103\u2109][CF]?|[A-Za-z][A-Za-z\u00b2\u00b3]*(?:[/-][A-Za-z]+)?\d?)"
_MEASURE_FIRST_RE = re.compile(_MEASURE_W1)
_MEASURE_TOKENS_RE = re.compile(
    _MEASURE_W1 +
    r"(?:[ \u00a0](?P<w2>[A-Za-z][A-Za-z-]*))?(?:[ \u00a0](?P<w3>[A-Za-z]+))?"
)
# after a measure, words that keep it a quantity ("6 metres long", "20 km north of", "per hour");
# any other lower-case word makes it an adjective ("170mm self-propelled guns", "a 300 MW plant")
_MEASURE_AFTER_OK = frozenset(
    """long high tall deep wide thick away apart across below above ahead behind beneath under
    north south east west northeast northwest southeast southwest northward southward offshore inland
    underground overhead upstream downstream further farther more less lower higher short shy
    fell rose fall falls dropped reached hit poured""".split()
)
_WORD_AFTER_RE = re.compile(r"[ \u00a0]+(?P<w>[a-z][a-z'-]*)")


def _measure_at(text: str, pos: int) -> tuple[str, int, bool] | None:
    """The unit of measure right after a number ending at ``pos``: (unit, end, adjective), where
    adjective says that a noun follows the measure ("170mm self-propelled guns"), so that it
    describes the noun rather than stating a quantity. None when no measure follows."""
    m = _MEASURE_FIRST_RE.match(text, pos)
    if m is None:
        return None
    spaced = m.group("sp") is not None
    w1 = m.group("w1")
    if not (w1 in _MEASURE_FIRST_SPACED or w1.lower() in _MEASURE_FIRST_WORDS) if spaced else w1 not in _MEASURE_GLUED:
        return None  # most numbers: "troops", "people"
    m = _MEASURE_TOKENS_RE.match(text, pos)
    words = [w for w in m.group("w1", "w2", "w3") if w]
    unit = None
    for k in range(len(words), 0, -1):
        surface = " ".join(words[:k])
        unit = _MEASURE_SPACED.get(surface) or _MEASURE_SPACED_WORDS.get(surface.lower()) if spaced else (
            _MEASURE_GLUED.get(surface) if k == 1 else None)
        if unit is not None:
            end = m.end("w" + str(k))
            break
    if unit is None:
        return None
    if end < len(text) and (text[end].isalnum() or text[end] in "\u00b2\u00b3/"):
        return None  # "5 mi2", "3 Wh/kg": not a measure we read
    w = _WORD_AFTER_RE.match(text, end)
    adjective = w is not None and w.group("w") not in _STOP and w.group("w") not in _MEASURE_AFTER_OK
    return unit, end, adjective
