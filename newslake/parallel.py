"""Extraction over every core: a process pool fed with batches, results in order.

Each worker loads the entity catalog once (pool initializer), so a batch
carries only documents. Small inputs run in-process: starting workers costs
more than extracting a handful of articles.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from transforms.pipeline import RawDocument, process_document
from transforms.records import ExtractedDocument

IN_PROCESS_BELOW = 8
CHUNK = 16

_catalog = None


def _init_worker(catalog_dir: str | None) -> None:
    global _catalog
    from newslake.catalog_io import load_catalog
    from pathlib import Path

    _catalog = load_catalog(Path(catalog_dir) if catalog_dir else None)


def _run_chunk(chunk: Sequence[RawDocument]) -> list[tuple[ExtractedDocument, list[str]]]:
    if _catalog is None:
        _init_worker(None)
    return [process_document(raw, _catalog) for raw in chunk]


def workers() -> int:
    env = os.environ.get("NEWSLAKE_WORKERS")
    if env and env.isdigit() and int(env) > 0:
        return int(env)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def extract_documents(
    docs: Sequence[RawDocument], catalog_dir: str | None = None, processes: int | None = None
) -> list[tuple[ExtractedDocument, list[str]]]:
    """process_document over ``docs`` on every core; output order = input order."""
    processes = processes or workers()
    if processes <= 1 or len(docs) < IN_PROCESS_BELOW:
        _init_worker(catalog_dir)
        return _run_chunk(docs)
    chunks = [docs[i:i + CHUNK] for i in range(0, len(docs), CHUNK)]
    results: list[tuple[ExtractedDocument, list[str]]] = []
    with ProcessPoolExecutor(max_workers=min(processes, len(chunks)), initializer=_init_worker,
                             initargs=(catalog_dir,)) as pool:
        for chunk_result in pool.map(_run_chunk, chunks):
            results.extend(chunk_result)
    return results
