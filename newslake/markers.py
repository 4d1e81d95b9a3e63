"""Fingerprints of input files, and the small marker files that remember them.

A run skips work whose inputs did not change (the catalog table, the warehouse build): it
fingerprints the files by name, size and modification time (cheap: no file is read) and compares
with the fingerprint it recorded after the last time the work succeeded.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path


class Fingerprint:
    """A running SHA-256 over file stamps and free-form parts."""

    def __init__(self, *parts: str) -> None:
        self._digest = hashlib.sha256()
        for part in parts:
            self.add(part)

    def add(self, part: str) -> None:
        self._digest.update(f"\n{part}".encode())

    def add_file(self, path: Path | str, name: str) -> None:
        st = os.stat(path)
        self.add(f"{name}:{st.st_size}:{st.st_mtime_ns}")

    def add_files(self, paths: Iterable[tuple[Path | str, str]]) -> None:
        for path, name in paths:
            self.add_file(path, name)

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


def read_marker(path: Path) -> str | None:
    try:
        return path.read_text().strip()
    except OSError:
        return None


def write_marker(path: Path, value: str | None) -> None:
    """Record ``value`` atomically (a kill leaves the old marker); None removes it."""
    if value is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(value + "\n")
    os.replace(tmp, path)
