"""Helpers shared by the transforms.figures tests: hand-made entities, the seed article, the real extractors."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from transforms.figures import extract_figures
from transforms.records import Entity

SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "000_b6e00e9bf4b8d4df.txt"
if not SEED.exists():  # a clone without shared/ beside it (CI's copy may be elsewhere)
    SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed_000_b6e00e9bf4b8d4df.txt"
PUB = date(2024, 11, 7)  # a Thursday

KNOWN = [
    ("North Korean", "North Korea", "NORP"), ("North Korea", "North Korea", "GPE"), ("DPRK", "North Korea", "GPE"),
    ("Pyongyang", "North Korea", "GPE"), ("Russian", "Russia", "NORP"), ("Russia", "Russia", "GPE"),
    ("Ukrainian", "Ukraine", "NORP"), ("Ukraine", "Ukraine", "GPE"), ("Kursk", "Kursk", "LOC"),
    ("Kursk Oblast", "Kursk", "LOC"), ("U.S.", "United States", "GPE"), ("Pentagon", "Pentagon", "ORG"),
    ("European Union", "European Union", "ORG"), ("South Korea", "South Korea", "GPE"),
    ("NIS", "National Intelligence Service", "ORG"), ("Zelenskyy", "Volodymyr Zelenskyy", "PERSON"),
    ("Kharkiv", "Kharkiv", "GPE"), ("Gaza", "Gaza", "GPE"), ("Samsung", "Samsung Electronics", "ORG"),
    ("Lloyd Austin", "Lloyd Austin", "PERSON"), ("Kyiv", "Kyiv", "GPE"),
]


def ents(text: str, known=KNOWN) -> list[Entity]:
    """Hand-made entity mentions: every whole-word occurrence, longest first."""
    out = []
    for surface, name, typ in known:
        for m in re.finditer(r"(?<![\w])" + re.escape(surface) + r"(?![\w])", text):
            out.append(Entity("a1", name.lower().replace(" ", "_"), name, typ, surface, m.start(), m.end()))
    out.sort(key=lambda e: (e.start_char, -(e.end_char - e.start_char)))
    kept, last = [], -1
    for e in out:
        if e.start_char >= last:
            kept.append(e)
            last = e.end_char
    return kept


def figs(text, published=PUB, quotes=()):
    return extract_figures(text, "a1", published, ents(text), list(quotes))


def one(text, **kw):
    found = figs(text, **kw)
    assert len(found) == 1, [f.text for f in found]
    return found[0]


def seed_text() -> str:
    raw = SEED.read_text(encoding="utf-8")
    body = raw.strip().split("\n", 1)[1]
    return "\n\n".join(p.strip() for p in re.split(r"\n\s*\n", body) if p.strip())


def real(text, published=PUB):
    """Figures with the real entity and quote extractors and the shipped catalog."""
    try:
        from newslake.catalog_io import load_catalog
        from transforms.entities import extract_entities
        from transforms.quotes import extract_quotes
    except ImportError:  # pragma: no cover - depends on the tree
        pytest.skip("entities/quotes extractors not importable")
    catalog = load_catalog()
    entities = extract_entities(text, "a1", catalog)
    quotes = extract_quotes(text, "a1", entities, catalog)
    return extract_figures(text, "a1", published, entities, quotes)


def by_text(found, phrase):
    return next(f for f in found if f.text == phrase)
