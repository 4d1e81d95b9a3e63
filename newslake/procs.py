"""Process helpers for "nothing outlives a run": liveness and parent-death signals.

Linux only where it matters (``prctl``, ``/proc``); elsewhere the helpers
degrade to what POSIX offers, and the watchers that poll ``os.getppid()``
still catch a dead parent.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
PARENT_POLL_SECONDS = 0.5


def alive(pid: int) -> bool:
    """Whether ``pid`` is a running process; a zombie (dead, not yet reaped) is not.

    A SIGKILLed run stays a zombie until its parent (a shell, a test) reaps it,
    and ``os.kill(pid, 0)`` succeeds on zombies, hence the ``/proc`` check.
    """
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            state = handle.read().rsplit(b")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True  # no /proc: trust kill(0)
    return state not in (b"Z", b"X")


def die_with_parent(sig: int = signal.SIGKILL) -> None:
    """Ask the kernel to send ``sig`` to this process when its parent thread dies.

    Only as good as the thread that forked us: the signal fires when *that
    thread* ends, so callers that may fork from a short-lived thread also use
    :func:`watch_parent`. A no-op where prctl is missing.
    """
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0)


def watch_parent(parent: int, interval: float = PARENT_POLL_SECONDS) -> None:
    """Exit this process (``os._exit``) as soon as ``parent`` is no longer its parent.

    A daemon thread polling ``getppid``: a reparented child (its parent died,
    even by SIGKILL) notices within ``interval`` seconds, whatever thread
    forked it.
    """
    def loop() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(1)

    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=loop, name="newslake-parent-watch", daemon=True).start()
