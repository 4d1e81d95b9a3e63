"""Figures, the discourse stage: subject and location carried from the article where the
figure's own sentence leaves them open.

A sentence-level reading misses most of *whose* and *where* on real news: "About 2,000 of
the soldiers have been killed" three sentences after "North Korea has sent troops to
Kursk", a company's revenue two paragraphs after its name. This stage runs after every
figure of the article is known and fills the gaps in three ways, each conservative:

1. **Reference back.** A figure whose noun phrase points back ("of the soldiers", "the
   troops", "they", "another 2,700", a bare "Dozens more") takes the subject and location
   of the nearest earlier figure of a compatible kind in the same or the previous
   paragraph, also when that figure had none (so victims of an airstrike do not become
   an army's dead).
2. **The article's one actor.** Military counts (troops, dead, wounded, prisoners,
   weapons) without a subject take the article's military actor when exactly one is in
   play (every sentence-level troop subject and every "<nationality> soldiers" phrase
   agree). Company figures (money, percentages, counts other than victims) in a company
   story take the company: the one company the sentence names, else the story's company
   when exactly one is mentioned and the text has results vocabulary.
3. **The article's one theatre.** Figures of events (not company figures, not military
   figures whose subject came from far away) without a location take the theatre when
   the places the article mentions, datelines aside, all lie in one country: the one
   sub-country place mentioned at least twice, else that country.

Where several actors or places are in play, nothing is filled in: a null says "the text
leaves it open", which is better than a guess in an analyst's series. Every value set
here is marked ``context``; values the sentence gave are marked ``sentence``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Sequence

from transforms.catalog import Catalog
from transforms.figures.media import is_media
from transforms.figures.vocabulary import ELECTION_WORDS
from transforms.places import country_of, is_side_mention
from transforms.records import Entity, Figure

SENTENCE = "sentence"
CONTEXT = "context"

_MILITARY_UNITS = frozenset(
    "troops killed wounded casualties prisoners missing missiles shells drones rockets tanks officers generals "
    "containers guns artillery".split())
_OWNED_MILITARY = frozenset({"troops", "prisoners", "officers", "generals"})
_HARM_UNITS = frozenset({"killed", "wounded", "casualties", "missing"})
_COMMODITY_UNITS = frozenset({"barrels", "tonnes", "tons", "bushels", "ounces", "feet", "points"})
_VICTIM_WORDS = re.compile(
    r"\b(?:people|persons|civilians|children|women|residents|villagers|migrants|patients|passengers|"
    r"refugees|workers|students|pilgrims|protesters|tourists|fans|voters|families|households|"
    r"journalists|employees|staff)\b", re.IGNORECASE)
_SOLDIER_WORDS = r"(?:troops|soldiers|forces|servicemen|personnel|conscripts|fighters|marines|units|army)"
_BACK_REF_RE = re.compile(
    r"\b(?:of\s+(?:the|these|those|them|whom)\b|the\s+" + _SOLDIER_WORDS + r"\b|they\b|them\b|another\b|"
    r"more\b|further\b|additional\b|others?\b|those\b)", re.IGNORECASE)
_MEASURE_UNITS = frozenset(
    "km m cm mm miles feet km/h mph w kw mw gw gwh twh mb gb tb kg tonnes hectares acres degrees "
    "degrees_c degrees_f".split())
_PERCENTISH = frozenset({"percent", "percentage points", "share", "basis points"})
_RESULTS_RE = re.compile(
    r"\b(?:revenue|revenues|profit|profits|earnings|sales|net\s+income|operating|quarter|quarterly|"
    r"shares|margin|margins|guidance|forecast|dividend|turnover|results|customers|subscribers)\b",
    re.IGNORECASE)
# (stricter than a figure's vote context: "the shareholder vote" or "seats" alone is no election story)
_ELECTION_RE = re.compile(r"\b(?:" + ELECTION_WORDS + r"|polling\s+stations?|of\s+the\s+vote|seats\s+in)\b",
                          re.IGNORECASE)
_PUBLIC_BODY_RE = re.compile(
    r"\b(?:Ministry|Service|Agency|Council|Commission|Federal|Office|Department|Nations|Union|"
    r"Organization|Organisation|Police|Army|Forces?|Court|Parliament|Assembly|Government|Committee|"
    r"Chancellery|Reserve|Fund|Party|Bureau|Authority|Administration|Pentagon|White House|Kremlin|"
    r"Navy|Guard|Command|Intelligence|Staff|NATO|Cabinet|Senate|Congress|Institute|University|"
    r"Association|Red Cross|Crescent|Programme|Program|Bank of|Central Bank|IMF|OPEC)\b")
# play. "South Korea's military said" names a claimant, so possessives do not count.
_MILITARY_ACTOR_RE = re.compile(r"\s+" + _SOLDIER_WORDS + r"\b", re.IGNORECASE)
_DATELINE_REACH = 60
_ANTECEDENT_REACH = 12  # figures looked back at for a reference


def apply_discourse(text: str, figures: list[Figure], entities: Sequence[Entity],
                    currency_units: frozenset[str], paragraphs: list[int],
                    catalog: Catalog | None = None) -> None:
    """Fill subject/location (and their *_source) of ``figures`` from the article, in place.

    ``paragraphs``: the start offsets of the article's paragraphs, as the main loop found them.
    """
    for f in figures:
        f.subject_source = SENTENCE if f.subject else None
        f.location_source = SENTENCE if f.location else None
    if len(figures) == 0:
        return
    entity_starts = [e.start_char for e in entities]  # (entities come in text order)
    _chain_in_sentence(text, figures, entity_starts)
    military = _military_actor(text, figures, entities)
    company = _company(text, entities, paragraphs)
    companies = sorted((e.start_char, e.name) for e in entities if _is_company(e)) if company else []
    company_starts = [c[0] for c in companies]
    theatre = _theatre(text, entities, catalog, paragraphs[1] if len(paragraphs) > 1 else None)
    claimant_companies = {e.entity_id: e.name for e in entities if _is_company(e)}
    for i, f in enumerate(figures):
        business = company is not None and _is_company_figure(f, currency_units) and not _market_figure(f)
        if f.subject is None:
            described = _described_subject(text, f, entities, entity_starts)
            if described is not None:
                f.subject, f.subject_source = described, CONTEXT
        if (f.subject is None and company is None and f.attributed_entity_id in claimant_companies
                and _is_own_business(f, currency_units) and _named_in_sentence(f, claimant_companies[f.attributed_entity_id])):
            # "Nvidia said the chip packs 208 billion transistors", "Everton said 1,500 season-ticket
            # holders ...": a company's figures about itself are its own
            f.subject, f.subject_source = claimant_companies[f.attributed_entity_id], SENTENCE
        if f.subject is None:
            if business:
                named = _company_in_sentence(f, companies, company_starts)
                if named is not None:
                    f.subject, f.subject_source = named, SENTENCE
                else:
                    f.subject, f.subject_source = company, CONTEXT
            elif f.unit in _MILITARY_UNITS and not _VICTIM_WORDS.search(f.text):
                ante = _antecedent(text, figures, i, paragraphs) if _refers_back(text, f) else None
                if ante is not None:
                    _inherit(f, ante)
                elif military is not None and (f.unit in _OWNED_MILITARY or _refers_back(text, f)
                                               or _bare(f)):
                    f.subject, f.subject_source = military, CONTEXT
        if f.location is None and not business:
            ante = _antecedent(text, figures, i, paragraphs) if _refers_back(text, f) else None
            if ante is not None and ante.location:
                f.location, f.location_source = ante.location, CONTEXT
            elif (ante is None and theatre is not None and f.unit not in _MEASURE_UNITS
                  and (f.unit not in _MILITARY_UNITS or f.unit in _HARM_UNITS)):
                # where an army stands or what it fires is never assumed; the dead and wounded of
                # a war in one country are in that country
                f.location, f.location_source = theatre, CONTEXT


# "rose 26% to NT$844.3 billion", "cut about 9,000 jobs, roughly 11% of its workforce, to save 8
# billion crowns", "by 25 basis points to 5.25%": a figure that continues the clause of the figure
# before it (a linking word, no new name, no new clause) counts the same owner's thing
_CHAIN_GAP_RE = re.compile(
    r"\s*(?:,\s*)?(?:(?:to|from|or|and|of|its|their|his|her|the|a|an|in|for|at|by|up|down|year|earlier|"
    r"quarter|month|week|last|previous|workforce|staff|total|giving|it|them|save|cut|reach|leaving|"
    r"compared|against|versus)\s*,?\s*){1,7}")
_CHAIN_LINK_RE = re.compile(r"(?<![\w-])(?:to|from|or|of\s+its|giving\s+it|,)(?![\w-])")
# "exported 870,000 tonnes of olive oil last season, worth 5.2 billion euros": the value of the
# goods the owner traded or made (not of goods seized: the police do not own the cocaine)
# (no new clause between: "to 76,240 as foreign funds bought shares worth ₹3,450 crore")
_WORTH_GAP_RE = re.compile(r"(?:\s+(?!(?:as|while|after|when|because|that|which|who|and|but)\b)[a-z][\w-]*){0,6}"
                           r"\s*,?\s+(?:worth|valued\s+at)\s+")
_TRADE_VERB_BEFORE_RE = re.compile(r"\b(?:exported|imported|sold|bought|produced|shipped|harvested|ordered|"
                                   r"delivered|exports|imports|sells|buys|produces|ships)\s+$")
# "35 of about 40 rockets fired by Hezbollah": the part is the whole's
_PARTITIVE_GAP_RE = re.compile(r"\s+of\s+")


def _chain_in_sentence(text: str, figures: list[Figure], entity_starts: list[int]) -> None:
    """Share the sentence's subject between figures that continue one clause."""
    for i in range(1, len(figures)):
        g, f = figures[i - 1], figures[i]
        if sentence_start(g) != sentence_start(f) or g.end_char > f.start_char:
            continue
        k = bisect.bisect_left(entity_starts, g.end_char)
        if k < len(entity_starts) and entity_starts[k] < f.start_char:
            continue  # a name between them: another owner ("to Salazar's 45.1%")
        gap = text[g.end_char:f.start_char]
        if len(gap) > 80 or "\u2019s" in gap or "'s" in gap:
            continue  # (seven linking words at most: a long gap is another clause)
        if f.subject is None and g.subject is not None and g.subject_source == SENTENCE:
            if (_CHAIN_GAP_RE.fullmatch(gap) and _CHAIN_LINK_RE.search(gap)) or (
                    _WORTH_GAP_RE.fullmatch(gap)
                    and _TRADE_VERB_BEFORE_RE.search(text, max(0, g.start_char - 20), g.start_char)):
                f.subject, f.subject_source = g.subject, SENTENCE
        elif g.subject is None and f.subject is not None and f.subject_source == SENTENCE:
            if _PARTITIVE_GAP_RE.fullmatch(gap):
                g.subject, g.subject_source = f.subject, SENTENCE


_ORG_DESCRIPTIONS = ("group company firm carmaker automaker bank lender airline carrier league club insurer "
                     "retailer chipmaker planemaker conglomerate cartel organisation organization operator "
                     "broadcaster developer startup utility miner producer exporter").split()
_PERSON_DESCRIPTIONS = ("striker forward midfielder defender goalkeeper winger batter bowler batsman pitcher "
                        "player rider cyclist driver champion runner swimmer boxer golfer skier tennis").split()
# "The group pumps about 41 million barrels", "It sold 1.04 million vehicles", "The Norway striker now
# has 19 goals": the clause's subject is a description of (or a pronoun for) an entity named before
_DESCRIBED_SUBJECT_RE = re.compile(
    r"\s*(?:(?:The|the)\s+(?:[A-Z][\w-]*\s+|[a-z][\w-]*\s+)?(?P<noun>"
    + "|".join(_ORG_DESCRIPTIONS + _PERSON_DESCRIPTIONS) + r")|(?P<it>It))\s+"
    r"(?:(?:now|also|still|currently|already|has|have|had|will|would|is|was)\s+)*"
    r"[a-z]+(?:s|ed|d)?\s+(?:(?:an?|the|its|his|her|their|just|about|around|nearly|roughly|some|over)\s+)*$")
_DESCRIPTION_REACH = 1500


def _described_subject(text: str, f: Figure, entities: Sequence[Entity], starts: list[int]) -> str | None:
    """The entity a descriptive clause subject points back to (the nearest named before it)."""
    s0 = sentence_start(f)
    if f.start_char - s0 > 120:
        return None
    m = _DESCRIBED_SUBJECT_RE.fullmatch(text, s0, f.start_char)
    if m is None:
        return None
    noun = m.group("noun")
    want = "PERSON" if noun in _PERSON_DESCRIPTIONS else "ORG"
    # walk back from the clause (entities are in text order): bounded by the reach, not the article
    i = bisect.bisect_right(starts, m.start()) - 1
    while i >= 0 and f.start_char - entities[i].end_char <= _DESCRIPTION_REACH:
        e = entities[i]
        if e.type == want and e.end_char <= m.start() + 1 and not is_media(e.name):
            return e.name
        i -= 1
    return None


def _paragraph_index(starts: list[int], pos: int) -> int:
    return bisect.bisect_right(starts, pos) - 1


def _bare(f: Figure) -> bool:
    """A figure with no counted noun of its own ("2,700", "Dozens more")."""
    return not re.search(r"[A-Za-z]{3,}", re.sub(r"^(?:about|around|some|roughly|nearly|almost|over|more than|"
                                                r"at least|up to|an estimated|dozens|hundreds|thousands|another)\s+",
                                                "", f.text, flags=re.IGNORECASE).split(" ", 1)[-1]) or len(
        f.text.split()) == 1


def _refers_back(text: str, f: Figure) -> bool:
    if _bare(f):
        return f.unit not in _PERCENTISH and not re.search(r"[^\w\s.,]", f.text)  # "£1.6bn" is no reference
    window = text[max(0, f.start_char - 12):min(len(text), f.end_char + 24)]
    return bool(_BACK_REF_RE.search(window))


def _compatible(a: str, b: str) -> bool:
    return a == b or (a in _MILITARY_UNITS and b in _MILITARY_UNITS)


def _antecedent(text: str, figures: list[Figure], i: int, paragraphs: list[int]) -> Figure | None:
    """The nearest earlier figure of a compatible kind in this or the previous paragraph."""
    f = figures[i]
    here = _paragraph_index(paragraphs, f.start_char)
    for j in range(i - 1, max(-1, i - 1 - _ANTECEDENT_REACH), -1):  # bounded: linear on a wall of numbers
        g = figures[j]
        if here - _paragraph_index(paragraphs, g.start_char) > 1:
            return None
        if _compatible(f.unit, g.unit) or (_bare(f) and g.unit not in _PERCENTISH):
            return g
    return None


def _inherit(f: Figure, ante: Figure) -> None:
    f.subject = ante.subject
    f.subject_source = CONTEXT if ante.subject else None


def _military_actor(text: str, figures: Sequence[Figure], entities: Sequence[Entity]) -> str | None:
    """The article's one military actor, or None when there are several or none."""
    actors: set[str] = set()
    for f in figures:
        if f.subject and f.unit in _OWNED_MILITARY:
            actors.add(f.subject)
    for e in entities:
        if e.type in ("NORP", "GPE") and _MILITARY_ACTOR_RE.match(text, e.end_char):
            actors.add(e.name)
    return next(iter(actors)) if len(actors) == 1 else None


def _is_company(e: Entity) -> bool:
    return (e.type == "ORG" and not _PUBLIC_BODY_RE.search(e.name) and not _PUBLIC_BODY_RE.search(e.surface)
            and not is_media(e.name))


def _company(text: str, entities: Sequence[Entity], paragraphs: list[int]) -> str | None:
    """The story's one company: the only company-like ORG, named twice, or named in the lead
    with results vocabulary. A company named once, late, in a story about something else
    (a drugmaker in a referendum story) is no subject of the story's figures."""
    if len(_ELECTION_RE.findall(text)) >= 2:
        return None  # an election story: its shares are parties' and candidates', never a company's
    found = [e for e in entities if _is_company(e)]
    names = Counter(e.name for e in found)
    lead_end = paragraphs[1] if len(paragraphs) > 1 else len(text)
    if len(names) > 1:
        # several companies: the one the story is about is named in the lead and more often
        # than any other ("British Airways owner IAG ... IAG now expects", rivals once each)
        (name, mentions), (_, runner_up) = names.most_common(2)
        first = next(e for e in found if e.name == name)
        return name if mentions >= 2 and mentions > runner_up and first.start_char < lead_end else None
    if not names:
        return None
    name, mentions = names.most_common(1)[0]
    in_lead = found[0].start_char < lead_end
    if mentions < 2 and not (in_lead and len(_RESULTS_RE.findall(text)) >= 2):
        return None
    return name


def sentence_start(f: Figure) -> int:
    """Offset of the figure's sentence in the article (``Figure`` keeps the sentence's text only)."""
    i = f.sentence.find(f.text)
    return f.start_char - i if i >= 0 else f.start_char


def _company_in_sentence(f: Figure, companies: list[tuple[int, str]], starts: list[int]) -> str | None:
    """The one company the figure's sentence names (mentions sorted by start)."""
    s0 = sentence_start(f)
    lo, hi = bisect.bisect_left(starts, s0), bisect.bisect_left(starts, s0 + len(f.sentence))
    names = {name for _, name in companies[lo:hi]}
    return next(iter(names)) if len(names) == 1 else None


def _named_in_sentence(f: Figure, name: str) -> bool:
    return name.split()[0] in f.sentence


def _is_own_business(f: Figure, currency_units: frozenset[str]) -> bool:
    """A count a company states about itself ("208 billion transistors", "800 million users"): not
    money, a rate or a measure (a forecast price, a cruising altitude), not a commodity, not a war
    count, not victims."""
    return (f.unit not in _MILITARY_UNITS and f.unit not in currency_units and f.unit not in _PERCENTISH
            and f.unit not in _MEASURE_UNITS and f.unit not in _COMMODITY_UNITS and not _VICTIM_WORDS.search(f.text))


def _is_company_figure(f: Figure, currency_units: frozenset[str]) -> bool:
    if f.unit in _MILITARY_UNITS or f.unit in _MEASURE_UNITS or f.unit == "points":
        return False  # (points: an index's level or a team's score, never a company's own)
    if f.unit in currency_units or f.unit in _PERCENTISH:
        return True
    return not _VICTIM_WORDS.search(f.text) or "employees" in f.text or "staff" in f.text or "workers" in f.text


# "the Nasdaq Composite gained 1.1%", "the 10-year Treasury yield fell 6 basis points", "crude slid
# $1.37", "a roughly 70% chance that the Federal Reserve cuts": a market's move in a company story
# is the market's, not the company's
_MARKET_RE = re.compile(
    r"(?<![\w-])(?:Index|Average|Composite|S&P|Nasdaq|Dow|Hang\s+Seng|Nikkei|Kospi|KOSPI|FTSE|DAX|CAC|Sensex|"
    r"Nifty|Stoxx|STOXX|Treasury|Treasuries|yields?|crude|Brent|WTI|gold|bitcoin|stocks|equities|bonds?|"
    r"futures|traders|investors\s+are\s+pricing|chance|odds|benchmark|index|indexes|indices)(?![\w-])")
_ODDS_AFTER_RE = re.compile(r"\s+(?:chance|odds|probability|likelihood)\b")
_CLAUSE_BREAK_RE = re.compile(r"(?:,\s+(?:while|as|and|but|with|whereas)\s|;\s|\s(?:and|while|but)\s+the\s)")


def _market_figure(f: Figure) -> bool:
    """Whether the figure's own clause, up to the figure, is about a market (an index, a yield, a
    commodity, traders' odds)."""
    i = f.sentence.find(f.text)
    if i < 0:
        return False
    head = f.sentence[:i]
    breaks = [m.end() for m in _CLAUSE_BREAK_RE.finditer(head)]
    clause = head[breaks[-1]:] if breaks else head
    return bool(_MARKET_RE.search(clause) or _ODDS_AFTER_RE.match(f.sentence, i + len(f.text)))


def _theatre(text: str, entities: Sequence[Entity], catalog: Catalog | None,
             lead_end: int | None = None) -> str | None:
    """The one place an article is set in, when its places (datelines aside) lie in one country.

    The lead sets the scene: where the first paragraph names a place of that country, the
    theatre is that place ("a wildfire on the island of Evia": Evia, not Greece); otherwise
    a place named twice and alone inside the country, else the country (named twice). A place
    the catalog lacks ("Evia") is taken to lie in the one country the others lie in; a
    catalogued place in no country (a sea) means there is no single theatre."""
    countries: Counter[str] = Counter()
    inner: Counter[str] = Counter()
    lead: list[str] = []
    for e in entities:
        if (e.type not in ("GPE", "LOC") or _is_dateline(text, e) or _claimant_place(text, e)
                or is_side_mention(text, e)):
            continue
        country = _country_of_entity(e, catalog)
        known = catalog is None or catalog.get(e.entity_id) is not None
        if country is None and known:
            return None  # a sea, a region across borders: no single theatre
        if country is not None:
            countries[country] += 1
        if e.name != country:
            inner[e.name] += 1
        if lead_end is not None and e.start_char < lead_end:
            lead.append(e.name)
    if len(countries) != 1:
        return None
    country, n = countries.most_common(1)[0]
    if lead:
        return lead[0]
    if n + sum(inner.values()) - sum(1 for name in inner if name == country) < 2:
        return None
    if len(inner) == 1 and next(iter(inner.values())) >= 2:
        return next(iter(inner))
    return country if n >= 2 else None


# "South Korea's spy agency said", "lawmakers in Seoul said": the place belongs to the claimant.
_OWNER_AFTER_RE = re.compile(r"(?:'s|\u2019s)\s+(?:[a-z]+\s+){0,2}(?:agency|ministry|service|military|army|"
                             r"government|officials?|president|minister|intelligence|office|spokes\w+)\b")
_GROUP_BEFORE_RE = re.compile(r"\b(?:officials|lawmakers|sources|diplomats|analysts|authorities|prosecutors|"
                              r"police|officers)\s+in\s+$")


# "the San Mateo, California-based company": where an organisation is based, not where the story is
_BASED_AFTER_RE = re.compile(r"(?:,\s*[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*)?-based\b")


# "Israel says about 59 hostages remain in Gaza": a country that speaks is a claimant, not a setting
_SAYS_AFTER_RE = re.compile(r"\s+(?:says|said|claims|claimed|estimates|estimated|believes|reported|reports|"
                            r"told|announced|confirmed|denied)\b")


def _claimant_place(text: str, e: Entity) -> bool:
    return bool(_OWNER_AFTER_RE.match(text, e.end_char) or _BASED_AFTER_RE.match(text, e.end_char)
                or _SAYS_AFTER_RE.match(text, e.end_char)
                or _GROUP_BEFORE_RE.search(text, max(0, e.start_char - 40), e.start_char))


def _is_dateline(text: str, e: Entity) -> bool:
    if e.start_char > _DATELINE_REACH:
        return False
    line_start = text.rfind("\n", 0, e.start_char) + 1
    return line_start == 0 and (e.surface.isupper() or e.start_char == 0)


def _country_of_entity(e: Entity, catalog: Catalog | None) -> str | None:
    if e.entity_id.startswith("country:"):
        return e.name
    return country_of(e.entity_id, catalog) if catalog is not None else None
