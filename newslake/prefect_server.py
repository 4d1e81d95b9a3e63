"""Prefect API servers for newslake: reuse a running one, or start one that cannot outlive its run.

A writing command (``newslake run``, ``reprocess``, ``retry-failed``) talks to,
in this order (:func:`api_for_run`):

1. the server ``PREFECT_API_URL`` names (it must answer ``/health``);
2. the server ``newslake server start`` left running for this data folder,
   recorded in ``<data>/.prefect/server.json`` (pid, port, URLs), if that
   process still runs and answers;
3. else a temporary ``prefect server start --host 127.0.0.1 --port <free>``
   that the command starts under ``newslake.watchdog`` and stops on the way
   out. The watchdog stops it within a second when the command dies in any
   way, SIGKILL included. (Prefect's own ephemeral server is a bare
   subprocess that a SIGKILLed run leaves running forever.)

All three keep run history in the same database (``PREFECT_API_DATABASE_CONNECTION_URL``,
by default ``<data>/.prefect/prefect.db``), so it shows in the UI of whichever
server is up later. Reusing a server saves its start (5-20 s) on every run.

Nothing here imports Prefect: choosing or starting a server must not pay for
that import, and a run imports Prefect while its temporary server boots.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from newslake.procs import alive

HOST = "127.0.0.1"
START_TIMEOUT_SECONDS = 180.0  # a cold start (new database, busy machine) takes 10-30 s
STOP_TIMEOUT_SECONDS = 20.0
RECORD_NAME = "server.json"


class ServerError(RuntimeError):
    """A Prefect server cannot be used or started; the message is one line."""


def free_port(host: str = HOST) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def api_healthy(api_url: str, timeout: float = 2.0) -> bool:
    """GET <api>/health, bypassing any proxy settings (the server is local)."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(api_url.rstrip("/") + "/health", timeout=timeout) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def default_database_url(home: Path) -> str:
    return os.environ.get("PREFECT_API_DATABASE_CONNECTION_URL") or f"sqlite+aiosqlite:///{home / 'prefect.db'}"


class PrefectServer:
    """``prefect server start`` on 127.0.0.1 and a free port.

    ``detached=False`` (the default): run under ``newslake.watchdog``, so the
    server stops when this process ends, however it ends. ``detached=True``:
    its own session and nothing tying it to us (``newslake server start``).
    :meth:`launch` returns at once; :meth:`wait_ready` waits for ``/health``.
    """

    def __init__(self, home: Path, *, host: str = HOST, port: int | None = None,
                 database_url: str | None = None, log_path: Path | None = None, ui: bool | None = None,
                 detached: bool = False, start_timeout: float = START_TIMEOUT_SECONDS,
                 env: dict[str, str] | None = None, truncate_log: bool = False) -> None:
        self.home = Path(home)
        self.host = host
        self.port = port or free_port(host)
        self.database_url = database_url or default_database_url(self.home)
        self.log_path = Path(log_path) if log_path else self.home / "server.log"
        self.ui = ui
        self.detached = detached
        self.start_timeout = start_timeout
        self.extra_env = env or {}
        self.truncate_log = truncate_log
        self.process: subprocess.Popen | None = None

    @property
    def api_url(self) -> str:
        return f"http://{self.host}:{self.port}/api"

    @property
    def ui_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def environment(self) -> dict[str, str]:
        env = {key: value for key, value in os.environ.items() if key != "PREFECT_API_URL"}
        ui = self.ui if self.ui is not None else env.get("PREFECT_SERVER_UI_ENABLED", "false").lower() == "true"
        env.update({
            "PREFECT_HOME": str(self.home),
            "PREFECT_API_DATABASE_CONNECTION_URL": self.database_url,
            "DO_NOT_TRACK": "1",
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "PREFECT_SERVER_UI_ENABLED": "true" if ui else "false",
            **self.extra_env,
        })
        return env

    def launch(self) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-m", "prefect", "server", "start", "--host", self.host, "--port", str(self.port)]
        if not self.detached:
            command = [sys.executable, "-m", "newslake.watchdog", str(os.getpid()), "--", *command]
        with open(self.log_path, "wb" if self.truncate_log else "ab") as log:
            self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                            env=self.environment(), start_new_session=True)

    def wait_ready(self) -> str:
        """Wait for ``/health``; stop the server and raise ServerError if it exits or times out."""
        assert self.process is not None, "launch() first"
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if api_healthy(self.api_url, timeout=1.0):
                return self.api_url
            if self.process.poll() is not None:
                self.process = None
                raise ServerError(f"the Prefect server exited while starting: {self._log_tail()} (see {self.log_path})")
            time.sleep(0.1)
        self.stop()
        raise ServerError(f"the Prefect server did not answer within {self.start_timeout:g} s (see {self.log_path})")

    def start(self) -> str:
        self.launch()
        return self.wait_ready()

    def stop(self, timeout: float = STOP_TIMEOUT_SECONDS) -> None:
        process, self.process = self.process, None
        if process is not None:
            stop_group(process.pid, timeout, process)

    def _log_tail(self) -> str:
        try:
            lines = self.log_path.read_text(errors="replace").strip().splitlines()
        except OSError:
            lines = []
        return lines[-1] if lines else "no output"

    def __enter__(self) -> PrefectServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def stop_group(pid: int, timeout: float = STOP_TIMEOUT_SECONDS, process: subprocess.Popen | None = None) -> None:
    """SIGTERM the process group led by ``pid``, wait for its leader, SIGKILL the group if it lingers."""
    def gone(wait: float) -> bool:
        if process is not None:
            try:
                process.wait(wait)
                return True
            except subprocess.TimeoutExpired:
                return False
        end = time.monotonic() + wait
        while alive(pid):
            if time.monotonic() >= end:
                return False
            time.sleep(0.1)
        return True

    if process is not None and process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGTERM)
    if not gone(timeout):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)
        gone(10)


# ------------------------------------------------- the server `newslake server` keeps
@dataclass(frozen=True)
class ServerRecord:
    """What ``<data>/.prefect/server.json`` says about a server ``newslake server start`` left running."""

    pid: int
    port: int
    api_url: str
    ui_url: str | None
    log: str
    database: str
    started_at: str


def record_path(data: Path) -> Path:
    return Path(data) / ".prefect" / RECORD_NAME


def read_record(data: Path) -> ServerRecord | None:
    try:
        return ServerRecord(**json.loads(record_path(data).read_text()))
    except (OSError, ValueError, TypeError):
        return None


def _is_prefect_server(pid: int) -> bool:
    """The recorded pid is still a Prefect server (not a stranger that got the pid)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return alive(pid)  # no /proc: trust the pid
    return alive(pid) and b"prefect" in cmdline and b"server" in cmdline


def recorded_server(data: Path) -> ServerRecord | None:
    """The recorded server if it still runs and answers, else None."""
    record = read_record(data)
    if record and _is_prefect_server(record.pid) and api_healthy(record.api_url):
        return record
    return None


@contextlib.contextmanager
def _record_lock(data: Path) -> Iterator[None]:
    """Serialize `server start` and `server stop` of one data folder."""
    path = record_path(data).with_suffix(".lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def start_recorded(data: Path, home: Path, port: int | None = None, ui: bool = True,
                   start_timeout: float = START_TIMEOUT_SECONDS) -> tuple[ServerRecord, bool]:
    """Start a detached server for ``data`` and record it; (record, started: False if one was running)."""
    with _record_lock(data):
        running = recorded_server(data)
        if running:
            return running, False
        server = PrefectServer(home, port=port, ui=ui, detached=True, start_timeout=start_timeout)
        server.launch()
        assert server.process is not None
        record = ServerRecord(pid=server.process.pid, port=server.port, api_url=server.api_url,
                              ui_url=server.ui_url if ui else None, log=str(server.log_path),
                              database=server.database_url, started_at=datetime.now(timezone.utc).isoformat())
        _write_record(data, record)  # before waiting, so `server stop` finds a server that is still starting
        try:
            server.wait_ready()
        except BaseException:
            server.stop()
            record_path(data).unlink(missing_ok=True)
            raise
        return record, True


def stop_recorded(data: Path, timeout: float = STOP_TIMEOUT_SECONDS) -> ServerRecord | None:
    """Stop the recorded server (its whole process group) and forget it; None if none was running."""
    with _record_lock(data):
        record = read_record(data)
        running = record if record and _is_prefect_server(record.pid) else None
        if running:
            stop_group(running.pid, timeout)
        record_path(data).unlink(missing_ok=True)
        return running


def _write_record(data: Path, record: ServerRecord) -> None:
    path = record_path(data)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(asdict(record), indent=2) + "\n")
    os.replace(tmp, path)


# ------------------------------------------------------------- one run's API
@dataclass
class RunApi:
    """The Prefect API a run uses; ``wait()`` returns once it answers."""

    url: str
    source: str  # "PREFECT_API_URL", "recorded" or "temporary"
    server: PrefectServer | None = None

    def wait(self) -> None:
        if self.server is not None:
            self.server.wait_ready()


@contextlib.contextmanager
def api_for_run(data: Path, home: Path) -> Iterator[RunApi]:
    """Choose the run's Prefect API (see the module docstring) and set ``PREFECT_API_URL`` for it.

    Call before Prefect is imported (it reads the variable once). A temporary
    server is only launched here: call ``wait()`` after the imports.
    """
    given = os.environ.get("PREFECT_API_URL")
    if given:
        if not api_healthy(given, timeout=10):
            raise ServerError(f"PREFECT_API_URL={given} does not answer at /health")
        yield RunApi(given, "PREFECT_API_URL")
        return
    record = recorded_server(data)
    if record is not None:
        api = RunApi(record.api_url, "recorded")
    else:
        server = PrefectServer(home, log_path=Path(home) / "run-server.log", truncate_log=True)
        server.launch()
        api = RunApi(server.api_url, "temporary", server)
    os.environ["PREFECT_API_URL"] = api.url
    try:
        yield api
    finally:
        os.environ.pop("PREFECT_API_URL", None)
        if api.server is not None:
            api.server.stop()
