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
   Organisations by their form also take in the catalog names inside them
   ("Trump Organization", "Siemens Energy", "Pennsylvania General Assembly").
2b. Names the catalog lacks (``_find_unknown_names``): each run of capitalized
   words the steps above left alone is typed by its form (a place word last:
   "Rod Laver Arena"; "&": "Carrow & Whitley"; a given name first, from
   ``transforms.given_names``: "Jonas Lindqvist"; an East Asian name: "Yoon
   Mi-ra") or its context (a descriptive word before it: "winger Josh Okafor";
   "Kenya's Daniel Kipruto"; "the town of Wunsiedel"; "in Upper Franconia";
   "operator Allwyn"); a catalog name inside a longer name is a word of it
   ("Eric Trump", "Paris Hilton", "Real Madrid"). Precision first: an unknown
   word at a sentence start, an event ("Australian Open") or a title-case line
   gives no entity.
2c. Article-level links (``_article_links``): the dateline's place, "the
   North"/"the South" in a Korea story, acronyms defined in the text ("Joint
   Chiefs of Staff (JCS)", "..., or SEPTA,") or made of a named organisation's
   initials ("RFU"), an organisation's short form ("General Assembly" after
   "Pennsylvania General Assembly").
3. In-article linking: every occurrence of the names found so far and their
   surnames (``str.find``), so that a later "Kirby" or "Doe" links to the
   full name mentioned earlier in the same article; a one-word person
   ("Mr. Butterfield", "Sharon laughed") links to the one full name of the
   article with that family or given name, before or after it, and a catalog
   surname ("Yoon") to the article's own person when the catalog person's
   full name is not in the article.

``surface`` is the text of the mention: titles are outside the span and a
possessive "'s" is never part of it.
"""

from __future__ import annotations

import bisect
import re
from bisect import bisect_right
from operator import attrgetter


from transforms.catalog import Catalog, CatalogEntry, slugify
from transforms.given_names import GIVEN_NAMES
from transforms.records import Entity
from transforms.regex_trie import literal_trie
from transforms.speakers import TITLE_CHAIN_WORDS

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
CEO CFO COO Lawmaker Councillor Councilor Minister-President Editor Director-General
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
    "Laboratory|Laboratories|Reserve|Trust|Partners|Capital|Media|Energy|"
    # organisations by their form (issue 13): companies, unions, schools, clubs, leagues
    "Union|Securities|Investments|Investment|Electronics|Research|Publishers|Publishing|Hotels|"
    "Resorts|Events|Industries|Pharmaceuticals|Insurance|Financial|Solutions|Brewery|Brewers|"
    "Consulting|Railways|Railway|Entertainment|Studios|Chemicals|Steel|Petroleum|Power|Telecom|"
    "Communications|Logistics|Shipbuilding|Construction|Ventures|Associates|Club|League|Centers|"
    "School|Schools|Church|Co\\.|Corp|Inc|LLC|plc|GmbH"
)
_CAPWORD = rf"(?:[{UP}][\w&.'\u2019-]*|(?=[A-Z0-9]*[A-Z])[A-Z0-9]{{2,}})"  # ("G7", "3M"; not "15")
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
# A keyword may be followed by more capitalised words that end in a keyword
# ("Texas Tech University Health Sciences Center", "Caledonia Central School District").
_ORG = re.compile(
    rf"(?<![\w-])((?:{_CAPWORD}[ \t]+){{0,5}}{_longest_first(_ORG_KEYWORD_LITERALS)}"
    rf"(?:(?:[ \t]+{_CAPWORD}){{0,2}}?[ \t]+{_longest_first(_ORG_KEYWORD_LITERALS + ['District'])}(?![\w-]))*"
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


# a full stop after a word of two or more lower-case letters ("Lubbock. The"), not after an
# initial or abbreviation ("U.S. Army", "St. Johnsbury Academy", "Hyundai Motor Co.")
_SENTENCE_END = re.compile(r"(?<=[a-z][a-z])(?<!\bInc)(?<!\bCorp)(?<!\bLtd)\.[ \t]+")


# A party's member after a place: "Ohio Republican" is a person described, not an organization.
_PARTY_MEMBERS = frozenset("Republican Republicans Democrat Democrats Independent Conservative Conservatives "
                           "Liberal Liberals Socialist Socialists".split())


# "Food and ", "Irish Nurses and ": capitalised words and "and" just before an organisation's name
_JOINED_HEAD_BACK = re.compile(rf"({_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,2}})[ \t]+(?:and|&)[ \t]+$")


def _joined_org_start(text: str, start: int, catalog_mentions: "_MentionIndex", occupied: "_Occupancy") -> int:
    """Where a name joined by "and" starts: "Food and Drug Administration", "Securities and
    Exchange Commission", "Irish Nurses and Midwifery Organisation" are one name (the keyword
    pattern starts after the "and"). Not when the word before "and" is a known name or ends one
    ("Apple and Microsoft Corporation", "Hana Securities and Counterpoint Research": two
    organisations) or is a stop word ("The", "In")."""
    m = _JOINED_HEAD_BACK.search(text, max(0, start - 60), start)
    if m is None:
        return start
    words = [w for w in _NON_SPACE.finditer(text, m.start(1), m.end(1))]
    while words and words[0].group() in STOP_CAPS:
        words.pop(0)
    if (not words or words[-1].group() in STOP_CAPS or catalog_mentions.overlapping(*words[-1].span())
            or occupied.overlaps(*words[-1].span())):
        return start  # ("Hana Securities and Counterpoint Research": two names, the first one complete)
    return words[0].start()


def _org_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where an organization name really starts and ends: never across a sentence end
    ("... for Migration. As": the part with the keyword, "in Lubbock. The Caledonia
    Central School District": the part after the stop), never into a date ("Council on
    Tuesday")."""
    surface = text[start:end]
    while (cut := _SENTENCE_END.search(surface)) is not None:
        if _ORG_KEYWORD_RE.search(surface, 0, cut.start()):
            surface = surface[:cut.start()]
            break
        start += cut.end()
        surface = surface[cut.end():]
    tail = _ORG_TAIL_STOP.search(surface)
    if tail:
        surface = surface[:tail.start()]
    surface = surface.rstrip(" \t.,")
    if surface.endswith((" Co", " Corp", " Inc", " Ltd")) and text.startswith(".", start + len(surface)):
        surface += "."  # (the corporate suffix keeps its dot)
    if not surface or not _ORG_KEYWORD_RE.search(surface):
        return None
    words = surface.split()
    after = text[start + len(surface):start + len(surface) + 24].split()
    if (len(words) >= 2 and all(w.rstrip(".") in _CAP_TITLES for w in words[:-1])
            and after and after[0].rstrip(".,") in _CAP_TITLES):
        return None  # a job title ("Chief Financial Officer"), not a company ("Premier League" is one)
    return start, start + len(surface)


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


def _after_job_title(text: str, start: int, end: int) -> tuple[int, int]:
    """The name after a compound job title caught with it ("Financial Officer Kenta Kon" ->
    "Kenta Kon"); at least two words stay, so "Financial Times" is not cut."""
    tokens = [m.span() for m in _NON_SPACE.finditer(text, start, end)]
    i = 0
    while len(tokens) - i > 2 and (word := text[tokens[i][0]:tokens[i][1]].rstrip(".")) and (
            word.lower() in TITLE_CHAIN_WORDS or word in _CAP_TITLES):
        i += 1
    return (tokens[i][0], end) if i else (start, end)


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

    def remove(self, start: int, end: int) -> bool:
        """Drop the span (start, end) if it is there; whether it was."""
        i = bisect.bisect_left(self.starts, start)
        while i < len(self.spans) and self.starts[i] == start:
            if self.spans[i] == (start, end):
                del self.starts[i]
                del self.spans[i]
                return True
            i += 1
        return False

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.spans.insert(i, (start, end))


# legal forms only: "Hyundai Motor Co." is Hyundai Motor, but "Hyundai Motor Group" and "SK Holdings"
# are other companies (a group, a holding) than the catalog's operating company
_CORPORATE_SUFFIX = re.compile(
    r"[ \t]+(?:Co\.,?[ \t]+Ltd\.|Co\.|Corp\.|Corporation|Inc\.|Ltd\.|plc|PLC|AG|SE|LLC|N\.V\.|S\.A\.|GmbH)"
    r"(?![\w-])"
)
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
        if etype == "ORG" and text.startswith((" ", "\t"), end):
            # a corporate suffix is part of the company's name ("Kia Corp.", "Hyundai Motor Co.")
            suffix = _CORPORATE_SUFFIX.match(text, end)
            if suffix is not None:
                end = suffix.end()
        mentions.append(_Mention(start, end, entry.entity_id, entry.name, etype, entry.country_id))
    # the catalog's spans are ordered and disjoint: they are the occupancy
    occupied.starts = [m.start for m in mentions]
    occupied.spans = [(m.start, m.end) for m in mentions]
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
        s, e = _after_job_title(text, *cleaned)
        if text[e - 1] == "." and e - s > 2 and text[e - 2].islower():
            e -= 1
        if e - s > 3 and text[e - 1] == "s" and text[e - 2] in "'\u2019":
            e -= 2  # "Butterfield’s lawyer": the possessive is no part of the name
        surface = text[s:e]
        if occupied.overlaps(s, e):
            return
        words = surface.split()
        if not STOP_CAPS.isdisjoint(words):
            return
        if _ORG_KEYWORD_WORD.search(surface) or words[-1] in _MARKET_NAME_ENDS:
            return  # ("the Hang Seng Index added 1.2%": a market, not a speaker)
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
        span = _org_span(text, m.start(1), m.end(1))
        if span is not None:
            _add_org(text, _joined_org_start(text, span[0], by_position, occupied), span[1], by_position, occupied,
                     mentions)
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
        word = m.group(2)
        # a county's name is a proper name ("Gaines County"); "Belgorod Region" is the Belgorod region
        name = f"{place} {word if word == 'County' else word.lower()}"
        known = catalog.lookup(place)
        if known is not None and not known.needs_context:
            continue
        mentions.append(_Mention(cleaned[0], e, "loc:" + slugify(place), name, "LOC"))
        occupied.add(cleaned[0], e)

    # 2b. names the catalog lacks, by form and context; catalog names inside longer names
    single_surnames = {text[m.start:m.end] for m in mentions if m.type == "PERSON" and m.name == text[m.start:m.end]
                       and " " not in m.name}
    catalog_ids = {id(m) for m in catalog_mentions}
    _find_unknown_names(text, mentions, occupied, single_surnames, catalog_ids, catalog)
    _article_links(text, mentions, occupied, catalog, catalog_ids)

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
    r"(?<![\w-])(?:city|town|village|port|suburb|district|region|province|county|municipality|outskirts|island|islands|border\s+town|resort|state|prefecture|"
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
        near = _sibling_country(text, start, out, entries)
        if near is not None:
            # "in Limerick ..., followed by Cork with 74 and Galway with 63": a list of places in
            # one sentence shares the context of its first, in that place's country
            tier = [i for i in senses if entries[i].country_id == near]
            if tier:
                tiers.append((tier, max(level, _STRONG)))
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
_SIBLING_REACH = 100


def _sibling_country(text: str, start: int, linked: list, entries) -> str | None:
    """The country of a sub-country place linked just before ``start`` in the same sentence."""
    for p_start, p_end, p_index, adjective in reversed(linked):
        if start - p_end > _SIBLING_REACH:
            return None
        entry = entries[p_index]
        if adjective or entry.type not in PLACE_LIKE or not entry.country_id:
            continue
        gap = text[p_end:start]
        if re.search(r"[.;!?\n]", gap):
            return None
        return entry.country_id
    return None


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
        personish = _PERSONISH_AFTER.match(text, end)
        if personish and level >= _STRONG and text.startswith("whose", personish.end() - 3):
            personish = None  # "in Toledo, whose water supply ...": places have a "whose" too
        if _in_longer_name(text, start, end) or personish or _AREA_WORD_AFTER.match(text, end):
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

    def overlapping(self, start: int, end: int) -> list[_Mention]:
        """The mentions that share a character with [start, end) (ends are ordered too)."""
        lo, hi = bisect.bisect_right(self.ends, start), bisect.bisect_left(self.starts, end)
        return self.mentions[lo:hi]

    def ending_in(self, low: int, high: int) -> list[_Mention]:
        lo, hi = bisect.bisect_left(self.ends, low), bisect.bisect_right(self.ends, high)
        return self.mentions[lo:hi]



# ---------------------------------------------------------------- names the catalog lacks
#
# Step 2b of ``extract_entities``: every run of capitalized words ("chunk") that the
# catalog and the context patterns left alone is typed by its form and its context:
#   LOC by its last word ("Rod Laver Arena", "Jeju Island", "Gwangju Station");
#   ORG by an ampersand ("Carrow & Whitley");
#   PERSON when its first word is a given name ("Jonas Lindqvist"), when it ends in a
#     surname the patterns found alone ("Arthur Butterfield" for a later "Mr.
#     Butterfield"), when it has the form of an East Asian name ("Yoon Mi-ra"), or, away
#     from a sentence start, after a descriptive word ("winger Josh Okafor"), a
#     nationality ("Ethiopian rival ..." no; "American Jessica Hale") or a possessive
#     country ("Kenya's Daniel Kipruto");
#   a place by strong context for a single word ("the town of Wunsiedel", "the Labone
#     neighborhood").
# A catalog name inside a longer capitalized name is a word of that name, not a mention
# of its own: "Eric Trump" and "Yoon Mi-ra" are other people, "Paris Hilton" and "Jordan
# Peterson" people, "Real Madrid", "Bristol Bears" and "Samsung Lions" clubs. Precision
# first: an unknown word at a sentence start, a chunk in an all-caps or title-case line,
# an event ("Berlin Marathon", "Australian Open") is no new entity.

# a capitalized word after its first letter: "U.S.", "O'Brien", "McDonald", "Mi-ra", "St.",
# "James'" (before a name), an initial "J.", an acronym "SCC"
_CHUNK_TOKEN_REST = (
    rf"(?:\.(?:[{UP}]\.)+|['\u2019][{UP}][{LOW}]+"
    rf"|[{LOW}]+(?:[{UP}][{LOW}]+)*(?:-[{UP}]?[{LOW}]+|['\u2019](?!s\b)[{UP}]?[{LOW}]+)*"
    rf"(?:(?<=s)['\u2019](?=[ \t][{UP}])|(?<=\b(?:St|Mt|Ft|Jr|Sr))\.)?"
    rf"|\.(?=[ \t][{UP}])|[{UP}0-9]{{1,5}}(?![\w'\u2019]))"
)
_CHUNK_TOKEN = rf"[{UP}]{_CHUNK_TOKEN_REST}"
_CHUNK = re.compile(
    rf"[{UP}](?<![\w.'\u2019-].){_CHUNK_TOKEN_REST}"  # (the first letter, then the word-start check)
    rf"(?:(?:[ \t]+(?:{PARTICLES}[ \t]+)?|[ \t]+&[ \t]+){_CHUNK_TOKEN}(?![\w-])(?!['\u2019][^s]))*"
)
_CHUNK_TOKENS = re.compile(_CHUNK_TOKEN)
_LOC_PREFIXES = frozenset({"Lake", "Mount", "Mt.", "Cape", "Isle"})
_LOC_SUFFIXES = frozenset(
    "Sea Ocean Island Islands Valley River Lake Mountain Mountains Hills Gate Park Arena Stadium Station Heights "
    "Square Street Road Avenue Boulevard Bridge Airport Strait Peninsula Desert Coast Canal Palace Beach Harbor "
    "Harbour Bay Plaza Tower Cathedral Abbey Forest Falls Glacier Reservoir Dam Pass Quarter Lane Field Ground "
    "Stadion Oval Dome Mall".split()
)
_EVENT_SUFFIXES = frozenset(
    "Open Cup Championship Championships Marathon Games Olympics Olympiad Series Festival Awards Award Prize "
    "Summit Week Day Eve Derby Prix Tour Classic Masters Trophy Expo Fair Show Conference War Revolution "
    "Uprising Agreement Accord Accords Treaty Act Bill Plan Initiative Rule Doctrine Protocol Convention "
    "Olympic Paralympics Paralympic Rally Race Christmas Easter Ramadan Lent Diwali Hanukkah Thanksgiving Eid "
    "Passover".split()
)
_MARKET_NAME_ENDS = frozenset("Index Indices Average Composite".split())
_COMPASS_WORDS = frozenset("North South East West Northern Southern Eastern Western Central Upper Lower Southeast "
                           "Northeast Southwest Northwest South-East North-East South-West North-West".split())
# given names that are also places news names on their own: a person only when a surname follows
# a catalog place ("Paris Hilton", "Jordan Peterson")
_PLACE_GIVEN_NAMES = frozenset(
    "Paris Jordan Georgia India Israel Chad Victoria Florence Chelsea Madison Austin Houston Sydney Lincoln "
    "Orlando Dallas Phoenix Denver Savannah Dakota Brooklyn Aurora Cleveland Jackson Washington Kent Devon "
    "Brittany Lorraine Kenya China Asia Africa America Memphis Troy Regina Adelaide Alexandria Charlotte Eugene "
    "Florida Carolina Virginia Milan Lyon Nancy Valencia Tyler Camden".split()
)
# East Asian family names (Korean, Chinese, Vietnamese romanizations): "Yoon Mi-ra" is Ms. Yoon
EAST_ASIAN_SURNAMES = frozenset(
    "Kim Lee Yi Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Shin Sin "
    "Kwon Hwang Ahn An Song Yoo Yu Hong Jeon Jun Ko Go Moon Mun Yang Son Bae Baek Paek Heo Huh Nam Shim Sim Noh "
    "Roh Ha Kwak Sung Seong Cha Joo Ju Woo Koo Gu Min Ryu Na Jin Ji Um Chae Won Chun Bang Gong Hyun Ham Pyo Yeo "
    "Chu Do Seok Sun Wang Li Zhang Liu Chen Huang Zhao Wu Zhou Xu Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie "
    "Tang Xi Wen Deng Feng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren "
    "Shen Yao Lai Tan Ng Wong Leung Cheung Lau Chan Tsai Lai Hsu Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang "
    "Bui Ngo Duong Ly".split()
)
# lower-case words before a name that say nothing about it ("was", "the", "in")
_FUNCTION_WORDS = frozenset(
    "the a an of in on at by for from with to into onto and or but nor as than that which who whom whose "
    "is was are were be been being has have had do does did will would can could may might must shall should "
    "not no so if then when while where after before since until about over under between against among "
    "through during without within via per like unlike including said says told asked called named "
    "beat beats won win wins lost lose visited visit joined join played play watched watch read "
    "launched released signed bought sold led leads owns owned hit hits sued sues met meets face faces "
    "faced host hosts hosted replaced replace thanked thanks blamed blame praised criticized criticised "
    "accused accuse defeated defeat edged edge trail trailed trails lead".split()
)
# lines that are all caps or title case (headlines, menus): no new names from them
_PLACE_AREA_AFTER = re.compile(r"[ \t]+(?:neighbou?rhood|suburb|township|borough|municipality|village|hamlet)\b")
_OF_NAME_AFTER = re.compile(rf"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[{UP}]")
# lower-case nouns before a single name that make it an organisation ("grid operator Ukrenergo")
_ORG_DESCRIPTORS = frozenset(
    "operator agency company firm group union carrier consultancy airline retailer broadcaster regulator lender "
    "insurer charity club brewer brewery chipmaker automaker carmaker manufacturer maker supplier utility "
    "publisher newspaper startup start-up conglomerate organisers organizers sponsor sponsors outfit franchise "
    "supermarket bank exchange developer-operator watchdog pollster".split()
)
# before an acronym only ("British Airways owner IAG": an owner named by initials is a company)
_ACRONYM_DESCRIPTORS = _ORG_DESCRIPTORS | frozenset("owner parent subsidiary unit rival league".split())
_WHO_AFTER = re.compile(r",[ \t]+(?:who|whose|\d{1,3},)[ \t]")
_POSSESSIVE_BEFORE = re.compile(r"['\u2019]s[ \t]+$")


def _sentence_initial(text: str, start: int) -> bool:
    """Whether a word at ``start`` opens a sentence (or a line, a quotation, a dateline)."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    while i >= 0 and text[i] in "\"\u201c\u2018'([":
        # an opening mark: look before it (a closing one follows a sentence's punctuation)
        j = i - 1
        if j >= 0 and text[j] in ".!?,;:":
            return text[j] != "," and text[j] != ";"
        i = j
        while i >= 0 and text[i] in " \t":
            i -= 1
    if i < 0:
        return True
    ch = text[i]
    if ch in "\u201d\u2019\"'":
        return i > 0 and text[i - 1] in ".!?"
    return ch in ".!?:\n\u2014\u2013-" or (ch == "-" and i > 0 and text[i - 1] == "-")


# "the conservative CDU", "The SPD of outgoing premier ...", "the far-right AfD": initials after
# "the" (and at most one lower-case word) name a body; not the initials of common nouns
_ACRONYM_FORM = re.compile(r"[A-Z][A-Za-z]?[A-Z]{1,4}")
_MODEL_CODE_AFTER = re.compile(r"-?\d|-[A-Z0-9]")  # "the KN-23", "the F-35": a model, not a body
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ \t]+(?:[a-z][\w-]*[ \t]+)?$")
_COMMON_ACRONYMS = frozenset(
    "GDP CPI PPI PMI IPO CEO CFO COO CTO AI EV EVS VAT TV PC ID DNA RNA HIV AIDS COVID ICU ER MVP NFT ETF FY IT "
    "OK USD EUR GBP JPY PPE GPS SUV API LNG LPG AGM PR HR QB RB WR NBA NFL MLB NHL VAR IVF MRI CT LED LCD "
    "OS UI AM PM BC AD".split())


def _definite_acronym(text: str, start: int, word: str) -> bool:
    return (bool(_ACRONYM_FORM.fullmatch(word)) and word.upper() not in _COMMON_ACRONYMS
            and bool(_THE_BEFORE.search(text, max(0, start - 30), start))
            and not _MODEL_CODE_AFTER.match(text, start + len(word)))


def _word_before(text: str, start: int) -> str:
    """The word just before ``start`` (across spaces only), or ""."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "-"):
        j -= 1
    return text[j:i]


def _shouty(text: str, start: int, end: int) -> bool:
    """A chunk in an all-caps or title-case line (a headline, a menu): at least four words
    and more than 70 % of them capitalized."""
    # (within 120 characters of the chunk: a line with no end is no reason for quadratic time)
    low, high = max(0, start - 120), min(len(text), end + 120)
    line_start = text.rfind("\n", low, start) + 1 or low
    line_end = text.find("\n", end, high)
    line = text[line_start:line_end if line_end != -1 else high]
    words = line.split()
    if len(words) < 4:
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return caps > 0.7 * len(words)


def _east_asian_form(words: list[str]) -> bool:
    """"Yoon Mi-ra", "Lee Sung-jun", "Kim Jong Un": a family name first, then a hyphenated
    given name or two short syllables."""
    if words[0] not in EAST_ASIAN_SURNAMES or len(words) not in (2, 3):
        return False
    if len(words) == 2:
        return "-" in words[1] and words[1][:1].isupper()
    return all(len(w) <= 5 and w.isalpha() for w in words[1:])


def _name_like(word: str) -> bool:
    """A word that can be part of a person's name: capitalized, not a title, function or
    organisation word."""
    return (word not in STOP_CAPS and not word.isupper() and word not in _LOC_SUFFIXES
            and word not in _EVENT_SUFFIXES and not _ORG_KEYWORD_WORD.fullmatch(word)) or (
        len(word) == 2 and word[1] == "." and word[0].isupper())


_LEADING_KEEP = frozenset("North South East West Northern Southern Eastern Western Central New Old Great Upper Lower "
                          "St St. Saint".split())


def _find_unknown_names(text: str, mentions: list, occupied: _Occupancy, single_surnames: set[str],
                        catalog_ids: set[int], catalog: Catalog) -> None:
    """Step 2b (see above): add the names the catalog and the patterns missed to
    ``mentions`` (and ``occupied``); catalog names (``catalog_ids``: the ids of their
    mentions) inside a longer name are replaced."""
    mentions.sort(key=_BY_START)
    index = _MentionIndex(mentions)
    removed: set[int] = set()
    added: list[_Mention] = []
    deferred: list[tuple[int, int, str]] = []
    overlaps = occupied.overlaps
    for chunk in _CHUNK.finditer(text):
        cs, ce = chunk.span()
        word = chunk.group()
        if " " not in word and "\t" not in word:
            # one word (most chunks): known, a stop word, a given name or an acronym needs nothing more
            described_acronym = (word.isupper() and 2 <= len(word) <= 6 and word.isalpha()
                                 and _word_before(text, cs) in _ACRONYM_DESCRIPTORS) or _definite_acronym(text, cs, word)
            if described_acronym and not overlaps(cs, ce):
                # "British Airways owner IAG", "the consultancy CRU": an acronym a descriptor names
                added.append(_Mention(cs, ce, org_id(word), word, "ORG"))
                occupied.add(cs, ce)
                continue
            if (word in STOP_CAPS or word.isupper() or not word[1:].islower() or overlaps(cs, ce)
                    or (word in GIVEN_NAMES and not _OF_BEFORE.search(text, max(0, cs - 48), cs))):
                continue  # (a given name after "the island of" is a place: "Evia")
            tokens = [(cs, ce)]
            words = [word]
        else:
            tokens = [m.span() for m in _CHUNK_TOKENS.finditer(text, cs, ce)]
            if not tokens:
                continue
            words = [text[a:b] for a, b in tokens]
        initial = _sentence_initial(text, cs)
        i = 0
        titled = False
        while i < len(words) and words[i] in STOP_CAPS and words[i] not in _LEADING_KEEP and not _ORG_KEYWORD_WORD.fullmatch(words[i]):
            titled = titled or words[i].rstrip(".") in _CAP_TITLES
            i += 1
            initial = False
        j = len(words)
        while j > i and words[j - 1] in _DATE_WORDS:
            j -= 1
        if j <= i:
            continue
        tokens, words = tokens[i:j], words[i:j]
        rs, re_ = tokens[0][0], tokens[-1][1]
        if len(words) == 1 and _definite_acronym(text, rs, words[0]) and not overlaps(rs, re_):
            added.append(_Mention(rs, re_, org_id(words[0]), words[0], "ORG"))  # "The SPD slumped"
            occupied.add(rs, re_)
            continue
        inside = [m for m in index.overlapping(rs, re_) if id(m) not in removed]
        before_norp = False
        # a nationality opening the chunk stays itself ("American Jessica Hale")
        while inside and inside[0].start == rs and inside[0].type == "NORP" and len(tokens) > 1:
            first = inside[0]
            k = next((k for k, (a, b) in enumerate(tokens) if a >= first.end), None)
            if k is None:
                break
            before_norp = True
            inside.pop(0)
            tokens, words = tokens[k:], words[k:]
            rs = tokens[0][0]
            initial = False
        if any(m.start < rs or m.end > re_ for m in inside):
            continue  # a mention crosses the chunk's edge
        if inside and not all(any(m.start == a for a, _ in tokens) and any(m.end == b for _, b in tokens)
                              for m in inside):
            continue  # a mention inside a word ("London-based", "Miami-Dade"): the catalog's call
        if before_norp and words[-1] in _EVENT_SUFFIXES:
            # "Australian Open": an event, and the nationality is no mention of its own
            norp = next((m for m in index.ending_in(rs - 2, rs) if m.type == "NORP" and id(m) not in removed), None)
            if norp is not None:
                removed.add(id(norp))
                occupied.remove(norp.start, norp.end)
            continue
        if inside and all(m.start == rs and m.end == re_ for m in inside):
            continue  # the whole chunk is known
        n = len(words)
        last = words[-1]
        etype = None
        if inside:
            extra = [w for (a, b), w in zip(tokens, words) if not any(m.start <= a and b <= m.end for m in inside)]
            compass = (words[0] in _COMPASS_WORDS and extra == words[:1] and len(inside) == 1
                       and inside[0].type in PLACE_LIKE and inside[0].entity_id.startswith("loc:"))
            if not compass and (not extra or any(w in STOP_CAPS or w in _DATE_WORDS for w in extra) or n > 5):
                continue
            if any(text[m.start:m.end].isupper() for m in inside):
                continue  # a dateline or an acronym next to a name
            if tokens[0][0] < inside[0].start and initial and words[0] not in GIVEN_NAMES:
                continue  # "Despite Russia": the sentence's first word
            if all(w in _PARTY_MEMBERS for w in extra) and all(m.type in PLACE_LIKE for m in inside):
                continue  # "the Ohio Republican", "a Texas Democrat": a party member from that place
            if compass:
                etype = "LOC"  # "West Texas", "North London": a region of the place
            elif last in _LOC_SUFFIXES:
                etype = "LOC"
            elif last in _EVENT_SUFFIXES or any(id(m) not in catalog_ids for m in inside):
                continue
            elif any(m.type == "PERSON" for m in inside):
                etype = "PERSON" if all(_name_like(w) for w in extra) else None
            elif (n <= 3 and all(_name_like(w) for w in words)
                  and (titled or words[0] in GIVEN_NAMES or words[0] in _PLACE_GIVEN_NAMES or last in single_surnames)):
                etype = "PERSON"  # "Dr. Amara Osei", "Paris Hilton", "Jordan Peterson"
            elif all(m.type in ("GPE", "LOC", "ORG") for m in inside) and all(_name_like(w) for w in extra):
                etype = "ORG"
            if etype is None:
                continue
        else:
            if n == 1:
                word = words[0]
                if initial or not word[1:].islower() or not _name_like(word):
                    continue
                if _OF_BEFORE.search(text, max(0, rs - 48), rs):
                    etype = "GPE"  # "the island of Evia": a place, even where the word is also a given name
                elif word in GIVEN_NAMES:
                    continue
                elif _PLACE_AREA_AFTER.match(text, re_):
                    etype = "LOC"
                elif _word_before(text, rs) in _ORG_DESCRIPTORS:
                    etype = "ORG"  # "grid operator Ukrenergo", "the consultancy Drewry"
                elif ((m := _PREP_BEFORE.search(text, max(0, rs - 48), rs)) is not None and m.group("strong")
                      and catalog.lookup(word) is None):
                    etype = "GPE"  # "in Ottenhofen", "near Sudzha" (a name the gazetteer has was its call)
                else:
                    continue
            elif last in _LOC_SUFFIXES:
                etype = "LOC"
            elif n <= 3 and words[0] in _LOC_PREFIXES and all(_name_like(w) for w in words[1:]):
                etype = "LOC"  # "Lake Erie", "Mount Kenya", "Gulf of Aden" is the catalog's
            elif last in _EVENT_SUFFIXES:
                continue
            elif "&" in text[rs:re_] and all(not w.islower() for w in words):
                etype = "ORG"
            elif not initial and _word_before(text, rs) in _ORG_DESCRIPTORS and all(_name_like(w) for w in words):
                etype = "ORG"  # "organisers SCC Events"
            elif n <= 3 and not initial and not words[0] in GIVEN_NAMES and all(_name_like(w) for w in words) and (
                    (m := _PREP_BEFORE.search(text, max(0, rs - 48), rs)) is not None and m.group("strong")
                    and catalog.lookup(text[rs:re_]) is None):
                etype = "LOC"  # "in Upper Franconia"
            elif n <= 4 and all(_name_like(w) for w in words) and not words[0].endswith("."):
                of = _OF_NAME_AFTER.match(text, re_)
                if of and words[0] not in GIVEN_NAMES and not any(
                        x.type in PLACE_LIKE for x in index.starting_in(of.end() - 1, of.end())):
                    continue  # "Joint Chiefs of Staff": the start of a longer name ("Mei Tanaka of Japan" is not)
                if words[0] in GIVEN_NAMES or _east_asian_form(words) or _WHO_AFTER.match(text, re_):
                    etype = "PERSON"
                elif last in single_surnames:
                    deferred.append((rs, re_, last))  # "Arthur Butterfield", unless a named person has it
                    continue
                elif not initial:
                    word = _word_before(text, rs)
                    if before_norp or (word.islower() and word not in _FUNCTION_WORDS and len(word) > 2):
                        etype = "PERSON"
                    elif _POSSESSIVE_BEFORE.search(text, max(0, rs - 4), rs):
                        owner = index.ending_in(rs - 4, rs - 2)
                        if owner and owner[-1].type in PLACE_LIKE:
                            etype = "PERSON"
            if etype is None:
                continue
        if etype == "PERSON" and words[-1] in _MARKET_NAME_ENDS:
            continue  # "the Hang Seng Index", "the Dow Jones Industrial Average": a market, no person
        if _shouty(text, rs, re_):
            continue
        for m in inside:
            removed.add(id(m))
            occupied.remove(m.start, m.end)
        if occupied.overlaps(rs, re_):
            continue
        surface = text[rs:re_]
        if etype == "PERSON":
            mention = _Mention(rs, re_, person_id(surface), surface, "PERSON")
        elif etype == "ORG":
            mention = _Mention(rs, re_, org_id(surface), surface, "ORG")
        else:
            mention = _Mention(rs, re_, "loc:" + slugify(surface), surface, etype)
        added.append(mention)
        occupied.add(rs, re_)
    if deferred:
        named = {m.name.split()[-1] for m in (*mentions, *added)
                 if m.type == "PERSON" and id(m) not in removed and " " in m.name}
        for rs, re_, last in deferred:
            if not occupied.overlaps(rs, re_) and last not in _MARKET_NAME_ENDS:
                surface = text[rs:re_]
                if last in named:  # a family firm beside the named person ("Brauerei Huber", Josef Huber's)
                    added.append(_Mention(rs, re_, org_id(surface), surface, "ORG"))
                else:
                    added.append(_Mention(rs, re_, person_id(surface), surface, "PERSON"))
                    named.add(last)
                occupied.add(rs, re_)
    if removed:
        mentions[:] = [m for m in mentions if id(m) not in removed]
    mentions.extend(added)



# ---------------------------------------------------------------- article-level links
_THE_NORTH_SOUTH = re.compile(r"(?<![\w-])the[ \t]+(North|South)(?![\w-])(?![ \t]+[A-Z])")
_KOREAS = {"North": "country:KP", "South": "country:KR"}
# (starts with a literal character: the engine skips to the candidates)
_ACRONYM_DEFINED = re.compile(r"(?:[ \t]\(|,[ \t]+or[ \t]+)([A-Z][A-Z0-9&]{1,7})(?:\)|(?=[,.;:]))")
_NAME_BEFORE_ACRONYM = re.compile(
    rf"((?:[{UP}][\w'\u2019.&-]*[ \t]+(?:(?:of|for|and|on|the|de)[ \t]+)*){{0,7}}[{UP}][\w'\u2019.&-]*)$"
)
_ACRONYM_WORD = re.compile(r"[A-Z][A-Z0-9&]{1,7}")
_DATELINE_PLACE = re.compile(
    r"[ \t]*([A-Z][A-Z.'\u2019-]+(?:[ \t]+[A-Z][A-Z.'\u2019-]+){0,3})"
    r"(?:,[ \t]*([A-Z][a-z]{1,4}\.(?:[A-Z][a-z]?\.)?|[A-Z][a-z]+))?"
    r"(?=(?:,[^\n,]{1,20})?[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?(?:[\u2014\u2013]|--?)[ \t])"
)
# AP state abbreviations in datelines ("HARRISBURG, Pa. —")
US_STATE_ABBREVIATIONS = {
    "Ala.": "al", "Ariz.": "az", "Ark.": "ar", "Calif.": "ca", "Colo.": "co", "Conn.": "ct", "Del.": "de",
    "Fla.": "fl", "Ga.": "ga", "Ill.": "il", "Ind.": "in", "Kan.": "ks", "Ky.": "ky", "La.": "la", "Md.": "md",
    "Mass.": "ma", "Mich.": "mi", "Minn.": "mn", "Miss.": "ms", "Mo.": "mo", "Mont.": "mt", "Neb.": "ne",
    "Nev.": "nv", "N.H.": "nh", "N.J.": "nj", "N.M.": "nm", "N.Y.": "ny", "N.C.": "nc", "N.D.": "nd",
    "Okla.": "ok", "Ore.": "or", "Pa.": "pa", "R.I.": "ri", "S.C.": "sc", "S.D.": "sd", "Tenn.": "tn",
    "Vt.": "vt", "Va.": "va", "Wash.": "wa", "W.Va.": "wv", "Wis.": "wi", "Wyo.": "wy",
}


def _initials(name: str) -> str:
    """"Rugby Football Union" -> "RFU", "Joint Chiefs of Staff" -> "JCS" (capitalized words only)."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


def _acronym_fits(acronym: str, name: str) -> bool:
    """The acronym is the name's initials, or keeps every initial in order with more
    letters of the same words ("SEPTA": Southeastern Pennsylvania Transportation Authority)."""
    letters = [c for c in acronym if c.isalpha()]
    initials = _initials(name)
    if "".join(letters) == initials:
        return len(letters) >= 2
    if len(letters) < 3 or not initials or letters[0] != initials[0]:
        return False
    upper = name.upper()
    pos = 0
    for ch in letters:  # a subsequence of the name's letters that keeps every initial
        pos = upper.find(ch, pos)
        if pos == -1:
            return False
        pos += 1
    return all(ch in letters for ch in initials) and len(letters) <= len(initials) + 2


def _article_links(text: str, mentions: list[_Mention], occupied: _Occupancy, catalog: Catalog,
                   catalog_ids: set[int]) -> None:
    """Links that need the whole article: the dateline's place, "the North"/"the South" in a
    Korea story, acronyms defined in the text ("Joint Chiefs of Staff (JCS)", "SEPTA") or
    made of a named organisation's initials ("RFU"), and the short form of an organisation
    named in full earlier ("General Assembly" after "Pennsylvania General Assembly",
    "Walden" after "Walden Elementary School")."""
    added: list[_Mention] = []

    def add(start: int, end: int, entity_id: str, name: str, etype: str, country_id: str | None = None) -> None:
        if end > start and not occupied.overlaps(start, end):
            added.append(_Mention(start, end, entity_id, name, etype, country_id))
            occupied.add(start, end)

    # the dateline: a place the catalog lacks, and a U.S. state's abbreviation after it
    m = _DATELINE_PLACE.match(text)
    if m is not None:
        city = m.group(1).rstrip(".")  if not m.group(1).endswith("ST.") else m.group(1)
        if not occupied.overlaps(m.start(1), m.end(1)) and len(city) >= 3 and not catalog.lookup(city):
            name = " ".join(w.capitalize() for w in m.group(1).split())
            add(m.start(1), m.end(1), "loc:" + slugify(name), name, "GPE")
        state = m.group(2)
        if state in US_STATE_ABBREVIATIONS:
            entry = catalog.get("loc:us-" + US_STATE_ABBREVIATIONS[state])
            if entry is not None:
                add(m.start(2), m.end(2), entry.entity_id, entry.name, entry.type, entry.country_id)

    ids = {mm.entity_id for mm in mentions}
    if "country:KP" in ids or "country:KR" in ids:
        for mm in _THE_NORTH_SOUTH.finditer(text):
            entry = catalog.get(_KOREAS[mm.group(1)])
            if entry is not None:
                add(mm.start(1), mm.end(1), entry.entity_id, entry.name, "GPE", entry.country_id)

    orgs = sorted((mm for mm in mentions if mm.type == "ORG"), key=_BY_START)
    ends = {mm.end: mm for mm in orgs}
    acronyms: dict[str, tuple[str, str, str | None, int] | None] = {}

    def define(acronym: str, mm: _Mention, first: int) -> None:
        old = acronyms.get(acronym, ())
        if old is None or (old and old[0] != mm.entity_id):
            acronyms[acronym] = None
        elif not old:
            acronyms[acronym] = (mm.entity_id, mm.name, mm.country_id, first)

    by_span: dict[tuple[int, int], _Mention] = {}
    for x in mentions:
        by_span.setdefault((x.start, x.end), x)  # (the first, as a scan in order would find)
    for mm in _ACRONYM_DEFINED.finditer(text):
        acronym = mm.group(1)
        owner = ends.get(mm.start())
        if owner is not None and owner.name.upper() != acronym:
            define(acronym, owner, mm.start(1))
            continue
        # an acronym the catalog knows names the words before it too ("Joint Chiefs of Staff (JCS)")
        known = by_span.get((mm.start(1), mm.end(1)))
        before = _NAME_BEFORE_ACRONYM.search(text, max(0, mm.start() - 90), mm.start())
        if before is None:
            continue
        words = before.group(1)
        cut = max(words.rfind("'s "), words.rfind("\u2019s "))
        start = before.start(1) + (cut + 3 if cut != -1 else 0)
        while start < mm.start() and text[start:mm.start()].split()[0] in _ORG_LEADING_STOP:
            start += len(text[start:mm.start()].split()[0]) + 1
        name = text[start:mm.start()].strip()
        if not name or not _acronym_fits(acronym, name):
            continue
        end = start + len(name)
        if known is not None:
            inside = [x for x in mentions if start <= x.start and x.end <= end]
            for x in inside:
                if occupied.remove(x.start, x.end):
                    mentions.remove(x)
            add(start, end, known.entity_id, known.name, known.type, known.country_id)
        elif not occupied.overlaps(start, end):
            org = _Mention(start, end, org_id(name), name, "ORG")
            add(start, end, org.entity_id, org.name, "ORG")
            define(acronym, org, mm.start(1))
    for mm in orgs:
        if id(mm) in catalog_ids:
            continue
        initials = _initials(mm.name.split(" (")[0])
        if len(initials) >= 3 and initials not in acronyms:
            define(initials, mm, mm.end)

    # short forms of organisations named in full: the tail ("General Assembly"), the first word ("Walden")
    short: dict[str, tuple[str, str, str | None, int] | None] = {}
    for mm in orgs:
        if id(mm) in catalog_ids:
            continue
        words = text[mm.start:mm.end].split()
        # the name itself again: "British Airways owner IAG jumped ... IAG now expects" (a
        # sentence-initial unknown word is no entity by itself, but this one is named already)
        forms = [text[mm.start:mm.end]] if "(" not in mm.name else []
        if len(words) >= 3 and _ORG_KEYWORD_WORD.fullmatch(words[-1]):
            forms.append(" ".join(words[-2:]))
        first = words[0]
        if (len(words) >= 2 and first not in STOP_CAPS and first not in GIVEN_NAMES and first[1:].islower() and len(first) > 3
                and catalog.lookup(first) is None and "(" not in mm.name):
            forms.append(first)
        for form in forms:
            old = short.get(form, ())
            if old is None or (old and old[0] != mm.entity_id):
                short[form] = None
            elif not old:
                short[form] = (mm.entity_id, mm.name, mm.country_id, mm.end)
    by_span = {(x.start, x.end): x for x in mentions} if short else {}
    for key, value in (*acronyms.items(), *short.items()):
        if value is None:
            continue
        entity_id, name, country_id, after = value
        pos = text.find(key, after)
        while pos != -1:
            end = pos + len(key)
            if ((pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "-"))
                    and (end == len(text) or not (text[end].isalnum() or text[end] == "-"))
                    and not _CAPITAL_NEXT.match(text, end)):
                hit = by_span.get((pos, end)) if " " in key else None
                if hit is not None and hit.type == "ORG" and id(hit) in catalog_ids:
                    hit.entity_id, hit.name, hit.country_id = entity_id, name, country_id
                else:
                    add(pos, end, entity_id, name, "ORG", country_id)
            pos = text.find(key, end)
    mentions.extend(added)


_POSSESSIVE_GAP = re.compile(r"(?:'s|\u2019s)?[ \t]+")
_POSSESSIVE_GAP_OR_NONE = re.compile(r"(?:'s|\u2019s)?[ \t]*")


def _country_prefix(text: str, cm: _Mention, possessive: bool) -> bool:
    """Whether a catalog mention that opens an organization's name is the country the
    organization belongs to ("Russia's Defense Ministry", "the Russian Defense Ministry",
    "U.S. Army") rather than a word of its name ("Seoul National University", "Texas
    Department of State Health Services", "Bavarian Brewers Association": a capital, a
    state, a region's adjective)."""
    if not cm.entity_id.startswith("country:"):
        return False
    if possessive or cm.type == "NORP":
        return True
    surface = text[cm.start:cm.end]
    return surface == cm.name or not any(ch.islower() for ch in surface) or " " in surface


# two-word topics of national departments (a topic has at most two words: _add_org)
_NATIONAL_AREAS = frozenset({"Foreign Affairs", "Home Affairs", "Homeland Security", "Veterans Affairs",
                             "Internal Affairs", "Public Security", "State Security", "Economic Affairs",
                             "Human Services"})
_LOCAL_SERVICES = frozenset({"Police", "Fire", "Sheriff's", "Sheriff", "Fire Rescue"})


def _is_local_department(topic: str, s: int, e: int, catalog_mentions: "_MentionIndex") -> bool:
    """A city's or county's department keeps its own word order: "Chicago Police Department" is no
    "Department of Chicago Police", while "Defense Ministry" is the Ministry of Defense."""
    if topic.split()[-1] in _LOCAL_SERVICES:
        return True
    if len(topic.split()) > 1 and topic not in _NATIONAL_AREAS:
        return True  # "Dayton Water Department": a place's department, named as it names itself
    return any(cm.type in ("GPE", "LOC") and not cm.entity_id.startswith("country:") and cm.end <= e
               for cm in catalog_mentions.starting_in(s, e))


# "Central Bank of Nigeria Governor Olayemi Cardoso": the name's "of" tail ends before a title
_TITLE_IN_TAIL = re.compile(r"[ \t](?:Governor|President|Chairman|Chairwoman|Chair|Chief|CEO|Director|Minister|"
                            r"Secretary|Spokesman|Spokeswoman|Spokesperson|Head|Commissioner|General|Ambassador)\b")


def _add_org(text, start, end, catalog_mentions: _MentionIndex, occupied, mentions) -> None:
    country: _Mention | None = None
    of = text.find(" of ", start, end)
    if of >= 0:
        title = _TITLE_IN_TAIL.search(text, of + 3, end)
        if title is not None:
            end = title.start()
    # trim a leading country / nationality mention ("Russia's Defense Ministry")
    for cm in catalog_mentions.starting_in(start, end):
        if cm.end > end:
            break
        if cm.start >= start and cm.start < end:
            if cm.type in ("GPE", "NORP"):
                gap = _POSSESSIVE_GAP.match(text, cm.end, end)
                if gap and _country_prefix(text, cm, gap.group()[:1] in "'\u2019"):
                    start = gap.end()
                    country = cm
    cleaned = _clean_name_org(text, start, end)
    if cleaned is None:
        return
    s, e = cleaned
    if occupied.overlaps(s, e):
        # catalog names inside a longer organization name are words of it ("Trump" in
        # "Trump Organization", "Siemens" in "Siemens Energy", "General Assembly" in
        # "Pennsylvania General Assembly"): the organization replaces them
        inside = catalog_mentions.overlapping(s, e)
        if not inside or any(cm.start < s or cm.end > e or (cm.start, cm.end) == (s, e) for cm in inside):
            return
        for cm in inside:
            if occupied.remove(cm.start, cm.end):
                mentions.remove(cm)
        if occupied.overlaps(s, e):
            return
    surface = text[s:e]
    if len(surface.split()) < 2 and not country:
        return
    if country is None:
        # "the Russian Defense Ministry": a nationality just before the span
        for cm in catalog_mentions.ending_in(s - 3, s):
            if cm.end <= s and s - cm.end <= 3 and cm.type in ("GPE", "NORP"):
                if _POSSESSIVE_GAP_OR_NONE.fullmatch(text, cm.end, s) and _country_prefix(text, cm, True):
                    country = cm
    if (country is not None and country.type == "NORP" and not _STATE_BODY_WORDS.intersection(surface.split())
            and not _POSSESSIVE_BEFORE.search(text, country.start, country.end + 3)
            and not occupied.overlaps(country.end, s)):
        # "British Airways", "Norwegian Road Federation": the nationality is a word of the name,
        # not the country a state body belongs to ("the Russian Defense Ministry")
        if occupied.remove(country.start, country.end) and country in mentions:
            mentions.remove(country)
        s, surface, country = country.start, text[country.start:e], None
    country_id = country.entity_id if country is not None else None
    if (country is not None and country.type == "GPE" and s > country.end and not text[country.end:s].strip(" \t")
            and text[country.start:country.end] == country.name and not _MINISTRY_FORM.match(surface)
            and not (len(surface.split()) == 1 and surface in _STATE_BODY_WORDS)):
        # "Japan Meteorological Agency", "China Passenger Car Association", "Malaysia Airlines": a
        # country's name written bare (no "'s") before a specific name is a word of it (its own
        # name, as the body writes it), unlike "Japan's Defense Ministry" or "U.S. Army"; the
        # country stays its country_id
        s, surface = country.start, text[country.start:e]
        entity_id, name = org_id(surface), surface
    else:
        canonical = surface
        mm = _MINISTRY_FORM.match(surface)
        if mm and len(mm.group(1).split()) <= 2 and not _is_local_department(mm.group(1), s, e, catalog_mentions):
            topic = _FULL_MINISTRY.get(mm.group(1), mm.group(1))
            canonical = f"{mm.group(2)} of {topic}"
        canonical = canonical.replace("Defence", "Defense")
        if country is not None:
            code = country.entity_id.split(":", 1)[1].lower()
            entity_id = f"org:{code}:{slugify(canonical)}"
            name = f"{canonical} ({country.name})"
        else:
            entity_id, name = org_id(canonical), canonical
    mentions.append(_Mention(s, e, entity_id, name, "ORG", country_id))
    occupied.add(s, e)


# the last word of a state body, which a nationality before it qualifies ("the Russian Defense
# Ministry" is Russia's Ministry of Defense); other organisations carry it in their name
_STATE_BODY_WORDS = frozenset(
    "Ministry Army Navy Forces Force Command Police Guard Government Parliament Cabinet Senate Embassy "
    "Intelligence Service Agency Office Department Directorate Administration Court Prosecutors Military "
    "Authorities Authority Commission Committee Council Bureau".split())

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


def _family_first(m: _Mention, tokens: list[str]) -> bool:
    """Whether the person's family name comes first: a catalog person of an East Asian
    country, or a name of that form ("Lee Sung-jun")."""
    return m.country_id in FAMILY_NAME_FIRST or _east_asian_form(tokens)


def _relink_single_names(text: str, persons: list[_Mention]) -> None:
    """A one-word person ("Mr. Butterfield", "Kipruto told") is the person of the article
    whose family name (or, for a given name in GIVEN_NAMES, first name: "Sharon laughed")
    it is, where only one person has it, wherever that full name stands (before or after).
    A catalog surname alias ("Yoon") goes to the article's own full name ("Yoon Mi-ra")
    when the catalog person's full name is not in the article."""
    full: dict[str, set[tuple[str, str, str | None]]] = {}
    full_ids: set[str] = set()
    for m in persons:
        tokens = m.name.split()
        if len(tokens) < 2 or len(text[m.start:m.end].split()) < 2:
            continue
        full_ids.add(m.entity_id)
        value = (m.entity_id, m.name, m.country_id)
        if _family_first(m, tokens):
            full.setdefault(tokens[0], set()).add(value)
        else:
            full.setdefault(tokens[-1], set()).add(value)
            if tokens[0] in GIVEN_NAMES:
                full.setdefault(tokens[0], set()).add(value)
    if not full:
        return
    for m in persons:
        surface = text[m.start:m.end]
        if " " in surface:
            continue
        owners = full.get(surface)
        if not owners or len(owners) != 1:
            continue
        (entity_id, name, country_id), = owners
        if entity_id == m.entity_id:
            continue
        if m.name != surface and m.entity_id in full_ids:
            continue  # a catalog alias whose own full name is in the article ("Yoon" and "Yoon Suk Yeol")
        m.entity_id, m.name, m.country_id = entity_id, name, country_id


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
    _relink_single_names(text, persons)
    for m in persons:
        surface = text[m.start:m.end]
        tokens = m.name.split()
        register(surface, m.entity_id, m.name, m.start)
        if len(tokens) >= 2:
            register(m.name, m.entity_id, m.name, m.start)
            family_first = _family_first(m, tokens)
            family = tokens[0] if family_first else tokens[-1]
            register(family, m.entity_id, m.name, m.start)
            if not family_first and tokens[0] in GIVEN_NAMES and len(surface.split()) >= 2:
                register(tokens[0], m.entity_id, m.name, m.start)  # "Sharon laughed"
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
    places: dict[tuple[int, int], _Mention] | None = None  # built on the first clash only
    replaced: set[int] = set()
    for start, neg_end, entity_id, name in found:
        end = -neg_end
        if (start, end) in taken or occupied.overlaps(start, end):
            if places is None:
                places = {(m.start, m.end): m for m in mentions if m.type in PLACE_LIKE}
            place = _surname_not_place(text, start, end, name, places)
            if place is None:
                continue
            del places[(start, end)]
            replaced.add(id(place))  # "Rep. Jim Jordan said ... Jordan added": the person, not the country
            occupied.remove(start, end)
        mentions.append(_Mention(start, end, entity_id, name, "PERSON"))
        occupied.add(start, end)
    if replaced:
        mentions[:] = [m for m in mentions if id(m) not in replaced]


_PLACE_PREP_BEFORE = re.compile(r"(?<![\w-])(?:in|into|to|from|with|of|and|at|by|on|across|near|toward|towards|"
                                r"inside|outside|against|between|visit|visited|visiting)[ \t]+(?:the[ \t]+)?$",
                                re.IGNORECASE)


def _surname_not_place(text: str, start: int, end: int, name: str,
                       places: dict[tuple[int, int], _Mention]) -> _Mention | None:
    """The place mention that a person's surname, used alone after the full name, was taken for
    ("Jordan" after "Rep. Jim Jordan"), where no preposition makes it a place; else None."""
    if " " not in name or name.split()[-1] != text[start:end]:
        return None
    if _PLACE_PREP_BEFORE.search(text, max(0, start - 20), start) or text[end:end + 2] in ("'s", "\u2019s"):
        return None
    return places.get((start, end))
