"""`newslake server start|stop|status` and runs that reuse the recorded server; the watchdog.

One server is started for the module (in a temporary data dir, UI off) and
stopped by the last test (and by the fixture, whatever happens). Runs find it
through ``<data>/.prefect/server.json``: PREFECT_API_URL is removed from
their environment. Every process started here carries a marker in its
environment, so the tests can count Prefect servers through ``/proc``.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

NEWSLAKE = str(Path(sys.executable).parent / "newslake")
TOKEN = f"NEWSLAKE_TEST_SERVER_{uuid.uuid4().hex}"


def _env(data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PREFECT_API_URL", "PREFECT_HOME", "PREFECT_API_DATABASE_CONNECTION_URL")
           and not k.startswith("NEWSLAKE_PAUSE")}
    return {**env, "NEWSLAKE_DATA_DIR": str(data), TOKEN: "1"}


def newslake(data: Path, *args: str, timeout: float = 240) -> subprocess.CompletedProcess:
    return subprocess.run([NEWSLAKE, *args], capture_output=True, text=True, timeout=timeout, env=_env(data))


def prefect_servers() -> set[int]:
    """Live `prefect server start` processes started by this module."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
            if TOKEN.encode() in (entry / "environ").read_bytes() and b"prefect" in cmdline and b"server" in cmdline:
                found.add(int(entry.name))
        except OSError:
            continue
    return found


def flow_runs(api_url: str) -> list[dict]:
    request = urllib.request.Request(api_url + "/flow_runs/filter", data=b'{"limit": 50}', method="POST",
                                     headers={"Content-Type": "application/json"})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(request, timeout=10) as response:
        return json.loads(response.read())


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data = tmp_path_factory.mktemp("server") / "data"
    started = time.monotonic()
    result = newslake(data, "server", "start", "--no-ui")
    try:
        assert result.returncode == 0, result.stdout + result.stderr
        record = json.loads((data / ".prefect" / "server.json").read_text())
        print(f"server start: {time.monotonic() - started:.1f} s")
        yield data, record
    finally:
        newslake(data, "server", "stop", timeout=60)


@pytest.mark.slow
def test_start_records_the_server_and_status_reports_it(server):
    data, record = server
    assert set(record) >= {"pid", "port", "api_url"}
    assert record["api_url"] == f"http://127.0.0.1:{record['port']}/api"
    assert prefect_servers() == {record["pid"]}
    status = newslake(data, "server", "status")
    assert status.returncode == 0 and record["api_url"] in status.stdout, status.stdout + status.stderr
    again = newslake(data, "server", "start")
    assert again.returncode == 0 and "already running" in again.stdout, again.stdout + again.stderr
    assert json.loads((data / ".prefect" / "server.json").read_text())["pid"] == record["pid"]
    assert prefect_servers() == {record["pid"]}


@pytest.mark.slow
def test_runs_reuse_the_recorded_server(server):
    """A full run then a no-op rerun: both on the recorded server, never a second one."""
    data, record = server
    seen: set[int] = set()
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            seen.update(prefect_servers())
            time.sleep(0.1)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        timings = []
        for _ in range(2):
            started = time.monotonic()
            result = newslake(data, "run")
            timings.append(time.monotonic() - started)
            assert result.returncode == 0, result.stdout + result.stderr
            assert "temporary Prefect server" not in result.stderr, result.stderr
    finally:
        stop.set()
        watcher.join(5)
    assert seen == {record["pid"]}, f"Prefect servers seen during the runs: {seen}"
    names = {run["name"] for run in flow_runs(record["api_url"]) if run["name"].startswith("ingest-run-")}
    assert len(names) == 2, names  # both runs are in the recorded server's history
    print(f"runs on the recorded server: full {timings[0]:.1f} s, no-op {timings[1]:.1f} s")


@pytest.mark.slow
def test_stop_stops_the_server_and_forgets_it(server):
    data, record = server
    stopped = newslake(data, "server", "stop", timeout=60)
    assert stopped.returncode == 0 and f"pid {record['pid']}" in stopped.stdout, stopped.stdout + stopped.stderr
    assert prefect_servers() == set()
    assert not (data / ".prefect" / "server.json").exists()
    status = newslake(data, "server", "status")
    assert status.returncode == 1 and "not running" in status.stdout
    assert "not running" in newslake(data, "server", "stop").stdout


# ------------------------------------------------------------------ watchdog
def test_watchdog_stops_its_command_when_the_caller_is_killed(tmp_path):
    """The caller is SIGKILLed: the command the watchdog runs for it exits within a second or two."""
    caller = subprocess.Popen([sys.executable, "-c",
                               "import os, subprocess, sys, time\n"
                               "w = subprocess.Popen([sys.executable, '-m', 'newslake.watchdog', str(os.getpid()), '--',"
                               " 'sleep', '600'], start_new_session=True)\n"
                               "print(w.pid, flush=True); time.sleep(600)"],
                              stdout=subprocess.PIPE, text=True, env={**os.environ, TOKEN: "1"})
    watchdog = int(caller.stdout.readline())
    command = _wait_for_child(watchdog)
    try:
        caller.kill()
        caller.wait(10)
        killed = time.monotonic()
        while (_running(command) or _running(watchdog)) and time.monotonic() - killed < 5:
            time.sleep(0.05)
        assert not _running(command) and not _running(watchdog)
        print(f"watchdog: command gone {time.monotonic() - killed:.2f} s after its caller's SIGKILL")
    finally:
        for pid in (command, watchdog):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def _wait_for_child(parent: int, timeout: float = 10) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            children = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
        except OSError:
            children = []
        if children:
            return int(children[0])
        time.sleep(0.05)
    raise AssertionError(f"the watchdog {parent} started nothing")


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"
