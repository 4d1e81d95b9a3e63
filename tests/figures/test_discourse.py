"""The discourse stage: subject and location carried from the article (transforms.figures.discourse),
nested sources (conduits) and outlets that relay claims (media). Real catalog, real entity pass."""

from __future__ import annotations

from datetime import date

import pytest

from newslake.catalog_io import load_catalog
from transforms.entities import extract_entities
from transforms.figures import extract_figures
from transforms.quotes import extract_quotes

PUB = date(2025, 2, 12)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def figs(text: str, catalog) -> dict[str, object]:
    ents = extract_entities(text, "a", catalog)
    quotes = extract_quotes(text, "a", ents, catalog)
    return {f.text: f for f in extract_figures(text, "a", PUB, ents, quotes, catalog)}


NK_STORY = (
    "SEOUL (Yonhap) -- North Korea has sent about 3,000 more soldiers to Russia's Kursk region, "
    "the National Intelligence Service said on Thursday.\n\n"
    "About 2,000 of the soldiers have been killed and another 2,700 wounded, the agency estimated."
)


def test_a_reference_back_takes_the_earlier_figures_subject(catalog):
    found = figs(NK_STORY, catalog)
    first = found["about 3,000 more soldiers"]
    assert (first.subject, first.subject_source, first.location, first.location_source) == (
        "North Korea", "sentence", "Kursk region", "sentence")
    dead = next(f for t, f in found.items() if t.startswith("About 2,000"))
    assert (dead.unit, dead.subject, dead.subject_source) == ("killed", "North Korea", "context")
    assert (dead.location, dead.location_source, dead.location_country) == ("Kursk region", "context", "Russia")
    wounded = found["2,700 wounded"]
    assert (wounded.unit, wounded.subject, wounded.subject_source) == ("wounded", "North Korea", "context")


def test_victims_of_a_strike_do_not_become_an_armys_dead(catalog):
    found = figs("An airstrike by Myanmar's military on a monastery in the Sagaing region killed at least 23 people, "
                 "a local resistance group said. Dozens more were wounded.", catalog)
    assert found["at least 23 people"].subject is None
    assert found["Dozens more"].subject is None and found["Dozens more"].subject_source is None


def test_several_armies_leave_the_subject_open(catalog):
    found = figs("Russian troops and Ukrainian forces clashed near Pokrovsk. About 300 soldiers were killed "
                 "on Tuesday, officials said.", catalog)
    assert found["About 300 soldiers"].subject is None


def test_a_company_story_gives_its_company_to_its_results(catalog):
    found = figs("SEOUL (Yonhap) -- Hyundai Motor Co. said its third-quarter net profit fell 22 percent to "
                 "2.5 trillion won.\n\nRevenue rose 8.8 percent to a record 46.7 trillion won, the company said.",
                 catalog)
    assert found["2.5 trillion won"].subject == "Hyundai Motor"
    assert found["2.5 trillion won"].subject_source == "sentence"
    revenue = found["46.7 trillion won"]
    assert (revenue.subject, revenue.subject_source) == ("Hyundai Motor", "context")
    assert revenue.location is None  # a company's revenue is not located where its dateline is


def test_two_companies_leave_the_subject_open(catalog):
    found = figs("Samsung Electronics and Apple both reported results. Revenue rose 8 percent to $40 billion "
                 "in the quarter, analysts said.", catalog)
    assert found["$40 billion"].subject is None


def test_one_country_is_the_theatre(catalog):
    # the second paragraph names no place: its figures are set in the article's one country
    found = figs("GENEVA (Reuters) - Voters in Switzerland on Sunday rejected the proposal to cap the "
                 "population.\n\nTurnout was 49.7%, and about 180,000 people voted by post, final results "
                 "showed. Switzerland counts 26 cantons.", catalog)
    for phrase in ("49.7%", "about 180,000 people"):
        fig = found[phrase]
        assert (fig.location, fig.location_source, fig.location_country) == ("Switzerland", "context",
                                                                            "Switzerland"), phrase


def test_places_in_two_countries_give_no_theatre(catalog):
    found = figs("Thailand and Cambodia traded fire along their border. More than 138,000 people have fled, "
                 "the health ministry said.", catalog)
    assert found["More than 138,000 people"].location is None


def test_the_dateline_agency_is_never_the_claimant(catalog):
    found = figs("ATHENS, July 22 (Reuters) - A wildfire burned more than 4,500 hectares on the island of Evia, "
                 "the fire service said.", catalog)
    assert found["more than 4,500 hectares"].attributed_to == "fire service"


def test_an_outlet_citing_a_source_is_its_conduit(catalog):
    found = figs("Reuters, citing two lawmakers briefed by the National Intelligence Service, reported that "
                 "about 11,000 North Korean troops were in Russia.", catalog)
    fig = found["about 11,000 North Korean troops"]
    assert (fig.attributed_to, fig.attributed_via) == ("National Intelligence Service", "Reuters")
    assert fig.attributed_entity_id == "org:kr-nis"


def test_told_an_outlet_keeps_the_source(catalog):
    found = figs("At least 40 people were killed in the floods, a provincial official told Reuters.", catalog)
    fig = found["At least 40 people"]
    assert fig.attributed_via == "Reuters" and fig.attributed_to != "Reuters"


def test_a_company_named_once_late_is_not_the_storys_subject(catalog):
    found = figs("Voters in Norway approved the new pension law with 61.5% in favour, final results showed.\n\n"
                 "Turnout was 52%. Samsung, which employs about 900 people in the country, had backed it.",
                 catalog)
    assert found["61.5%"].subject is None and found["52%"].subject is None


def test_where_a_company_is_based_is_not_the_storys_place(catalog):
    found = figs("Hyundai Motor Co. said sales rose 4% in the quarter.\n\n"
                 "The Seoul-based carmaker said it employs about 75,000 workers.", catalog)
    assert found["about 75,000 workers"].location is None


def test_the_dead_of_a_war_in_one_country_are_in_that_country(catalog):
    found = figs("Fighting in Myanmar has intensified.\n\n"
                 "Rebels in Rakhine state said more than 900 civilians have been killed this year. "
                 "The army said it had deployed 4,000 troops.", catalog)
    dead = found["more than 900 civilians"]
    assert (dead.unit, dead.location, dead.location_source) == ("killed", "Myanmar", "context")
    assert found["4,000 troops"].location is None  # where an army stands is never assumed


def test_a_described_clause_subject_is_the_entity_named_before(catalog):
    found = figs("Hyundai Motor Co. said its profit fell.\n\nIt sold 1.1 million vehicles in the quarter. "
                 "The carmaker employs about 75,000 workers.", catalog)
    assert (found["1.1 million vehicles"].subject, found["1.1 million vehicles"].subject_source) == (
        "Hyundai Motor", "context")
    assert found["about 75,000 workers"].subject == "Hyundai Motor"


def test_a_described_estimator_is_named_by_the_catalog(catalog):
    found = figs("Ukraine's military intelligence said 12,000 North Korean troops were in Kursk.\n\n"
                 "South Korea's spy agency put the number at 11,000 troops.", catalog)
    assert found["12,000 North Korean troops"].attributed_to == "HUR"
    assert found["12,000 North Korean troops"].attributed_entity_id == "org:ua-hur"
    assert found["11,000 troops"].attributed_to == "National Intelligence Service"


def test_the_lead_sets_the_scene(catalog):
    found = figs("ATHENS (Reuters) - A wildfire tore through pine forests on the island of Evia on Tuesday, "
                 "the fire service said.\n\n"
                 "Some 300 firefighters were battling the blaze. Wildfires in Greece burn thousands of hectares "
                 "a year.", catalog)
    crews = found["Some 300 firefighters"]
    assert (crews.location, crews.location_source, crews.location_country) == ("Evia", "context", "Greece")


def test_a_company_stating_its_own_figures_is_their_subject(catalog):
    found = figs("Nvidia said the new chip packs 208 billion transistors.", catalog)
    assert (found["208 billion transistors"].subject, found["208 billion transistors"].subject_source) == (
        "Nvidia", "sentence")


def test_no_number_is_an_organisation():
    from transforms.entities import extract_entities as ents_of

    found = ents_of("He has 19 goals in 15 Premier League appearances.", "a", load_catalog())
    assert [(e.surface, e.type) for e in found] == [("Premier League", "ORG")]


def test_the_company_named_most_in_the_lead_is_the_storys_company(catalog):
    # rivals named once each do not leave the story without its company
    found = figs("FRANKFURT (Reuters) - Shares in Lufthansa owner Kranich Holdings rose 4% after the group raised "
                 "its forecast.\n\nKranich Holdings now expects revenue of about €40 billion, it said. Rival "
                 "Condor Airlines Group said little.", catalog)
    revenue = found["about €40 billion"]
    assert (revenue.subject, revenue.subject_source) == ("Kranich Holdings", "sentence")


def test_a_company_tied_with_a_rival_is_no_storys_company(catalog):
    found = figs("Acme Widgets Inc. and Borax Tools Corp. both met analysts. Acme Widgets Inc. and Borax Tools "
                 "Corp. said little.\n\nRevenue rose to $4 billion, analysts said.", catalog)
    assert found["$4 billion"].subject is None


def test_index_points_are_no_companys_figure(catalog):
    found = figs("Shares in Kranich Holdings rose 4%, helping the DAX to a record close of 19,212 points.\n\n"
                 "Kranich Holdings expects revenue of €40 billion.", catalog)
    assert found["19,212 points"].subject is None


def test_a_country_named_as_a_side_sets_no_scene(catalog):
    # "the Norway striker" names his national side: the story is not set in Norway
    found = figs("Erik Moen scored twice as Brentwick beat Castleford 3-1 at Greenmoor Park on Saturday.\n\n"
                 "The Norway striker now has 19 goals this season. Tickets had been priced from £40.", catalog)
    assert found["from £40"].location is None
    assert found["from £40"].location_country is None


def test_a_figure_continuing_the_clause_shares_its_owner(catalog):
    found = figs("Kranich Holdings' revenue for November rose 26% to €84.3 billion.", catalog)
    assert (found["€84.3 billion"].subject, found["€84.3 billion"].subject_source) == ("Kranich Holdings", "sentence")


def test_a_name_or_a_new_clause_between_figures_breaks_the_chain(catalog):
    found = figs("Kamala Harris won 226 electoral votes to Donald Trump's 312, with about 155 million ballots cast.",
                 catalog)
    assert found["about 155 million ballots"].subject is None
    assert found["312"].subject != "Kamala Harris"


def test_a_part_of_a_whole_is_the_wholes(catalog):
    found = figs("Israel's military said it had intercepted 35 of about 40 rockets fired by Hezbollah on Sunday.",
                 catalog)
    assert found["about 40 rockets"].subject == "Hezbollah"
    assert found["35"].subject == "Hezbollah"


def test_a_markets_move_in_a_company_story_is_the_markets(catalog):
    found = figs("Stocks rose on Wednesday as investors cheered results from Kranich Holdings. Kranich Holdings "
                 "said revenue rose 10% to €40 billion.\n\nThe 10-year Treasury yield fell 6 basis points to 4.11%, "
                 "while crude slid $1.37. Traders priced in a roughly 70% chance of a rate cut.", catalog)
    assert found["€40 billion"].subject == "Kranich Holdings"
    for market in ("6 basis points", "4.11%", "$1.37", "roughly 70%"):
        assert found[market].subject is None, market


def test_a_countrys_adjective_before_its_places_is_the_location(catalog):
    found = figs("A record 931 patients were waiting on trolleys in Irish hospitals on Tuesday.", catalog)
    assert (found["931 patients"].location, found["931 patients"].location_source) == ("Ireland", "sentence")
    found = figs("About 300 Russian troops were killed, officials said.", catalog)
    assert found["About 300 Russian troops"].location is None


def test_the_value_of_traded_goods_is_the_traders(catalog):
    found = figs("Brazil exported 40 million bags of coffee last year, worth $9 billion.", catalog)
    assert (found["$9 billion"].subject, found["$9 billion"].subject_source) == ("Brazil", "sentence")
    # goods seized are not the seizer's: the chain needs a verb of trade or make
    found = figs("Australian Federal Police seized 1.2 tonnes of cocaine, worth A$360 million.", catalog)
    assert found["1.2 tonnes"].subject is not None  # (the police's seizure)
    assert found["A$360 million"].subject is None


def test_a_country_that_speaks_is_no_setting_of_the_story(catalog):
    text = ("Israeli troops killed some 40 Hamas operatives in the northern Gaza Strip on Thursday.\n\n"
            "The health ministry said 118,000 people had been wounded in Gaza since October 2023.\n\n"
            "Israel says about 59 hostages remain in Gaza.")
    found = figs(text, catalog)
    wounded = found["118,000 people"]
    assert (wounded.location, wounded.location_source) == ("Gaza Strip", "sentence")
    text = text.replace(" in Gaza since", " since")
    wounded = figs(text, catalog)["118,000 people"]
    assert (wounded.location, wounded.location_source) == ("Gaza Strip", "context")
