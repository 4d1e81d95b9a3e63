"""transforms.figures values: bounds, hedges, vague amounts, shares; numbers that are not figures."""

from __future__ import annotations

import pytest

from figures_helpers import figs, one


# ---------------------------------------------------------------- intervals

@pytest.mark.parametrize(
    "text, low, high, qualifier, approx",
    [
        ("There are 11,000 to 12,000 troops.", 11000, 12000, None, False),
        ("There are 10,000-12,000 troops.", 10000, 12000, None, False),
        ("There are 10,000\u201312,000 troops.", 10000, 12000, None, False),
        ("Between 2,000 and 3,000 troops left.", 2000, 3000, None, False),
        ("It grew from 3,000 to 5,000 troops.", 3000, 5000, None, False),
        ("Two or three missiles hit the port.", 2, 3, None, False),
        ("They raised $5-6bn last year.", 5e9, 6e9, None, False),
        ("It sent 1.5 to 2 million shells.", 1.5e6, 2e6, None, False),
        ("At least 3,000 troops arrived.", 3000, None, "At least", False),
        ("More than 500 people were killed.", 500, None, "More than", False),
        ("Over 200 drones were launched.", 200, None, "Over", False),
        ("Up to 12,000 soldiers could go.", None, 12000, "Up to", False),
        ("As many as 40 missiles were fired.", None, 40, "As many as", False),
        ("Fewer than 100 people attended.", None, 100, "Fewer than", False),
        ("Nearly 500 soldiers were lost.", None, 500, "Nearly", True),
        ("Almost 70 civilians were hurt.", None, 70, "Almost", True),
        ("About 1,500 troops arrived.", 1500, 1500, "About", True),
        ("Around 300 officers were there.", 300, 300, "Around", True),
        ("Roughly 80 drones flew.", 80, 80, "Roughly", True),
        ("Some 11,000 troops arrived.", 11000, 11000, "Some", True),
        ("An estimated 7,000 refugees fled.", 7000, 7000, "An estimated", True),
        ("Approximately 250 generals met.", 250, 250, "Approximately", True),
        ("An estimated 11,000 to 12,000 troops are there.", 11000, 12000, "An estimated", True),
        ("Several thousand people marched.", 2000, 9999, "Several", True),
        ("Several thousands of troops marched.", 2000, 9999, "Several", True),
        ("Thousands of refugees fled.", 2000, 9999, "Thousands", True),
        ("Hundreds of civilians fled.", 200, 999, "Hundreds", True),
        ("Dozens of drones were downed.", 24, 99, "Dozens", True),
        ("Tens of thousands of troops massed.", 20000, 99999, "Tens of thousands", True),
        ("A few hundred protesters gathered.", 200, 500, "A few", True),
        ("3,000 or more troops arrived.", 3000, None, "or more", False),
    ],
)
def test_bounds_hedges_and_vague_amounts(text, low, high, qualifier, approx):
    f = one(text)
    assert f.value_low == (pytest.approx(low) if low is not None else None)
    assert f.value_high == (pytest.approx(high) if high is not None else None)
    assert f.qualifier == qualifier
    assert f.approx is approx


def test_point_value_has_equal_bounds():
    f = one("The brigade has 4,200 soldiers.")
    assert f.value_low == f.value_high == 4200 and f.approx is False and f.qualifier is None


def test_spelled_and_scaled_values():
    found = figs("Twelve thousand soldiers, three hundred tanks, a dozen missiles, 12k workers and 1.5 million people.")
    assert [(f.value_low, f.unit) for f in found] == [
        (12000, "troops"), (300, "tanks"), (12, "missiles"), (12000, "workers"), (1.5e6, "people")]


def test_share_is_not_a_count():
    found = figs("A third of the force was lost and two-thirds of residents left.")
    assert [(round(f.value_low, 3), f.unit) for f in found] == [(0.333, "share"), (0.667, "share")]


# ---------------------------------------------------------------- not figures

@pytest.mark.parametrize(
    "text",
    [
        "It violates UN Security Council resolutions 1718, 1874 and 2270.",
        "The war began in 2022 and the talks were held in 2024.",
        "The meeting is on November 7 at 10:30 a.m.",
        "The attack happened on 7 November at 3 p.m.",
        "The soldier, aged 19, was a 19-year-old from Ohio.",
        "Kim, 40, said the talks would last three years.",
        "He served 20 years in the army and spent two weeks in Kursk.",
        "Call 555-123-4567 or +44 20 7946 0958.",
        "The office is at 221 Baker Street.",
        "See page 12, section 4 and Article 5 of the law No. 230.",
        "Manchester City beat Arsenal 3-1 in the final.",
        "The Lakers won 118-110 at home.",
        "The F-16 and the Boeing 737 and the iPhone 15 and COVID-19 were discussed.",
        "He was 100 percent sure.",
        "One of the soldiers spoke.",
        "It was the 7th attempt in the 1990s.",
    ],
)
def test_not_figures(text):
    assert figs(text) == [], [f.text for f in figs(text)]


def test_vague_trillion_interval():
    f = one("Orders could grow by several trillion won.")
    assert (f.value_low, f.value_high, f.approx) == (2e12, 1e13 - 1, True)


@pytest.mark.parametrize(
    "text",
    [
        "A magnitude 7.3 earthquake struck the coast.",
        "Cooperation between the two countries has deepened.",
        "The two men were taken to Kyiv.",
        "He warned that a third country entering the war could widen it.",
        "The troops moved in the first half of October.",
    ],
)
def test_not_figures_in_news_context(text):
    assert figs(text) == [], [f.text for f in figs(text)]


# ---------------------------------------------------------------- issue #12: figures of every kind

def test_a_percent_change_then_a_level_are_two_figures():
    found = figs("Shares rose 6.5% to 164p, and US sales rose 10 percent to 240,000 units.")
    assert [(f.text, f.value_low, f.value_high, f.unit) for f in found] == [
        ("6.5%", 6.5, 6.5, "percent"), ("164p", 1.64, 1.64, "gbp"), ("10 percent", 10, 10, "percent"),
        ("240,000 units", 240000, 240000, "units")]
    found = figs("Unemployment rose 0.3 percentage point to 4.3%.")
    assert [(f.value_low, f.value_high, f.unit) for f in found] == [(0.3, 0.3, "percentage points"),
                                                                   (4.3, 4.3, "percent")]


def test_a_change_by_an_amount_then_the_level_is_not_a_range():
    found = figs("Analysts cut their forecast by $3 to $62, and the stock fell 12 cents to $4.50.")
    assert [(f.text, f.value_low, f.value_high) for f in found] == [
        ("$3", 3, 3), ("$62", 62, 62), ("12 cents", 0.12, 0.12), ("$4.50", 4.5, 4.5)]
    # a verb that takes the range as its object, and a bare change, stay ranges
    assert [(f.value_low, f.value_high) for f in figs("The bank raised $1.5 billion to $2 billion.")] == [(1.5e9, 2e9)]
    assert [(f.value_low, f.value_high) for f in figs("Prices rose 5 to 10 percent.")] == [(5, 10)]


def test_measures_share_a_range_only_with_the_same_unit():
    found = figs("The rockets flew 10-12 km, then 5 km to 10 miles.")
    assert [(f.value_low, f.value_high, f.unit) for f in found] == [(10, 12, "km"), (5, 5, "km"), (10, 10, "miles")]


def test_bounds_written_as_verbs_before_a_bare_number():
    f = one("Downloads of the app passed 100 million within five days.")
    assert (f.text, f.value_low, f.value_high, f.qualifier, f.unit) == (
        "passed 100 million", 1e8, None, "passed", "downloads")
    f = one("Arrivals topped 1 million last year.")
    assert (f.value_low, f.value_high, f.qualifier) == (1e6, None, "topped")
    f = one("Congress passed 12 bills.")  # a verb with its object, not a bound
    assert (f.text, f.value_low, f.value_high, f.qualifier) == ("12 bills", 12, 12, None)


def test_a_price_from_is_a_lower_bound_a_range_from_is_not():
    f = one("Tickets for the game had been priced from \u00a340.")
    assert (f.text, f.value_low, f.value_high, f.qualifier, f.unit) == ("from \u00a340", 40, None, "from", "gbp")
    f = one("It grew from 3,000 to 5,000 troops.")
    assert (f.value_low, f.value_high, f.qualifier) == (3000, 5000, None)


def test_an_average_is_a_value_not_a_hedge():
    f = one("Bundesliga matches drew an average of 39,200 fans this season.")
    assert (f.text, f.value_low, f.value_high, f.approx, f.qualifier) == ("39,200 fans", 39200, 39200, False, None)


def test_a_period_between_two_years_is_not_a_figure():
    assert figs("He ran the firm between 2019 and 2024, and from 2010 to 2015 before that.") == []
    assert figs("The war of 1914-1918 was long.") == []
    assert [(f.value_low, f.value_high) for f in figs("Between 2000 and 3000 troops left.")] == [(2000, 3000)]


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a KN-23 missile and the BM-21 launcher fired too.",
        "The A350-1000 jet, the B300 chip, flight BA117 and QF1 landed.",
        "The FTSE 100 rose, the STOXX 600 fell and the S&P 500 was flat.",
        "The plant will capture CO2 emissions.",
        "A magnitude 7.1 earthquake struck before a Category 5 storm.",
        "The phone shoots 8K video with a 200-megapixel sensor.",
        "A nine-storey block stood near a 60-metre-deep gorge and a 2.5-tonne satellite.",
        "Russia fired 170mm self-propelled guns.",
        "The 24-year-old ran the 100 metres in 9.79 seconds and the 1,500m the next day.",
        "The wind farm has a 300 MW capacity.",
        "He watched 1080p video.",
    ],
)
def test_codes_calibres_specs_and_races_are_not_figures(text):
    assert figs(text) == [], [f.text for f in figs(text)]


@pytest.mark.parametrize(("text", "only"), [("Output will reach 2 tonnes in the 2026-27 season.", "2 tonnes"),
                                            ("In the 2024/25 season he scored 10 goals.", "10 goals")])
def test_a_season_written_as_two_years_is_no_figure(text, only):
    assert [f.text for f in figs(text)] == [only]
