"""Figures, nested sources: the original claimant behind the outlet or person that relays it.

"Reuters, citing lawmakers briefed by the NIS, reported 11,000 troops": the estimator an
analyst wants is the NIS, not Reuters; Reuters is kept as the conduit (``attributed_via``).
Patterns, read in the figure's sentence:

* "<conduit> ... citing / quoting <source>";
* "<source> told <outlet>" (an outlet from ``transforms.figures.media``);
* "..., according to <conduit>" where the sentence's claimant already said it
  ("the agency told lawmakers ..., according to Rep. Lee"): the claimant stays, the
  person or outlet of "according to" is the conduit;
* "according to data compiled by <outlet>", "<outlet> reported": the outlet is a conduit;
* a claimant that is an outlet with no source of its own stays the claimant.
"""

from __future__ import annotations

import re
from typing import Sequence

from transforms.figures.discourse import sentence_start
from transforms.figures.media import is_media
from transforms.records import Entity, Figure

_NP = r"(?:the\s+)?[A-Z][\w.'\u2019&-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'\u2019&-]*){0,5}"
_CITING_RE = re.compile(r"(?P<via>" + _NP + r")(?:\s+\w+){0,3}?,?\s+(?:citing|quoting)\s+"
                        r"(?P<src>(?:[^,;.]|\.(?=[A-Za-z]))(?:[^,;.]|\.(?=[A-Za-z])|(?<=\b[A-Z])\.){2,119})")
_TOLD_RE = re.compile(r"\btold\s+(?P<via>" + _NP + r")")
_ACCORDING_RE = re.compile(r",\s+according\s+to\s+(?P<via>(?:data|figures|estimates|a\s+\w+)\s+compiled\s+by\s+"
                           + _NP + r"|(?:Rep|Sen|Mr|Ms|Mrs|Dr)\.\s+" + _NP + r"|" + _NP + r")")
_BRIEFED_RE = re.compile(r"\b(?:briefed|informed|told)\s+by\s+(?P<src>" + _NP + r")")


_LONGEST_SENTENCE = 1500  # longer "sentences" are tables or lists: no prose attribution to unpick


def resolve_conduits(text: str, figures: list[Figure], entities: Sequence[Entity]) -> None:
    """Move relaying outlets/people to ``attributed_via`` and name the original source, in place."""
    searched: dict[str, tuple[re.Match | None, re.Match | None, re.Match | None]] = {}
    for f in figures:
        sent = f.sentence
        if len(sent) > _LONGEST_SENTENCE:
            continue
        if sent not in searched:  # each sentence is searched once, whatever its number of figures
            searched[sent] = (_CITING_RE.search(sent), _TOLD_RE.search(sent), _ACCORDING_RE.search(sent))
        citing, told, according = searched[sent]
        s0 = sentence_start(f)
        m = citing
        if m and (f.attributed_to is None or _same(f.attributed_to, m.group("via"))
                  or is_media(f.attributed_to) or _inside(f.attributed_to, m.group("src"))):
            src_text = m.group("src")
            inner = _BRIEFED_RE.search(src_text)
            src_start = s0 + m.start("src") + (inner.start("src") if inner else 0)
            src_text = inner.group("src") if inner else src_text
            name, eid = _name_in(src_text, src_start, entities)
            f.attributed_via = _name_in(m.group("via"), s0 + m.start("via"), entities)[0]
            f.attributed_to, f.attributed_entity_id = name, eid
            continue
        if f.attributed_to and is_media(f.attributed_to):
            continue
        m = told
        if m and is_media(m.group("via")) and f.attributed_to:
            f.attributed_via = _name_in(m.group("via"), s0 + m.start("via"), entities)[0]
            continue
        m = according
        if m and f.attributed_to and not _same(f.attributed_to, _strip_compiled(m.group("via"))):
            via = _strip_compiled(m.group("via"))
            via_start = s0 + m.start("via") + m.group("via").find(via)
            if m.end() <= f.start_char - s0 or "compiled" in m.group("via") or _closes_sentence(sent, m):
                f.attributed_via = _name_in(via, via_start, entities)[0]


def _closes_sentence(sent: str, m: re.Match) -> bool:
    """"..., according to X." closes the sentence: X relays what the sentence's claimant said."""
    return not sent[m.end():].strip(" .\"'\u201d")


def _strip_compiled(via: str) -> str:
    return re.sub(r"^(?:data|figures|estimates|a\s+\w+)\s+compiled\s+by\s+", "", via)


def _same(a: str, b: str) -> bool:
    a, b = _bare(a), _bare(b)
    return a == b or a in b or b in a


def _inside(name: str, span: str) -> bool:
    return _bare(name) in _bare(span)


def _bare(s: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", s.strip().lower())


def _name_in(span: str, start: int, entities: Sequence[Entity]) -> tuple[str, str | None]:
    """The person or organisation named in ``span`` (its canonical name), else the phrase."""
    end = start + len(span)
    inside = [e for e in entities if start <= e.start_char and e.end_char <= end and e.type in ("PERSON", "ORG")]
    if inside:
        return inside[-1].name, inside[-1].entity_id
    phrase = re.sub(r"^(?:the|a|an)\s+", "", span.strip(), flags=re.IGNORECASE)
    phrase = re.sub(r"\s+(?:who|which|that|said|says|reported|told)\b.*$", "", phrase)
    return phrase, None
