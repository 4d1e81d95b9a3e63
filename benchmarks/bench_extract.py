"""Wall time: trafilatura alone (one process) vs the whole newslake per-article pipeline.

    python benchmarks/bench_extract.py [--copies N] [--repeat R]

Both run in the same process on the same pages (the extraction gold pages and
the sample mirror pages, each repeated ``--copies`` times under distinct URLs),
given as text:

* trafilatura alone: ``trafilatura.extract(page, url=url)`` with its defaults,
  one page after the other in this process;
* newslake: ``newslake.parallel.extract_documents`` on RawDocuments of kind
  "html", which runs extraction, entities, quotes and figures on every core,
  process-pool start-up included.

The best of ``--repeat`` runs of each is reported, then the ratio
(pipeline / trafilatura; target <= 1). It is measured twice: on the lean test
pages as they are (3-21 KB, where trafilatura runs at 250-400 pages/s), and on
the same pages at full weight (``benchmarks/page_weight.py``: a news site's
chrome around each, where trafilatura runs at the 30-40 pages/s it manages on
real news pages here).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def load_pages(copies: int) -> list[tuple[str, str]]:
    from transforms.html import decode_html

    files = sorted((ROOT / "benchmarks" / "extraction_gold" / "pages").glob("*.html"))
    files += sorted((ROOT / "data" / "sample" / "mirror").rglob("*.html"))
    pages = []
    for copy in range(copies):
        for path in files:
            url = f"https://{path.parent.name}.example/{copy}/{path.stem}"
            pages.append((url, decode_html(path.read_bytes())))
    return pages


def run_trafilatura(pages) -> tuple[float, int]:
    import trafilatura

    started = time.perf_counter()
    ok = sum(bool(trafilatura.extract(html, url=url)) for url, html in pages)
    return time.perf_counter() - started, ok


def run_pipeline(pages) -> tuple[float, int]:
    from newslake.parallel import extract_documents
    from transforms.pipeline import RawDocument

    docs = [RawDocument(id=str(i), kind="html", body=html, url=url) for i, (url, html) in enumerate(pages)]
    started = time.perf_counter()
    results = extract_documents(docs)
    elapsed = time.perf_counter() - started
    return elapsed, sum(doc.article is not None for doc, _ in results)


def run_extract_html(pages) -> tuple[float, int]:
    from transforms.html import ExtractionError, extract_html

    started = time.perf_counter()
    ok = 0
    for url, html in pages:
        try:
            ok += bool(extract_html(html, url=url).text)
        except ExtractionError:
            pass
    return time.perf_counter() - started, ok


def run_pipeline_one_process(pages) -> tuple[float, int]:
    from newslake.parallel import extract_documents
    from transforms.pipeline import RawDocument

    docs = [RawDocument(id=str(i), kind="html", body=html, url=url) for i, (url, html) in enumerate(pages)]
    started = time.perf_counter()
    results = extract_documents(docs, processes=1)
    return time.perf_counter() - started, sum(doc.article is not None for doc, _ in results)


def measure(label: str, pages, repeat: int) -> float:
    """Print trafilatura vs the pipeline on ``pages``; return the ratio."""
    from newslake.parallel import workers

    mb = sum(len(h) for _, h in pages) / 1e6
    print(f"{label}: {len(pages)} pages ({mb:.1f} MB of HTML), {workers()} worker processes, {os.cpu_count()} CPUs")
    traf = min((run_trafilatura(pages) for _ in range(repeat)), key=lambda r: r[0])
    pipe = min((run_pipeline(pages) for _ in range(repeat)), key=lambda r: r[0])
    print(f"  trafilatura.extract alone, 1 process: {traf[0]:7.2f} s  ({traf[1]} pages with text, "
          f"{1000 * traf[0] / len(pages):.1f} ms/page)")
    print(f"  newslake pipeline, all cores:         {pipe[0]:7.2f} s  ({pipe[1]} articles, "
          f"{1000 * pipe[0] / len(pages):.1f} ms/page)")
    print(f"  ratio pipeline / trafilatura: {pipe[0] / traf[0]:.2f}  (target <= 1.00)")
    # Where the time goes (one process each, so the numbers do not depend on free cores).
    ext = min((run_extract_html(pages) for _ in range(repeat)), key=lambda r: r[0])
    one = min((run_pipeline_one_process(pages) for _ in range(repeat)), key=lambda r: r[0])
    print(f"    newslake extract_html only, 1 process: {ext[0]:7.2f} s  ({ext[0] / traf[0]:.2f} x trafilatura)")
    print(f"    newslake pipeline, 1 process:          {one[0]:7.2f} s  ({one[0] / traf[0]:.2f} x trafilatura)")
    return pipe[0] / traf[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=8, help="copies of each lean page")
    parser.add_argument("--full-weight-copies", type=int, default=2, help="copies of each full-weight page (0: skip)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from benchmarks.page_weight import full_weight

    lean = measure("lean test pages", load_pages(args.copies), args.repeat)
    full = None
    if args.full_weight_copies:
        pages = [(url, full_weight(html, i)) for i, (url, html) in enumerate(load_pages(args.full_weight_copies))]
        full = measure("full-weight pages (benchmarks/page_weight.py)", pages, args.repeat)
    print(f"ratio on lean pages {lean:.2f}" + (f", on full-weight pages {full:.2f}" if full is not None else "")
          + "  (target <= 1.00)")
    if hasattr(os, "getloadavg"):
        print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
