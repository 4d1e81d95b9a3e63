"""Replay the raw WARC archive as if it were the network: for `newslake reprocess`.

``ArchiveFetcher`` answers ``fetch``/``fetch_many`` like the real Fetcher but
from the latest archived 200 response of each URL, so discovery and page
reading run through the very same code as a live run, with no network.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from newslake.archive import _archive_files, iter_file_records, read_record_at
from newslake.fetch import FetchResult, decode_text
from newslake.urls import normalize_url


@dataclass(slots=True)
class ReplayedResult(FetchResult):
    """A FetchResult that also says when the archived response was fetched."""

    fetched_at: datetime | None = None


class ArchiveFetcher:
    """Knows where each URL's latest archived 200 response is (file, offset), and reads it when asked:
    memory holds the addresses, not the archive."""

    def __init__(self, directory: Path) -> None:
        self.responses: dict[str, tuple[Path, int]] = {}
        for path in _archive_files(Path(directory)):
            for offset, _end, record in iter_file_records(path, bodies=False):
                if record.status == 200 and not record.truncated:
                    self.responses[normalize_url(record.url)] = (path, offset)  # later runs win

    def __enter__(self) -> ArchiveFetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def fetch(self, url: str, feed=None) -> ReplayedResult:
        where = self.responses.get(normalize_url(url))
        record = read_record_at(*where) if where is not None else None
        if record is None:
            return ReplayedResult(url, url, None, {}, None, None, None, False, 0.0, 0, "not in the raw archive")
        content_type = next((v for k, v in record.headers.items() if k.lower() == "content-type"), None)
        text, _warning = decode_text(record.body, content_type)
        return ReplayedResult(url, record.url, record.status, dict(record.headers), record.body, text,
                              content_type, False, 0.0, len(record.body), None, fetched_at=record.fetched_at)

    def fetch_many(self, urls: list[str], feed=None) -> list[ReplayedResult]:
        return [self.fetch(url, feed) for url in urls]
