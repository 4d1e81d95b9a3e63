"""Extraction over every core: a process pool fed with batches, results in order.

The parent warms up first (imports the extractors, loads the entity catalog
and the language model) and the pool forks from it, so workers start in
milliseconds instead of each paying a second of model loading. One pool is
kept per process and reused by every batch of a run. Small inputs run
in-process: forking costs more than extracting a handful of articles.

Workers never outlive the run: each asks for SIGKILL when its parent dies
(``PR_SET_PDEATHSIG``) and also watches ``getppid`` (the kernel signal follows
the forking *thread*, which may end before the run). They hold no lake lock
(``newslake.lake`` closes lock descriptors in forked children).
"""

from __future__ import annotations

import atexit
import gc
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TypeVar

from transforms.pipeline import RawDocument, process_document
from transforms.records import ExtractedDocument

T = TypeVar("T")

IN_PROCESS_BELOW = 8
CHUNK = 8

_catalog = None
_pool: ProcessPoolExecutor | None = None
_pool_size = 0


def warm_up(catalog_dir: str | None = None) -> None:
    """Load what every document needs once, before any worker is forked."""
    global _catalog
    first = _catalog is None
    if first:
        from newslake.catalog_io import load_catalog

        _catalog = load_catalog(Path(catalog_dir) if catalog_dir else None)
    from newslake.urls import registered_domain
    from transforms.language import detect_language

    from transforms.entities import extract_entities

    detect_language("warm up the language model with a sentence long enough to classify")
    extract_entities("Officials said on Monday.", "warm-up", _catalog)  # builds the catalog's automaton
    registered_domain("https://www.example.com/")  # loads the public-suffix snapshot once
    if first:
        # What was loaded lives as long as the process: keep it out of every later collection,
        # here and in the forked workers (whose pages then also stay shared). Once only: a later
        # freeze would also pin a batch's garbage.
        gc.freeze()


def _run_chunk(chunk: Sequence[RawDocument]) -> list[tuple[ExtractedDocument, list[str]]]:
    if _catalog is None:
        warm_up(None)
    return [process_document(raw, _catalog) for raw in chunk]


def workers() -> int:
    """Processes for extraction: NEWSLAKE_WORKERS, else every core; 1 in a daemonic process.

    A daemonic process (a Dask worker, a multiprocessing daemon) may not have
    children, so it extracts in-process; its cluster supplies the parallelism.
    """
    if multiprocessing.current_process().daemon:
        return 1
    env = os.environ.get("NEWSLAKE_WORKERS")
    if env and env.isdigit() and int(env) > 0:
        return int(env)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _worker_init(parent: int, forked_by_main_thread: bool) -> None:
    """Tie the worker's life to the run's process (see the module docstring)."""
    from newslake.procs import die_with_parent, watch_parent

    if forked_by_main_thread:  # the signal would fire when a short-lived forking thread ends
        die_with_parent(signal.SIGKILL)
    watch_parent(parent)


def _get_pool(processes: int) -> ProcessPoolExecutor:
    global _pool, _pool_size
    if _pool is None or _pool_size != processes:
        shutdown_pool()
        # fork: workers inherit the warm parent (catalog, model, imports).
        context = multiprocessing.get_context("fork")
        main = threading.current_thread() is threading.main_thread()
        _pool = ProcessPoolExecutor(max_workers=processes, mp_context=context,
                                    initializer=_worker_init, initargs=(os.getpid(), main))
        _pool_size = processes
    return _pool


def shutdown_pool() -> None:
    global _pool
    if _pool is not None:
        _pool.shutdown(wait=True, cancel_futures=True)
        _pool = None


atexit.register(shutdown_pool)


def _map_chunks(run: Callable[[Sequence[RawDocument]], list[T]], docs: Sequence[RawDocument],
                processes: int | None) -> list[T]:
    """``run`` over ``docs`` in chunks on the pool; in-process for a few documents or a daemonic
    process. One pool of every core for the whole run: a smaller one for a short last batch would
    fork again."""
    processes = 1 if multiprocessing.current_process().daemon else processes or workers()
    if processes <= 1 or len(docs) < IN_PROCESS_BELOW:
        return run(docs)
    chunks = [docs[i:i + CHUNK] for i in range(0, len(docs), CHUNK)]
    results: list[T] = []
    for chunk_result in _get_pool(processes).map(run, chunks):
        results.extend(chunk_result)
    return results


def extract_documents(
    docs: Sequence[RawDocument], catalog_dir: str | None = None, processes: int | None = None
) -> list[tuple[ExtractedDocument, list[str]]]:
    """process_document over ``docs`` on every core; output order = input order."""
    warm_up(catalog_dir)
    return _map_chunks(_run_chunk, docs, processes)


def _run_chunk_signed(chunk: Sequence[RawDocument]) -> list[tuple[ExtractedDocument, list[str], bytes | None]]:
    from newslake.clusters import signature

    return [(doc, warnings, signature(doc.article.text) if doc.article is not None else None)
            for doc, warnings in _run_chunk(chunk)]


def extract_for_lake(
    docs: Sequence[RawDocument], catalog_dir: str | None = None, processes: int | None = None
) -> list[tuple[ExtractedDocument, list[str], bytes | None]]:
    """Like ``extract_documents``, plus each article's MinHash signature, computed in the workers
    (the commit then clusters without hashing any text)."""
    warm_up(catalog_dir)
    from newslake.clusters import signature

    signature("warm up datasketch before the workers fork " * 3)
    return _map_chunks(_run_chunk_signed, docs, processes)
