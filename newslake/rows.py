"""Typed records -> arrow tables with the contract's schemas (and back for JSON)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields
from datetime import date, datetime

import pyarrow as pa

from newslake.schema import ARTICLES, ENTITIES, FIGURES, QUOTES
from transforms.records import Article, Entity, ExtractedDocument, Figure, Quote

_RECORD_SCHEMAS = {"articles": ARTICLES, "quotes": QUOTES, "entities": ENTITIES, "figures": FIGURES}


def records_table(records: Sequence[object], schema: pa.Schema) -> pa.Table:
    """Column-wise build: one list per column, which is what arrow wants."""
    columns = {name: [getattr(r, name) for r in records] for name in schema.names}
    return pa.Table.from_pydict(columns, schema=schema)


def documents_to_tables(docs: Iterable[ExtractedDocument]) -> dict[str, pa.Table]:
    articles: list[Article] = []
    quotes: list[Quote] = []
    entities: list[Entity] = []
    figures: list[Figure] = []
    for doc in docs:
        if doc.article is None:
            continue
        articles.append(doc.article)
        quotes.extend(doc.quotes)
        entities.extend(doc.entities)
        figures.extend(doc.figures)
    return {
        "articles": records_table(articles, ARTICLES),
        "quotes": records_table(quotes, QUOTES),
        "entities": records_table(entities, ENTITIES),
        "figures": records_table(figures, FIGURES),
    }


def record_to_json(record: object, *, exclude: tuple[str, ...] = ()) -> dict:
    """A record as JSON-ready dict: dates as ISO strings."""
    out = {}
    for f in fields(record):  # type: ignore[arg-type]
        if f.name in exclude:
            continue
        value = getattr(record, f.name)
        if isinstance(value, (datetime, date)):
            value = value.isoformat()
        out[f.name] = value
    return out


def document_to_json(doc: ExtractedDocument) -> dict:
    return {
        "id": doc.id,
        "article": record_to_json(doc.article) if doc.article else None,
        "quotes": [record_to_json(q) for q in doc.quotes],
        "entities": [record_to_json(e) for e in doc.entities],
        "figures": [record_to_json(f) for f in doc.figures],
        "error": doc.error,
    }


def check_record_fields() -> dict[str, list[str]]:
    """Differences between record dataclasses and schemas (kept empty by a test)."""
    pairs = {"articles": Article, "quotes": Quote, "entities": Entity, "figures": Figure}
    diffs = {}
    for table, cls in pairs.items():
        names = [f.name for f in fields(cls)]
        if names != _RECORD_SCHEMAS[table].names:
            diffs[table] = sorted(set(names) ^ set(_RECORD_SCHEMAS[table].names))
    return diffs
