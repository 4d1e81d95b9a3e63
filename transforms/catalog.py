"""The entity catalog: canonical entities, their aliases, and a fast matcher.

A :class:`Catalog` is built once (``Catalog.from_rows``) from plain row dicts
(the shipped CSV files in ``data/catalog/`` read by ``newslake.catalog_io``,
plus :func:`country_rows` derived from pycountry) and is then immutable and
picklable, so it can be shipped to worker processes.

Matching is one pass of an Aho-Corasick automaton (pyahocorasick) over the
lower-cased text, with word-boundary and case checks on each hit, then a
leftmost-longest selection of non-overlapping hits. Acronym aliases ("US",
"EU", "DPRK") are found in the same pass, under their lower-cased keys, and
kept only where the text has them exactly as written, so that "us" or "who"
never hit.

Row format (one dict per entity; rows sharing an ``entity_id`` are merged,
later rows override the name/type/country and add aliases):

    entity_id   stable id: "country:KP", "org:nato", "person:john-kirby"
    name        canonical name ("North Korea")
    type        PERSON, ORG, GPE, LOC
    aliases     list of strings, or one string separated by "|"
    adjectives  nationality adjectives / demonyms ("North Korean"); matched
                as NORP mentions linked to this entity
    country_id  entity_id of the country the entity belongs to, or None

Optional place columns (gazetteer rows, ``data/catalog/places*.csv`` and
``subdivisions*.csv``):

    parent_id      the place it lies in below the country (a city's state:
                   "loc:us-il"), or None
    needs_context  "" (links wherever its alias stands), "minor" (a minor
                   place: links only with place context) or "ambiguous" (the
                   name is also a common word, a person, a club or a company:
                   links only with strong place context); "no" clears it
    population     for choosing between places that share a name

Optional column for organizations:

    descriptions   how news describes the body without naming it ("Ukraine's military
                   intelligence", "South Korea's spy agency"), "|"-separated. Not matched
                   as mentions (the country in "Ukraine's" stays a mention of its own);
                   ``by_description`` gives the entity, so a claimant written that way
                   gets the canonical estimator name.

A name several places share ("Springfield") is a *homonym*: ``spans``
reports the preferred sense (a place that needs no context, else the most
populous), and ``senses`` gives all of them, for the caller to choose with
the article's evidence (``transforms.entities`` does, as it checks every
entry in ``checked`` in context).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

import ahocorasick
import pycountry

ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
CONTEXT_LEVELS = ("", "minor", "ambiguous")  # how much place context an entry needs, in increasing order
PLACE_TYPES = frozenset({"GPE", "LOC"})


_SLUG_DROPPED = re.compile(r"['\u2019.]")
_SLUG_SEPARATORS = re.compile(r"[\W_]+")


def slugify(name: str) -> str:
    """Lower-case ASCII-folded slug of a name: "Lloyd J. Austin" -> "lloyd-j-austin".

    Non-Latin letters are kept (lower-cased), so the slug is never empty for a
    name that has letters.
    """
    if name.isascii():
        folded = name.lower()  # NFKD leaves ASCII as it is, with no combining marks
    else:
        folded = unicodedata.normalize("NFKD", name)
        folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    folded = _SLUG_DROPPED.sub("", folded)
    return _SLUG_SEPARATORS.sub("-", folded).strip("-")


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    entity_id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    country_id: str | None
    parent_id: str | None = None
    needs_context: str = ""  # "", "minor" or "ambiguous" (see the module docstring)
    population: int = 0
    descriptions: tuple[str, ...] = ()

    @property
    def is_place(self) -> bool:
        """A city, subdivision or region (not a country): the entries that can share a name."""
        return self.type in PLACE_TYPES and not self.entity_id.startswith("country:")


class CatalogMatch(NamedTuple):
    start: int
    end: int
    entry: CatalogEntry
    adjective: bool  # a nationality adjective / demonym (a NORP mention)


def _split_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split("|") if v.strip()]
    return [str(v).strip() for v in value if str(v).strip()]


def _variants(alias: str) -> set[str] | tuple[str]:
    """Spelling variants of an alias: hyphen/space, straight/curly apostrophe."""
    if "-" not in alias and "'" not in alias and "\u2019" not in alias:
        return (alias,)  # the common case
    out = {alias}
    if "-" in alias and not alias.isupper():
        out.add(alias.replace("-", " "))
    if "'" in alias:
        out.add(alias.replace("'", "\u2019"))
    if "\u2019" in alias:
        out.add(alias.replace("\u2019", "'"))
    return out


def _is_acronym(alias: str) -> bool:
    if len(alias) > 8 or not alias.isupper():  # (the quick no: a cased letter that is not upper-case)
        return False
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _uppers(s: str) -> int:
    return sum(1 for c in s if c.isupper())


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _acronym_keys(acronym: str) -> set[str]:
    """The keys under which ``acronym`` is found in the lower-cased text.

    Where the acronym stands in the text, ``_lower_same_length`` turns each
    of its characters into its lower case, or keeps it if that is longer
    than one character (the text is then lower-cased character by
    character), except a capital sigma, which becomes "\u03c3" or, at the end
    of a word, "\u03c2": both are keys."""
    options = [("\u03c3", "\u03c2") if ch == "\u03a3" else (_lower_same_length(ch),) for ch in acronym]
    return {"".join(chars) for chars in itertools.product(*options)}


def _automaton(
    aliases: Mapping[str, tuple[tuple, ...]], words: Mapping[str, Any]
) -> ahocorasick.Automaton | None:
    """One automaton for the alias keys and the extra ``words``; values are
    (alias values, word value or None), as a key can be both, and a
    case-insensitive and an acronym alias can share a key ("nato", "NATO")."""
    values: dict[str, tuple[tuple[tuple, ...], Any]] = {key: (value, None) for key, value in aliases.items()}
    for key, value in words.items():
        values[key] = (values.get(key, ((), None))[0], value)
    if not values:
        return None
    automaton = ahocorasick.Automaton()
    # Speed: a node looks its children up one by one, in the order they were
    # added; adding the keys sorted by how common their characters are in
    # (lower-cased English) text puts the likelier children first. The
    # matches do not depend on the order.
    for key in sorted(values, key=_by_letter_frequency):
        automaton.add_word(key, values[key])
    automaton.make_automaton()
    return automaton


_COMMON_FIRST = {ch: rank for rank, ch in enumerate(" etaoinsrhldcumfpgwybv,.kx-jq'z\n\"0123456789")}


class _Ranks(dict):
    """ord(character) -> a character whose code is its rank: common ones first, then the
    others in code order (``str.translate`` table, filled on first use)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        rank = _COMMON_FIRST.get(ch)
        value = self[code] = chr(rank if rank is not None else min(64 + code, 0x10FFFF))
        return value


_RANKS = _Ranks()


def _by_letter_frequency(key: str) -> str:
    """Sort key: the key's characters by their rank (compares as the list of ranks would)."""
    return key.translate(_RANKS)


class Catalog:
    """Immutable set of canonical entities with a one-pass alias matcher."""

    __slots__ = ("_entries", "_by_id", "_alias_values", "_alias_automaton", "_lookup", "_with_words", "_senses",
                 "_checked", "_descriptions", "_frozen")

    def __init__(self, entries: Iterable[CatalogEntry]):
        entries = tuple(entries)
        by_id = {e.entity_id: e for e in entries}
        lookup: dict[str, tuple[int, bool]] = {}
        ci_keys: dict[str, tuple[str, int, bool]] = {}
        cs_keys: dict[str, tuple[str, int, bool]] = {}
        # places sharing a case-insensitive key: key -> {entry index: its variant}
        shared: dict[str, dict[int, str]] = {}
        for index, entry in enumerate(entries):
            forms = [(a, False) for a in (entry.name, *entry.aliases)]
            forms += [(a, True) for a in entry.adjectives]
            for form, adjective in forms:
                for variant in _variants(form):
                    if not variant.strip():
                        continue
                    payload = (variant, index, adjective)
                    key = _lower_same_length(variant)
                    # Later rows override earlier ones (user extensions win).
                    if _is_acronym(variant):
                        cs_keys[variant] = payload
                    else:
                        old = ci_keys.get(key)
                        # same entity, two casings: keep the less demanding one
                        if old is not None and old[1] == index and _uppers(old[0]) <= _uppers(variant):
                            continue
                        if old is not None and old[1] != index and not adjective and not old[2]:
                            group = shared.setdefault(key, {old[1]: old[0]})
                            if index not in group or _uppers(variant) < _uppers(group[index]):
                                group[index] = variant
                        ci_keys[key] = payload
                    lookup[key] = (index, adjective)
        # Homonyms: a key several places share keeps them all as its senses,
        # the preferred one first (see ``_senses_order``). Where a
        # non-place (a country, a person, an organisation) shares the key,
        # the last non-place keeps it alone, as before: a capital that
        # stands for its country ("Seoul") is never taken by a place.
        senses: dict[str, tuple[int, ...]] = {}
        for key, group in shared.items():
            if all(entries[i].is_place for i in group):
                order = _senses_order(entries, list(group))
                senses[key] = tuple(order)
                primary = order[0]
                ci_keys[key] = (group[primary], primary, False)
                lookup[key] = (primary, False)
            else:
                last = max(i for i in group if not entries[i].is_place)
                ci_keys[key] = (group[last], last, False)
                lookup[key] = (last, False)
        checked = {index for index, entry in enumerate(entries) if entry.needs_context}
        checked.update(order[0] for order in senses.values())
        # Automaton values: per alias, (length, offsets of its upper-case
        # letters, entry index, adjective, None), or for an acronym (length,
        # the acronym, entry index, adjective, 1): what ``_spans`` checks, with
        # no per-hit work on the alias string itself.
        alias_values: dict[str, tuple[tuple, ...]] = {}
        for key, (variant, index, adjective) in ci_keys.items():
            uppers = tuple(i for i, ch in enumerate(variant) if ch.isupper())
            alias_values[key] = ((len(variant), uppers, index, adjective, None),)
        for acronym, (_, index, adjective) in cs_keys.items():
            for key in _acronym_keys(acronym):
                alias_values[key] = alias_values.get(key, ()) + ((len(acronym), acronym, index, adjective, 1),)
        object.__setattr__(self, "_entries", entries)
        object.__setattr__(self, "_by_id", by_id)
        object.__setattr__(self, "_alias_values", alias_values)
        object.__setattr__(self, "_alias_automaton", None)  # built on first use of ``spans``
        object.__setattr__(self, "_lookup", lookup)
        # automata with extra words (``spans_with_words``), built on first use
        object.__setattr__(self, "_with_words", {})
        object.__setattr__(self, "_senses", senses)
        object.__setattr__(self, "_checked", frozenset(checked))
        object.__setattr__(self, "_descriptions", {
            _description_key(d): index for index, entry in enumerate(entries) for d in entry.descriptions})
        object.__setattr__(self, "_frozen", True)

    # -- immutability and pickling -------------------------------------
    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("Catalog is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("Catalog is immutable")

    def __reduce__(self):
        return (Catalog, (self._entries,))

    # -- construction ----------------------------------------------------
    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, Any]]) -> Catalog:
        """Build from row dicts; rows sharing an entity_id are merged in order."""
        merged: dict[str, dict[str, Any]] = {}
        for row in rows:
            entity_id = str(row.get("entity_id") or "").strip()
            if not entity_id or entity_id.startswith("#"):
                continue
            current = merged.setdefault(
                entity_id,
                {"name": "", "type": "", "aliases": [], "adjectives": [], "country_id": None, "parent_id": None,
                 "needs_context": "", "population": 0, "descriptions": []},
            )
            name = str(row.get("name") or "").strip()
            if name:
                current["name"] = name
            etype = str(row.get("type") or "").strip().upper()
            if etype:
                if etype not in ENTITY_TYPES:
                    raise ValueError(f"{entity_id}: unknown entity type {etype!r}")
                current["type"] = etype
            for key in ("aliases", "adjectives", "descriptions"):
                for alias in _split_list(row.get(key)):
                    if alias not in current[key]:
                        current[key].append(alias)
            country = row.get("country_id")
            if country is not None and str(country).strip():
                current["country_id"] = str(country).strip()
            parent = row.get("parent_id")
            if parent is not None and str(parent).strip():
                current["parent_id"] = str(parent).strip()
            context = str(row.get("needs_context") or "").strip().lower()
            if context:
                if context == "no":
                    context = ""
                elif context not in CONTEXT_LEVELS:
                    raise ValueError(f"{entity_id}: needs_context must be minor, ambiguous or no, not {context!r}")
                current["needs_context"] = context
            population = str(row.get("population") or "").strip()
            if population:
                try:
                    current["population"] = int(population)
                except ValueError:
                    raise ValueError(f"{entity_id}: population must be a whole number, not {population!r}") from None
        entries = []
        for entity_id, data in merged.items():
            if not data["name"] or not data["type"]:
                raise ValueError(f"{entity_id}: an entity needs a name and a type")
            adjectives = list(data["adjectives"])
            # Plural demonyms: "North Korean" -> "North Koreans".
            for adj in list(adjectives):
                if adj.endswith("an") and adj + "s" not in adjectives:
                    adjectives.append(adj + "s")
            entries.append(
                CatalogEntry(
                    entity_id=entity_id,
                    name=data["name"],
                    type=data["type"],
                    aliases=tuple(a for a in data["aliases"] if a != data["name"]),
                    adjectives=tuple(adjectives),
                    country_id=data["country_id"],
                    parent_id=data["parent_id"],
                    needs_context=data["needs_context"],
                    population=data["population"],
                    descriptions=tuple(data["descriptions"]),
                )
            )
        return cls(entries)

    # -- access ----------------------------------------------------------
    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._by_id

    def __iter__(self):
        return iter(self._entries)

    @property
    def entries(self) -> tuple[CatalogEntry, ...]:
        """All entries, in the order ``spans`` indexes them."""
        return self._entries

    def get(self, entity_id: str) -> CatalogEntry | None:
        return self._by_id.get(entity_id)

    def lookup(self, name: str) -> CatalogEntry | None:
        """The entity whose name or alias is exactly ``name`` (case-insensitive)."""
        hit = self._lookup.get(_lower_same_length(name.strip()))
        return self._entries[hit[0]] if hit else None

    @property
    def checked(self) -> frozenset[int]:
        """Indexes (into ``entries``) of the entries a caller must check in
        context before linking: those that need place context, and the
        preferred sense of every name several places share."""
        return self._checked

    def by_description(self, phrase: str) -> CatalogEntry | None:
        """The entity news describes this way ("Ukraine's military intelligence" -> HUR), or None."""
        hit = self._descriptions.get(_description_key(phrase))
        return self._entries[hit] if hit is not None else None

    def senses(self, surface: str) -> tuple[int, ...]:
        """The places that share the name ``surface`` (as matched, any case),
        the preferred one first; () for a name only one entity has."""
        return self._senses.get(_lower_same_length(surface), ())

    def rows(self) -> list[dict[str, Any]]:
        """One dict per entity, for the ``entity_catalog`` table."""
        return [
            {
                "entity_id": e.entity_id,
                "name": e.name,
                "type": e.type,
                "aliases": list(e.aliases),
                "adjectives": list(e.adjectives),
                "country_id": e.country_id,
            }
            for e in self._entries
        ]

    # -- matching --------------------------------------------------------
    def find(self, text: str) -> list[CatalogMatch]:
        """Leftmost-longest, non-overlapping, word-bounded alias matches."""
        entries = self._entries
        return [CatalogMatch(start, end, entries[index], adjective) for start, end, index, adjective in self.spans(text)]

    def spans(self, text: str) -> list[tuple[int, int, int, bool]]:
        """``find`` as (start, end, index into ``entries``, adjective) tuples,
        for callers that need no ``CatalogMatch`` objects."""
        automaton = self._alias_automaton
        if automaton is None and self._alias_values:
            automaton = _automaton(self._alias_values, {})
            object.__setattr__(self, "_alias_automaton", automaton)
        return self._spans(text, automaton, None)

    def spans_with_words(
        self, text: str, words: Mapping[str, Any]
    ) -> tuple[list[tuple[int, int, int, bool]], list[tuple[int, Any]]]:
        """``spans(text)``, plus every occurrence of the extra ``words`` in
        the lower-cased text, overlapping ones included, as (offset of its
        last character, value), with no boundary or case check.

        Speed: an Aho-Corasick pass costs about the same per character
        whatever its keys, so a caller that needs its own literal words found
        gets them from the catalog's pass. ``words`` maps lower-case keys to
        values; it must not change, as its automaton is built once per
        catalog (cached by identity)."""
        cached = self._with_words.get(id(words))
        if cached is None or cached[0] is not words:
            cached = self._with_words[id(words)] = (words, _automaton(self._alias_values, words))
        found: list[tuple[int, Any]] = []
        return self._spans(text, cached[1], found), found

    def _spans(
        self, text: str, automaton: ahocorasick.Automaton | None, found: list[tuple[int, Any]] | None
    ) -> list[tuple[int, int, int, bool]]:
        if not text:
            return []
        # (start, -end, 0 for a case-insensitive alias / 1 for an acronym,
        # index, adjective): the native tuple order is the selection order (by
        # start, longest first, a case-insensitive alias first on a tie).
        candidates: list[tuple[int, int, int, int, bool]] = []
        # The word-boundary and case checks inlined (this loop runs for every
        # hit): every upper-case letter of the alias must be upper-case in the
        # text, so "Us" does not match "us" while "Kursk" matches "KURSK";
        # an acronym must be in the text exactly as written ("US", not "us").
        if automaton is not None:
            low = _lower_same_length(text)
            padded = f" {text} "  # padded[i + 1] is text[i], and a space (not alphanumeric) at either end
            for last, (aliases, word) in automaton.iter(low):
                if word is not None:
                    found.append((last, word))  # only automata with words have word values
                for length, case, index, adjective, acronym in aliases:
                    start = last - length + 1
                    if padded[start].isalnum() or padded[last + 2].isalnum():
                        continue
                    if acronym is None:
                        for i in case:
                            if not text[start + i].isupper():
                                break
                        else:
                            candidates.append((start, -1 - last, 0, index, adjective))
                    elif text[start:last + 1] == case:
                        candidates.append((start, -1 - last, 1, index, adjective))
        candidates.sort()
        out: list[tuple[int, int, int, bool]] = []
        last_end = 0
        for start, neg_end, _, index, adjective in candidates:
            if start < last_end:
                continue
            last_end = -neg_end
            out.append((start, last_end, index, adjective))
        return out


def _description_key(phrase: str) -> str:
    """Case, apostrophe form, "the" and spacing do not matter: "the Ukrainian military intelligence"."""
    low = " ".join(phrase.replace("\u2019", "'").lower().split())
    return re.sub(r"^the ", "", low)


def _senses_order(entries: tuple[CatalogEntry, ...], indexes: list[int]) -> list[int]:
    """Places sharing a name, the preferred first: the places that need no
    context before the others (the last one loaded first among them, as a
    later row overrides an earlier one), then the most populous."""
    rank = CONTEXT_LEVELS.index
    return sorted(indexes, key=lambda i: (rank(entries[i].needs_context) > 0,
                                          -i if not entries[i].needs_context else 0, -entries[i].population, i))


# ---------------------------------------------------------------------------
# Countries from pycountry


def country_rows() -> list[dict[str, Any]]:
    """Every country in pycountry as a catalog row ("country:" + alpha-2).

    The display name is pycountry's common name where it has one ("North
    Korea"), else its name; the official name and the short form before a
    comma or parenthesis ("Bolivia" in "Bolivia, Plurinational State of") are
    aliases, unless that short form is shared by two countries ("Korea",
    "Congo"). Demonyms and capitals are not in pycountry: they come from
    ``data/catalog/countries.csv``.
    """
    countries = list(pycountry.countries)
    shorts: dict[str, list[str]] = {}
    for c in countries:
        for short in _short_forms(c.name):
            shorts.setdefault(short, []).append(c.alpha_2)
    rows = []
    for c in countries:
        name = getattr(c, "common_name", None) or c.name
        aliases = []
        for value in (c.name, getattr(c, "official_name", None)):
            if value and value != name:
                value = re.sub(r"^the\s+", "", value)
                aliases.append(value)
        for short in _short_forms(c.name):
            if len(shorts.get(short, ())) == 1 and short != name:
                aliases.append(short)
        rows.append(
            {
                "entity_id": f"country:{c.alpha_2}",
                "name": name,
                "type": "GPE",
                "aliases": aliases,
                "adjectives": [],
                "country_id": f"country:{c.alpha_2}",
            }
        )
    return rows


def _short_forms(name: str) -> list[str]:
    out = []
    if "," in name:
        out.append(name.split(",")[0].strip())
    if "(" in name:
        out.append(name.split("(")[0].strip())
    return [s for s in out if s]
