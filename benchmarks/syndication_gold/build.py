"""Syndication gold: rewritten copies of one story, and different stories on one event.

    python benchmarks/syndication_gold/build.py

writes ``docs.jsonl`` (id, text, published, story) and ``pairs.jsonl``
(a, b, same, kind). Originals are the extraction-gold articles
(benchmarks/extraction_gold/articles.py). Copies imitate what syndication
does to a wire story: another outlet's dateline and agency credit, inline
clutter (READ MORE links, "Advertisement", photo credits, an editor's note),
the last paragraph(s) trimmed for space, light copy-editing (said/told,
percent/%, spelled numbers, British spelling, a reworded sentence), and
combinations. Different-story pairs are the articles of one event written by
different outlets: they share names, numbers and sometimes a quoted statement.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "extraction_gold"))
from articles import ARTICLES  # noqa: E402

EDITS = [
    (r"\bsaid on (\w+day)\b", r"said \1"), (r"\bpercent\b", "%"), (r"\babout\b", "around"),
    (r"\bsaid\b", "told reporters"), (r"\bcenter\b", "centre"), (r"\bneighborhoods\b", "neighbourhoods"),
    (r"\bmore than\b", "over"), (r"\bbegin\b", "start"), (r"\bexpected\b", "forecast"),
    (r"\b12\b", "twelve"), (r"\bthe company\b", "the firm"), (r"\bOn (\w+day)\b", r"On \1,"),
]
CLUTTER = ["Advertisement", "READ MORE: Five things to know this week",
           "(Photo: Handout via wire service)", "Story continues below"]
DATELINES = ["LONDON (World Wire) -", "(Global Press) -", "NEW YORK, (News Agency) -", "WIRE SERVICE -"]


def edit(paragraphs: list[str], rng: random.Random, n: int) -> list[str]:
    out = list(paragraphs)
    for pattern, repl in rng.sample(EDITS, n):
        i = rng.randrange(len(out))
        out[i] = re.sub(pattern, repl, out[i], count=1)
    # reword one sentence: drop a trailing clause
    i = rng.randrange(len(out))
    out[i] = re.sub(r", (?:which|who|where|according to)[^.]*\.", ".", out[i], count=1)
    return out


def variants(art: dict, rng: random.Random) -> list[tuple[str, list[str]]]:
    ps = art["paragraphs"]
    clutter = lambda p: p[:2] + [rng.choice(CLUTTER)] + p[2:4] + [rng.choice(CLUTTER)] + p[4:]  # noqa: E731
    dateline = lambda p: [f"{rng.choice(DATELINES)} {p[0]}"] + p[1:]  # noqa: E731
    note = lambda p: ["Editor's note: This story has been updated with additional details."] + p  # noqa: E731
    return [
        ("clutter+dateline", clutter(dateline(ps))),
        ("trim-last", ps[:-1]),
        ("light-edits", edit(ps, rng, 4)),
        ("trim+edits+clutter", note(clutter(edit(ps[:-1], rng, 3)))),
        ("first-three", dateline(ps[:3])),
        ("heavy-edits", edit(edit(ps, rng, 5), rng, 5)),
    ]


def main() -> None:
    rng = random.Random(7)
    docs, pairs = [], []
    for art in ARTICLES:
        published = datetime.fromisoformat(art["published"])
        docs.append({"id": art["id"], "text": "\n\n".join(art["paragraphs"]),
                     "published": published.isoformat(), "story": art["id"], "kind": "original"})
    copies = 0
    for art in ARTICLES:
        published = datetime.fromisoformat(art["published"])
        # two copy kinds per article, rotating through the six: 62 copies
        all_variants = variants(art, rng)
        k = sum(map(ord, art["id"])) % len(all_variants)
        for j, (kind, ps) in enumerate([all_variants[k], all_variants[(k + 3) % len(all_variants)]]):
            cid = f"{art['id']}-copy{j}"
            docs.append({"id": cid, "text": "\n\n".join(ps),
                         "published": (published + timedelta(hours=1 + 5 * j)).isoformat(),
                         "story": art["id"], "kind": kind})
            pairs.append({"a": art["id"], "b": cid, "same": True, "kind": kind})
            copies += 1
    by_event: dict[str, list[dict]] = {}
    for art in ARTICLES:
        by_event.setdefault(art["event"], []).append(art)
    for event, arts in by_event.items():
        for x, y in itertools.combinations(arts, 2):
            pairs.append({"a": x["id"], "b": y["id"], "same": False, "kind": f"same-event:{event}"})
        # The hardest negative: a follow-up story by the same desk that reuses the two
        # background paragraphs of the earlier one verbatim. It is the later story
        # (with background), not a copy of the earlier one.
        x, y = arts[0], arts[1]
        fid = f"{y['id']}-withbg"
        published = datetime.fromisoformat(y["published"]) + timedelta(hours=2)
        docs.append({"id": fid, "text": "\n\n".join(y["paragraphs"] + x["paragraphs"][-2:]),
                     "published": published.isoformat(), "story": y["id"], "kind": "follow-up+background"})
        pairs.append({"a": x["id"], "b": fid, "same": False, "kind": f"shared-background:{event}"})
        pairs.append({"a": y["id"], "b": fid, "same": True, "kind": "added-background"})
    (HERE / "docs.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    (HERE / "pairs.jsonl").write_text("".join(json.dumps(p) + "\n" for p in pairs), encoding="utf-8")
    print(f"{len(docs)} documents ({copies} copies), {sum(p['same'] for p in pairs)} copy pairs, "
          f"{sum(not p['same'] for p in pairs)} different-story pairs")


if __name__ == "__main__":
    main()
