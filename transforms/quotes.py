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
    their own attribution and end in punctuation (``"No," she said.``) or are
    a partial quote with a speech verb in their sentence, titles (Title Case
    without closing punctuation, or after "book", "film", "titled",
    "so-called", "reading"...; after "called", "dubbed", "named" only when
    the quoted words look like a name: "which Huber called "a wake with
    better beer"" is a quote), and text without quotation marks.

Partial quotes
    A fragment inside the writer's own sentence (``called it "a disaster"``,
    ``said the lawsuit was "entirely without merit"``) is a quote with
    ``partial`` set: its sentence has the writer's words before the opening
    mark and they do not end in ":" or in a cue and ",". Its speaker is the
    subject of the speech verb before it (the cue words, and "called",
    "described ... as", "accused", "credited ... with", ...; a participle
    after a comma, ", calling it", goes to the clause's subject), else that of
    a quote earlier in the same sentence, else the sentence's subject.

Split quotes
    ``"A," she said, "B."``: two quotes in one paragraph whose gap is only an
    attribution (speaker, cue and an apposition: up to 20 words) are one row,
    unless the second has an attribution of its own (``"A," Kim said. "B,"
    Lee replied.``). The ``quote`` text is the parts joined by a single space,
    each part's punctuation kept as written ("A, B."); paragraphs of a
    multi-paragraph quote are joined the same way. The span runs from the
    first opening mark to the last closing mark.

Speakers
    In order: the attribution between the parts of a split quote; right after
    the closing mark (``"...," X said`` / ``"...," said X`` / ``"..." X
    added.`` in the following sentence / ``according to X``); before the
    opening mark in the same sentence (``X said: "..."``, the subject found
    by stepping back over appositions and ages: ``Her husband Dean Pike, 46,
    a scaffolder, said:``); for a quote that opens its sentence with none of
    these, the sentence before it in the paragraph (one ending in ":", its
    reported speech, its subject, or the person it names); for a paragraph
    that is only a quote, the inverted attribution opening the next paragraph
    (``So recalls Dr. Amara Osei``) or the last sentence of the previous one;
    otherwise a quote that follows one with a known speaker, with no other
    person named in between, inherits it. The phrase is then named by
    ``transforms.speakers`` (full names for surnames and honorifics,
    descriptions, organizations, acronyms) and pronouns resolved here: he/she
    to the person who was the subject of reported speech in the paragraph
    (else the previous one) unless a compatible person is named after that,
    never to a name inside quotation marks; "it" to the organization that
    last spoke, else the last one named; groups ("ten allied nations and the
    European Union") stay as written.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from transforms.catalog import Catalog
from transforms.records import Entity, Quote
from transforms.regex_trie import literal_trie
from transforms.sentences import sentence_at, sentence_spans
from transforms.speakers import (HONORIFIC_ABBR, ORG_NOUNS, Names, Resolved, _comma_parts, _has_name, gender_of, is_role_noun,
                                 resolve_phrase)

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
    "affirmed|asserted|alleged|charged|recounted|recalls|agreed|agrees|wrote in|"
    "laughed|laughs|smiled|sighed|beamed|gushed|fumed|raged|snapped|sobbed|chuckled|grinned|enthused"
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
    rf"[\s,\u2014\u2013-]*(?P<cue>{_INV_CUES})\s+(?P<sp>(?:(?:{HONORIFIC_ABBR})\.\s+)*[\w\u00c0-\u024f][^,;:!?\"\u201c\u201d\n]*?)"
    r"(?=\s*(?:[,;:!?\u2014]|(?<!\b[A-Z])(?<!\bCo)(?<!\bJr)(?<!\bSr)(?<!\bInc)(?<!\bLtd)(?<!\bCorp)\.(?:\s|$)|$|\s+(?:on|in|at|during|after|before|when|while|who|as|adding|according|last|this|earlier|late|early|yesterday|today|to|from|via|with|through|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))"
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
    "it's".split()
)
# Words before a quoted title; regex pieces (one with \s+).
_TITLE_CONTEXT_WORDS = (
    "book|books|novel|memoir|film|movie|documentary|song|album|single|show|series|play|"
    "opera|poem|essay|article|column|headline|report|paper|study|titled|entitled|called|dubbed|"
    r"named|nicknamed|so-called|known\s+as|term|terms|word|words|phrase|slogan|hashtag|operation|"
    "codenamed|branded|label|labelled|labeled|motto|banner|reading|termed"
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
    rf"\s*,?\s*(?:{'|'.join(map(_reversed_piece, _TITLE_CONTEXT_WORDS))})(?![\w-])", re.IGNORECASE
)


def _title_context_word(before: str) -> str | None:
    """The word of _TITLE_CONTEXT_WORDS that ``before`` ends with (lower case), if any."""
    m = _TITLE_CONTEXT_REVERSED.match(before[::-1])
    if m is None:
        return None
    return " ".join(m.group().strip(" ,\t\n")[::-1].lower().split())


# Verbs of naming: a title or name after them only when the quoted words look like one
# ("a film called "The Salt Road"", but "which Huber called "a wake with better beer"").
_NAMING_VERBS = frozenset("called dubbed named branded labelled labeled termed".split())


_SMALL_WORDS = frozenset("a an the of and or in on at to for by with from as is vs via de la le del".split())


# Precompiled (re.search(str, ...) looks the pattern up in re's cache on every call).
_TWO_DIGIT_YEAR = re.compile(r"\d\d(?:s\b|\b)")
_SENTENCE_CROSSING = re.compile(rf"(?:(?<![\s.][A-Z])(?<!\b(?:{'|'.join(a for a in HONORIFIC_ABBR.split('|') if len(a) == 2)}))(?<!\b(?:{'|'.join(a for a in HONORIFIC_ABBR.split('|') if len(a) == 3)}))(?<!\b(?:{'|'.join(a for a in HONORIFIC_ABBR.split('|') if len(a) == 4)}))\.|[!?])\s+[A-Z]")
_SPACES = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[.!?]\s")
_DOUBLE_MARK = re.compile(r"[\"\u201c\u201d]")
_KEPT_FINAL_DOT = re.compile(r"(?:\b[A-Z]\.|U\.S\.|U\.K\.|U\.N\.|Jr\.|Sr\.|\bCo\.|\bCorp\.|\bInc\.|\bLtd\.)$")
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


_NAME_AFTER_ROLE = re.compile(
    rf",\s+((?:(?:{HONORIFIC_ABBR})\.\s+)*[A-Z\u00c0-\u00de][\w'\u2019-]+(?:\s+(?:[A-Z]\.|[A-Z\u00c0-\u00de][\w'\u2019-]+)){{1,3}})"
    r"(?=\s*(?:[,;:!?]|\.(?:\s|$)|$))"
)


def _is_role(phrase: str) -> bool:
    """A description rather than a name: "its spokesman", "Allwyn's senior winners' adviser"."""
    words = phrase.split()
    if not words:
        return False
    if words[0].lower() in ("its", "his", "her", "their", "the", "a", "an", "our"):
        return True
    return words[0].endswith(("'s", "\u2019s")) and all(w[:1].islower() for w in words[1:])


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
            # "said its spokesman, Herbert Lindner, a retired teacher": the name after the role
            named = _NAME_AFTER_ROLE.match(text, sp_e, end)
            if named and _is_role(text[sp_s:sp_e]):
                sp_s, sp_e = _trim_speaker(text, named.start(1), named.end(1))
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


_SUBORDINATORS = frozenset(
    "after when as because while since before that who which whom where until if although though whereas once "
    "than so".split()
)
_ADVERBIAL_START = frozenset(
    "in on at during after before with from for speaking according like unlike despite since under over by "
    "through via amid asked writing addressing when while as last earlier later yesterday today".split()
)
_DESCRIPTION_START = frozenset("a an the its his her their our my former now".split())
_RELATIVE_START = frozenset("who whose which whom where".split())
_COORDINATED = re.compile(r"(?:^|\s)(?:and|but|then|or|yet)\s*$")
_AGE = re.compile(r"^\d{1,3}$")
_PRONOUN_WORDS = frozenset({"he", "she", "it", "they", "we", "i"})
# Participles that attribute a fragment to the clause's subject: ", calling it "a disaster"".
_PARTICIPLE_CUES = (
    "calling|saying|adding|noting|warning|insisting|arguing|claiming|describing|accusing|urging|vowing|"
    "promising|pledging|declaring|stressing|denouncing|crediting|praising|hailing|blaming|branding|labelling|"
    "labeling|dubbing|condemning|criticizing|criticising|welcoming|predicting|suggesting|asserting"
)
# Verbs that attribute a partial quote in indirect speech (besides the cue words).
_PARTIAL_VERBS = (
    "called|calls|described|describes|denounced|denounces|dubbed|labelled|labeled|branded|brands|termed|"
    "accused|accuses|hailed|hails|praised|praises|condemned|condemns|criticized|criticised|slammed|blasted|"
    "welcomed|credited|credits|congratulated|blamed|blames|characterized|characterised|responded|replied|"
    "expressed|voiced|dismissed|rejected|insisted|acknowledged|promised|vowed|pledged|" + _PARTICIPLE_CUES
)
_PARTIAL_CUE_ANY = re.compile(
    "(?P<cue>" + literal_trie(CUE_WORDS.split("|") + _PARTIAL_VERBS.split("|"), after_first=r"(?<!\w[\s\S])") + r")\b"
)
_PARTICIPLES = frozenset(_PARTICIPLE_CUES.split("|"))
_LEAD_INVERTED = re.compile(
    r"(?:(?:So|Thus|That|This|And)\s+)?(?:recalls|recalled|says|said|remembers|remembered|explains|explained|"
    r"writes|wrote|adds|added|insists|insisted)\s+"
    rf"(?P<sp>(?:(?:{HONORIFIC_ABBR})\.\s+)*[A-Z\u00c0-\u00de][^,;:!?\"\u201c\u201d\n]*?)(?=\s*(?:[,;:!?]|\.(?:\s|$)|$))"
)


def _is_age(text: str, a: int, b: int) -> bool:
    return bool(_AGE.match(text[a:b]))


def _first_word(text: str, a: int, b: int) -> str:
    m = _TOKEN_RE.match(text, a, b)
    return m.group().lower() if m else ""


_TOKEN_RE = re.compile(r"[^\s,;:]+")


def _subject_span(text: str, names: Names, clause_s: int, cue_s: int) -> tuple[int, int] | None:
    """The subject of the verb at ``cue_s`` in text[clause_s:cue_s]: the comma-separated part
    right before the verb, stepping back over appositions ("Kirby, the White House spokesman,",
    "Dale Friesen, 58,", "Mensah, 20, who came through the academy,") to the name, and over an
    adverbial ("President Zelensky, in his nightly video address,")."""
    parts = _comma_parts(text, clause_s, cue_s)
    i = len(parts) - 1
    if parts and not text[parts[-1][1]:cue_s].strip():
        # the verb inside a relative clause: "a party, which Huber jokingly called" -> Huber;
        # "the official who said" -> the official
        a, b = parts[-1]
        m = _RELATIVE_LEAD.match(text, a, b)
        if m:
            if m.group(1).lower() == "who" or m.end() >= b:
                head = text[a:m.start(1)].strip()
                if head:
                    return a, a + len(text[a:m.start(1)].rstrip())
                if len(parts) < 2:
                    return None
                parts = parts[:-1]
                i = len(parts) - 1
            else:
                return m.end(), b
    while i >= 0:
        a, b = parts[i]
        first = _first_word(text, a, b)
        if _is_age(text, a, b) or first in _RELATIVE_START or (first.endswith("ing") and len(first) > 4 and i > 0) \
                or (first in _ADVERBIAL_START and i > 0):
            i -= 1
            continue
        if first in _DESCRIPTION_START and i > 0:
            j = i - 1
            while j >= 0 and _is_age(text, *parts[j]):
                j -= 1
            if j >= 0 and _has_name(names, text, *parts[j]) and not _first_word(text, *parts[j]) in _ADVERBIAL_START:
                return parts[j]
        return a, b
    return None


_RELATIVE_LEAD = re.compile(r".*?\b(which|that|whom|who)\s*", re.IGNORECASE)


def _cut_subordinate(text: str, a: int, b: int) -> int:
    """Start of the subject after the last subordinating word ("a day after the North")."""
    out = a
    for m in _TOKEN_RE.finditer(text, a, b):
        if m.group().lower() in _SUBORDINATORS and m.end() < b:
            out = m.end()
    while out < b and text[out].isspace():
        out += 1
    return out


_VERBISH = frozenset("is was were are has had have will would could can did does do says said told".split())


def _leading_np(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The noun phrase that opens text[a:b]: a pronoun; or a determiner, a few lower-case
    words and the capitalized words after them, up to the first lower-case word
    ("Athletics Kenya congratulated", "The environmental group BUND Naturschutz welcomed");
    or, with no capitalized word, the words before the first verb-like one ("the hospitals said")."""
    toks = list(_TOKEN_RE.finditer(text, a, b))
    if not toks:
        return None
    if toks[0].group().lower() in _PRONOUN_WORDS:
        return toks[0].start(), toks[0].end()
    k = 1 if toks[0].group().lower() in _DESCRIPTION_START else 0
    end = toks[0].end() if k else None
    seen_cap = False
    lower_run = 0
    for t in toks[k:]:
        w = t.group()
        if w[:1].isupper() or (w[:1].isdigit() and seen_cap):
            seen_cap = True
            end = t.end()
            continue
        if seen_cap:
            if w in ("of", "for", "and", "&", "de"):
                continue
            break
        low = w.lower()
        if _CUE_WORD.fullmatch(low) or low in _VERBISH or low.endswith("ed") or lower_run >= 4:
            break
        lower_run += 1
        end = t.end()
    if end is None:
        return None
    # a trailing connector ("Centers for Disease Control and") is not part of it
    np = text[toks[0].start():end]
    return toks[0].start(), toks[0].start() + len(np)


def _clause_start(text: str, s: int, cue_s: int) -> int:
    left = text[s:cue_s]
    cut = max(left.rfind(";"), left.rfind(":"), left.rfind("\u201d"), left.rfind('"'), left.rfind("\u201c"),
              left.rfind("\u2014"), left.rfind("("), left.rfind(")"))
    return s + cut + 1


def _attr_before(text: str, names: Names, start: int, end: int, partial: bool = False) -> _Attr | None:
    """Attribution ending text[start:end] (before an opening mark): the last cue word and its
    subject. For a partial quote the cue may be further back and an indirect-speech verb
    ("called it", "described them as")."""
    window = text[start:end]
    if not window.strip():
        return None
    m = _ACCORDING_BEFORE.search(window)
    if m:
        sp_s, sp_e = start + m.start("sp"), start + m.end("sp")
        return _Attr(text[sp_s:sp_e], sp_s, sp_e, "according to")
    finder = _PARTIAL_CUE_ANY if partial else _CUE_ANY
    m = None
    for m in finder.finditer(text, start, end):
        pass
    if m is None:
        return None
    if names.in_quote(m.start()):
        return _NO_SUBJECT
    tail = text[m.end():end]
    if len(tail.split()) > (30 if partial else 12) or _SENTENCE_END.search(tail) or _DOUBLE_MARK.search(tail):
        return None
    cue = m.group("cue").lower()
    cue_s = m.start()
    found = _attr_for_cue(text, names, start, cue_s, _cue_text(m) if m.groupdict().get("obj") is not None else cue)
    return found if found is not None else _NO_SUBJECT


# _attr_before found a cue but no subject it could read: no other guess for this quote.
_NO_SUBJECT = _Attr("", -1, -1, None)


def _attr_for_cue(text: str, names: Names, start: int, cue_s: int, cue: str) -> _Attr | None:
    clause_s = _clause_start(text, start, cue_s)
    if cue.split()[0] in _PARTICIPLES and text[clause_s:cue_s].rstrip().endswith(","):
        span = _sentence_subject(text, names, start, cue_s)
    else:
        span = _subject_span(text, names, clause_s, cue_s)
        if span is not None and _COORDINATED.search(text[span[0]:span[1]]):
            # "BUND Naturschutz welcomed the plan but said": the clause's subject
            span = _sentence_subject(text, names, start, cue_s)
        elif span is not None:
            span = (_cut_subordinate(text, *span), span[1])
    if span is None:
        return None
    sp_s, sp_e = _trim_speaker(text, *span)
    if sp_e <= sp_s or len(text[sp_s:sp_e].split()) > 12 or not _valid_speaker(text[sp_s:sp_e]):
        return None
    return _Attr(text[sp_s:sp_e], sp_s, sp_e, cue)


def _sentence_subject(text: str, names: Names, s: int, e: int) -> tuple[int, int] | None:
    """The subject that opens the sentence text[s:e], after adverbials ("In a speech to ..., Mr. Kim")."""
    mark = _DOUBLE_MARK.search(text, s, e)
    if mark is not None:
        e = mark.start()  # the writer's words before the first quotation
    parts = _comma_parts(text, s, e)
    for a, b in parts:
        first = _first_word(text, a, b)
        if first in _ADVERBIAL_START or first in _RELATIVE_START or _is_age(text, a, b) or (
                first.endswith("ing") and len(first) > 4):
            continue
        return _leading_np(text, a, b)
    return None


_TRAILING_ADVERB = re.compile(rf"\s+(?:{_ADVERBS}|not|never|publicly|privately|reportedly|flatly|bluntly|angrily|then|now|\w+ly)$")
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
        if not m or m.start() == 0:
            break
        e = s + m.start()
    m = _LEADING_FILLER.match(text[s:e])
    if m and m.end() < e - s:
        s += m.end()
    return s, e


# ---------------------------------------------------------------------------
# speaker resolution


class _Resolver:
    """Speaker phrases to names, with the article's reported speech for pronouns and
    "the statement"."""

    def __init__(self, text: str, names: Names, sentences: list[tuple[int, int]], paras: list[tuple[int, int]]):
        self.text = text
        self.names = names
        self.sentences = sentences
        self.sent_starts = [s for s, _ in sentences]
        self.paras = paras
        self.para_starts = [p[0] for p in paras]
        self._acts: dict[int, tuple[_Attr, Resolved] | None] = {}
        self.last_speaker: tuple[str, str | None] | None = None
        self.last_org_speaker: tuple[Resolved, int] | None = None

    def para_index(self, pos: int) -> int:
        return bisect_right(self.para_starts, pos) - 1

    def act(self, k: int, depth: int = 0) -> tuple[_Attr, Resolved] | None:
        """The reported speech of sentence k outside quotes: its last cue and resolved subject."""
        if k in self._acts:
            return self._acts[k]
        self._acts[k] = None  # no recursion into itself
        s, e = self.sentences[k]
        found = None
        names = self.names
        for m in _CUE_ANY.finditer(self.text, s, e):
            if names.in_quote(m.start()):
                continue
            attr = _attr_for_cue(self.text, names, s, m.start(), _cue_text(m))
            if attr is None:
                inv = _AFTER_CUE_SP.match(self.text, m.start(), e)
                if inv and inv.start("sp") > m.start() and _valid_speaker(inv.group("sp")):
                    sp_s, sp_e = _trim_speaker(self.text, inv.start("sp"), inv.end("sp"))
                    attr = _Attr(self.text[sp_s:sp_e], sp_s, sp_e, inv.group("cue").lower())
            if attr is not None:
                found = attr
        result = None
        if found is not None:
            res = self.resolve(found, depth + 1) if depth < 2 else None
            if res is not None and (res.kind in ("person", "org") or res.kind == "phrase" and res.name
                                    and is_role_noun(res.name.split()[-1].lower())):
                result = (found, res)
        self._acts[k] = result
        return result

    def _sentence_index(self, pos: int) -> int:
        return bisect_right(self.sent_starts, pos) - 1

    def recent_acts(self, pos: int, floor: int):
        """Reported speech before ``pos`` back to ``floor``, latest first (at most 12 sentences)."""
        k = self._sentence_index(pos)
        n = 0
        while k >= 0 and self.sentences[k][1] > floor and n < 12:
            if self.sentences[k][0] < pos:
                act = self.act(k)
                if act is not None and act[0].sp_start < pos:
                    yield k, act
            k -= 1
            n += 1

    def pronoun(self, word: str, pos: int, depth: int = 0) -> Resolved:
        names = self.names
        pi = self.para_index(pos)
        floor = self.paras[max(0, pi - 1)][0]
        if word in ("he", "she"):
            gender = "m" if word == "he" else "f"
            speech = None
            for k, (attr, found) in self.recent_acts(pos, floor):
                if found.kind == "person" and found.ident is not None and names.gender(found.ident) in (None, gender) \
                        or found.kind == "phrase" and gender_of(found.name.lower().split()) in (None, gender):
                    speech = (attr, found)
                    break
                if found.kind == "person":
                    continue
            mention = names.last_person(pos, gender, floor=0)
            choice = None
            if speech is not None:
                same_para = self.para_index(speech[0].sp_start) == pi
                if mention is None or same_para or mention.start <= speech[0].sp_end or mention.ident is speech[1].ident:
                    if speech[1].ident is None:
                        return speech[1]  # "A Downing Street spokesman said ... 'We will not ...,' he said."
                    choice = speech[1].ident
            if choice is None and mention is not None:
                choice = mention.ident
            if choice is None:
                return Resolved(None, None, "none")
            if names.gender(choice) is None:
                choice.gender = gender
            return Resolved(choice.name, choice.entity_id, "person", choice)
        if word == "it":
            # the organization that last spoke ("The agency said it would ... 'We are ...,' it said"),
            # else the last one named
            for k, (attr, found) in self.recent_acts(pos, self.paras[pi][0]):
                if found.kind == "org" or found.kind == "phrase" and found.name and \
                        found.name.split()[-1].lower() in ORG_NOUNS:
                    return found
            org = names.last_org(pos, kinds=("ORG",), floor=floor) or names.last_org(pos, floor=floor)
            if org is not None:
                return Resolved(org.ident.name, org.ident.entity_id, "org", org.ident)
            return Resolved(None, None, "none")
        if self.last_speaker is not None and word in ("it", "they", "we"):
            return Resolved(self.last_speaker[0], self.last_speaker[1], "person")
        return Resolved(None, None, "none")

    def resolve(self, attr: _Attr, depth: int = 0) -> Resolved:
        words = attr.speaker_text.lower().split()
        if len(words) == 2 and words[0] == "the" and words[1] in _GENERIC_ORG_NOUNS and self.last_org_speaker:
            # "Greenpeace called it "a betrayal". "...," the group said.": the organization that just spoke
            found, pos = self.last_org_speaker
            if self.para_index(attr.sp_start) - self.para_index(pos) <= 1:
                return found
        res = resolve_phrase(self.names, attr.sp_start, attr.sp_end)
        if res.kind == "pronoun":
            return self.pronoun(" ".join(attr.speaker_text.split()).lower(), attr.sp_start, depth)
        if res.kind == "document":
            noun = res.name.split()[-1].lower()
            pi = self.para_index(attr.sp_start)
            floor = self.paras[max(0, pi - 1)][0]
            for k, (a, r) in self.recent_acts(attr.sp_start, floor):
                s, e = self.sentences[k]
                if noun in self.text[s:e].lower() and a.sp_end <= attr.sp_start:
                    return r
            return Resolved(res.name, None, "phrase")
        return res


# A speaker written as a name of one or two capitalized words with no entity ("Greenpeace").
_ORG_NAME = re.compile(r"[A-Z][\w&+.-]*(?: [A-Z][\w&+.-]*)?$")
# "the group", "the company": a description of whichever organization is at hand.
_GENERIC_ORG_NOUNS = ORG_NOUNS - {"ministry", "department", "army", "party", "court", "council", "committee",
                                  "commission", "union", "bank", "government", "military", "police", "city", "state"}


def _paragraph_is_quotes(text: str, p_start: int, p_end: int, spans: list[tuple[int, int]],
                         starts: list[int]) -> bool:
    """Whether the paragraph holds nothing but quotation(s) (and punctuation)."""
    pos = p_start
    i = max(0, bisect_right(starts, p_start) - 1)
    for s, e in spans[i:bisect_left(starts, p_end)]:
        if e <= p_start or s >= p_end:
            continue
        if text[pos:s].strip(" \t.,;:!?\u2014\u2013-"):
            return False
        pos = max(pos, e)
    return not text[pos:p_end].strip(" \t.,;:!?\u2014\u2013-")


def _is_partial(text: str, sent_start: int, r: _Raw, words: str) -> bool:
    """A fragment inside the writer's own sentence (called it "a disaster"), not a quotation that
    opens its sentence or follows an introducing colon or "said,"."""
    pre = text[sent_start:r.start].rstrip()
    if not pre:
        return False
    if pre.endswith((":", "\u2014", "\u2013", "--")):
        return False
    if pre.endswith(","):
        before = pre[:-1].rstrip()
        if _CUE_END.search(before):
            return False
        return True
    if _CUE_END.search(pre) and words[:1].isupper() and len(words.split()) >= 5:
        return False  # Yoon said "We will not sit idly by."
    return True


_CUE_END = re.compile(rf"\b(?:{_CUE_TRIE})(?:\s+(?:reporters|journalists|him|her|them|us|me|the\s+\w+|[A-Z][\w.-]*))?\s*$")


# ---------------------------------------------------------------------------


def extract_quotes(text: str, article_id: str, entities: Sequence[Entity], catalog: Catalog) -> list[Quote]:
    """Direct quotations in ``text`` with speaker, cue, span and whether the quote is a partial one."""
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
    for idx, r in enumerate(raw):
        if merged:
            prev = merged[-1]
            gap = text[prev.end:r.start]
            if "\n" not in gap and 0 < len(gap) <= 240 and _WORD_CHAR.search(gap):
                if _ATTRIBUTION_GAP.fullmatch(gap):
                    attr = _attr_after(text, prev.end, r.start)
                    if attr is not None and attr.sp_end <= r.start:
                        rest = text[attr.sp_end:r.start]
                        if _ATTRIBUTION_REST.fullmatch(rest) and len(rest.split()) <= 20 and not _own_attribution(
                                text, r, raw[idx + 1] if idx + 1 < len(raw) else None, para_of(r.end - 1)[1]):
                            prev.parts.extend(r.parts)
                            prev.end = r.end
                            prev.gap_attr = attr
                            continue
        merged.append(r)

    quote_spans = [(r.start, r.end) for r in merged]
    q_starts = [a for a, _ in quote_spans]
    # inside quotation marks: the quoted parts only, not the attribution between them
    names = Names(text, entities, [(ps - 1, pe + 1) for r in merged for ps, pe in r.parts])
    res = _Resolver(text, names, sentences, paras)
    out: list[Quote] = []
    prev_quote_end = -1
    prev_speaker_end = -1
    prev_sentence: tuple[int, int] | None = None  # sentence of the previous quote, and its speaker
    prev_sentence_speaker: tuple[str | None, str | None, str | None] | None = None
    for qi, r in enumerate(merged):
        words = " ".join(_SPACES.sub(" ", text[s:e].strip()) for s, e in r.parts if text[s:e].strip())
        if not _WORD_CHAR.search(words):
            continue
        n_words = len(words.split())
        p_start, p_end = para_of(r.start)
        _, p_end_close = para_of(r.end - 1)
        sent = sentence_at(sentences, r.start)
        s_start = max(sent[0] if sent else p_start, p_start)
        if sent is None or sent[0] > r.start:
            s_start = p_start
        same_sentence = prev_quote_end > s_start and prev_quote_end <= r.start
        pre_start = max(s_start, prev_quote_end) if same_sentence else s_start
        partial = _is_partial(text, s_start, r, words) and not (
            same_sentence and not text[prev_quote_end:r.start].strip(" ,.;:\u2014\u2013-"))
        # context after the closing mark: to the end of the next sentence in the paragraph
        i = bisect_right(sent_ends, r.end)
        after_end = sentences[i][1] if i < len(sentences) and sentences[i][0] < p_end_close else p_end_close
        after_end = max(after_end, r.end)
        after_end = min(after_end, p_end_close)
        attr = r.gap_attr
        if attr is None and not partial:
            attr = _attr_after(text, r.end, after_end)
        immediate = attr is not None
        inherited = None
        cue_without_subject = False
        if attr is None:
            attr = _attr_before(text, names, pre_start, r.start, partial=partial)
            if attr is _NO_SUBJECT:
                attr, cue_without_subject = None, True
        if attr is None and partial and not cue_without_subject:
            if same_sentence and prev_sentence_speaker is not None:
                inherited = prev_sentence_speaker
            else:
                attr = _attr_after(text, r.end, after_end)
                if attr is None:
                    span = _sentence_subject(text, names, s_start, r.start)
                    if span is not None:
                        sp_s, sp_e = _trim_speaker(text, *span)
                        if sp_e > sp_s and _valid_speaker(text[sp_s:sp_e]):
                            attr = _Attr(text[sp_s:sp_e], sp_s, sp_e, None)
        context = None
        if attr is None and inherited is None and not text[pre_start:r.start].strip():
            context = _context_attr(text, names, res, r, sentences, sent_ends, paras, para_of, quote_spans, q_starts,
                                    prev_quote_end)
            attr = context
        # what is not a quote
        ends_punct = bool(_ENDS_PUNCT.search(words))
        before = text[max(p_start, r.start - 40):r.start]
        naming = _title_context_word(before)
        if naming is not None and (naming not in _NAMING_VERBS or _title_case(words) or n_words <= 1 and words[:1].isupper()):
            continue
        if n_words <= 3 and not (immediate and ends_punct) and not (
                partial and (attr is not None or inherited is not None or cue_without_subject) and not _title_case(words)):
            continue
        if not ends_punct and (attr is None or attr.cue is None) and inherited is None and _title_case(words):
            continue
        speaker = entity_id = cue = None
        if inherited is not None:
            speaker, entity_id, cue = inherited
        elif attr is not None:
            resolved = res.resolve(attr)
            speaker, entity_id = resolved.name, resolved.entity_id
            cue = attr.cue
            if resolved.kind == "org" or resolved.kind == "phrase" and _ORG_NAME.match(resolved.name or ""):
                res.last_org_speaker = (resolved, r.start)
        elif res.last_speaker is not None and prev_quote_end >= 0:
            # a quote right after another one with no new person in between
            close_by = bisect_right(para_starts, r.start) - bisect_right(para_starts, prev_quote_end) <= 1
            between_people = close_by and any(m.ident.entity_id != res.last_speaker[1]
                                              for m in names.persons_between(max(prev_speaker_end, prev_quote_end), r.start))
            if close_by and not between_people:
                speaker, entity_id = res.last_speaker
        if speaker is not None:
            res.last_speaker = (speaker, entity_id)
            prev_speaker_end = attr.sp_end if attr is not None and attr.sp_end <= r.start else r.end
        prev_quote_end = r.end
        prev_sentence_speaker = (speaker, entity_id, cue) if speaker is not None else None
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
                partial=partial,
            )
        )
    return out


def _own_attribution(text: str, r: _Raw, nxt: _Raw | None, p_end: int) -> bool:
    """Whether the quote after a split quote's attribution has an attribution of its own
    ('"A," X said. "B," Y added.'): then it is a quote of its own."""
    limit = min(p_end, nxt.start if nxt is not None and nxt.start > r.end else p_end, r.end + 200)
    j = r.end
    m = _SENTENCE_END.search(text, j, limit)
    end = m.start() + 1 if m else limit
    return _attr_after(text, r.end, end) is not None


def _context_attr(text, names, res, r, sentences, sent_ends, paras, para_of, quote_spans, q_starts, prev_quote_end):
    """The speaker of a quote that opens its sentence with no attribution of its own: the
    sentence before it (its reported speech, its subject or the person it names), the
    preceding sentence ending in ":" (possibly the previous paragraph), or, for a paragraph
    that is only a quote, the inverted attribution opening the next paragraph ("So recalls
    Dr. Osei")."""
    p_start, p_end = para_of(r.start)
    j = bisect_right(sent_ends, r.start) - 1
    while j >= 0 and sentences[j][1] > r.start:
        j -= 1
    if j >= 0 and sentences[j][1] > prev_quote_end:
        s, e = sentences[j]
        if text[s:e].rstrip().endswith(":"):
            attr = _attr_before(text, names, s, e)
            if attr is not None and attr is not _NO_SUBJECT:
                return attr
            named = [m for m in names.persons_between(s, e)]
            if named:
                m = named[-1]
                return _Attr(text[m.start:m.end], m.start, m.end, None)
    only_quote = r.start == _first_char(text, p_start, p_end) and _paragraph_is_quotes(
        text, p_start, para_of(r.end - 1)[1], quote_spans, q_starts)
    if only_quote:
        _, last_end = para_of(r.end - 1)
        k = bisect_right(res.para_starts, last_end)
        if k < len(paras):
            ns, ne = paras[k]
            m = _LEAD_INVERTED.match(text, ns, ne)
            if m and _valid_speaker(m.group("sp")):
                sp_s, sp_e = _trim_speaker(text, m.start("sp"), m.end("sp"))
                return _Attr(text[sp_s:sp_e], sp_s, sp_e, m.group().split()[-len(m.group("sp").split()) - 1].lower())
    if j < 0 or sentences[j][1] <= prev_quote_end and not only_quote:
        return None
    s, e = sentences[j]
    if s < p_start and not only_quote:
        return None
    k = bisect_left(q_starts, s)
    if k < len(q_starts) and q_starts[k] < e:
        return None  # that sentence has a quote of its own: the inheritance rule decides
    act = res.act(j)
    if act is not None:
        return act[0]
    span = _sentence_subject(text, names, s, e)
    if span is not None:
        sp_s, sp_e = _trim_speaker(text, *span)
        if sp_e > sp_s:
            found = resolve_phrase(names, sp_s, sp_e)
            if found.kind == "pronoun" or found.kind == "person" and found.ident is not None:
                return _Attr(text[sp_s:sp_e], sp_s, sp_e, None)
    named = names.persons_between(s, e)
    if named:
        m = named[-1] if len(named) == 1 else named[0]
        return _Attr(text[m.start:m.end], m.start, m.end, None)
    return None


def _title_case(words: str) -> bool:
    tokens = _TITLE_TOKEN.findall(words)
    if not tokens or len(tokens) > 12:
        return False
    big = [t for t in tokens if t.lower() not in _SMALL_WORDS]
    return bool(big) and all(t[0].isupper() for t in big) and tokens[0][0].isupper()
