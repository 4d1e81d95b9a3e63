"""`newslake run --dask`: extraction tasks on a real Dask cluster give the default runner's lake.

The end-to-end tests run the embedded sample twice through real Prefect flow
runs against one Prefect server started for the module: once with the default
runner, once with ``--dask local --dask-workers 2`` (a real LocalCluster of two
worker processes), both in batches of ``BATCH`` items so that the Dask run has
batches for both workers, and compare the four contract tables row for row.
The cheap tests check the flag's errors (one line, nonzero exit, milliseconds)
and that a daemonic process never forks the extraction pool.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import duckdb
import pytest

from newslake.dask_runner import DaskError, DaskTarget, parse_target
from tests.test_crash_safety import CONTRACT_KEYS, alive_of, descendants, marked

NEWSLAKE = str(Path(sys.executable).parent / "newslake")
# This file checks the Parquet lake's files (the Delta lake's own tests: test_lake_delta_*.py), so
# its first run of a data folder asks for that lake; later runs find it (paths.resolve_lake).
RUN = ("run", "--lake-format", "parquet")
BATCH = 8  # the sample's 52 items in 7 batches
RUN_TIMEOUT = 240
# Columns a run stamps with its own clock rather than deriving from the input. The sample's
# documents are local files and wire dumps, whose `fetched_at` is the file's mtime, so none of
# the contract tables has one: every column is compared.
RUN_TIME_COLUMNS: dict[str, set[str]] = {"articles": set(), "quotes": set(), "entities": set(), "figures": set()}
WORKERS_LINE = re.compile(r"extraction ran on a local Dask cluster of 2 worker\(s\): (\d+) batch\(es\) "
                          r"on (\d+) worker process\(es\): (.+)")


# ------------------------------------------------------------ cheap tests
def closed_port() -> int:
    """A port on 127.0.0.1 nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_parse_target():
    assert parse_target("local") == DaskTarget(None, 2)
    assert parse_target("local", 3) == DaskTarget(None, 3)
    assert parse_target("tcp://10.0.0.5:8786") == DaskTarget("tcp://10.0.0.5:8786")
    for bad in ("tcp://host", "http://host:8786", "host:8786", "tcp://:8786", "tcp://host:port"):
        with pytest.raises(DaskError, match="--dask takes"):
            parse_target(bad)
    with pytest.raises(DaskError, match="local only"):
        parse_target("tcp://10.0.0.5:8786", 2)


@pytest.mark.parametrize("args, message", [
    (["--dask", "tcp://127.0.0.1:{port}"], "error: cannot reach the Dask scheduler at tcp://127.0.0.1:{port}: "
                                           "Connection refused"),
    (["--dask", "nowhere"], "error: --dask takes `local` or a scheduler address like tcp://host:8786, not 'nowhere'"),
    (["--dask-workers", "2"], "error: --dask-workers needs --dask local"),
])
def test_a_bad_dask_flag_fails_in_one_line(tmp_path, args, message):
    port = closed_port()
    data = tmp_path / "data"
    started = time.monotonic()
    result = subprocess.run([NEWSLAKE, "run", *(a.format(port=port) for a in args)], capture_output=True, text=True,
                            timeout=60, env={**os.environ, "NEWSLAKE_DATA_DIR": str(data)})
    assert result.returncode == 1
    assert result.stderr.strip() == message.format(port=port)
    assert "Traceback" not in result.stdout + result.stderr
    assert time.monotonic() - started < 15  # no Prefect server started, no 30 s connect retries
    assert not data.exists()  # checked before anything is created or locked


def test_staged_input_gives_back_the_documents_exactly(tmp_path):
    """What a Dask worker extracts is what the flow read: values, time zones, naive datetimes, rows."""
    from datetime import datetime, timedelta, timezone

    from newslake.sources import Problem
    from newslake.staged import StagedBatch
    from newslake.staged_input import read_input, write_input
    from transforms.pipeline import RawDocument

    seoul = timezone(timedelta(hours=9))
    docs = [RawDocument(id="a", kind="html", body="<p>x</p>" * 1000, feed="f", url="https://x.example/a",
                        source="X", fetched_at=datetime(2024, 11, 7, 8, 30, 1, 123456, tzinfo=seoul),
                        published_hint=datetime(2024, 11, 6, 23, 0), title_hint="T", authors_hint=["A", "B"]),
            RawDocument(id="w/1", kind="wire", body="SEOUL, Nov 7 (Meridian) - ...", feed="w",
                        fetched_at=datetime(2024, 11, 7, tzinfo=timezone.utc), short_ok=True)]
    rows = [None, {"key": "wire/1.txt", "feed": "w", "size": 10, "mtime_ns": 1, "sha256": "ab"}]
    fetched = {"feed": "f", "url": "https://x.example/a", "status": 200, "bytes": 8000, "milliseconds": 1.5,
               "fetched_at": datetime(2024, 11, 7, tzinfo=timezone.utc)}
    batch = StagedBatch(number=3, tables={}, signatures={}, problems=[Problem("f", "u", "fetch", "HTTP 404")],
                        fetch_log=[fetched], source_rows=[{"key": "k", "outcome": "ok"}], documents=2, unchanged=1,
                        seconds={"read": 0.5})
    staged = read_input(write_input(tmp_path / "input-000003", docs, rows, batch))
    assert staged.documents == docs and staged.source_rows == rows
    assert (staged.batch.number, staged.batch.problems, staged.batch.fetch_log, staged.batch.source_rows,
            staged.batch.documents, staged.batch.unchanged) == (3, batch.problems, [fetched], batch.source_rows, 2, 1)


def _workers_in_daemon(queue) -> None:
    from newslake.parallel import workers

    queue.put(workers())


def test_a_daemonic_process_extracts_in_process():
    """Dask's worker processes are daemonic: the extraction pool would fail to start there."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_workers_in_daemon, args=(queue,), daemon=True)
    child.start()
    try:
        assert queue.get(timeout=60) == 1
    finally:
        child.join(30)
    from newslake.parallel import workers

    assert workers() >= 1


# ----------------------------------------------------------- end to end
@pytest.fixture(scope="module")
def prefect_env(prefect_server_env):
    return {**prefect_server_env, "NEWSLAKE_BATCH_SIZE": str(BATCH)}


@pytest.fixture(scope="module")
def two_runs(prefect_env, tmp_path_factory):
    """The sample with the default runner, then with ``--dask local`` (two workers): (data, result, pid) each.

    The Dask run carries a marker in its environment (its LocalCluster's
    workers inherit it); its descendants are sampled while it runs.
    """
    out = {}
    for name, args in (("default", []), ("dask", ["--dask", "local", "--dask-workers", "2"])):
        data = tmp_path_factory.mktemp(name)
        token = f"newslake-dask-test-{uuid.uuid4().hex}"
        env = {**prefect_env, "NEWSLAKE_DATA_DIR": str(data), "NEWSLAKE_TEST_MARKER": token}
        started = time.monotonic()
        proc = subprocess.Popen([NEWSLAKE, *RUN, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, env=env)
        seen: set[int] = set()
        while proc.poll() is None and time.monotonic() - started < RUN_TIMEOUT:
            seen |= descendants(proc.pid)
            time.sleep(0.2)
        stdout, stderr = proc.communicate(timeout=30)
        out[name] = {"data": data, "rc": proc.returncode, "stdout": stdout, "stderr": stderr, "pid": proc.pid,
                     "token": token, "seen": seen, "seconds": time.monotonic() - started}
    return out


def lake_rows(data: Path) -> dict[str, list[tuple]]:
    """Every contract table's rows in key order, without its run-time columns."""
    con = duckdb.connect()
    tables = {}
    for table, key in CONTRACT_KEYS.items():
        rel = con.sql(f"select * from read_parquet('{data}/lake/{table}/*/*.parquet', hive_partitioning = false)")
        columns = [c for c in rel.columns if c not in RUN_TIME_COLUMNS[table]]
        select = ", ".join(f'"{c}"' for c in columns)
        tables[table] = con.sql(f"select {select} from rel order by {key}").fetchall()
    return tables


@pytest.mark.slow
def test_both_runs_succeed(two_runs):
    for name, run in two_runs.items():
        assert run["rc"] == 0, f"{name}:\n{run['stdout']}\n{run['stderr']}"
        assert "Traceback" not in run["stdout"] + run["stderr"]
        assert "articles new 51" in run["stdout"]


@pytest.mark.slow
def test_dask_run_gives_the_default_runners_tables(two_runs):
    default, dask = (lake_rows(two_runs[name]["data"]) for name in ("default", "dask"))
    assert {t: len(rows) for t, rows in default.items()} == {t: len(rows) for t, rows in dask.items()}
    assert len(default["articles"]) == 51 and len(default["entities"]) > 400
    for table in CONTRACT_KEYS:
        assert dask[table] == default[table], f"{table} differs"


@pytest.mark.slow
def test_dask_run_extracted_on_two_worker_processes(two_runs):
    run = two_runs["dask"]
    found = WORKERS_LINE.search(run["stderr"])
    assert found, run["stderr"]
    batches, count, workers = int(found[1]), int(found[2]), found[3].split(", ")
    assert batches == 7 and count == 2 and len(workers) == 2
    pids = {int(w.rsplit(":", 1)[1]) for w in workers}
    assert run["pid"] not in pids  # not the flow's process
    assert pids <= run["seen"]  # the run's own children (the LocalCluster's workers), not some other cluster's
    assert WORKERS_LINE.search(two_runs["default"]["stderr"]) is None


@pytest.mark.slow
def test_no_process_outlives_the_dask_run(two_runs):
    run = two_runs["dask"]
    assert run["seen"], "the run started no process (its LocalCluster's workers are its children)"
    deadline = time.monotonic() + 5
    while (left := alive_of(run["seen"]) | marked(run["token"])) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not left, f"still alive after the run: {sorted(left)}"


@pytest.mark.slow
def test_killed_during_dask_extraction_leaves_no_worker_and_the_rerun_completes(two_runs, prefect_env, tmp_path):
    """SIGKILL of the flow's process while its workers extract: they die with it (their nanny lived in
    the killed process); the next run (default runner) takes over the lock and ends with the clean lake."""
    data, marker = tmp_path / "data", tmp_path / "paused"
    token = f"newslake-dask-kill-{uuid.uuid4().hex}"
    env = {**prefect_env, "NEWSLAKE_DATA_DIR": str(data), "NEWSLAKE_TEST_MARKER": token}
    proc = subprocess.Popen([NEWSLAKE, *RUN, "--dask", "local"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**env, "NEWSLAKE_PAUSE_AT": "extract", "NEWSLAKE_PAUSE_MARKER": str(marker)})
    try:
        deadline = time.monotonic() + RUN_TIMEOUT
        while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert marker.exists(), f"the run did not pause in a worker (exit {proc.poll()})"
        worker = int(marker.read_text())
        before = descendants(proc.pid) | (marked(token) - {proc.pid})
        assert worker in before and worker != proc.pid  # paused in a worker process the run started
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
        killed = time.monotonic()
        while (left := alive_of(before) | marked(token)) and time.monotonic() - killed < 5:
            time.sleep(0.1)
        assert not left, f"still alive 5 s after the kill: {sorted(left)}"
    finally:
        for pid in marked(token):
            os.kill(pid, signal.SIGKILL)
    rerun = subprocess.run([NEWSLAKE, *RUN], capture_output=True, text=True, env=env, timeout=RUN_TIMEOUT)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert "took over the lake lock" in rerun.stderr
    assert lake_rows(data) == lake_rows(two_runs["default"]["data"])


@pytest.fixture
def dask_scheduler(tmp_path):
    """A `dask scheduler` and one `dask worker` on 127.0.0.1, as an operator would start them; its address."""
    from newslake.prefect_server import free_port

    port, bin_dir = free_port(), Path(sys.executable).parent
    address = f"tcp://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSLAKE_", "PREFECT_"))}
    log = (tmp_path / "worker.log").open("w")
    procs = [subprocess.Popen([str(bin_dir / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--dashboard-address", "127.0.0.1:0"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, env=env, start_new_session=True)]
    try:
        procs.append(subprocess.Popen([str(bin_dir / "dask"), "worker", address, "--nworkers", "1", "--nthreads", "1",
                                       "--host", "127.0.0.1", "--no-dashboard"], stdout=log, stderr=log, env=env,
                                      start_new_session=True))
        deadline = time.monotonic() + 60
        while "Registered to" not in (tmp_path / "worker.log").read_text() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert "Registered to" in (tmp_path / "worker.log").read_text(), "the dask worker did not register"
        yield address, procs[1].pid
    finally:
        for proc in reversed(procs):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(10)
        log.close()


@pytest.mark.slow
def test_run_on_an_existing_scheduler_and_leave_it_running(dask_scheduler, prefect_env, tmp_path):
    """`--dask tcp://...`: the batches run in that cluster's worker, and the cluster outlives the run."""
    address, worker_group = dask_scheduler
    env = {**prefect_env, "NEWSLAKE_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([NEWSLAKE, *RUN, "--dask", address, "--feed", "wire-dumps", "--no-build"],
                            capture_output=True, text=True, env=env, timeout=RUN_TIMEOUT)
    assert result.returncode == 0, result.stdout + result.stderr
    found = re.search(rf"extraction ran on the Dask scheduler at {re.escape(address)}: (\d+) batch\(es\) "
                      r"on 1 worker process\(es\): \S+:(\d+)", result.stderr)
    assert found, result.stderr
    assert int(found[1]) >= 2 and int(found[2]) in descendants(worker_group)  # the worker the fixture started
    assert len(lake_rows(tmp_path / "data")["articles"]) == 14  # the sample's wire stories
    with socket.create_connection(("127.0.0.1", int(address.rsplit(":", 1)[1])), timeout=5):
        pass  # the scheduler still runs
