"""`newslake serve`: schedules from the feeds config, through a real Prefect server.

The slow test starts `newslake serve` (which starts `prefect server start` on
127.0.0.1) on the sample config with a 4-second interval in a temporary data
dir that holds a new Delta lake (no flag, no config setting says so: the
scheduled runs find it, ``paths.resolve_lake``), waits for two COMPLETED
scheduled runs through the Prefect client, checks their rows in the Delta
tables, then presses Ctrl-C and checks that nothing it started is left running.
"""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest

from newslake.config import load_config, parse_config

REPO = Path(__file__).resolve().parents[1]
NEWSLAKE = str(Path(sys.executable).parent / "newslake")
SAMPLE = REPO / "data" / "sample" / "feeds.toml"


@pytest.fixture(scope="module")
def serve_mod(tmp_path_factory):
    """flows.serve, imported (with Prefect) after configure_prefect, as the CLI does.

    The environment is restored afterwards so that later tests' subprocesses
    do not inherit this module's Prefect home.
    """
    saved = dict(os.environ)
    from flows.prefect_env import configure_prefect

    configure_prefect(tmp_path_factory.mktemp("prefect-client"))
    try:
        import flows.serve as module
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return module


# ------------------------------------------------------------ schedule plan
def _plan(serve_mod, raw: dict, tmp_path: Path, **kw):
    (tmp_path / "a.jsonl").write_text("")
    return serve_mod.plan_schedules(parse_config(raw, tmp_path / "feeds.toml"), **kw)


def test_sample_config_gives_one_deployment_per_group(serve_mod):
    DEFAULT_INTERVAL_SECONDS, plan_schedules = serve_mod.DEFAULT_INTERVAL_SECONDS, serve_mod.plan_schedules

    plans = {p.group: p for p in plan_schedules(load_config(SAMPLE))}
    assert set(plans) == {"default", "hourly"}
    assert plans["hourly"].interval_seconds == 3600 and plans["hourly"].cron is None
    assert plans["default"].interval_seconds == DEFAULT_INTERVAL_SECONDS
    assert set(plans["hourly"].feeds) == {"eastasia-monitor", "northstar-times", "capital-ledger"}
    assert "wire-dumps" in plans["default"].feeds
    assert plans["hourly"].deployment_name == "ingest-hourly"
    assert "group:hourly" in plans["hourly"].tags


def test_cron_groups_disabled_feeds_and_override(serve_mod, tmp_path):
    raw = {
        "groups": {"nightly": {"cron": "30 2 * * *"}, "empty": {"interval_seconds": 60},
                   "default": {"interval_seconds": 900}},
        "feeds": [
            {"name": "a", "path": "a.jsonl", "kind": "jsonl", "group": "nightly"},
            {"name": "b", "path": "a.jsonl", "kind": "jsonl"},
            {"name": "c", "path": "a.jsonl", "kind": "jsonl", "group": "empty", "enabled": False},
        ],
    }
    plans = {p.group: p for p in _plan(serve_mod, raw, tmp_path)}
    assert set(plans) == {"nightly", "default"}  # a group with no enabled feed gets no deployment
    assert plans["nightly"].cron == "30 2 * * *" and plans["nightly"].interval_seconds is None
    assert plans["default"].interval_seconds == 900  # [groups.default] wins over the built-in default
    overridden = _plan(serve_mod, raw, tmp_path, interval_override=5)
    assert all(p.interval_seconds == 5 and p.cron is None for p in overridden)


def test_bad_override_is_refused(serve_mod, tmp_path):
    with pytest.raises(serve_mod.ServeError):
        _plan(serve_mod, {"feeds": [{"name": "a", "path": "a.jsonl"}]}, tmp_path, interval_override=0)


def test_serve_refuses_a_bad_config_in_one_line(tmp_path):
    bad = tmp_path / "feeds.toml"
    bad.write_text('[[feeds]]\nname = "x"\npath = "missing.rss"\n')
    result = subprocess.run([NEWSLAKE, "serve", "--config", str(bad), "--data-dir", str(tmp_path / "data")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "missing.rss" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# ------------------------------------------------------------ end to end
def _processes_with(token: str) -> list[int]:
    """Live processes whose environment carries ``token`` (ours and our children's)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if token.encode() in (entry / "environ").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def _reader(stream, lines: queue.Queue) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


def _wait_for_api_url(lines: queue.Queue, seen: list[str], timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            continue
        if line is None:
            break
        seen.append(line)
        match = re.search(r"Prefect API at (http://127\.0\.0\.1:\d+/api)", line)
        if match:
            return match.group(1)
    raise AssertionError("serve printed no API URL:\n" + "".join(seen))


def _completed_scheduled_runs(api_url: str) -> list:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        DeploymentFilter, DeploymentFilterName, FlowRunFilter, FlowRunFilterState, FlowRunFilterStateType)
    from prefect.client.schemas.objects import StateType
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings({PREFECT_API_URL: api_url}), get_client(sync_client=True) as client:
        return client.read_flow_runs(
            flow_run_filter=FlowRunFilter(state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.COMPLETED]))),
            deployment_filter=DeploymentFilter(name=DeploymentFilterName(any_=["ingest-default", "ingest-hourly"])),
        )


@pytest.mark.slow
def test_serve_runs_on_schedule_and_stops_cleanly(serve_mod, tmp_path):
    from newslake import delta_store
    from newslake.paths import resolve_lake

    data = tmp_path / "data"
    delta_store.mark_lake_format(data / "lake-delta", "delta")  # an empty Delta lake: what `run` leaves first
    assert resolve_lake(data).format == "delta"
    token = f"NEWSLAKE_TEST_SERVE_{uuid.uuid4().hex}"
    env = {**os.environ, token: "1", "PREFECT_RUNNER_POLL_FREQUENCY": "2", "PREFECT_HOME": str(data / ".prefect")}
    env.pop("PREFECT_API_URL", None)  # serve must start its own server
    started = time.monotonic()
    proc = subprocess.Popen([NEWSLAKE, "serve", "--data-dir", str(data), "--interval-override", "4"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
                            start_new_session=True)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=_reader, args=(proc.stdout, lines), daemon=True).start()
    seen: list[str] = []
    try:
        api_url = _wait_for_api_url(lines, seen, timeout=120)
        print(f"serve: API up after {time.monotonic() - started:.0f} s")
        completed: list = []
        deadline = time.monotonic() + 150
        while time.monotonic() < deadline and len(completed) < 2:
            assert proc.poll() is None, "serve exited early:\n" + "".join(seen)
            time.sleep(2)
            completed = _completed_scheduled_runs(api_url)
        assert len(completed) >= 2, f"{len(completed)} completed runs in time:\n" + "".join(seen)
        assert None not in {run.deployment_id for run in completed}
        # Scheduled runs wrote to the Delta lake, and overlapping schedules duplicated nothing.
        ids = delta_store.read_table(data / "lake-delta", "articles")["article_id"].to_pylist()
        assert len(ids) == len(set(ids)) > 0
        assert not (data / "lake").exists()
        print(f"serve: {len(completed)} completed runs ({sorted(r.name for r in completed)}) after {time.monotonic() - started:.0f} s")

        time.sleep(0.5)
        while True:  # what serve printed while serving
            try:
                line = lines.get_nowait()
            except queue.Empty:
                break
            if line is not None:
                seen.append(line)
        proc.send_signal(signal.SIGINT)  # Ctrl-C
        proc.wait(timeout=60)
        shutdown: list[str] = []
        while (line := lines.get(timeout=5)) is not None:
            shutdown.append(line)
        seen.extend(shutdown)
        assert proc.returncode == 0, "".join(seen)
        # (a failing scheduled run logs its traceback while serving; stopping must not)
        assert "stopped" in "".join(shutdown) and "Traceback" not in "".join(shutdown), "".join(shutdown)
        assert not serve_mod.api_healthy(api_url, timeout=1), "the Prefect server is still answering"
        deadline = time.monotonic() + 30  # children may take a moment to exit after their parent
        while _processes_with(token) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert _processes_with(token) == [], "processes left running"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
        for pid in _processes_with(token):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
