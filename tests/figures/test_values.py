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
