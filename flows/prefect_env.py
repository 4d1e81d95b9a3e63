"""Prefect settings for a quiet, offline run; applied before Prefect is imported.

Without them Prefect 3 sends telemetry (which fails here and prints errors),
logs every task run, and may give up on a cold temporary server. Values the
user already set in the environment win.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

STARTUP_TIMEOUT_SECONDS = "180"


def configure_prefect(data_dir: Path) -> None:
    home = os.environ.get("PREFECT_HOME") or str((data_dir / ".prefect").resolve())
    defaults = {
        "PREFECT_HOME": home,
        "DO_NOT_TRACK": "1",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_UI_ENABLED": "false",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": STARTUP_TIMEOUT_SECONDS,
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "PREFECT_LOGGING_LOG_PRINTS": "false",
        "PREFECT_RESULTS_PERSIST_BY_DEFAULT": "false",
        "PREFECT_TASKS_REFRESH_CACHE": "false",
        "PREFECT_API_DATABASE_CONNECTION_URL": f"sqlite+aiosqlite:///{home}/prefect.db",
    }
    Path(home).mkdir(parents=True, exist_ok=True)
    for key, value in defaults.items():
        os.environ.setdefault(key, value)
    # The temporary server's shutdown can log a CancelledError at ERROR level
    # from uvicorn/asyncio; it is harmless and not the user's business.
    for name in ("uvicorn.error", "asyncio", "prefect._internal.concurrency"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
