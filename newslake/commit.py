"""Commit extracted documents to the lake: skip unchanged, cluster, write.

Syndication clusters are recomputed over the new articles and the lake's
articles published within ``CLUSTER_WINDOW`` of them, because a copy can
arrive before its original; existing rows whose cluster changes are
rewritten with the new ``cluster_id``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from newslake.lake import read_table, write_tables
from newslake.rows import documents_to_tables
from newslake.schema import ARTICLES
from transforms.records import ExtractedDocument

CLUSTER_WINDOW = timedelta(days=4)


@dataclass(slots=True)
class CommitStats:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    reclustered: int = 0
    rows: dict[str, int] = field(default_factory=dict)


def commit_documents(lake: Path, docs: Sequence[ExtractedDocument]) -> CommitStats:
    stats = CommitStats()
    existing = read_table(lake, "articles", ["article_id", "content_hash", "pipeline_version"])
    known = {a: (h, v) for a, h, v in zip(existing["article_id"].to_pylist(), existing["content_hash"].to_pylist(), existing["pipeline_version"].to_pylist())}
    fresh: dict[str, ExtractedDocument] = {}
    for doc in docs:
        article = doc.article
        if article is None:
            continue
        previous = known.get(article.article_id)
        if previous == (article.content_hash, article.pipeline_version):
            stats.unchanged += 1
            continue
        if article.article_id in fresh:
            continue  # the same article twice in one run (two feeds): first wins
        if previous is None:
            stats.new += 1
        else:
            stats.updated += 1
        fresh[article.article_id] = doc
    if not fresh:
        return stats
    relabelled = _recluster(lake, fresh)
    stats.reclustered = relabelled.num_rows
    tables = documents_to_tables(fresh.values())
    if relabelled.num_rows:
        tables["articles"] = pa.concat_tables([relabelled.select(ARTICLES.names).cast(ARTICLES), tables["articles"]])
    stats.rows = write_tables(lake, tables, replace_children_of=set(fresh))
    return stats


def _recluster(lake: Path, fresh: dict[str, ExtractedDocument]) -> pa.Table:
    """Set cluster_id on fresh articles; return existing rows whose cluster changed."""
    # Imported here: MinHash LSH pulls in scipy (half a second), which a run
    # with nothing new never needs.
    from transforms.syndication import ClusterInput, assign_clusters

    dates = [d.article.published_at for d in fresh.values() if d.article.published_at]
    neighbours = read_table(lake, "articles")
    if dates and neighbours.num_rows:
        low, high = min(dates) - CLUSTER_WINDOW, max(dates) + CLUSTER_WINDOW
        in_window = pc.and_(pc.greater_equal(neighbours["published_at"], pa.scalar(low, ARTICLES.field("published_at").type)),
                            pc.less_equal(neighbours["published_at"], pa.scalar(high, ARTICLES.field("published_at").type)))
        neighbours = neighbours.filter(pc.fill_null(in_window, False))
        neighbours = neighbours.filter(pc.invert(pc.is_in(neighbours["article_id"], pa.array(list(fresh), pa.string()))))
    else:
        neighbours = neighbours.schema.empty_table()
    inputs = [ClusterInput(a, t, p, h) for a, t, p, h in zip(
        neighbours["article_id"].to_pylist(), neighbours["text"].to_pylist(),
        neighbours["published_at"].to_pylist(), neighbours["content_hash"].to_pylist())]
    inputs += [ClusterInput(d.article.article_id, d.article.text, d.article.published_at, d.article.content_hash)
               for d in fresh.values()]
    clusters = assign_clusters(inputs)
    for article_id, doc in fresh.items():
        doc.article = replace(doc.article, cluster_id=clusters[article_id])
    if not neighbours.num_rows:
        return neighbours
    new_ids = pa.array([clusters[a] for a in neighbours["article_id"].to_pylist()], pa.string())
    changed = pc.not_equal(neighbours["cluster_id"], new_ids)
    updated = neighbours.set_column(neighbours.schema.get_field_index("cluster_id"), "cluster_id", new_ids)
    return updated.filter(changed)
