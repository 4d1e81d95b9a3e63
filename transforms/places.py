"""Places in a hierarchy: the country a linked place lies in.

The catalog records each place's ``country_id`` (Vladivostok, Kursk Oblast and
the Russian Far East are in Russia), so a figure's exact location can be rolled
up to its country. The trend marts' country-level series depend on it: "North
Korean troops in Russia" is one series whatever city the sentence names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from transforms.catalog import Catalog
from transforms.records import Entity, Figure

_PLACE_TYPES = frozenset({"GPE", "LOC"})

# "The Norway striker", "the England captain", "a Brazil international": a country named as the
# side a player or coach belongs to, not as a place anything happens in
_SIDE_ROLE_RE = re.compile(
    r"[ \t]+(?:(?:under-\d+|women's|men's|u\d+|national|head|assistant|former|new)[ \t]+)?"
    r"(?:striker|forward|midfielder|defender|goalkeeper|keeper|winger|captain|skipper|coach|manager|boss|"
    r"international|player|players|star|team|squad|side|batter|batsman|bowler|opener|fly-half|scrum-half|"
    r"prop|lock|centre|full-back|fullback|rider|driver|cyclist|sprinter|swimmer|runner|champion|"
    r"goalscorer|playmaker|number)\b")


def is_side_mention(text: str, ent: Entity) -> bool:
    """A place named as a sports side or nationality ("the Norway striker"), not as a place."""
    return ent.type in _PLACE_TYPES and _SIDE_ROLE_RE.match(text, ent.end_char) is not None


def country_of(entity_id: str, catalog: Catalog) -> str | None:
    """Canonical name of the country ``entity_id`` lies in (itself for a country)."""
    entry = catalog.get(entity_id)
    if entry is None:
        return None
    if entity_id.startswith("country:"):
        return entry.name
    parent = catalog.get(entry.country_id) if entry.country_id else None
    return parent.name if parent is not None and parent.entity_id.startswith("country:") else None


def place_countries(entities: Sequence[Entity], catalog: Catalog) -> dict[str, str]:
    """Canonical place name -> its country's name, over the places an article mentions."""
    out: dict[str, str] = {}
    for ent in entities:
        if ent.type in _PLACE_TYPES and ent.name not in out:
            country = country_of(ent.entity_id, catalog)
            if country is not None:
                out[ent.name] = country
    return out


def fill_location_country(figures: Sequence[Figure], entities: Sequence[Entity], catalog: Catalog,
                          text: str | None = None) -> None:
    """Set ``location_country`` of every figure whose location is a place.

    A catalogued place gives its own country. A place the catalog lacks (a village the
    recognizer found by its context: "in Ottenhofen") takes the country of the place that
    qualifies it ("Ottenhofen, Bavaria"), else the one country every catalogued place of the
    article lies in; where the article spans several countries it stays null."""
    countries: dict[str, str] | None = None
    fallback: dict[str, str | None] | None = None
    for fig in figures:
        if fig.location is None:
            continue
        if countries is None:
            countries = place_countries(entities, catalog)
        fig.location_country = countries.get(fig.location)
        if fig.location_country is None:
            entry = catalog.lookup(fig.location)
            if entry is not None:
                fig.location_country = country_of(entry.entity_id, catalog)
        if fig.location_country is None:
            if fallback is None:
                fallback = _uncatalogued_countries(entities, catalog, countries, text)
            fig.location_country = fallback.get(fig.location)


def _uncatalogued_countries(entities: Sequence[Entity], catalog: Catalog, countries: dict[str, str],
                            text: str | None) -> dict[str, str | None]:
    """Uncatalogued place name -> its country, by qualifier or by the article's one country."""
    places = sorted((e for e in entities if e.type in _PLACE_TYPES), key=lambda e: e.start_char)
    # the countries of the places named as places ("the Norway striker" names a side)
    real = {e.name for e in places if text is None or not is_side_mention(text, e)}
    only = {countries[name] for name in real if name in countries}
    single = next(iter(only)) if len(only) == 1 else None
    out: dict[str, str | None] = {}
    for i, ent in enumerate(places):
        if catalog.get(ent.entity_id) is not None:
            continue
        country = None
        nxt = places[i + 1] if i + 1 < len(places) else None
        if nxt is not None and text is not None and text[ent.end_char:nxt.start_char].strip() == ",":
            country = countries.get(nxt.name)
        if country is not None or ent.name not in out:
            out[ent.name] = country or single
    return out
