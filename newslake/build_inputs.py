"""Whether the warehouse is already built from the lake and models as they are now.

A run that commits nothing (a scheduled poll with no new items) would otherwise rebuild every
model, about a second on the sample and minutes on a large lake, to write the same tables. The
fingerprint covers the SQL project's files and every lake file a model reads (names, sizes,
modification times); the lake's own ``pipeline_runs`` is left out: no model reads it, and every
run adds a row. It is kept beside the warehouse and written only after a build that passed.
"""

from __future__ import annotations

import os
from pathlib import Path

from newslake.markers import Fingerprint, read_marker, write_marker

# lake entries no model reads: the run log, the writer's index and lock, quarantined files
_NOT_READ = frozenset({"pipeline_runs", "_state", "_corrupt", ".lock"})


def _walk(root: Path, fingerprint: Fingerprint, skip_top: frozenset[str] = frozenset()) -> None:
    if not root.is_dir():
        fingerprint.add(f"-{root}")
        return
    for dirpath, dirnames, filenames in os.walk(root):
        rel = os.path.relpath(dirpath, root)
        if rel == ".":
            dirnames[:] = [d for d in dirnames if d not in skip_top]
            filenames = [f for f in filenames if f not in skip_top]
        dirnames.sort()
        for name in sorted(filenames):
            if name.startswith("."):
                continue  # a writer's hidden temporaries are not data yet
            fingerprint.add_file(os.path.join(dirpath, name), f"{rel}/{name}")


def inputs_fingerprint(project: Path, lake: Path) -> str:
    fingerprint = Fingerprint()
    _walk(Path(project), fingerprint, frozenset({"target", "logs", "dbt_packages"}))
    fingerprint.add("--lake--")
    _walk(Path(lake), fingerprint, _NOT_READ)
    return fingerprint.hexdigest()


def _marker(warehouse: Path) -> Path:
    return Path(warehouse).with_name(Path(warehouse).name + ".inputs")


def is_current(project: Path, lake: Path, warehouse: Path) -> tuple[bool, str]:
    """(the warehouse was built from exactly these inputs, the inputs' fingerprint)."""
    fingerprint = inputs_fingerprint(project, lake)
    current = Path(warehouse).is_file() and read_marker(_marker(warehouse)) == fingerprint
    return current, fingerprint


def mark_built(warehouse: Path, fingerprint: str | None) -> None:
    """Record the inputs of a build that passed (None: forget, after a failed or other build)."""
    write_marker(_marker(warehouse), fingerprint)
