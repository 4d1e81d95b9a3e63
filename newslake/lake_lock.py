"""The lake's writer lock: one writer at a time, taken over at once from a dead one.

Moved out of ``newslake.lake`` (which re-exports it). On acquisition the lock
rolls forward a commit that a killed writer left half-applied and removes its
temporary files (``newslake.lake_txn.recover``), before anything else reads
the lake.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path


class LakeBusy(RuntimeError):
    """Another writer holds the lake."""


LOCK_FILE = ".lock"
# Lock descriptors this process holds; a forked child closes its copies (see
# _close_inherited_locks), so an extraction worker never keeps the lake locked.
_HELD_FDS: set[int] = set()


def _close_inherited_locks() -> None:
    """In a forked child: close the parent's lock descriptors.

    A flock belongs to the open file description, which fork shares: a child
    that kept the descriptor would hold the lake after its parent died.
    Closing (not LOCK_UN, which would unlock the parent too) drops the child's
    reference only. O_CLOEXEC covers exec'd children; this covers bare forks
    (multiprocessing's fork context).
    """
    for fd in list(_HELD_FDS):
        with contextlib.suppress(OSError):
            os.close(fd)
    _HELD_FDS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_inherited_locks)


@contextlib.contextmanager
def lake_lock(lake: Path, *, wait_seconds: float = 0.0, on_wait=None,
              on_notice: Callable[[str], None] | None = None) -> Iterator[None]:
    """Exclusive writer lock; readers never need it (they see whole files).

    ``<lake>/.lock`` is flocked and holds the holder's pid while held (emptied
    on release). A lock whose recorded holder is gone is taken over at once,
    with one line to ``on_notice`` (default: stderr): after a crash the flock
    is already free, and if a dead holder's orphaned children still hold it,
    a fresh lock file is renamed over the old one.
    """
    lake.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_seconds
    announced = False
    while True:
        fd, stale_holder = _try_lock(lake)
        if fd is not None:
            break
        if time.monotonic() >= deadline:
            raise LakeBusy(f"another newslake run is writing to {lake}")
        if on_wait and not announced:
            on_wait()
            announced = True
        time.sleep(0.2)
    try:
        if stale_holder is not None:
            (on_notice or _stderr)(f"newslake: took over the lake lock of pid {stale_holder}, "
                                   f"which is no longer running ({lake / LOCK_FILE})")
        from newslake.lake_txn import recover

        recover(lake)
        yield
    finally:
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)  # released cleanly: no holder to report
        _HELD_FDS.discard(fd)
        os.close(fd)


def _try_lock(lake: Path) -> tuple[int | None, int | None]:
    """One attempt: (the locked descriptor, or None if busy; the dead holder taken over, if any).

    Runs under a brief flock of the lake folder itself, so reading the holder's
    pid, taking the lock and writing our pid are one step for every taker:
    no one can see a half-taken lock and mistake it for a stale one.
    """
    from newslake.procs import alive

    guard = os.open(lake, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    _HELD_FDS.add(guard)
    try:
        fcntl.flock(guard, fcntl.LOCK_EX)
        fd = os.open(lake / LOCK_FILE, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        holder = _read_pid(fd)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            if holder is None or alive(holder):
                return None, None
            # Held, but not by its recorded holder: orphans of a dead run kept the
            # descriptor. Their lock stays on the old inode; ours is a new file.
            fd = _fresh_lock_file(lake)
        _HELD_FDS.add(fd)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        stale = holder if holder is not None and holder != os.getpid() and not alive(holder) else None
        return fd, stale
    finally:
        _HELD_FDS.discard(guard)
        os.close(guard)  # releases the guard


def _read_pid(fd: int) -> int | None:
    text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    return int(text) if text.isdigit() else None


def _fresh_lock_file(lake: Path) -> int:
    tmp = lake / f"{LOCK_FILE}.{os.getpid()}.new"
    fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # nobody else can know this file yet
    os.replace(tmp, lake / LOCK_FILE)
    return fd


def _stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)
