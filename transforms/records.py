"""Typed records produced by the per-article pipeline.

These mirror the data contract (../shared/contract.md) column for column; the
pyarrow schemas in ``newslake.schema`` are the on-disk form of the same fields,
and a test keeps the two in step. They live here, free of pyarrow, so that
``transforms`` stays a package of pure functions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(slots=True)
class Article:
    article_id: str
    url: str | None
    canonical_url: str | None
    source: str
    source_domain: str | None
    agencies: list[str]
    feed: str
    title: str | None
    authors: list[str]
    published_at: datetime | None
    published_date: date | None
    dateline: str | None
    language: str | None
    text: str
    word_count: int
    content_hash: str
    cluster_id: str
    fetched_at: datetime
    pipeline_version: str


@dataclass(slots=True)
class Quote:
    quote_id: str
    article_id: str
    quote: str
    speaker: str | None
    speaker_entity_id: str | None
    cue: str | None
    start_char: int
    end_char: int
    # Added in contract v1: a fragment inside the writer's own sentence (called it "a disaster"),
    # not a full quotation.
    partial: bool = False


@dataclass(slots=True)
class Entity:
    article_id: str
    entity_id: str
    name: str
    type: str  # PERSON, ORG, GPE, LOC, NORP
    surface: str
    start_char: int
    end_char: int


@dataclass(slots=True)
class Figure:
    figure_id: str
    article_id: str
    value_low: float | None
    value_high: float | None
    approx: bool
    qualifier: str | None
    unit: str
    subject: str | None
    location: str | None
    attributed_to: str | None
    cue: str | None
    text: str
    sentence: str
    start_char: int
    end_char: int
    as_of: date | None
    # Added in contract v1.1: the claimant's entity, so "the spy agency" and
    # "South Korea's NIS" count as one estimator in the marts.
    attributed_entity_id: str | None = None
    # Added with the discourse pass: where subject and location came from
    # ("sentence": the figure's own sentence names it; "context": carried from
    # the article), the country of the location, and the conduit of a nested
    # claim ("Reuters, citing the NIS": attributed_to NIS, via Reuters).
    subject_source: str | None = None
    location_source: str | None = None
    location_country: str | None = None
    attributed_via: str | None = None


@dataclass(slots=True)
class ExtractedDocument:
    """One document through the whole per-article pipeline."""

    id: str
    article: Article | None
    quotes: list[Quote] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    error: str | None = None
