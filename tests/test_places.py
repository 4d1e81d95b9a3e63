"""The country a figure's location lies in (transforms.places)."""

from __future__ import annotations

from datetime import date

import pytest

from newslake.catalog_io import load_catalog
from transforms.entities import extract_entities
from transforms.figures import extract_figures
from transforms.places import country_of, fill_location_country


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.mark.parametrize(
    "entity_id, country",
    [("loc:vladivostok", "Russia"), ("loc:kursk", "Russia"), ("loc:russian-far-east", "Russia"),
     ("country:RU", "Russia"), ("loc:donbas", "Ukraine"), ("loc:black-sea", None), ("org:nato", None),
     ("no:such-id", None)],
)
def test_country_of_a_catalogued_place(catalog, entity_id, country):
    assert country_of(entity_id, catalog) == country


def figures_of(text: str, catalog):
    ents = extract_entities(text, "a1", catalog)
    figs = extract_figures(text, "a1", date(2024, 11, 5), ents, [])
    fill_location_country(figs, ents, catalog)
    return {f.text: f for f in figs}


def test_places_of_one_country_roll_up_to_it(catalog):
    figs = figures_of(
        "About 3,000 North Korean troops arrived in Vladivostok. Another 8,000 North Korean soldiers "
        "are in the Kursk region, and 500 troops were seen in the Black Sea port.", catalog)
    by_loc = {(f.location, f.location_country) for f in figs.values() if f.location}
    assert ("Vladivostok", "Russia") in by_loc
    assert ("Kursk region", "Russia") in by_loc


def test_a_country_is_its_own_country_and_no_location_stays_null(catalog):
    figs = figures_of("North Korea has sent 10,000 troops to Russia, officials said. "
                      "The ministry counted 40 drones.", catalog)
    assert figs["10,000 troops"].location_country == "Russia"
    assert figs["40 drones"].location is None and figs["40 drones"].location_country is None


def test_a_place_the_catalog_lacks_takes_its_qualifier_or_the_articles_one_country(catalog):
    text = ("Floods hit Bavaria on Monday. In the town of Ottenhofen, 120 homes were flooded. "
            "In Munich, 40 people were evacuated.")
    ents = extract_entities(text, "a1", catalog)
    figs = {f.text: f for f in extract_figures(text, "a1", date(2024, 6, 3), ents, [], catalog)}
    assert (figs["120 homes"].location, figs["120 homes"].location_country) == ("Ottenhofen", "Germany")


def test_an_uncatalogued_place_in_a_story_of_several_countries_has_no_country(catalog):
    text = ("Storms crossed Germany and Austria. In the town of Ottenhofen, 120 homes were flooded.")
    ents = extract_entities(text, "a1", catalog)
    figs = {f.text: f for f in extract_figures(text, "a1", date(2024, 6, 3), ents, [], catalog)}
    assert figs["120 homes"].location == "Ottenhofen" and figs["120 homes"].location_country is None
