"""Where a run's extraction tasks run when ``newslake run --dask`` asks for Dask.

Only extraction fans out: discovery, reading, the batch commits (the lake
writer, which holds the lake lock) and the warehouse build stay in the flow's
process. An extraction task gets the folder where the flow staged a batch's
documents and returns the folder where it staged the extracted tables, so a
worker needs nothing from the flow process but a filesystem where those paths
mean the same.

``local`` starts a ``distributed.LocalCluster`` for the run (worker processes
with one thread each, no dashboard, scheduler on 127.0.0.1 at a free port) and
closes it when the run's batches are done; ``tcp://host:port`` (or ``tls://``)
uses a scheduler someone else runs and leaves it running.

Dask's worker processes are daemonic and may not fork a process pool, and do
not need to: Dask is the parallelism. Tasks on Dask extract in-process.
"""

from __future__ import annotations

import contextlib
import logging
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

DEFAULT_LOCAL_WORKERS = 2  # small: each worker imports Prefect and the extractors (~300 MB)
CONNECT_SECONDS = 5.0
SCHEMES = ("tcp", "tls")
QUIET_LOGGERS = ("distributed",)


class DaskError(Exception):
    """A Dask target that cannot be used: a malformed address or a scheduler that does not answer."""


@dataclass(frozen=True)
class DaskTarget:
    """What ``--dask`` named: a LocalCluster of ``workers`` (``address`` None) or a running scheduler."""

    address: str | None = None
    workers: int = DEFAULT_LOCAL_WORKERS

    @property
    def local(self) -> bool:
        return self.address is None

    def describe(self) -> str:
        return f"a local Dask cluster of {self.workers} worker(s)" if self.local else f"the Dask scheduler at {self.address}"


def parse_target(value: str, workers: int | None = None) -> DaskTarget:
    """``local`` or ``tcp://host:port``; ``workers`` only makes sense for ``local``."""
    value = value.strip()
    if workers is not None and workers < 1:
        raise DaskError(f"--dask-workers must be at least 1, not {workers}")
    if value == "local":
        return DaskTarget(None, workers or DEFAULT_LOCAL_WORKERS)
    if workers is not None:
        raise DaskError("--dask-workers applies to --dask local only (an existing cluster has its own workers)")
    parts = urlsplit(value)
    try:
        port = parts.port
    except ValueError:
        port = None
    if parts.scheme not in SCHEMES or not parts.hostname or port is None or parts.path not in ("", "/"):
        raise DaskError(f"--dask takes `local` or a scheduler address like tcp://host:8786, not {value!r}")
    return DaskTarget(f"{parts.scheme}://{parts.netloc}")


def check_reachable(target: DaskTarget, timeout: float = CONNECT_SECONDS) -> None:
    """Fail fast, in one line, if nothing listens at the scheduler's address.

    Dask's own client retries a refused connection until its timeout (30 s by
    default) and then raises a long traceback; a plain TCP connect says the
    same in milliseconds, before the run takes the lake lock or starts Prefect.
    """
    if target.local:
        return
    parts = urlsplit(target.address)
    try:
        with socket.create_connection((parts.hostname, parts.port), timeout=timeout):
            pass
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise DaskError(f"cannot reach the Dask scheduler at {target.address}: {reason}") from None


def task_runner(target: DaskTarget):
    """A ``prefect_dask.DaskTaskRunner`` for the target (not started)."""
    from prefect_dask import DaskTaskRunner

    client_kwargs = {"timeout": f"{int(CONNECT_SECONDS * 2)}s"}
    if not target.local:
        return DaskTaskRunner(address=target.address, client_kwargs=client_kwargs)
    return DaskTaskRunner(
        cluster_class="distributed.LocalCluster",
        cluster_kwargs={
            "n_workers": target.workers,
            "threads_per_worker": 1,  # one batch per worker at a time; a batch is already 200 documents
            "processes": True,
            "host": "127.0.0.1",
            "scheduler_port": 0,
            # The scheduler's HTTP server (health, metrics) would take port 8787, which another run
            # or a user's cluster may hold: a free port instead, and no dashboard pages.
            "dashboard_address": "127.0.0.1:0",
            "scheduler_kwargs": {"dashboard": False},
            "silence_logs": logging.ERROR,
        },
        client_kwargs=client_kwargs,
    )


@contextlib.contextmanager
def started(target: DaskTarget) -> Iterator[object]:
    """The started task runner; a cluster it created is closed (workers gone) on exit.

    The client connects on first use, so it is touched here: a scheduler that
    went away since ``check_reachable`` fails now, as a ``DaskError``, not in
    the middle of the first batch.
    """
    runner = task_runner(target)  # imports distributed, which sets its loggers to INFO
    for name in QUIET_LOGGERS:  # the scheduler and nannies of a LocalCluster log every start and stop at INFO
        logging.getLogger(name).setLevel(logging.WARNING)
    with runner:
        try:
            runner.client  # noqa: B018 - connects (and starts the LocalCluster)
        except (OSError, TimeoutError) as exc:
            raise DaskError(f"cannot use {target.describe()}: {exc}") from None
        yield runner


def worker_id() -> str:
    """``host:pid`` of the process running a task (a Dask worker's, or the flow's own)."""
    import os

    return f"{socket.gethostname()}:{os.getpid()}"


def total_threads(runner) -> int:
    """How many tasks the cluster runs at once (its workers' threads), at least 1.

    The flow keeps that many batches in extraction while it commits the oldest,
    so every worker has a batch to extract during a commit.
    """
    info = runner.client.scheduler_info()
    return max(1, sum(int(w.get("nthreads", 1)) for w in info.get("workers", {}).values()))
