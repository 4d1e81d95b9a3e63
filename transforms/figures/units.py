"""Figures, units: what a candidate counts (``_find_unit``), from the words after it, a death or
capture verb around it, or a "death toll"/"force of"-style context before it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from transforms.records import Entity
from transforms.figures._common import _Cand, _Index
from transforms.figures.vocabulary import UNIT_VOCABULARY, _MODIFIERS, _MULTI_BY_FIRST, _PEOPLEISH, _STOP, _TIME_UNITS

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
