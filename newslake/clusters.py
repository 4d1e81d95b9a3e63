"""Syndication clusters against a persisted MinHash LSH index, not the lake's text.

A batch's new articles are clustered with each other and with the lake's
articles published within ``CLUSTER_WINDOW`` of them. Candidates come from
the band keys of datasketch MinHash signatures (the banding datasketch's
``MinHashLSH`` chooses for ``transforms.syndication.LSH_THRESHOLD``), stored
in the lake index (``lsh`` table), so a commit reads no article text but that
of its few candidates, which it needs to verify them exactly
(``transforms.syndication.same_story``, as before). Exact copies (one content
hash) join without LSH.

A pair is compared when both are dated and at most ``CLUSTER_WINDOW`` apart,
or when either is undated: the same rule inside a batch and against the
lake, so the clusters do not depend on how the input was cut into batches or
runs. Clusters only grow: a new copy that bridges two clusters merges them,
and every cluster's id is its earliest published member (then the smallest
article_id), so an earlier copy arriving late relabels the members already in
the lake (returned as ``relabel``; the commit rewrites just those rows).
An article whose text changed is clustered again; members that named it as
their cluster keep that id.
"""

from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path

import numpy as np

from newslake.lake_index import ArticleEntry, LakeIndex, epoch_seconds
from transforms.syndication import LSH_THRESHOLD, MIN_SHINGLES, NUM_PERM, SHINGLE_WORDS, same_story, shingles

CLUSTER_WINDOW = timedelta(days=4)
_WINDOW_S = int(CLUSTER_WINDOW.total_seconds())
_NEVER = 10**12  # sorts undated members last when choosing a cluster's id
_WORD = re.compile(r"\w+")
SHINGLE_CACHE = 1024  # lake articles whose shingle sets stay in memory between batches (~30 KB each)
_lake_shingles: OrderedDict[tuple[str, str], frozenset[int]] = OrderedDict()


def shingle_hashes(text: str) -> frozenset[int]:
    """``transforms.syndication.shingles(text)`` as a set of hashes: the same set, element for element
    (a 64-bit hash of each shingle), built without joining strings, so verifying a candidate is cheap.
    The hashes are Python's (per process): they are compared within a run, never stored."""
    words = _WORD.findall(text.casefold())
    size = SHINGLE_WORDS
    if len(words) < size:
        return frozenset({hash(" ".join(words))}) if words else frozenset()
    return frozenset(map(hash, zip(*(words[i:] for i in range(size)))))


def _cached_lake_shingles(article_id: str, content_hash: str, text: str) -> frozenset[int]:
    key = (article_id, content_hash)
    found = _lake_shingles.get(key)
    if found is None:
        found = _lake_shingles[key] = shingle_hashes(text)
        while len(_lake_shingles) > SHINGLE_CACHE:
            _lake_shingles.popitem(last=False)
    else:
        _lake_shingles.move_to_end(key)
    return found


@lru_cache(maxsize=1)
def _hashranges() -> tuple[tuple[int, int], ...]:
    from datasketch import MinHashLSH

    return tuple(MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM).hashranges)


def signature(text: str) -> bytes | None:
    """The MinHash signature of ``text``'s word shingles (None: too short to compare)."""
    from datasketch import MinHash

    sh = shingles(text)
    if len(sh) < MIN_SHINGLES:
        return None
    minhash = MinHash(num_perm=NUM_PERM)
    minhash.update_batch([s.encode("utf-8") for s in sh])
    return np.asarray(minhash.hashvalues, dtype="<u8").tobytes()


def band_keys(sig: bytes) -> list[int]:
    """One signed 64-bit key per LSH band: articles sharing a key are candidates."""
    values = np.frombuffer(sig, dtype="<u8")
    keys = []
    for band, (start, end) in enumerate(_hashranges()):
        digest = hashlib.blake2b(bytes([band]) + values[start:end].tobytes(), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


@dataclass(slots=True)
class FreshArticle:
    article_id: str
    text: str
    published_at: datetime | None
    content_hash: str
    sig: bytes | None

    @property
    def published_s(self) -> int | None:
        return epoch_seconds(self.published_at)


@dataclass(slots=True)
class ClusterResult:
    clusters: dict[str, str]  # fresh article_id -> cluster_id
    relabel: dict[str, tuple[str, str]] = field(default_factory=dict)  # lake article_id -> (partition, new cluster_id)
    band_keys: dict[str, list[int]] = field(default_factory=dict)  # fresh article_id -> its LSH keys
    candidates: int = 0
    verified: int = 0


def _eligible(a: int | None, b: int | None) -> bool:
    return a is None or b is None or abs(a - b) <= _WINDOW_S


def assign_clusters(index: LakeIndex, lake: Path, fresh: Sequence[FreshArticle]) -> ClusterResult:
    """Cluster ``fresh`` (new or re-extracted articles) against each other and the indexed lake."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    result = ClusterResult(clusters={})
    fresh_ids = {f.article_id for f in fresh}
    by_id = {f.article_id: f for f in fresh}
    for f in fresh:
        find(f.article_id)
        if f.sig is not None:
            result.band_keys[f.article_id] = band_keys(f.sig)

    # Inside the batch: exact copies, then LSH candidates verified on shingles.
    shingle_cache: dict[str, frozenset[int]] = {}

    def fresh_shingles(article_id: str) -> frozenset[int]:
        if article_id not in shingle_cache:
            shingle_cache[article_id] = shingle_hashes(by_id[article_id].text)
        return shingle_cache[article_id]

    by_hash: dict[str, list[FreshArticle]] = {}
    for f in fresh:
        by_hash.setdefault(f.content_hash, []).append(f)
    for group in by_hash.values():
        for i, a in enumerate(group):
            for b in group[:i]:
                if _eligible(a.published_s, b.published_s):
                    union(a.article_id, b.article_id)
    by_key: dict[int, list[str]] = {}
    pairs: set[tuple[str, str]] = set()
    for article_id, keys in result.band_keys.items():
        for key in keys:
            for other in by_key.get(key, ()):
                pairs.add((other, article_id))
            by_key.setdefault(key, []).append(article_id)
    for a, b in sorted(pairs):
        if find(a) == find(b) or not _eligible(by_id[a].published_s, by_id[b].published_s):
            continue
        result.candidates += 1
        if same_story(fresh_shingles(a), fresh_shingles(b)):
            result.verified += 1
            union(a, b)

    # Against the lake: candidates within each article's window.
    lake_nodes: dict[str, ArticleEntry] = {}
    to_verify: list[tuple[str, ArticleEntry]] = []
    for f in fresh:
        low, high = ((f.published_s - _WINDOW_S, f.published_s + _WINDOW_S) if f.published_s is not None
                     else (None, None))
        for entry in index.by_content_hash(f.content_hash, low, high):
            if entry.article_id not in fresh_ids:
                lake_nodes[entry.article_id] = entry
                union(f.article_id, entry.article_id)
        keys = result.band_keys.get(f.article_id)
        if not keys:
            continue
        for entry in index.lsh_candidates(keys, low, high):
            if entry.article_id in fresh_ids:
                continue
            to_verify.append((f.article_id, entry))
    if to_verify:
        cached = {e.article_id for _, e in to_verify if (e.article_id, e.content_hash) in _lake_shingles}
        texts = read_texts(lake, {(e.partition, e.article_id) for _, e in to_verify if e.article_id not in cached})
        for article_id, entry in to_verify:
            if find(article_id) == find(entry.article_id) and entry.article_id in lake_nodes:
                continue
            text = texts.get(entry.article_id)
            if text is None and entry.article_id not in cached:
                continue
            result.candidates += 1
            other = _cached_lake_shingles(entry.article_id, entry.content_hash, text or "")
            if same_story(fresh_shingles(article_id), other):
                result.verified += 1
                lake_nodes[entry.article_id] = entry
                union(article_id, entry.article_id)

    # Whole clusters: every member of a lake cluster a fresh article joined.
    members: dict[str, ArticleEntry] = {}
    if lake_nodes:
        for entry in index.cluster_members({e.cluster_id for e in lake_nodes.values()}):
            if entry.article_id not in fresh_ids:
                members[entry.article_id] = entry
        for entry in lake_nodes.values():
            members.setdefault(entry.article_id, entry)
        for entry in members.values():
            union(entry.article_id, entry.cluster_id)
    order: dict[str, tuple[int, str]] = {}
    for f in fresh:
        order[f.article_id] = (f.published_s if f.published_s is not None else _NEVER, f.article_id)
    for entry in members.values():
        order[entry.article_id] = (entry.published_s if entry.published_s is not None else _NEVER, entry.article_id)
    groups: dict[str, list[str]] = {}
    for article_id in order:
        groups.setdefault(find(article_id), []).append(article_id)
    for group in groups.values():
        root = min(group, key=lambda a: order[a])
        for article_id in group:
            if article_id in fresh_ids:
                result.clusters[article_id] = root
            else:
                entry = members[article_id]
                if entry.cluster_id != root:
                    result.relabel[article_id] = (entry.partition, root)
    return result


def read_texts(lake: Path, wanted: set[tuple[str, str]]) -> dict[str, str]:
    """Texts of these (partition, article_id) from the articles table: only their partitions are read."""
    import pyarrow.parquet as pq

    from newslake import delta_store

    if delta_store.is_delta_lake(lake):  # the snapshot's files only, not removed ones
        return delta_store.read_texts(lake, wanted)
    by_partition: dict[str, set[str]] = {}
    for partition, article_id in wanted:
        by_partition.setdefault(partition, set()).add(article_id)
    texts: dict[str, str] = {}
    for partition, ids in by_partition.items():
        for path in sorted((lake / "articles" / partition).glob("*.parquet")):
            table = pq.read_table(path, columns=["article_id", "text"], filters=[("article_id", "in", sorted(ids))])
            texts.update(zip(table["article_id"].to_pylist(), table["text"].to_pylist()))
    return texts
