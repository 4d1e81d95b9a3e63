"""The data contract (shared/contract.md, version 1) as pyarrow schemas.

Every writer and reader of the lake goes through these schemas, so a column
change is made here, in docs/data_dictionary.md and in the tests together.
"""

from __future__ import annotations

import pyarrow as pa

CONTRACT_VERSION = 1

TS = pa.timestamp("us", tz="UTC")

ARTICLES = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("url", pa.string()),
        pa.field("canonical_url", pa.string()),
        pa.field("source", pa.string(), nullable=False),
        pa.field("source_domain", pa.string()),
        pa.field("agencies", pa.list_(pa.string()), nullable=False),
        pa.field("feed", pa.string(), nullable=False),
        pa.field("title", pa.string()),
        pa.field("authors", pa.list_(pa.string()), nullable=False),
        pa.field("published_at", TS),
        pa.field("published_date", pa.date32()),
        pa.field("dateline", pa.string()),
        pa.field("language", pa.string()),
        pa.field("text", pa.string(), nullable=False),
        pa.field("word_count", pa.int32(), nullable=False),
        pa.field("content_hash", pa.string(), nullable=False),
        pa.field("cluster_id", pa.string(), nullable=False),
        pa.field("fetched_at", TS, nullable=False),
        pa.field("pipeline_version", pa.string(), nullable=False),
    ]
)

QUOTES = pa.schema(
    [
        pa.field("quote_id", pa.string(), nullable=False),
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("quote", pa.string(), nullable=False),
        pa.field("speaker", pa.string()),
        pa.field("speaker_entity_id", pa.string()),
        pa.field("cue", pa.string()),
        pa.field("start_char", pa.int32(), nullable=False),
        pa.field("end_char", pa.int32(), nullable=False),
        pa.field("partial", pa.bool_(), nullable=False),
    ]
)

ENTITIES = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("entity_id", pa.string(), nullable=False),
        pa.field("name", pa.string(), nullable=False),
        pa.field("type", pa.string(), nullable=False),
        pa.field("surface", pa.string(), nullable=False),
        pa.field("start_char", pa.int32(), nullable=False),
        pa.field("end_char", pa.int32(), nullable=False),
    ]
)

FIGURES = pa.schema(
    [
        pa.field("figure_id", pa.string(), nullable=False),
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("value_low", pa.float64()),
        pa.field("value_high", pa.float64()),
        pa.field("approx", pa.bool_(), nullable=False),
        pa.field("qualifier", pa.string()),
        pa.field("unit", pa.string(), nullable=False),
        pa.field("subject", pa.string()),
        pa.field("location", pa.string()),
        pa.field("attributed_to", pa.string()),
        pa.field("cue", pa.string()),
        pa.field("text", pa.string(), nullable=False),
        pa.field("sentence", pa.string(), nullable=False),
        pa.field("start_char", pa.int32(), nullable=False),
        pa.field("end_char", pa.int32(), nullable=False),
        pa.field("as_of", pa.date32()),
        pa.field("attributed_entity_id", pa.string()),
        pa.field("subject_source", pa.string()),
        pa.field("location_source", pa.string()),
        pa.field("location_country", pa.string()),
        pa.field("attributed_via", pa.string()),
    ]
)

# Operational tables: not part of the analysts' contract, but read by the
# warehouse's staging layer and by `newslake status`.
FETCH_LOG = pa.schema(
    [
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("feed", pa.string(), nullable=False),
        pa.field("url", pa.string(), nullable=False),
        pa.field("status", pa.int32()),
        pa.field("bytes", pa.int64()),
        pa.field("milliseconds", pa.float64()),
        pa.field("from_cache", pa.bool_(), nullable=False),
        pa.field("error", pa.string()),
        pa.field("fetched_at", TS, nullable=False),
    ]
)

QUARANTINE = pa.schema(
    [
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("feed", pa.string(), nullable=False),
        pa.field("url", pa.string()),
        pa.field("stage", pa.string(), nullable=False),
        pa.field("error", pa.string(), nullable=False),
        pa.field("recorded_at", TS, nullable=False),
    ]
)

PIPELINE_RUNS = pa.schema(
    [
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("started_at", TS, nullable=False),
        pa.field("finished_at", TS),
        pa.field("state", pa.string(), nullable=False),
        pa.field("articles_new", pa.int32(), nullable=False),
        pa.field("articles_skipped", pa.int32(), nullable=False),
        pa.field("articles_failed", pa.int32(), nullable=False),
        pa.field("warnings", pa.list_(pa.string()), nullable=False),
    ]
)

# The entity catalog the run linked against (transforms.catalog.Catalog.rows()),
# so the warehouse's dim_entities knows every entity, mentioned or not.
ENTITY_CATALOG = pa.schema(
    [
        pa.field("entity_id", pa.string(), nullable=False),
        pa.field("name", pa.string(), nullable=False),
        pa.field("type", pa.string(), nullable=False),
        pa.field("aliases", pa.list_(pa.string()), nullable=False),
        pa.field("adjectives", pa.list_(pa.string()), nullable=False),
        pa.field("country_id", pa.string()),
    ]
)

# table name -> (schema, primary key columns, partition column or None)
TABLES: dict[str, tuple[pa.Schema, tuple[str, ...], str | None]] = {
    "articles": (ARTICLES, ("article_id",), "published_date"),
    "quotes": (QUOTES, ("quote_id",), None),
    "entities": (ENTITIES, ("article_id", "start_char", "end_char", "entity_id"), None),
    "figures": (FIGURES, ("figure_id",), None),
    "fetch_log": (FETCH_LOG, ("run_id", "url", "fetched_at"), None),
    "quarantine": (QUARANTINE, ("run_id", "feed", "url", "stage"), None),
    "pipeline_runs": (PIPELINE_RUNS, ("run_id",), None),
    "entity_catalog": (ENTITY_CATALOG, ("entity_id",), None),
}

CONTRACT_TABLES = ("articles", "quotes", "entities", "figures")

# Columns added to a table after files of it were written: an older file that
# lacks one reads with this value (a nullable added column reads as null).
# A non-nullable column added without a default here is a contract error.
ADDED_COLUMN_DEFAULTS: dict[tuple[str, str], object] = {
    ("quotes", "partial"): False,
}


def schema_for(table: str) -> pa.Schema:
    """The schema of a lake table; a KeyError names an unknown table."""
    return TABLES[table][0]
