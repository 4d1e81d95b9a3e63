"""Figures, attribution: who states a figure (``attributed_to``, ``cue``): the speaker of a quote,
"X said ..." before the figure, "according to X", ", X said" after it; pronouns and definite
references resolved to the last matching claimant (_Speakers), generic descriptions to the
article's organisation (_Orgs); a fallback quote detection where no Quote records were given."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from transforms.records import Entity
from transforms.figures._common import _Index, _WindowScans
from transforms.figures.media import MEDIA_RE
from transforms.figures.vocabulary import _CHANGE_CUE, _MONTH_RE, _SAY_RE, _SAY_VERBS, _SHOW_VERBS, _STOP, _WEEKDAY_RE

_NP_WORD = r"(?:[A-Z][\w.'\u2019&-]*|[a-z][\w.'\u2019-]*|\d+)"
_PRONOUNS = {"he": "PERSON", "she": "PERSON", "they": "GROUP", "it": "ORG", "we": "GROUP", "i": "PERSON"}
_ATTRIB_HEADS = frozenset(
    """
    officials official authorities authority police ministry agency military army government spokesman
    spokeswoman spokesperson sources source analysts analyst experts expert residents witnesses organizers
    organisers prosecutors investigators lawmakers diplomats commanders commander medics rescuers
    observers monitors department office officers officer service services staff command forces administration
    prosecutor court judge judges operator utility hospital hospitals rescue ngo charity agencies ministries
    intelligence council commission committee group company firm bank institute union data statistics
    statement report estimates figures survey census watchdog regulator president minister chief
    secretary spokesmen representatives lawmaker legislators legislator researchers scientists doctors
    officers aides aide envoy ambassador mayor governor coalition alliance nations allies customs
    """.split()
)
_DEF_REF_RE = re.compile(
    r"^(?:the|this|that)\s+(?P<head>(?:spy\s+|intelligence\s+|health\s+|defense\s+|defence\s+|foreign\s+|"
    r"interior\s+|finance\s+)?(?:agency|ministry|department|military|army|government|company|firm|service|"
    r"office|committee|commission|council|group|organization|organisation|bank|institute|union|"
    r"alliance|coalition|regulator|watchdog|court|party|board|bureau|spokesman|spokeswoman|spokesperson|"
    r"president|minister|official|general|commander|report|statement|data|figures|statistics|survey|census|"
    r"association|associations|federation|unions|groups|companies|firms|banks|agencies|ministries|"
    r"lawmaker|legislator|senator|congressman|congresswoman))$",
    re.IGNORECASE,
)
# what a description is called where the article named the body or person: "the union" after "the
# Irish Nurses and Midwifery Organisation", "the lawmaker" after "Rep. Han Jae-sung"
_HEAD_NAMES = {
    "union": r"union|organi[sz]ation|federation|confederation|congress|association",
    "unions": r"unions|organi[sz]ations|federations|associations",
    "lawmaker": r"lawmakers?|legislators?|rep\.|sen\.|representative|senator|congress(?:wo)?man|mp|assembly(?:wo)?man",
    "legislator": r"lawmakers?|legislators?|rep\.|sen\.|representative|senator|mp",
    "senator": r"senators?|sen\.",
    "congressman": r"congressman|rep\.|representative",
    "congresswoman": r"congresswoman|rep\.|representative",
}
_HEAD_NAME_RES = {head: re.compile(r"(?<![\w-])(?:" + names + r")(?![\w-])") for head, names in _HEAD_NAMES.items()}
_PERSON_HEADS = frozenset("president minister official general commander spokesman spokeswoman spokesperson lawmaker "
                          "legislator senator congressman congresswoman".split())
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


_ORG_NOUNS = frozenset("company firm group bank carrier airline automaker carmaker planemaker chipmaker "
                       "retailer lender insurer conglomerate giant operator startup broadcaster network league "
                       "club federation airport utility exchange".split())
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
        self.text = text
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

    def _body_named_with(self, noun: str, pos: int) -> tuple[str, str | None] | None:
        """The last organisation before ``pos`` whose name has ``noun`` as a word: "the
        prosecutors" after "the Seoul Central District Prosecutors' Office"."""
        word_re = re.compile(r"(?<![\w-])" + re.escape(noun) + r"(?:'|\u2019)?(?![\w-])", re.IGNORECASE)
        e = self.index.last_before(pos, {"ORG"}, pred=lambda e: bool(
            word_re.search(e.surface) or word_re.search(e.name)) and not MEDIA_RE.match(e.name))
        return (e.name, e.entity_id) if e is not None and pos - e.end_char < 1500 else None

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
                m2 = _BARE_DESCRIPTION_RE.fullmatch(np)
                nat = m2.group("nat") if m2 else None
                nat_entity = self.index.starting_at(pos + m2.start("nat")) if nat is not None else None
                if nat is not None and (nat_entity is None or nat_entity.type != "NORP"):
                    m2 = None  # ("the Swiss group": a nationality, not any capitalised word)
                noun = m2.group("noun") if m2 else ""
                if m2 and nat is None and "-based" not in np:
                    named = self._body_named_with(noun, pos)
                    if named is not None:
                        return named
                if m2 and (noun not in _ATTRIB_HEADS or "-based" in np or nat is not None) and (
                        noun.endswith(("maker", "er", "or")) or noun in _ORG_NOUNS):
                    e = self.index.last_before(pos, {"ORG"}, pred=lambda e: not MEDIA_RE.match(e.name))
                    if e is not None and pos - e.end_char < 1500:
                        return e.name, e.entity_id
                return None
        head_phrase = (m.group("head") if m else bare.group(1)).lower()
        head = head_phrase.split()[-1]
        org = self.orgs.find(head_phrase, None, pos) if len(head_phrase.split()) > 1 else None
        if org is not None:
            return org.name, org.entity_id
        described = len(head_phrase.split()) > 1

        head_re = _HEAD_NAME_RES.get(head)

        def same_body(n: str, w: str, eid: str) -> bool:
            if head not in w.lower() and head not in n.lower() and not (
                    head_re is not None and (head_re.search(w.lower()) or head_re.search(n.lower()))):
                return False
            # "the national weather service" is not the "fire service" said before: two generic
            # phrases with different modifiers name two bodies (a proper name may be described)
            return not (described and w == w.lower() and _strip_det(w) != head_phrase)

        hist = self.last(pos, same_body)
        if hist is None and head in _DATA_HEADS:
            # "the data showed" after "according to data compiled by Bloomberg": the data's source
            hist = self.last(pos)
            if hist is not None and pos - hist[2] > 600:
                hist = None
        def described_by_head(e: Entity) -> bool:
            if head in e.name.lower() or head in e.surface.lower():
                return True
            if head_re is None:
                return False
            if e.type == "PERSON":  # "the lawmaker" after "Rep. Han Jae-sung": the title before the name
                return bool(head_re.search(self.orgs.text[max(0, e.start_char - 24):e.start_char].lower()))
            return bool(head_re.search(e.name.lower()))  # "the union" after "... Organisation"

        ent = self.index.last_before(pos, {"ORG", "PERSON"} if head in _PERSON_HEADS else {"ORG"},
                                     pred=described_by_head)
        cands = []
        if hist:
            cands.append((hist[2], hist[0], hist[1]))
        if ent is not None:
            cands.append((ent.start_char, ent.name, ent.entity_id))
        if cands:
            _, name, eid = max(cands, key=lambda c: c[0])
            return name, eid
        if head in ("agency", "ministry", "department", "service", "office", "military", "army", "government",
                    "company", "firm", "group", "bank") and len(head_phrase.split()) == 1:
            # only a bare "the agency" points back; "the fire service" names a body of its own
            e = self.index.last_before(pos, {"ORG"}, pred=lambda e: not MEDIA_RE.match(e.name))
            if e is not None and pos - e.end_char < 1500:
                return e.name, e.entity_id
        return None


# "the carmaker", "The lender", "the San Mateo, California-based company": a description that
# points back to the story's organisation
_BASED = r"(?:[A-Z][\w.'\u2019-]*,?\s+)*[A-Z][\w.'\u2019-]*-based\s+"
# (a nationality may describe it: "the Swiss group", "the German carmaker")
_BARE_DESCRIPTION_RE = re.compile(r"(?:[Tt]he\s+(?:" + _BASED + r"|(?P<nat>[A-Z][a-z]+)\s+)?|" + _BASED + r")(?P<noun>[a-z]+)")
_NP_RELATIVE_RE = re.compile(r"\s+(?:who|which|whose|that)\s")
_NP_CONDUIT_RE = re.compile(r"\s(?:briefed|informed|told)\s+by\s+(?P<src>.+)$")
_NP_DATA_AGENT_RE = re.compile(
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:results?|figures|data|statistics|numbers|estimates|count|tally|report|survey|census|projections)\s+"
    r"(?:published|released|compiled|issued|collected|provided|gathered|announced|posted)\s+by\s+(?P<src>.+)$",
    re.IGNORECASE)
_GROUP_LOCATIVE_RE = re.compile(
    r"(?P<group>(?:[A-Za-z][\w.-]*\s+){0,2}(?:officials|sources|analysts|diplomats|lawmakers|"
    r"authorities|police|residents|witnesses|experts|investigators|prosecutors|commanders|officers|medics|"
    r"rescuers|activists|monitors|observers))\s+(?:in\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*"
    r"|from\s+(?:the\s+|both\s+)(?:two\s+|three\s+|[a-z-]+\s+)?(?:countries|sides|nations|governments))$")


_DATA_WORDS = r"(?:poll|polls|survey|figures|data|statistics|report|study|analysis|estimates|numbers|tally|count)"
_NAME_WORDS = r"(?:[A-Z][\w.&'\u2019-]*\s+)*[A-Z][\w.&'\u2019-]*"
_DATA_BY_RE = re.compile(
    r"(?:(?:a|an|the)\s+)?(?:(?:latest|new|official|provisional|preliminary|final|recent)\s+)*" + _DATA_WORDS
    + r"\s+(?:by|from|of|conducted\s+by|commissioned\s+by)\s+(?:the\s+)?(?:(?!of\b)[a-z-]+\s+){0,2}?"
    r"(?P<src>" + _NAME_WORDS + r"(?:\s+(?:of|and|for)\s+" + _NAME_WORDS + r")?)$")


def _data_phrase_source(np: str, start: int) -> tuple[str, int]:
    """The named source of a data phrase: "a poll by Infratest dimap for ARD" -> Infratest dimap,
    "figures from the consultancy Deloitte" -> Deloitte. A phrase without a capitalized source
    stays as it is ("<source> figures show" is ``_data_source``'s)."""
    m = _DATA_BY_RE.match(np)
    if m is None:
        return np, start
    src = re.sub(r"\s+for\s+.+$", "", m.group("src"))  # who commissioned the poll is not who made it
    if src.split()[0] in ("The", "A", "An"):
        return np, start
    return src, start + m.start("src")


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
    # "lawmakers briefed by the agency", "final results published by the Federal Chancellery":
    # the source is the agent
    conduit = _NP_CONDUIT_RE.search(np) or _NP_DATA_AGENT_RE.match(np)
    if conduit:
        start += conduit.start("src")
        np = conduit.group("src")
    np, start = _data_phrase_source(np, start)
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


# "Chicago Police Department data", "a Kyushu Financial Group survey", "customs data", "the provisional
# official result published": the record names its maker, who is the claimant
_RECORD_TAIL_RE = re.compile(r"\s+(?:data|survey|surveys|figures|statistics|investigation|poll|analysis|tally|projections|"
                             r"count|records)$")
_PARTICIPLE_TAIL_RE = re.compile(r"\s+(?:published|released|issued|compiled|posted|announced|provided|obtained|"
                                 r"seen|reviewed|updated)$")
_RECORD_KEEPERS = frozenset({"customs", "police"})  # (not "government statistics": a kind of record)


_RECORD_FROM_RE = re.compile(r"^(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+)?(?:statement|report|statements|reports|"
                             r"estimate|estimates|assessment|count|tally|update|bulletin)\s+(?:from|by|of)\s+"
                             r"(?=the\s|[A-Z])")


def _source_of_record(np: str) -> str:
    """The maker of a record the claim cites, a prefix of ``np`` (``np`` itself when none is named)
    or, after "a statement from", the maker's part."""
    fm = _RECORD_FROM_RE.match(np)
    if fm:
        return np[fm.end():]  # "a statement from the ministry" -> the ministry
    np = _PARTICIPLE_TAIL_RE.sub("", np) if len(np.split()) > 2 else np
    m = _RECORD_TAIL_RE.search(np)
    if m is None:
        return np
    maker = np[:m.start()]
    words = _strip_det(maker).split()
    named = bool(words) and all(w[:1].isupper() or w in _NAME_JOINERS or w in ("of", "for") for w in words) and (
        words[0][:1].isupper())
    return maker if named or (len(words) == 1 and words[0] in _RECORD_KEEPERS) else np


def _valid_np(np: str) -> bool:
    words = np.split()
    if not words or len(words) > 10:
        return False
    low = [w.lower().strip(",.") for w in words]
    if low[0] in _PREPOSITIONS:
        return False  # "With 98% of precincts (reporting)"
    # (a word in capitals is a name: "the WHO", "the IS" are no relative pronoun or verb)
    if any(w in _NP_BAD_WORD and not words[i].strip(",.").isupper() for i, w in enumerate(low)):
        return False
    if any(ch.isdigit() for ch in np) and not re.search(r"[A-Za-z]", np):
        return False
    if re.search(r"[\"\u201c\u201d;:()]", np):
        return False
    if low[-1] in _OPEN_ENDS or _FIGURE_IN_NP_RE.search(np):
        return False  # "the Swiss group reported organic sales growth of 3.1% and": a clause, not a name
    if low[0] in _PRONOUNS and len(words) == 1:
        return True
    if len(words) == 2 and low[0] == "the" and low[1].isalpha():
        return True  # "the planemaker", "the lender": resolved to the last organisation
    if any(w in _VERBISH for w in low[1:-1]) or (len(low) > 1 and low[-1] in _VERBISH and low[-1] not in _NOUNISH_CUES):
        return False  # (a final "estimates" is the noun: "South Korean military estimates")  # "U.S. raises (estimate)", "X has given a higher (estimate)"
    if any(w[:1].isupper() for w in words[1:]) or (words[0][:1].isupper() and low[0] not in ("the", "a", "an")):
        return True
    return any(w.rstrip("'s\u2019") in _ATTRIB_HEADS or w in _ATTRIB_HEADS for w in low)


_PREPOSITIONS = frozenset("with after before in on of for from by at as into over under during since until".split())
_OPEN_ENDS = _PREPOSITIONS | {"and", "or", "but", "nor", "to", "the", "a", "an"}
_FIGURE_IN_NP_RE = re.compile(r"\d\s*%|\d\s+(?:percent|per\s+cent)\b|[$\u20ac\u00a3\u00a5]\s*\d")
_VERBISH = frozenset(
    "raises raised lifts lifted cuts has have had gave given giving puts gives is are was were says said told "
    "believes believed estimates estimated thinks moved made makes sees saw".split()
)


def _link(np: str, np_start: int, np_end: int, index: _Index, speakers: _Speakers, orgs: _Orgs,
          text: str) -> tuple[str | None, str | None]:
    """The claimant's name (a clean noun phrase or the canonical entity name) and entity id."""
    maker = _source_of_record(np)
    if maker != np:
        np_start += np.index(maker)
        np, np_end = maker, np_start + len(maker)
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
    dm = _DEF_REF_RE.match(np)
    if dm:
        if dm.group("head").lower() in _DATA_HEADS:
            return None, None  # "the data showed" with no source named before: no claimant
        return _strip_det(np), None
    # "military officials in Seoul", "officials from the two countries": the group is the claimant;
    # the place says where they sit, not who they are ("Analysts at Goldman Sachs" names them).
    # The place's country stays as the entity id.
    group = _GROUP_LOCATIVE_RE.fullmatch(np)
    inside = [e for e in index.starting_in(np_start, np_end) if e.end_char <= np_end]
    if group:
        places = [e for e in inside if e.type in ("GPE", "LOC") and e.start_char >= np_start + group.end("group")]
        if len(places) == len(inside):
            return group.group("group"), places[-1].entity_id if places else None
    if not inside:
        return _descriptor_name(np) or _strip_det(np), None
    # a group: "Seoul and Washington", "U.S. and South Korean officials", "allies and the EU"
    outside = text[np_start:np_end]
    for e in reversed(inside):
        outside = outside[:e.start_char - np_start] + "#" * (e.end_char - e.start_char) + outside[e.end_char - np_start:]
    if re.search(r"\band\b|&|,|\bor\b", outside):
        return _descriptor_name(np) or _strip_det(np), None
    named = [e for e in inside if e.type in ("PERSON", "ORG")]
    last = inside[-1]
    tail = text[last.end_char:np_end]
    lead = text[np_start:last.start_char]
    if named:
        e = named[-1]
        tail_e = _CORPORATE_SUFFIX_RE.sub("", text[e.end_char:np_end]).strip()  # "Hyundai Motor Co."
        lead_e = text[np_start:e.start_char]
        if not tail_e and (not re.search(r"(?<![\w-])[A-Za-z][a-z]+\s+(?:at|of|from|in|for|with|by)\s", lead_e)
                           or e.type == "PERSON" and _TITLED_DEPARTMENT_RE.fullmatch(lead_e)):
            # "Ukrainian President Volodymyr Zelenskyy", "South Korea's NIS", "Minister for Health
            # Jennifer Carroll MacNeill" (a title's department is no group the person speaks for)
            return e.name, e.entity_id
        described = _descriptor_name(np)
        if described is not None and described.startswith(e.surface):
            return described, e.entity_id  # "state railway group Ferrovie dello Stato"
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


# "Minister for Health ", "the Secretary of State ": a title with its department before a name
_TITLED_DEPARTMENT_RE = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w.'\u2019-]*\s+)*(?:Minister|Secretary|Commissioner|Director|Chief|Head|Chair|"
    r"Chairman|Chairwoman|Governor|Mayor|Ambassador|Envoy|Spokesman|Spokeswoman|Spokesperson|Minister\s+of\s+State)"
    r"\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+(?:and\s+)?){1,4}")
_CORPORATE_SUFFIX_RE = re.compile(r"^,?\s*(?:Co|Corp|Inc|Ltd|Plc|PLC|LLC|AG|SA|SE|NV|Bhd|Berhad|GmbH|Oyj|ASA)\.?$")


# Roles that stand before a person's name. Not transforms.entities.TITLE_WORDS: that list also holds
# department words (Health, State, Foreign) that begin names such as "Health Ministry".
_TITLE_WORDS = frozenset(
    """president minister secretary governor mayor sheriff chief executive officer spokesman spokeswoman
    spokesperson chairman chairwoman chair director commander general admiral chancellor ambassador envoy
    senator representative negotiator prosecutor judge premier king queen prince leader head""".split()
)
_NAME_TOKEN_RE = re.compile(r"[A-Z][\w.&'\u2019-]*$")
_NOT_DESCRIPTORS = frozenset("by of at from in for with to on and or the a an its their his her".split())
# lowercase words inside one name ("Ferrovie dello Stato", "Banco de Chile") or joining two named
# claimants ("the associations BWE and VDMA Power Systems")
_NAME_JOINERS = frozenset("de del della dello delle di da do dos das du des van von der den la le al el bin ibn y "
                          "and &".split())


def _descriptor_name(np: str) -> str | None:
    """The name at the end of a described claimant: "state broadcaster CCTV" -> CCTV, "memory chipmaker
    SK Hynix" -> SK Hynix, "Los Angeles County Sheriff Robert Luna" -> Robert Luna, "state railway group
    Ferrovie dello Stato" -> Ferrovie dello Stato (name particles and "and" stay inside). Only when a
    lowercase descriptor noun or a title stands right before the capitalised name; "economists polled by
    Reuters" and "organisers of the French Open" keep their head."""
    words = np.split()
    k = len(words)
    while k > 0 and (_NAME_TOKEN_RE.match(words[k - 1]) and words[k - 1].lower() not in _TITLE_WORDS
                     or k < len(words) and k > 1 and words[k - 1] in _NAME_JOINERS
                     and _NAME_TOKEN_RE.match(words[k - 2])):
        k -= 1
    if k == len(words) or k == 0 or len(words) - k > 6:
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
_OBJECT_RELATIVE_RE = re.compile(r"\s*(?:which|whom)\s+(\S.*)$", re.DOTALL)
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
        rel = _OBJECT_RELATIVE_RE.match(raw)
        if rel:
            # "..., which airline association Assaereo expects to affect 480 flights": the
            # relative clause's own subject says it
            inner_cl = _clean_np(rel.group(1), back_lo + lo + rel.start(1))
            if inner_cl is not None and _valid_np(inner_cl[0]):
                return inner_cl
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


# the words after "according to" / ", said": up to a clause break; a full stop only inside an
# initial ("J. R. Smith"), a title ("Rep. Lee Joon-ho") or a dotted name ("U.S.")
_TITLE_ABBREV = ("Rep", "Sen", "Gov", "Gen", "Dr", "Mr", "Mrs", "Ms", "Lt", "Col", "Capt", "Sgt", "Adm", "Maj",
                 "Prof", "Sgt", "Cmdr", "Supt", "Insp", "Det", "Rev", "Hon", "Amb", "Pres")
_NAME_RUN_RE = re.compile(
    r"\s+((?:[^,.;:\"\u201c\u201d(]|\.(?=[A-Za-z])|(?<=\b[A-Z])\.\s(?=[A-Z])|(?:"
    + "|".join(r"(?<=\b" + t + ")" for t in sorted(set(_TITLE_ABBREV))) + r")\.\s(?=[A-Z]))+)")
_COMPARED_BEFORE_RE = re.compile(r"\b(?:beat|beats|beating|missed|misses|missing|topped|tops|exceeded|exceeds|"
                                 r"exceeding|above|below|than|versus|vs\.?|with|matched|matching)\s+"
                                 r"(?:[\w.'\u2019-]+\s+){0,3}$", re.IGNORECASE)
_ACCORDING_BEFORE_RE = re.compile(r"\baccording\s+to\s+(?:[\w.'\u2019-]+\s+){0,5}$", re.IGNORECASE)
_MARKET_SAY = frozenset({"added", "adds"})
_FIGURE_AFTER_RE = re.compile(r"\s+(?:(?:about|nearly|almost|another|a\s+further)\s+)?[$\u20ac\u00a3\u00a5]?\d")
_BY_AGENT_RE = re.compile(r"\s+by\s+((?:the\s+)?(?:[A-Z][\w.'\u2019&-]*\s*)+)")
_NOUN_USE_BEFORE_RE = re.compile(r"(?:\b(?:an|is|are|was|were|be|been|being|as|the|a)\s+|[-\u2013])$", re.IGNORECASE)


_SHOW_CUES = frozenset(_SHOW_VERBS.split("|"))
_MEASURED_CUES = frozenset({"recorded", "records"})
_PLACE_HEAD_RE = re.compile(r"(?:the\s+)?(?:[\w-]+\s+)?(?:village|town|city|province|region|county|district|"
                            r"island|state|port|capital|area)\s+of\s+", re.IGNORECASE)


def _is_place_phrase(np: str, np_start: int, index: _Index) -> bool:
    """A place, named or as "the village of X": a place that records a reading is where it was
    taken ("Seville recorded 46C")."""
    end = np_start + len(np)
    ends = [e for e in index.starting_in(np_start, end) if e.end_char == end]
    if not ends or ends[-1].type not in ("GPE", "LOC"):
        return False
    head = np[:ends[-1].start_char - np_start]
    return bool(re.fullmatch(r"(?:the\s+)?", head, re.IGNORECASE) or _PLACE_HEAD_RE.fullmatch(head))
_CHANGE_CUE_RE = re.compile(_CHANGE_CUE)
_CONSEQUENCE_RE = re.compile(r",\s+(?!citing|saying|quoting|adding)[a-z]+ing\b")
_DATA_HEADS = frozenset({"data", "figures", "statistics", "survey", "census"})
_DATA_NOUN_RE = re.compile(r"(?:(?:'s|\u2019s)\s+)?(?:(?:latest|new|official|provisional|preliminary|final|"
                           r"monthly|annual|weekly|quarterly)\s+)*(?:figures|data|statistics|numbers|records|"
                           r"census|survey|poll|polls|results|estimates|tally|count|records)$", re.IGNORECASE)


_DATA_FROM_RE = re.compile(r"(?:(?:latest|new|official|provisional|preliminary|final)\s+)?(?:data|figures|statistics|"
                           r"numbers)\s+(?:from|by|of)\s+(?P<src>.+)$", re.IGNORECASE)


_RECORD_OF_BEFORE_RE = re.compile(r"(?<![\w-])(?:data|figures|statistics|numbers|poll|polls|survey|estimates|"
                                  r"analysis|count|tally)\s+(?:(?:compiled|published|released|conducted|"
                                  r"commissioned)\s+)?(?:from|by|of)\s+(?:the\s+)?$", re.IGNORECASE)


def _data_source(cl: tuple[str, int], index: _Index, text: str) -> tuple[str, int] | None:
    """The claimant of "<source> figures show": the named source ("NHS England figures" -> NHS
    England, "data from the Korea Customs Service" -> the service, "a poll by YouGov" -> YouGov),
    else the data phrase itself ("government statistics"); None where the subject of "show" is no
    data ("the video shows")."""
    np, start = cl
    if np[:1].isupper() and _RECORD_OF_BEFORE_RE.search(text, max(0, start - 40), start):
        return np, start
    fm = _DATA_FROM_RE.match(np)
    if fm:  # "data from the trade ministry showed"
        src = fm.group("src")
        return _strip_det(src), start + fm.start("src") + (len(src) - len(_strip_det(src)))
    m = _DATA_NOUN_RE.search(np)
    if m is None:
        return None
    source = np[:m.start()].strip()
    named = [e for e in index.starting_in(start, start + len(source) + 1)
             if e.type in ("ORG", "PERSON", "GPE") and e.end_char == start + len(source)]
    words = source.split()
    proper = bool(words) and words[0][:1].isupper() and words[0] not in ("The", "A", "An") and all(
        w[:1].isupper() or w in ("of", "and", "for", "the") for w in words)
    if named or proper:
        return source, start
    return np, start


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
            nm = _NAME_RUN_RE.match(rest)
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
        if vlow in _NOUNISH_CUES and (_NOUN_BEFORE_RE.search(left) or re.match(r"\s+(?:of|for|on)\b", after)
                                      or _COMPARED_BEFORE_RE.search(left) or _ACCORDING_BEFORE_RE.search(left)):
            continue  # a noun: "the agency's estimate", "a higher estimate of", "beat Wall Street estimates"
        if vlow in _MARKET_SAY and _FIGURE_AFTER_RE.match(after):
            continue  # "Ryanair's shares added 0.8%": a price move, not speech
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
        if _CHANGE_CUE_RE.match(vlow) and ve <= cand_start and _CONSEQUENCE_RE.search(text, ve, cand_start):
            continue  # "raised its forecast, helping the FTSE 100 to 9,212 points": not its figure
        if cl is not None and vlow in _SHOW_CUES:
            cl = _data_source(cl, index, text)  # "NHS England figures show" -> NHS England
        if cl is not None and vlow in _MEASURED_CUES and _is_place_phrase(cl[0], cl[1], index):
            continue  # "the Portuguese village of Amareleja recorded 46.6 degrees": where, not who
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
        if vlow in _SHOW_CUES:
            continue
        # inverted: ", said X"
        if vs >= cand_end and vlow in ("said", "says", "told", "added", "wrote", "noted", "reported", "announced"):
            if re.search(r"[,\u201d\"']\s*$", left):
                rest = text[ve:min(s1, ve + 100)]
                nm = _NAME_RUN_RE.match(rest)
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
        if post and post[0].verb_end <= chosen.verb_start and post[0].verb_start >= cand_end:
            # "N, the agency told lawmakers, according to Rep. Lee": the agency said it, Lee relays it
            chosen = post[0]
    elif post:
        chosen = post[0]
    return chosen


# fallback quote detection where no Quote records were given
_QUOTE_OPEN = {"\u201c": "\u201d", '"': '"', "\u2018": "\u2019", "'": "'"}


def _quote_spans_fallback(text: str, p0: int, p1: int) -> list[tuple[int, int]]:
    p1 = min(p1, len(text))  # a paragraph end may be reported past the text's end
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
