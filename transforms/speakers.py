"""Who a quote's speaker phrase names, the way the article names them.

``Names`` is built once per article from its entities and its text: every
person and organization named outside quotation marks, with the fullest form
the article gives ("Arthur Butterfield" for a later "Mr. Butterfield", "Lee
Jae-myung" for "Lee", "Joint Chiefs of Staff" for "the JCS"), the titles and
descriptions written around each person ("Senator", "head coach", "a JCS
spokesman"), and a gender where the text says it (Mr./Ms., spokeswoman,
"she said" already resolved to them).

Rules (each is tested in tests/test_quotes.py):

* A person is named by the fullest name the article gives, titles dropped:
  an entity's span grows over the capitalized name words beside it
  ("the developer Arthur Butterfield" where only "Butterfield" was found); a
  surname or a first name alone ("Lee", "Mr. Kim", "General Budanov",
  "Sharon") goes to the nearest earlier full name having that word first or
  last (else the first later one). Two-word-or-longer capitalized names the
  entity pass did not find are read from the text too ("Ethiopia's Meseret
  Tadesse"). A catalog person the article only names by surname gets the
  catalog name ("Blinken" -> "Antony Blinken").
* An organization is named by the fullest form the article writes for the
  same entity, without "The" or a possessive country, acronyms spelled out
  where the article defines them ("... Joint Chiefs of Staff (JCS)", "...
  Service of Ukraine, or SBU"); a country or capital speaking stands for its
  country ("the North" -> "North Korea").
* A description: "the senator", "the coach", "the general" -> the last
  person written with that title or description; "the ministry", "the
  company" -> the last organization of that kind; "the official", "the
  doctor" -> the earlier indefinite description of the same person, as
  written ("A senior Ukrainian military official"); "the air force" ->
  "Ukraine's air force" where the article wrote that; otherwise the phrase
  stays. "A spokeswoman for Trump Hotels, Jennifer Rodstrom" -> the name.
* Pronouns (he, she) go to the last gender-compatible person named outside
  quotes, preferring one who was the subject of reported speech in the same
  or the previous paragraph over a person merely mentioned after them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from transforms.catalog import slugify
from transforms.given_names import FEMALE_NAMES, MALE_NAMES
from transforms.records import Entity

# Titles and honorifics written before a name (lower case, without the dot).
TITLE_WORDS = frozenset(
    """
    mr mrs ms miss mx dr prof professor sen senator rep representative gov governor gen general lt lieutenant
    col colonel maj major capt captain sgt sergeant cpl corporal pvt private adm admiral cmdr commander
    brig brigadier rev reverend fr father sr sister sir dame lord lady baron baroness president vice prime
    minister chancellor mayor judge justice chief secretary ambassador king queen prince princess pope
    cardinal bishop archbishop rabbi imam sheikh supt superintendent det detective inspector constable officer
    coach manager cllr councillor councilman councilwoman alderman deputy chairman chairwoman chair director
    commissioner attorney atty premier marshal chancellor speaker leader sheriff trooper agent principal
    nurse doctor envoy delegate
    """.split()
)
_ABBREVIATED = {
    "sen": "senator", "gov": "governor", "gen": "general", "lt": "lieutenant", "col": "colonel",
    "maj": "major", "capt": "captain", "sgt": "sergeant", "cpl": "corporal", "pvt": "private",
    "adm": "admiral", "cmdr": "commander", "brig": "brigadier", "rev": "reverend", "prof": "professor",
    "dr": "doctor", "rep": "representative", "supt": "superintendent", "det": "detective",
    "cllr": "councillor", "atty": "attorney", "pres": "president", "insp": "inspector",
}
HONORIFIC_ABBR = "Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Pvt|Adm|Cmdr|Brig|Rev|Fr|Sr|Supt|Det|Insp|Atty|Pres|St"
_MALE = frozenset("mr sir lord king prince baron spokesman chairman businessman councilman father husband son brother "
                  "grandfather uncle nephew boy man dad".split())
_FEMALE = frozenset("mrs ms miss dame lady queen princess baroness spokeswoman chairwoman businesswoman councilwoman "
                    "mother wife daughter sister grandmother aunt niece girl woman mum mom actress".split())
# Capitalized words that do not begin or continue a person's name.
_STOP = frozenset(
    """
    the a an in on at when after but and for as if while with from by of to this that these those it he she
    they we i his her their our its so then now still yet also meanwhile however last next since before
    during under over about despite although though not every each some many most all no nobody one two
    three four five six seven eight nine ten there here what who why how where which speaking asked
    according like unlike until than or nor mrs mr ms dr
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    north south east west northern southern eastern western central national international federal royal
    united democratic republican new old great greater upper lower saint st
    """.split()
) | TITLE_WORDS
# A capitalized run ending in one of these (or followed by one) is an organization or a place.
_ORG_PLACE_WORDS = frozenset(
    """
    university college school academy institute center centre hospital clinic ministry department agency
    council committee commission party bank group company co corp inc ltd plc llc association union league
    club team arena stadium park street road avenue square gate bridge river valley mountain mountains lake
    sea ocean island islands station airport port court office service services forces force army navy
    police board authority foundation fund organization organisation news times post journal press
    research securities energy electronics motor motors airlines airways sciences health hall house church
    cathedral museum assembly parliament congress senate cup open marathon championship championships games
    series region province district county state city town village republic kingdom empire federation
    command staff hotels hotel heights zone gallery theatre theater market exchange industries holdings
    partners capital media network broadcasting television radio studios records labs laboratories
    technologies systems solutions pharmaceuticals brewery brauerei publishers publishing books church mosque temple base camp fc united
    rovers wanderers athletic
    """.split()
)
_LOWER_PLACE_AFTER = frozenset("station airport area district neighborhood neighbourhood road street county province "
                               "region city town village border river valley".split())
_PARTICLES = frozenset("de da van von der den del della la le du dos di bin al el ter ibn".split())
# Nouns that name an organization in a description ("the ministry", "the company").
ORG_NOUNS = frozenset(
    "ministry agency department office council committee commission company court army party bank "
    "organization organisation group alliance bloc union institute service firm carmaker automaker "
    "manufacturer airline insurer lender retailer bureau authority board fund foundation charity "
    "university hospital club team network broadcaster newspaper regulator watchdog government "
    "administration military navy police federation association league operator utility chipmaker "
    "producer maker developer exporter importer giant conglomerate broker brewer brewery school district "
    "city municipality state".split()
)
_SPECIFIC_ORG_NOUNS = frozenset("ministry department army party court council committee commission union bank".split())
# Documents standing for their author ("the statement said").
DOCUMENT_NOUNS = frozenset("statement report email e-mail post memo note letter release complaint filing "
                           "study analysis communique communiqué message notice document".split())
_POSSESSIVE = re.compile(r"^(.*?)(?:'s|\u2019s|s'|s\u2019)$")
_TOKEN = re.compile(r"[^\s,;:!?()\[\]\"\u201c\u201d]+")
_NAMEISH = re.compile(r"[A-Z\u00c0-\u00de][\w'\u2019\-]*\.?$|[A-Z]\.$")
# Two to four capitalized words (initials and particles inside): a name the entity pass may have missed.
_NAME_WORD = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:(?:['\u2019]|Mc|Mac)?[A-Z][a-z\u00df-\u00ff]+)?(?:-[A-Za-z\u00c0-\u00ff]+)?"
_NAME_WORD_FULL = re.compile(_NAME_WORD)
_NAME_RUN = re.compile(
    rf"(?<![\w'\u2019.-]){_NAME_WORD}"
    rf"(?:\s+(?:(?:de|da|van|von|der|del|bin|al|le|la|du|dos|di)\s+)?(?:[A-Z]\.|{_NAME_WORD})){{1,3}}(?![\w'\u2019-])"
)
_CAP_WORD = re.compile(r"(?<![\w-])[A-Z\u00c0-\u00de][\w\u2019'-]*")
_ACRONYM_DEF = re.compile(r"\(\s*([A-Z][A-Z0-9&.]{1,9})\s*\)|,\s+or\s+([A-Z][A-Z0-9&.]{1,9})\b|\bas\s+([A-Z][A-Z0-9&.]{1,9})\b")
_ORG_RUN_BACK = re.compile(
    r"((?:[A-Z\u00c0-\u00de][\w'\u2019&.\-]*|of|for|and|the|on|&|de|du)(?:\s+(?:[A-Z\u00c0-\u00de][\w'\u2019&.\-]*|of|for|and|the|on|&|de|du)){0,9})\s*$"
)


def _low(tok: str) -> str:
    return tok.rstrip(".").lower()


def _is_title(tok: str) -> bool:
    """ "Gen.", "President", "Secretary-General", "Vice-President"."""
    low = _low(tok)
    return low in TITLE_WORDS or "-" in low and all(p in TITLE_WORDS for p in low.split("-"))


# Words of a compound job title that are not titles alone: "Chief Financial Officer Kenta Kon",
# "Chief Operating Officer", "Executive Vice President" (lower case; entities uses them too).
TITLE_CHAIN_WORDS = frozenset("executive financial operating technology information marketing commercial investment "
                         "legal digital strategy product communications medical scientific economic political "
                         "security managing general vice".split())


def _chain_word(tok: str, rest: str) -> bool:
    """A compound title's word, stripped only before a name of two words ("Financial Officer Kenta
    Kon"), so "Financial Times" or "Executive Yuan" keep their first word."""
    words = rest.split()
    return (_low(tok) in TITLE_CHAIN_WORDS and len(words) >= 2 and all(_NAMEISH.match(w) for w in words[:2]))


def strip_titles(text: str, s: int, e: int) -> int:
    """Start of the name in text[s:e] after leading titles ("Lt. Gen.", "Dr.", "President",
    "Chief Financial Officer")."""
    while s < e:
        m = _TOKEN.match(text, s, e)
        if not m:
            break
        tok = m.group()
        rest = text[m.end():e]
        if tok[:1].isupper() and rest.strip() and _NAMEISH.match(rest.split()[0]) and (
                _is_title(tok) or _chain_word(tok, rest)):
            s = m.end()
            while s < e and text[s].isspace():
                s += 1
            continue
        break
    return s


def titled_tail(text: str, s: int, e: int) -> int | None:
    """Start of a name that ends the phrase after a title or role inside it: "Central Bank of
    Nigeria Governor Olayemi Cardoso", "Her daughter Ceri". None when there is none."""
    toks = list(_TOKEN.finditer(text, s, e))
    for k in range(max(1, len(toks) - 3), len(toks)):
        before = toks[k - 1].group()
        tail = toks[k:]
        if not all(_NAMEISH.match(t.group()) and not _is_title(t.group()) for t in tail):
            continue
        low = _low(before)
        if before[:1].isupper() and _is_title(before) and len(tail) >= 2:
            return tail[0].start()
        if before.islower() and low in _ROLE_NOUNS:
            return tail[0].start()
    return None


# How many mentions back a look-up goes at most: it keeps an article of thousands of quotes linear.
LOOKBACK = 200


@dataclass(slots=True)
class Ident:
    """One person or organization of the article."""

    name: str
    entity_id: str | None
    kind: str  # PERSON, ORG, GPE
    tokens: tuple[str, ...] = ()
    titles: set[str] = field(default_factory=set)
    gender: str | None = None
    pending: list[tuple[int, int]] = field(default_factory=list)  # mentions not yet described


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    ident: Ident


def gender_of(words) -> str | None:
    for w in words:
        if w in _FEMALE:
            return "f"
        if w in _MALE:
            return "m"
    return None


class Names:
    """The people and organizations an article names outside quotes."""

    def __init__(self, text: str, entities: Sequence[Entity], quote_spans: list[tuple[int, int]]):
        self.text = text
        self.q_starts = [s for s, _ in quote_spans]
        self.q_ends = [e for _, e in quote_spans]
        ents = sorted(entities, key=lambda e: (e.start_char, -e.end_char))
        self.entities = ents
        self.ent_starts = [e.start_char for e in ents]
        self._acronyms: dict[str, str] | None = None
        self._caps: dict[str, int] | None = None
        self._caps_list: list[tuple[int, int]] | None = None
        self.persons: list[Mention] = []
        self.orgs: list[Mention] = []
        self._by_entity: dict[str, Ident] = {}
        self._build_persons()
        self._finish_index()
        self._build_orgs()
        self.person_starts = [m.start for m in self.persons]
        self.org_starts = [m.start for m in self.orgs]

    # -- helpers ---------------------------------------------------------
    def in_quote(self, pos: int) -> bool:
        i = bisect_right(self.q_starts, pos) - 1
        return i >= 0 and pos < self.q_ends[i]

    def entities_within(self, s: int, e: int) -> list[Entity]:
        i = bisect_left(self.ent_starts, s)
        out = []
        while i < len(self.entities) and self.entities[i].start_char < e:
            if self.entities[i].end_char <= e:
                out.append(self.entities[i])
            i += 1
        return out

    def _entity_starting(self, pos: int, types=("ORG", "GPE", "LOC", "NORP")) -> Entity | None:
        i = bisect_left(self.ent_starts, pos)
        while i < len(self.entities) and self.entities[i].start_char == pos:
            if self.entities[i].type in types:
                return self.entities[i]
            i += 1
        return None

    def _entity_ending(self, pos: int, types=("ORG", "GPE", "LOC", "NORP")) -> bool:
        i = bisect_left(self.ent_starts, pos - 60)
        while i < len(self.entities) and self.entities[i].start_char < pos:
            if self.entities[i].end_char == pos and self.entities[i].type in types:
                return True
            i += 1
        return False

    def _prev_token(self, pos: int) -> tuple[int, str] | None:
        """The token ending at the white space before ``pos`` (same line, spaces only)."""
        j = pos
        while j > 0 and self.text[j - 1] == " ":
            j -= 1
        if j == pos or j == 0:
            return None
        k = j
        while k > 0 and not self.text[k - 1].isspace() and self.text[k - 1] not in ",;:!?()\"\u201c\u201d":
            k -= 1
        return (k, self.text[k:j]) if k < j else None

    def _next_token(self, pos: int) -> tuple[int, str] | None:
        text = self.text
        j = pos
        while j < len(text) and text[j] == " ":
            j += 1
        if j == pos:
            return None
        k = j
        while k < len(text) and not text[k].isspace() and text[k] not in ",;:!?()\"\u201c\u201d":
            k += 1
        return (j, text[j:k]) if k > j else None

    def _name_token(self, tok: str) -> bool:
        core = tok.rstrip(".")
        if not core or not core[0].isupper() or core.isupper() and len(core) > 1:
            return False
        if _POSSESSIVE.match(tok) and tok[-2:] in ("'s", "\u2019s"):
            return False
        if len(core) == 1:
            return tok.endswith(".")  # an initial
        low = core.lower()
        return low not in _STOP and low not in _ORG_PLACE_WORDS and not _is_title(core) and core.replace("-", "").replace("'", "").replace("\u2019", "").isalpha()

    def _titles_before(self, start: int) -> tuple[set[str], int]:
        """Title and role words right before a name ("Lt. Gen.", "Brighton head coach",
        "works council chief"); and where they start. The word next to the name must be a
        title or a role noun; words before it qualify it."""
        words: set[str] = set()
        pos = start
        for n in range(5):
            prev = self._prev_token(pos)
            if prev is None:
                break
            k, tok = prev
            low = _low(tok)
            if not low or not (low.isalpha() or "-" in low):
                break
            if n == 0 and not (low in TITLE_WORDS or is_role_noun(low)):
                break
            if low in _STOP and low not in TITLE_WORDS or low in ("said", "told", "says", "who"):
                break
            if tok[:1].isupper() and low not in TITLE_WORDS and _POSSESSIVE.match(tok) and tok.endswith(("'s", "\u2019s")):
                break
            words.add(low)
            if low in _ABBREVIATED:
                words.add(_ABBREVIATED[low])
            pos = k
        return words, pos

    _APPOS_AFTER = re.compile(r",\s+(?:\d{1,3},\s+)?((?:a|an|the|its|his|her|their|now|former)\s+[^,.;:\"\u201c\u201d]{1,80}?)(?=[,.;]|\s+(?:who|said|says|told)\b)")
    _APPOS_BEFORE = re.compile(r"(?:^|[.;!?]\s+|,\s+)((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w\u2019']*(?:'s|\u2019s))\s+[^,;:\"\u201c\u201d.]{1,60}),\s+$")

    def _descriptions(self, s: int, e: int) -> tuple[set[str], int]:
        words, first = self._titles_before(s)
        text = self.text
        m = self._APPOS_AFTER.match(text, e, min(len(text), e + 120))
        if m:
            words.update(w.lower() for w in m.group(1).split() if w.isalpha())
        before = text[max(0, first - 80):first]
        m = self._APPOS_BEFORE.search(before)
        if m:
            words.update(w.lower().strip("\u2019'") for w in m.group(1).split()[1:] if w.replace("-", "").isalpha())
        return {w for w in words if w not in _STOP or w in TITLE_WORDS}, first

    def _cap_words(self) -> list[tuple[int, int]]:
        if self._caps_list is None:
            self._caps_list = [m.span() for m in _CAP_WORD.finditer(self.text)]
        return self._caps_list

    def _cap_counts(self) -> dict[str, int]:
        if self._caps is None:
            counts: dict[str, int] = {}
            text = self.text
            for a, b in self._cap_words():
                w = text[a:b]
                counts[w] = counts.get(w, 0) + 1
            self._caps = counts
        return self._caps

    def _name_runs(self) -> list[tuple[int, int]]:
        """Runs of two to four name words ("Meseret Tadesse", "Donald J. Trump", "Ursula von der
        Leyen"), from the one pass over capitalized words: ``_NAME_RUN``'s matches, give or take
        a run longer than four words."""
        text = self.text
        out = []
        run: list[tuple[int, int]] = []

        def flush() -> None:
            if len(run) >= 2:
                out.append((run[0][0], run[min(len(run), 4) - 1][1]))

        for a, b in self._cap_words():
            word = text[a:b]
            initial = b - a == 1 and b < len(text) and text[b] == "."
            if not (initial or _NAME_WORD_FULL.fullmatch(word)):
                flush()
                run = []
                continue
            if run:
                gap = text[run[-1][1]:a]
                prev_initial = run[-1][1] - run[-1][0] == 1
                if not (gap == " " or prev_initial and gap == ". " or gap.strip() in _PARTICLES and gap.startswith(" ")
                        and gap.endswith(" ") and gap.count(" ") == 2):
                    flush()
                    run = []
            run.append((a, b) if not initial else (a, b + 1))
        flush()
        return out

    # -- persons ---------------------------------------------------------
    def _extend_person(self, s: int, e: int) -> tuple[int, int]:
        for _ in range(2):
            prev = self._prev_token(s)
            if prev is None or not self._name_token(prev[1]) or self.text[prev[0] + len(prev[1]):s].strip():
                break
            if self._entity_ending(prev[0] + len(prev[1])):
                # a first name the catalog took for a place ("Dr. Amara Osei"): only after a title
                before = self._prev_token(prev[0])
                if before is None or _low(before[1]) not in TITLE_WORDS:
                    break
            s = prev[0]
        for _ in range(2):
            nxt = self._next_token(e)
            if nxt is None or not self._name_token(nxt[1]) or nxt[1].endswith(".") and len(nxt[1]) > 2:
                break
            if self._entity_starting(nxt[0]) is not None:
                break
            e = nxt[0] + len(nxt[1])
        return s, e

    def _looks_like_org_or_place(self, e: int) -> bool:
        nxt = self._next_token(e)
        if nxt is None:
            return False
        low = _low(nxt[1])
        return low in _ORG_PLACE_WORDS and nxt[1][:1].isupper() or low in _LOWER_PLACE_AFTER

    def _build_persons(self) -> None:
        text = self.text
        found: list[tuple[int, int, Entity | None]] = []
        taken: list[tuple[int, int]] = []
        for ent in self.entities:
            if ent.type != "PERSON" or self.in_quote(ent.start_char):
                continue
            s, e = ent.start_char, ent.end_char
            m = _POSSESSIVE.match(text[s:e])
            if m and text[e - 2:e] in ("'s", "\u2019s"):
                e -= 2
            s, e = self._extend_person(s, e)
            last = _low(text[s:e].split()[-1]) if text[s:e].split() else ""
            if self._looks_like_org_or_place(e) or last in _ORG_PLACE_WORDS or last in _STOP:
                continue  # "Newcastle United", "Premier League"
            prev = self._prev_token(s)
            if prev is not None and _low(prev[1]) in ("of", "for", "&") and self.text[prev[0] - 2:prev[0]].strip():
                continue  # "Department of State Health Services"
            found.append((s, e, ent))
            taken.append((s, e))
        # capitalized runs the entity pass did not take
        taken.sort()
        t_starts = [a for a, _ in taken]
        for s, e in self._name_runs():
            if self.in_quote(s):
                continue
            i = bisect_right(t_starts, e) - 1
            if i >= 0 and taken[i][1] > s:
                continue
            toks = text[s:e].split()
            if any(_low(t) in _STOP or _low(t) in _ORG_PLACE_WORDS for t in toks):
                # trim leading stop words ("When Arthur Butterfield")
                while toks and (_low(toks[0]) in _STOP or _low(toks[0]) in _ORG_PLACE_WORDS):
                    s = text.index(toks[0], s) + len(toks[0])
                    while text[s].isspace():
                        s += 1
                    toks = toks[1:]
                if len(toks) < 2 or any(_low(t) in _STOP or _low(t) in _ORG_PLACE_WORDS for t in toks):
                    continue
            if self._looks_like_org_or_place(e) or self._overlaps_entity(s, e):
                continue
            if not self._person_evidence(s, e):
                continue
            found.append((s, e, None))
        found.sort(key=lambda x: x[0])
        # identities: full names first, then short forms linked to them
        full: list[Mention] = []
        for s, e, ent in found:
            name = " ".join(text[s:e].split())
            toks = tuple(t for t in name.split())
            if len(toks) < 2:
                continue
            ident = self._person_ident(name, toks, s, e, ent)
            full.append(Mention(s, e, ident))
        self.persons = list(full)
        full_index = self._index_full(full)
        for s, e, ent in found:
            name = " ".join(text[s:e].split())
            if len(name.split()) >= 2:
                continue
            ident = self._match_full(name, s, full_index)
            if ident is None:
                if ent is not None and ent.name != ent.surface and len(ent.name.split()) >= 2:
                    ident = self._by_entity.get(ent.entity_id) or Ident(ent.name, ent.entity_id, "PERSON", tuple(ent.name.split()))
                else:
                    ident = self._by_entity.get("person:" + slugify(name))
                    ident = ident or Ident(name, ent.entity_id if ent is not None and ent.surface == name else
                                           "person:" + slugify(name), "PERSON", (name,))
                    self._by_entity.setdefault("person:" + slugify(name), ident)
                if ident.entity_id:
                    self._by_entity.setdefault(ident.entity_id, ident)
            self.persons.append(Mention(s, e, ident))
            self._note_titles(ident, s, e)
        # surnames of full names written alone later ("Kipruto", "Morozova") that no pass found
        self.persons.sort(key=lambda x: x.start)
        spans = [(m.start, m.end) for m in self.persons]
        span_starts = [a for a, _ in spans]
        words = {}
        for m in full:
            for tok in (m.ident.tokens[0], m.ident.tokens[-1]):
                if len(tok) > 2 and tok[0].isupper() and _low(tok) not in _STOP:
                    words.setdefault(tok, None)
        if words:
            added = []
            for s, e in self._cap_words():
                word = text[s:e]
                if word not in words:
                    if word[-2:] in ("'s", "\u2019s") and word[:-2] in words:
                        e -= 2  # "Morozova's"
                        word = word[:-2]
                    else:
                        continue
                j = bisect_right(span_starts, s) - 1
                if j >= 0 and spans[j][1] > s or self.in_quote(s):
                    continue
                if self._looks_like_org_or_place(e) or self._entity_starting(s) is not None:
                    continue
                ident = self._match_full(word, s, full_index)
                if ident is not None:
                    added.append(Mention(s, e, ident))
                    self._note_titles(ident, s, e)
            if added:
                self.persons.extend(added)
        self.persons.sort(key=lambda x: x.start)

    _AFTER_PERSON = re.compile(r",\s+\d{1,3}\b|,\s+(?:a|an|the|who|whose)\s|\s+(?:said|says|told|tells|added|wrote|won|lost|scored|finished|beat)\b")

    def _person_evidence(self, s: int, e: int) -> bool:
        """Whether a capitalized run the entity pass did not take reads as a person: a role,
        title, nationality or possessive country before it ("rival Haile Gebremariam",
        "Japan's Ryota Sasaki"), or an age, an apposition or a verb of speech after it."""
        if self._AFTER_PERSON.match(self.text, e):
            return True
        last = self.text[s:e].split()[-1]
        if self._cap_counts().get(last, 0) >= 2:
            return True  # the surname is written alone too ("Morozova, who plays ...")
        prev = self._prev_token(s)
        if prev is None:
            # an apposition after a role: "Mr. Butterfield's lawyer, Denise Carrow"
            j = s
            while j > 0 and self.text[j - 1] == " ":
                j -= 1
            if j > 0 and self.text[j - 1] == ",":
                before = self._prev_token(j - 1) if j - 1 > 0 and self.text[j - 2] == " " else None
                k = j - 1
                while k > 0 and self.text[k - 1].isalpha():
                    k -= 1
                word = self.text[k:j - 1].lower()
                return is_role_noun(word)
            return False
        tok = prev[1]
        low = _low(tok)
        if low in TITLE_WORDS or tok.endswith(("'s", "\u2019s")) or is_role_noun(low):
            return True
        return self._entity_ending(prev[0] + len(tok), ("NORP",))

    def _overlaps_entity(self, s: int, e: int) -> bool:
        i = bisect_left(self.ent_starts, e) - 1
        while i >= 0 and self.entities[i].start_char > s - 200:
            if self.entities[i].end_char > s:
                return True
            i -= 1
        return False

    def _person_ident(self, name: str, toks: tuple[str, ...], s: int, e: int, ent: Entity | None) -> Ident:
        entity_id = None
        if ent is not None and ent.start_char == s and ent.end_char in (e, e + 2):
            entity_id = ent.entity_id
        else:
            entity_id = "person:" + slugify(name)
        ident = self._by_entity.get(entity_id)
        if ident is None or ident.name != name:
            ident = Ident(name, entity_id, "PERSON", toks)
            self._by_entity.setdefault(entity_id, ident)
        self._note_titles(ident, s, e)
        return ident

    def _note_titles(self, ident: Ident, s: int, e: int) -> None:
        ident.pending.append((s, e))  # read when asked for (``describe``): most are never needed

    def describe(self, ident: Ident) -> Ident:
        """The titles, descriptions and gender written around the person's mentions so far."""
        while ident.pending:
            s, e = ident.pending.pop()
            words, _ = self._descriptions(s, e)
            ident.titles.update(words)
            if ident.gender is None:
                ident.gender = gender_of(words)
        return ident

    def gender(self, ident: Ident) -> str | None:
        """The gender the text gives (Mr., spokeswoman), else the one of the person's given name
        where every locale that lists it agrees ("Arthur", "Olena"); None for "Andrea", "Kim"."""
        described = self.describe(ident)
        if described.gender is not None or ident.kind != "PERSON" or not ident.name.split():
            return described.gender
        first = ident.name.split()[0]  # (not stored: a later "Ms." still decides)
        return "m" if first in MALE_NAMES else "f" if first in FEMALE_NAMES else None

    @staticmethod
    def _index_full(full: list[Mention]) -> dict[str, tuple[list[int], list[Ident]]]:
        """First and last words of full names -> (mention starts, identities), in text order."""
        index: dict[str, tuple[list[int], list[Ident]]] = {}
        for m in full:
            toks = m.ident.tokens
            for tok in {toks[0], toks[-1]}:
                starts, idents = index.setdefault(tok, ([], []))
                starts.append(m.start)
                idents.append(m.ident)
        return index

    @staticmethod
    def _match_full(word: str, pos: int, index: dict[str, tuple[list[int], list[Ident]]]) -> Ident | None:
        """The full name a lone first or last name stands for: the nearest one before, else the first after."""
        found = index.get(word.rstrip("."))
        if not found:
            return None
        starts, idents = found
        i = bisect_left(starts, pos) - 1
        return idents[i] if i >= 0 else idents[0]

    def _finish_index(self) -> None:
        full = [m for m in self.persons if len(m.ident.tokens) >= 2]
        self._full_index = self._index_full(full)
        self._exact: dict[str, Ident] = {}
        self._first_last: dict[tuple[str, str], Ident] = {}
        for m in self.persons:
            self._exact.setdefault(m.ident.name, m.ident)
            self._exact.setdefault(" ".join(m.ident.tokens), m.ident)
            t = m.ident.tokens
            if len(t) >= 2:
                self._first_last.setdefault((t[0], t[-1]), m.ident)

    def person_named(self, name: str, pos: int) -> Ident | None:
        """The article's person for a written name ("Lee", "Kyrylo Budanov")."""
        toks = name.split()
        if not toks:
            return None
        if len(toks) >= 2:
            # that name, or a longer one with the same first and last words ("Donald J. Trump")
            return self._exact.get(" ".join(toks)) or self._first_last.get((toks[0], toks[-1]))
        word = toks[0].rstrip(".")
        return self._match_full(word, pos, self._full_index) or self._exact.get(word)

    def person_at(self, s: int, e: int) -> Ident | None:
        i = bisect_right(self.person_starts, e) - 1
        while i >= 0 and self.persons[i].end > s:
            m = self.persons[i]
            if m.start >= s and m.end <= e or m.start <= s < m.end:
                return m.ident
            i -= 1
        return None

    def persons_between(self, s: int, e: int) -> list[Mention]:
        return self.persons[bisect_left(self.person_starts, s):bisect_left(self.person_starts, e)]

    def last_person(self, before: int, gender: str | None = None, floor: int = 0,
                    pred=None) -> Mention | None:
        i = bisect_left(self.person_starts, before) - 1
        stop = max(-1, i - LOOKBACK)
        while i > stop and self.persons[i].start >= floor:
            m = self.persons[i]
            if m.end <= before and (gender is None or self.gender(m.ident) in (None, gender)) and (pred is None or pred(m)):
                return m
            i -= 1
        return None

    def described_person(self, noun: str, before: int) -> Ident | None:
        """The last person written with this title or description ("the senator")."""
        nouns = {noun, _ABBREVIATED.get(noun, noun)}
        i = bisect_left(self.person_starts, before) - 1
        stop = max(-1, i - LOOKBACK)
        while i > stop:
            m = self.persons[i]
            if nouns & self.describe(m.ident).titles:
                return m.ident
            i -= 1
        return None

    # -- organizations ---------------------------------------------------
    def _build_orgs(self) -> None:
        text = self.text
        for ent in self.entities:
            if ent.type not in ("ORG", "GPE") or self.in_quote(ent.start_char):
                continue
            if ent.type == "GPE":
                ident = self._by_entity.get(ent.entity_id)
                if ident is None:
                    ident = self._by_entity[ent.entity_id] = Ident(ent.name, ent.entity_id, "GPE", (ent.name,))
                self.orgs.append(Mention(ent.start_char, ent.end_char, ident))
                continue
            s, e = ent.start_char, ent.end_char
            s2, e2 = self._extend_org(s, e)
            surface = " ".join(text[s2:e2].split())
            surface = re.sub(r"^(?:The|the)\s+", "", surface)
            added = (text[s2:s] + " " + text[e:e2]).split()
            if (s2, e2) != (s, e) and not all(w.rstrip(".") in _CORPORATE_SUFFIXES for w in added):
                entity_id = "org:" + slugify(surface)  # "Siemens Energy" is not Siemens
            else:
                entity_id = ent.entity_id
            ident = self._by_entity.get(entity_id)
            if ident is None:
                ident = self._by_entity[entity_id] = Ident(surface, entity_id, "ORG", tuple(surface.split()))
            elif self._fuller(surface, ident.name):
                ident.name, ident.tokens = surface, tuple(surface.split())
            self.orgs.append(Mention(s2, e2, ident))
        for ident in {id(m.ident): m.ident for m in self.orgs}.values():
            if ident.kind == "ORG" and _is_acronym(ident.name):
                long = self.acronyms().get(ident.name)
                if long:
                    ident.name = long
            elif ident.kind == "ORG" and ident.name.endswith(")"):
                ident.name = re.sub(r"\s*\([^()]*\)$", "", ident.name)
        self.orgs.sort(key=lambda m: m.start)

    @staticmethod
    def _fuller(new: str, old: str) -> bool:
        if _is_acronym(new) or "+" in old:
            return False
        return _is_acronym(old) or (len(new.split()) > len(old.split()) and set(old.split()) <= set(new.split()))

    def _extend_org(self, s: int, e: int) -> tuple[int, int]:
        text = self.text
        for _ in range(3):
            prev = self._prev_token(s)
            if prev is None or text[prev[0] + len(prev[1]):s].strip():
                break
            tok = prev[1]
            if not tok[:1].isupper() or _POSSESSIVE.match(tok) and tok[-2:] in ("'s", "\u2019s") or _low(tok) in _STOP:
                break
            if not tok.replace("-", "").replace(".", "").isalpha():
                break
            s = prev[0]
        pos = e
        for _ in range(4):
            nxt = self._next_token(pos)
            if nxt is None:
                break
            tok = nxt[1]
            if tok in ("of", "for", "and", "&"):
                after = self._next_token(nxt[0] + len(tok))
                if after is None or not after[1][:1].isupper() or _low(after[1]) in _STOP - {"national", "international", "federal", "central", "united", "royal", "state"}:
                    break
                pos = after[0] + len(after[1])
                e = pos
                continue
            if not tok[:1].isupper() or _low(tok) in _STOP - {"national", "international", "federal", "central", "united", "royal", "state"}:
                break
            if tok.endswith((".", "'s", "\u2019s")) and not tok.endswith(("Co.", "Corp.", "Inc.", "Ltd.")):
                break
            if not tok.replace("-", "").replace(".", "").replace("&", "").isalnum() or (
                    self._is_person_start(nxt[0]) and _low(tok) not in _ORG_PLACE_WORDS):
                break
            pos = nxt[0] + len(tok)
            e = pos
        return s, e

    def _is_person_start(self, pos: int) -> bool:
        return self._entity_starting(pos, ("PERSON",)) is not None

    def acronyms(self) -> dict[str, str]:
        """Acronyms the article defines: "Joint Chiefs of Staff (JCS)", "..., or SBU"."""
        if self._acronyms is None:
            out: dict[str, str] = {}
            text = self.text
            for m in _ACRONYM_DEF.finditer(text):
                acr = next(g for g in m.groups() if g)
                back = _ORG_RUN_BACK.search(text, max(0, m.start() - 120), m.start())
                if not back:
                    continue
                words = back.group(1).split()
                while words and (words[0][:1].islower() or words[0] in ("The",)):
                    words = words[1:]
                # from the word whose initial is the acronym's first letter
                for k, w in enumerate(words):
                    if w[:1] == acr[0] and len(words) - k >= 2:
                        words = words[k:]
                        break
                else:
                    continue
                long = " ".join(words)
                if long and long[0].isupper() and len(long) > len(acr):
                    out.setdefault(acr, long)
            self._acronyms = out
        return self._acronyms

    def org_at(self, s: int, e: int) -> Ident | None:
        i = bisect_right(self.org_starts, e) - 1
        while i >= 0 and self.orgs[i].end > s:
            m = self.orgs[i]
            if m.start >= s and m.end <= e:
                return m.ident
            i -= 1
        return None

    def last_org(self, before: int, word: str | None = None, kinds=("ORG", "GPE"), floor: int = 0) -> Mention | None:
        i = bisect_left(self.org_starts, before) - 1
        stop = max(-1, i - LOOKBACK)
        while i > stop and self.orgs[i].start >= floor:
            m = self.orgs[i]
            if m.ident.kind in kinds and (word is None or word in m.ident.name.lower()):
                return m
            i -= 1
        return None


_ROLE_SUFFIXES = ("er", "or", "ist", "yst", "ian", "man", "woman", "person", "ant", "ent", "ee", "ief", "ain",
                  "ach", "ary", "ive", "ic", "iff", "ger")
_NOT_ROLES = frozenset("never under over after other either rather whether ever however former latter later "
                       "per her their our your after order water paper number member event moment comment "
                       "statement agreement government parliament department apartment percent recent "
                       "different current present silent violent urgent sufficient critic public magic "
                       "traffic basic specific pacific atlantic arctic domestic panic topic tactic logic "
                       "plastic electric music clinic ethnic historic classic strategic economic academic "
                       "toxic dramatic democratic republican".split())


def is_role_noun(low: str) -> bool:
    """A lower-case word that reads as a role ("winger", "spokesman", "analyst", "coach")."""
    if low in TITLE_WORDS:
        return True
    if not low.isalpha() or low in _NOT_ROLES or len(low) < 4:
        return False
    return low.endswith(_ROLE_SUFFIXES) or low in _ROLE_NOUNS


_ROLE_NOUNS = frozenset("chief head boss aide envoy expert witness resident survivor victim mother father son "
                        "daughter wife husband brother sister widow neighbour neighbor fan owner pilot guard "
                        "nurse medic judge spokesperson staff star ace rookie striker winger hooker forward "
                        "defender goalkeeper keeper pitcher batter midfielder veteran colleague friend".split())


_CORPORATE_SUFFIXES = frozenset("Co Corp Inc Ltd plc PLC AG SE SA LLC NV BV GmbH".split())


def _is_acronym(name: str) -> bool:
    core = name.replace(".", "").replace("&", "")
    return 2 <= len(core) <= 8 and core.isupper() and core.isalpha()


# ---------------------------------------------------------------------------
# a speaker phrase -> a name

_DETERMINER = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)
_DOCUMENT_OF = re.compile(
    rf"(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w-]+\s+)?(?:{'|'.join(sorted(DOCUMENT_NOUNS))})\s+"
    r"(?:from|by|of|issued\s+by|released\s+by|posted\s+by|sent\s+by)\s+(?=\S)",
    re.IGNORECASE,
)
_GROUP_AND = re.compile(r"(?:^|\s)(?:and|&)\s+(\S+)")
_PERSON_PRONOUNS = frozenset({"he", "she"})
_ONLY_LOWER = re.compile(r"^[a-z][a-z\s'\u2019-]*$")


@dataclass(slots=True)
class Resolved:
    name: str | None
    entity_id: str | None
    kind: str  # person, org, phrase, document, pronoun, none
    ident: Ident | None = None


def _is_group(names: Names, text: str, s: int, e: int) -> bool:
    """ "ten allied nations and the European Union": an "and" joining two parties, not one inside
    a name ("Centers for Disease Control and Prevention", "Carrow & Whitley")."""
    phrase = text[s:e]
    for m in _GROUP_AND.finditer(phrase):
        pos = s + m.start()
        inside = any(ent.start_char <= pos < ent.end_char for ent in names.entities_within(s, e))
        if inside:
            continue
        before = phrase[:m.start()].split()
        nxt = m.group(1)
        if before and before[-1][:1].isupper() and nxt[:1].isupper() and not (
                names.person_at(s + m.start() - len(before[-1]), s + m.start())
                and names.person_at(s + m.end() - len(nxt), s + m.end())):
            continue  # a name's own "and"
        return True
    tokens = phrase.lower().split()
    return bool(tokens) and (tokens[0] in _NUMBER_WORDS or tokens[0].isdigit())


_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve dozens hundreds thousands "
                          "several many some both all".split())


def _indefinite_description(names: Names, noun: str, before: int) -> str | None:
    """The earlier "a/an ... <noun> [with|for|at ... ]" phrase ("A doctor at a hospital in Jabalia")."""
    text = names.text
    lo = max(0, before - 4000)
    pattern = re.compile(
        rf"(?<![\w-])(?:[Aa]n?|[Oo]ne)\s+(?:[\w.+'\u2019-]+\s+){{0,5}}?{re.escape(noun)}"
        r"(?:\s+(?:with|for|at|of|from|in|near|on)\s+[^,;:.!?\"\u201c\u201d\n]{1,70}?)?"
        r"(?=\s*,|\s+(?:said|says|told|tells|who|spoke|speaking|declined|added|wrote|confirmed|warned|noted)\b)"
    )
    found = None
    for m in pattern.finditer(text, lo, before):
        if not names.in_quote(m.start()):
            found = m
    return " ".join(found.group().split()) if found else None


def _possessive_form(names: Names, words: str, before: int) -> str | None:
    """ "the air force" written earlier as "Ukraine's air force"."""
    text = names.text
    lo = max(0, before - 4000)
    pattern = re.compile(rf"(?<![\w.-])([A-Z][\w-]*(?: [A-Z][\w-]*){{0,3}}(?:'s|\u2019s)) {re.escape(words)}\b")
    found = None
    for m in pattern.finditer(text, lo, before):
        if not names.in_quote(m.start()):
            found = m
    return " ".join(found.group().split()) if found else None


def resolve_phrase(names: Names, s: int, e: int) -> Resolved:
    """What the speaker phrase text[s:e] names (pronouns are left to the caller: kind "pronoun")."""
    text = names.text
    phrase = " ".join(text[s:e].split())
    low = phrase.lower()
    if not phrase:
        return Resolved(None, None, "none")
    if low in _PERSON_PRONOUNS or low in ("it", "they", "we", "i"):
        return Resolved(None, None, "pronoun")
    m = _DOCUMENT_OF.match(text, s, e)
    if m and m.end() < e:
        inner = resolve_phrase(names, m.end(), e)
        if inner.kind in ("person", "org"):
            return inner
    # "A spokeswoman for Trump Hotels, Jennifer Rodstrom" / "Denise Carrow of the firm ...": the name
    if "," in text[s:e]:
        parts = _comma_parts(text, s, e)
        named = [(a, b) for a, b in parts if _has_name(names, text, a, b)]
        if named:
            a, b = named[0]
            return resolve_phrase(names, a, b)
        s, e = parts[0]
        phrase = " ".join(text[s:e].split())
        low = phrase.lower()
    if _is_group(names, text, s, e):
        return Resolved(phrase, None, "phrase")
    core_s = s
    det = _DETERMINER.match(text, s, e)
    if det:
        core_s = det.end()
    name_s = strip_titles(text, core_s, e)
    core = " ".join(text[name_s:e].split())
    tail_s = titled_tail(text, name_s, e) if name_s == core_s or det is None else None
    if tail_s is not None and tail_s > name_s:
        inner = resolve_phrase(names, tail_s, e)
        if inner.kind == "person":
            return inner
        tail = " ".join(text[tail_s:e].split())
        if inner.kind == "phrase" and _NAME_SHAPE.match(tail) and not _org_like(tail):
            return Resolved(tail, "person:" + slugify(tail), "person")
    # a person named in the phrase (not as a possessive: "Marlowe's spokesman" stays a phrase)
    person = _person_in(names, text, name_s, e)
    if person is not None:
        return Resolved(person.name, person.entity_id, "person", person)
    if name_s > core_s and core and " " not in core and _NAME_SHAPE.match(core):
        # "Mr. Jordan" after "Rep. Jim Jordan": the person named earlier, though Jordan is a country too
        ident = names.person_named(core, s)
        if ident is not None and len(ident.name.split()) >= 2:
            return Resolved(ident.name, ident.entity_id, "person", ident)
    ents = names.entities_within(s, e)
    # an organization or country that is the phrase's head
    head = names.org_at(s, e)
    if head is not None:
        i = bisect_right(names.org_starts, e) - 1
        while i >= 0 and names.orgs[i].end > s:
            m = names.orgs[i]
            if m.start >= s and m.end <= e and m.end >= e - 2 and m.start <= max(core_s, name_s) + 2:
                return Resolved(m.ident.name, m.ident.entity_id, "org", m.ident)
            i -= 1
    for ent in reversed(ents):
        if ent.type in ("ORG", "GPE") and ent.end_char >= e - 2 and ent.start_char <= max(core_s, name_s) + 2:
            ident = names.org_at(ent.start_char, ent.end_char)
            if ident is not None:
                return Resolved(ident.name, ident.entity_id, "org", ident)
            name = re.sub(r"\s*\([^()]*\)$", "", ent.name)
            return Resolved(name, ent.entity_id, "org")
    # "Dr. Amara Osei", "Mr. Jordan": a person, whatever the catalog says
    titled = name_s > core_s
    if core and _NAME_SHAPE.match(core) and (titled or not any(ent.type in ("ORG", "GPE", "LOC", "NORP") for ent in ents)):
        ident = names.person_named(core, s)
        if ident is not None:
            return Resolved(ident.name, ident.entity_id, "person", ident)
        if len(core.split()) >= 2 and not _org_like(core):
            return Resolved(core, "person:" + slugify(core), "person")
        if len(core.split()) == 1 and name_s > core_s:  # "Mr. Smith" with no first name anywhere
            return Resolved(core, "person:" + slugify(core), "person")
    # "The environmental group BUND Naturschutz", "witness Tamika Reed": the capitalized tail
    tail = _CAPITALIZED_TAIL.search(phrase)
    if tail and tail.start(1) > 0:
        head = phrase[:tail.start(1)].split()
        if head and all(w.islower() or w.lower() in ("the", "a", "an") for w in head):
            name = tail.group(1)
            ident = names.person_named(name, s) if _NAME_SHAPE.match(name) else None
            if ident is not None:
                return Resolved(ident.name, ident.entity_id, "person", ident)
            if len(name.split()) >= 2 or _is_acronym(name) or _org_like(name):
                return Resolved(name, None, "org" if _org_like(name) or not _NAME_SHAPE.match(name) else "phrase")
    # a description
    if det or _ONLY_LOWER.match(low) or low.startswith(("its ", "his ", "her ", "their ")):
        words = low.split()
        noun = words[-1].strip("\u2019'")
        rest = " ".join(phrase.split()[1:]) if det else phrase
        if noun in DOCUMENT_NOUNS:
            return Resolved(phrase, None, "document")
        if det and det.group().strip().lower() == "the":
            ident = names.described_person(noun, s)
            if ident is not None:
                return Resolved(ident.name, ident.entity_id, "person", ident)
            if noun in ORG_NOUNS:
                org = names.last_org(s, noun, kinds=("ORG",)) if noun in _SPECIFIC_ORG_NOUNS or noun in {"agency", "office", "bureau", "authority", "university", "hospital"} else None
                if org is None and noun not in _SPECIFIC_ORG_NOUNS:
                    org = names.last_org(s, kinds=("ORG",), floor=max(0, s - 600))
                if org is None and noun in _SPECIFIC_ORG_NOUNS:
                    org = names.last_org(s, noun, kinds=("ORG",))
                if org is not None:
                    return Resolved(org.ident.name, org.ident.entity_id, "org", org.ident)
            poss = _possessive_form(names, rest, s)
            if poss is not None:
                return Resolved(poss, None, "phrase")
            earlier = _indefinite_description(names, noun, s)
            if earlier is not None:
                return Resolved(earlier, None, "phrase")
        return Resolved(phrase, None, "phrase")
    if ents:
        ent = ents[-1]
        return Resolved(re.sub(r"\s*\([^()]*\)$", "", ent.name), ent.entity_id, "org" if ent.type != "PERSON" else "person")
    return Resolved(phrase, None, "phrase")


_NAME_SHAPE = re.compile(r"^[A-Z\u00c0-\u00de][\w'\u2019-]+(?:\s+(?:[A-Z]\.|[A-Z\u00c0-\u00de][\w'\u2019-]+)){0,3}$")
_CAPITALIZED_TAIL = re.compile(r"(?:^|\s)((?:[A-Z\u00c0-\u00de][\w'\u2019&+.-]*)(?:\s+[A-Z\u00c0-\u00de][\w'\u2019&+.-]*){0,4})$")


def _org_like(name: str) -> bool:
    return any(_low(t) in _ORG_PLACE_WORDS for t in name.split()) or name.isupper()


def _comma_parts(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out = []
    a = s
    for i in range(s, e + 1):
        if i == e or text[i] == ",":
            b = i
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                out.append((a, b))
            a = i + 1
    return out or [(s, e)]


def _has_name(names: Names, text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is or holds a person's name (titles and a role before it allowed)."""
    if _person_in(names, text, s, e) is not None:
        return True
    core = " ".join(text[strip_titles(text, s, e):e].split())
    lead = re.match(r"^[A-Z\u00c0-\u00de][\w'\u2019-]+(?:\s+(?:[A-Z]\.|[A-Z\u00c0-\u00de][\w'\u2019-]+)){1,3}", core)
    return bool(lead) and not _org_like(lead.group()) and lead.group().split()[0].lower() not in _STOP


def _person_in(names: Names, text: str, s: int, e: int) -> Ident | None:
    """The last person mention inside text[s:e] that is not a possessive ("Mr. Butterfield's lawyer")."""
    best = None
    for m in names.persons_between(max(0, s - 1), e):
        if m.start < s - 1 or m.end > e:
            continue
        after = text[m.end:m.end + 2]
        if after in ("'s", "\u2019s") or after[:1] in ("'", "\u2019"):
            continue
        best = m.ident
        if text[m.end:e].strip()[:1] in ("o", "O") and re.match(r"\s+of\b", text[m.end:e]):
            break  # "Denise Carrow of the firm Carrow & Whitley": the first one
    return best
