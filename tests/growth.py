"""Timing for the linear-growth tests: a ratio of best-of-N runs.

A single timing of a 50 ms call is at the mercy of whatever else the machine
runs (the suite once failed on a fresh clone with 26x for 10x input while the
same code measures 8x alone).  The minimum of a few runs, after a warm-up,
is the cost of the code and not of the neighbours, so a 25x bound for 10x
input still fails on a quadratic step (about 100x) but not on load.
"""
from __future__ import annotations

import time
from typing import Callable


def best_seconds(call: Callable[[], object], repeats: int = 3) -> float:
    """The fastest of `repeats` timed calls, after one untimed warm-up call."""
    call()
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - started)
    return best


def growth(small: Callable[[], object], big: Callable[[], object]) -> float:
    """How many times longer `big` takes than `small` (small floored at 10 ms)."""
    return best_seconds(big, repeats=2) / max(best_seconds(small), 0.01)
