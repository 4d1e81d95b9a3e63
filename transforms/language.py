"""Language identification with py3langid, whose model ships inside the wheel."""

from __future__ import annotations

MIN_CHARS = 40
# The classifier's cost is linear in the text (0.53 ms for 1,200 characters, 0.17 ms
# for 400, measured here); 200 characters already identified all ten languages of
# tests/test_language.py and every article of the sample corpus, so 400 leaves margin.
SAMPLE_CHARS = 400


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text, or None when there is too little to tell."""
    if len(text) < MIN_CHARS:
        return None
    import py3langid

    code, _score = py3langid.classify(text[:SAMPLE_CHARS])
    return code or None
