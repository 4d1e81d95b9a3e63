"""The gazetteer: subdivisions, minor cities, and the context rules that keep them precise.

Files: data/catalog/places.csv, places_minor.csv, subdivisions.csv (tools/build_places_csv.py)
and subdivisions_en.csv (hand-made); rules: transforms/entities.py (_resolve_places).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from newslake.catalog_io import DEFAULT_CATALOG_DIR, load_catalog, read_catalog_rows
from transforms.catalog import Catalog
from transforms.entities import extract_entities


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def places(text: str, catalog: Catalog) -> dict[str, tuple[str, str | None]]:
    """surface -> (entity_id, country_id) of the GPE/LOC mentions."""
    out = {}
    for e in extract_entities(text, "a1", catalog):
        if e.type in ("GPE", "LOC"):
            entry = catalog.get(e.entity_id)
            out[e.surface] = (e.entity_id, entry.country_id if entry else None)
    return out


def test_russian_and_ukrainian_regions_know_their_country(catalog):
    found = places("North Korean troops fought in Kursk Oblast. The Kursk region was shelled; "
                   "Belgorod Oblast and the Krasnodar Krai reported drones, as did Kharkiv Oblast.", catalog)
    assert found["Kursk Oblast"] == ("loc:kursk", "country:RU")  # the existing id, merged, not duplicated
    assert found["Kursk region"] == ("loc:kursk", "country:RU")
    assert found["Belgorod Oblast"] == ("loc:ru-bel", "country:RU")
    assert found["Krasnodar Krai"] == ("loc:ru-kda", "country:RU")
    assert found["Kharkiv Oblast"] == ("loc:kharkiv", "country:UA")
    assert catalog.get("loc:ru-bel").name == "Belgorod region"


def test_far_east_and_regions_news_names(catalog):
    found = places("Troops massed in Vladivostok and across the Russian Far East, Siberia and Donbas; "
                   "strikes hit Crimea, the Gaza Strip and the West Bank; fighting in Darfur and Kashmir.", catalog)
    assert found["Vladivostok"][1] == "country:RU"
    assert found["Russian Far East"][1] == "country:RU"
    assert found["Siberia"][1] == "country:RU"
    assert found["Donbas"][1] == found["Crimea"][1] == "country:UA"
    assert found["Gaza Strip"][1] == found["West Bank"][1] == "country:PS"
    assert found["Darfur"][1] == "country:SD"
    assert found["Kashmir"] == ("loc:kashmir", None)  # disputed: no country


def test_english_exonyms_of_subdivisions(catalog):
    found = places("Factories in Bavaria, Lower Saxony and North Rhine-Westphalia; Catalonia, Andalusia, "
                   "Lombardy and Tuscany; Sichuan and Guangdong; Gyeonggi Province; Quebec.", catalog)
    assert found["Bavaria"] == ("loc:de-by", "country:DE")
    assert found["North Rhine-Westphalia"] == ("loc:de-nw", "country:DE")
    assert found["Catalonia"] == ("loc:es-ct", "country:ES")
    assert found["Lombardy"][1] == found["Tuscany"][1] == "country:IT"
    assert found["Sichuan"] == ("loc:cn-sc", "country:CN")
    assert found["Gyeonggi Province"] == ("loc:kr-41", "country:KR")
    assert found["Quebec"] == ("loc:ca-qc", "country:CA")  # the province; the city is "Québec"
    assert catalog.get("loc:de-by").name == "Bavaria"


def test_a_subdivision_never_takes_its_country_or_a_bigger_city():
    cat = load_catalog()
    assert cat.lookup("Georgia").entity_id == "country:GE"
    assert cat.lookup("Kyiv").entity_id == "country:UA"  # the capital standing for its country
    assert cat.lookup("Berlin").entity_id != "loc:de-be"
    assert cat.lookup("Washington State").entity_id == "loc:us-wa"


def test_minor_place_links_after_a_locative_preposition(catalog):
    assert places("A drone hit a port facility in Izmail overnight.", catalog)["Izmail"] == (
        "loc:izmayil-ua", "country:UA")
    assert places("Shelling near Kramatorsk continued.", catalog)["Kramatorsk"][1] == "country:UA"
    assert places("The Danube port of Izmail was hit.", catalog)["Izmail"][1] == "country:UA"
    # coordinated with a place that has context
    assert set(places("Strikes in Izmail and Reni.", catalog)) == {"Izmail", "Reni"}


def test_minor_place_needs_context(catalog):
    assert places("Izmail is a name.", catalog) == {}
    assert places("Kramatorsk residents fled.", catalog) == {}


def test_datelines(catalog):
    assert places("KRAMATORSK, Ukraine — Shelling continued overnight.", catalog)["KRAMATORSK"] == (
        "loc:kramatorsk-ua", "country:UA")
    assert places("GOMA (Reuters) - Rebels advanced on the city.", catalog)["GOMA"][1] == "country:CD"


def test_springfield_illinois_links_the_illinois_one(catalog):
    found = places("He grew up in Springfield, Illinois, and later moved to Springfield, Missouri.", catalog)
    assert found["Springfield"] in {("loc:springfield-us-il", "country:US"), ("loc:springfield-us-mo", "country:US")}
    ents = [e for e in extract_entities("He grew up in Springfield, Illinois.", "a", catalog)]
    assert [(e.surface, e.entity_id) for e in ents] == [("Springfield", "loc:springfield-us-il"),
                                                        ("Illinois", "loc:us-il")]
    # several Springfields and no evidence: nothing is linked
    assert "Springfield" not in places("Protests in Springfield grew.", catalog)


def test_bristol_england_and_bristol_city(catalog):
    assert places("Flooding hit Bristol, England.", catalog)["Bristol"] == ("loc:bristol-gb", "country:GB")
    assert "Bristol" not in places("Bristol City beat Reading 2-1 on Saturday.", catalog)
    assert "Reading" not in places("Bristol City beat Reading 2-1 on Saturday.", catalog)
    assert "Manchester" not in places("Manchester United lost at home.", catalog)


def test_common_words_and_first_names_do_not_link(catalog):
    assert places("Mobile phone sales rose.", catalog) == {}
    assert places("Reading is good for you. Florence said so, and Victoria agreed with Jackson.", catalog) == {}
    assert places("He passed the ball to Jackson.", catalog) == {}  # "to": not enough for a first name
    assert places("Of the 20 people, 3 died.", catalog) == {}
    # with strong place context they do link, to the place the evidence picks
    assert places("Hurricane damage in Mobile, Alabama.", catalog)["Mobile"] == ("loc:mobile-us", "country:US")


def test_sentence_initial_unknown_capitalized_word_is_not_an_entity(catalog):
    for text in ("Flooding hit the coast.", "Nearby towns were empty.", "Meanwhile prices rose.",
                 "Mission accomplished, he said.", "Independence came in 1960."):
        assert extract_entities(text, "a", catalog) == [], text


def test_person_continuation_blocks_a_place(catalog):
    assert "Preston" not in places("The award went to Preston, who thanked his coach.", catalog)


def test_minor_names_do_not_block_people(catalog):
    names = {e.name for e in extract_entities("Mr. Preston said the plan worked.", "a", catalog) if e.type == "PERSON"}
    assert names == {"Preston"}


def test_homonyms_prefer_the_country_the_article_mentions(catalog):
    # Córdoba: a large city in Argentina, a minor one in Spain
    spain = places("Spain's heat wave peaked in Córdoba on Monday.", catalog)
    assert spain["Córdoba"][1] == "country:ES"
    argentina = places("Córdoba registered record heat.", catalog)
    assert argentina["Córdoba"][1] == "country:AR"


def test_catalog_columns_and_merges():
    cat = Catalog.from_rows([
        {"entity_id": "loc:a", "name": "Alpha", "type": "GPE", "aliases": "Alpha", "country_id": "country:FR",
         "needs_context": "minor", "population": "20000", "parent_id": "loc:fr-x"},
        {"entity_id": "loc:b", "name": "Alpha", "type": "GPE", "aliases": "Alpha", "country_id": "country:DE",
         "needs_context": "minor", "population": "90000"},
        {"entity_id": "loc:a", "needs_context": "no"},
    ])
    a, b = cat.get("loc:a"), cat.get("loc:b")
    assert (a.needs_context, a.population, a.parent_id) == ("", 20000, "loc:fr-x")
    # the place that needs no context is the preferred sense, whatever its size
    assert [cat.entries[i].entity_id for i in cat.senses("alpha")] == ["loc:a", "loc:b"]
    assert cat.lookup("Alpha") is a
    with pytest.raises(ValueError):
        Catalog.from_rows([{"entity_id": "loc:c", "name": "C", "type": "LOC", "needs_context": "maybe"}])
    # a non-place keeps a name that a place also has (a capital standing for its country)
    cat = Catalog.from_rows([
        {"entity_id": "country:XX", "name": "Xland", "type": "GPE", "aliases": "Xcity"},
        {"entity_id": "loc:xcity", "name": "Xcity", "type": "GPE", "needs_context": "minor"},
    ])
    assert cat.lookup("Xcity").entity_id == "country:XX" and cat.senses("Xcity") == ()


def test_gazetteer_files_are_consistent():
    rows = {}
    for name in ("places.csv", "places_minor.csv", "subdivisions.csv"):
        rows[name] = read_catalog_rows(DEFAULT_CATALOG_DIR / name)
    ids = [r["entity_id"] for r in rows["places.csv"] + rows["places_minor.csv"]]
    assert len(ids) == len(set(ids))  # no id twice among the cities
    assert len(rows["places.csv"]) >= 947 and len(rows["places_minor.csv"]) > 20_000
    assert all(r["needs_context"] in ("minor", "ambiguous") for r in rows["places_minor.csv"])
    # the committed large-city ids stay (the file only grows)
    assert {"loc:baltimore-us", "loc:busan-kr", "loc:lagos-ng"} <= set(ids)
    # the hand list never names a city of places.csv
    major = {r["name"].casefold() for r in rows["places.csv"]}
    with (DEFAULT_CATALOG_DIR / "subdivisions_en.csv").open(encoding="utf-8") as handle:
        hand = [r for r in csv.reader(line for line in handle if not line.startswith("#"))][1:]
    for r in hand:
        for alias in r[3].split("|"):
            assert alias.casefold() not in major, alias


def test_shipped_gazetteer_stays_small():
    """The minor places ship in the repository: keep the file reviewable.
    (Its load time is a benchmark: benchmarks/bench_annotators.py prints it.)"""
    assert Path(DEFAULT_CATALOG_DIR / "places_minor.csv").stat().st_size < 5_000_000


def test_provinces_under_a_grouping_first_level_are_places(catalog):
    # ISO 3166-2's first level of Indonesia and the Philippines only groups the provinces
    found = places("The ferry ran aground off the coast of Bali. Landslides in Benguet buried 23 houses.", catalog)
    assert found["Bali"] == ("loc:id-ba", "country:ID")
    assert found["Benguet"] == ("loc:ph-ben", "country:PH")
    # the city of Bali in India keeps only its own spelling: the province has the bare English one
    assert "Bali" not in catalog.get("loc:bali-in-28").aliases


def test_places_listed_after_a_place_share_its_context(catalog):
    found = places("Hospitals in Limerick were the worst affected, with 118 patients on trolleys, followed by Cork "
                   "with 74 and Galway with 63.", catalog)
    assert found["Cork"] == ("loc:cork-ie", "country:IE")
    assert found["Galway"] == ("loc:galway-ie", "country:IE")
    # without a listed place before it, a word that is also a place stays unlinked
    assert "Cork" not in places("Cork with 74 votes led the count.", catalog)
