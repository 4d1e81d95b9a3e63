"""Named points where a test can stop a run to kill it (crash-safety tests).

With ``NEWSLAKE_PAUSE_AT=<point>`` set, the process writes its pid to
``NEWSLAKE_PAUSE_MARKER`` and sleeps at that point, so a test can SIGKILL it
exactly there. Unset (always, outside tests), a checkpoint costs one lookup.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

POINTS = ("fetch", "extract", "lake-write", "lake-commit", "warehouse-build")


def checkpoint(name: str) -> None:
    if os.environ.get("NEWSLAKE_PAUSE_AT") != name:
        return
    marker = os.environ.get("NEWSLAKE_PAUSE_MARKER")
    if marker:
        Path(marker).write_text(str(os.getpid()))
    time.sleep(3600)
