"""Stand-alone sanity check of the held-out figures gold (rounds 5 and 6; round 6 by default).

    python benchmarks/figures_heldout/check_gold.py [FILE.jsonl ...]

Written for round 6 from round 5's checker, which it replaces (round 5's files pass it with
0 errors). Differences from that one: catalog rows are merged by entity_id (so a
places_en.csv alias such as "Seville" joins its city), a name shared by several entities
(Naples, Limerick) accepts the country of any of them, and the unit lists know a few more
currencies and measures.

Imports nothing from the project: it reads the JSON lines and the catalog CSVs only.
Errors make the exit status 1; warnings are printed for a human to judge.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CATALOG_DIR = HERE.parents[1] / "data" / "catalog"
DEFAULT = [HERE / "round6.jsonl", HERE / "round6_sentences.jsonl"]

FIG_KEYS = {
    "text", "value_low", "value_high", "qualifier", "unit", "subject", "subject_source",
    "location", "location_source", "location_country", "attributed_to", "conduit",
}
OPTIONAL = {"occurrence", "as_of"}
SOURCES = {"sentence", "context", None}
MONEY = {"usd", "eur", "gbp", "jpy", "krw", "sgd", "myr", "inr", "cny", "rub", "uah", "aud",
         "cad", "chf", "dkk", "twd", "try", "idr", "hkd", "thb", "php", "vnd", "brl", "mxn",
         "nzd", "sek", "nok", "pln", "zar", "ils", "sar", "aed", "egp", "pkr", "ngn", "kes"}
MEASURES = {"km", "m", "mm", "km2", "miles", "feet", "inches", "yards", "km/h", "mph", "w", "kw",
            "mw", "gw", "mwh", "gwh", "mb", "gb", "tb", "kg", "tonnes", "hectares", "acres",
            "gallons", "degrees_c", "degrees_f", "degrees", "cm", "g", "twh", "mbps", "gbps", "kwh",
            "barrels", "litres", "knots"}
ABBREV = ("Rep.", "Mr.", "Ms.", "Dr.", "Co.", "Inc.", "U.S.", "Oct.", "Feb.", "Sept.", "No.")


def load_catalog():
    merged = {}
    for path in sorted(CATALOG_DIR.glob("*.csv")):
        with open(path, encoding="utf-8") as fh:
            lines = [line for line in fh if not line.startswith("#")]
        for r in csv.DictReader(lines):
            if not r.get("entity_id"):
                continue
            m = merged.setdefault(r["entity_id"], {"aliases": set(), "adjectives": set()})
            for key in ("name", "type", "country_id"):
                if r.get(key):
                    m[key] = r[key]
            for key in ("aliases", "adjectives"):
                m[key] |= {a for a in (r.get(key) or "").split("|") if a}
    info = {}
    for eid, r in merged.items():
        if not r.get("name"):
            continue
        if eid.startswith("country:"):
            country = r["name"]
        else:
            parent = merged.get(r.get("country_id") or "")
            country = parent.get("name") if parent else None
        entry = info.setdefault(r["name"], {"countries": set(), "forms": set(), "is_country": False})
        entry["countries"].add(country)
        entry["forms"] |= {r["name"]} | r["aliases"] | r["adjectives"]
        entry["is_country"] |= eid.startswith("country:")
    return info


def sentences(text):
    """(start, end) spans of sentences: a rough splitter, good enough for warnings."""
    spans, start = [], 0
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z\"“])", para.group()):
            cut = para.start() + m.start()
            if text[:cut].endswith(ABBREV):
                continue
            spans.append((start, cut))
            start = para.start() + m.end()
        spans.append((start, para.end()))
    return spans


def occurrences(text, phrase):
    out, i = [], text.find(phrase)
    while i >= 0:
        out.append(i)
        i = text.find(phrase, i + 1)
    return out


def mentions(chunk, name, cat):
    forms = cat[name]["forms"] if name in cat else {name}
    words = [w for w in re.split(r"\W+", name) if len(w) > 3 and w[0].isupper()]
    if any(re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", chunk) for f in forms):
        return True
    return name not in cat and any(w in chunk for w in words)


def check(path, cat, seen_ids, stats):
    errors, warnings = [], []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        where = f"{path.name}:{n}"
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON ({exc})")
            continue
        for key in ("id", "text", "published", "topic", "figures"):
            if key not in doc:
                errors.append(f"{where}: missing {key}")
        if doc.get("id") in seen_ids:
            errors.append(f"{where}: duplicate id {doc.get('id')}")
        seen_ids.add(doc.get("id"))
        text = doc["text"]
        try:
            dt.date.fromisoformat(doc["published"])
        except ValueError:
            errors.append(f"{where}: bad published date")
        stats["docs"] += 1
        stats["paragraphs"] += len(text.split("\n\n"))
        sents = sentences(text)
        for fig in doc["figures"]:
            w = f"{where} [{fig.get('text')!r}]"
            stats["figures"] += 1
            keys = set(fig)
            if not FIG_KEYS <= keys or keys - FIG_KEYS - OPTIONAL:
                errors.append(f"{w}: keys {sorted(keys ^ FIG_KEYS)}")
                continue
            occ = occurrences(text, fig["text"])
            if not occ:
                errors.append(f"{w}: text not in document")
                continue
            k = fig.get("occurrence", 0)
            if len(occ) > 1 and "occurrence" not in fig:
                errors.append(f"{w}: occurs {len(occ)} times, no occurrence given")
            if k >= len(occ):
                errors.append(f"{w}: occurrence {k} out of range")
                continue
            start = occ[k]
            end = start + len(fig["text"])
            if (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
                warnings.append(f"{w}: span cuts a word")
            lo, hi = fig["value_low"], fig["value_high"]
            for v in (lo, hi):
                if v is not None and not isinstance(v, (int, float)):
                    errors.append(f"{w}: non-numeric bound {v!r}")
            if lo is None and hi is None:
                errors.append(f"{w}: both bounds open")
            if lo is not None and hi is not None and lo > hi:
                errors.append(f"{w}: bounds out of order")
            q = fig["qualifier"]
            if (lo is None or hi is None) and not q:
                errors.append(f"{w}: open bound without qualifier")
            if q and q not in fig["text"]:
                warnings.append(f"{w}: qualifier {q!r} not inside the span")
            if q and q not in text:
                errors.append(f"{w}: qualifier {q!r} not in text")
            unit = fig["unit"]
            if unit != unit.lower():
                errors.append(f"{w}: unit not lower case")
            if unit == "share" and any(v is not None and not 0 <= v <= 1 for v in (lo, hi)):
                errors.append(f"{w}: share outside [0, 1]")
            stats["units"][("money" if unit in MONEY else "measure" if unit in MEASURES
                            else unit)] += 1
            for role in ("subject", "location"):
                val, src = fig[role], fig[f"{role}_source"]
                if src not in SOURCES:
                    errors.append(f"{w}: bad {role}_source {src!r}")
                if (val is None) != (src is None):
                    errors.append(f"{w}: {role} and {role}_source disagree")
            lc = fig["location_country"]
            if fig["location"] is None and lc is not None:
                errors.append(f"{w}: location_country without location")
            if lc is not None and not (lc in cat and cat[lc]["is_country"]):
                errors.append(f"{w}: location_country {lc!r} is not a catalog country")
            if fig["location"] in cat and lc not in cat[fig["location"]]["countries"]:
                errors.append(f"{w}: location_country {lc!r} not among catalog "
                              f"{sorted(map(str, cat[fig['location']]['countries']))}")
            for role in ("subject", "location", "attributed_to", "conduit"):
                val = fig[role]
                if val is not None and val not in cat and val not in text:
                    errors.append(f"{w}: {role} {val!r} neither a catalog name nor in the text")
            if "as_of" in fig:
                try:
                    dt.date.fromisoformat(fig["as_of"])
                except (TypeError, ValueError):
                    errors.append(f"{w}: bad as_of {fig['as_of']!r}")
            # sentence/context claims, checked roughly
            sent = next((text[a:b] for a, b in sents if a <= start < b), text)
            for role in ("subject", "location"):
                val, src = fig[role], fig[f"{role}_source"]
                if val is None:
                    continue
                here = mentions(sent, val, cat)
                if src == "sentence" and not here:
                    warnings.append(f"{w}: {role} {val!r} marked sentence, not seen in sentence")
                if src == "context" and here:
                    warnings.append(f"{w}: {role} {val!r} marked context, seen in sentence")
                stats[f"{role}_{src}"] += 1
    return errors, warnings


def main(argv):
    cat = load_catalog()
    paths = [Path(a) for a in argv] or DEFAULT
    seen, all_err = set(), []
    for path in paths:
        stats = Counter()
        stats["units"] = Counter()
        errors, warnings = check(path, cat, seen, stats)
        all_err += errors
        print(f"== {path.name}: {stats['docs']} documents, {stats['paragraphs']} paragraphs, "
              f"{stats['figures']} figures; {len(errors)} errors, {len(warnings)} warnings")
        for msg in errors:
            print("ERROR", msg)
        for msg in warnings:
            print("warn ", msg)
    return 1 if all_err else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
