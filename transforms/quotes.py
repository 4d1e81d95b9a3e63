"""Direct quotations and who said them.

Quotation marks
    Double marks (straight ``"``, curly, guillemets) and single marks used as
    the main marks (British and some wire styles) are both read. Each mark
    gets a role from its neighbours: opening (space or bracket before, text
    after), closing (text before, space or punctuation after), ambiguous
    (straight ``"``: it toggles), or none: an apostrophe between letters
    ("DPRK's", "don't") or before a two-digit year ("the '90s"). Double marks
    are paired first; single marks are then paired only outside double-quoted
    spans, so single quotes inside a quote stay inside it. A single closing
    mark after a plain letter and before a word ("the allies' position") is a
    weak close, used only when no better one comes before the next opening
    mark or the paragraph end.

Paragraphs
    A quote left open at a paragraph end continues when the next paragraph
    opens with a quotation mark (the news convention); otherwise the opening
    mark is dropped, so an unbalanced mark never reaches past its paragraph.

Split quotes
    ``"A," she said, "B."``: two quotes in one paragraph whose gap is only an
    attribution (speaker and cue) are one row. The ``quote`` text is the
    parts joined by a single space, each part's punctuation kept as written
    ("A, B."); paragraphs of a multi-paragraph quote are joined the same way.
    The span runs from the first opening mark to the last closing mark.

Not quotes
    One- to three-word phrases (scare quotes, nicknames) unless they carry
    their own attribution and end in punctuation (``"No," she said.``), titles
    (Title Case without closing punctuation, or after "book", "film",
    "titled", "so-called"...), and text without quotation marks.

Speakers
    In order: the attribution between the parts of a split quote; right after
    the closing mark (``"...," X said`` / ``"...," said X`` / ``"..." X
    added.`` in the following sentence / ``according to X``); before the
    opening mark in the same sentence or a preceding sentence ending in ":"
    (``X said: "..."``); otherwise a quote that follows one with a known
    speaker, with no other person named in between, inherits it. The speaker
    phrase is reduced to a linked entity where one covers it (titles and
    appositions dropped: "Defense Secretary Lloyd Austin" -> "Lloyd Austin",
    "Kirby, the White House spokesman" -> "John Kirby"); pronouns resolve to
    the last person (he/she) or organization (it) named outside quotes; "the
    ministry" resolves to the last organization whose name has that word;
    groups ("ten allied nations and the European Union") stay as written.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from transforms.catalog import Catalog, slugify
from transforms.records import Entity, Quote
from transforms.regex_trie import literal_trie
from transforms.sentences import sentence_at, sentence_spans

OPEN, CLOSE, BOTH = 1, 2, 3
_MARK_CHARS = "\"\u201c\u201d\u201e\u00ab\u00bb'\u2018\u2019"
_MARK = re.compile(f"[{_MARK_CHARS}]")
_DOUBLE = frozenset("\"\u201c\u201d\u201e\u00ab\u00bb")
_OPEN_BEFORE = frozenset("([{\u2014\u2013-/\u2026")
_CLOSE_AFTER = frozenset(".,;:!?)]}\u2014\u2013-\u2026")
_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n")

CUE_WORDS = (
    "said|says|say|added|adds|wrote|writes|stated|states|noted|notes|explained|explains|"
    "insisted|insists|argued|argues|warned|warns|asked|asks|replied|responded|declared|"
    "announced|claimed|claims|stressed|emphasized|emphasised|continued|continues|tweeted|"
    "posted|commented|remarked|acknowledged|admitted|recalled|concluded|urged|cautioned|"
    "predicted|suggested|observed|confirmed|denied|countered|testified|shouted|told|tells|"
    "vowed|pledged|promised|conceded|reiterated|pointed out|went on|mused|quipped|boasted|"
    "complained|lamented|joked|whispered|yelled|cried|exclaimed|maintained|contended|"
    "affirmed|asserted|alleged|charged|recounted|recalls|agreed|agrees|wrote in"
)
_CUE_ALT = "|".join(sorted(CUE_WORDS.split("|"), key=len, reverse=True))
# The same alternation as a trie: it tries the words that fit at an offset in
# the same order (longest first), and rejects other offsets after a letter
# or two instead of trying ~100 words (see ``literal_trie``).
_CUE_TRIE = literal_trie(CUE_WORDS.split("|"))
_TOLD_OBJ = (
    r"(?:reporters|journalists|lawmakers|legislators|parliament|the\s+(?:[A-Z][\w.&'-]*\s*){1,4}|"
    r"[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}|the\s+\w+|an?\s+\w+(?:\s+\w+)?|him|her|them|us|me)"
)
_ADVERBS = r"(?:also|later|then|earlier|previously|once|again|further|recently|simply|repeatedly|has|had|have|would|will|was|is|had\s+earlier|then\s+again)"
_TOKEN = r"[^\s\"\u201c\u201d\u201e,;:!?()]+"
_SP = rf"(?P<sp>{_TOKEN}(?:\s+{_TOKEN}){{0,9}}?)"
_APPOS = r"(?:,\s+(?P<appos>[^,\"\u201c\u201d\n]{1,90}?),)?"
_AFTER_SP_CUE = re.compile(
    rf"[\s,\u2014\u2013-]*{_SP}{_APPOS}\s+(?:{_ADVERBS}\s+)*(?P<cue>{_CUE_TRIE})\b(?P<obj>\s+{_TOLD_OBJ})?"
)
_INV_CUES = "said|says|added|adds|wrote|writes|asked|continued|explained|insisted|noted|warned|declared|replied|responded|recalled|argued|stated|told"
_AFTER_CUE_SP = re.compile(
    rf"[\s,\u2014\u2013-]*(?P<cue>{_INV_CUES})\s+(?P<sp>[\w\u00c0-\u024f][^,;:!?\"\u201c\u201d\n]*?)"
    r"(?=\s*(?:[,;:!?\u2014]|\.(?:\s|$)|$|\s+(?:on|in|at|during|after|before|when|while|who|as|adding|according|last|this|earlier|late|early|yesterday|today|to|from|via|with|through|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))"
)
_ACCORDING_AFTER = re.compile(
    r"[\s,\u2014\u2013-]*(?P<cue>according\s+to)\s+(?P<sp>[^,;:!?\"\u201c\u201d\n]+?)(?=\s*(?:[,;:!?]|\.(?:\s|$)|$|\s+(?:on|in|at|during|who)\b))"
)
_ACCORDING_BEFORE = re.compile(r"(?:^|[,;]\s*)(?P<cue>[Aa]ccording\s+to)\s+(?P<sp>[^,\"\u201c\u201d]+?),?\s*$")
# \b(?P<cue>{_CUE_ALT})\b...: the leading \b (no word character before the
# cue's first letter) is checked after that letter, (?<!\w[\s\S]), so that the
# engine only stops at letters that can start a cue word.
_CUE_AT_WORD_START = literal_trie(CUE_WORDS.split("|"), after_first=r"(?<!\w[\s\S])")
_CUE_ANY = re.compile(rf"(?P<cue>{_CUE_AT_WORD_START})\b(?P<obj>\s+{_TOLD_OBJ})?")
_CUE_WORD = re.compile(rf"\b{_CUE_TRIE}\b")  # search only
_NOT_SPEAKER_START = frozenset(
    "and but or which that who whom whose this these those there if as because when while so then "
    "to of in on at by for from with not never also is was were are be been being".split()
)
_NOT_SPEAKER_START_LOWER = frozenset(
    "earlier later recently yesterday today tonight previously again also last this that separately "
    "publicly privately repeatedly on in at during after before when while then now once here there "
    "it's its".split()
)
_PRONOUNS_PERSON = frozenset({"he", "she"})
# Words before a quoted title; regex pieces (one with \s+).
_TITLE_CONTEXT_WORDS = (
    "book|books|novel|memoir|film|movie|documentary|song|album|single|show|series|play|"
    "opera|poem|essay|article|column|headline|report|paper|study|titled|entitled|called|dubbed|"
    r"named|nicknamed|so-called|known\s+as|term|terms|word|words|phrase|slogan|hashtag|operation|"
    "codenamed|branded|label|labelled|labeled|motto|banner"
).split("|")
_TITLE_CONTEXT = re.compile(rf"(?:\b(?:{'|'.join(_TITLE_CONTEXT_WORDS)})\s*,?\s*)$", re.IGNORECASE)


def _reversed_piece(piece: str) -> str:
    """A word piece of _TITLE_CONTEXT_WORDS spelled backwards ("known\\s+as" -> "sa\\s+nwonk")."""
    return piece.replace(r"\s+", " ")[::-1].replace(" ", r"\s+")


# Whether _TITLE_CONTEXT matches (its search is only used as a yes/no), read
# from the end: the reversed string starts with "\s*,?\s*", one of the
# reversed words, then (?!\w) (the \b before the word's first letter). The
# search tries every offset of the 40-character window; this is one match.
_TITLE_CONTEXT_REVERSED = re.compile(
    rf"\s*,?\s*(?:{'|'.join(map(_reversed_piece, _TITLE_CONTEXT_WORDS))})(?!\w)", re.IGNORECASE
)


def _title_context(before: str) -> bool:
    """``bool(_TITLE_CONTEXT.search(before))``."""
    return _TITLE_CONTEXT_REVERSED.match(before[::-1]) is not None


_SMALL_WORDS = frozenset("a an the of and or in on at to for by with from as is vs via de la le del".split())


# Precompiled (re.search(str, ...) looks the pattern up in re's cache on every call).
_TWO_DIGIT_YEAR = re.compile(r"\d\d(?:s\b|\b)")
_SENTENCE_CROSSING = re.compile(r"[.!?]\s+[A-Z]")
_SPACES = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[.!?]\s")
_DOUBLE_MARK = re.compile(r"[\"\u201c\u201d]")
_KEPT_FINAL_DOT = re.compile(r"(?:\b[A-Z]\.|U\.S\.|U\.K\.|U\.N\.|Jr\.|Sr\.)$")
_AND = re.compile(r"\band\b|&")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_THE_NOUN = re.compile(r"the\s+([a-z]+)")
_WORD_CHAR = re.compile(r"\w")
_ATTRIBUTION_GAP = re.compile(r"\s*[,\u2014\u2013-]?\s*.*?[,.:;\u2014\u2013-]\s*", re.S)
_ATTRIBUTION_REST = re.compile(r"[^\"\u201c\u201d.!?]*[,.:;\u2014\u2013-]\s*")
_ENDS_PUNCT = re.compile(r"[,.!?;:\u2026-]\s*$")
_TITLE_TOKEN = re.compile(r"[^\W\d_][\w'\u2019-]*")


@dataclass(slots=True)
class _Raw:
    start: int  # first opening mark
    end: int  # after the last closing mark
    parts: list[tuple[int, int]] = field(default_factory=list)  # content spans
    gap_attr: tuple | None = None  # attribution found between parts


def quote_id(article_id: str, start: int, end: int) -> str:
    return hashlib.sha1(f"{article_id}:{start}:{end}".encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------------------
# marks


def _role(text: str, i: int) -> int:
    ch = text[i]
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    if ch in "\u201c\u201e\u00ab":
        return OPEN
    if ch in "\u201d\u00bb":
        return CLOSE
    opening = (prev.isspace() or prev in _OPEN_BEFORE or prev in _DOUBLE) and not nxt.isspace()
    closing = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_AFTER or nxt in _DOUBLE or nxt in "'\u2019")
    if ch == '"':
        if opening and not closing:
            return OPEN
        if closing and not opening:
            return CLOSE
        if prev.isalnum() and nxt.isalnum():
            return 0
        return BOTH if not (prev.isspace() and nxt.isspace()) else 0
    # single marks
    if prev.isalnum() and nxt.isalnum():
        return 0  # apostrophe inside a word
    if ch == "\u2018":
        return OPEN if not nxt.isspace() else 0
    if opening:
        if ch == "\u2019":
            return 0  # ’90s, ’em: a leading apostrophe
        if _TWO_DIGIT_YEAR.match(text[i + 1:i + 4]):
            return 0
        return OPEN
    if closing:
        return CLOSE
    return 0


def _is_weak_close(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    return prev.isalpha() and nxt in " \t" and (i + 2 < len(text) and text[i + 2].isalnum())


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _PARAGRAPH.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _first_char(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _last_char_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _pair(text: str, marks: list[tuple[int, int, int]], paras: list[tuple[int, int]], single: bool) -> list[_Raw]:
    """Pair opening and closing marks of one kind. marks: (pos, role, para_index)."""
    out: list[_Raw] = []
    open_pos: int | None = None
    open_para = -1
    parts: list[tuple[int, int]] = []
    first_open = -1
    weak: int | None = None

    def close_at(pos: int) -> None:
        nonlocal open_pos, parts, weak
        parts.append((open_pos + 1, pos))
        out.append(_Raw(first_open, pos + 1, parts))
        open_pos, parts, weak = None, [], None

    def reset() -> None:
        nonlocal open_pos, parts, weak
        open_pos, parts, weak = None, [], None

    for pos, role, pidx in marks:
        if open_pos is not None and pidx != open_para:
            # the open quote reached its paragraph end without closing
            if single and weak is not None:
                close_at(weak)
            elif (
                pidx == open_para + 1
                and role in (OPEN, BOTH)
                and pos == _first_char(text, *paras[pidx])
            ):
                p_start, p_end = paras[open_para]
                parts.append((open_pos + 1, _last_char_end(text, open_pos + 1, p_end)))
                open_pos, open_para, weak = pos, pidx, None
                continue
            else:
                reset()
        if open_pos is None:
            if role in (OPEN, BOTH):
                open_pos, open_para, first_open, weak = pos, pidx, pos, None
            continue
        # a quote is open in this paragraph
        if role == CLOSE or role == BOTH:
            if single and role == CLOSE and _is_weak_close(text, pos):
                if weak is None:
                    weak = pos
                continue
            close_at(pos)
        elif role == OPEN:
            if single:
                if weak is not None:
                    close_at(weak)
                    open_pos, open_para, first_open, weak = pos, pidx, pos, None
                # else: probably an apostrophe ("'cause"): keep the first opening
            else:
                reset()
                open_pos, open_para, first_open, weak = pos, pidx, pos, None
    if open_pos is not None and single and weak is not None:
        close_at(weak)
    return out


def _mark_positions(text: str) -> list[int]:
    """Where ``_MARK`` matches, in order, except apostrophes between two
    letters or digits (``_role`` gives those no role before anything else).

    Speed: a few ``str.find`` scans (the curly marks cannot even occur in a
    Latin-1 string, and ``find`` knows it at once) instead of a regex pass
    stopping at every character."""
    out = []
    n = len(text)
    for mark in _MARK_CHARS:
        pos = text.find(mark)
        while pos != -1:
            if mark in _DOUBLE or not (0 < pos < n - 1 and text[pos - 1].isalnum() and text[pos + 1].isalnum()):
                out.append(pos)
            pos = text.find(mark, pos + 1)
    out.sort()
    return out


def _find_raw_quotes(text: str, marks: list[int], paras: list[tuple[int, int]]) -> list[_Raw]:
    """``marks``: ``_mark_positions(text)``; ``paras``: ``_paragraphs(text)``."""
    para_starts = [p[0] for p in paras]
    doubles, singles = [], []
    for pos in marks:
        role = _role(text, pos)
        if not role:
            continue
        pidx = bisect_right(para_starts, pos) - 1
        (doubles if text[pos] in _DOUBLE else singles).append((pos, role, pidx))
    raw = _pair(text, doubles, paras, single=False)
    if singles:
        spans = sorted((r.start, r.end) for r in raw)
        starts = [s for s, _ in spans]
        outside = []
        for mark in singles:
            i = bisect_right(starts, mark[0]) - 1
            if i >= 0 and spans[i][0] <= mark[0] < spans[i][1]:
                continue
            outside.append(mark)
        singles_raw = _pair(text, outside, paras, single=True)
        # a single-quoted span must not contain a double-quoted one
        for r in singles_raw:
            i = bisect_left(starts, r.start)
            if i < len(starts) and starts[i] < r.end:
                continue
            raw.append(r)
    raw.sort(key=lambda r: r.start)
    return raw


# ---------------------------------------------------------------------------
# attribution


@dataclass(slots=True)
class _Attr:
    speaker_text: str
    sp_start: int
    sp_end: int
    cue: str | None
    appos: tuple[int, int] | None = None


def _valid_speaker(sp: str) -> bool:
    sp = sp.strip()
    if not sp or len(sp) > 120:
        return False
    first = sp.split()[0].lower()
    if first in _NOT_SPEAKER_START:
        return False
    if first in _NOT_SPEAKER_START_LOWER:
        return False
    if not (sp[0].isupper() or sp[0].isdigit() or sp[0].islower() or first in {"he", "she", "they", "it", "we", "i", "the", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some", "several", "many", "both", "all", "his", "her", "their", "its", "our", "officials", "analysts", "experts", "police", "witnesses", "residents", "critics", "sources", "authorities", "lawmakers", "diplomats", "observers", "protesters", "investigators", "prosecutors", "doctors", "scientists", "researchers", "economists", "military", "government", "state", "local", "senior", "top", "another", "other", "most", "few", "u.s."}):
        return False
    if _SENTENCE_CROSSING.search(sp):  # crossed a sentence
        return False
    if _CLAUSE_WORDS.search(sp):
        return False
    return True


_CLAUSE_WORDS = re.compile(
    r"\b(?:as|that|which|when|after|because|if|while|was|is|were|are|has|had|have|will|would|"
    r"could|can|did|does|do|but|where|been|not|since|though|although|until|before)\b"
)


def _cue_text(m: re.Match) -> str:
    cue = _SPACES.sub(" ", m.group("cue"))
    obj = m.groupdict().get("obj")
    if cue in ("told", "tells") and obj:
        obj = obj.strip()
        if obj.split()[0] not in {"him", "her", "them", "us", "me"}:
            cue = cue + " " + _SPACES.sub(" ", obj)
    return cue.lower() if not cue.startswith("told ") else cue


def _attr_after(text: str, start: int, end: int) -> _Attr | None:
    """Attribution at the very start of text[start:end] (after a closing mark)."""
    window = text[start:end]
    if not window.strip():
        return None
    m = _AFTER_CUE_SP.match(window)
    if m and _valid_speaker(m.group("sp")):
        sp_s, sp_e = start + m.start("sp"), start + m.end("sp")
        sp_s, sp_e = _trim_speaker(text, sp_s, sp_e)
        if sp_e > sp_s:
            return _Attr(text[sp_s:sp_e], sp_s, sp_e, m.group("cue").lower())
    m = _AFTER_SP_CUE.match(window)
    if m and _valid_speaker(m.group("sp")) and not _CUE_WORD.search(m.group("sp")):
        sp_s, sp_e = start + m.start("sp"), start + m.end("sp")
        appos = (start + m.start("appos"), start + m.end("appos")) if m.group("appos") else None
        return _Attr(text[sp_s:sp_e], sp_s, sp_e, _cue_text(m), appos)
    m = _ACCORDING_AFTER.match(window)
    if m:
        sp_s, sp_e = start + m.start("sp"), start + m.end("sp")
        return _Attr(text[sp_s:sp_e], sp_s, sp_e, "according to")
    return None


_APPOSITION_TAIL = re.compile(r"([^,;:\"\u201d]+),\s+([^,;:\"\u201d]+),\s*$")
_THREE_BREAKS_BACK = re.compile(r"(?:[^,;:\"\u201d]*[,;:\"\u201d]){3}")


def _apposition_tail(left: str) -> re.Match | None:
    """``_APPOSITION_TAIL.search(left)``, in linear time.

    A match ("X, Y," and white space to the end) holds exactly the last two
    of the characters ,;:"” in ``left``, so it starts after the
    third-to-last one (found by matching the reversed string), and every
    start between that one and the second-to-last leads to the same outcome
    (X only changes length). So the leftmost match, if any, starts right
    after the third-to-last one; searching from 0 instead tries every offset,
    each up to the end (quadratic)."""
    back = _THREE_BREAKS_BACK.match(left[::-1])
    return _APPOSITION_TAIL.match(left, len(left) - back.end() + 1 if back else 0)


def _attr_before(text: str, start: int, end: int) -> _Attr | None:
    """Attribution ending text[start:end] (before an opening mark)."""
    window = text[start:end]
    if not window.strip():
        return None
    m = _ACCORDING_BEFORE.search(window)
    if m:
        sp_s, sp_e = start + m.start("sp"), start + m.end("sp")
        return _Attr(text[sp_s:sp_e], sp_s, sp_e, "according to")
    cues = list(_CUE_ANY.finditer(window))
    if not cues:
        return None
    m = cues[-1]
    tail = window[m.end():]
    if len(tail.split()) > 12 or _SENTENCE_END.search(tail) or _DOUBLE_MARK.search(tail):
        return None
    left = window[:m.start()]
    # the clause before the cue: after the last comma / semicolon / colon / quote
    cut = max(left.rfind(","), left.rfind(";"), left.rfind(":"), left.rfind("\u201d"), left.rfind('"'))
    head_start = cut + 1
    # "Kirby, the White House spokesman, said": take the name before the apposition
    appos = None
    m2 = _apposition_tail(left)
    if m2 and (m2.group(2).split() or [""])[0].lower() in {"the", "a", "an", "who", "whose"}:
        head_start = m2.start(1)
        appos = (start + m2.start(2), start + m2.end(2))
        left = left[: m2.end(1)]
    sp = left[head_start:]
    sp_s = start + head_start + (len(sp) - len(sp.lstrip()))
    sp_e = start + head_start + len(sp.rstrip())
    sp_s, sp_e = _trim_speaker(text, sp_s, sp_e)
    # strip a leading adverbial ("On Tuesday the ministry said")
    tokens = text[sp_s:sp_e].split()
    if len(tokens) > 10:
        return None
    if sp_e <= sp_s or not _valid_speaker(text[sp_s:sp_e]):
        return None
    return _Attr(text[sp_s:sp_e], sp_s, sp_e, _cue_text(m), appos)


_TRAILING_ADVERB = re.compile(rf"\s+(?:{_ADVERBS}|not|never|publicly|privately|reportedly|flatly|bluntly|angrily|then|now)$")
_LEADING_FILLER = re.compile(
    r"^(?:(?:and|but|so|yet|then|now|also|meanwhile|however|later|earlier|separately|instead|in\s+(?:a|an|his|her|its|their)\s+\w+(?:\s+\w+)?|on\s+\w+|at\s+the\s+\w+)\s+)+",
    re.IGNORECASE,
)


def _trim_speaker(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\n,\u2014\u2013-":
        s += 1
    while e > s and text[e - 1] in " \t\n,.;:\u2014\u2013-":
        if text[e - 1] == "." and _KEPT_FINAL_DOT.search(text[s:e]):
            break
        e -= 1
    while True:
        m = _TRAILING_ADVERB.search(text[s:e])
        if not m:
            break
        e = s + m.start()
    m = _LEADING_FILLER.match(text[s:e])
    if m and m.end() < e - s:
        s += m.end()
    return s, e


# ---------------------------------------------------------------------------
# speaker resolution


_BY_START_CHAR = attrgetter("start_char")


class _Context:
    def __init__(self, text: str, entities: Sequence[Entity], quote_spans: list[tuple[int, int]]):
        self.text = text
        q_starts = [s for s, _ in quote_spans]
        q_ends = [e for _, e in quote_spans]  # quote spans are ordered and disjoint
        ents = sorted(entities, key=_BY_START_CHAR)
        self.entities = ents
        self.ent_starts = [e.start_char for e in ents]
        # people and organizations named outside quotes, in one pass
        self.persons: list[Entity] = []
        self.orgs: list[Entity] = []
        for e in ents:
            if e.type == "PERSON":
                named = self.persons
            elif e.type == "ORG" or e.type == "GPE":
                named = self.orgs
            else:
                continue
            i = bisect_right(q_starts, e.start_char) - 1  # the quote starting last at or before it
            if i < 0 or e.start_char >= q_ends[i]:
                named.append(e)
        self.person_starts = [e.start_char for e in self.persons]
        self.org_starts = [e.start_char for e in self.orgs]
        self.last_speaker: tuple[str, str | None, str | None] | None = None  # name, id, type

    def within(self, s: int, e: int) -> list[Entity]:
        i = bisect_left(self.ent_starts, s)
        out = []
        while i < len(self.entities) and self.entities[i].start_char < e:
            if self.entities[i].end_char <= e:
                out.append(self.entities[i])
            i += 1
        return out

    def last_person(self, before: int) -> Entity | None:
        i = bisect_left(self.person_starts, before) - 1
        return self.persons[i] if i >= 0 else None

    def last_org(self, before: int, word: str | None = None) -> Entity | None:
        i = bisect_left(self.org_starts, before) - 1
        while i >= 0:
            e = self.orgs[i]
            if word is None or (e.type == "ORG" and word in e.name.lower()):
                return e
            i -= 1
        return None


_ORG_NOUNS = frozenset(
    "ministry agency department office council committee commission company court army party bank "
    "organization organisation group alliance bloc union institute service firm carmaker automaker "
    "manufacturer airline insurer lender retailer bureau authority board fund foundation charity "
    "university hospital club team network broadcaster newspaper agency regulator watchdog".split()
)
_GENERIC_ORG_NOUNS = _ORG_NOUNS - {"ministry", "department", "army", "party", "court", "council", "committee", "commission", "union", "bank"}
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve dozens hundreds thousands several many some both all".split())
_NAME_SHAPE = re.compile(r"^[A-Z\u00c0-\u00de][\w'\u2019-]+(?:\s+(?:[A-Z]\.|[A-Z\u00c0-\u00de][\w'\u2019-]+)){0,3}$")


def _resolve(attr: _Attr, ctx: _Context) -> tuple[str | None, str | None]:
    text = ctx.text
    sp = _SPACES.sub(" ", attr.speaker_text.strip())
    low = sp.lower()
    if low in _PRONOUNS_PERSON:
        person = ctx.last_person(attr.sp_start)
        if person is not None:
            return person.name, person.entity_id
        return None, None
    if low in ("they", "we", "it"):
        if low == "it":
            org = ctx.last_org(attr.sp_start)
            if org is not None:
                return org.name, org.entity_id
        if ctx.last_speaker is not None:
            return ctx.last_speaker[0], ctx.last_speaker[1]
        return None, None
    if low in ("i",):
        return None, None
    ents = ctx.within(attr.sp_start, attr.sp_end)
    tokens = low.split()
    group = bool(_AND.search(low)) or (tokens and (tokens[0] in _NUMBER_WORDS or tokens[0].isdigit()))
    core = _LEADING_ARTICLE.sub("", sp)
    core_s = attr.sp_end - len(core)
    # one entity covers the whole phrase (minus a determiner / possessive)
    for ent in ents:
        if ent.start_char <= core_s and ent.end_char >= attr.sp_end - 2:
            return ent.name, ent.entity_id
    if not group:
        persons = {e.entity_id: e for e in ents if e.type == "PERSON"}
        if len(persons) == 1:
            ent = next(iter(persons.values()))
            return ent.name, ent.entity_id
        if attr.appos is not None:
            pass
        heads = [e for e in ents if e.end_char >= attr.sp_end - 2 and e.type in ("ORG", "GPE", "PERSON")]
        if heads:
            return heads[-1].name, heads[-1].entity_id
        m = _THE_NOUN.fullmatch(low)
        if m and m.group(1) in _ORG_NOUNS:
            org = ctx.last_org(attr.sp_start, m.group(1))
            if org is None and m.group(1) in _GENERIC_ORG_NOUNS:
                org = ctx.last_org(attr.sp_start, "")
                if org is not None and attr.sp_start - org.end_char > 300:
                    org = None  # too far back to be what "the group" refers to
            if org is not None:
                return org.name, org.entity_id
        if _NAME_SHAPE.match(sp) and not ents and len(sp.split()) >= 2:
            return sp, "person:" + slugify(sp)
    return sp, None


# ---------------------------------------------------------------------------


def extract_quotes(text: str, article_id: str, entities: Sequence[Entity], catalog: Catalog) -> list[Quote]:
    """Direct quotations in ``text`` with speaker, cue and span."""
    del catalog  # speakers are linked through the article's entities
    marks = _mark_positions(text) if text else []
    if not marks:
        return []
    paras = _paragraphs(text)
    raw = _find_raw_quotes(text, marks, paras)
    if not raw:
        return []
    sentences = sentence_spans(text)
    sent_ends = [e for _, e in sentences]
    para_starts = [p[0] for p in paras]

    def para_of(pos: int) -> tuple[int, int]:
        return paras[bisect_right(para_starts, pos) - 1]

    # merge quotes split by their attribution
    merged: list[_Raw] = []
    for r in raw:
        if merged:
            prev = merged[-1]
            gap = text[prev.end:r.start]
            if "\n" not in gap and 0 < len(gap) <= 160 and _WORD_CHAR.search(gap):
                if _ATTRIBUTION_GAP.fullmatch(gap):
                    attr = _attr_after(text, prev.end, r.start)
                    if attr is not None and attr.sp_end <= r.start:
                        rest = text[attr.sp_end:r.start]
                        if _ATTRIBUTION_REST.fullmatch(rest) and len(rest.split()) <= 8:
                            prev.parts.extend(r.parts)
                            prev.end = r.end
                            prev.gap_attr = attr
                            continue
        merged.append(r)

    quote_spans = [(r.start, r.end) for r in merged]
    ctx = _Context(text, entities, quote_spans)
    out: list[Quote] = []
    prev_quote_end = -1
    prev_speaker_end = -1
    for r in merged:
        words = " ".join(_SPACES.sub(" ", text[s:e].strip()) for s, e in r.parts if text[s:e].strip())
        if not _WORD_CHAR.search(words):
            continue
        n_words = len(words.split())
        p_start, p_end = para_of(r.start)
        _, p_end_close = para_of(r.end - 1)
        # context after the closing mark: to the end of the next sentence in the paragraph
        i = bisect_right(sent_ends, r.end)
        after_end = sentences[i][1] if i < len(sentences) and sentences[i][0] < p_end_close else p_end_close
        after_end = max(after_end, r.end)
        after_end = min(after_end, p_end_close)
        attr = r.gap_attr or _attr_after(text, r.end, after_end)
        immediate = attr is not None
        if attr is None:
            sent = sentence_at(sentences, r.start)
            b_start = sent[0] if sent else p_start
            b_start = max(b_start, p_start)
            if not text[b_start:r.start].strip():
                # a preceding sentence ending in ":" (possibly the previous paragraph)
                j = bisect_right(sent_ends, r.start) - 1
                while j >= 0 and sentences[j][1] > r.start:
                    j -= 1
                if j >= 0 and text[sentences[j][0]:sentences[j][1]].rstrip().endswith(":") and sentences[j][1] > prev_quote_end:
                    attr = _attr_before(text, sentences[j][0], sentences[j][1])
                    if attr is None:
                        # "X, the union leader, did not mince words:" -> the person named there
                        named = [e for e in ctx.within(sentences[j][0], sentences[j][1]) if e.type == "PERSON"]
                        if named:
                            e = named[-1]
                            attr = _Attr(e.surface, e.start_char, e.end_char, None)
            else:
                attr = _attr_before(text, b_start, r.start)
        # what is not a quote
        ends_punct = bool(_ENDS_PUNCT.search(words))
        before = text[max(p_start, r.start - 40):r.start]
        if _title_context(before):
            continue
        if n_words <= 3 and not (immediate and ends_punct):
            continue
        if not ends_punct and attr is None and _title_case(words):
            continue
        speaker = entity_id = cue = None
        if attr is not None:
            speaker, entity_id = _resolve(attr, ctx)
            cue = attr.cue
        elif ctx.last_speaker is not None and prev_quote_end >= 0:
            # a quote right after another one with no new person in between
            between_people = [
                e for e in ctx.persons if prev_speaker_end <= e.start_char < r.start and e.entity_id != ctx.last_speaker[1]
            ]
            close_by = bisect_right(para_starts, r.start) - bisect_right(para_starts, prev_quote_end) <= 1
            if not between_people and close_by:
                speaker, entity_id = ctx.last_speaker[0], ctx.last_speaker[1]
        if speaker is not None:
            ctx.last_speaker = (speaker, entity_id, None)
            prev_speaker_end = attr.sp_end if attr is not None else r.end
        prev_quote_end = r.end
        out.append(
            Quote(
                quote_id=quote_id(article_id, r.start, r.end),
                article_id=article_id,
                quote=words,
                speaker=speaker,
                speaker_entity_id=entity_id,
                cue=cue,
                start_char=r.start,
                end_char=r.end,
            )
        )
    return out


def _title_case(words: str) -> bool:
    tokens = _TITLE_TOKEN.findall(words)
    if not tokens or len(tokens) > 12:
        return False
    big = [t for t in tokens if t.lower() not in _SMALL_WORDS]
    return bool(big) and all(t[0].isupper() for t in big) and tokens[0][0].isupper()
