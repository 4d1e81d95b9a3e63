"""Run every benchmark and quality evaluation in turn (`make bench`).

Speed and memory targets live here, never in timed unit tests. Each script
prints its own figures; this runner only sequences them and reports which
failed to run. Pass names to run a subset: `python -m benchmarks.run_all fetch`.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = [
    "eval_extraction.py",
    "eval_syndication.py",
    "eval_figures.py",
    "eval_figures.py benchmarks/figures_heldout/round3.jsonl",
    "eval_figures.py benchmarks/figures_heldout/round4.jsonl",
    "eval_figures.py benchmarks/figures_heldout/round5.jsonl --half held",
    "eval_figures.py benchmarks/figures_heldout/round5_sentences.jsonl --half held",
    "eval_quotes_entities.py",
    "eval_quotes_entities.py benchmarks/quotes_heldout/round1.jsonl --half=held",
    "eval_pages.py benchmarks/pages_heldout/gold.jsonl --half held",
    "page_weight.py",
    "bench_extract.py",
    "bench_annotators.py",
    "bench_fetch.py",
    "bench_warehouse.py",
]


def main(argv: list[str]) -> int:
    chosen = [s for s in SCRIPTS if not argv or any(a in s for a in argv)]
    failed = []
    for script in chosen:
        print(f"\n=== {script}", flush=True)
        started = time.perf_counter()
        name, *args = script.split()
        result = subprocess.run([sys.executable, str(HERE / name), *args], cwd=HERE.parent)
        print(f"--- {script}: exit {result.returncode} in {time.perf_counter() - started:.1f}s", flush=True)
        if result.returncode:
            failed.append(script)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
