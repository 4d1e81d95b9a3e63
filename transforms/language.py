"""Language identification with py3langid, whose model ships inside the wheel."""

from __future__ import annotations

MIN_CHARS = 40
# The classifier's cost is linear in the text; a news article's language is
# settled well within its first thousand characters.
SAMPLE_CHARS = 1200


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text, or None when there is too little to tell."""
    if len(text) < MIN_CHARS:
        return None
    import py3langid

    code, _score = py3langid.classify(text[:SAMPLE_CHARS])
    return code or None
