"""transforms.figures subject and location."""

from __future__ import annotations

import pytest

from transforms.figures import extract_figures
from figures_helpers import KNOWN, PUB, by_text, ents, figs, one, real


# ---------------------------------------------------------------- subject and location

@pytest.mark.parametrize(
    "text",
    [
        "There are 11,000 North Korean troops in the region.",
        "There are 11,000 troops from North Korea in the region.",
        "Pyongyang's 11,000 soldiers are in the region.",
        "There are 11,000 DPRK forces in the region.",
        "North Korea has sent 11,000 troops.",
    ],
)
def test_subject(text):
    assert one(text).subject == "North Korea"


@pytest.mark.parametrize(
    "text, where",
    [
        ("There are 11,000 troops in Russia.", "Russia"),
        ("There are 11,000 troops in the Kursk region.", "Kursk"),
        ("There are 11,000 troops on the front line in Kursk.", "Kursk"),
        ("There are 11,000 troops in Russia's Kursk Oblast.", "Kursk"),
        ("In Kharkiv, 12 people were killed.", "Kharkiv"),
        ("The shelling of Kharkiv killed 12 people.", None),
        ("About 1,500 North Korean special forces have reached Kursk.", "Kursk"),
    ],
)
def test_location(text, where):
    assert one(text).location == where


def test_subject_is_not_the_location():
    f = one("Russia's Kursk region hosts 11,000 North Korean troops in Russia.")
    assert f.subject == "North Korea" and f.location == "Russia"


def test_location_not_from_another_clause():
    text = ("Kirby said the troops travelled from the Wonsan area on North Korea's east coast to Vladivostok, "
            "and then continued to at least three training sites.")
    f = by_text(figs(text), "at least three training sites")
    assert f.location is None


def test_a_second_reported_clause_is_another_event():
    text = "Officials said 1,500 troops had reached Kursk and that Pyongyang would send 12,000 soldiers."
    assert by_text(figs(text), "12,000 soldiers").location is None


def test_a_place_struck_or_hit_is_where_the_figure_is() -> None:
    known = KNOWN + [("Japan", "Japan", "GPE"), ("China", "China", "GPE")]
    text = ("At least 64 people have died after a 7.5-magnitude earthquake hit central Japan, local authorities "
            "said. A quake struck a mountainous area of northwest China, killing at least 118 people.")
    found = extract_figures(text, "a1", PUB, ents(text, known), [])
    assert [(f.value_low, f.unit, f.location) for f in found] == [(64, "killed", "Japan"), (118, "killed", "China")]


@pytest.mark.parametrize(
    "text, figure, subject",
    [
        ("Shares of Samsung fell 2.4% to 58,100 won on Monday.", "2.4%", "Samsung"),
        ("South Korea's exports rose 7.3 percent to $58 billion.", "7.3 percent", "South Korea"),
        ("The Bank of Korea cut its policy rate by 25 basis points.", "25 basis points", "Bank of Korea"),
        ("Samsung sold 58 million phones in the quarter, down 4%.", "4%", "Samsung"),
        ("Samsung's revenue for October rose 11% to $21 billion.", "11%", "Samsung"),
        ("Jannik Sinner earned £2 million for the title.", "£2 million", "Jannik Sinner"),
        ("The army intercepted 30 of about 45 rockets fired by Hezbollah.", "about 45 rockets", "Hezbollah"),
        ("Brazil's coffee harvest is expected to reach about 66 million bags.", "about 66 million bags", "Brazil"),
        ("Samsung's operating profit could top 10 trillion won this year.", "10 trillion won", "Samsung"),
    ],
)
def test_subject_of_a_business_figure(text, figure, subject):
    found = {f.text: f for f in real(text)}
    assert found[figure].subject == subject


def test_a_possessed_forecast_needs_its_verb():
    # "Brazil's farmers expect ...": the possessor of the speakers, not of the measured thing
    found = {f.text: f for f in real("Brazil's farmers say they expect 66 million bags.")}
    assert found["66 million bags"].subject is None


def test_a_currency_adjective_is_no_subject():
    found = {f.text: f for f in real("The plan will save 3 billion Swedish crowns a year.")}
    assert found["3 billion Swedish crowns"].subject is None


def test_a_candidate_who_wins_votes_is_their_subject():
    found = {f.text: f for f in real("Kamala Harris won 226 electoral votes.")}
    assert found["226 electoral votes"].subject == "Kamala Harris"


def test_a_global_figure_takes_no_place_named_later():
    found = {f.text: f for f in real("Toyota sold 2.4 million cars worldwide, with sales in Japan up 3%.")}
    assert found["2.4 million cars"].location is None


def test_a_competition_inside_the_counted_phrase_is_not_its_owner():
    found = real("The striker now has 19 goals in 15 Premier League appearances this season.")
    assert by_text(found, "15 Premier League appearances").subject is None


def test_a_planned_act_keeps_its_clause_subject():
    found = real("Quillwork Analytics Inc. plans to cut about 600 jobs in its sales division.")
    assert by_text(found, "about 600 jobs").subject == "Quillwork Analytics Inc."


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("The CDU won Sunday's state election in Rhineland-Palatinate with 31.4 percent of the vote.", "31.4 percent",
     "CDU"),
    ("The election was close.\n\nThe SPD of outgoing premier Marlene Kessler slumped to 24.9 percent.",
     "24.9 percent", "SPD"),
    ("After the election, the CDU will have 37 of the 101 seats.", "37", "CDU"),
])
def test_a_partys_share_in_an_election_story_is_the_partys(text, figure, subject):
    assert by_text(real(text), figure).subject == subject


def test_an_election_story_has_no_company_subject():
    found = real("The CDU won the state election with 31.4 percent of the vote. Turnout rose to 68.2 percent, "
                 "the returning officer said, and voters backed the CDU again.")
    assert by_text(found, "68.2 percent").subject is None


def test_a_countrys_market_is_the_countrys():
    found = real("China's passenger car sales rose 9.4 per cent to 2.3 million units in September.")
    assert by_text(found, "9.4 per cent").subject == "China"


@pytest.mark.parametrize(("text", "figure", "location"), [
    ("India's Sensex jumped 1,083 points, or 1.4%, to 76,240 on Friday.", "1,083 points", "India"),
    ("Turkey's central bank raised its policy rate by 350 basis points to 46%.", "350 basis points", "Türkiye"),
    ("UK consumer price inflation rose to 3.4% in January.", "3.4%", "United Kingdom"),
    # a country's own quantity or weapon is its own, not a place's
    ("North Korea's KN-23 missile has a range of about 690 km.", "about 690 km", None),
    ("Russia fired 40 missiles overnight.", "40 missiles", None),
])
def test_a_place_opening_the_sentence_locates_its_markets_and_institutions(text, figure, location):
    assert by_text(real(text), figure).location == location


def test_a_players_appearances_are_the_players():
    found = real("Callum Reid made 37 Premier League appearances last season.")
    assert by_text(found, "37 Premier League appearances").subject == "Callum Reid"


def test_a_statement_from_a_body_is_the_bodys_claim():
    (fig,) = real("According to a statement from the ministry, 300 people died.")
    assert fig.attributed_to == "ministry"


def test_a_place_after_in_and_a_compass_word_is_where_not_who():
    (fig,) = real("Heavy rain in southern Brazil has killed 56 people.")
    assert (fig.subject, fig.location) == (None, "Brazil")


def test_a_companys_metric_named_with_at_is_the_companys():
    found = real("Revenue at Siemens rose 5% to 20 billion euros.")
    assert [f.subject for f in found] == ["Siemens", "Siemens"]


def test_the_inner_place_after_a_possessive_and_the_clause_of_each_place():
    found = {f.text: f for f in real("Floods in Pakistan's Punjab province have affected 2.4 million people.")}
    assert found["2.4 million people"].location == "Punjab"
    text = ("Temperatures hit 46.3C in Seville province on Tuesday, while the Portuguese village of Amareleja "
            "recorded 46.6 degrees, a national record.")
    found = {f.text: f for f in real(text)}
    assert found["46.3C"].location == "Seville province"
    # the place that recorded the reading is where it was taken, not who claims it
    assert (found["46.6 degrees"].location, found["46.6 degrees"].attributed_to) == ("Amareleja", None)
