"""Per-article cost of the annotators (entities, quotes, figures) vs trafilatura.

    python benchmarks/bench_annotators.py [--repeat R] [--dump FILE]

Texts: the sample corpus (wire dumps through ``transforms.wire.parse_wire``,
the pacific-dispatch feed's ``text`` fields, the mirror HTML pages through
``transforms.html.extract_html``). Each annotator is timed alone on every
text, best of ``--repeat`` passes, and reported in ms per article; for scale,
``trafilatura.extract`` is timed on the mirror pages, as they are (lean: 3-21
KB) and at full weight (``benchmarks/page_weight.py``: the chrome of a news site
around each, where trafilatura runs at the 30-40 pages/s it manages on real
news pages here). The project target is
(entities + quotes + figures) well under a fifth of trafilatura per article.

``--dump FILE`` writes every Figure (``dataclasses.asdict``) produced on the
sample corpus and on the figures gold set (entities/quotes built as
``benchmarks/eval_figures.py`` builds them) to FILE as JSON: diff two dumps to
check that an optimisation did not change the output.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newslake.catalog_io import load_catalog  # noqa: E402
from transforms.entities import extract_entities  # noqa: E402
from transforms.figures import extract_figures  # noqa: E402
from transforms.html import ExtractionError, decode_html, extract_html  # noqa: E402
from transforms.quotes import extract_quotes  # noqa: E402
from transforms.wire import parse_wire  # noqa: E402

PUBLISHED = date(2024, 12, 1)  # fixed, so that as_of is reproducible
SAMPLE = ROOT / "data" / "sample"
GOLD = ROOT / "tests" / "gold" / "figures_gold.jsonl"


def mirror_pages() -> list[tuple[str, str]]:
    """(name, html) of every page under the sample mirror (some have no extension)."""
    return [(str(p.relative_to(SAMPLE)), decode_html(p.read_bytes()))
            for p in sorted((SAMPLE / "mirror").rglob("*")) if p.is_file()]


def sample_texts() -> list[tuple[str, str]]:
    """(name, article text) of the sample corpus: wire, feed and mirror articles."""
    out = []
    for p in sorted((SAMPLE / "wire").glob("*.txt")):
        out.append((f"wire/{p.name}", parse_wire(p.read_text(encoding="utf-8")).text))
    for i, line in enumerate((SAMPLE / "feeds" / "pacific-dispatch.jsonl").read_text(encoding="utf-8").splitlines()):
        if line.strip() and json.loads(line).get("text"):
            out.append((f"feed/{i}", json.loads(line)["text"]))
    for name, page in mirror_pages():
        try:
            out.append((name, extract_html(page).text))
        except ExtractionError:
            pass
    return out


def annotate(texts, catalog) -> list[tuple[str, str, list, list]]:
    """(name, text, entities, quotes) for each text, as the pipeline builds them."""
    out = []
    for name, text in texts:
        ents = extract_entities(text, name, catalog)
        out.append((name, text, ents, extract_quotes(text, name, ents, catalog)))
    return out


def gold_inputs(catalog) -> list[tuple[str, str, object, list, list]]:
    """(id, text, published, entities, quotes) of the figures gold set, built like eval_figures.py."""
    from benchmarks.eval_figures import gold_entities, gold_quotes

    out = []
    for li, line in enumerate(GOLD.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        doc = json.loads(line)
        text, aid = doc["text"], f"gold{li}"
        published = date.fromisoformat(doc["published"]) if doc.get("published") else None
        ents = gold_entities(text, doc["entities"], aid) if doc.get("entities") else extract_entities(text, aid, catalog)
        quotes = gold_quotes(text, doc["quotes"], aid) if doc.get("quotes") else extract_quotes(text, aid, ents, catalog)
        out.append((aid, text, published, ents, quotes))
    return out


def dump(path: Path, catalog) -> int:
    records = []
    for aid, text, published, ents, quotes in gold_inputs(catalog):
        records += [dataclasses.asdict(f) for f in extract_figures(text, aid, published, ents, quotes)]
    for name, text, ents, quotes in annotate(sample_texts(), catalog):
        records += [dataclasses.asdict(f) for f in extract_figures(text, name, PUBLISHED, ents, quotes)]
    path.write_text(json.dumps(records, indent=1, default=str, sort_keys=True), encoding="utf-8")
    return len(records)


def best_ms(fn, items, repeat: int) -> float:
    """Best-of-``repeat`` wall time of ``fn`` over all items, in ms per item."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for it in items:
            fn(it)
        best = min(best, time.perf_counter() - t0)
    return 1000 * best / max(len(items), 1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--dump", type=Path, default=None)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    catalog = load_catalog()
    extract_entities("Officials said on Monday.", "warm-up", catalog)  # builds the automaton
    load_s = time.perf_counter() - t0
    if args.dump:
        print(f"wrote {dump(args.dump, catalog)} figures to {args.dump}")
        return 0
    docs = annotate(sample_texts(), catalog)
    words = sum(len(t.split()) for _, t, _, _ in docs) / max(len(docs), 1)
    ent = best_ms(lambda d: extract_entities(d[1], d[0], catalog), docs, args.repeat)
    quo = best_ms(lambda d: extract_quotes(d[1], d[0], d[2], catalog), docs, args.repeat)
    fig = best_ms(lambda d: extract_figures(d[1], d[0], PUBLISHED, d[2], d[3]), docs, args.repeat)
    import trafilatura

    from benchmarks.page_weight import full_weight

    pages = mirror_pages()
    heavy = [(name, full_weight(page, i)) for i, (name, page) in enumerate(pages)]
    traf = best_ms(lambda p: trafilatura.extract(p[1]), pages, max(1, args.repeat // 2))
    traf_full = best_ms(lambda p: trafilatura.extract(p[1]), heavy, max(1, args.repeat // 2))
    total = ent + quo + fig
    print(f"{len(docs)} articles, {words:.0f} words on average; trafilatura on the {len(pages)} mirror pages")
    print(f"catalog      {load_s:7.3f} s to load {len(catalog.entries)} entries and build the automaton "
          "(once per run, before the workers fork; target < 1.5 s)")
    print(f"entities     {ent:7.3f} ms/article")
    print(f"quotes       {quo:7.3f} ms/article")
    print(f"figures      {fig:7.3f} ms/article")
    print(f"annotators   {total:7.3f} ms/article")
    print(f"trafilatura  {traf:7.3f} ms/article on the lean pages, {traf_full:7.3f} ms on them at full weight")
    print(f"ratio (entities+quotes+figures) / trafilatura = {total / traf:.3f} on lean pages, "
          f"{total / traf_full:.3f} at full weight  (target < 0.2)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
