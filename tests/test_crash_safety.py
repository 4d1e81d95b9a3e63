"""Crash safety: kill `newslake run` at each fault point, run again, compare with a clean run.

For every checkpoint of ``newslake.faults`` that the code calls, a run is
started on a lake that already holds part of the sample (and its warehouse),
paused at the point (``NEWSLAKE_PAUSE_AT``), SIGKILLed, and checked:

* right after the kill: every partition file is readable (a killed writer
  leaves at most a hidden temporary file, which readers' globs skip) and the
  warehouse opens with its marts (the old one);
* after a second, complete run: exit 0, no temporary file left, the lake has
  exactly the reference run's rows per contract table and no duplicate id,
  and the warehouse has the marts over the whole sample.

Only the run's main process is killed (not its process group), and within
``ORPHAN_DEADLINE`` seconds nothing it started may be left: neither the
descendants recorded through ``/proc`` just before the kill (extraction
workers, the watchdog and its temporary Prefect server) nor any process whose
environment or command line carries the marker the test set. The rerun must
succeed at once (``--wait 0``), taking over the dead run's lock with a notice.

The reference is one clean run of the whole sample in a fresh data dir,
computed once per module. All runs share one Prefect server started for the
module (PREFECT_API_URL), which saves the temporary server's start per run;
the kill at ``extract`` runs without it, so that the killed run has its own
temporary server to leave behind (and must not).
Also here: the lake lock (a second run exits with one line; a stale lock is
taken over; forked children never hold it) and local paths outside those a
feeds config declares (refused).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from newslake.config import load_config, parse_config
from newslake.faults import POINTS
from newslake.lake import lake_lock
from newslake.materialize import materialize
from newslake.sources import DiscoverContext, Discovery, LocalReader, iter_feed

REPO = Path(__file__).resolve().parents[1]
NEWSLAKE = str(Path(sys.executable).parent / "newslake")
# This file checks the Parquet lake's files (the Delta lake's own tests: test_lake_delta_*.py), so
# its first run of a data folder asks for that lake; later runs find it (paths.resolve_lake).
RUN = ("run", "--lake-format", "parquet")
CONTRACT_KEYS = {
    "articles": "article_id",
    "quotes": "quote_id",
    "figures": "figure_id",
    "entities": "article_id || ':' || start_char || ':' || entity_id",
}
MARTS = sorted(p.stem for p in (REPO / "dbt_like_sql" / "models" / "marts").glob("*.sql"))
# Feeds of the sample with no syndicated copy among the others: a lake seeded
# with them gets the rest of the sample (and its one syndication cluster) in
# the run that is killed.
SEED_FEEDS = ("wire-dumps", "pacific-dispatch", "eastasia-monitor")
RUN_TIMEOUT = 240
PAUSE_TIMEOUT = 120
ORPHAN_DEADLINE = 5.0
# The point whose killed run starts (and must stop) its own temporary Prefect server.
OWN_SERVER_POINT = "extract"


def wired_points() -> set[str]:
    """Fault points some code actually calls (``checkpoint("name")``)."""
    calls = set()
    for folder in ("newslake", "flows", "transforms"):
        for path in (REPO / folder).rglob("*.py"):
            calls |= set(re.findall(r"""checkpoint\(\s*["']([\w-]+)["']\s*\)""", path.read_text(encoding="utf-8")))
    return calls


# ------------------------------------------------------------------ fixtures
@pytest.fixture(scope="module")
def prefect_api(tmp_path_factory):
    """One real Prefect server for every run of the module (it stops with pytest, however pytest ends)."""
    from newslake.prefect_server import PrefectServer

    home = tmp_path_factory.mktemp("prefect")
    server = PrefectServer(home, database_url=f"sqlite+aiosqlite:///{home / 'prefect.db'}")
    server.start()
    try:
        yield server.api_url, home
    finally:
        server.stop()


@pytest.fixture(scope="module")
def base_env(prefect_api):
    api_url, home = prefect_api
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSLAKE_PAUSE")}
    env.update({"PREFECT_API_URL": api_url, "PREFECT_HOME": str(home)})
    return env


def newslake(env: dict, data: Path, *args: str, timeout: float = RUN_TIMEOUT, **extra: str):
    return subprocess.run([NEWSLAKE, *args], capture_output=True, text=True, timeout=timeout,
                          env={**env, "NEWSLAKE_DATA_DIR": str(data), **extra})


def lake_counts(data: Path) -> dict[str, int]:
    """Rows per contract table, read the way the warehouse reads them; duplicates fail."""
    con = duckdb.connect()
    counts = {}
    for table, key in CONTRACT_KEYS.items():
        total, distinct = con.execute(
            f"select count(*), count(distinct {key}) from read_parquet('{data}/lake/{table}/*/*.parquet')").fetchone()
        assert total == distinct, f"duplicate rows in {table}: {total} rows, {distinct} ids"
        counts[table] = total
    return counts


def assert_every_partition_readable(data: Path) -> int:
    files = sorted((data / "lake").glob("*/*/*.parquet"))
    for path in files:
        pq.read_table(path)  # raises on a torn or partial file
    return len(files)


def stray_temporaries(data: Path) -> list[Path]:
    lake = sorted(p for p in (data / "lake").rglob("*") if p.name.endswith(".tmp") or ".tmp" in p.name)
    warehouse = sorted(data.glob("warehouse.duckdb.building-*"))
    return lake + warehouse


def warehouse_articles(data: Path) -> int:
    """Open the warehouse read-only, check every mart is there, return its article count."""
    from newslake.warehouse import connect_read_only

    with connect_read_only(data / "warehouse.duckdb") as con:
        names = {row[0] for row in con.execute("select table_name from information_schema.tables").fetchall()}
        missing = [m for m in MARTS if m not in names]
        assert not missing, f"warehouse lacks marts {missing}"
        for mart in MARTS:
            con.execute(f"select count(*) from {mart}").fetchone()
        return con.execute("select count(*) from stg_articles").fetchone()[0]


@pytest.fixture(scope="module")
def reference(tmp_path_factory, base_env):
    """One clean run of the whole sample: the counts every recovered lake must match."""
    data = tmp_path_factory.mktemp("reference")
    started = time.monotonic()
    result = newslake(base_env, data, *RUN)
    assert result.returncode == 0, result.stdout + result.stderr
    counts = lake_counts(data)
    print(f"reference run: {time.monotonic() - started:.1f} s, {counts}")
    return counts


@pytest.fixture(scope="module")
def seeded(tmp_path_factory, base_env):
    """A data dir after a clean run of SEED_FEEDS only: a lake and a warehouse to keep safe."""
    data = tmp_path_factory.mktemp("seeded")
    args = [a for feed in SEED_FEEDS for a in ("--feed", feed)]
    result = newslake(base_env, data, *RUN, *args)
    assert result.returncode == 0, result.stdout + result.stderr
    return data, lake_counts(data), warehouse_articles(data)


# ------------------------------------------------------------ kill and rerun
def start_paused(env: dict, data: Path, point: str, marker: Path, token: str) -> tuple[subprocess.Popen, int]:
    proc = subprocess.Popen([NEWSLAKE, *RUN], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True,
                            env={**env, "NEWSLAKE_DATA_DIR": str(data), "NEWSLAKE_PAUSE_AT": point,
                                 "NEWSLAKE_PAUSE_MARKER": str(marker), token: "1"})
    deadline = time.monotonic() + PAUSE_TIMEOUT
    while time.monotonic() < deadline:
        if marker.exists() and marker.read_text().strip():
            return proc, int(marker.read_text())
        if proc.poll() is not None:
            raise AssertionError(f"the run ended (exit {proc.returncode}) without pausing at {point}:\n"
                                 f"{proc.stdout.read()}")
        time.sleep(0.2)
    kill_everything(proc, token)
    raise AssertionError(f"the run did not reach {point} within {PAUSE_TIMEOUT} s")


def _stat(pid: str) -> tuple[int, str] | None:
    """(parent pid, state) from /proc/<pid>/stat, or None if the process is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return int(fields[1]), fields[0]


def descendants(root: int) -> set[int]:
    """Live descendants of ``root``, by walking every process's parent pid."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (stat := _stat(entry.name)) and stat[1] != "Z":
            children.setdefault(stat[0], []).append(int(entry.name))
    found, todo = set(), [root]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def marked(token: str) -> set[int]:
    """Live processes (zombies aside) whose environment or command line carries ``token``."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            carries = token.encode() in (entry / "environ").read_bytes() + (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if carries and (stat := _stat(entry.name)) and stat[1] != "Z":
            found.add(int(entry.name))
    return found


def alive_of(pids: set[int]) -> set[int]:
    return {pid for pid in pids if (stat := _stat(str(pid))) and stat[1] != "Z"}


def kill_main_process(proc: subprocess.Popen, pid: int, token: str) -> tuple[set[int], float]:
    """SIGKILL the run's main process only; return what it had started and when the last of it exited.

    Fails if anything it started (a descendant recorded just before the kill,
    or a process carrying ``token``) is still alive ORPHAN_DEADLINE s later.
    """
    assert pid == proc.pid, "the paused process is the run's main process"
    before = descendants(pid) | (marked(token) - {pid})
    os.kill(pid, signal.SIGKILL)
    killed = time.monotonic()
    proc.wait(30)
    proc.stdout.close()
    left = alive_of(before) | marked(token)
    while left and time.monotonic() - killed < ORPHAN_DEADLINE:
        time.sleep(0.1)
        left = alive_of(before) | marked(token)
    last_exit = time.monotonic() - killed
    try:
        assert not left, f"still alive {ORPHAN_DEADLINE:g} s after the kill: " + "; ".join(
            f"{p}: {Path(f'/proc/{p}/cmdline').read_bytes().replace(bytes(1), b' ')[:150]!r}" for p in sorted(left))
    finally:
        kill_everything(proc, token)
    return before, last_exit


def kill_everything(proc: subprocess.Popen, token: str) -> None:
    """Clean-up after a failure: the run's session and every marked process."""
    for pid in marked(token):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(30)


@pytest.mark.slow
@pytest.mark.parametrize("point", POINTS)
def test_kill_at_fault_point_then_rerun(point, tmp_path, base_env, reference, seeded):
    if point not in wired_points():
        pytest.skip(f"no checkpoint({point!r}) in the code yet")
    seed_dir, seed_counts, seed_warehouse_articles = seeded
    data = tmp_path / "data"
    shutil.copytree(seed_dir, data)
    started = time.monotonic()
    token = f"NEWSLAKE_TEST_KILL_{uuid.uuid4().hex}"
    env = base_env
    if point == OWN_SERVER_POINT:  # no PREFECT_API_URL: the run starts a temporary server of its own
        env = {k: v for k, v in base_env.items()
               if k not in ("PREFECT_API_URL", "PREFECT_HOME", "PREFECT_API_DATABASE_CONNECTION_URL")}

    proc, paused_pid = start_paused(env, data, point, tmp_path / "paused.pid", token)
    try:
        if point == "fetch":
            # The paused run holds the lake: a second run gives up at once, in one line.
            second = newslake(base_env, data, *RUN, "--wait", "0", timeout=120)
            assert second.returncode != 0
            assert "another newslake run" in second.stderr and "Traceback" not in second.stderr
            assert len(second.stderr.strip().splitlines()) == 1, second.stderr
        if point == "lake-write":
            assert stray_temporaries(data), "paused before a rename, yet no temporary file"
        if point == OWN_SERVER_POINT:
            commands = [Path(f"/proc/{p}/cmdline").read_bytes() for p in descendants(paused_pid)]
            assert any(b"newslake.watchdog" in c for c in commands), "no temporary Prefect server under a watchdog"
            assert any(b"bin/newslake" in c for c in commands), "no extraction worker alive to orphan"
    except BaseException:
        kill_everything(proc, token)
        raise
    started_by_run, last_exit = kill_main_process(proc, paused_pid, token)

    # Right after the crash: readers see whole files only, and the old warehouse.
    assert_every_partition_readable(data)
    crashed_counts = lake_counts(data)
    assert crashed_counts["articles"] >= seed_counts["articles"]
    assert warehouse_articles(data) in (seed_warehouse_articles, reference["articles"])

    # The next run repairs everything, at once: the dead run's lock is taken over.
    rerun = newslake(base_env, data, *RUN, "--wait", "0")
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert "Traceback" not in rerun.stdout + rerun.stderr
    assert f"took over the lake lock of pid {paused_pid}" in rerun.stderr, rerun.stderr
    assert stray_temporaries(data) == []
    files = assert_every_partition_readable(data)
    assert lake_counts(data) == reference
    assert warehouse_articles(data) == reference["articles"]
    print(f"{point}: paused pid {paused_pid} with {len(started_by_run)} processes under it, killed; "
          f"the last exited {last_exit:.2f} s later; rerun ok; {files} partitions; {time.monotonic() - started:.1f} s")


@pytest.mark.slow
@pytest.mark.parametrize("point, skip", [("extract", 2), ("lake-commit", 3)])
def test_kill_between_batches_loses_and_doubles_nothing(point, skip, tmp_path, base_env, reference):
    """Batches of 8: killed after some batches are committed (or with one at its commit point),
    the lake holds whole batches only, and the next run reads just what is missing."""
    data = tmp_path / "data"
    token = f"NEWSLAKE_TEST_KILL_{uuid.uuid4().hex}"
    env = {**base_env, "NEWSLAKE_BATCH_SIZE": "8", "NEWSLAKE_PAUSE_SKIP": str(skip)}
    proc, paused_pid = start_paused(env, data, point, tmp_path / "paused.pid", token)
    kill_main_process(proc, paused_pid, token)
    assert_every_partition_readable(data)
    partial = lake_counts(data)  # no duplicate id
    assert 8 <= partial["articles"] < reference["articles"]
    rerun = newslake({**base_env, "NEWSLAKE_BATCH_SIZE": "8"}, data, *RUN, "--wait", "0")
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    read = int(re.search(r"(\d+) documents read", rerun.stdout).group(1))
    assert read <= reference["articles"] - 8, rerun.stdout  # what was committed is not read again
    assert stray_temporaries(data) == []
    assert lake_counts(data) == reference


@pytest.mark.slow
@pytest.mark.parametrize("table", ["articles", "figures"])
def test_a_corrupt_lake_file_is_set_aside_and_its_partition_ingested_again(table, tmp_path, base_env, reference,
                                                                          seeded):
    """A part file overwritten with garbage: the next run says so in one line, moves its partition
    aside, ingests that partition's articles again and ends with the lake of one clean run."""
    seed_dir, _seed_counts, _articles = seeded
    data = tmp_path / "data"
    shutil.copytree(seed_dir, data)
    victim = max((data / "lake" / table).glob("*/*.parquet"), key=lambda p: p.stat().st_size)
    victim.write_bytes(b"PAR1 this is not a parquet file any more" * 10)
    result = newslake(base_env, data, *RUN, "--wait", "0")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [line for line in result.stderr.splitlines() if "is unreadable" in line]
    assert len(lines) == 1 and victim.parent.name in lines[0] and "ingested again" in lines[0], result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert list((data / "lake" / "_corrupt").rglob(victim.name))
    assert lake_counts(data) == reference
    assert warehouse_articles(data) == reference["articles"]


@pytest.mark.slow
def test_separate_group_runs_add_up_to_one_run(tmp_path, base_env, reference):
    """`newslake serve` runs each feed group on its own: together they must give the one-run lake.

    The sample's syndicated story spans both groups, so the second group's
    run re-labels the cluster of articles the first one committed.
    """
    config = load_config(REPO / "data" / "sample" / "feeds.toml")
    data = tmp_path / "data"
    for group in ("default", "hourly"):
        args = [a for f in config.enabled_feeds() if f.group == group for a in ("--feed", f.name)]
        result = newslake(base_env, data, *RUN, "--no-build", *args)
        assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
    assert lake_counts(data) == reference


# ------------------------------------------------------------------ the lock
def test_second_run_exits_with_one_line_while_the_lake_is_held(tmp_path):
    data = tmp_path / "data"
    with lake_lock(data / "lake"):
        started = time.monotonic()
        result = subprocess.run([NEWSLAKE, *RUN, "--wait", "0"], capture_output=True, text=True, timeout=120,
                                env={**os.environ, "NEWSLAKE_DATA_DIR": str(data)})
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "another newslake run is writing" in lines[0], result.stderr
    assert time.monotonic() - started < 60  # no Prefect start, no waiting
    assert not (data / "lake" / "articles").exists()


def test_lock_is_released_when_its_holder_dies(tmp_path):
    """flock dies with the process: a SIGKILLed run never leaves the lake locked."""
    lake = tmp_path / "lake"
    holder = subprocess.Popen([sys.executable, "-c",
                               "import sys, time; from pathlib import Path; from newslake.lake import lake_lock\n"
                               f"with lake_lock(Path({str(lake)!r})):\n    print('held', flush=True); time.sleep(600)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(Exception, match="another newslake run"):
            with lake_lock(lake):
                pass
    finally:
        holder.kill()
        holder.wait(10)
    with lake_lock(lake, wait_seconds=5):
        pass


def dead_pid() -> int:
    """The pid of a process that has exited (and been reaped)."""
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid


def test_stale_lock_of_a_dead_pid_is_taken_over_with_a_notice(tmp_path):
    """A lock file naming a dead holder: taken at once, one line, and our pid recorded; emptied on release."""
    lake = tmp_path / "lake"
    lake.mkdir()
    gone = dead_pid()
    (lake / ".lock").write_text(f"{gone}\n")
    notices: list[str] = []
    started = time.monotonic()
    with lake_lock(lake, on_notice=notices.append):
        assert (lake / ".lock").read_text().strip() == str(os.getpid())
    assert time.monotonic() - started < 1
    assert len(notices) == 1 and f"pid {gone}" in notices[0] and "no longer running" in notices[0], notices
    assert (lake / ".lock").read_text() == ""  # a clean release leaves no holder to report
    notices.clear()
    with lake_lock(lake, on_notice=notices.append):
        pass
    assert notices == []


def test_lock_held_by_orphans_of_a_dead_holder_is_taken_over(tmp_path):
    """The orphaned-worker case: the flock is still held, but not by the pid the file names.

    Taken over at once (a fresh lock file renamed over the old one), and the
    new lock still excludes every other writer.
    """
    lake = tmp_path / "lake"
    lake.mkdir()
    (lake / ".lock").write_text(f"{dead_pid()}\n")
    orphan = subprocess.Popen([sys.executable, "-c",
                               "import fcntl, sys, time\n"
                               f"f = open({str(lake / '.lock')!r}, 'a'); fcntl.flock(f, fcntl.LOCK_EX)\n"
                               "print('held', flush=True); time.sleep(600)"], stdout=subprocess.PIPE, text=True)
    try:
        assert orphan.stdout.readline().strip() == "held"
        notices: list[str] = []
        with lake_lock(lake, on_notice=notices.append):
            assert len(notices) == 1 and "no longer running" in notices[0]
            other = subprocess.run([sys.executable, "-c",
                                    "from pathlib import Path; from newslake.lake import lake_lock\n"
                                    f"with lake_lock(Path({str(lake)!r})): pass"],
                                   capture_output=True, text=True, timeout=60)
            assert other.returncode != 0 and "another newslake run" in other.stderr
    finally:
        orphan.kill()
        orphan.wait(10)


def test_forked_children_do_not_hold_the_lock(tmp_path):
    """A child forked while the lock is held (an extraction worker) does not keep it after its parent dies."""
    lake = tmp_path / "lake"
    holder = subprocess.Popen([sys.executable, "-c",
                               "import os, time; from pathlib import Path; from newslake.lake import lake_lock\n"
                               f"with lake_lock(Path({str(lake)!r})):\n"
                               "    pid = os.fork()\n"
                               "    if pid == 0:\n        time.sleep(60); os._exit(0)\n"
                               "    print(pid, flush=True); time.sleep(600)"], stdout=subprocess.PIPE, text=True)
    child = int(holder.stdout.readline())
    try:
        holder.kill()
        holder.wait(10)
        assert _stat(str(child)) is not None, "the forked child should still be running"
        notices: list[str] = []
        with lake_lock(lake, on_notice=notices.append):  # no wait: free at once
            pass
        assert len(notices) == 1 and f"pid {holder.pid}" in notices[0]
    finally:
        try:
            os.kill(child, signal.SIGKILL)
        except ProcessLookupError:
            pass


# ------------------------------------------------------- declared local paths
def _config(tmp_path: Path, feeds: str, mirror: bool = True):
    text = ('[settings]\nmirror = "mirror"\n' if mirror else "") + feeds
    path = tmp_path / "feeds.toml"
    path.write_text(text)
    (tmp_path / "mirror").mkdir(exist_ok=True)
    return load_config(path)


def _items(config):
    found = Discovery(config.feeds[0].name)
    return list(iter_feed(config.feeds[0], DiscoverContext(config, LocalReader(config)), found))


@pytest.fixture
def secret(tmp_path_factory) -> Path:
    outside = tmp_path_factory.mktemp("outside") / "secret.txt"
    outside.write_text("date 2024-11-05\n\nTOP SECRET " + "words " * 50)
    return outside


def test_reader_refuses_a_path_outside_the_declared_ones(tmp_path, secret):
    (tmp_path / "wire").mkdir()
    config = _config(tmp_path, '[[feeds]]\nname = "w"\nkind = "wire"\npath = "wire"\n')
    reader = LocalReader(config)
    with pytest.raises(PermissionError, match="outside the local paths"):
        reader.read(secret)
    with pytest.raises(PermissionError):
        reader.read(tmp_path / "wire" / ".." / ".." / secret.parent.name / secret.name)
    with pytest.raises(PermissionError):
        reader.read(tmp_path / "feeds.toml")  # the config itself is not a declared input


def test_symlink_out_of_a_declared_folder_is_refused(tmp_path, secret):
    (tmp_path / "wire").mkdir()
    (tmp_path / "wire" / "leak.txt").symlink_to(secret)
    config = _config(tmp_path, '[[feeds]]\nname = "w"\nkind = "wire"\npath = "wire"\n')
    ready = materialize(_items(config), config, None)
    assert not any("TOP SECRET" in p.raw.body for p in ready.prepared)
    assert any("outside" in p.error for p in ready.problems)


def test_feed_links_cannot_escape_the_mirror(tmp_path, secret):
    rel = str(secret).lstrip("/")
    links = [
        f"https://evil.example/{'../' * 12}{rel}",
        f"https://evil.example/{'%2e%2e/' * 12}{rel}",
        f"https://evil.example/{'..%2f' * 12}{rel}",
        f"file://{secret}",
        "https://evil.example/page",  # a symlink inside the mirror, pointing outside
    ]
    items = "".join(f"<item><title>t{i}</title><link>{url}</link></item>" for i, url in enumerate(links))
    (tmp_path / "feed.rss").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>')
    (tmp_path / "mirror" / "evil.example").mkdir(parents=True)
    (tmp_path / "mirror" / "evil.example" / "page").symlink_to(secret)
    config = _config(tmp_path, '[[feeds]]\nname = "r"\nkind = "rss"\npath = "feed.rss"\n')
    items = _items(config)
    ready = materialize(items, config, None)
    assert not any("TOP SECRET" in p.raw.body for p in ready.prepared)
    assert ready.prepared == []
    assert len(ready.problems) == len(items) >= 2
    # (a link that resolves outside the mirror is reported as "no offline mirror configured")
    assert {p.url for p in ready.problems} == {i.ident for i in items}


def test_bad_feed_paths_are_refused_in_one_line(tmp_path):
    cases = {
        "missing": '[[feeds]]\nname = "m"\npath = "nowhere/feed.rss"\n',
        "file-url": '[[feeds]]\nname = "f"\nurl = "file:///etc/passwd"\n',
        "empty": '[[feeds]]\nname = "e"\npath = ""\n',
    }
    for name, text in cases.items():
        config = tmp_path / f"{name}.toml"
        config.write_text(text)
        result = subprocess.run([NEWSLAKE, *RUN, "--config", str(config)], capture_output=True, text=True,
                                timeout=60, env={**os.environ, "NEWSLAKE_DATA_DIR": str(tmp_path / "data")})
        assert result.returncode != 0, name
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in result.stderr, (name, result.stderr)
        assert f"'{name[0]}'" in lines[0] or name[0] in lines[0]
    assert not (tmp_path / "data" / "lake").exists()


def test_parse_config_keeps_declared_roots_to_the_feeds_and_mirror(tmp_path):
    (tmp_path / "a.rss").write_text("<rss/>")
    config = parse_config({"settings": {"mirror": "m"}, "feeds": [{"name": "a", "path": "a.rss"}]},
                          tmp_path / "feeds.toml")
    assert config.is_declared_local(tmp_path / "a.rss")
    assert config.is_declared_local(tmp_path / "m" / "host" / "page")
    assert not config.is_declared_local(tmp_path / "b.rss")
    assert not config.is_declared_local(tmp_path / "m" / ".." / "b.rss")
