"""Numbers as news writes them: parsing and scanning.

Two entry points:

``parse_number(text) -> float | None``
    The value of a string that is one number and nothing else (surrounding
    whitespace allowed): ``"11,000"``, ``"11 000"``, ``"1.5"``, ``"-3.2"``,
    ``"1.5 million"``, ``"12k"``, ``"$2bn"``, ``"1.2 trillion won"``,
    ``"twelve thousand"``, ``"three hundred and fifty"``, ``"a dozen"``,
    ``"half a million"``, ``"5%"`` (5.0), ``"a third"`` (0.333..),
    ``"minus 4"``. ``None`` where the text is not exactly one number.

``scan_numbers(text) -> list[NumberSpan]``
    Every number in ``text``, in order, as non-overlapping spans with their
    values and what was found around them: scale, currency, percent sign,
    whether it was spelled out, glued to letters ("F-16", "A320", "7th",
    "3pm"), and so on. It does not decide what is a *figure* (a year or a
    resolution number is still a number here); ``transforms.figures`` does.

``NumberSpan.kind`` is one of:

* ``"number"``: a plain count or amount (money included: see ``currency``);
* ``"percent"``: followed by "%", "percent", "per cent", "pct";
  ``"points"`` for "percentage points";
* ``"share"``: a fraction of something, not a count: "a third of the
  force", "two-thirds", "half of", "one in five". ``value`` is the fraction
  (1/3, 2/3, 0.5, 0.2).

``currency`` is an ISO-4217 code in lower case or ``None``: from a symbol or
prefix before the digits ("$", "S$", "NT$", "RM", "Rs", "\u20b9", ...), a code
before or after them ("USD 5m", "5bn EUR") or a currency word after them
("won", "rupiah", "Danish crowns"); see ``_CURRENCY_SYMBOLS``,
``_CURRENCY_CODE_LIST`` and ``_CURRENCY_WORD_LIST``. Scales after digits:
thousand/k, million/mn/mln/mil (and m with money), billion/bn/bln/bil (b with
money), trillion/tn/trn, lakh (1e5), crore (1e7, cr with money), lakh crore.
A minor unit after the digits is a hundredth of its currency: "164p" is
1.64 gbp (``scale`` 0.01), "14 paise" 0.14 inr, "9 sen" 0.09 myr, "85 cents"
0.85 usd. A glued "m" without a currency is a million only before a counted
noun ("3m people"); elsewhere ("100m", a distance) the number is ``attached``.

Everything is precompiled at import and linear in the input size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.anchors import KeywordSets, match_near

__all__ = ["NumberSpan", "parse_number", "scan_numbers", "words_to_number", "SCALES", "CURRENCIES"]


@dataclass(frozen=True, slots=True)
class NumberSpan:
    start: int
    end: int
    text: str
    value: float  # the final value (scale applied, sign applied; a share's fraction)
    base: float  # the value before the scale word ("1.5" in "1.5 million")
    scale: float  # 1.0 where there is no scale word
    kind: str  # "number" | "percent" | "points" | "share"
    currency: str | None = None
    spelled: bool = False  # written in words ("twelve thousand")
    signed: bool = False  # explicit sign ("+3.2%", "-5", "minus 5")
    attached: bool = False  # glued to letters: model numbers, ordinals, "5km", "3pm"
    grouped: bool = False  # has a thousands separator ("11,000", "11 000")
    decimal: bool = False  # has a decimal point


# ---------------------------------------------------------------- vocabulary

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}
# Abbreviated scales after digits. Single letters m/b and "cr" are money-only (checked
# in code: "100m" alone is a distance, "3m people" a count); crore and lakh are the
# Indian scales (1e7, 1e5).
_ABBR_SCALES = {
    "k": 1e3, "thousand": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "mil": 1e6, "m": 1e6,
    "billion": 1e9, "bln": 1e9, "bn": 1e9, "bil": 1e9, "b": 1e9, "trillion": 1e12,
    "tn": 1e12, "trn": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7,
    "lakh crore": 1e12,
}
_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9,
    "ninths": 9, "tenth": 10, "tenths": 10,
}

# ---------------------------------------------------------------- currencies
#
# One table each for the three ways news marks a currency: a symbol or prefix before the
# digits ("S$", "RM", "Rs", "NT$", "\u20b9"), an ISO 4217 code before or after them ("USD 5",
# "5bn EUR"), and a word after them ("won", "Danish crowns"). Values are ISO 4217 codes in
# lower case. A minor unit after the digits ("164p", "14 paise") is a hundredth of its currency.

_CURRENCY_SYMBOLS = {
    "$": "usd", "us$": "usd", "u.s.$": "usd", "a$": "aud", "au$": "aud",
    "c$": "cad", "ca$": "cad", "hk$": "hkd", "nz$": "nzd", "s$": "sgd", "nt$": "twd", "r$": "brl",
    "mx$": "mxn", "rm": "myr", "rs": "inr", "rs.": "inr", "rp": "idr", "rp.": "idr",
    "\u20ac": "eur", "\u00a3": "gbp", "\u20a9": "krw", "\u00a5": "jpy", "\u20bd": "rub", "\u20b9": "inr",
    "\u20b4": "uah", "\u20b1": "php", "\u20ba": "try", "\u20aa": "ils", "\u0e3f": "thb", "\u20ab": "vnd",
    "\u20a6": "ngn",
}
# codes written before or after the amount ("USD 5m", "5 billion EUR"); PHP, TRY, COP and SAR are
# left out: a language version, a verb in a headline, a climate conference, Hong Kong SAR
_CURRENCY_CODE_LIST = (
    "usd eur gbp jpy cny krw inr rub uah chf aud cad hkd nzd sgd twd myr idr thb vnd brl mxn zar ngn egp "
    "aed ils pln huf czk sek nok dkk kes pkr bdt ars clp rmb".split()
)
_CURRENCY_CODES = {c: c for c in _CURRENCY_CODE_LIST}
_CURRENCY_CODES["rmb"] = "cny"
# currency words after the amount, as written (the match is case-sensitive: nationalities are
# capitalised); a word that names several currencies ("crowns", "pesos") needs its nationality
_CURRENCY_WORD_LIST = [
    ("dollars", "usd"), ("dollar", "usd"), ("US dollars", "usd"), ("U.S. dollars", "usd"),
    ("Australian dollars", "aud"), ("Canadian dollars", "cad"), ("Hong Kong dollars", "hkd"),
    ("Singapore dollars", "sgd"), ("New Zealand dollars", "nzd"), ("New Taiwan dollars", "twd"),
    ("Taiwan dollars", "twd"), ("NT dollars", "twd"),
    ("euros", "eur"), ("euro", "eur"), ("pounds sterling", "gbp"), ("pounds", "gbp"), ("pound", "gbp"),
    ("sterling", "gbp"), ("won", "krw"), ("yen", "jpy"), ("yuan", "cny"), ("renminbi", "cny"),
    ("rubles", "rub"), ("ruble", "rub"), ("roubles", "rub"), ("rouble", "rub"),
    ("rupees", "inr"), ("rupee", "inr"), ("Pakistani rupees", "pkr"), ("Sri Lankan rupees", "lkr"),
    ("Nepali rupees", "npr"), ("hryvnias", "uah"), ("hryvnia", "uah"), ("hryvnia", "uah"),
    ("Swiss francs", "chf"), ("francs", "chf"),
    ("Danish crowns", "dkk"), ("Danish kroner", "dkk"), ("Swedish crowns", "sek"), ("Swedish kronor", "sek"),
    ("Norwegian crowns", "nok"), ("Norwegian kroner", "nok"), ("Czech crowns", "czk"), ("kronor", "sek"),
    ("kroner", "nok"), ("korunas", "czk"), ("koruna", "czk"),
    ("Mexican pesos", "mxn"), ("Philippine pesos", "php"), ("Argentine pesos", "ars"), ("Chilean pesos", "clp"),
    ("Colombian pesos", "cop"), ("reais", "brl"), ("Brazilian reais", "brl"),
    ("lira", "try"), ("liras", "try"), ("Turkish lira", "try"), ("rupiah", "idr"), ("ringgit", "myr"),
    ("baht", "thb"), ("dong", "vnd"), ("naira", "ngn"), ("rand", "zar"), ("shekels", "ils"), ("shekel", "ils"),
    ("zlotys", "pln"), ("zloty", "pln"), ("forints", "huf"), ("forint", "huf"), ("dirhams", "aed"),
    ("dirham", "aed"), ("riyals", "sar"), ("riyal", "sar"), ("Kenyan shillings", "kes"),
    ("Egyptian pounds", "egp"),
]
_CURRENCY_WORDS = {" ".join(w.lower().split()): c for w, c in _CURRENCY_WORD_LIST}
# hundredths of a currency, after the digits: "164p", "18.5 pence", "14 paise", "9 sen", "85 cents"
_MINOR_UNITS = {"p": "gbp", "pence": "gbp", "paise": "inr", "sen": "myr", "cents": "usd", "cent": "usd",
                "kopecks": "rub", "kopeks": "rub"}
# "1080p", "720p": a video resolution, not pence
_NOT_PENCE = frozenset({144.0, 240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0, 4320.0})


# every currency a NumberSpan can carry (for callers that tell money from counts)
CURRENCIES = frozenset(_CURRENCY_SYMBOLS.values()) | frozenset(_CURRENCY_CODES.values()) | frozenset(
    _CURRENCY_WORDS.values()) | frozenset(_MINOR_UNITS.values())


def _alternation(surfaces) -> str:
    """A regex alternation of literal surfaces, longest first, spaces matching a space or NBSP."""
    return "|".join(re.escape(s).replace("\\ ", "[ \u00a0]") for s in sorted(set(surfaces), key=len, reverse=True))


# ---------------------------------------------------------------- regexes

_CUR_CODES_RE = _alternation(c.upper() for c in _CURRENCY_CODE_LIST)
_CUR_PREFIX = (
    r"(?P<cur1>(?:US|U\.S\.|A|AU|C|CA|HK|NZ|S|NT|R|MX)?\$|[\u20ac\u00a3\u20a9\u00a5\u20bd\u20b9\u20b4\u20b1\u20ba"
    r"\u20aa\u0e3f\u20ab\u20a6]|(?:RM|Rs\.?|Rp\.?)[ \u00a0]?|(?:" + _CUR_CODES_RE + r")[ \u00a0]?)"
)
_DIGITS = (
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)"
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\dA-Za-z]|[.,]\d)"  # not "250 170mm guns"
    r"|\d+(?:\.\d+)?"
    r"|\.\d+)"
)
_SCALE_SUFFIX = (
    r"(?:(?P<scsp>[ \u00a0]?)(?P<scale>thousand|million|billion|trillion|lakh[ \u00a0]crore|crores?|lakhs?|mln|mn|mil|"
    r"bln|bn|bil|trn|tn|cr|k|m|b)(?![A-Za-z]))"
)
_CUR_SUFFIX = (
    r"(?:[ \u00a0](?P<cur2>" + _alternation(w for w, _ in _CURRENCY_WORD_LIST) + "|" + _CUR_CODES_RE
    + r")(?![A-Za-z]))"
)
_MINOR_SUFFIX = r"(?:(?P<minor>p(?![A-Za-z]|\.[A-Za-z])|[ \u00a0](?:pence|paise|sen|cents?|kopecks|kopeks)(?![A-Za-z])))"
_PCT_SUFFIX = (
    r"(?:[ \u00a0]?(?P<pct>%|percentage points?|per cent|percent|pct|per-cent)(?![A-Za-z]))"
)

_NUMBER_RE = re.compile(
    r"(?:(?<![^\s(\[/])(?P<sign>[-+\u2212]))?"
    + r"(?:(?<![A-Za-z0-9])" + _CUR_PREFIX + r")?"
    + r"(?P<minus>minus\s+)?"
    + _DIGITS
    + r"(?:" + _MINOR_SUFFIX + "|"
    + _SCALE_SUFFIX + r"?"
    + _CUR_SUFFIX + r"?"
    + _PCT_SUFFIX + r"?)",
)

_WORD_ALT = "|".join(
    sorted(list(SMALL) + list(TENS) + ["hundred", "dozen"] + list(SCALES), key=len, reverse=True)
)
# A run of number words; connectors are spaces, hyphens and "and" (validated
# token by token in Python, where a run can split into several numbers).
_SPELLED_RE = re.compile(
    r"(?<![\w-])(?:(?P<lead>(?:a|an|one|half)(?:\s+and\s+a\s+half)?\s+|half\s+an?\s+)"
    r"(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?"
    r"(?P<run>(?:" + _WORD_ALT + r")(?:(?:\s*-\s*|\s+(?:and\s+(?:a\s+half\s+)?)?)(?:" + _WORD_ALT + r"))*)"
    r"(?P<half>\s+and\s+a\s+half)?"
    r"(?![\w-])"
    + r"(?:" + _CUR_SUFFIX + r"|" + _PCT_SUFFIX + r")?",
    re.IGNORECASE,
)
_WORD_TOKEN = re.compile(r"[A-Za-z]+")

_SMALLWORD = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
_SHARE_RE = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<fnum>" + _SMALLWORD + r")[\s-]+(?P<fden>half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)"
    r"(?P<ofscale>\s+of\s+an?\s+(?P<sc>million|billion|thousand|trillion))?"
    r"|(?P<half>half)(?=\s+(?:of|the|its|their|his|her|our|all)\b)"
    r"|(?P<one>one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out\s+of)\s+"
    r"(?P<den>two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,3}(?![\d,.]\d))"
    r")(?![\w-])",
    re.IGNORECASE,
)


# ---------------------------------------------------------------- fast scanning
#
# The scanners below are the per-article hot path. Their full patterns start with
# optional groups or look-behinds, so the regex engine cannot skip ahead and tries
# every character of the text. ``_prefiltered_finditer`` first jumps (in C) to the
# next place a match can start, found by a cheap "first" pattern whose first item is
# a character class, and only there runs the full pattern: the matches are exactly
# those of ``pattern.finditer`` (leftmost, non-overlapping, same look-behind
# context), provided ``first`` matches wherever ``pattern`` can (and ``pattern``
# never matches the empty string).

# Characters that IGNORECASE equates with an ASCII letter other than its own
# upper/lower case (long s, Kelvin sign, dotless i, dotted capital I).
_FOLD_EXTRAS = "\u017f\u212a\u0131\u0130"


def _word_start_re(words, digits: bool = False, whole: bool = True, others=()) -> re.Pattern:
    """A pre-filter matching where one of ``words`` (case-insensitively) starts a word.

    Compiled so that its first item is a character class (the engine then skips
    other characters in C). ``whole``: the word must end there (the scanned
    pattern needs a non-word character after it); ``digits``: a digit run also
    qualifies; ``others``: (character class, regex) pairs, a character of the
    class followed by the regex (case-insensitive, not subject to ``whole``) also
    qualifies."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0].lower(), []).append(re.escape(w[1:].lower()))
    chars = ("".join(sorted(c + c.upper() for c in by_first)) + _FOLD_EXTRAS + ("\\d" if digits else "")
             + "".join(cls for cls, _ in others))
    alts = ["(?<=" + c + ")(?:" + "|".join(sorted(rests, key=len, reverse=True)) + ")"
            for c, rests in sorted(by_first.items())]
    if digits:
        alts.append("(?<=\\d)\\d?")  # "12 in 100": a run of up to two digits
    body = "(?:" + "|".join(alts) + ")" + ("(?!\\w)" if whole else "")
    if others:
        body = "(?:" + "|".join([body] + ["(?<=[" + cls + "])(?:" + rest + ")" for cls, rest in others]) + ")"
    return re.compile("[" + chars + "](?<![\\w-].)(?i:" + body + ")")


def _prefiltered_finditer(pattern: re.Pattern, first: re.Pattern, text: str, pos: int = 0,
                          endpos: int | None = None):
    """``pattern.finditer(text, pos, endpos)``, trying ``pattern`` only where ``first`` matches."""
    if endpos is None:
        endpos = len(text)
    search, match = first.search, pattern.match
    while True:
        f = search(text, pos, endpos)
        if f is None:
            return
        m = match(text, f.start(), endpos)
        if m is None:
            pos = f.start() + 1
            continue
        yield m
        pos = m.end()


# Where a _NUMBER_RE match can start: a sign, a currency symbol, "minus", a digit, ".5", or a capital letter
# that starts a currency prefix or code: "US$", "U.S.$", "NT$", "R$" (up to three capitals and "$"), a
# three-letter code before the digits ("USD 5"), "RM5", "Rs. 500", "Rp 5" (a superset of the prefixes).
_CUR_SYMBOL_CHARS = "$\u20ac\u00a3\u20a9\u00a5\u20bd\u20b9\u20b4\u20b1\u20ba\u20aa\u0e3f\u20ab\u20a6"
_NUMBER_FIRST = re.compile(
    "[-+\u2212" + _CUR_SYMBOL_CHARS + "\\d.A-Zm]"
    "(?:(?<=[-+\u2212" + _CUR_SYMBOL_CHARS + "\\d])|(?<=\\.)\\d|(?<=m)inus"
    "|(?<=[A-Z])(?:[A-Z]{0,2}\\$|\\.S\\.\\$|[A-Z]{2}[ \u00a0]?[\\dm.]|[MSsp]\\.?[ \u00a0]?[\\dm.]))"
)
_SPELLED_FIRST = _word_start_re(["a", "an", "half"] + _WORD_ALT.split("|"))
_SHARE_FIRST = _word_start_re(["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                               "ten", "half"], digits=True)


# Keywords that every match holds (transforms.anchors): a spelled number holds a number word; a
# share a denominator word ("a third", "half of") or its numerator ("one in five", "nine in 10"); shares in digits
# ("3 out of 10") are found by _DIGIT_SHARE_RE. A spelled number's lead ("half and a half ", 16
# letters and separators) and a share's numerator ("seven-", 6) stand at most _SPELLED_BEFORE and
# _SHARE_BEFORE characters before the keyword when no separator run between them is 3 long.
NUMBER_KEYWORDS = {
    "spelled": _WORD_ALT.split("|"),
    "share": ["half", "halves", "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
              "tenth", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}
_NUMBER_KEYWORDS = KeywordSets(NUMBER_KEYWORDS)
_SPELLED_BEFORE = 40
_SHARE_BEFORE = 16
_LONG_SPACE_RE = re.compile(r"\s{3}")
_LONG_SEPARATOR_RE = re.compile(r"[\s-]{3}")
# "3 in 10", "2 out of 3": where a share in digits can start (the digits of a _SHARE_RE match have
# no word character before them, so they are found here from their first digit)
_DIGIT_SHARE_RE = re.compile(r"\d{1,2}\s+(?:in|out\s+of)\s", re.IGNORECASE)

# After "a third"/"a fifth": a noun other than "of" means an ordinal ("a third country").
_ORDINAL_USE_RE = re.compile(
    r"[ \t]+(?!(?:of|or|and|to|in|on|at|by|from|with|since|for|the|this|that|as|than|more|less|fewer|over|"
    r"under|between|among|during|after|before|last|next|so|more|percent)\b)[A-Za-z]{2,}"
)
_HALF_PERIOD_BEFORE_RE = re.compile(r"(?<![\w-])(?:first|second|latter|former|earlier|later)[ \t]+$", re.IGNORECASE)
_HALF_PERIOD_AFTER_RE = re.compile(
    r"[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b|(?:19|20)\d\d\b|(?:year|month|decade|century|season|quarter)\b)")


def _currency_of(symbol: str | None, word: str | None) -> str | None:
    if symbol:
        s = symbol.strip().lower()
        if s in _CURRENCY_SYMBOLS:
            return _CURRENCY_SYMBOLS[s]
        if s in _CURRENCY_CODES:
            return _CURRENCY_CODES[s]
    if word:
        w = " ".join(word.lower().split())
        if w in _CURRENCY_WORDS:
            return _CURRENCY_WORDS[w]
        if w in _CURRENCY_CODES:
            return _CURRENCY_CODES[w]
        if w.endswith("francs"):
            return "chf"
        for key, code in _CURRENCY_WORDS.items():
            if w.endswith(key):
                return code
    return None


# "3m people", "2.2m users": a glued "m" before a counted noun is a million (British style); "the
# 100m final", "a 10m fall" and "rose 2m" are metres
_MILLION_NOUN_RE = re.compile(r"[ \t]+(?:people|children|women|men|staff|personnel|[a-z]+(?<![siu])s)\b")
_MILLION_DET_RE = re.compile(r"(?<![\w-])(?:a|an|the|The|A|An)\s+$")


def _is_million_count(text: str, start: int, end: int) -> bool:
    return _MILLION_NOUN_RE.match(text, end) is not None and _MILLION_DET_RE.search(text, max(0, start - 5),
                                                                                     start) is None


def _glued_code_before(text: str, pos: int) -> bool:
    """Whether the digits before ``pos`` end a code that starts with a letter ("A350" in "A350-1000")."""
    j = pos - 1
    while j >= 0 and pos - j <= 12 and text[j].isdigit():
        j -= 1
    return j >= 0 and j < pos - 1 and (text[j].isalpha() or text[j] == "_")


def _digits_value(raw: str) -> float:
    cleaned = re.sub(r"[,\s\u00a0\u202f\u2009]", "", raw)
    return float(cleaned)


# ---------------------------------------------------------------- words

def words_to_number(words: list[str]) -> float | None:
    """Value of number words already split into tokens ("three", "hundred",
    "and", "fifty"); ``None`` where the sequence is not one number."""
    total = 0.0
    current = 0.0
    seen = False
    last = None  # kind of the previous significant token
    lowered = [w.lower() for w in words]
    for i, w in enumerate(lowered):
        if w == "and":
            continue
        if w in ("a", "an"):
            nxt = lowered[i + 1] if i + 1 < len(lowered) else None
            if last == "half" or nxt == "half":
                continue  # "half a million", "one and a half"
            if seen:
                return None
            current = 1.0
            last = "a"
            continue
        if w == "half":
            current = current + 0.5 if seen else 0.5
            last = "half"
            seen = True
            continue
        if w in SMALL:
            if last in ("small", "tens_small") or (last == "tens" and SMALL[w] >= 10):
                return None
            if last == "tens":
                current += SMALL[w]
                last = "tens_small"
            else:
                current += SMALL[w]
                last = "small"
        elif w in TENS:
            if last in ("small", "tens", "tens_small"):
                return None
            current += TENS[w]
            last = "tens"
        elif w == "hundred":
            if last == "hundred":
                return None
            current = (current or 1.0) * 100
            last = "hundred"
        elif w == "dozen":
            current = (current or 1.0) * 12
            last = "dozen"
        elif w in SCALES:
            scale = SCALES[w]
            if total and total < scale * 1000 and total % (scale * 1000) < scale:
                pass
            total += (current or 1.0) * scale
            current = 0.0
            last = "scale"
        else:
            return None
        seen = True
    if not seen:
        return None
    return total + current


def _split_run(run: str, offset: int) -> list[tuple[int, int, list[str]]]:
    """Split a run of number words into separate numbers.

    "three hundred and fifty" is one number, "two and three" two, "five
    six" two. Returns (start, end, tokens) with absolute offsets."""
    tokens = [(m.start() + offset, m.end() + offset, m.group(0)) for m in _WORD_TOKEN.finditer(run)]
    groups: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    last_kind = None
    pending_and = None
    for i, tok in enumerate(tokens):
        w = tok[2].lower()
        if w == "and":
            pending_and = tok
            continue
        if w == "a" and cur and i + 1 < len(tokens) and tokens[i + 1][2].lower() == "half":
            if pending_and is not None:
                cur.append(pending_and)
            cur.append(tok)
            pending_and = None
            continue
        if w in ("a",):
            # "and a half" is handled by the caller; a bare "a" ends the run.
            if cur:
                groups.append(cur)
            cur, last_kind, pending_and = [], None, None
            continue
        if w == "half":
            cur.append(tok)
            last_kind = "half"
            pending_and = None
            continue
        kind = "small" if w in SMALL else "tens" if w in TENS else "mult"
        new = False
        if not cur:
            new = False
        elif pending_and is not None:
            # "and" is part of a number only after hundred/thousand/...
            if last_kind != "mult":
                new = True
        elif kind in ("small", "tens") and last_kind in ("small",):
            new = True
        elif kind == "tens" and last_kind in ("tens",):
            new = True
        elif kind == "small" and last_kind == "tens" and SMALL[w] >= 10:
            new = True
        if new:
            groups.append(cur)
            cur = []
        elif pending_and is not None and cur:
            cur.append(pending_and)
        cur.append(tok)
        last_kind = kind
        pending_and = None
    if cur:
        groups.append(cur)
    out = []
    for g in groups:
        while g and g[-1][2].lower() == "and":
            g = g[:-1]
        if g:
            out.append((g[0][0], g[-1][1], [t[2] for t in g]))
    return out


# ---------------------------------------------------------------- scanning

def _scan_digits(text: str) -> list[NumberSpan]:
    spans = []
    n = len(text)
    for m in _prefiltered_finditer(_NUMBER_RE, _NUMBER_FIRST, text):
        # every group once (one call): this loop runs for every number of every article
        num, sign, cur1, cur2, minus, scale_raw, scsp, pct_raw, minor = m.group(
            "num", "sign", "cur1", "cur2", "minus", "scale", "scsp", "pct", "minor")
        start, end = m.start(), m.end()
        if sign is None and cur1 is None and minus is None:
            start = m.start("num")
        try:
            base = _digits_value(num)
        except ValueError:  # pragma: no cover - regex guarantees digits
            continue
        scale_word = " ".join((scale_raw or "").lower().split())
        currency = _currency_of(cur1, cur2)
        scale = 1.0
        attached = False
        if minor is not None:
            word = minor.strip()
            if cur1 is None and (word != "p" or base not in _NOT_PENCE or "," in num):
                currency = _MINOR_UNITS[word]  # "164p" is 1.64 gbp, "14 paise" 0.14 inr
                scale = 0.01
            else:
                end = m.start("minor")  # "1080p" is glued to its letter
        if scale_word:
            single = scale_word in ("m", "b", "cr")
            if single and scsp and scale_word != "cr":
                # "5 m" is a distance, not a million.
                scale_word = ""
            elif single and currency is None and not (scale_word == "m" and _is_million_count(text, start, end)):
                # "100m", "5b": only money takes one-letter scales; but "3m people" counts millions
                scale_word = ""
                attached = True
            if scale_word:
                scale = _ABBR_SCALES[scale_word]
            if not scale_word:
                # drop the scale and everything after from the span
                end = m.start("scale") - len(scsp or "")
                currency = _currency_of(cur1, None)
        if scale_raw and not scale_word:
            pct = None
        else:
            pct = pct_raw
        # "pounds" with no scale and no symbol is as likely a weight.
        if cur2 and cur1 is None and scale == 1.0:
            w = cur2.lower()
            if w.startswith("pound") and not w.endswith("sterling"):
                currency = None
                end = m.start("cur2") - 1
                pct = None
        if pct is None and pct_raw and end > m.start("pct"):
            end = m.start("pct")
        kind = "number"
        if pct:
            kind = "points" if pct.lower().startswith("percentage") else "percent"
        value = base / 100 if scale == 0.01 else base * scale  # 164 / 100 is 1.64, 164 * 0.01 is not
        signed = False
        if sign or minus:
            signed = True
            if minus or sign in ("-", "\u2212"):
                value = -value
        # glued to letters before ("F-16", "A320", "COVID-19") or after ("7th", "3pm", "5km")
        s0 = m.start("num") if cur1 is None else start
        if s0 > 0:
            prev = text[s0 - 1]
            if prev.isalpha() or prev == "_":
                attached = True
            elif prev in "-\u2013/" and s0 > 1 and (text[s0 - 2].isalpha() or _glued_code_before(text, s0 - 1)):
                attached = True  # "KN-23", "A350-1000"
            elif prev in "#№":
                attached = True
        while end > start and text[end - 1].isspace():
            end -= 1
        if end < n and (text[end].isalpha() or text[end] == "_"):
            attached = True
        # decimal with trailing dot from a sentence end is handled by the regex
        spans.append(
            NumberSpan(
                start=start,
                end=end,
                text=text[start:end],
                value=value,
                base=base if not signed or value >= 0 else -base,
                scale=scale,
                kind=kind,
                currency=currency,
                spelled=False,
                signed=signed,
                attached=attached,
                grouped=("," in num or " " in num or "\u00a0" in num or "\u202f" in num or "\u2009" in num),
                decimal="." in num,
            )
        )
    return spans


def scan_text(pattern: re.Pattern, first: re.Pattern, text: str, anchors: list[int] | None, before: int,
              stretch: re.Pattern):
    """The matches of ``pattern`` over the whole text: tried around ``anchors`` (keyword starts, see
    transforms.anchors.match_near) when they are known, else wherever the pre-filter ``first`` matches."""
    if anchors is None:
        return _prefiltered_finditer(pattern, first, text)
    return match_near(pattern, first, text, anchors, before, 0, len(text), stretch)


def _scan_words(text: str, keywords: dict[str, list[int]] | None) -> list[NumberSpan]:
    spans = []
    found = scan_text(_SPELLED_RE, _SPELLED_FIRST, text, keywords and keywords["spelled"], _SPELLED_BEFORE,
                      _LONG_SPACE_RE)
    for m in found:
        run_start = m.start("run")
        groups = _split_run(m.group("run"), run_start)
        if not groups:
            continue
        lead = m.group("lead")
        for gi, (gs, ge, toks) in enumerate(groups):
            s, e = gs, ge
            words = list(toks)
            if gi == 0 and lead:
                s = m.start("lead")
                words = _WORD_TOKEN.findall(lead) + words
            last = gi == len(groups) - 1
            if last and m.group("half"):
                e = m.end("half")
                words = words + ["and", "half"]
            if len(words) == 1 and words[0].lower() in SCALES:
                continue  # "per million British thermal units", "Thousand Oaks": a bare scale word counts nothing
            value = words_to_number(words)
            if value is None:
                continue
            currency = None
            kind = "number"
            if last and (m.group("cur2") or m.group("pct")):
                if m.group("cur2"):
                    currency = _currency_of(None, m.group("cur2"))
                    w = m.group("cur2").lower()
                    if w.startswith("pound") and not any(x in words for x in SCALES):
                        currency = None
                    else:
                        e = m.end("cur2")
                else:
                    pct = m.group("pct")
                    kind = "points" if pct.lower().startswith("percentage") else "percent"
                    e = m.end("pct")
            scale = 1.0
            base = value
            for w in reversed(words):
                wl = w.lower()
                if wl in SCALES:
                    scale = SCALES[wl]
                    base = value / scale
                    break
            spans.append(
                NumberSpan(s, e, text[s:e], value, base, scale, kind, currency, spelled=True)
            )
    return spans


def _scan_shares(text: str, keywords: dict[str, list[int]] | None) -> list[NumberSpan]:
    spans = []
    anchors = None
    if keywords is not None:
        anchors = keywords["share"]
        digit_shares = [m.start() for m in _DIGIT_SHARE_RE.finditer(text)]
        if digit_shares:
            anchors = sorted(anchors + digit_shares)
    for m in scan_text(_SHARE_RE, _SHARE_FIRST, text, anchors, _SHARE_BEFORE, _LONG_SEPARATOR_RE):
        s, e = m.start(), m.end()
        if m.group("fden"):
            num_word = m.group("fnum").lower()
            if num_word in ("a", "an") and not m.group("ofscale") and _ORDINAL_USE_RE.match(text, e):
                continue  # "a third country", "a fourth time": an ordinal, not a fraction
            num = 1 if num_word in ("a", "an") else SMALL[num_word]
            den = _DENOMINATORS[m.group("fden").lower()]
            frac = num / den
            if m.group("ofscale"):
                scale = SCALES[m.group("sc").lower()]
                spans.append(NumberSpan(s, e, text[s:e], frac * scale, frac, scale, "number", spelled=True))
                continue
            spans.append(NumberSpan(s, e, text[s:e], frac, frac, 1.0, "share", spelled=True))
        elif m.group("half"):
            if _HALF_PERIOD_BEFORE_RE.search(text, max(0, s - 12), s) or _HALF_PERIOD_AFTER_RE.match(text, e):
                continue  # "the first half of October", "half of 2024": a period of time
            spans.append(NumberSpan(s, e, text[s:e], 0.5, 0.5, 1.0, "share", spelled=True))
        else:
            one = m.group("one").lower()
            num = int(one) if one.isdigit() else SMALL[one]
            den_raw = m.group("den").lower()
            den = int(den_raw) if den_raw.isdigit() else (SMALL.get(den_raw) or TENS.get(den_raw))
            if not den or num >= den:
                continue
            spans.append(NumberSpan(s, e, text[s:e], num / den, num / den, 1.0, "share", spelled=not one.isdigit()))
    return spans


def scan_numbers(text: str, keywords: dict[str, list[int]] | None = None) -> list[NumberSpan]:
    """All numbers in ``text`` as ordered, non-overlapping spans.

    Where forms overlap ("half a million" as a share and a number, "one in
    five" as words and a share) the share/longer reading wins. ``keywords``: the
    ``NUMBER_KEYWORDS`` starts of ``text`` when the caller already found them
    (with a ``KeywordSets`` holding those groups)."""
    if not text:
        return []
    if keywords is None:
        keywords = _NUMBER_KEYWORDS.find(text)
    candidates = _scan_shares(text, keywords) + _scan_digits(text) + _scan_words(text, keywords)
    # longest first at each start; then greedy left-to-right without overlap
    candidates.sort(key=lambda s: (s.start, -(s.end - s.start)))
    out: list[NumberSpan] = []
    last_end = -1
    for span in candidates:
        if span.start >= last_end:
            out.append(span)
            last_end = span.end
        elif out and span.start == out[-1].start:
            continue
    return out


def parse_number(text: str) -> float | None:
    """The value of ``text`` when it is exactly one number, else ``None``.

    Percentages give the percent value ("5%" -> 5.0), shares the fraction
    ("a third" -> 0.333..), money the amount in its own currency."""
    if text is None:
        return None
    stripped = text.strip()
    if not stripped:
        return None
    spans = scan_numbers(stripped)
    if len(spans) != 1:
        return None
    span = spans[0]
    if span.start != 0 or span.end != len(stripped):
        return None
    return span.value
