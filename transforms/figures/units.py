"""Figures, units: what a candidate counts (``_find_unit``), from the words after it, a death or
capture verb around it, or a "death toll"/"force of"-style context before it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from transforms.records import Entity
from transforms.figures._common import _Cand, _Index
from transforms.figures.vocabulary import (UNIT_VOCABULARY, _MEASURE_SPACED_WORDS, _MODIFIERS, _MULTI_BY_FIRST, _PEOPLEISH,
                                          _STOP, _TIME_UNITS, _measure_at)

_TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}|[A-Z][A-Za-z]*-\d+\w*|[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'\u2019-]*|\d[\d,.]*\d|\d|[^\sA-Za-z\d\u00C0-\u024F]"
)
_POST_DEATH_RE = re.compile(
    r"^\s+(?:who\s+)?(?:(?:were|was|(?:have|had|has)(?:\s+(?:now|also|reportedly|since|all|already))?\s+been|are|is|"
    r"being|got|had|have|remain|remained|remains)\s+)?"
    r"(?:(?:reportedly|also|allegedly|confirmed|now|since|all|already|still|believed\s+to\s+have\s+been|"
    r"feared|presumed|thought\s+to\s+have\s+been|said\s+to\s+have\s+been)\s+)*"
    r"(?P<v>(?:killed|dead)\s+(?:or|and)\s+(?:wounded|injured)|killed|dead|died|perished|wounded|injured|hurt|"
    r"lost\s+their\s+lives|missing|unaccounted\s+for|displaced|evacuated|arrested|detained|rescued|injured|"
    r"captured|taken\s+(?:prisoner|captive|alive)|treated\s+for\s+(?:burns|injuries|wounds|gunshot\s+wounds))\b",
    re.IGNORECASE,
)
# a harm verb a few words after the counted noun, with its auxiliary: "2,000 of the soldiers sent last year
# have been killed", "12 soldiers from the brigade were killed" (not "troops sent to replace those killed")
_POST_DEATH_FAR_RE = re.compile(
    r"^(?:\s+(?!(?:and|or|but|while|who|which|that|whom|said|says|to)\b)[A-Za-z][\w'-]*){1,4}?"
    r"\s+(?:(?:were|was|(?:have|had|has)(?:\s+(?:now|also|reportedly|since|all|already))?\s+been)\s+"
    r"(?:(?:reportedly|also|allegedly|now|since|all|already|later)\s+)?(?=killed|wounded|injured|hurt)|(?=died|perished))"
    r"(?P<v>killed|wounded|injured|hurt|died|perished)\b",
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
    r"(?P<force>force|contingent|garrison|deployment|army)|(?P<pop>population)|"
    r"(?P<vocab>casualties|deaths|fatalities|dead|injured|wounded|"
    r"refugees|troops|soldiers|civilians|missiles|drones|shells|people))"
    r"(?:\s+[\w'\u2019-]+){0,5}?\s+"
    r"(?:at|to|of|reached|reaching|hit|hits|passed|topped|tops|exceeded|exceeds|surpassed|surpasses|"
    r"is|was|were|are|stood\s+at|stands\s+at|numbering|numbered|number|numbers|total|totals|totaling|totalling|totalled|totaled|"
    r"climbed\s+to|rose\s+to|jumped\s+to|increased\s+to|grew\s+to|reached|now)\s+$",
    re.IGNORECASE,
)
_NEGATED_BEFORE_RE = re.compile(r"(?<![\w-])(?:[Nn]one|[Nn]either|[Nn]o\s+one)\s+of\b[^.;:!?]*$")
_COMPOUND_AFTER_RE = re.compile(r"^[-\u2013](?P<w>[A-Za-z]+)")
_HEDGES_BEFORE_TOTAL = frozenset("about around some nearly almost roughly approximately over".split())


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
    if cand.measure:
        measure = _measure_at(text, cand.atoms[-1].end)
        return _UnitResult(cand.measure, max(cand.end, measure[1]) if measure else cand.end)
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
        k = 2 if tokens.has(2) and tokens[1][2].lower() in _HEDGES_BEFORE_TOTAL else 1
        if tokens.has(k) and tokens[k][2][0].isdigit():
            i = k + 1  # "40 of 72 drones", "35 of about 40 rockets": the unit of the total, the text of the part
            of_number = True
        elif tokens.has(1) and tokens[1][2].lower() in ("the", "its", "their", "his", "her", "our", "those", "these",
                                                       "them", "whom", "which"):
            if tokens[1][2].lower() in ("them", "whom", "which"):
                return None
            i = 2
            if tokens.has(3) and tokens[2][2].lower().endswith(("'s", "\u2019s")) and tokens[3][2][0].isdigit():
                i = 3  # "14 of the state's 17 townships"
            if tokens.has(i) and tokens[i][2][0].isdigit():
                i += 1  # "412 of the 650 seats": the unit of the total, the text of the part
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
        if tok[0].isdigit():
            measure = _measure_at(text, e)
            if measure is not None and measure[2]:
                while tokens.has(i) and tokens[i][0] < measure[1]:
                    i += 1  # "250 170mm self-propelled guns": a calibre describes the counted noun
                steps += 1
                continue
        if not tok[0].isalpha():
            break
        if low in _STOP:
            break
        nxt = tokens[i + 1][2].lower() if tokens.has(i + 1) else ""
        nxt_wordy = bool(nxt) and nxt[0].isalpha() and nxt not in _STOP
        if (low in _MODIFIERS or "-" in low and not low.endswith("-") or (low.endswith(("ed", "ing")) and len(low) > 4)) \
                and (nxt_wordy or low in _MODIFIERS and nxt in UNIT_VOCABULARY) \
                and not (_noun_modifier(tok, low) and _plural(nxt) and nxt not in UNIT_VOCABULARY
                         and tokens[i + 1][2][0].islower()):
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
            if nxt_wordy and _plural(nxt) and tokens.has(i + 1) \
                    and tokens[i + 1][2][0].islower() and not _plural_s(low):
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
        # the windows before the figure, and before its number when a verb is its qualifier ("passed 9 million")
        lo = max(0, cand.start - 90)
        windows = [text[lo:cand.start]]
        if cand.atoms[0].start > cand.start:
            windows.append(text[lo:cand.atoms[0].start])
        for before in windows:
            ctx = _CONTEXT_UNIT_RE.search(before)
            if ctx:
                return _UnitResult(_context_unit(ctx), pos, skipped_entities=skipped)
        context = _context_only_unit(text, cand, pos, limit, windows)
        if context is not None:
            return _UnitResult(context, pos, skipped_entities=skipped)
        pre = _PRE_DEATH_RE.search(text[max(0, cand.start - 20):cand.start])
        if pre and text[pos:pos + 2].strip()[:1] in (".", ",", ";", "") and pre.group("v").lower() != "claimed":
            return _UnitResult(_death_unit(pre.group("v")) or "killed", pos, skipped_entities=skipped)
        return None
    hs, he, unit, word = head
    unit = _MEASURE_SPACED_WORDS.get(unit, unit)  # "thousands of kilometres": km
    # "two captured North Korean soldiers", "the two soldiers it has taken alive" count prisoners, not a force
    if unit in _PEOPLEISH and (_CAPTIVE_MODIFIER.search(text, pos, hs) or _CAPTIVE_RELATIVE_RE.match(text, he)):
        unit = "prisoners"
    # "12 soldiers were killed", "500 people died"; not "None of the 214 passengers and 15 crew was hurt"
    if unit not in ("killed", "wounded", "casualties"):
        pm = _POST_DEATH_RE.match(text[he:min(limit, he + 80)]) or _POST_DEATH_FAR_RE.match(text[he:min(limit, he + 80)])
        if pm and _NEGATED_BEFORE_RE.search(text, max(0, cand.start - 80), cand.start):
            pass
        elif pm:
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


# hyphenated words that describe rather than name ("Russian-made", "state-owned", "long-range")
_HYPHEN_ADJECTIVE_ENDS = tuple(
    "-made -based -owned -backed -led -run -funded -linked -affiliated -aligned -held -controlled -speaking -born "
    "-style -class -range -level -scale -term -time -old -year -long -wide -strong -sized -size -known -ranking "
    "-related -friendly -free -like -oriented -focused -bound -year-old -odd -plus".split()
)
# and those whose first part grades the noun ("long-haul aircraft", "low-income families", "high-rise buildings")
_HYPHEN_ADJECTIVE_STARTS = frozenset(
    "long short high low wide narrow medium mid middle full part large small big heavy light first second third "
    "one two three single double multi all well ill so much non pre post anti pro ex semi cross far near open "
    "close top best worst little hard soft hot cold deep".split()
)
# participles that describe rather than name ("remaining employees", "striking workers"); other -ing words
# before a plural noun name a kind of thing ("charging stations", "polling stations", "housing units")
_ING_ADJECTIVES = frozenset(
    """existing remaining surviving missing leading growing rising striking visiting waiting incoming outgoing
    emerging competing participating ruling sitting serving fighting starving dying working living attacking
    advancing retreating invading occupying defending returning departing arriving protesting demonstrating
    following operating outstanding upcoming ongoing struggling paying exporting producing neighbouring
    neighboring opposing continuing increasing declining falling booming worrying staggering whopping
    remaining wandering fleeing grieving suffering underlying corresponding""".split()
)


_IRREGULAR_PLURALS = frozenset("aircraft people children women men staff personnel police cattle sheep livestock "
                               "crew fish deer".split())


def _plural_s(word: str) -> bool:
    """Whether a lower-case word ends like a plural noun ("stations"; not "cannabis", "bus", "glass")."""
    return len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _plural(word: str) -> bool:
    """Whether a lower-case word can be a plural head noun ("stations", "aircraft")."""
    return _plural_s(word) or word in _IRREGULAR_PLURALS


def _noun_modifier(tok: str, low: str) -> bool:
    """Whether a word before a plural noun names a kind of it, so that the pair is the counted noun:
    "charging stations", "season-ticket holders", "self-propelled guns"; not "remaining employees",
    "Russian-made drones" or "state-owned companies"."""
    if low in _MODIFIERS or not tok[0].islower():
        return False
    if "-" in low:
        return not low.endswith(_HYPHEN_ADJECTIVE_ENDS) and low.split("-", 1)[0] not in _HYPHEN_ADJECTIVE_STARTS \
            and low.replace("-", "").isalpha()
    return low.endswith("ing") and low not in _ING_ADJECTIVES


# a currency named before a rate "per dollar": "The rupiah hit 16,950 per dollar", "the yen weakened past 158"
_PER_DOLLAR_RE = re.compile(r"[ \t]+(?:per|a|to\s+the|against\s+the|versus\s+the)\s+(?:U\.S\.\s+|US\s+|American\s+)?"
                            r"(?:dollar|euro|greenback)\b", re.IGNORECASE)
_RATE_CURRENCIES = {
    "rupee": "inr", "rupiah": "idr", "won": "krw", "yen": "jpy", "yuan": "cny", "renminbi": "cny", "ringgit": "myr",
    "baht": "thb", "lira": "try", "rouble": "rub", "ruble": "rub", "rand": "zar", "naira": "ngn", "peso": "mxn",
    "real": "brl", "franc": "chf", "hryvnia": "uah", "shekel": "ils", "zloty": "pln", "forint": "huf",
    "dong": "vnd", "krona": "sek", "krone": "nok", "taiwan dollar": "twd", "australian dollar": "aud",
    "canadian dollar": "cad", "singapore dollar": "sgd", "new zealand dollar": "nzd", "hong kong dollar": "hkd",
    "pound": "gbp", "sterling": "gbp", "euro": "eur",
}
_RATE_CURRENCY_RE = re.compile(
    r"(?<![\w-])(?P<c>" + "|".join(sorted((k.replace(" ", r"\s+") for k in _RATE_CURRENCIES), key=len, reverse=True))
    + r")(?![\w-])", re.IGNORECASE)
# a stock index before its level: "The S&P 500 rose 0.8% to 6,712.3", "the Hang Seng ... to 25,740"
_INDEX_RE = re.compile(
    r"(?:S&P|Nasdaq|Dow\b|FTSE|Nikkei|Topix|TOPIX|Kospi|KOSPI|Kosdaq|KOSDAQ|Hang\s+Seng|Sensex|Nifty|DAX\b|CAC\b|"
    r"STOXX|Stoxx|ASX|Straits\s+Times\s+Index|Shanghai\s+Composite|\b(?:index|indices|indexes|share\s+average)\b)")
_LEVEL_BEFORE_RE = re.compile(r"(?<![\w-])(?:to|at|of|from)\s+$")
# the counted thing named as the subject of a rise or a fall: "Chapter 11 filings rose to 694", "Chikungunya
# cases in Foshan have risen to more than 7,000", "Downloads of the app passed 100 million"
_SUBJECT_NOUN_RE = re.compile(
    r"(?<![\w'\u2019-])(?P<noun>[A-Za-z][a-z]+(?:-[a-z]+)?)"
    r"(?:\s+(?:of|in|for|at|on|from|across)\s+(?:the\s+|an?\s+|its\s+|their\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?)?"
    r"\s+(?:(?:have|has|had)\s+)?(?:(?:now|also|already)\s+)?"
    r"(?:rose|risen|fell|fallen|climbed|jumped|grew|grown|increased|dropped|declined|reached|hit|passed|topped|"
    r"exceeded|surpassed|totalled|totaled|numbered|stood\s+at|stand\s+at|stands\s+at|soared|surged|slumped|"
    r"plunged|swelled|dwindled)"
    r"(?:\s+(?:to|at))?\s+"
    r"(?:(?:more\s+than|over|nearly|almost|about|around|some|at\s+least|roughly|just\s+over|just\s+under|"
    r"close\s+to|an\s+estimated)\s+)?$")
# nouns of amounts that are not counts ("prices rose to 5,000" is in some currency)
_NOT_COUNTED_NOUNS = frozenset(
    """prices shares stocks rates yields futures earnings sales revenues profits losses exports imports bonds markets
    indices indexes costs temperatures levels numbers figures totals amounts values volumes gains readings scores
    odds tariffs taxes wages salaries savings reserves debts assets deposits loans bills""".split()
)


def _context_only_unit(text: str, cand: _Cand, pos: int, limit: int, windows: list[str]) -> str | None:
    """The unit of a bare number from its sentence alone: an exchange rate takes the currency named before
    it, a stock index's level is in points, and the subject of "rose to N" names what is counted."""
    if cand.kind != "number":
        return None
    before = windows[-1]
    cut = max(before.rfind(". "), before.rfind("\n"))
    if cut >= 0:
        before = before[cut + 1:]
    if _PER_DOLLAR_RE.match(text, pos, limit):
        found = None
        for found in _RATE_CURRENCY_RE.finditer(before):
            pass
        if found is not None:
            return _RATE_CURRENCIES[" ".join(found.group("c").lower().split())]
    if _LEVEL_BEFORE_RE.search(before) and _INDEX_RE.search(before):
        return "points"
    sm = _SUBJECT_NOUN_RE.search(before)
    if sm:
        noun = sm.group("noun").lower()
        if _plural(noun) and noun not in _STOP and noun not in _NOT_COUNTED_NOUNS and (
                sm.group("noun")[0].islower() or sm.start("noun") == 0 or before[:sm.start("noun")].strip() == ""
                or not before[:sm.start("noun")].rstrip()[-1:].isalpha()):
            return UNIT_VOCABULARY.get(noun, noun)
    return None


def _death_unit(verb: str) -> str | None:
    v = " ".join(verb.lower().split())
    if " or " in v or " and " in v:
        return "casualties"
    if v in ("killed", "dead", "died", "perished", "lost their lives", "killing", "kills", "kill"):
        return "killed"
    if v in ("wounded", "injured", "hurt", "wounding", "injuring", "injures") or v.startswith("treated for"):
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
    if m.group("pop"):
        return "people"  # "a proposal to cap the population at 10 million"
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
    low = [w.lower() for w in what if w[:1].islower()]
    for k, w in enumerate(low):
        if _plural(w):  # "the number of patients waiting for routine treatment": patients
            return " ".join(x for x in low[:k + 1] if x not in _MODIFIERS)
    return low[-1] if low else "count"
