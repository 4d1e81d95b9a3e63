"""Fetcher throughput against a loopback server serving 2,000 pages.

    /work/main/.venv/bin/python benchmarks/bench_fetch.py [--pages 2000] [--workers 16] [--archive]

Run 1 fetches every page (200, ~6 KB of HTML each, with an ETag); run 2 uses
a new Fetcher on the same state_dir, so every page is a conditional request
answered 304. Politeness is turned off for 127.0.0.1 (the only host), so the
numbers measure the fetcher (and the single-process Python test server,
which is likely the bottleneck), not the per-host delay.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from http_server import LocalServer, Response  # noqa: E402
from newslake.archive import WarcArchive  # noqa: E402
from newslake.config import FeedConfig  # noqa: E402
from newslake.fetch import Fetcher  # noqa: E402

FEED = FeedConfig(name="bench", kind=None, url="http://127.0.0.1/", allow_private=True)


def page(n: int) -> bytes:
    para = f"<p>Paragraph of page {n}: officials said the figures were preliminary.</p>\n"
    return (f"<html><head><title>Page {n}</title></head><body>{para * 80}</body></html>").encode()


def run(urls: list[str], state: Path, workers: int, archive_dir: Path | None, label: str) -> dict:
    archive = WarcArchive(archive_dir, label) if archive_dir else None
    try:
        with Fetcher("newslake-bench/0.1", state, archive, max_workers=workers) as fetcher:
            fetcher.set_politeness("127.0.0.1", concurrency=workers, delay=0.0)
            started = time.perf_counter()
            results = fetcher.fetch_many(urls, FEED)
            elapsed = time.perf_counter() - started
    finally:
        if archive:
            archive.close()
    errors = [r.error for r in results if r.error]
    latencies = sorted(r.elapsed_ms for r in results)
    return {
        "label": label,
        "pages": len(results),
        "seconds": elapsed,
        "pages_per_s": len(results) / elapsed,
        "status": sorted({r.status for r in results}),
        "from_cache": sum(r.from_cache for r in results),
        "errors": len(errors),
        "first_error": errors[0] if errors else None,
        "bytes": sum(r.bytes for r in results),
        "p50_ms": statistics.median(latencies),
        "p95_ms": latencies[int(len(latencies) * 0.95) - 1],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=16)
    parser.add_argument("--archive", action="store_true", help="also write a WARC archive")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp, LocalServer() as server:
        tmp_path = Path(tmp)
        urls = [
            server.add(f"/article/{n}", Response(body=page(n), etag=f'"p{n}"'))
            for n in range(args.pages)
        ]
        archive_dir = tmp_path / "raw" if args.archive else None
        first = run(urls, tmp_path / "state", args.workers, archive_dir, "cold")
        second = run(urls, tmp_path / "state", args.workers, archive_dir, "rerun-304")
        for result in (first, second):
            print(
                f"{result['label']:>10}: {result['pages']} pages in {result['seconds']:.2f}s = "
                f"{result['pages_per_s']:.0f} pages/s; status {result['status']}, "
                f"304s {result['from_cache']}, errors {result['errors']} {result['first_error'] or ''}, "
                f"{result['bytes'] / 1e6:.1f} MB, latency p50 {result['p50_ms']:.1f} ms "
                f"p95 {result['p95_ms']:.1f} ms"
            )
        print(f"rerun cost: {second['seconds'] / first['seconds']:.0%} of the cold run "
              f"({second['seconds'] * 1000 / second['pages']:.2f} ms/page vs "
              f"{first['seconds'] * 1000 / first['pages']:.2f} ms/page)")
        print(f"server requests: {len(server.requests)} (incl. robots.txt per run)")


if __name__ == "__main__":
    main()
