"""The quarantine: items that failed, and which of them are still failing."""

from __future__ import annotations

from pathlib import Path

from newslake.lake import read_table
from newslake.urls import normalize_url

RETRYABLE_STAGES = ("fetch", "extract")


def open_failures(lake: Path) -> list[tuple[str, str]]:
    """(feed, url-or-id) of quarantined items that never made it into the lake.

    An item is resolved once an article with that URL exists; the quarantine
    rows themselves are history and are never rewritten.
    """
    quarantine = read_table(lake, "quarantine", ["feed", "url", "stage"])
    articles = read_table(lake, "articles", ["url", "canonical_url"])
    present = set(articles["url"].drop_null().to_pylist()) | set(articles["canonical_url"].drop_null().to_pylist())
    failures = set()
    for feed, url, stage in zip(quarantine["feed"].to_pylist(), quarantine["url"].to_pylist(), quarantine["stage"].to_pylist()):
        if stage in RETRYABLE_STAGES and url and _normal(url) not in present:
            failures.add((feed, url))
    return sorted(failures)


def _normal(url: str) -> str:
    return normalize_url(url) if url.startswith(("http://", "https://")) else url
