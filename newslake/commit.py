"""Commit one batch of extracted articles to the lake: skip unchanged, cluster, write.

A batch is committed in one ``LakeTransaction``: the new and re-extracted
articles with their quotes, entities and figures, the lake articles whose
syndication cluster changed (just their rows), the batch's quarantine and
fetch-log rows and its source-index rows (``newslake.source_index``), so a
run killed between batches has committed whole batches only and the next run
neither loses nor doubles anything. Whether an article is new, changed or
unchanged comes from the lake index, not from reading the lake; clusters come
from the persisted LSH index (``newslake.clusters``).

A Delta lake (``newslake run --lake-format delta``) takes the same decisions
and commits them with ``newslake.delta_store.commit_batch`` (``_commit_delta``):
articles MERGEd by key with the relabelled clusters, child rows swapped per
article in their partitions only, the operational rows insert-only, all one
journaled batch. The lake index is updated after the Delta commit, with the
``articles`` version it then describes; a writer killed in between leaves an
index that names an older version, which the next run rebuilds from the table
(``newslake.lake.ensure_index``), so the index is never ahead of the lake.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from newslake.clusters import FreshArticle, assign_clusters, signature
from newslake.delta_store import is_delta_lake
from newslake.lake import compact, ensure_index, plan_tables
from newslake.lake_index import LakeIndex, open_index
from newslake.lake_txn import LakeTransaction
from newslake.rows import documents_to_tables
from newslake.schema import ARTICLES
from transforms.records import ExtractedDocument

CONTRACT = ("articles", "quotes", "entities", "figures")


@dataclass(slots=True)
class CommitStats:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    reclustered: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    candidates: int = 0
    verified: int = 0

    def add(self, other: CommitStats) -> None:
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.reclustered += other.reclustered
        self.candidates += other.candidates
        self.verified += other.verified
        for table, count in other.rows.items():
            self.rows[table] = self.rows.get(table, 0) + count


def _cluster(lake: Path, index: LakeIndex, stats: CommitStats, fresh_articles: pa.Table,
             signatures: Mapping[str, bytes | None] | None):
    """Syndication clusters of the batch's new and changed articles (the persisted LSH index):
    the result and the articles with their cluster_id set."""
    result = assign_clusters(index, lake, [
        FreshArticle(a, t, p, h, signatures[a] if signatures and a in signatures else signature(t))
        for a, t, p, h in zip(*(fresh_articles[c].to_pylist() for c in (
            "article_id", "text", "published_at", "content_hash")))])
    stats.candidates, stats.verified = result.candidates, result.verified
    clusters = pa.array([result.clusters[a] for a in fresh_articles["article_id"].to_pylist()], pa.string())
    return result, fresh_articles.set_column(ARTICLES.get_field_index("cluster_id"), "cluster_id", clusters)


def commit_documents(lake: Path, docs: Sequence[ExtractedDocument]) -> CommitStats:
    """Commit extracted documents (one batch); opens the lake index itself."""
    with contextlib.closing(open_index(lake)) as index:
        ensure_index(lake, index)
        return commit_tables(lake, index, documents_to_tables(docs))


def commit_tables(
    lake: Path,
    index: LakeIndex,
    tables: Mapping[str, pa.Table],
    signatures: Mapping[str, bytes | None] | None = None,
    *,
    extra: Mapping[str, pa.Table] | None = None,
    source_rows: Sequence[dict] = (),
) -> CommitStats:
    """Commit a batch given as contract tables; ``signatures``: MinHash signatures by article_id
    (computed here for articles that lack one)."""
    stats = CommitStats()
    articles = tables.get("articles", ARTICLES.empty_table())
    ids = articles["article_id"].to_pylist()
    known = index.articles(ids)
    keep: list[int] = []
    seen: set[str] = set()
    for position, (article_id, chash, version) in enumerate(zip(
            ids, articles["content_hash"].to_pylist(), articles["pipeline_version"].to_pylist())):
        previous = known.get(article_id)
        if previous is not None and (previous.content_hash, previous.pipeline_version) == (chash, version):
            stats.unchanged += 1
            continue
        if article_id in seen:
            continue  # the same article twice in one batch (two feeds): the first wins
        seen.add(article_id)
        if previous is None:
            stats.new += 1
        else:
            stats.updated += 1
        keep.append(position)
    if is_delta_lake(lake):
        # typed indices: ``take([])`` (a batch whose every document failed) infers a null array
        fresh = articles.take(pa.array(keep, pa.int64()))
        return _commit_delta(lake, index, stats, fresh, tables, seen, signatures, extra, source_rows)
    txn = LakeTransaction(lake, index)
    if keep:
        fresh_articles = articles.take(keep)
        fresh_ids = pa.array(sorted(seen), pa.string())
        result, fresh_articles = _cluster(lake, index, stats, fresh_articles, signatures)
        batch = {"articles": fresh_articles}
        for name in CONTRACT[1:]:
            if name in tables:
                rows = tables[name]
                batch[name] = rows.filter(pc.is_in(rows["article_id"], fresh_ids))
        counts = plan_tables(txn, batch, replace_children_of=set(seen))
        stats.rows = {name: counts.get(name, 0) for name in CONTRACT if name in batch}
        by_partition: dict[str, dict[str, str]] = {}
        for article_id, (partition, cluster) in result.relabel.items():
            by_partition.setdefault(partition, {})[article_id] = cluster
        for partition, relabels in by_partition.items():
            txn.relabel(partition, relabels)
        stats.reclustered = len(result.relabel)
        relabel = {a: c for a, (_p, c) in result.relabel.items()}
        keys = result.band_keys

        def index_clusters(con) -> None:
            LakeIndex.set_clusters(con, relabel)
            for article_id in seen:
                rowid = con.execute("SELECT id FROM articles WHERE article_id = ?", (article_id,)).fetchone()[0]
                LakeIndex.replace_lsh(con, rowid, keys.get(article_id, []))

        txn.on_index(index_clusters)
    if extra:
        plan_tables(txn, {name: rows for name, rows in extra.items() if rows.num_rows})
    if source_rows:
        rows = list(source_rows)
        txn.on_index(lambda con: LakeIndex.upsert_sources(con, rows))
    if not txn.empty:
        txn.commit()
        compact(lake, index, txn.touched)
    return stats


def _commit_delta(lake: Path, index: LakeIndex, stats: CommitStats, fresh_articles: pa.Table,
                  tables: Mapping[str, pa.Table], seen: set[str], signatures: Mapping[str, bytes | None] | None,
                  extra: Mapping[str, pa.Table] | None, source_rows: Sequence[dict]) -> CommitStats:
    """``commit_tables``' Delta half: one ``delta_store.commit_batch``, then the index in one SQLite
    transaction (see the module docstring for why in this order)."""
    from newslake import delta_store
    from newslake.lake import DELTA_INDEX_KEY, article_index_rows, delta_articles_version
    from newslake.lake_txn import conform

    changes: dict[str, delta_store.TableChange] = {}
    old_dates: dict = {}
    relabel: dict[str, str] = {}
    keys: dict[str, list[int]] = {}
    if fresh_articles.num_rows:
        fresh_ids = pa.array(sorted(seen), pa.string())
        result, fresh_articles = _cluster(lake, index, stats, fresh_articles, signatures)
        fresh_articles = conform(fresh_articles, "articles")
        relabel = {a: c for a, (_p, c) in result.relabel.items()}
        keys = result.band_keys
        old_dates = {a: delta_store.date_of_partition(e.partition) for a, e in index.articles(seen).items()}
        changes["articles"] = delta_store.TableChange(fresh_articles, relabel=relabel)
        stats.rows = {"articles": fresh_articles.num_rows}
        for name in CONTRACT[1:]:
            rows = tables.get(name)
            rows = conform(rows.filter(pc.is_in(rows["article_id"], fresh_ids)), name) if rows is not None else None
            changes[name] = delta_store.TableChange(rows, replace_articles=set(seen))
            stats.rows[name] = rows.num_rows if rows is not None else 0
        stats.reclustered = len(relabel)
    for name, rows in (extra or {}).items():
        if rows.num_rows:
            changes[name] = delta_store.TableChange(conform(rows, name))
    if changes:
        delta_store.commit_batch(lake, changes, old_dates=old_dates)
    if not (changes or source_rows):
        return stats
    version = delta_articles_version(lake) if "articles" in changes else None
    index_rows = article_index_rows(fresh_articles) if fresh_articles.num_rows else []
    with index.transaction() as con:
        if index_rows:
            LakeIndex.upsert_articles(con, index_rows)
            LakeIndex.set_clusters(con, relabel)
            for article_id in seen:
                rowid = con.execute("SELECT id FROM articles WHERE article_id = ?", (article_id,)).fetchone()[0]
                LakeIndex.replace_lsh(con, rowid, keys.get(article_id, []))
        if source_rows:
            LakeIndex.upsert_sources(con, list(source_rows))
        if version is not None:
            LakeIndex.set_meta(con, DELTA_INDEX_KEY, str(version))
    return stats
