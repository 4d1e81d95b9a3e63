"""Named points where a test can stop a run to kill it (crash-safety tests).

With ``NEWSLAKE_PAUSE_AT=<point>`` set, the process writes its pid to
``NEWSLAKE_PAUSE_MARKER`` and sleeps at that point, so a test can SIGKILL it
exactly there. ``NEWSLAKE_PAUSE_SKIP=<n>`` passes the point ``n`` times
first (to stop at, say, the third batch). Unset (always, outside tests), a
checkpoint costs one lookup.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

_passed: dict[str, int] = {}
_lock = threading.Lock()

POINTS = ("fetch", "extract", "lake-write", "lake-commit", "warehouse-build")


def checkpoint(name: str) -> None:
    if os.environ.get("NEWSLAKE_PAUSE_AT") != name:
        return
    with _lock:
        _passed[name] = _passed.get(name, 0) + 1
        if _passed[name] <= int(os.environ.get("NEWSLAKE_PAUSE_SKIP", "0") or 0):
            return
    marker = os.environ.get("NEWSLAKE_PAUSE_MARKER")
    if marker:
        Path(marker).write_text(str(os.getpid()))
    time.sleep(3600)
