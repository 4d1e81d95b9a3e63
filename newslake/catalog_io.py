"""Loading the entity catalog from disk (the I/O half of transforms.catalog).

The catalog folder (default ``data/catalog/`` in the repository) holds CSV
files with the header ``entity_id,name,type,aliases,adjectives,country_id``
(see ``data/catalog/README.md``). Load order, later rows merging into earlier
ones with the same ``entity_id``:

1. every country from pycountry (``transforms.catalog.country_rows``);
2. ``countries.csv`` (names, demonyms, capitals, short forms of countries);
3. ``entities.csv`` (organizations, bodies, places, people);
4. any other ``*.csv`` in the folder, in file-name order: the shipped companies and gazetteer
   (``places.csv``, ``places_minor.csv``, ``subdivisions.csv``, ``subdivisions_en.csv``),
   then user extensions.

About 37,000 rows: reading them and building the catalog takes about 0.9 s, and its
automaton, built on first use (``newslake.parallel.warm_up`` does it in the parent, before
the workers fork), about 0.1 s more.

Lines whose first cell starts with ``#`` are comments.
"""

from __future__ import annotations

import csv
import gc
from functools import lru_cache
from pathlib import Path

from transforms.catalog import Catalog, country_rows

DEFAULT_CATALOG_DIR = Path(__file__).resolve().parents[1] / "data" / "catalog"
SHIPPED_FILES = ("countries.csv", "entities.csv")


def read_catalog_rows(path: Path) -> list[dict[str, str]]:
    """Rows of one catalog CSV file (comment lines skipped)."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if line.strip() and not line.lstrip().startswith("#"))
        reader = csv.reader(lines)
        header = next(reader, None)
        if header is None:
            return rows
        keys = [(i, k.strip()) for i, k in enumerate(header) if k and k.strip()]
        for cells in reader:  # (csv.DictReader, without its per-row cost: 30,000 rows of places)
            if not cells or not cells[0].strip():
                continue
            n = len(cells)
            rows.append({k: cells[i].strip() if i < n else "" for i, k in keys})
    return rows


def catalog_files(path: Path) -> list[Path]:
    """The CSV files of a catalog folder, in load order."""
    shipped = [path / name for name in SHIPPED_FILES if (path / name).is_file()]
    extra = sorted(p for p in path.glob("*.csv") if p.name not in SHIPPED_FILES)
    return shipped + extra


def load_catalog(path: Path | None = None) -> Catalog:
    """The catalog in ``path`` (default: the shipped one), plus pycountry countries.

    Cached per resolved folder; call ``load_catalog.cache_clear()`` after
    editing the files in a long-running process.
    """
    folder = Path(path) if path is not None else DEFAULT_CATALOG_DIR
    return _load(folder.resolve())


@lru_cache(maxsize=8)
def _load(folder: Path) -> Catalog:
    # Hundreds of thousands of small objects that all live as long as the process: the cyclic
    # collector would scan them again and again while they are built (about 15 % of the load).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build(folder)
    finally:
        if enabled:
            gc.enable()


def _build(folder: Path) -> Catalog:
    rows: list[dict] = list(country_rows())
    if folder.is_dir():
        for file in catalog_files(folder):
            rows.extend(read_catalog_rows(file))
    elif folder.is_file():
        rows.extend(read_catalog_rows(folder))
    else:
        raise FileNotFoundError(f"no catalog at {folder}")
    return Catalog.from_rows(rows)


load_catalog.cache_clear = _load.cache_clear  # type: ignore[attr-defined]
