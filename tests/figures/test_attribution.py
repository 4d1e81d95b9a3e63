"""transforms.figures attribution: claimant, cue, entity linking."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.figures import extract_figures
from transforms.records import Quote
from figures_helpers import KNOWN, PUB, by_text, ents, figs, one, real


# ---------------------------------------------------------------- attribution

@pytest.mark.parametrize(
    "text, who, cue",
    [
        ("The U.S. Defense officials estimate there are 11,000 troops in Russia.", "U.S. Defense officials", "estimate"),
        ("There are 11,000 troops in Russia, according to South Korea's spy agency.", "South Korea's spy agency",
         "according to"),
        ("According to the Pentagon, 11,000 troops are in Russia.", "Pentagon", "according to"),
        ("North Korean troops number 11,000, the Pentagon said earlier this week.", "Pentagon", "said"),
        ("Zelenskyy said on Monday that 3,000 troops were killed.", "Volodymyr Zelenskyy", "said"),
        ("The NIS told lawmakers that 1,500 troops arrived.", "National Intelligence Service", "told lawmakers"),
        ("There are 11,000 troops in Russia, said Lloyd Austin.", "Lloyd Austin", "said"),
    ],
)
def test_attribution(text, who, cue):
    f = one(text)
    assert f.attributed_to == who
    assert f.cue == cue


def test_attribution_pronoun_and_definite_references():
    text = ("Lloyd Austin spoke in Washington. He said 10,000 troops were in Russia.\n\n"
            "The NIS briefed lawmakers on Tuesday. The agency said 1,500 more troops had arrived.")
    found = figs(text)
    assert [f.attributed_to for f in found] == ["Lloyd Austin", "National Intelligence Service"]


def test_figure_inside_direct_quote_goes_to_speaker():
    text = '"We have lost 31,000 soldiers," the president said, while analysts estimated 45,000 killed.'
    q = Quote("q", "a1", "We have lost 31,000 soldiers,", "Volodymyr Zelenskyy", None, "said", 0, 31)
    found = extract_figures(text, "a1", PUB, [], [q])
    assert found[0].attributed_to == "Volodymyr Zelenskyy" and found[0].cue == "said"
    assert found[1].attributed_to == "analysts"


def test_own_fact_has_no_attribution():
    f = one("North Korea has about 1.2 million active troops.")
    assert f.attributed_to is None and f.cue is None


def test_number_inside_speaker_name_is_not_a_figure():
    assert figs("Ten allied nations said the deployment was dangerous.") == []


@pytest.mark.parametrize(
    "text, phrase, who, eid",
    [
        # a title before a person, a country before an organisation: the canonical name
        ("Ukrainian President Volodymyr Zelenskyy said 11,000 troops were in Kursk.", "11,000 troops",
         "Volodymyr Zelenskyy", "person:volodymyr-zelenskyy"),
        ("South Korea's National Intelligence Service said 1,500 troops had arrived.", "1,500 troops",
         "National Intelligence Service", "org:kr-nis"),
        # a country-level group: the phrase as written, the country's id
        ("U.S. officials estimate that 12,000 troops are in Russia.", "12,000 troops", "U.S. officials", "country:US"),
        ("Officials in Kyiv said 4,000 civilians had been evacuated.", "4,000 civilians", "Officials in Kyiv",
         "country:UA"),
        # a group of several claimants links to none
        ("Seoul and Washington estimate 11,000 troops were sent.", "11,000 troops", "Seoul and Washington", None),
        # an unknown claimant
        ("Analysts say 7,000 troops were sent.", "7,000 troops", "Analysts", None),
        # an apposition between the claimant and the verb
        ("John Kirby, the White House national security spokesman, said at least 50 ships were hit.",
         "at least 50 ships", "John Kirby", "person:john-kirby"),
        ("Defense officials, speaking on condition of anonymity, put the cost at about $1 billion.",
         "about $1 billion", "Defense officials", None),
        ("The agency, known as HUR, said 470,000 troops were in the occupied areas.", "470,000 troops", "HUR",
         "org:ua-hur"),
        # "lawmakers briefed by X": the source is X
        ("Lawmakers briefed by the National Intelligence Service said 3,000 troops had moved.", "3,000 troops",
         "National Intelligence Service", "org:kr-nis"),
        # a relative clause after the claimant is not part of the name
        ("A senior U.S. official who briefed reporters said the Houthis fired more than 100 missiles.",
         "more than 100 missiles", "senior U.S. official", "country:US"),
        # an acronym in brackets before the verb
        ("About 300 soldiers died, South Korea's National Intelligence Service (NIS) said on Monday.",
         "About 300 soldiers", "National Intelligence Service", "org:kr-nis"),
        # a leading time phrase is not part of the name
        ("In December the Pentagon reported 1,000 casualties.", "1,000 casualties", "Pentagon", "org:pentagon"),
    ],
)
def test_attribution_links_to_entity(text, phrase, who, eid):
    f = by_text(real(text), phrase)
    assert (f.attributed_to, f.attributed_entity_id) == (who, eid)


def test_nested_reporters_the_named_claimant_wins():
    # "A said B believed N": a person beats a country-level description
    f = real("Ukrainian President Volodymyr Zelenskyy said Kyiv's intelligence services believed "
             "10,000 soldiers were being prepared.")[0]
    assert (f.attributed_to, f.attributed_entity_id) == ("Volodymyr Zelenskyy", "person:volodymyr-zelenskyy")
    # "B believes N, lawmakers said": the agency beats the lawmakers who relay it
    text = ("The National Intelligence Service briefed parliament. South Korea's spy agency believes about "
            "300 soldiers have been killed, lawmakers in Seoul said Monday.")
    f = by_text(real(text), "about 300 soldiers")
    assert f.attributed_entity_id == "org:kr-nis" and f.attributed_to == "National Intelligence Service"
    assert f.location is None  # "in Seoul" belongs to the claimant, not to the figure


def test_descriptions_and_references_link_to_the_named_organisation():
    text = ("Seoul's spy agency believes more than 10,000 workers were sent this year, lawmakers said. "
            "The National Intelligence Service also said about 1,000 workers had fled. "
            "The agency said 200 of the workers were arrested.\n\n"
            "Ukraine has been reporting its own figures. Its military intelligence agency said 30 soldiers died.")
    found = real(text, date(2024, 12, 2))
    assert by_text(found, "more than 10,000 workers").attributed_entity_id == "org:kr-nis"
    assert by_text(found, "about 1,000 workers").attributed_entity_id == "org:kr-nis"
    f = by_text(found, "30 soldiers")
    assert f.attributed_entity_id == "country:UA" and f.attributed_to == "Ukraine's military intelligence agency"


def test_pronoun_claimant_gets_the_entity_id():
    text = "Israeli Prime Minister Benjamin Netanyahu spoke on Monday. He said 10,000 targets had been struck."
    f = real(text, date(2023, 11, 8))[0]
    assert (f.attributed_to, f.attributed_entity_id) == ("Benjamin Netanyahu", "person:benjamin-netanyahu")


def test_capitalised_words_are_not_claim_verbs():
    f = one("The foreign ministers of ten countries, including the United States and Japan, met on Friday.")
    assert f.attributed_to is None and f.cue is None


def test_noun_uses_of_cue_words_are_not_attributions():
    f = one("The U.S. raises estimate of North Korean troops in Russia to as many as 12,000 troops.")
    assert f.attributed_to is None
    f = one("Zelenskyy has given a higher estimate of the losses, saying 3,000 troops were killed.")
    assert f.attributed_to == "Volodymyr Zelenskyy"


def test_number_inside_another_claimants_name_is_not_a_figure():
    found = figs("Officials estimate 12,000 troops are in Russia, according to two officials who briefed reporters.")
    assert [f.text for f in found] == ["12,000 troops"]


def test_a_described_claimant_is_named_by_the_name() -> None:
    assert one("About 4,700 houses collapsed, state broadcaster CCTV reported.").attributed_to == "CCTV"
    assert one("Fires killed at least 10 people, Los Angeles County Sheriff Robert Luna said on Thursday.") \
        .attributed_to == "Robert Luna"
    # a head noun with a prepositional phrase keeps its head
    assert one("Economists polled by Reuters had forecast a 0.3% increase.").attributed_to == \
        "Economists polled by Reuters"


def test_a_longer_tail_after_the_claimant_still_attributes() -> None:
    f = one("Russia plans to spend 13.5 trillion roubles on defence next year, the finance ministry said on "
            "Monday in draft budget documents.")
    assert f.attributed_to == "finance ministry"


def test_it_said_is_never_a_person() -> None:
    known = KNOWN + [("Boeing", "Boeing", "ORG"), ("Kelly Ortberg", "Kelly Ortberg", "PERSON")]
    text = ("Boeing will cut about 17,000 jobs, Chief Executive Kelly Ortberg told employees on Friday. "
            "The planemaker also expects charges of about $5 billion, it said.")
    found = extract_figures(text, "a1", PUB, ents(text, known), [])
    assert [(f.text, f.attributed_to) for f in found] == [
        ("about 17,000 jobs", "Kelly Ortberg"), ("about $5 billion", "Boeing")]


@pytest.mark.parametrize("text", ["+3.2% ' '", "x +3.2% ' '"])
def test_fallback_quote_scan_stops_at_the_text_end(text):
    """Found by the fuzz test: a paragraph ending in an unclosed quote mark."""
    (fig,) = extract_figures(text, "a", PUB, [], [])
    assert (fig.value_low, fig.unit, fig.attributed_to) == (3.2, "percent", None)


@pytest.mark.parametrize(
    "text, figure, who",
    [
        # a title abbreviation is part of the name
        ("The toll has risen to 1,200 people, according to Sen. Maria Cantwell.", "1,200 people", "Maria Cantwell"),
        # the agent of published/compiled data is the source
        ("Turnout reached 71%, according to official results released by the Electoral Commission.", "71%",
         "Electoral Commission"),
        # a group keeps its head, not where it sits
        ("Police officials in Bogota said 14 people were detained.", "14 people", "Police officials"),
        ("At least 9 people died, officials from both countries said.", "At least 9 people", "officials"),
        # the source of the data that shows it
        ("Unemployment fell to 4.1%, Eurostat figures showed.", "4.1%", "Eurostat"),
        ("Prices rose 3.4% last year, government statistics show.", "3.4%", "government statistics"),
        # changing one's own forecast states the new figure
        ("Economists at Nomura raised their growth forecast for Japan to 1.2%.", "1.2%", "Economists at Nomura"),
        # a company description points back to the company; a corporate suffix is no part of its name
        ("Hyundai Motor Co. said output rose 5%. The carmaker forecast 4.2 million sales next year.",
         "4.2 million sales", "Hyundai Motor"),
        ("Hyundai Motor Co. said output rose 5%.", "5%", "Hyundai Motor"),
        ("Imports fell 4.4 percent to $52 billion, data from the finance ministry showed.", "4.4 percent",
         "finance ministry"),
        ("Its range is about 1,000 km, according to Japanese defence estimates.", "about 1,000 km",
         "Japanese defence estimates"),
        ("The Financial Times, citing U.S. officials, reported that Iran had sent 400 drones.", "400 drones",
         "U.S. officials"),
        # not claimants: a price move, a comparison, a prepositional phrase, a consequence of a forecast
        ("Shares of Samsung added 1.8% in Seoul.", "1.8%", None),
        ("Samsung's revenue of $61 billion beat Wall Street estimates.", "$61 billion", None),
        ("With 91% of ballots counted, Lopez led with 48.2% of the vote.", "48.2%", None),
        ("The bank raised its profit forecast, helping the index to a record 3,120 points.", "3,120 points", None),
    ],
)
def test_claimant_forms(text, figure, who):
    found = {f.text: f for f in real(text)}
    assert found[figure].attributed_to == who


def test_told_then_according_to_keeps_the_one_who_told(catalog_free=None):
    found = {f.text: f for f in real(
        "The deployment has reached about 14,000, the National Intelligence Service told lawmakers, "
        "according to Rep. Park Sun-won.")}
    fig = found["about 14,000"]
    assert (fig.attributed_to, fig.attributed_via) == ("National Intelligence Service", "Park Sun-won")


def test_two_generic_bodies_are_two_claimants():
    found = {f.text: f for f in real(
        "The blaze burned 800 hectares, the fire service said. Temperatures hit 41 degrees Celsius, "
        "the national weather service said.")}
    assert found["800 hectares"].attributed_to == "fire service"
    assert found["41 degrees Celsius"].attributed_to == "national weather service"


def test_the_data_without_a_source_is_no_claimant():
    (fig,) = real("Exports dropped to $1.2 billion a week, the data showed.")
    assert fig.attributed_to is None


def test_a_company_described_by_where_it_is_based_is_the_company_named_before():
    found = real("Quillwork Analytics Inc. shares rose 9% on Wednesday.\n\nRevenue rose 6% to $2.1 billion, "
                 "the Austin, Texas-based company said in a statement.")
    assert by_text(found, "$2.1 billion").attributed_to == "Quillwork Analytics Inc."


@pytest.mark.parametrize(("text", "figure", "who"), [
    ("Premier League clubs earned more than 6 billion pounds last season, according to figures from the "
     "consultancy Deloitte.", "more than 6 billion pounds", "Deloitte"),
    ("The CDU won 31.4 percent, according to a survey by Forsa Institute for RTL.", "31.4 percent", "Forsa Institute"),
])
def test_a_data_phrase_is_attributed_to_its_named_source(text, figure, who):
    assert by_text(real(text), figure).attributed_to == who


@pytest.mark.parametrize(("text", "figure", "who"), [
    # a record names its maker, who is the claimant
    ("Shootings rose 12% this year, according to Chicago Police Department data.", "12%", "Chicago Police Department"),
    ("Exports of chips rose 9.1% in May, customs data showed.", "9.1%", "customs"),
    ("Trump secured at least 277 electoral votes, according to Edison Research projections.",
     "at least 277 electoral votes", "Edison Research"),
    ("Turnout was 61.3 percent, according to the provisional official result published by the election "
     "commission.", "61.3 percent", "election commission"),
    # name particles and "and" stay inside a described name
    ("Passenger numbers rose 4% to 750 million, said state railway group Ferrovie dello Stato.", "750 million",
     "Ferrovie dello Stato"),
    ("Orders fell 18 percent, said industry associations BWE and VDMA Power Systems.", "18 percent",
     "BWE and VDMA Power Systems"),
    # a title's department is not the group the person speaks for
    ("There were 512 patients on trolleys on Tuesday, said Minister for Health Jennifer Carroll MacNeill.",
     "512 patients", "Jennifer Carroll MacNeill"),
])
def test_a_record_or_described_name_is_attributed_to_its_maker(text, figure, who):
    assert by_text(real(text), figure).attributed_to == who


@pytest.mark.parametrize(("text", "figure", "who"), [
    ("The Irish Nurses Organisation counted patients on trolleys. There were 512 patients "
     "waiting on Tuesday, the union said.", "512 patients", "Irish Nurses Organisation"),
    ("Rep. Han Jae-sung briefed reporters on Monday. About 2,000 soldiers had been wounded, the lawmaker said.",
     "About 2,000 soldiers", "Han Jae-sung"),
])
def test_a_description_refers_back_to_the_body_or_person_it_describes(text, figure, who):
    assert by_text(real(text), figure).attributed_to == who


def test_a_name_in_capitals_is_no_relative_pronoun():
    (fig,) = real("About 300 people were killed, according to the WHO.")
    assert fig.attributed_to == "World Health Organization"


@pytest.mark.parametrize(("text", "who"), [
    ("Exports rose 8%, data from the Korea Customs Service showed.", "Korea Customs Service"),
    ("Around 70% of voters backed the plan, a poll by YouGov showed.", "YouGov"),
    ("Around 70% of voters backed the plan, a YouGov poll found.", "YouGov"),
    ("Investigators found 30 bodies.", None),
])
def test_the_named_maker_of_data_that_shows_a_figure_claims_it(text, who):
    (fig,) = real(text)
    assert fig.attributed_to == who


def test_a_clause_before_said_is_no_claimant_and_its_figure_is_kept():
    # "the Swiss group reported ... 3.1% and said": the description is the claimant, the clause's
    # figure is a figure, and the nationality-described company is the one named before
    found = {f.text: f for f in real("Nestle shares rose 2.3% after the Swiss group reported organic sales growth "
                                     "of 3.1% and said about a third of its brands would be reviewed.")}
    assert found["about a third"].attributed_to == "Nestle"
    assert found["3.1%"].value_low == 3.1


@pytest.mark.parametrize(
    "text, figure, who",
    [
        ("Controllers will stage a walkout, which airline association Assaereo expects to affect 480 flights.",
         "480 flights", "Assaereo"),
        ("The strike, which the ministry estimated would cost 300 million euros, ended.", "300 million euros",
         "ministry"),
        # a subject relative: the body before the comma says it
        ("The ministry, which said 40 people died, declined to comment.", "40 people", "ministry"),
    ],
)
def test_the_subject_of_a_relative_clause_claims_its_figure(text, figure, who):
    assert {f.text: f for f in real(text)}[figure].attributed_to == who


def test_a_plural_description_is_the_body_whose_name_has_the_word():
    text = ("Yonhap reported the case, citing the Seoul Central District Prosecutors' Office. The leak cost the "
            "company an estimated 230 billion won, the prosecutors said.")
    assert {f.text: f for f in real(text)}["an estimated 230 billion won"].attributed_to == (
        "Seoul Central District Prosecutors' Office")
    # no such body named: the group phrase stays
    text = "The leak cost the company an estimated 230 billion won, the prosecutors said."
    assert {f.text: f for f in real(text)}["an estimated 230 billion won"].attributed_to == "prosecutors"
