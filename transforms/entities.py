"""Entity mentions: catalog links plus people/organizations/places found by pattern.

Steps:

1. ``Catalog.spans_with_words``: one Aho-Corasick pass, leftmost-longest,
   word-bounded. Nationality adjectives ("North Korean troops") become NORP
   mentions linked to the country (its entity_id and name). The same pass
   finds the literal words that anchor the patterns of step 2 (speech verbs,
   titles, organisation keywords...: see ``_ANCHOR_WORDS``). Gazetteer
   entries the catalog marks (``Catalog.checked``: minor places, names that
   are also words or people, names several places share) are linked only in
   place context, to the sense the article's evidence picks
   (``_resolve_places``).
2. Names the catalog does not know, found by a few compiled patterns, each
   tried only where its anchors allow a match (same matches as a full
   ``finditer``): a title before a name ("Defense Secretary Lloyd Austin", "Mr. Smith"),
   a speech cue next to a name ("Jane Doe said", "said Jane Doe"), an
   apposition or age after a name ("Jane Doe, the agency's director,"),
   organization shapes ("Ministry of ...", "... Agency", "Russia's Defense
   Ministry"), and "<Name> region/province/oblast" places. Their ids are
   derived from the normalized name ("person:jane-doe"), so the same name gets
   the same id in every article.
3. In-article linking: every occurrence of the names found so far and their
   surnames (``str.find``), so that a later "Kirby" or "Doe" links to the
   full name mentioned earlier in the same article.

``surface`` is the text of the mention: titles are outside the span and a
possessive "'s" is never part of it.
"""

from __future__ import annotations

import bisect
import re
from bisect import bisect_right
from operator import attrgetter


from transforms.catalog import Catalog, CatalogEntry, slugify
from transforms.records import Entity
from transforms.regex_trie import literal_trie

UP = "A-ZÀ-ÖØ-ÞĆČĐŁŚŠŹŽŻŘŞİ"
LOW = "a-zß-öø-ÿā-ž"
NAME_TOKEN = rf"(?:[{UP}][{LOW}]+(?:[{UP}][{LOW}]+)?(?:[-'\u2019][{UP}]?[{LOW}]+)*|[{UP}]\.)"
PARTICLES = r"(?:de|da|di|del|der|den|van|von|al|el|bin|ibn|la|le|du|dos|das|ter)"
NAME = rf"{NAME_TOKEN}(?:[ \t]+(?:{PARTICLES}[ \t]+)?{NAME_TOKEN}){{0,3}}"

# Speed: Python's regex engine only skips quickly to a possible first
# character when a pattern *starts* with a character or character class; a
# leading look-behind such as (?<![\w-]) is instead tried at every offset of
# the text. The "*_AT_WORD_START" forms below consume the first character and
# then check the same condition one character later: (?<![\w-].) there is
# exactly (?<![\w-]) before that character (which is never a newline). They
# match the same spans as "(?<![\w-])" + the plain form, several times faster.
_WORD_START = r"(?<![\w-].)"
_AFTER_NON_WORD = r"(?<!\w.)"  # \b before a word that starts with a letter
NAME_TOKEN_AT_WORD_START = (
    rf"[{UP}]{_WORD_START}(?:[{LOW}]+(?:[{UP}][{LOW}]+)?(?:[-'\u2019][{UP}]?[{LOW}]+)*|\.)"
)
NAME_AT_WORD_START = rf"{NAME_TOKEN_AT_WORD_START}(?:[ \t]+(?:{PARTICLES}[ \t]+)?{NAME_TOKEN}){{0,3}}"


def _word_alternation(words, suffix=lambda word: "", word_start=_WORD_START):
    r"""Regex for "one of ``words``, starting a word" ((?<![\w-]) before it),
    written as a trie with the word-start check after the first letter.

    Only valid where at most one word can lead to a match at a given offset
    (the words are whole words, followed by something no word letter can
    match), so that trying them in trie order rather than the listed order
    cannot change the match. ``suffix(word)`` is appended after each word;
    ``word_start`` is the check after the first letter (``_AFTER_NON_WORD``
    for a plain ``\b``)."""
    return literal_trie(words, suffix, after_first=word_start)


def _longest_first(words, suffix=lambda word: "") -> str:
    """Regex alternation of the literal ``words`` as a trie, longer words
    tried before their prefixes (see ``literal_trie``): the same word matches
    as with a flat alternation sorted longest first, but the engine rejects
    an offset after a character or two instead of trying every word."""
    return literal_trie(words, suffix)


# Words that are capitalized but are not (parts of) personal names.
TITLE_WORDS = """
President Vice Prime Premier Minister Secretary Chancellor Senator Sen Representative Rep
Governor Gov Mayor General Gen Admiral Adm Colonel Col Lieutenant Lt Major Maj Captain Capt
Sergeant Sgt Commander Marshal Field Ambassador Envoy Spokesman Spokeswoman Spokesperson
Director Chairman Chairwoman Chair Chief Executive Officer Dr Mr Mrs Ms Miss Prof Professor
King Queen Prince Princess Crown Pope Sheikh Emir Judge Justice Commissioner Speaker Leader
Coach Bishop Archbishop Cardinal Rabbi Imam Pastor Deputy Acting Former Foreign Defense
Defence Interior Finance Economy Trade Health Justice Energy State Attorney Brigadier Rear
Supreme Senior High Representative Head Secretary-General Analyst Economist Officer Private
CEO CFO COO Lawmaker Councillor Councilor Minister-President Dean Editor Director-General
Spokesperson Agent Inspector Superintendent Detective Constable Sir Dame Lord Lady Sheriff Marshal
""".split()
STOP_CAPS = frozenset(
    TITLE_WORDS
    + """
    The A An This That These Those It Its He She They We I You His Her Their Our My
    In On At By For From With Without After Before During Since Until As But And Or Nor
    If When While Where Why How What Who Which Meanwhile However Also Still Yet Then Now
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April May June July August September October November December
    North South East West Northern Southern Eastern Western Central New Old Great
    Ministry Ministers Agency Council Committee Commission Department Office Service
    Army Navy Forces Force Police Guard Party Union Government Parliament Court Group
    Bank Fund Institute University College School Center Centre Corp Inc Ltd Company
    News Times Post Journal Daily Press Television Radio Agency Reuters Copyright
    According Several Some Many Most Both All Each Every No Not Other Another
    Later Earlier Today Yesterday Tonight Separately Instead Indeed Finally Asked Speaking
    Officials Analysts Experts Critics Residents Observers Sources Authorities Lawmakers
    Thus Even Only Just Perhaps Maybe Once Again Further Overall Recently Previously Last
    Next First Second Third Mr Mrs Ms Dr Prof Gen Lt Col Sen Rep Gov Capt Sgt Maj Adm Saint St
    Russian Ukrainian American British Chinese European Korean Japanese French German
    Mr. Mrs. Ms. Dr. Prof. Gen. Lt. Col. Sen. Rep. Gov. Capt. Sgt. Maj. Adm.
    """.split()
)
ORG_KEYWORDS = (
    "Ministry|Agency|Council|Committee|Commission|Institute|University|Bank|Party|Army|Navy|"
    "Forces|Command|Office|Department|Service|Corporation|Corp\\.|Inc\\.|Ltd\\.?|Group|"
    "Association|Federation|Organization|Organisation|Foundation|Court|Parliament|Assembly|"
    "Bureau|Authority|Board|Fund|Company|Academy|Society|Front|Movement|Alliance|Coalition|"
    "Network|Guard|Police|Directorate|Administration|Secretariat|Tribunal|Cabinet|Senate|"
    "Congress|Commissariat|Exchange|Airlines|Airways|Motors|Holdings|Systems|Technologies|"
    "Institution|Center|Centre|Program|Programme|Watch|Observatory|Forum|Hospital|Clinic|Museum|"
    "Laboratory|Laboratories|Reserve|Trust|Partners|Capital|Media|Energy"
)
_CAPWORD = rf"(?:[{UP}][\w&.'\u2019-]*|[A-Z0-9]{{2,}})"
# The keywords as plain strings ("Ltd\\.?" is "Ltd" or "Ltd."), for the trie forms.
_ORG_KEYWORD_LITERALS = [
    literal
    for keyword in ORG_KEYWORDS.split("|")
    for literal in ((keyword[:-3], keyword[:-3] + ".") if keyword.endswith("\\.?") else (keyword.replace("\\.", "."),))
]
# (?:{ORG_KEYWORDS}) as a trie. The order in which keywords are tried cannot
# change a match: the only keywords that extend another are "Ltd." (tried
# first in both forms) and "Programme", and "Program" fails wherever
# "Programme" fits (a letter follows it, where a space/tab or (?![\w-]) is due).
_ORG = re.compile(
    rf"(?<![\w-])((?:{_CAPWORD}[ \t]+){{0,5}}{_longest_first(_ORG_KEYWORD_LITERALS)}"
    rf"(?:[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?{_CAPWORD}(?:[ \t]+(?:and[ \t]+|&[ \t]+)?{_CAPWORD}){{0,4}})?)(?![\w-])"
)
# Only used for "is there a keyword" (search): the alternation order cannot matter.
# (?<![\w-]) checked after the first letter, where the engine has already
# skipped to a possible first letter (see _WORD_START).
_ORG_KEYWORD_RE = re.compile(literal_trie(_ORG_KEYWORD_LITERALS, after_first=_WORD_START) + r"(?![\w-])")
# Keyword candidates for ``_finditer_org`` (left boundary checked in Python;
# the reference for the keyword anchors that ``_anchors`` finds). Only the
# start of each match is used; a keyword followed by (?![\w-]) is a whole
# word, so at most one keyword matches at an offset, in any order.
_ORG_KEYWORD_FAST = re.compile(_longest_first(_ORG_KEYWORD_LITERALS, lambda w: r"(?![\w-])"))
# in the reversed text: up to five "spaces/tabs, then a word" before a keyword
_ORG_WORDS_BACK = re.compile(r"(?:[ \t]+[\w&.'\u2019-]*){0,5}")
_ORG_WORD_START = re.compile(rf"[{UP}0-9]{_WORD_START}")


def _finditer_at(pattern: re.Pattern, text: str, candidates) -> list[re.Match]:
    """``pattern.finditer(text)``, given a superset of the offsets where
    ``pattern`` can match (and no empty matches): the first match at or after
    the end of the previous one, trying only the candidate offsets."""
    out = []
    pos = 0
    for j in sorted(candidates):
        if j < pos:
            continue
        m = pattern.match(text, j)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def _finditer_org(text: str, reversed_text: str, keywords: list[int]) -> list[re.Match]:
    """Same matches as ``_ORG.finditer(text)``, but ``_ORG`` is only tried
    where a match can start.

    Every ``_ORG`` match contains an organisation keyword that starts a word
    and ends one, and either starts the match or follows a space/tab and at
    most five capitalised words (word characters and "&.'\u2019-"), each
    followed by spaces/tabs. So a match starts at such a keyword, or at an
    upper-case letter or digit that starts a word in that stretch before
    it. ``keywords``: the offsets where ``_ORG_KEYWORD_FAST`` matches (see
    ``_anchors``)."""
    n = len(text)
    candidates = set()
    for k in keywords:
        if k > 0 and (text[k - 1].isalnum() or text[k - 1] in "_-"):
            continue  # not at a word start: (?<![\w-])
        candidates.add(k)
        if k > 0 and text[k - 1] in " \t":
            lo = k - (_ORG_WORDS_BACK.match(reversed_text, n - k).end() - (n - k))
            candidates.update(m.start() for m in _ORG_WORD_START.finditer(text, lo, k))
    return _finditer_at(_ORG, text, candidates)


# \b(?:{ORG_KEYWORDS})\b, the first \b (before a letter) checked after it; search only: order-free
_ORG_KEYWORD_WORD = re.compile(literal_trie(_ORG_KEYWORD_LITERALS, after_first=r"(?<!\w[\s\S])") + r"\b")
_ORG_TAIL_STOP = re.compile(
    r"[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b.*$"
)


_SENTENCE_END = re.compile(r"\.[ \t]+")


def _org_end(text: str, start: int, end: int) -> int | None:
    """Where an organization name really ends: never past a sentence end
    ("... for Migration. As"), never into a date ("Council on Tuesday")."""
    surface = text[start:end]
    cut = _SENTENCE_END.search(surface)
    if cut:
        surface = surface[:cut.start()]
    tail = _ORG_TAIL_STOP.search(surface)
    if tail:
        surface = surface[:tail.start()]
    surface = surface.rstrip(" \t.,")
    if not surface or not _ORG_KEYWORD_RE.search(surface):
        return None
    return start + len(surface)


_LOC = re.compile(
    rf"({NAME_TOKEN_AT_WORD_START}(?:[ \t]+{NAME_TOKEN})?)[ \t]+(region|Region|province|Province|oblast|Oblast|district|District|county|County|governorate|Governorate|prefecture|Prefecture)\b"
)

_PLACE_WORDS = ("region", "province", "oblast", "district", "county", "governorate", "prefecture")


CUE_VERBS = (
    "said|says|say|told|tells|added|adds|wrote|writes|stated|states|noted|notes|explained|"
    "insisted|argued|warned|warns|asked|replied|responded|declared|announced|claimed|claims|"
    "stressed|emphasized|emphasised|continued|tweeted|posted|commented|remarked|acknowledged|"
    "admitted|recalled|concluded|urged|cautioned|predicted|suggested|observed|confirmed|"
    "denied|countered|testified|reported|estimated|believes|believed|thinks|thought|"
    "described|called|vowed|pledged|promised|conceded"
)
_TITLE_RE = "|".join(sorted({re.escape(t) for t in TITLE_WORDS if len(t) > 1}, key=len, reverse=True))
_CAP_TITLES = frozenset(t for t in TITLE_WORDS if len(t) > 1)
_LOWER_TITLES = (
    "spokesman spokeswoman spokesperson minister secretary president director chairman chairwoman "
    "analyst economist professor researcher official lawyer attorney correspondent commander "
    "ambassador envoy leader chief founder executive governor mayor senator lawmaker general colonel "
    "captain coach author activist prosecutor judge diplomat strategist expert scientist historian"
).split()
# Same matches as (?<![\w-])(?:(?:{_TITLE_RE})\.?|spokesman|...)[ \t]+({NAME}): a title is
# a whole word followed by "." or a space, so at most one title fits at an offset.
_TITLED = re.compile(
    _word_alternation([*_CAP_TITLES, *_LOWER_TITLES], lambda t: r"\.?" if t in _CAP_TITLES else "")
    + rf"[ \t]+({NAME})"
)
_PERSON_VERBS = (
    "fled|was|is|has|had|left|went|came|won|lost|became|spent|grew|made|took|saw|met|ran|"
    "died|lives|lived|works|worked|joined|resigned|visited|arrived|returned|smiled|shrugged|"
    "nodded|laughed|declined|refused|spoke|met|survived|remembers|recalls"
)
_CUE_ADVERBS = "also|later|then|earlier|previously|has|had|have|once|again|further"
# the verbs as a trie: every verb that fits at an offset ends at the same \b
_CUE_AFTER = re.compile(
    rf"({NAME_AT_WORD_START})(?:'s?)?[ \t]+(?:(?:{_CUE_ADVERBS})[ \t]+)?"
    + _longest_first([*CUE_VERBS.split("|"), *_PERSON_VERBS.split("|")])
    + r"\b"
)
# \b(?:said|says|added|wrote|according to|told)[ \t]+({NAME}), in its fast form
_CUE_BEFORE = re.compile(
    _word_alternation(["said", "says", "added", "wrote", "according to", "told"], word_start=_AFTER_NON_WORD)
    + rf"[ \t]+({NAME})"
)
ROLE_NOUNS = (
    "spokesman|spokeswoman|spokesperson|minister|secretary|president|director|chairman|"
    "chairwoman|chair|analyst|economist|professor|researcher|official|lawyer|attorney|"
    "correspondent|commander|ambassador|envoy|leader|chief|head|founder|executive|CEO|governor|"
    "mayor|senator|lawmaker|general|colonel|captain|coach|author|activist|prosecutor|judge|"
    "diplomat|strategist|expert|scientist|historian|fellow|adviser|advisor|member|resident|"
    "mother|father|student|teacher|farmer|worker|owner|manager|editor|reporter|journalist|"
    "officer|soldier|doctor|nurse|candidate|premier|chancellor|representative|deputy|aide|"
    "negotiator|specialist|partner|investor|engineer|designer|writer|artist|player|striker|"
    "midfielder|goalkeeper|defender|veteran|survivor|victim|witness|pastor|priest|bishop"
)
# What follows the name's comma. The role nouns as a trie: at one offset
# every noun that fits ends at the same \b (the end of the word), so the
# order of the nouns cannot matter.
_APPOSITION_TAIL = (
    rf"[ \t]+(?:(?:a|an|the|who|whose)[ \t]+[^,.;\"\u201c\u201d]{{0,60}}?\b{_longest_first(ROLE_NOUNS.split('|'))}s?\b|\d{{1,3}},)"
)
_APPOSITION = re.compile(rf"({NAME_AT_WORD_START}),{_APPOSITION_TAIL}")

# \b(?:{ROLE_NOUNS}),[ \t]+({NAME}), in its fast form
_ROLE_COMMA = re.compile(_word_alternation(ROLE_NOUNS.split("|"), word_start=_AFTER_NON_WORD) + rf",[ \t]+({NAME}),")
_COMMA_NAME = re.compile(
    rf",[ \t]+({NAME}),[ \t]+(?:did|does|has|had|was|is|said|says|told|who|whose|added|wrote|warned|argued|spoke|declined|refused|also|however)\b"
)

# Speed: _CUE_AFTER and _APPOSITION are only tried at capitalised word starts
# shortly before one of their anchors (a speech/person verb, or ", the/a/
# who/<digit>"): a match is a name (at most 6 space/tab runs), plus for
# _CUE_AFTER "'s" and an adverb (at most 8 runs in all), made only of name
# characters, spaces and tabs, right before the anchor. A ``*_BACK`` pattern
# run on the reversed text finds how far back such a stretch can reach.
_NAME_CHAR = rf"[{UP}{LOW}\-'\u2019.]"
# a space/tab, then one of the verbs as a whole word (the reference for the
# verb anchors that ``_anchors`` finds)
_CUE_VERB_ANCHOR = re.compile(
    "[ \t]" + _longest_first([*CUE_VERBS.split("|"), *_PERSON_VERBS.split("|")], lambda w: r"\b")
)
# the comma of an _APPOSITION match, with what must follow it (in a
# look-ahead, so that no comma is consumed by the previous hit). A name holds
# no comma, so a match's comma is the first one after its start: where the
# tail does not fit, no start before that comma can match.
_APPOSITION_ANCHOR = re.compile(rf",(?={_APPOSITION_TAIL})")
_CAP_WORD_START = re.compile(rf"[{UP}]{_WORD_START}")


def _name_stretch_back(max_runs: int) -> re.Pattern:
    return re.compile(rf"{_NAME_CHAR}*(?:[ \t]+{_NAME_CHAR}*){{0,{max_runs}}}")


# Tighter for _CUE_AFTER (verbs like "is" and "has" are frequent): right to
# left, each of the at most 8 words before the verb is a name token (it
# starts with a capital), a particle, or one of the adverbs. In the reversed
# text the lower-case words are reversed, longest first so that a word is
# never cut short ("del" before "el").
_REVERSED_LOWER_WORDS = _longest_first(
    {w[::-1] for w in (*PARTICLES.removeprefix("(?:").removesuffix(")").split("|"), *_CUE_ADVERBS.split("|"))}
)
_CUE_AFTER_BACK = re.compile(rf"(?:[ \t]+(?:{_NAME_CHAR}*[{UP}]|{_REVERSED_LOWER_WORDS})){{0,8}}")
_APPOSITION_BACK = _name_stretch_back(6)


def _candidates_before(text: str, reversed_text: str, anchors: list[int], back: re.Pattern) -> set[int]:
    """The capitalised word starts in the name stretches ending at the
    ``anchors`` (``back`` matched in the reversed text from each anchor)."""
    n = len(text)
    back_match = back.match
    cap_word_starts = _CAP_WORD_START.finditer
    out: set[int] = set()
    for anchor in anchors:
        lo = n - back_match(reversed_text, n - anchor).end()
        # (no [UP] letter in a stretch with only lower-case letters)
        if lo < anchor and not text[lo:anchor].islower():
            out.update(m.start() for m in cap_word_starts(text, lo, anchor))
    return out


# _TITLED, _ROLE_COMMA and _CUE_BEFORE are "<word>, then a name": they are
# only tried where one of their words starts a word and is followed by its
# separator (a space/tab, or for a title with a dot ".", for a role noun
# ","), spaces/tabs and a capital. Those words are found in the same
# Aho-Corasick pass as the anchors below, with the separator's first
# character as part of the key (so that "gen" in "agency" is no hit).
_TITLE_WORDS_ALL = frozenset([*_CAP_TITLES, *_LOWER_TITLES])
_CUE_BEFORE_WORDS = ("said", "says", "added", "wrote", "according to", "told")
# after the separator's first character: more spaces/tabs (at least one
# after "." or ",") and the name's capital
_THEN_CAPITAL = re.compile(rf"[ \t]*[{UP}]")
_SPACES_THEN_CAPITAL = re.compile(rf"[ \t]+[{UP}]")


# _LOC is only tried at capitalised words in the (at most two words long)
# stretch of name characters before a space/tab and a place word.
# [ \t](?:[rR]egion|[pP]rovince|...)\b (the reference for the place-word
# anchors that ``_anchors`` finds)
_PLACE_WORD_ANCHOR = re.compile(
    "[ \t]" + _longest_first([f(w) for w in _PLACE_WORDS for f in (str, str.capitalize)], lambda w: r"\b")
)
_LOC_BACK = _name_stretch_back(2)


def _finditer_loc(text: str, reversed_text: str, places: list[int]) -> list[re.Match]:
    """Same matches as ``_LOC.finditer(text)``; ``places``: the place words
    after a space/tab (``_PLACE_WORD_ANCHOR`` matches + 1)."""
    return _finditer_at(_LOC, text, _candidates_before(text, reversed_text, places, _LOC_BACK))


def _finditer_cue_after(text: str, reversed_text: str, verbs: list[int]) -> list[re.Match]:
    """Same matches as ``_CUE_AFTER.finditer(text)``; ``verbs``: the verbs
    after a space/tab (``_CUE_VERB_ANCHOR`` matches + 1)."""
    return _finditer_at(_CUE_AFTER, text, _candidates_before(text, reversed_text, verbs, _CUE_AFTER_BACK))


# Speed: the verb, place-word and organisation-keyword anchors above, and
# the title/role/cue words, are literal words, so they are found in the
# catalog's Aho-Corasick pass over the lower-cased text
# (``Catalog.spans_with_words``) instead of regex passes stopped at every
# space or capital. The automaton reports every occurrence of every key; the
# hits whose text is one of the exact spellings and that meet the patterns'
# conditions around the word are exactly where the anchor patterns match,
# and include every place where _TITLED, _ROLE_COMMA or _CUE_BEFORE match.
_VERB_ANCHOR, _PLACE_ANCHOR, _ORG_ANCHOR, _TITLED_WORD, _ROLE_COMMA_WORD, _CUE_BEFORE_WORD = range(6)


def _anchor_words() -> dict[str, tuple[int, int, int, frozenset[str]]]:
    """Lower-case key -> (kind, key length, how far back from the key's end
    the anchor is, the exact spellings). Keys: " verb" / "\tverb", " place
    word" (either case of its first letter), the organisation keywords, and
    the title, role and cue words with their separator's first character."""
    spellings: dict[str, tuple[int, int, set[str]]] = {}

    def add(key: str, kind: int, back: int) -> None:
        entry = spellings.setdefault(key.lower(), (kind, back, set()))
        assert entry[:2] == (kind, back), key
        entry[2].add(key)

    for verb in {*CUE_VERBS.split("|"), *_PERSON_VERBS.split("|")}:
        for space in " \t":
            add(space + verb, _VERB_ANCHOR, len(verb))
    for word in _PLACE_WORDS:
        for form in (word, word.capitalize()):
            for space in " \t":
                add(space + form, _PLACE_ANCHOR, len(form))
    for keyword in _ORG_KEYWORD_LITERALS:
        add(keyword, _ORG_ANCHOR, len(keyword))
    for title in _TITLE_WORDS_ALL:
        for separator in " \t." if title in _CAP_TITLES else " \t":
            add(title + separator, _TITLED_WORD, len(title) + 1)
    for role in ROLE_NOUNS.split("|"):
        add(role + ",", _ROLE_COMMA_WORD, len(role) + 1)
    for cue in _CUE_BEFORE_WORDS:
        for space in " \t":
            add(cue + space, _CUE_BEFORE_WORD, len(cue) + 1)
    return {key: (kind, len(key), back, frozenset(forms)) for key, (kind, back, forms) in spellings.items()}


_ANCHOR_WORDS = _anchor_words()


def _anchors(text: str, hits: list[tuple[int, tuple[int, int, int, frozenset[str]]]]) -> list[list[int]]:
    """The anchors from the ``_ANCHOR_WORDS`` hits, by kind (an offset may
    repeat). Verbs and place words: where ``_CUE_VERB_ANCHOR`` /
    ``_PLACE_WORD_ANCHOR`` match, after their space/tab; organisation
    keywords: where ``_ORG_KEYWORD_FAST`` matches; title, role and cue
    words: word starts followed by the word's separator and a capital."""
    padded = f" {text} "  # padded[i + 1] is text[i], and a space at either end
    found: list[list[int]] = [[], [], [], [], [], []]
    for last, (kind, key_length, back, spellings) in hits:
        end = last + 1
        if text[end - key_length:end] not in spellings:
            continue
        if kind <= _ORG_ANCHOR:
            ch = padded[end + 1]
            if ch.isalnum() or ch == "_" or (ch == "-" and kind == _ORG_ANCHOR):
                continue  # (?![\w-]) for keywords, \b after the others' last letter
        else:
            ch = padded[end - key_length]  # the character before the word
            if ch.isalnum() or ch == "_" or (ch == "-" and kind == _TITLED_WORD):
                continue  # (?<![\w-]) before a title, \b before the others
            after = _THEN_CAPITAL if text[last] in " \t" else _SPACES_THEN_CAPITAL
            if after.match(text, end) is None:
                continue
        found[kind].append(end - back)
    return found


def _finditer_apposition(text: str, reversed_text: str) -> list[re.Match]:
    """Same matches as ``_APPOSITION.finditer(text)``."""
    commas = [m.start() for m in _APPOSITION_ANCHOR.finditer(text)]
    return _finditer_at(_APPOSITION, text, _candidates_before(text, reversed_text, commas, _APPOSITION_BACK))


# East Asian names put the family name first: "Kim Jong Un" -> "Kim".
FAMILY_NAME_FIRST = frozenset(
    {"country:KP", "country:KR", "country:CN", "country:TW", "country:VN", "country:HK", "country:MO", "country:KH"}
)

_MINISTRY_FORM = re.compile(r"^(.+?)[ \t]+(Ministry|Department)$")
_FULL_MINISTRY = {"Foreign": "Foreign Affairs", "Defence": "Defense", "Home": "Home Affairs"}


class _Mention:
    __slots__ = ("start", "end", "entity_id", "name", "type", "country_id")

    def __init__(self, start, end, entity_id, name, etype, country_id=None):
        self.start = start
        self.end = end
        self.entity_id = entity_id
        self.name = name
        self.type = etype
        self.country_id = country_id


def person_id(name: str) -> str:
    """Stable id of a person not in the catalog."""
    return "person:" + slugify(name)


def org_id(name: str) -> str:
    return "org:" + slugify(name)


_NON_SPACE = re.compile(r"\S+")  # the words of str.split(), with their offsets
assert {"Mr", "Mrs", "Ms", "Dr"} <= STOP_CAPS


def _clean_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim title/stop words at both ends of a name span; None if nothing is left."""
    words = text[start:end].split()
    if not words:
        return None
    if words[0].rstrip(".") not in STOP_CAPS and words[-1] not in STOP_CAPS:
        # nothing to trim (the common case): the span minus outer white space
        span = text[start:end]
        return start + len(span) - len(span.lstrip()), end - len(span) + len(span.rstrip())
    tokens = [m.span() for m in _NON_SPACE.finditer(text, start, end)]
    while tokens and text[tokens[0][0]:tokens[0][1]].rstrip(".") in STOP_CAPS:
        tokens.pop(0)
    while tokens and text[tokens[-1][0]:tokens[-1][1]] in STOP_CAPS:
        tokens.pop()
    if not tokens:
        return None
    return tokens[0][0], tokens[-1][1]


def _overlaps(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    i = bisect_right(starts, start) - 1
    for j in (i, i + 1):
        if 0 <= j < len(spans):
            s, e = spans[j]
            if s < end and start < e:
                return True
    return False


class _Occupancy:
    """Sorted non-overlapping spans with an overlap test (small, per article)."""

    def __init__(self):
        self.spans: list[tuple[int, int]] = []
        self.starts: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1
        j = max(i, 0)
        while j < len(self.spans) and self.spans[j][0] < end:
            if self.spans[j][1] > start:
                return True
            j += 1
        return False

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.spans.insert(i, (start, end))


_BY_SPAN = attrgetter("start", "end")
_BY_START = attrgetter("start")


def extract_entities(text: str, article_id: str, catalog: Catalog) -> list[Entity]:
    """All entity mentions in ``text``, ordered by offset."""
    if not text or not text.strip():
        return []
    mentions: list[_Mention] = []
    occupied = _Occupancy()

    # 1. catalog
    entries = catalog.entries
    spans, anchor_hits = catalog.spans_with_words(text, _ANCHOR_WORDS)
    checked = catalog.checked
    if checked:
        for span in spans:
            if span[2] in checked and not span[3]:
                spans = _resolve_places(text, spans, catalog)
                break
    for start, end, index, adjective in spans:
        entry = entries[index]
        etype = "NORP" if adjective else entry.type
        mentions.append(_Mention(start, end, entry.entity_id, entry.name, etype, entry.country_id))
    # the catalog's spans are ordered and disjoint: they are the occupancy
    occupied.starts = [start for start, _, _, _ in spans]
    occupied.spans = [(start, end) for start, end, _, _ in spans]
    catalog_mentions = mentions[:]

    # 2. pattern-found people, organizations, places
    people: dict[str, tuple[str, str]] = {}  # surface name -> (entity_id, name)

    surnames: dict[str, tuple[int, _Mention] | None] = {}

    def _note_surname(m: _Mention) -> None:
        tokens = m.name.split()
        if len(tokens) < 2:
            return
        key = tokens[0] if m.country_id in FAMILY_NAME_FIRST else tokens[-1]
        old = surnames.get(key, ())
        if old is None:
            return
        if old and old[1].entity_id != m.entity_id:
            surnames[key] = None  # two people share the surname
        elif not old or m.start < old[0]:
            surnames[key] = (m.start, m)

    for cm in catalog_mentions:
        if cm.type == "PERSON":
            _note_surname(cm)

    def _earlier_person(surname: str, before: int) -> _Mention | None:
        hit = surnames.get(surname)
        return hit[1] if hit and hit[0] < before else None

    def add_person(start: int, end: int) -> None:
        cleaned = _clean_name(text, start, end)
        if cleaned is None:
            return
        s, e = cleaned
        if text[e - 1] == "." and e - s > 2 and text[e - 2].islower():
            e -= 1
        surface = text[s:e]
        if occupied.overlaps(s, e):
            return
        words = surface.split()
        if not STOP_CAPS.isdisjoint(words):
            return
        if _ORG_KEYWORD_WORD.search(surface):
            return
        known = catalog.lookup(surface)
        if known is not None and known.needs_context:
            known = None  # a minor place's name ("Mr. Preston"): not evidence against a person
        earlier = _earlier_person(surface, s) if len(words) == 1 else None
        if earlier is not None:
            entity_id, name = earlier.entity_id, earlier.name
        elif known is not None:
            if known.type != "PERSON":
                return
            entity_id, name = known.entity_id, known.name
        else:
            entity_id, name = person_id(surface), surface
        mention = _Mention(s, e, entity_id, name, "PERSON", known.country_id if known else None)
        mentions.append(mention)
        occupied.add(s, e)
        _note_surname(mention)
        if len(words) >= 2:
            people.setdefault(surface, (entity_id, name))

    reversed_text = text[::-1]  # for the _finditer_* helpers (same matches as pattern.finditer)
    verbs, places, keywords, titled, role_comma, cue_before = _anchors(text, anchor_hits)
    by_position = _MentionIndex(catalog_mentions)
    for m in _finditer_org(text, reversed_text, keywords):
        end = _org_end(text, m.start(1), m.end(1))
        if end is not None:
            _add_org(text, m.start(1), end, by_position, occupied, mentions)
    for m in _finditer_at(_TITLED, text, titled):
        add_person(m.start(1), m.end(1))
    for m in _finditer_apposition(text, reversed_text):
        add_person(m.start(1), m.end(1))
    for m in _finditer_at(_ROLE_COMMA, text, role_comma):
        add_person(m.start(1), m.end(1))
    cue_matches = (
        _finditer_cue_after(text, reversed_text, verbs),
        _finditer_at(_CUE_BEFORE, text, cue_before),
        _COMMA_NAME.finditer(text),
    )
    for matches in cue_matches:
        for m in matches:
            # a bare cue-adjacent capitalized pair must be two name tokens
            s, e = m.start(1), m.end(1)
            words = text[s:e].split()
            # (len(words) >= 2 and not _sentence_initial_only(text, s, e)), inlined
            if len(words) >= 2 and words[0] not in STOP_CAPS:
                add_person(s, e)

    for m in _finditer_loc(text, reversed_text, places):
        s, e = m.start(0), m.end(0)
        cleaned = _clean_name(text, m.start(1), m.end(1))
        if cleaned is None or occupied.overlaps(s, e):
            continue
        place = text[cleaned[0]:cleaned[1]]
        name = f"{place} {m.group(2).lower()}"
        known = catalog.lookup(place)
        if known is not None and not known.needs_context:
            continue
        mentions.append(_Mention(cleaned[0], e, "loc:" + slugify(place), name, "LOC"))
        occupied.add(cleaned[0], e)

    # 3. in-article linking of repeated full names and surnames
    _link_short_forms(text, mentions, occupied, people, catalog)

    mentions.sort(key=_BY_SPAN)
    # positional arguments (article_id, entity_id, name, type, surface,
    # start_char, end_char): cheaper than keywords, once per mention
    return [Entity(article_id, m.entity_id, m.name, m.type, text[m.start:m.end], m.start, m.end) for m in mentions]


# ---------------------------------------------------------------- gazetteer context
#
# A place the catalog marks as needing context links only with one of:
#   strong: a locative preposition before it ("in", "near", "outside", "across", "around",
#           "north of", ... + optional "the" and a compass adjective), "the city/town/port
#           of" (or "mayor of", "residents of") before it, a place noun after it ("Izmail
#           port", "X region"), "-based" after it, a dateline ("KRAMATORSK, Ukraine —",
#           "GOMA (Reuters) -"), or ", <its country or subdivision>" after it ("Bristol,
#           England", "Springfield, Illinois");
#   weak:   "from", "at", "to", "towards", "via", "through", "between" (which also introduce
#           people and organisations): enough for a minor place, not for an "ambiguous" one;
#   a place coordinated with one that has context ("in Izmail and Reni") shares it.
# It never links inside a longer capitalized name ("Bristol City", "Real Springfield"),
# nor before ", who" / ", 34," / "'s wife", nor before a speech verb unless the context
# is strong. Among places sharing the name, the one whose subdivision or country the
# qualifier names, else the article mentions, else the most populous is chosen; where
# that choice is not clear (no evidence and no sense three times as populous as the next),
# nothing is linked.

_STRONG, _WEAK = 2, 1
_NEEDED = {"minor": _WEAK, "ambiguous": _STRONG}
_COMPASS_ADJ = r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?[ \t]+)?"
_PREP_BEFORE = re.compile(
    r"(?<![\w-])(?i:(?P<strong>in|near|outside|across|around|inside|throughout|into|within|"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)[ \t]+of)"
    r"|(?P<weak>from|at|to|towards?|via|through|between))[ \t]+(?:the[ \t]+)?" + _COMPASS_ADJ + r"$"
)
_OF_BEFORE = re.compile(
    r"(?<![\w-])(?:city|town|village|port|suburb|district|region|province|county|municipality|outskirts|"
    r"centre|center|capital|residents|mayor|governor)[ \t]+of[ \t]+$"
)
_PLACE_NOUN_AFTER = re.compile(
    r"(?:[ \t]+(?:port|city|town|village|area|airport|harbou?r|municipality|suburb|outskirts)|-based)\b"
)
# "Sylhet district", "Belgorod region": the district, not the town (the "<Name> region" pattern's)
_AREA_WORD_AFTER = re.compile(r"[ \t]+(?:" + "|".join(w for p in _PLACE_WORDS for w in (p, p.capitalize())) + r")\b")
_DATELINE_TAIL = re.compile(
    r"(?:,[ \t]*[^\n,\u2014\u2013(]{2,40}){0,2}[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?(?:[\u2014\u2013]|--?)[ \t]"
)
_COMMA_GAP = re.compile(r",[ \t]*")
_COORDINATION_GAP = re.compile(r",?[ \t]+(?:and|or)[ \t]+")
_DATE_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December".split()
)
_CAPITAL_NEXT = re.compile(rf"[ \t]+([{UP}][\w'\u2019.-]*)")
_CAPITAL_BEFORE = re.compile(rf"(?<![\w'\u2019.-])([{UP}][\w.-]*)[ \t]+$")
_PERSONISH_AFTER = re.compile(
    r",[ \t]+(?:who|whose|\d{1,3}[ \t]*,)|['\u2019]s[ \t]+(?:wife|husband|son|daughter|mother|father|brother|"
    r"sister|family|lawyer|attorney|spokesman|spokeswoman|spokesperson|coach|career|goal|goals|agent)\b"
)
_SPEECH_AFTER = re.compile(
    r"[ \t]+(?:said|says|told|tells|added|wrote|asked|replied|tweeted|posted|explained|argued|stressed|insisted)\b"
)
_DOMINANCE = 3  # the most populous sense links without evidence only at 3x the next one


def _context_level(text: str, start: int, end: int) -> int:
    """How much place context surrounds ``text[start:end]`` (0, _WEAK or _STRONG), from
    the words around it only (qualifiers and coordination are the caller's)."""
    before = text[max(0, start - 48):start]
    if _OF_BEFORE.search(before) or _PLACE_NOUN_AFTER.match(text, end):
        return _STRONG
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip() and _DATELINE_TAIL.match(text, end):
        return _STRONG
    m = _PREP_BEFORE.search(before)
    if m:
        return _STRONG if m.group("strong") else _WEAK
    return 0


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """"Bristol City", "Manchester United", "Real Springfield": a capitalized word (not a
    stop word such as a weekday or "In") right after or right before the name."""
    m = _CAPITAL_NEXT.match(text, end)
    if m and m.group(1).rstrip(".") not in _DATE_WORDS:  # "in Goma Monday" is a date, not a name
        return True
    m = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
    # (a word that ends a sentence, "... in London. Bristol", is no part of the name)
    return bool(m) and not m.group(1).endswith(".") and m.group(1) not in STOP_CAPS


def _resolve_places(text: str, spans: list, catalog: Catalog) -> list:
    """The catalog spans with every checked place resolved: replaced by the sense the
    evidence picks, or dropped where it has no place context or no clear sense."""
    entries = catalog.entries
    checked = catalog.checked
    mentioned_ids: set[str] = set()
    mentioned_countries: set[str] = set()
    for _, _, index, _ in spans:
        if index in checked:
            continue
        entry = entries[index]
        mentioned_ids.add(entry.entity_id)
        if entry.entity_id.startswith("country:"):
            mentioned_countries.add(entry.entity_id)
        elif entry.country_id:
            mentioned_countries.add(entry.country_id)
    # words of the people the catalog found ("Kim" of Kim Jong Un is not the town Kim)
    person_words = {w for _, _, index, _ in spans if entries[index].type == "PERSON"
                    for w in entries[index].name.split()}
    levels: dict[int, int] = {}

    def level_of(k: int) -> int:
        """The place context of span k, a coordinated earlier place's included."""
        if k in levels:
            return levels[k]
        levels[k] = 0  # (no cycle: only earlier spans are looked at)
        start, end, index, _ = spans[k]
        level = _context_level(text, start, end)
        if level < _STRONG and k > 0:
            p_start, p_end, p_index, _ = spans[k - 1]
            if entries[p_index].type in PLACE_LIKE and _COORDINATION_GAP.fullmatch(text, p_end, start):
                level = max(level, level_of(k - 1))
        levels[k] = level
        return level

    out = []
    for k, span in enumerate(spans):
        start, end, index, adjective = span
        if index not in checked or adjective:
            out.append(span)
            continue
        senses = catalog.senses(text[start:end]) or (index,)
        if text[start:end] in person_words:
            senses = tuple(i for i in senses if not entries[i].needs_context)
            if not senses:
                continue
        level = level_of(k)
        qualifier = None
        if k + 1 < len(spans) and _COMMA_GAP.fullmatch(text, end, spans[k + 1][0]):
            q = entries[spans[k + 1][2]]
            if q.type in PLACE_LIKE:
                qualifier = q
        tiers = []
        if qualifier is not None:
            qid, qcountry = qualifier.entity_id, qualifier.country_id
            tier = [i for i in senses if entries[i].parent_id == qid or entries[i].country_id == qid
                    or (qcountry and entries[i].country_id == qcountry and entries[i].parent_id is None)]
            if tier:
                tiers.append((tier, _STRONG))
        tier = [i for i in senses if entries[i].parent_id in mentioned_ids]
        if tier:
            tiers.append((tier, level))
        # the country the article mentions: not for a homonym far smaller than a place that
        # needs no context (Rotterdam, New York, is not Rotterdam because the U.S. is named)
        primary = entries[senses[0]]
        floor = primary.population / 10 if not primary.needs_context else 0
        tier = [i for i in senses if entries[i].country_id in mentioned_countries
                and (not entries[i].needs_context or entries[i].population >= floor)]
        if tier:
            tiers.append((tier, level))
        tiers.append((list(senses), level))
        chosen = None
        for tier, tier_level in tiers:
            chosen = _choose(text, start, end, [entries[i] for i in tier], tier, tier_level)
            if chosen is not None:
                levels[k] = tier_level
                out.append((start, end, chosen, adjective))
                break
        else:
            levels[k] = 0
    return out


PLACE_LIKE = frozenset({"GPE", "LOC"})


def _choose(text: str, start: int, end: int, cands: list[CatalogEntry], indexes: list[int], level: int) -> int | None:
    """The index of the sense to link among ``cands`` (one tier of evidence), or None."""
    order = sorted(range(len(cands)), key=lambda j: (cands[j].needs_context != "", -cands[j].population))
    best = cands[order[0]]
    if len(order) > 1:
        runner = cands[order[1]]
        same_rank = (runner.needs_context != "") == (best.needs_context != "")
        if same_rank and best.population < _DOMINANCE * max(runner.population, 1):
            return None  # no clear sense: "in Springfield" with no state in sight
    if best.needs_context:
        if level < _NEEDED.get(best.needs_context, _STRONG):
            return None
        if _in_longer_name(text, start, end) or _PERSONISH_AFTER.match(text, end) or _AREA_WORD_AFTER.match(text, end):
            return None
        if level < _STRONG and _SPEECH_AFTER.match(text, end):
            return None
    return indexes[order[0]]


def _sentence_initial_only(text: str, start: int, end: int) -> bool:
    """A two-word capitalized phrase at a sentence start whose first word is a stop word."""
    first = text[start:end].split()[0]
    return first in STOP_CAPS


class _MentionIndex:
    """Catalog mentions (ordered, non-overlapping) looked up by position with
    bisect, so each organization costs O(log n), not a scan of the article."""

    def __init__(self, mentions: list[_Mention]) -> None:
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.ends = [m.end for m in mentions]

    def starting_in(self, start: int, end: int) -> list[_Mention]:
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return self.mentions[lo:hi]

    def ending_in(self, low: int, high: int) -> list[_Mention]:
        lo, hi = bisect.bisect_left(self.ends, low), bisect.bisect_right(self.ends, high)
        return self.mentions[lo:hi]


_POSSESSIVE_GAP = re.compile(r"(?:'s|\u2019s)?[ \t]+")
_POSSESSIVE_GAP_OR_NONE = re.compile(r"(?:'s|\u2019s)?[ \t]*")


def _add_org(text, start, end, catalog_mentions: _MentionIndex, occupied, mentions) -> None:
    country: _Mention | None = None
    # trim a leading country / nationality mention ("Russia's Defense Ministry")
    for cm in catalog_mentions.starting_in(start, end):
        if cm.end > end:
            break
        if cm.start >= start and cm.start < end:
            if cm.type in ("GPE", "NORP"):
                gap = _POSSESSIVE_GAP.match(text, cm.end, end)
                if gap:
                    start = gap.end()
                    country = cm
    cleaned = _clean_name_org(text, start, end)
    if cleaned is None:
        return
    s, e = cleaned
    if occupied.overlaps(s, e):
        return
    surface = text[s:e]
    if len(surface.split()) < 2 and not country:
        return
    if country is None:
        # "the Russian Defense Ministry": a nationality just before the span
        before = text[max(0, s - 40):s]
        for cm in catalog_mentions.ending_in(s - 3, s):
            if cm.end <= s and s - cm.end <= 3 and cm.type in ("GPE", "NORP"):
                if _POSSESSIVE_GAP_OR_NONE.fullmatch(text, cm.end, s):
                    country = cm
        del before
    canonical = surface
    mm = _MINISTRY_FORM.match(surface)
    if mm and len(mm.group(1).split()) <= 2:
        topic = _FULL_MINISTRY.get(mm.group(1), mm.group(1))
        canonical = f"{mm.group(2)} of {topic}"
    canonical = canonical.replace("Defence", "Defense")
    if country is not None:
        code = country.entity_id.split(":", 1)[1].lower()
        entity_id = f"org:{code}:{slugify(canonical)}"
        name = f"{canonical} ({country.name})"
    else:
        entity_id, name = org_id(canonical), canonical
    mentions.append(_Mention(s, e, entity_id, name, "ORG", country.entity_id if country else None))
    occupied.add(s, e)


_ORG_LEADING_STOP = frozenset(
    "The A An This That In On At By For From With After Before During As But And Or If When While "
    "Meanwhile However Also Both Its His Her Their Our According".split()
)


def _clean_name_org(text: str, start: int, end: int) -> tuple[int, int] | None:
    tokens = [m.span() for m in _NON_SPACE.finditer(text, start, end)]
    while tokens and text[tokens[0][0]:tokens[0][1]] in _ORG_LEADING_STOP:
        tokens.pop(0)
    if not tokens:
        return None
    s, e = tokens[0][0], tokens[-1][1]
    while e > s and text[e - 1] in ".,'\u2019" and not text[s:e].endswith(("Inc.", "Corp.", "Ltd.", "Co.")):
        e -= 1
    if text[e - 2:e] in ("'s", "\u2019s"):
        e -= 2
    return (s, e) if e > s else None


def _not_inside_word(text: str, start: int, end: int) -> bool:
    """No letter, digit or hyphen right before or after the span."""
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
        return False
    if end < len(text) and (text[end].isalnum() or text[end] == "-"):
        return False
    return True


_PARTICLE_WORDS = frozenset(PARTICLES.removeprefix("(?:").removesuffix(")").split("|"))


def _link_short_forms(text, mentions, occupied, people, catalog) -> None:
    """Later mentions of a full name or its surname link to the person named earlier."""
    keys: dict[str, tuple[str, str, int] | None] = {}  # key -> (entity_id, name, first_start)

    def register(key: str, entity_id: str, name: str, first: int) -> None:
        if len(key) < 2 or key in STOP_CAPS:
            return
        old = keys.get(key, ())
        if old is None:
            return
        if old and old[0] != entity_id:
            keys[key] = None  # ambiguous surname: two people share it
            return
        if not old:
            keys[key] = (entity_id, name, first)

    persons = [m for m in mentions if m.type == "PERSON"]
    if not persons and not people:
        return  # nothing to link (the common case: no keys, no hits)
    persons.sort(key=_BY_START)
    for m in persons:
        surface = text[m.start:m.end]
        tokens = m.name.split()
        register(surface, m.entity_id, m.name, m.start)
        if len(tokens) >= 2:
            register(m.name, m.entity_id, m.name, m.start)
            family = tokens[0] if m.country_id in FAMILY_NAME_FIRST else tokens[-1]
            register(family, m.entity_id, m.name, m.start)
            # "von der Leyen", "Jean-Pierre": the particle-led tail
            for i, tok in enumerate(tokens[1:-1], start=1):
                if tok in _PARTICLE_WORDS:
                    register(" ".join(tokens[i:]), m.entity_id, m.name, m.start)
                    break
    for surface, (entity_id, name) in people.items():
        register(surface, entity_id, name, text.find(surface))
    live = {k: v for k, v in keys.items() if v is not None}
    if not live:
        return
    # Every occurrence of every key (overlapping ones too): a few str.find
    # scans are cheaper than building an automaton for each article. The
    # order does not matter: ``found`` is sorted by span, and one span has one key.
    found = []
    n = len(text)
    for key, (entity_id, name, first) in live.items():
        length = len(key)
        start = text.find(key)
        while start != -1:
            end = start + length
            # _not_inside_word inlined: no letter, digit or hyphen on either side
            if (
                (start > first or text[start:end] == name)
                and (start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "-"))
                and (end == n or not (text[end].isalnum() or text[end] == "-"))
            ):
                found.append((start, -end, entity_id, name))
            start = text.find(key, start + 1)
    found.sort()  # by start, longest first (no two keys share a span)
    taken = set(occupied.spans)  # most hits are the mentions the keys came from
    for start, neg_end, entity_id, name in found:
        end = -neg_end
        if (start, end) in taken or occupied.overlaps(start, end):
            continue
        mentions.append(_Mention(start, end, entity_id, name, "PERSON"))
        occupied.add(start, end)
