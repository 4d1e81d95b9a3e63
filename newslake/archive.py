"""Raw responses as gzip-compressed WARC files (warcio), one file per run.

``WarcArchive(directory, run_id)`` appends to ``<directory>/<run_id>.warc.gz``
(``directory`` is normally ``data/raw``). Each record is written as its own
gzip member with one unbuffered ``write`` (fsynced on close), so a run killed
mid-way leaves every completed record readable; ``iter_archive`` skips a torn
last record.

Bodies are stored *decoded* (after Content-Encoding): the stored HTTP headers
have Content-Encoding / Transfer-Encoding removed (kept as
``X-Newslake-Original-Content-Encoding``) and Content-Length set to the stored
body's length, so any WARC reader sees a consistent message. A body cut short
(size cap, timeout, reset) is stored with a ``WARC-Truncated`` header
("length", "time" or "disconnect") and ``iter_archive`` marks it truncated.
"""

from __future__ import annotations

import io
import os
import re
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from http import HTTPStatus

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Windows
    fcntl = None  # type: ignore[assignment]

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

__all__ = ["ArchivedResponse", "WarcArchive", "iter_archive", "iter_file_records", "read_record_at"]

_DROP_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


@dataclass(slots=True)
class ArchivedResponse:
    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: datetime  # UTC
    truncated: str | None = None  # WARC-Truncated reason, if the body is incomplete
    record_id: str | None = None


def _safe_name(run_id: str) -> str:
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", run_id).strip("._")
    return name or "run"


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


# One lock per archive file for the whole process: several WarcArchive objects
# (e.g. one per concurrent flow task with the same run id) may append to the
# same file; each record is then written with a single write() call under
# this lock and an flock, so records never interleave.
_PATH_LOCKS: dict[Path, threading.Lock] = {}
_PATH_LOCKS_GUARD = threading.Lock()


def _path_lock(path: Path) -> threading.Lock:
    key = path.resolve()
    with _PATH_LOCKS_GUARD:
        return _PATH_LOCKS.setdefault(key, threading.Lock())


class WarcArchive:
    """Thread-safe WARC writer for one run. Use as a context manager or call close().

    Several instances (threads or processes) may write the same run's file at
    once: every record is serialized to one complete gzip member in memory
    and appended with a single ``write`` under an in-process lock and an
    exclusive ``flock``.
    """

    def __init__(self, directory: Path, run_id: str) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.run_id = run_id
        self.path = self.directory / f"{_safe_name(run_id)}.warc.gz"
        self._lock = _path_lock(self.path)
        self._fh = open(self.path, "ab", buffering=0)
        self._buffer = io.BytesIO()
        self._writer = WARCWriter(self._buffer, gzip=True, warc_version="1.1")
        self.records = 0
        info = self._writer.create_warcinfo_record(
            self.path.name,
            {"software": "newslake", "format": "WARC File Format 1.1", "run-id": run_id},
        )
        self._write(info)

    def _write(self, record) -> None:
        with self._lock:
            if self._fh.closed:
                raise ValueError(f"archive {self.path} is closed")
            self._buffer.seek(0)
            self._buffer.truncate()
            self._writer.write_record(record)
            data = self._buffer.getvalue()
            if fcntl is not None:
                fcntl.flock(self._fh.fileno(), fcntl.LOCK_EX)
            try:
                view = memoryview(data)
                while view:  # a regular file takes it in one go; loop for safety
                    written = self._fh.write(view)
                    view = view[written:]
            finally:
                if fcntl is not None:
                    fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)

    def write_response(
        self,
        url: str,
        status: int,
        headers: Mapping[str, str] | list[tuple[str, str]],
        body: bytes | None,
        *,
        fetched_at: datetime | None = None,
        truncated: str | None = None,
    ) -> None:
        """Append one HTTP response (``url`` is the URL that was requested)."""
        body = body or b""
        items = list(headers.items()) if isinstance(headers, Mapping) else list(headers)
        http_headers: list[tuple[str, str]] = []
        for name, value in items:
            lowered = name.lower()
            if lowered == "content-encoding":
                http_headers.append(("X-Newslake-Original-Content-Encoding", value))
            if lowered in _DROP_HEADERS:
                continue
            http_headers.append((name, value))
        http_headers.append(("Content-Length", str(len(body))))
        status_line = f"{status} {_reason(status)}"
        warc_headers = {}
        when = (fetched_at or datetime.now(timezone.utc)).astimezone(timezone.utc)
        warc_headers["WARC-Date"] = when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        if truncated:
            warc_headers["WARC-Truncated"] = truncated
        record = self._writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            warc_headers_dict=warc_headers,
            http_headers=StatusAndHeaders(status_line, http_headers, protocol="HTTP/1.1"),
        )
        self._write(record)
        with self._lock:  # the per-file lock; the count is per instance
            self.records += 1

    def close(self) -> None:
        with self._lock:
            if self._fh.closed:
                return
            try:
                os.fsync(self._fh.fileno())
            except OSError:
                pass
            self._fh.close()

    def __enter__(self) -> WarcArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _parse_warc_date(value: str | None) -> datetime:
    if not value:
        return datetime.fromtimestamp(0, tz=timezone.utc)
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return datetime.fromtimestamp(0, tz=timezone.utc)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def _archive_files(directory: Path) -> list[Path]:
    directory = Path(directory)
    if directory.is_file():
        return [directory]
    files = [p for p in directory.rglob("*") if p.is_file() and p.name.endswith((".warc.gz", ".warc"))]
    return sorted(files, key=lambda p: p.relative_to(directory).as_posix())


def _iter_file(path: Path) -> Iterator[ArchivedResponse]:
    for _offset, _end, response in iter_file_records(path):
        yield response


def iter_file_records(path: Path, start: int = 0, *, bodies: bool = True
                      ) -> Iterator[tuple[int, int, ArchivedResponse]]:
    """(offset, end offset, response) of each complete response record of one file, from ``start``.

    ``start`` must be a record boundary (an ``end`` given before). A torn
    record (a run killed mid-write) ends the file. ``bodies=False`` leaves
    ``body`` empty (discovery only needs the headers; the length is still
    checked).
    """
    with open(path, "rb") as fh:
        fh.seek(start)
        archive = ArchiveIterator(fh, arc2warc=True)
        records = iter(archive)
        while True:
            # warcio raises assorted errors (ArchiveLoadFailed, zlib.error,
            # AttributeError on a header block cut in half, ...) on a torn
            # record; whatever it is, the file ends there.
            try:
                record = next(records)
            except StopIteration:
                return
            except Exception:  # noqa: BLE001
                return
            if record.rec_type != "response":
                try:
                    archive.get_record_length()  # consume it, so the next record's offset is exact
                except Exception:  # noqa: BLE001
                    return
                continue
            try:
                payload = record.content_stream().read()
                # drain the rest so the length check sees the whole block
                record.raw_stream.read()
            except Exception:  # noqa: BLE001 - torn record at the end of a killed run
                return
            remaining = getattr(record.raw_stream, "limit", 0)
            if remaining:
                return  # block shorter than WARC Content-Length: torn record
            http = record.http_headers
            if http is None:
                continue
            try:
                status = int(http.get_statuscode() or 0)
            except ValueError:
                status = 0
            headers: dict[str, str] = {}
            for name, value in http.headers:
                key = name.lower()
                headers[key] = f"{headers[key]}, {value}" if key in headers else value
            expected = headers.get("content-length")
            if (
                expected is not None
                and expected.isdigit()
                and int(expected) != len(payload)
            ):
                return  # the payload was cut short
            try:  # (warcio reads the record to its end to know these: only after the payload)
                offset = archive.get_record_offset()  # absolute: warcio starts from fh.tell()
                end = offset + archive.get_record_length()
            except Exception:  # noqa: BLE001
                return
            yield offset, end, ArchivedResponse(
                url=record.rec_headers.get_header("WARC-Target-URI") or "",
                status=status,
                headers=headers,
                body=payload if bodies else b"",
                fetched_at=_parse_warc_date(record.rec_headers.get_header("WARC-Date")),
                truncated=record.rec_headers.get_header("WARC-Truncated"),
                record_id=record.rec_headers.get_header("WARC-Record-ID"),
            )


def read_record_at(path: Path, offset: int) -> ArchivedResponse | None:
    """The response record that starts at ``offset`` of ``path`` (None if there is none, or it is torn)."""
    for found, _end, response in iter_file_records(path, offset):
        return response if found == offset else None
    return None


def iter_archive(directory: Path) -> Iterator[ArchivedResponse]:
    """Every response in every WARC file under ``directory`` (or one file).

    Files in sorted path order, records in file order. A truncated last record
    (a run killed mid-write) is skipped silently.
    """
    for path in _archive_files(Path(directory)):
        yield from _iter_file(path)
