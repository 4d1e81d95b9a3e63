"""Shared fixtures: the seed article, the repo root, Prefect kept offline and quiet."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seeds" / "000_b6e00e9bf4b8d4df.txt"
SEED_COPY = REPO / "tests" / "fixtures" / "seed_000_b6e00e9bf4b8d4df.txt"

# Nothing in the tests may talk to anything but 127.0.0.1.
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed wire article (the shared copy if present, else the repo's copy)."""
    path = SEED if SEED.exists() else SEED_COPY
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="module")
def prefect_server_env(tmp_path_factory):
    """One real Prefect server for a module's runs (it stops with the module): the environment a
    `newslake run` subprocess needs to use it, without the caller's NEWSLAKE_* settings."""
    from newslake.prefect_server import PrefectServer

    home = tmp_path_factory.mktemp("prefect")
    server = PrefectServer(home, database_url=f"sqlite+aiosqlite:///{home / 'prefect.db'}")
    server.start()
    try:
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSLAKE_")}
        yield {**env, "PREFECT_API_URL": server.api_url, "PREFECT_HOME": str(home)}
    finally:
        server.stop()
