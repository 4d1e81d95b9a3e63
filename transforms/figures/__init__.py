"""Figures: numeric claims in news text, with what, whose, where, who says, when.

``extract_figures(text, article_id, published, entities, quotes) -> list[Figure]``
turns every number in ``text`` that states a quantity into a ``Figure``
(contract table ``figures``). Pure: no I/O. Regexes are compiled at import and
all per-figure work looks at bounded windows around the figure, so the cost is
linear in the size of the text.

Values
------
* point values: ``value_low == value_high`` ("11,000 troops");
* ranges: "11,000 to 12,000", "10,000-12,000", "between 2,000 and 3,000",
  "from 3,000 to 5,000", "two or three", "$5-6bn" (scale and currency shared);
* open bounds (``qualifier`` keeps the words as written):
  lower bound only (``value_high`` null): at least, more than, over, above,
  upwards of, in excess of, exceeding, no fewer/less than, a minimum of,
  "N or more", "N-plus", "N+";
  upper bound only (``value_low`` null): up to, as many as, as much as, as
  high as, fewer than, less than, under, below, no more than, at most, a
  maximum of, nearly, almost, close to, just under, "N or fewer";
* hedges (``approx`` true, point value): about, around, roughly, some, an
  estimated, estimated, approximately, circa, "N or so"; nearly/almost/close
  to are hedged upper bounds;
* vague amounts are intervals, ``approx`` true, ``qualifier`` the vague words:
  several X [2X, 10X-1] ("several thousand" [2000, 9999]), a few X [2X, 5X]
  ("a few hundred" [200, 500]), a couple of X [2X, 3X], dozens [24, 99],
  scores [40, 199], hundreds [200, 999], thousands [2000, 9999], millions
  [2e6, 1e7-1], tens of thousands [20000, 99999], hundreds of thousands
  [200000, 999999] (and so on for millions/billions);
* shares ("a third of the force", "two-thirds", "half of", "one in five") are
  fractions in [0, 1] with unit ``share``, never counts.

Units (``unit``)
----------------
Normalized vocabulary:

=============  =========================================================
troops         troops, soldiers, forces, personnel, servicemen, service
               members, special forces, marines, paratroopers, conscripts,
               reservists, "a force/contingent of N", "N-strong"
killed         dead, deaths, killed, fatalities, lives (lost), death toll,
               and any counted noun followed by "were killed"/"died"
               (also a few words on: "2,000 of the soldiers sent last year
               have been killed"; not after "None of ...")
wounded        wounded, injured, injuries, hurt, "treated for burns/injuries"
casualties     casualties; "killed or wounded" (one figure, not two)
prisoners      prisoners, POWs, captives; soldiers or people "captured" or
               "taken prisoner" ("Ukraine captured two North Korean soldiers"
               counts prisoners, not the size of a force)
missiles       missiles
shells         shells, artillery rounds
drones         drones, UAVs
people         people, persons; a nationality used as a noun ("500 Ukrainians");
               a population ("cap the population at 10 million")
civilians      civilians
refugees       refugees
officers       officers
generals       generals
usd eur gbp    money, by currency: ISO 4217 lower case, from a symbol or
krw inr myr    prefix ("$", "US$", "S$", "HK$", "A$", "C$", "NT$", "R$",
sgd twd ...    "RM", "Rs", "Rp", "€", "£", "¥", "₩", "₹", ...), a code before
               or after the digits ("USD 5m", "5bn EUR") or a word after
               them ("won", "rupiah", "Danish crowns"; "crowns" and "pesos"
               need their nationality); scales k, m (money only, or glued
               before a counted noun: "3m people"), mn, mil, bn, bil, tn,
               lakh (1e5), crore (1e7), "lakh crore" (1e12); minor units are
               hundredths ("164p" 1.64 gbp, "14 paise" 0.14 inr, "9 sen"
               0.09 myr, "85 cents" 0.85 usd); an exchange rate takes the
               currency named before it ("the rupiah hit 16,950 per dollar":
               idr)
percent        "%", percent, per cent; ``percentage points`` for points;
               ``basis points`` (bp, bps, basis points)
points         the level of a stock index ("the S&P 500 rose 0.8% to 6,712.3")
share          a fraction of something (value in [0, 1]): "a third", "half
               of", "one in five", "nine in 10"
km m cm mm     measures, normalized without converting the value: metric and
km2 m2 km/h    electrical units as lower-case symbols (km, m, cm, mm, km2, m2,
mph kg w kw    km/h, m/s, kg, g, mg, l, ml, w, kw, mw, gw, kwh, mwh, gwh, twh,
mw gwh twh     kb, mb, gb, tb, ghz), imperial units and areas as plural words
gb tb miles    (miles, feet, inches, yards, gallons, pounds (lb), ounces,
feet acres     knots, acres, hectares, tonnes, tons); degrees_c ("38 degrees
degrees_c ...  Celsius", "38C", "38°C"), degrees_f, degrees when no scale
               is named ("minus 38 degrees")
=============  =========================================================

Any other counted noun is kept as written, lower-cased ("tanks", "jobs"), with
a modifier that names a kind of it ("charging stations", "season-ticket
holders", "self-propelled guns", "fighter jets", "cannabis plants") but not one
that describes it ("large enterprises", "remaining employees", "long-haul
aircraft", "state-owned companies", "Russian-made drones": the noun alone). A
bare number after a rise takes its subject's noun ("Chapter 11 filings rose to
694": filings; not prices, rates or other amounts). A measure followed by a noun
describes it and is not a figure ("170mm self-propelled guns", "a 300 MW
plant"), nor is a race ("ran the 100 metres").
A part of a count just given takes that count's unit: "Fifty-seven of them
were destroyed", "another 41 were lost", "1,404 of them critically" (the last
counted figure of the paragraph, at most 400 characters back); "412 of the 650
seats" counts seats, as do "35 of about 40 rockets" and "14 of the state's 17
townships". A subgroup keeps its noun ("492 killed, including 35
children": unit ``children``), so that it never enters a casualty trend as a
rival estimate. A number written in words never carries a percentage unit.

Context
-------
* ``subject``: the entity the counted thing belongs to: an entity inside the
  phrase ("North Korean troops", "DPRK forces"), a possessive before it
  ("Pyongyang's 10,000 soldiers"), "troops from/of North Korea", or the
  clause subject of a verb like "sent"/"fired" ("Russia fired 40 missiles").
* ``location``: a GPE/LOC entity after a locative preposition ("in Russia",
  "in the Kursk region", "on the front line in Kursk"), after the figure or
  before it in the same sentence, or the place an event hit or struck ("an
  earthquake hit central Japan", "a mountainous area of northwest China"); the
  more specific place of "Russia's Kursk region".
* ``attributed_to``/``cue``: the speaker of a direct quote containing the
  figure; else "X said/estimate/told ..." before the figure, "according to
  X", or ", X said" after it (with a tail of up to eight words: "said on
  Monday in draft budget documents"). Pronouns and "the agency"-style references
  resolve to the last matching name; a described claimant is named by its name
  ("state broadcaster CCTV" -> CCTV, "County Sheriff Robert Luna" -> Robert Luna). Null where the article states the figure
  as its own fact.
* from the article (``transforms.figures.discourse``), where the sentence leaves them open:
  a figure that refers back ("of the soldiers", "another 2,700", "Dozens more") takes the
  subject and location of the earlier figure it refers to; military counts take the
  article's one army when exactly one is in play; a company story's money, percentages and
  counts take the one company; event figures take the article's one theatre (its places,
  datelines and claimants' places aside, all in one country). ``subject_source`` /
  ``location_source`` say ``sentence`` or ``context``. With the catalog, ``location_country``
  is the location's country (``transforms.places``).
* nested sources (``transforms.figures.conduits``): "Reuters, citing lawmakers briefed by
  the NIS": attributed_to NIS, ``attributed_via`` Reuters; "told Reuters"; "according to
  data compiled by Bloomberg". An outlet credited in the dateline is never the claimant
  (``transforms.figures.media``).
* ``as_of``: ``published`` unless the sentence names another time ("as of
  Monday", "by the end of October", "last week", "on Nov. 5", "in 2023").

Not figures: years, dates, times, ages, durations, resolution/law/article/
page/section/flight/model numbers and lists of them ("resolutions 1718, 1874
and 2270"), phone numbers, street addresses, sports scores, numbers glued to
letters ("F-16", "A320", "COVID-19", "7th", "3pm"), "one" on its own, numbers
inside the name of the speaker ("ten allied nations ... said"), percentages of
nothing ("100 percent sure").

Modules, by stage
-----------------
``vocabulary`` (unit vocabulary, word lists, shared regexes), ``_common`` (window scans, the atom
and candidate records, the entity/quote index), ``values`` (atoms, candidates: intervals, ranges,
qualifiers; non-figures, scores), ``units`` (what is counted), ``subject_location`` (subject,
location, anaphora), ``attribution`` (who says it), ``dates`` (as_of) and ``extract`` (the main
loop and its post-processing).
"""

from __future__ import annotations

from transforms.figures.extract import extract_figures, figure_id
from transforms.figures.vocabulary import UNIT_VOCABULARY

# stage internals that tests read (tests/test_anchors.py)
from transforms.figures._common import _SCAN_KEYWORDS, _WindowScans  # noqa: F401
from transforms.figures.values import (_LABEL_RE, _LABEL_REACH, _PREFIX_FIRST, _PREFIX_RE, _PREFIX_REACH,  # noqa: F401
                                       _atoms, _tail_search, _tail_start)
from transforms.figures.vocabulary import _ASOF_RE, _SAY_RE  # noqa: F401

__all__ = ["extract_figures", "UNIT_VOCABULARY", "figure_id"]
