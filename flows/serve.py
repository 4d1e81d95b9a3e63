"""`newslake serve`: the ingest flow on the feeds config's schedules, left running.

One Prefect deployment per schedule group of the feeds config
(``[groups.<name>]`` with ``interval_seconds`` or ``cron``; feeds name their
group, the default being ``default``, which runs every
``DEFAULT_INTERVAL_SECONDS`` unless ``[groups.default]`` says otherwise). The
deployments are served by this process (``prefect.serve``) against a real
Prefect server: the one ``PREFECT_API_URL`` names, else the one ``newslake
server start`` keeps for the data folder, or else one this module starts
itself (``prefect server start`` on 127.0.0.1 and a free port, its database
in ``<data>/.prefect/serve.db``, under ``newslake.watchdog``) and stops on the
way out. A
temporary (ephemeral) Prefect server cannot schedule, hence the real one.

No overlap: each deployment has a concurrency limit of 1 that cancels a new
run while the previous run of the same group is still going (no backlog
builds up when a run outlasts its interval), and every run takes the lake's
writer lock (``newslake.lake.lake_lock``), waiting up to
``LOCK_WAIT_SECONDS`` for another group's run or a manual ``newslake run``.

Ctrl-C (SIGINT) or SIGTERM stops the runner (in-flight runs are cancelled;
the lake is crash-safe), pauses the schedules, and stops the server if this
process started it.

Like ``flows.ingest``, importing this module imports Prefect: call
``flows.prefect_env.configure_prefect`` first.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger

from newslake.config import FeedsConfig, load_config
from newslake.prefect_server import PrefectServer, ServerError, api_healthy, free_port, recorded_server  # noqa: F401

DEFAULT_INTERVAL_SECONDS = 3600
LOCK_WAIT_SECONDS = 1800.0  # a run waits this long for the lake before it fails
SERVER_START_TIMEOUT_SECONDS = 180.0
FLOW_NAME = "newslake-scheduled-ingest"


class ServeError(RuntimeError):
    """serve cannot start; the message is one line."""


# ----------------------------------------------------------------- schedules
@dataclass(frozen=True)
class GroupSchedule:
    """What one deployment runs: the enabled feeds of a group, and when."""

    group: str
    feeds: tuple[str, ...]
    interval_seconds: float | None = None
    cron: str | None = None

    @property
    def deployment_name(self) -> str:
        return f"ingest-{self.group}"

    @property
    def tags(self) -> list[str]:
        return ["newslake", f"group:{self.group}"]

    def describe(self) -> str:
        when = f"cron '{self.cron}'" if self.cron else f"every {self.interval_seconds:g} s"
        return f"{self.deployment_name}: {when}: {', '.join(self.feeds)}"


def plan_schedules(
    config: FeedsConfig,
    interval_override: float | None = None,
    default_interval: float = DEFAULT_INTERVAL_SECONDS,
) -> list[GroupSchedule]:
    """One schedule per group that has enabled feeds, in config order.

    A group without ``interval_seconds`` or ``cron`` (``default`` when not
    declared) runs every ``default_interval`` seconds; ``interval_override``
    replaces every schedule with that interval (tests, catching up by hand).
    """
    if interval_override is not None and interval_override <= 0:
        raise ServeError(f"--interval-override must be positive, not {interval_override:g}")
    members: dict[str, list[str]] = {}
    for feed in config.enabled_feeds():
        members.setdefault(feed.group, []).append(feed.name)
    plans = []
    for group, names in members.items():
        spec = config.groups.get(group)
        interval: float | None = spec.interval_seconds if spec else None
        cron = spec.cron if spec else None
        if interval_override is not None:
            interval, cron = interval_override, None
        elif interval is None and cron is None:
            interval = default_interval
        plans.append(GroupSchedule(group, tuple(names), interval, cron))
    return plans


# ---------------------------------------------------------- the served flow
def _run_name() -> str:
    from prefect.runtime import flow_run

    group = (flow_run.parameters or {}).get("group", "feeds")
    return f"{group}-{datetime.now(timezone.utc):%Y%m%dT%H%M%S}"


@flow(name=FLOW_NAME, flow_run_name=_run_name, log_prints=False)
def scheduled_ingest(
    config: str,
    data_dir: str,
    group: str = "default",
    feeds: list[str] | None = None,
    full_refresh: bool = False,
    build: bool = True,
    lock_wait_seconds: float = LOCK_WAIT_SECONDS,
) -> dict[str, Any]:
    """One scheduled run: the group's enabled feeds (``feeds``: these instead),
    read from the config as it is now, under the lake's writer lock.

    Plain parameters only (strings, lists, numbers), so the deployment's
    parameters are readable and editable in the Prefect UI/API.
    """
    from flows.ingest import RunPaths, ingest_flow, new_run_id
    from newslake import paths
    from newslake.lake import lake_lock

    logger = get_run_logger()
    config_path, data = Path(config).resolve(), Path(data_dir).resolve()
    cfg = load_config(config_path)  # ConfigError fails the run with its one-line reason
    enabled = cfg.enabled_feeds()
    names = [f.name for f in enabled if (f.name in feeds if feeds is not None else f.group == group)]
    if not names:
        # ingest_flow(feeds=[]) would mean every feed: never pass it an empty list.
        logger.warning("group %r has no enabled feeds in %s; nothing to do", group, config_path)
        return {"state": "SKIPPED", "feeds": []}
    chosen = paths.resolve_lake(data, cfg.lake_format)  # the lake `newslake run` with this config writes
    lake = chosen.path
    with lake_lock(lake, wait_seconds=lock_wait_seconds,
                   on_wait=lambda: logger.warning("waiting for another newslake run to release %s", lake)):
        if chosen.is_delta:
            chosen.mark()
        run_paths = RunPaths(config=config_path, lake=lake, warehouse=paths.warehouse_path(data),
                             state=data / "state", raw=data / "raw", project=paths.sql_project())
        summary = ingest_flow(run_paths, new_run_id(datetime.now(timezone.utc)), full_refresh, build, names)
    result = {
        "run_id": summary.run_id, "state": summary.state, "feeds": names,
        "new": summary.new, "updated": summary.updated, "skipped": summary.skipped,
        "failed": summary.failed, "rows": dict(summary.rows), "build_ok": summary.build_ok,
    }
    if summary.state == "FAILED":
        raise RuntimeError(summary.build_message or f"nothing could be processed: {result}")
    return result


def build_deployments(plans: list[GroupSchedule], config: Path, data_dir: Path) -> list:
    """A RunnerDeployment per group, loaded by module path in the run's subprocess."""
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
    from prefect.deployments.runner import EntrypointType

    deployments = []
    for plan in plans:
        schedule: dict[str, Any] = (
            {"cron": plan.cron} if plan.cron else {"interval": timedelta(seconds=plan.interval_seconds)}
        )
        deployments.append(scheduled_ingest.to_deployment(
            plan.deployment_name,
            **schedule,
            paused=False,  # a restart resumes schedules paused by the last shutdown
            concurrency_limit=ConcurrencyLimitConfig(
                limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW),
            parameters={"config": str(config), "data_dir": str(data_dir), "group": plan.group},
            description=f"newslake ingest of feed group '{plan.group}' ({', '.join(plan.feeds)}) from {config}",
            tags=plan.tags,
            entrypoint_type=EntrypointType.MODULE_PATH,
        ))
    return deployments


# ------------------------------------------------------------ Prefect server
def serve_server(home: Path, start_timeout: float = SERVER_START_TIMEOUT_SECONDS) -> PrefectServer:
    """serve's own server: its database is ``<home>/serve.db`` and its log ``<home>/serve-server.log``.

    Not the ``prefect.db`` of ``newslake run`` and ``newslake server``, so a
    run's temporary server and serve's never contend for one SQLite file. It
    runs under ``newslake.watchdog``: it stops with serve, even after SIGKILL.
    """
    return PrefectServer(home, database_url=f"sqlite+aiosqlite:///{home / 'serve.db'}",
                         log_path=home / "serve-server.log", start_timeout=start_timeout)


@contextlib.contextmanager
def prefect_api(home: Path, echo: Callable[[str], None] = print,
                start_timeout: float = SERVER_START_TIMEOUT_SECONDS, data_dir: Path | None = None) -> Iterator[str]:
    """The API URL to use: ``PREFECT_API_URL`` if set (checked), else the server
    ``newslake server start`` recorded for ``data_dir`` if it answers, else one started here."""
    given = os.environ.get("PREFECT_API_URL")
    if given:
        if not api_healthy(given, timeout=10):
            raise ServeError(f"PREFECT_API_URL={given} does not answer at /health")
        echo(f"newslake serve: using the Prefect server at {given}")
        yield given
        return
    record = recorded_server(data_dir) if data_dir is not None else None
    if record is not None:
        echo(f"newslake serve: using the Prefect server newslake started at {record.api_url} (pid {record.pid})")
        yield record.api_url
        return
    echo("newslake serve: starting a Prefect server (a few seconds)...")
    server = serve_server(home, start_timeout)
    try:
        server.start()
    except ServerError as exc:
        raise ServeError(str(exc)) from None
    try:
        echo(f"newslake serve: Prefect API at {server.api_url} (log: {server.log_path})")
        yield server.api_url
    finally:
        echo("newslake serve: stopping the Prefect server...")
        server.stop()


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """Until the runner installs its own handler, SIGTERM stops us like Ctrl-C."""
    def handler(signum, frame):  # noqa: ARG001
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, handler) if _main_thread() else None
    try:
        yield
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


# --------------------------------------------------------------------- serve
def serve(
    config: Path,
    data_dir: Path,
    *,
    interval_override: float | None = None,
    default_interval: float = DEFAULT_INTERVAL_SECONDS,
    start_timeout: float = SERVER_START_TIMEOUT_SECONDS,
    echo: Callable[[str], None] = print,
) -> None:
    """Serve the config's schedule groups until Ctrl-C or SIGTERM; see the module docstring.

    Raises ConfigError (bad config) or ServeError (no feeds, server trouble).
    """
    from flows.prefect_env import configure_prefect

    config, data = Path(config).resolve(), Path(data_dir).resolve()
    plans = plan_schedules(load_config(config), interval_override, default_interval)
    if not plans:
        raise ServeError(f"{config}: no enabled feeds to schedule")
    configure_prefect(data)  # for the runs' subprocesses; a no-op where already set
    home = Path(os.environ["PREFECT_HOME"])
    try:
        with _sigterm_as_interrupt(), prefect_api(home, echo, start_timeout, data) as api_url:
            from prefect import serve as prefect_serve
            from prefect.settings import PREFECT_API_URL, temporary_settings

            previous = os.environ.get("PREFECT_API_URL")
            os.environ["PREFECT_API_URL"] = api_url  # inherited by the flow-run subprocesses
            try:
                with temporary_settings({PREFECT_API_URL: api_url}):
                    deployments = build_deployments(plans, config, data)
                    for plan in plans:
                        echo(f"newslake serve: {FLOW_NAME}/{plan.describe()}")
                    echo("newslake serve: running; Ctrl-C stops")
                    prefect_serve(*deployments, print_starting_message=False)
            finally:
                if previous is None:
                    os.environ.pop("PREFECT_API_URL", None)
                else:
                    os.environ["PREFECT_API_URL"] = previous
    except KeyboardInterrupt:
        pass  # Ctrl-C or SIGTERM before the runner took over: everything above has been stopped
    echo("newslake serve: stopped")
