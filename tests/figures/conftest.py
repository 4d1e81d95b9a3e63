"""Fixtures of the transforms.figures tests."""

from __future__ import annotations

import pytest

from transforms.figures import extract_figures
from transforms.records import Quote
from figures_helpers import PUB, SEED, ents, seed_text


# ---------------------------------------------------------------- the seed (acceptance)

@pytest.fixture(scope="module")
def seed():
    if not SEED.exists():
        pytest.skip("seed article not available")
    text = seed_text()
    qs = text.index("'Several")
    qe = text.index("security,'") + len("security,'")
    quote = Quote("q1", "a1", text[qs + 1:qe - 2], "ten allied nations and the European Union", None, "said", qs, qe)
    return text, extract_figures(text, "a1", PUB, ents(text), [quote])
