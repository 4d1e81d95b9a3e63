"""transforms.figures units: the counted thing, harm and capture verbs, parts of a count."""

from __future__ import annotations

import pytest

from figures_helpers import by_text, figs, one


# ---------------------------------------------------------------- units

@pytest.mark.parametrize(
    "text, unit",
    [
        ("It deployed 500 soldiers.", "troops"),
        ("It deployed 500 forces.", "troops"),
        ("It deployed 500 military personnel.", "troops"),
        ("It deployed 500 servicemen.", "troops"),
        ("It deployed 500 special forces.", "troops"),
        ("It has a 5,000-strong force.", "troops"),
        ("The attack left 12 dead.", "killed"),
        ("There were 12 deaths.", "killed"),
        ("12 people were killed in the blast.", "killed"),
        ("The strike killed 12 civilians.", "killed"),
        ("40 people were injured.", "wounded"),
        ("The clash left 40 wounded.", "wounded"),
        ("500 soldiers were killed or wounded.", "casualties"),
        ("It reported 500 casualties.", "casualties"),
        ("Russia fired 40 ballistic missiles.", "missiles"),
        ("It fired 2,000 artillery shells.", "shells"),
        ("It launched 80 Shahed drones.", "drones"),
        ("The camp holds 9,000 refugees.", "refugees"),
        ("The camp holds 9,000 civilians.", "civilians"),
        ("Police arrested 30 officers.", "officers"),
        ("Seven generals resigned.", "generals"),
        ("It costs $2bn.", "usd"),
        ("It costs \u20ac2 billion.", "eur"),
        ("It costs 1.2 trillion won.", "krw"),
        ("It costs \u00a3300,000.", "gbp"),
        ("It costs 5 billion rubles.", "rub"),
        ("Prices rose 3.2%.", "percent"),
        ("Prices rose 3.2 percent.", "percent"),
        ("Russia lost 300 tanks.", "tanks"),
        ("The death toll rose to 120.", "killed"),
    ],
)
def test_units(text, unit):
    assert one(text).unit == unit


def test_killed_or_wounded_is_one_figure():
    found = figs("About 1,100 North Korean troops were killed or wounded in Kursk.")
    assert len(found) == 1 and found[0].unit == "casualties"


def test_killed_and_wounded_separately_are_two():
    found = figs("The hurricane left 12 dead and 30 injured in Florida.")
    assert [(f.value_low, f.unit) for f in found] == [(12, "killed"), (30, "wounded")]


# ---------------------------------------------------------------- units, subjects, non-figures on news context

@pytest.mark.parametrize(
    "text, phrase, unit",
    [
        ("About 8,000 troops were in Kursk, out of roughly 10,000 sent to Russia.", "roughly 10,000", "troops"),
        ("About 1,500 soldiers arrived, with up to 12,000 planned.", "up to 12,000", "troops"),
        ("He put the total number of North Korean troops in Russia at about 10,000.", "about 10,000", "troops"),
        ("It cut the rate by 25 basis points.", "25 basis points", "basis points"),
        ("Exports are worth billions of dollars.", "billions of dollars", "usd"),
        ("Orders could grow by several trillion won.", "several trillion won", "krw"),
        ("Some 106,825 officially recognised survivors were alive.", "Some 106,825 officially recognised survivors",
         "survivors"),
    ],
)
def test_units_in_context(text, phrase, unit):
    f = by_text(figs(text), phrase)
    assert f.unit == unit


def test_adjective_before_counted_noun():
    f = one("Ukraine has captured two wounded North Korean soldiers.")
    assert (f.unit, f.subject) == ("prisoners", "North Korea")
    f = one("Two wounded North Korean soldiers were flown to Kyiv.")
    assert (f.unit, f.subject) == ("troops", "North Korea")


def test_captured_soldiers_are_prisoners_not_a_troop_estimate():
    assert one("Ukraine captured two wounded North Korean soldiers in the Kursk region.").unit == "prisoners"
    assert one("Two North Korean soldiers were taken prisoner, the SBU said.").unit == "prisoners"
    assert one("Ukraine would hand two captured North Korean soldiers over to Pyongyang.").unit == "prisoners"
    assert one("About 1,500 North Korean troops were sent to Russia, the NIS said.").unit == "troops"


# ---------------------------------------------------------------- round 3: failures found on a held-out set
# (benchmarks/figures_heldout/round3.jsonl, written blind to this code; these are generic forms of them)

def test_a_part_of_a_count_just_given_takes_its_unit() -> None:
    found = figs("Russia's air defences downed 162 Ukrainian drones overnight. Fifty-seven of them were destroyed "
                 "over Belgorod, and another 41 were lost to jamming, the ministry said.")
    assert [(f.text, f.value_low, f.unit) for f in found] == [
        ("162 Ukrainian drones", 162, "drones"), ("Fifty-seven", 57, "drones"), ("41", 41, "drones")]
    found = figs("The quake injured 2,059 people, 1,404 of them critically, officials said.")
    assert [(f.value_low, f.unit) for f in found] == [(2059, "wounded"), (1404, "wounded")]


def test_a_part_with_no_count_before_it_is_not_a_figure() -> None:
    assert figs("Fifty-seven of them were destroyed over Belgorod, the ministry said.") == []


def test_part_of_a_numbered_total_counts_the_total_s_unit() -> None:
    found = figs("Labour won 412 of the 650 parliamentary seats in the election.")
    assert [(f.text, f.unit) for f in found] == [("412", "parliamentary seats"), ("650 parliamentary seats",
                                                                                 "parliamentary seats")]


def test_harm_after_still_presumed_and_unaccounted_for() -> None:
    assert one("Officials said hundreds were still unaccounted for in North Carolina.").unit == "missing"
    assert one("Six construction workers were presumed dead, officials said.").unit == "killed"
    assert one("Rescuers said nearly 200 people were still missing.").unit == "missing"


def test_a_number_in_words_does_not_carry_a_percentage() -> None:
    found = figs("Stoltenberg said 23 allies would spend 2% of output on defence this year, up from just three "
                 "in 2014.")
    assert [(f.text, f.unit) for f in found] == [("23 allies", "allies"), ("2%", "percent"), ("three", "allies")]


def test_a_direction_is_not_the_counted_thing() -> None:
    found = figs("The storm hit six southeastern states and left 2 million customers without power.")
    assert ("six southeastern states", "states") in [(f.text, f.unit) for f in found]


def test_soldiers_taken_alive_are_prisoners() -> None:
    f = one("Ukraine questions the first two North Korean soldiers it has taken alive.")
    assert (f.value_low, f.unit, f.subject) == (2, "prisoners", "North Korea")
    assert one("Kyiv said 12 soldiers Russia had captured were freed.").unit == "prisoners"


# ---------------------------------------------------------------- issue #12: measures, money, counts of any noun

@pytest.mark.parametrize(
    "text, phrase, low, unit",
    [
        ("The quake struck at a depth of 48 km.", "48 km", 48, "km"),
        ("Waves of up to 1.3 metres hit the coast.", "up to 1.3 metres", 1.3, "m"),
        ("The wave reached 3m.", "3m", 3, "m"),
        ("Rain reached 120mm in the city.", "120mm", 120, "mm"),
        ("The storm dumped 30 cm of snow.", "30 cm", 30, "cm"),
        ("The council resurfaced 62 miles of roads.", "62 miles", 62, "miles"),
        ("The windscreen cracked at 35,000 feet.", "35,000 feet", 35000, "feet"),
        ("As 14 inches of snow fell, flights stopped.", "14 inches", 14, "inches"),
        ("Gusts of 134 km/h hit the Highlands.", "134 km/h", 134, "km/h"),
        ("Winds of 180 kph and 120 mph were recorded.", "180 kph", 180, "km/h"),
        ("Winds reached 195 kilometres per hour.", "195 kilometres per hour", 195, "km/h"),
        ("His fastball was clocked at 101.7 mph.", "101.7 mph", 101.7, "mph"),
        ("The chip draws 1,400 W at peak.", "1,400 W", 1400, "w"),
        ("The site delivers 300 MW for four hours.", "300 MW", 300, "mw"),
        ("The reactor has a capacity of 1,650 megawatts.", "1,650 megawatts", 1650, "mw"),
        ("It stores 1,200 MWh.", "1,200 MWh", 1200, "mwh"),
        ("The grid used 2.5 TWh last year.", "2.5 TWh", 2.5, "twh"),
        ("The array holds 5 PB of data.", "5 PB", 5, "pb"),
        ("Customs seized 4.6kg of gold bars.", "4.6kg", 4.6, "kg"),
        ("The plant will capture 1.5 million tonnes of CO2.", "1.5 million tonnes", 1.5e6, "tonnes"),
        ("The fire has scorched 14,000 acres.", "14,000 acres", 14000, "acres"),
        ("The fire burned 4,500 hectares.", "4,500 hectares", 4500, "hectares"),
        ("Sea ice shrank to 4.28 million square kilometres.", "4.28 million square kilometres", 4.28e6, "km2"),
        ("The field covers 2,500 sq km.", "2,500 sq km", 2500, "km2"),
        ("The data centre uses 5 million gallons of water.", "5 million gallons", 5e6, "gallons"),
        ("Temperatures reached 43 degrees Celsius.", "43 degrees Celsius", 43, "degrees_c"),
        ("The mercury hit 48.5C in Jacobabad.", "48.5C", 48.5, "degrees_c"),
        ("The mercury hit 38\u00b0C in Seville.", "38\u00b0C", 38, "degrees_c"),
        ("It was 109 degrees Fahrenheit in Phoenix.", "109 degrees Fahrenheit", 109, "degrees_f"),
        ("It fell to minus 38 degrees in Yakutsk.", "minus 38 degrees", -38, "degrees"),
        ("The bank cut rates by 50bp.", "50bp", 50, "basis points"),
    ],
)
def test_measures_keep_their_value_and_normalize_the_unit(text, phrase, low, unit):
    f = by_text(figs(text), phrase)
    assert (f.value_low if f.value_low is not None else f.value_high) == pytest.approx(low)
    assert f.unit == unit


def test_a_calibre_describes_the_counted_noun():
    f = one("Pyongyang shipped around 250 170mm self-propelled guns.")
    assert (f.text, f.value_low, f.unit) == ("around 250 170mm self-propelled guns", 250, "self-propelled guns")
    f = one("It fired 2,000 155mm artillery shells.")
    assert (f.value_low, f.unit) == (2000, "shells")


@pytest.mark.parametrize(
    "text, unit",
    [
        ("The fire destroyed at least 435 homes.", "homes"),
        ("Meta has more than 3.2 billion daily active users.", "users"),
        ("The city will install 400 charging stations.", "charging stations"),
        ("Everton said 1,500 season-ticket holders had yet to renew.", "season-ticket holders"),
        ("Russia shipped 250 self-propelled guns.", "self-propelled guns"),
        ("Officers found 400 cannabis plants.", "cannabis plants"),
        ("Sweden will supply 24 Gripen fighter jets.", "fighter jets"),
        ("It detained 12 border guards.", "border guards"),
        ("The airline ordered 20 narrow-body aircraft.", "aircraft"),
        ("The airline ordered 12 new long-haul aircraft.", "aircraft"),
        ("Snowpeak counts 740 large enterprises.", "enterprises"),
        ("The firm laid off eight other employees.", "employees"),
        ("The firm kept 300 remaining employees.", "employees"),
        ("It sold 30 state-owned companies.", "companies"),
        ("Russia launched 20 Iranian-made drones.", "drones"),
        ("BYD sold 4.27 million new energy vehicles.", "new energy vehicles"),
    ],
)
def test_counted_nouns_keep_a_naming_modifier_and_drop_a_describing_one(text, unit):
    assert one(text).unit == unit


@pytest.mark.parametrize(
    "text, unit",
    [
        ("It costs RM312.5mil.", "myr"),
        ("It costs Rs 1,250 crore.", "inr"),
        ("It costs NT$844.3 billion.", "twd"),
        ("It costs 8 billion Danish crowns.", "dkk"),
        ("It costs 50 million naira.", "ngn"),
        ("The dividend is 18.5 pence.", "gbp"),
        ("It rose 9 sen.", "myr"),
    ],
)
def test_money_in_any_currency(text, unit):
    assert one(text).unit == unit


def test_a_part_of_a_hedged_or_possessed_total_takes_its_unit():
    found = figs("Israel's military said it had intercepted 35 of about 40 rockets.")
    assert [(f.text, f.unit) for f in found] == [("35", "rockets"), ("about 40 rockets", "rockets")]
    found = figs("The Arakan Army says it controls 14 of the state's 17 townships.")
    assert [(f.text, f.unit) for f in found] == [("14", "townships"), ("17 townships", "townships")]


def test_a_bare_level_takes_its_unit_from_the_sentence():
    # a stock index's level is in points; an exchange rate in the currency named before it
    found = figs("The Hang Seng index fell 312 points, or 1.2 percent, to 25,740.")
    assert [(f.value_low, f.unit) for f in found] == [(312, "points"), (1.2, "percent"), (25740, "points")]
    assert by_text(figs("The S&P 500 rose 0.8% to 6,712.3."), "6,712.3").unit == "points"
    f = one("The rupiah hit 16,950 per dollar, its weakest since 1998.")
    assert (f.value_low, f.unit) == (16950, "idr")
    f = one("The yen weakened past 158 per dollar.")
    assert (f.value_low, f.value_high, f.qualifier, f.unit) == (158, None, "past", "jpy")
    assert by_text(figs("The rupee closed at 88.72 against the U.S. dollar."), "88.72").unit == "inr"


def test_a_bare_number_counts_the_subject_of_its_rise():
    assert one("Chapter 11 filings rose to 694 in the first half.").unit == "filings"
    assert one("Chikungunya cases in Foshan have risen to more than 7,000.").unit == "cases"
    assert one("Its forces grew to 12,000 by March.").unit == "troops"
    assert figs("Prices rose to 5,000 in the capital.") == []  # an amount in some currency, not a count
    assert figs("The Democrats rose to 45 in the polls.") == []  # a name, not a counted noun


def test_population_and_number_of_contexts():
    found = figs("Voters rejected a cap on the population at 10 million. Its population passed 9 million in 2023.")
    assert [(f.value_low, f.unit) for f in found] == [(1e7, "people"), (9e6, "people")]
    f = one("The number of patients waiting for routine hospital treatment fell to 7.36 million.")
    assert (f.value_low, f.unit) == (7.36e6, "patients")


def test_harm_verbs_after_adverbs_a_short_phrase_or_a_negation():
    assert one("At least 32 people have now been killed on both sides.").unit == "killed"
    assert one("About 2,000 of the soldiers sent last year have been killed.").unit == "killed"
    assert one("Twelve soldiers from the brigade were killed.").unit == "killed"
    assert one("Russia sent 200 soldiers to replace those killed.").unit == "troops"
    assert one("Two volunteers were treated for burns.").unit == "wounded"
    found = figs("None of the 214 passengers and 15 crew was hurt.")
    assert [(f.value_low, f.unit) for f in found] == [(214, "passengers"), (15, "crew")]
