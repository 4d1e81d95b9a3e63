"""Language identification with py3langid, whose model ships inside the wheel."""

from __future__ import annotations

MIN_CHARS = 40


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text, or None when there is too little to tell."""
    if len(text) < MIN_CHARS:
        return None
    import py3langid

    code, _score = py3langid.classify(text[:5000])
    return code or None
