"""transforms.figures end to end: the seed article, ids and offsets, speed, the gold set."""

from __future__ import annotations

import hashlib
import time
from datetime import date
from pathlib import Path

import pytest

from transforms.figures import extract_figures
from figures_helpers import PUB, SEED, ents, figs, seed_text
from growth import growth


def test_seed_troop_range(seed):
    text, found = seed
    f = next(f for f in found if f.value_low == 11000)
    assert (f.value_low, f.value_high, f.approx, f.qualifier) == (11000, 12000, False, None)
    assert f.unit == "troops"
    assert f.subject == "North Korea"
    assert f.location == "Russia"
    assert f.attributed_to == "U.S. Defense officials"
    assert f.cue == "estimate"
    assert f.as_of == date(2024, 11, 7)
    assert f.text == "11,000 to 12,000 North Korean troops"
    assert text[f.start_char:f.end_char] == f.text
    assert f.sentence == "The U.S. Defense officials estimate there are now 11,000 to 12,000 North Korean troops in Russia."


def test_seed_vague_thousands_in_quote(seed):
    _, found = seed
    f = next(f for f in found if f.value_low == 2000)
    assert (f.value_low, f.value_high, f.approx) == (2000, 9999, True)
    assert f.qualifier == "Several"
    assert f.unit == "troops"
    assert f.subject == "North Korea"
    assert f.location == "Russia"
    assert f.attributed_to == "ten allied nations and the European Union"
    assert f.text == "Several thousands of DPRK troops"


def test_seed_has_no_resolution_or_year_figures(seed):
    _, found = seed
    assert len(found) == 2
    values = {v for f in found for v in (f.value_low, f.value_high)}
    assert not values & {1718, 1874, 2270, 2024, 10}


def test_seed_without_quote_records_uses_quote_marks(seed):
    text, _ = seed
    found = extract_figures(text, "a1", PUB, ents(text), [])
    f = next(f for f in found if f.value_low == 2000)
    assert f.attributed_to == "ten allied nations and the European Union"


def test_seed_end_to_end_with_real_extractors():
    if not SEED.exists():
        pytest.skip("seed article not available")
    try:
        from newslake.catalog_io import load_catalog
        from transforms.entities import extract_entities
        from transforms.quotes import extract_quotes
    except ImportError:
        pytest.skip("entities/quotes extractors not importable")
    text = seed_text()
    catalog = load_catalog()
    entities = extract_entities(text, "a1", catalog)
    quotes = extract_quotes(text, "a1", entities, catalog)
    found = extract_figures(text, "a1", PUB, entities, quotes)
    by_low = {f.value_low: f for f in found}
    f = by_low[11000]
    assert (f.value_high, f.unit, f.subject, f.location) == (12000, "troops", "North Korea", "Russia")
    assert f.attributed_to == "U.S. Defense officials" and f.as_of == PUB
    g = by_low[2000]
    assert (g.value_high, g.unit, g.subject, g.location) == (9999, "troops", "North Korea", "Russia")
    assert g.attributed_to == "ten allied nations and the European Union"
    assert len(found) == 2


# ---------------------------------------------------------------- ids, offsets, speed

def test_figure_id_is_stable_and_offsets_index_text():
    text = "At least 3,000 troops arrived in Russia, officials said."
    a = figs(text)
    b = figs(text)
    assert [f.figure_id for f in a] == [f.figure_id for f in b]
    f = a[0]
    assert f.figure_id == hashlib.sha1(f"a1:{f.start_char}:{f.end_char}".encode()).hexdigest()[:16]
    assert text[f.start_char:f.end_char] == f.text == "At least 3,000 troops"
    assert f.article_id == "a1"


def test_empty_and_numberless_text():
    assert extract_figures("", "a1", PUB, [], []) == []
    assert extract_figures("No numbers here at all.", "a1", PUB, [], []) == []


def test_accepts_datetime_published():
    from datetime import datetime

    f = extract_figures("There are 500 troops.", "a1", datetime(2024, 11, 7, 12, 0), [], [])[0]
    assert f.as_of == PUB


def test_linear_time_on_long_input():
    para = ("The U.S. Defense officials estimate there are now 11,000 to 12,000 North Korean troops in Russia, "
            "and at least 40 missiles were fired, the Pentagon said on Monday. ")
    small = para * 200
    big = para * 2000  # about 50,000 words
    n_small = len(extract_figures(small, "a", PUB, [], []))
    n_big = len(extract_figures(big, "a", PUB, [], []))
    assert n_big == 10 * n_small
    assert growth(lambda: extract_figures(small, "a", PUB, [], []), lambda: extract_figures(big, "a", PUB, [], [])) < 25
    # one giant unpunctuated "sentence"
    words = ("troops 11,000 said the in of " * 40000)
    t3 = time.perf_counter()
    extract_figures(words, "a", PUB, [], [])
    assert time.perf_counter() - t3 < 30


def test_gold_set_quality():
    """Regression guard on the hand-written gold set (benchmarks/eval_figures.py)."""
    import sys

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root))
    from benchmarks.eval_figures import run

    res = run(root / "tests" / "gold" / "figures_gold.jsonl")
    assert res["gold_figures"] >= 150 and res["documents"] >= 40
    assert res["bounds_precision"] >= 0.9 and res["bounds_recall"] >= 0.9
    assert res["unit_accuracy"] >= 0.9
