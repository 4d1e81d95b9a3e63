"""Whether the warehouse is already built from the lake and models as they are now.

A run that commits nothing (a scheduled poll with no new items) would otherwise rebuild every
model, about a second on the sample and minutes on a large lake, to write the same tables. The
fingerprint covers the SQL project's files and every lake file a model reads (names, sizes,
modification times); the lake's own ``pipeline_runs`` is left out: no model reads it, and every
run adds a row. It is kept beside the warehouse and written only after a build that passed.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

# lake entries no model reads: the run log, the writer's index and lock, quarantined files
_NOT_READ = frozenset({"pipeline_runs", "_state", "_corrupt", ".lock"})


def _walk(root: Path, digest: "hashlib._Hash", skip_top: frozenset[str] = frozenset()) -> None:
    if not root.is_dir():
        digest.update(f"\n-{root}".encode())
        return
    for dirpath, dirnames, filenames in os.walk(root):
        rel = os.path.relpath(dirpath, root)
        if rel == ".":
            dirnames[:] = [d for d in dirnames if d not in skip_top]
            filenames = [f for f in filenames if f not in skip_top]
        dirnames.sort()
        for name in sorted(filenames):
            if name.startswith(".") and name != ".lock":
                continue  # a writer's hidden temporaries are not data yet
            st = os.stat(os.path.join(dirpath, name))
            digest.update(f"\n{rel}/{name}:{st.st_size}:{st.st_mtime_ns}".encode())


def inputs_fingerprint(project: Path, lake: Path) -> str:
    digest = hashlib.sha256()
    _walk(Path(project), digest, frozenset({"target", "logs", "dbt_packages"}))
    digest.update(b"\n--lake--")
    _walk(Path(lake), digest, _NOT_READ)
    return digest.hexdigest()


def _marker(warehouse: Path) -> Path:
    return Path(warehouse).with_name(Path(warehouse).name + ".inputs")


def is_current(project: Path, lake: Path, warehouse: Path) -> tuple[bool, str]:
    """(the warehouse was built from exactly these inputs, the inputs' fingerprint)."""
    fingerprint = inputs_fingerprint(project, lake)
    try:
        current = Path(warehouse).is_file() and _marker(warehouse).read_text().strip() == fingerprint
    except OSError:
        current = False
    return current, fingerprint


def mark_built(warehouse: Path, fingerprint: str | None) -> None:
    """Record the inputs of a build that passed (None: forget, after a failed or other build)."""
    marker = _marker(warehouse)
    if fingerprint is None:
        marker.unlink(missing_ok=True)
        return
    tmp = marker.with_name(marker.name + f".tmp-{os.getpid()}")
    tmp.write_text(fingerprint + "\n")
    os.replace(tmp, marker)
