"""Normalized article text and the identifiers derived from it.

Every offset in quotes, entities and figures indexes the string this module
produces, so normalization happens exactly once, here.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000\r\f\v]+")
_NEWLINES = re.compile(r"\n\s*\n")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufeff\u200b-\u200d\u2060]")


def normalize_paragraph(paragraph: str) -> str:
    """NFC, control characters dropped, all whitespace runs folded to one space."""
    paragraph = unicodedata.normalize("NFC", paragraph)
    paragraph = _CONTROL.sub("", paragraph)
    return _SPACE.sub(" ", paragraph.replace("\n", " ")).strip()


def join_paragraphs(paragraphs: Iterable[str]) -> str:
    """Paragraphs normalized and separated by one blank line; empty ones dropped."""
    cleaned = (normalize_paragraph(p) for p in paragraphs)
    return "\n\n".join(p for p in cleaned if p)


def split_paragraphs(raw: str) -> list[str]:
    """Blank-line separated paragraphs of raw text (any amount of blank lines)."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    return [p for p in _NEWLINES.split(raw) if p.strip()]


def normalize_text(raw: str) -> str:
    return join_paragraphs(split_paragraphs(raw))


def word_count(text: str) -> int:
    return len(text.split())


def content_hash(text: str) -> str:
    """Hash of the text with case and punctuation folded: exact copies collide."""
    folded = re.sub(r"[\W_]+", " ", text.casefold()).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:32]


def stable_id(*parts: object) -> str:
    """A short, stable identifier from its parts (16 hex chars of SHA-1)."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]
