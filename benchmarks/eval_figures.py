"""Evaluate transforms.figures.extract_figures on a gold set of figures.

    python benchmarks/eval_figures.py [GOLD.jsonl] [--verbose] [--auto-entities] [--half dev|held]

Gold lines: {"text": paragraph, "published": "YYYY-MM-DD", "entities": [...],
"quotes": [...], "figures": [{"text", "value_low", "value_high", "unit",
"subject", "location", "attributed_to", "qualifier"[, "attributed_entity_id",
"as_of"]}]}. ``entities`` items are
either full mentions ({"name", "type", "start_char", "end_char"[, "surface",
"entity_id"]}) or {"surface", "name", "type"}, placed at every whole-word
occurrence of the surface. ``quotes`` items are {"quote", "speaker"[, "cue"]}
or carry their own offsets. Without hand-made entities/quotes the script uses
transforms.entities / transforms.quotes when they import, else none
(``--auto-entities`` prefers them even where hand-made ones exist).

A predicted figure matches the gold figure whose span it overlaps most (one to
one). Printed: detection precision/recall (overlap), precision/recall of exact
bounds (a prediction counts when it matches a gold figure with the same
value_low and value_high, nulls included), and accuracy of unit, subject,
location, attributed_to and qualifier over matched pairs. attributed_entity_id
and as_of are scored only on gold figures that carry the key (entity ids are
only meaningful with real entities: give such documents no hand-made
``entities`` so that transforms.entities.extract_entities and the shipped
catalog, newslake.catalog_io.load_catalog(), build them).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from transforms.figures import extract_figures  # noqa: E402
from transforms.records import Entity, Quote  # noqa: E402

try:  # other developers' modules, optional
    from transforms.entities import extract_entities  # type: ignore
except Exception:  # pragma: no cover - depends on the tree
    extract_entities = None
try:
    from transforms.quotes import extract_quotes  # type: ignore
except Exception:  # pragma: no cover
    extract_quotes = None


def _catalog():
    try:
        from newslake.catalog_io import load_catalog  # type: ignore

        return load_catalog()
    except Exception:
        return None

DEFAULT_GOLD = ROOT / "tests" / "gold" / "figures_gold.jsonl"
FIELDS = ("unit", "subject", "location", "attributed_to", "qualifier")
# scored where the gold figure has the key; gold "conduit" is the prediction's attributed_via
OPTIONAL_FIELDS = ("attributed_entity_id", "as_of", "location_country", "subject_source", "location_source",
                   "conduit")
_PRED_NAME = {"conduit": "attributed_via"}


def gold_entities(text: str, items: list[dict], article_id: str) -> list[Entity]:
    out: list[Entity] = []
    for it in items:
        name = it.get("name") or it.get("surface")
        typ = it.get("type", "GPE")
        eid = it.get("entity_id") or (name or "").lower().replace(" ", "_")
        if "start_char" in it and "end_char" in it:
            s, e = int(it["start_char"]), int(it["end_char"])
            out.append(Entity(article_id, eid, name, typ, it.get("surface", text[s:e]), s, e))
            continue
        surface = it.get("surface") or name
        for m in re.finditer(r"(?<![\w])" + re.escape(surface) + r"(?![\w])", text):
            out.append(Entity(article_id, eid, name, typ, surface, m.start(), m.end()))
    # longest mention wins where they overlap ("North Korean" over "North Korea")
    out.sort(key=lambda e: (e.start_char, -(e.end_char - e.start_char)))
    kept: list[Entity] = []
    last_end = -1
    for e in out:
        if e.start_char >= last_end:
            kept.append(e)
            last_end = e.end_char
    return kept


def gold_quotes(text: str, items: list[dict], article_id: str) -> list[Quote]:
    out = []
    for i, it in enumerate(items):
        if "start_char" in it:
            s, e = int(it["start_char"]), int(it["end_char"])
        else:
            s = text.find(it["quote"])
            if s < 0:
                continue
            e = s + len(it["quote"])
        out.append(Quote(f"q{i}", article_id, it.get("quote", text[s:e]), it.get("speaker"), None,
                         it.get("cue"), s, e))
    return out


def same_value(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    a, b = float(a), float(b)
    return abs(a - b) <= 1e-3 * max(1.0, abs(a), abs(b)) if abs(b) < 1 else abs(a - b) <= 1e-6 * max(1.0, abs(b))


def norm(v):
    if v is None:
        return None
    return " ".join(str(v).split()).lower()


# --names canonical: a name and its canonical form are one answer. The pipeline names a linked
# entity by the catalog's canonical name ("Meteorological Agency (Japan)", "Ministry of
# Agriculture") where an annotator writes the text's form ("Japan Meteorological Agency",
# "Agriculture Ministry"); a place may carry its kind ("Kumamoto Prefecture" is Kumamoto).
_NAME_FIELDS = ("subject", "location", "attributed_to")
_FILLER = frozenset("the of 's for".split())
_PLACE_KINDS = frozenset("prefecture province oblast region governorate county district krai".split())
_SPELLINGS = {"defence": "defense", "organisation": "organization", "centre": "center"}


def _name_words(v, field: str) -> frozenset[str]:
    words = re.findall(r"[\w.&-]+", str(v).lower().replace("\u2019", "'").replace("'s ", " "))
    words = [_SPELLINGS.get(w, w) for w in words if w not in _FILLER]
    if field == "location":
        words = [w for w in words if w not in _PLACE_KINDS] or words
    return frozenset(words)


def same_name(pred, gold, field: str, catalog) -> bool:
    """Equal as written, or (--names canonical) the same catalog entity or the same name words."""
    if norm(pred) == norm(gold):
        return True
    if pred is None or gold is None or field not in _NAME_FIELDS or catalog is None:
        return False
    a, b = catalog.lookup(str(pred)), catalog.lookup(str(gold))
    return (a is not None and b is not None and a.entity_id == b.entity_id
            or _name_words(pred, field) == _name_words(gold, field))


def locate(text: str, phrase: str, taken: list[tuple[int, int]], occurrence: int | None = None
           ) -> tuple[int, int] | None:
    if occurrence is not None:  # the gold names which occurrence it means
        i = -1
        for _ in range(occurrence + 1):
            i = text.find(phrase, i + 1)
            if i < 0:
                return None
        return (i, i + len(phrase))
    start = 0
    while True:
        i = text.find(phrase, start)
        if i < 0:
            return None
        span = (i, i + len(phrase))
        if span not in taken:
            return span
        start = i + 1


def run(gold_path: Path, verbose: bool = False, auto_entities: bool = False, half: str | None = None,
        names: str = "exact") -> dict:
    n_pred = n_gold = 0
    det_match = 0
    bounds_ok = 0
    field_ok = {f: 0 for f in FIELDS}
    opt_ok = {f: 0 for f in OPTIONAL_FIELDS}
    opt_n = {f: 0 for f in OPTIONAL_FIELDS}
    n_docs = 0
    catalog = _catalog() if (extract_entities or extract_quotes) else None
    name_catalog = (catalog or _catalog()) if names == "canonical" else None
    lines = [json.loads(x) for x in gold_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    if half is not None:  # dev: 1st, 3rd, ... line (tune on these); held: 2nd, 4th, ... (measure only)
        lines = lines[0::2] if half == "dev" else lines[1::2]
    for li, doc in enumerate(lines):
        n_docs += 1
        text = doc["text"]
        aid = f"gold{li}"
        published = date.fromisoformat(doc["published"]) if doc.get("published") else None
        ents: list[Entity] = []
        if doc.get("entities") and not (auto_entities and extract_entities):
            ents = gold_entities(text, doc["entities"], aid)
        elif extract_entities is not None:
            try:
                ents = list(extract_entities(text, aid, catalog))
            except Exception:
                ents = []
        quotes: list[Quote] = []
        if doc.get("quotes"):
            quotes = gold_quotes(text, doc["quotes"], aid)
        elif extract_quotes is not None:
            try:
                quotes = list(extract_quotes(text, aid, ents, catalog))
            except Exception:
                quotes = []
        # with the catalog, as the pipeline calls it: the theatre and location_country need it
        preds = extract_figures(text, aid, published, ents, quotes, catalog)
        golds = []
        taken: list[tuple[int, int]] = []
        for g in doc.get("figures", []):
            span = locate(text, g["text"], taken, g.get("occurrence"))
            if span is None:
                print(f"[gold line {li + 1}] figure text not found: {g['text']!r}", file=sys.stderr)
                span = (-1, -1)
            taken.append(span)
            golds.append((span, g))
        n_pred += len(preds)
        n_gold += len(golds)
        # one-to-one matching by overlap, largest overlap first
        pairs = []
        for pi, p in enumerate(preds):
            for gi, (span, g) in enumerate(golds):
                ov = min(p.end_char, span[1]) - max(p.start_char, span[0])
                if ov > 0:
                    pairs.append((ov, pi, gi))
        pairs.sort(reverse=True)
        used_p, used_g = set(), set()
        matched = []
        for ov, pi, gi in pairs:
            if pi in used_p or gi in used_g:
                continue
            used_p.add(pi)
            used_g.add(gi)
            matched.append((preds[pi], golds[gi][1]))
        det_match += len(matched)
        for p, g in matched:
            ok = same_value(p.value_low, g.get("value_low")) and same_value(p.value_high, g.get("value_high"))
            bounds_ok += ok
            diffs = []
            if not ok:
                diffs.append(f"bounds {p.value_low},{p.value_high} != {g.get('value_low')},{g.get('value_high')}")
            for f in FIELDS:
                if same_name(getattr(p, f), g.get(f), f, name_catalog):
                    field_ok[f] += 1
                else:
                    diffs.append(f"{f} {getattr(p, f)!r} != {g.get(f)!r}")
            for f in OPTIONAL_FIELDS:
                if f not in g:
                    continue
                opt_n[f] += 1
                got = getattr(p, _PRED_NAME.get(f, f), None)
                got = got.isoformat() if hasattr(got, "isoformat") else got
                if norm(got) == norm(g[f]):
                    opt_ok[f] += 1
                else:
                    diffs.append(f"{f} {got!r} != {g[f]!r}")
            if verbose and diffs:
                print(f"[{li + 1}] {g['text']!r}: " + "; ".join(diffs))
        if verbose:
            for pi, p in enumerate(preds):
                if pi not in used_p:
                    print(f"[{li + 1}] FALSE POSITIVE {p.text!r} ({p.value_low}, {p.value_high}, {p.unit})")
            for gi, (span, g) in enumerate(golds):
                if gi not in used_g:
                    print(f"[{li + 1}] MISSED {g['text']!r}")
    m = max(det_match, 1)
    result = {
        "documents": n_docs,
        "gold_figures": n_gold,
        "predicted_figures": n_pred,
        "matched": det_match,
        "detection_precision": det_match / max(n_pred, 1),
        "detection_recall": det_match / max(n_gold, 1),
        "bounds_precision": bounds_ok / max(n_pred, 1),
        "bounds_recall": bounds_ok / max(n_gold, 1),
        "bounds_f1": 2 * bounds_ok / max(n_pred + n_gold, 1),
        **{f"{f}_accuracy": field_ok[f] / m for f in FIELDS},
        **{f"{f}_accuracy": opt_ok[f] / max(opt_n[f], 1) for f in OPTIONAL_FIELDS},
        **{f"{f}_scored": opt_n[f] for f in OPTIONAL_FIELDS},
    }
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD))
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--auto-entities", action="store_true")
    ap.add_argument("--half", choices=("dev", "held"), help="score only the development or the held-out half")
    ap.add_argument("--names", choices=("exact", "canonical"), default="exact",
                    help="canonical: subject, location and attributed_to also match a canonical form of the "
                         "gold name (same catalog entity, or the same name words: 'Ministry of Agriculture' = "
                         "'Agriculture Ministry', 'Kumamoto Prefecture' = 'Kumamoto')")
    args = ap.parse_args(argv)
    res = run(Path(args.gold), args.verbose, args.auto_entities, args.half, args.names)
    print(f"documents {res['documents']}  gold figures {res['gold_figures']}  predicted {res['predicted_figures']}"
          f"  matched {res['matched']}")
    print(f"detection  precision {res['detection_precision']:.3f}  recall {res['detection_recall']:.3f}")
    print(f"exact bounds  precision {res['bounds_precision']:.3f}  recall {res['bounds_recall']:.3f}"
          f"  F1 {res['bounds_f1']:.3f}")
    for f in FIELDS:
        print(f"{f:14s} accuracy {res[f + '_accuracy']:.3f}  (on matched figures)")
    for f in OPTIONAL_FIELDS:
        print(f"{f:14s} accuracy {res[f + '_accuracy']:.3f}  (on {res[f + '_scored']} matched gold figures with the key)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
