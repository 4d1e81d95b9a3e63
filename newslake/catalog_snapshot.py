"""The lake's ``entity_catalog`` table: the catalog as the run saw it, rewritten only when it changed.

Building the catalog (about 37,000 rows and their indexes) costs a second or more, and a run with
nothing new would pay it only to write the same table again. The catalog folder's fingerprint
(file names, sizes, modification times, and the table's columns) is kept beside the lake index;
a run writes the table when the fingerprint differs or the lake has never had one.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from newslake import catalog_io
from newslake.catalog_io import DEFAULT_CATALOG_DIR, catalog_files, load_catalog
from newslake.markers import Fingerprint, read_marker, write_marker
from newslake.schema import ENTITY_CATALOG

_FINGERPRINT_FILE = Path("_state") / "entity_catalog.fingerprint"


def catalog_table(folder: Path | None = None) -> pa.Table:
    # Column by column: a third of the time of ``from_pylist`` over 37,000 dicts (0.14 s vs 0.49 s).
    rows = load_catalog(folder).rows()
    return pa.Table.from_pydict({name: [row[name] for row in rows] for name in ENTITY_CATALOG.names},
                                schema=ENTITY_CATALOG)


def catalog_fingerprint(folder: Path = DEFAULT_CATALOG_DIR) -> str:
    fingerprint = Fingerprint(",".join(ENTITY_CATALOG.names))
    fingerprint.add_files((path, path.name) for path in catalog_files(folder))
    return fingerprint.hexdigest()


def changed_catalog_table(lake: Path, folder: Path = DEFAULT_CATALOG_DIR) -> tuple[pa.Table | None, str]:
    """The table to write (None: the lake already holds this catalog) and the fingerprint to mark."""
    fingerprint = catalog_fingerprint(folder)
    marker = lake / _FINGERPRINT_FILE
    has_table = (lake / "entity_catalog").is_dir() and any((lake / "entity_catalog").iterdir())
    recorded = read_marker(marker)
    if has_table and recorded == fingerprint:
        return None, fingerprint
    if recorded is not None and recorded != fingerprint:
        catalog_io._load.cache_clear()  # edited while a process (``newslake serve``) had it cached
    return catalog_table(folder), fingerprint


def mark_catalog_written(lake: Path, fingerprint: str) -> None:
    """Record the fingerprint once the table is committed."""
    write_marker(lake / _FINGERPRINT_FILE, fingerprint)
