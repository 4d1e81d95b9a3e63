"""Syndication clusters: the copies of one wire story, so it counts once.

Exact copies share a content hash. Near-copies (another headline, other
clutter, a trimmed last paragraph, light edits) are found with MinHash LSH
over word shingles and then *verified* on the exact shingle sets, because two
different stories about the same event share names and numbers but few
five-word runs: precision comes before recall. The thresholds are chosen by
measurement (benchmarks/eval_syndication.py, docs/extraction.md).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone


SHINGLE_WORDS = 5
NUM_PERM = 128
LSH_THRESHOLD = 0.2  # candidate recall: low, since candidates are verified exactly
# Chosen on benchmarks/syndication_gold (docs/extraction.md): rewritten copies have a
# containment of >= 0.74, different stories on the same event <= 0.48 (a follow-up that
# reuses two background paragraphs verbatim); 0.6 sits in the middle of that gap.
MIN_CONTAINMENT = 0.6  # |A & B| / min(|A|, |B|): a trimmed copy is contained in the original
MIN_JACCARD: float | None = None  # an optional second bar on |A & B| / |A | B|; off
MIN_SHINGLES = 8

_WORD = re.compile(r"\w+")
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True, slots=True)
class ClusterInput:
    article_id: str
    text: str
    published_at: datetime | None
    content_hash: str


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    words = _WORD.findall(text.casefold())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def same_story(a: set[str], b: set[str]) -> bool:
    if len(a) < MIN_SHINGLES or len(b) < MIN_SHINGLES:
        return False
    common = len(a & b)
    if common / min(len(a), len(b)) >= MIN_CONTAINMENT:
        return True
    return MIN_JACCARD is not None and common / len(a | b) >= MIN_JACCARD


def assign_clusters(docs: Sequence[ClusterInput]) -> dict[str, str]:
    """Map every article_id to its cluster's id: the earliest published member."""
    parent = {d.article_id: d.article_id for d in docs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_hash: dict[str, str] = {}
    for doc in docs:
        first = by_hash.setdefault(doc.content_hash, doc.article_id)
        if first != doc.article_id:
            union(first, doc.article_id)

    # (imported here: datasketch pulls in scipy, about 1 s, which a run with nothing new never needs)
    from datasketch import MinHash, MinHashLSH

    shingle_sets = {d.article_id: shingles(d.text) for d in docs}
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    for doc in docs:
        sh = shingle_sets[doc.article_id]
        if len(sh) < MIN_SHINGLES:
            continue
        signature = MinHash(num_perm=NUM_PERM)
        signature.update_batch([s.encode("utf-8") for s in sh])
        for other in lsh.query(signature):
            if same_story(sh, shingle_sets[other]):
                union(doc.article_id, other)
        lsh.insert(doc.article_id, signature)

    members: dict[str, list[ClusterInput]] = {}
    for doc in docs:
        members.setdefault(find(doc.article_id), []).append(doc)
    result: dict[str, str] = {}
    for group in members.values():
        earliest = min(group, key=lambda d: (d.published_at or _EPOCH.replace(year=9999), d.article_id))
        for doc in group:
            result[doc.article_id] = earliest.article_id
    return result
