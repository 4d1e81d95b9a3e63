"""Stand-alone sanity check for the held-out quote/entity gold file (round2.jsonl).

    python benchmarks/quotes_heldout/check_round2.py [FILE]

Checks: every line parses as JSON with the expected fields and types; ids are unique;
outlet_kind and entity type are from the allowed sets; the text has 4-10 paragraphs
separated by blank lines; a non-null dateline starts the text; every quote's words occur in
the text, each part in turn (a quote joined from several parts, split by its attribution or
continued across paragraphs, is segmented greedily into the longest pieces that occur
verbatim, in order); every entity surface occurs in the text as a whole word; no surface is
listed twice in one article. Does not import anything from the project.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

KINDS = {"wire", "broadsheet", "tabloid", "local", "sport", "business"}
TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP"}


def segment(quote: str, text: str) -> list[str] | None:
    """Split quote (parts joined by single spaces) into pieces found in text, in order."""
    words = quote.split(" ")
    pieces, i, pos = [], 0, 0
    while i < len(words):
        best = None
        for j in range(len(words), i, -1):
            cand = " ".join(words[i:j])
            k = text.find(cand, pos)
            if k >= 0:
                best = (j, cand, k)
                break
        if best is None:
            return None
        j, cand, k = best
        pieces.append(cand)
        pos = k + len(cand)
        i = j
    return pieces


def check(path: Path) -> int:
    errors = 0
    ids: set[str] = set()
    n_art = n_q = n_e = 0

    def err(where: str, msg: str) -> None:
        nonlocal errors
        errors += 1
        print(f"ERROR {where}: {msg}")

    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"line {lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            err(where, f"not JSON: {exc}")
            continue
        n_art += 1
        aid = rec.get("id")
        where = f"line {lineno} ({aid})"
        if not isinstance(aid, str) or not aid:
            err(where, "missing id")
        elif aid in ids:
            err(where, "duplicate id")
        ids.add(aid)
        if rec.get("outlet_kind") not in KINDS:
            err(where, f"bad outlet_kind {rec.get('outlet_kind')!r}")
        text = rec.get("text")
        if not isinstance(text, str) or not text:
            err(where, "missing text")
            continue
        paras = text.split("\n\n")
        if not 4 <= len(paras) <= 10:
            err(where, f"{len(paras)} paragraphs")
        if any(not p.strip() or p != p.strip() for p in paras):
            err(where, "empty paragraph or stray whitespace")
        dl = rec.get("dateline")
        if dl is not None and (not isinstance(dl, str) or not text.startswith(dl)):
            err(where, f"dateline {dl!r} does not start the text")
        for q in rec.get("quotes", []):
            n_q += 1
            if set(q) != {"quote", "speaker", "partial"}:
                err(where, f"quote keys {sorted(q)}")
            if not isinstance(q.get("partial"), bool):
                err(where, "partial not a bool")
            if not isinstance(q.get("speaker"), str) or not q["speaker"].strip():
                err(where, "empty speaker")
            qt = q.get("quote", "")
            if not qt or segment(qt, text) is None:
                err(where, f"quote words not found in text: {qt[:70]!r}")
        seen: set[str] = set()
        for e in rec.get("entities", []):
            n_e += 1
            if set(e) != {"surface", "name", "type"}:
                err(where, f"entity keys {sorted(e)}")
            s = e.get("surface", "")
            if s in seen:
                err(where, f"surface listed twice: {s!r}")
            seen.add(s)
            if e.get("type") not in TYPES:
                err(where, f"bad entity type {e.get('type')!r}")
            if not e.get("name"):
                err(where, f"empty name for {s!r}")
            if not s or not re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text):
                err(where, f"surface not in text: {s!r}")
    print(f"{path}: {n_art} articles, {n_q} quotes, {n_e} entities, {errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("round2.jsonl")
    sys.exit(check(target))
