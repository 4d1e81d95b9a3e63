"""Input handling for ``newslake extract``: files, URLs, stdin and JSON lines."""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import TextIO

from newslake.fetch import decode_text
from newslake.parallel import extract_documents
from newslake.rows import document_to_json
from transforms.metadata import parse_datetime
from transforms.pipeline import RawDocument

_HTML_SNIFF = re.compile(r"<\s*(!doctype\s+html|html|head|body|article|div|p)\b", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_SNIFF.search(text[:4096]))


def _document(doc_id: str, body: str, fmt: str, url: str | None = None, published: str | None = None) -> RawDocument:
    kind = fmt if fmt != "auto" else ("html" if looks_like_html(body) else "text")
    return RawDocument(
        id=doc_id, kind="html" if kind == "html" else "wire", body=body, url=url,
        fetched_at=datetime.now(timezone.utc), published_hint=parse_datetime(published), short_ok=True,
    )


def _decode(raw: bytes) -> str:
    """Bytes as the fetcher reads them: a BOM, a ``<meta charset>`` or XML declaration, else
    UTF-8, else the detected encoding (a Shift_JIS or windows-1251 page stays readable)."""
    text, _charset = decode_text(raw, None)
    if text is None:
        raise ValueError("binary input, not a page or text")
    return text


def load_inputs(inputs: list[str], fmt: str, jsonl: Path | None) -> list[RawDocument]:
    docs: list[RawDocument] = []
    for item in inputs:
        if item == "-":
            docs.append(_document("-", _decode(sys.stdin.buffer.read()), fmt))
        elif item.startswith(("http://", "https://")):
            docs.append(_fetch(item, fmt))
        else:
            path = Path(item)
            if not path.is_file():
                raise ValueError(f"{item}: no such file")
            docs.append(_document(item, _decode(path.read_bytes()), fmt))
    if jsonl is not None:
        for number, line in enumerate(jsonl.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                raise ValueError(f"{jsonl}:{number}: not JSON: {exc}") from None
            if not isinstance(obj, dict) or not isinstance(obj.get("html", obj.get("text")), str):
                raise ValueError(f'{jsonl}:{number}: needs "html" or "text"')
            body = obj.get("html") if isinstance(obj.get("html"), str) else obj["text"]
            line_fmt = "html" if "html" in obj else ("text" if fmt == "auto" else fmt)
            docs.append(_document(str(obj.get("id", number)), body, line_fmt, obj.get("url"), obj.get("published")))
    return docs


def _fetch(url: str, fmt: str) -> RawDocument:
    from newslake.config import FeedConfig
    from newslake.fetch import Fetcher
    from newslake.paths import data_dir

    feed = FeedConfig(name="extract", kind=None, url=url)
    with Fetcher("newslake/0.1 (extract)", data_dir() / "state") as fetcher:
        result = fetcher.fetch(url, feed)
    if result.error or result.text is None:
        raise ValueError(f"{url}: {result.error or 'HTTP ' + str(result.status)}")
    doc = _document(url, result.text, fmt, url=result.final_url or url)
    return doc


def run_extract(docs: list[RawDocument], stream: TextIO, indent: int | None = None) -> int:
    """Print one JSON object per document, in input order; return the failures."""
    failures = 0
    for doc, warnings in extract_documents(docs):
        for warning in warnings:
            print(f"warning: {doc.id}: {warning}", file=sys.stderr)
        if doc.error:
            failures += 1
            print(f"error: {doc.id}: {doc.error}", file=sys.stderr)
        stream.write(json.dumps(document_to_json(doc), ensure_ascii=False, indent=indent) + "\n")
    return failures
