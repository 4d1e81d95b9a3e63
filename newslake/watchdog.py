"""Run a command that must not outlive the process that started it.

``python -m newslake.watchdog PID -- COMMAND...`` runs COMMAND in the
watchdog's process group (the caller starts the watchdog in a new session)
and stops that group when PID is no longer the watchdog's parent (it exited,
or was SIGKILLed and we were reparented) or when the watchdog gets SIGTERM,
SIGINT or SIGHUP: SIGTERM first, SIGKILL after ``STOP_GRACE_SECONDS``.

This is what keeps a run's temporary Prefect server from running forever
after the run is killed: the kernel tells no one when a process is SIGKILLed,
and a parent-death signal on the server alone would follow the forking
thread and miss the server's own children. If the watchdog itself is
SIGKILLed, COMMAND gets SIGTERM (``PR_SET_PDEATHSIG``, set before exec).

Deliberately tiny (stdlib only, imports nothing else of newslake's but
``procs``): it starts in milliseconds and costs a few MB.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from newslake.procs import die_with_parent

POLL_SECONDS = 0.2
STOP_GRACE_SECONDS = 10.0


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[1] != "--" or not argv[0].isdigit():
        print("usage: python -m newslake.watchdog PID -- COMMAND...", file=sys.stderr)
        return 2
    parent, command = int(argv[0]), argv[2:]
    stopping = False

    def stop(signum: int, frame: object) -> None:  # noqa: ARG001
        nonlocal stopping
        stopping = True

    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, stop)
    if os.getpgid(0) != os.getpid():
        os.setsid()  # our own group, so stopping it never reaches the caller's
    if os.getppid() != parent:
        return 1  # the caller is already gone
    child = subprocess.Popen(command, preexec_fn=lambda: die_with_parent(signal.SIGTERM))
    while not stopping and child.poll() is None and os.getppid() == parent:
        time.sleep(POLL_SECONDS)
    if child.poll() is None:
        group = os.getpid()
        os.killpg(group, signal.SIGTERM)  # the command and anything it started; we only note it
        try:
            child.wait(STOP_GRACE_SECONDS)
        except subprocess.TimeoutExpired:
            os.killpg(group, signal.SIGKILL)  # ends us too
    return child.wait()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
