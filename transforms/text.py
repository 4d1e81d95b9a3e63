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


# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, Japanese kana,
# CJK ideographs, halfwidth katakana): there every character counts as a word, the
# convention of word processors for CJK, so that length gates work in every script.
UNSPACED_CHARS = ("\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
                  "\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f")
_UNSPACED = re.compile(f"[{UNSPACED_CHARS}]")
_WORD_TOKEN = re.compile(f"[{UNSPACED_CHARS}]|[^\\W{UNSPACED_CHARS}]+")


def word_count(text: str) -> int:
    """Whitespace-separated words; in scripts without spaces (Chinese, Japanese, Thai)
    each character counts as one word, and punctuation between them counts for nothing.
    Text without such characters counts exactly as ``len(text.split())``."""
    unspaced = len(_UNSPACED.findall(text))
    if not unspaced:
        return len(text.split())
    rest = _UNSPACED.sub(" ", text).split()
    return unspaced + sum(1 for token in rest if any(ch.isalnum() for ch in token))


def word_tokens(text: str) -> list[str]:
    """Word tokens (``\\w+`` runs), each character of an unspaced script its own token:
    what word overlaps and vocabularies compare in every script."""
    return _WORD_TOKEN.findall(text)


def content_hash(text: str) -> str:
    """Hash of the text with case and punctuation folded: exact copies collide."""
    folded = re.sub(r"[\W_]+", " ", text.casefold()).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:32]


def stable_id(*parts: object) -> str:
    """A short, stable identifier from its parts (16 hex chars of SHA-1)."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]
