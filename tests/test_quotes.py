"""Direct quotations, speakers and cues."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from growth import growth

from newslake.catalog_io import load_catalog
from transforms.entities import extract_entities
from transforms.quotes import extract_quotes, quote_id

SEED = Path("/work/shared/seeds/000_b6e00e9bf4b8d4df.txt")


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def run(text, catalog, article_id="a1"):
    ents = extract_entities(text, article_id, catalog)
    return extract_quotes(text, article_id, ents, catalog)


def rows(text, catalog):
    return [(q.quote, q.speaker, q.speaker_entity_id, q.cue) for q in run(text, catalog)]


def test_seed_joint_statement(catalog):
    text = SEED.read_text()
    quotes = run(text, catalog, "seed")
    assert len(quotes) == 1
    q = quotes[0]
    assert q.quote.startswith("Several thousands of DPRK troops have been deployed to Russia. The DPRK's direct support")
    assert q.quote.endswith("Indo-Pacific peace and security,")
    assert q.speaker == "ten allied nations and the European Union"
    assert q.speaker_entity_id is None
    assert q.cue == "said"
    assert text[q.start_char] == "'" and text[q.end_char - 1] == "'"
    assert q.quote_id == quote_id("seed", q.start_char, q.end_char)
    assert len(q.quote_id) == 16


def test_speaker_after_before_inverted(catalog):
    text = (
        'Defense Secretary Lloyd Austin said on Tuesday: "We are deeply concerned about this."\n\n'
        '"We have seen the reports and take them seriously," said John Kirby, the White House spokesman.\n\n'
        '"Our support for Ukraine is unwavering," Blinken told reporters.'
    )
    assert rows(text, catalog) == [
        ("We are deeply concerned about this.", "Lloyd Austin", "person:lloyd-austin", "said"),
        ("We have seen the reports and take them seriously,", "John Kirby", "person:john-kirby", "said"),
        ("Our support for Ukraine is unwavering,", "Antony Blinken", "person:antony-blinken", "told reporters"),
    ]


def test_split_quote_is_one_row(catalog):
    text = "\u201cWe have secured enough doses,\u201d Okafor said, \u201cand we expect more before May.\u201d"
    quotes = run(text, catalog)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.quote == "We have secured enough doses, and we expect more before May."
    assert q.speaker == "Okafor" and q.cue == "said"
    assert (q.start_char, q.end_char) == (0, len(text))


def test_apposition_and_pronoun(catalog):
    text = (
        "John Kirby spoke on Monday.\n\n"
        '"This is a serious development," Kirby, the White House spokesman, said.\n\n'
        '"We will not stand by while this happens," he said.'
    )
    assert [(s, i) for _, s, i, _ in rows(text, catalog)] == [
        ("John Kirby", "person:john-kirby"),
        ("John Kirby", "person:john-kirby"),
    ]


def test_organization_speakers(catalog):
    text = (
        "Russia's Defense Ministry issued a statement.\n\n"
        '"These allegations are entirely baseless and absurd," the ministry said.\n\n'
        '"The deployment is a grave threat to the region," the Pentagon said in a statement.'
    )
    assert rows(text, catalog) == [
        ("These allegations are entirely baseless and absurd,", "Defense Ministry", "org:ru:ministry-of-defense", "said"),
        ("The deployment is a grave threat to the region,", "Pentagon", "org:pentagon", "said"),
    ]


def test_multi_paragraph_quote(catalog):
    text = (
        '"People there see the West as divided. They believe time is on their side.\n\n'
        '"But they also worry about the economy," Erik Halvorsen said.'
    )
    quotes = run(text, catalog)
    assert len(quotes) == 1
    assert quotes[0].quote == (
        "People there see the West as divided. They believe time is on their side. "
        "But they also worry about the economy,"
    )
    assert quotes[0].speaker == "Erik Halvorsen"
    assert (quotes[0].start_char, quotes[0].end_char) == (0, len(text) - len(" Erik Halvorsen said."))


def test_nested_single_quotes_stay_inside(catalog):
    text = "\"He told me 'never again' and walked out of the room,\" said Anna Berg."
    assert rows(text, catalog) == [
        ("He told me 'never again' and walked out of the room,", "Anna Berg", "person:anna-berg", "said")
    ]


def test_apostrophes_are_not_quotes(catalog):
    text = "The DPRK's leaders and Pyongyang's envoys remember the '90s. The allies' position held."
    assert run(text, catalog) == []


def test_scare_quotes_titles_and_indirect_speech(catalog):
    text = (
        'He has read "The Art of the Deal" twice. '
        "The minister said the country would increase spending. "
        'The so-called "special military operation in Ukraine" continues. '
        'Parents wore T-shirts reading "Save Walden." '
        'The film, titled "The Salt Road," opens on Friday. '
        'A fan group called "The Rocket Army" met on Sunday.'
    )
    assert run(text, catalog) == []


def test_unbalanced_mark_stays_in_its_paragraph(catalog):
    text = (
        'A stray " mark opens here and never closes in this paragraph.\n\n'
        '"This quote is properly balanced and attributed," said Anna Berg.\n\n'
        "Plain text follows without any marks at all."
    )
    assert rows(text, catalog) == [
        ("This quote is properly balanced and attributed,", "Anna Berg", "person:anna-berg", "said")
    ]


def test_following_sentence_and_according_to(catalog):
    text = (
        '"Disruption in the Red Sea is the single biggest factor," according to Philip Damas.\n\n'
        '"We expect rates to stay high for months." Damas added.'
    )
    assert [(q, s, c) for q, s, _, c in rows(text, catalog)] == [
        ("Disruption in the Red Sea is the single biggest factor,", "Philip Damas", "according to"),
        ("We expect rates to stay high for months.", "Philip Damas", "added"),
    ]


def test_no_marks_no_quotes(catalog):
    assert run("", catalog) == []
    assert run("No quotation marks here at all.", catalog) == []


def test_ids_stable(catalog):
    text = '"We are ready to talk at any time," Kirby said.'
    a = run(text, catalog, "x")
    b = run(text, catalog, "x")
    assert [q.quote_id for q in a] == [q.quote_id for q in b]
    assert run(text, catalog, "y")[0].quote_id != a[0].quote_id


def test_long_text_is_linear(catalog):
    para = (
        '"We are watching this very closely," Defense Secretary Lloyd Austin said. '
        "Maria Petrova, a senior analyst, said: \u201cIt is a real worry for the region.\u201d "
        "The allies' statement and Pyongyang's reply followed.\n\n"
    )
    small, big = para * 300, para * 3000
    quotes = run(big, catalog)
    assert len(quotes) == 2 * 3000
    assert growth(lambda: run(small, catalog), lambda: run(big, catalog)) < 25


def test_200k_words_of_quotation_marks_only(catalog):
    text = " ".join(['"', "'", "\u201c", "\u2019"] * 50_000)
    t0 = time.perf_counter()
    assert run(text, catalog) == []
    assert time.perf_counter() - t0 < 20


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("\"'\u201c\u201d\u2018\u2019 \n.,abcXY")), max_size=3000))
def test_property_only_marks_and_junk(text):
    cat = load_catalog()
    for q in run(text, cat):
        assert 0 <= q.start_char < q.end_char <= len(text)
        # a quote never crosses a paragraph unless a new paragraph reopens it
        for piece in text[q.start_char:q.end_char].split("\n\n")[1:]:
            assert piece.lstrip()[:1] in ('"', "'", "\u201c", "\u2018")


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=3000))
def test_property_any_text(text):
    cat = load_catalog()
    for q in run(text, cat):
        assert 0 <= q.start_char < q.end_char <= len(text)


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["\u0421\u0435\u0443\u043b", "\u5e73\u58e4", "\u0627\u0644\u0633\u0644\u0627\u0645", '"', "\u201c",
             "\u201d", "'", "said", "Kirby", "he", "\n\n", ".", ",", "We", "will", "win"]
        ),
        max_size=500,
    )
)
def test_property_mixed_scripts(words):
    text = " ".join(words)
    cat = load_catalog()
    quotes = run(text, cat)
    assert all(q.quote.strip() for q in quotes)


# ---------------------------------------------------------------------------
# issue #13: speakers the way newspapers attribute them


def speakers(text, catalog):
    return [(q.quote, q.speaker) for q in run(text, catalog)]


def test_honorific_and_surname_resolve_to_the_full_name_given_earlier(catalog):
    text = (
        "When the developer Arthur Butterfield agreed to sell his parcel, he expected a quick closing.\n\n"
        "\u201cThey never intended to build,\u201d Mr. Butterfield said in an interview.\n\n"
        "Gov. Thomas Keller proposed a rescue package on Thursday.\n\n"
        "\u201cWe cannot ask a nurse to walk two hours,\u201d Mr. Keller said.\n\n"
        "The agency\u2019s chief, Lt. Gen. Kyrylo Budanov, spoke on television.\n\n"
        "\u201cThey advance in dense columns,\u201d General Budanov said.\n\n"
        "Democratic Party leader Lee Jae-myung spoke at a party meeting.\n\n"
        "\u201cNot a single won should be spent in the dark,\u201d Lee told the meeting."
    )
    assert speakers(text, catalog) == [
        ("They never intended to build,", "Arthur Butterfield"),
        ("We cannot ask a nurse to walk two hours,", "Thomas Keller"),
        ("They advance in dense columns,", "Kyrylo Budanov"),
        ("Not a single won should be spent in the dark,", "Lee Jae-myung"),
    ]
    quotes = run(text, catalog)
    assert quotes[0].speaker_entity_id == "person:arthur-butterfield"


def test_inverted_speaker_with_title_and_role_apposition(catalog):
    text = (
        "\u201cThis is exactly what we feared,\u201d said Dr. Leticia Ramos, an epidemiologist in Lubbock.\n\n"
        '"Nobody asked us," said its spokesman, Herbert Lindner, a retired teacher.\n\n'
        '"We are thrilled for her," said the lottery\'s senior adviser, Kate Mullins.\n\n'
        '"The train was right there," said witness Tamika Reed, 41, a home health aide.'
    )
    assert speakers(text, catalog) == [
        ("This is exactly what we feared,", "Leticia Ramos"),
        ("Nobody asked us,", "Herbert Lindner"),
        ("We are thrilled for her,", "Kate Mullins"),
        ("The train was right there,", "Tamika Reed"),
    ]


def test_attribution_before_with_appositions_and_ages(catalog):
    text = (
        'Her husband Dean Pike, 46, a scaffolder, said: "She rang me at work and I told her to stop."\n\n'
        'A spokeswoman for Trump Hotels, Jennifer Rodstrom, said: "We look forward to a swift resolution."\n\n'
        'President Volodymyr Zelensky, in his nightly video address, said: "Putin is running out of people."\n\n'
        'Mensah, 20, who came through the academy, said: "My whole family was in the stand."'
    )
    assert speakers(text, catalog) == [
        ("She rang me at work and I told her to stop.", "Dean Pike"),
        ("We look forward to a swift resolution.", "Jennifer Rodstrom"),
        ("Putin is running out of people.", "Volodymyr Zelensky"),
        ("My whole family was in the stand.", "Mensah"),
    ]
    # the name as the article spells it; the entity keeps the catalog link
    assert run(text, catalog)[2].speaker_entity_id == "person:volodymyr-zelenskyy"


def test_first_name_alone_is_the_full_name(catalog):
    text = (
        "Sharon Pike, 44, a dinner lady from Bedminster, checked her ticket at the Co-op.\n\n"
        '"The kids want Disney. I want a new kitchen," Sharon laughed.'
    )
    assert speakers(text, catalog) == [("The kids want Disney. I want a new kitchen,", "Sharon Pike")]


def test_paragraph_that_is_only_a_quote_takes_the_speaker_named_before_or_after(catalog):
    text = (
        "Rachel Thibodeau, whose two children attend the school, spoke for ten minutes.\n\n"
        '"My kids will spend an hour on a bus each way. Nobody has told me why.\n\n'
        '"You keep talking about efficiencies. My daughter is not an efficiency."\n\n'
        "The board voted 5-2 to close the school.\n\n"
        "\u201cWe did not have a name for it then. Nobody in Accra had seen anything like it.\u201d\n\n"
        "So recalls Dr. Amara Osei, now 71, who was a resident at the hospital that year."
    )
    quotes = run(text, catalog)
    assert [(q.speaker, q.partial) for q in quotes] == [("Rachel Thibodeau", False), ("Amara Osei", False)]
    assert quotes[0].quote.endswith("My daughter is not an efficiency.")  # one row for both paragraphs


def test_quote_after_a_sentence_naming_the_speaker(catalog):
    text = (
        "Dr. Leticia Ramos works at the county hospital.\n\n"
        "Dr. Ramos said that hospitals had treated 20 children. \u201cMeasles is not a mild illness.\u201d\n\n"
        "Okafor, 21, was more succinct.\n\n"
        '"Just a great night. The crowd carried us over the line."'
    )
    assert speakers(text, catalog) == [
        ("Measles is not a mild illness.", "Leticia Ramos"),
        ("Just a great night. The crowd carried us over the line.", "Okafor"),
    ]


def test_descriptions_resolve_to_the_named_person_or_stay_a_phrase(catalog):
    text = (
        "The majority leader, Senator Dale Pruitt, opposed the plan.\n\n"
        '"Every dollar we send is a dollar we take from roads," the senator said.\n\n'
        "Brighton head coach Stefan Kohler was booked.\n\n"
        '"It is a clear penalty," the coach said.\n\n'
        "A senior Ukrainian military official, speaking on condition of anonymity, said the attack was expected.\n\n"
        '"They were saving missiles for exactly this," the official told Reuters.\n\n'
        '"We are grateful no one was hurt," an MTA spokesperson said.'
    )
    assert speakers(text, catalog) == [
        ("Every dollar we send is a dollar we take from roads,", "Dale Pruitt"),
        ("It is a clear penalty,", "Stefan Kohler"),
        ("They were saving missiles for exactly this,", "A senior Ukrainian military official"),
        ("We are grateful no one was hurt,", "an MTA spokesperson"),
    ]


def test_organization_descriptions_possessives_acronyms_and_statements(catalog):
    text = (
        "SEOUL (Yonhap) - South Korea's Joint Chiefs of Staff (JCS) said the missile flew 350 km.\n\n"
        '"Our military has strengthened surveillance," the JCS said.\n\n'
        "Ukraine's air force said 102 missiles were shot down.\n\n"
        '"The enemy\'s target remains our energy infrastructure," the air force said.\n\n'
        "The Israel Defense Forces said in a statement that fuel trucks had entered.\n\n"
        '"The IDF continues to act in accordance with international law," the statement said.\n\n'
        '"The AI boom has become a two-speed market," according to a note from Counterpoint Research.'
    )
    assert speakers(text, catalog) == [
        ("Our military has strengthened surveillance,", "Joint Chiefs of Staff"),
        ("The enemy's target remains our energy infrastructure,", "Ukraine's air force"),
        ("The IDF continues to act in accordance with international law,", "Israel Defense Forces"),
        ("The AI boom has become a two-speed market,", "Counterpoint Research"),
    ]


def test_the_statement_of_an_unnamed_author_stays_the_statement(catalog):
    text = (
        "The hospitals said in a joint statement that they had offered a fair contract. "
        '"We remain committed to reaching an agreement," the statement said.'
    )
    assert speakers(text, catalog) == [("We remain committed to reaching an agreement,", "the statement")]


def test_pronoun_prefers_the_subject_of_reported_speech_over_a_later_mention(catalog):
    text = (
        "Kremlin spokesman Dmitry Peskov told reporters that President Vladimir Putin was being kept "
        "informed. He said the attacks would not change Moscow's \"goals in the special military operation.\"\n\n"
        '"We are confident in our air defense," he said.'
    )
    assert speakers(text, catalog) == [
        ("goals in the special military operation.", "Dmitry Peskov"),
        ("We are confident in our air defense,", "Dmitry Peskov"),
    ]


def test_pronoun_skips_names_inside_quotes_and_incompatible_gender(catalog):
    text = (
        "Ms. Jung Hae-won teaches at Ewha Womans University.\n\n"
        '"Mr. Kim Jong Un has decided that he no longer needs the fiction," said Ms. Jung.\n\n'
        "Arthur Butterfield, her neighbour, said nothing.\n\n"
        '"The South has not caught up with it," she said.'
    )
    assert [s for _, s in speakers(text, catalog)] == ["Jung Hae-won", "Jung Hae-won"]


def test_pronoun_goes_to_a_described_speaker(catalog):
    text = (
        "'This decision will leave millions of pensioners cold,' said Sarah Jenkins, director of a charity.\n\n"
        "A Downing Street spokesman said the savings were 'essential to fixing the public finances'. "
        "'We will not apologise for taking difficult decisions,' he said."
    )
    assert speakers(text, catalog)[1:] == [
        ("essential to fixing the public finances", "A Downing Street spokesman"),
        ("We will not apologise for taking difficult decisions,", "A Downing Street spokesman"),
    ]


def test_partial_quotes_in_indirect_speech_have_a_speaker_and_the_flag(catalog):
    text = (
        "A spokeswoman for Trump Hotels, Jennifer Rodstrom, said the lawsuit was \u201centirely without merit\u201d "
        "and that the company had \u201chonored every term of the agreement.\u201d\n\n"
        "The launch came a day after Pyongyang denounced the drills as \"a rehearsal for invasion.\"\n\n"
        "Regulars gathered for a farewell party, which Josef Huber jokingly called \u201ca wake with better beer.\u201d\n\n"
        "The environmental group BUND Naturschutz welcomed the plan but said it came \"years too late\".\n\n"
        "Athletics Kenya congratulated Daniel Kipruto, calling his run \"a performance of great courage\".\n\n"
        "The World Health Organization, which sent a team in 1980, later credited the hospital with "
        "\u201cexemplary field work.\u201d\n\n"
        "Saracens captain Harry Kemp said his side had \"switched off\" at the wrong moment.\n\n"
        '"The situation is serious," a company spokesperson said, adding that it had to cut costs "to remain competitive".'
    )
    quotes = run(text, catalog)
    assert [(q.quote, q.speaker, q.partial) for q in quotes] == [
        ("entirely without merit", "Jennifer Rodstrom", True),
        ("honored every term of the agreement.", "Jennifer Rodstrom", True),
        ("a rehearsal for invasion.", "North Korea", True),
        ("a wake with better beer.", "Josef Huber", True),
        ("years too late", "BUND Naturschutz", True),
        ("a performance of great courage", "Athletics Kenya", True),
        ("exemplary field work.", "World Health Organization", True),
        ("switched off", "Harry Kemp", True),
        ("The situation is serious,", "a company spokesperson", False),
        ("to remain competitive", "a company spokesperson", True),
    ]


def test_full_quotes_are_not_partial(catalog):
    text = (
        'Yoon said: "We will not sit idly by while this threat grows."\n\n'
        '"This is a serious development," Kirby said.\n\n'
        'Kirby added, "We are consulting with allies."'
    )
    assert [q.partial for q in run(text, catalog)] == [False, False, False]


def test_split_quote_with_a_long_apposition_is_one_row_unless_the_second_part_has_its_own_speaker(catalog):
    text = (
        "\u201cThe North has decided that it no longer needs the fiction of one nation,\u201d said Jung Hae-won, "
        "a former Unification Ministry official who now teaches at Ewha Womans University. "
        "\u201cThat is a big change.\u201d\n\n"
        '"We are ready," Kim said. "We are not," Lee replied.'
    )
    assert [(q.quote, q.speaker) for q in run(text, catalog)] == [
        ("The North has decided that it no longer needs the fiction of one nation, That is a big change.",
         "Jung Hae-won"),
        ("We are ready,", "Kim"),
        ("We are not,", "Lee"),
    ]


def test_all_caps_names_do_not_crash_or_become_speakers_of_the_wrong_quote(catalog):
    text = (
        '"WE WILL FIGHT ON TO THE END," SAID JOHN SMITH.\n\n'
        'JOHN SMITH SAID: "NOBODY EVER ASKED US ABOUT IT."'
    )
    quotes = run(text, catalog)
    assert [q.quote for q in quotes] == ["WE WILL FIGHT ON TO THE END,", "NOBODY EVER ASKED US ABOUT IT."]
    assert all(q.speaker in (None, "JOHN SMITH") for q in quotes)


def test_50k_words_with_no_quotation_mark_closed_is_linear(catalog):
    para = "\u201cKim said the talks would resume and Lee said the allies agreed, Mr. Park added "
    text = (para * 5000).strip()  # one paragraph, ~70,000 words, no closing mark
    t0 = time.perf_counter()
    quotes = run(text, catalog)
    assert time.perf_counter() - t0 < 20
    assert quotes == []


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Mr.", "Butterfield", "said", "the", "senator", "she", "he", "according", "to", "Sen.", "Lee",
             "Jae-myung", "SEOUL", "(AP)", "\u2014", '"', "\u201c", "\u201d", "'", ",", ".", ":", "\n\n",
             "called", "it", "a", "disaster", "\u0421\u0435\u0443\u043b", "\u5e73\u58e4", "KIM", "JONG", "UN"]
        ),
        max_size=400,
    )
)
def test_property_quotes_stay_within_their_paragraph_run(words):
    text = " ".join(words)
    cat = load_catalog()
    paragraphs = text.split("\n\n")
    for q in run(text, cat):
        assert 0 <= q.start_char < q.end_char <= len(text)
        assert isinstance(q.partial, bool)
        assert len(q.quote) <= q.end_char - q.start_char
        # a quote spans several paragraphs only where each next one reopens it
        for piece in text[q.start_char:q.end_char].split("\n\n")[1:]:
            assert piece.lstrip()[:1] in ('"', "'", "\u201c", "\u2018")
        assert len(paragraphs) >= 1


FIRST = "Anna Maria Laura Sofia Elena Clara Julia Nora Ida Vera Rosa Lena Mila Ines Olga Petra Rita Sara Tina Zoe".split()
LAST = ("Keller Pruitt Halvorsen Lindqvist Okafor Mensah Ramos Friesen Whitcomb Garrow Thibodeau Eichinger Stangl "
        "Bellini Ferrante Kipruto Tadesse Mullins Rodstrom Carrow Haddad Voronin Hallmann Reuter Whitaker Asante "
        "Osei Carver Tiller Kemp").split()


def test_many_people_descriptions_and_pronouns_stay_linear(catalog):
    def article(n):
        paras = []
        for i in range(n):
            name = f"{FIRST[i % len(FIRST)]} {LAST[i // len(FIRST) % len(LAST)]}"
            paras.append(
                f"Senator {name} spoke on Monday.\n\n"
                f'"We will vote against this bill in the chamber," the senator said. '
                f'"It is a bad bill for everyone," she said.\n\n'
                f'"The people deserve better than this," said Ms. {name.split()[1]}.'
            )
        return "\n\n".join(paras)

    small, big = article(60), article(600)
    quotes = run(big, catalog)
    assert len(quotes) == 3 * 600
    assert quotes[-1].speaker == quotes[-3].speaker != quotes[0].speaker
    assert growth(lambda: run(small, catalog), lambda: run(big, catalog)) < 25


def test_the_group_is_the_organization_that_just_spoke(catalog):
    text = (
        "Negotiators at the UN climate talks worked through the night.\n\n"
        "Environmental groups were less charitable. Greenpeace called the result \u201ca betrayal\u201d of poorer nations.\n\n"
        "\u201cDeveloped countries have once again failed to meet their responsibilities,\u201d the group said."
    )
    assert speakers(text, catalog) == [
        ("a betrayal", "Greenpeace"),
        ("Developed countries have once again failed to meet their responsibilities,", "Greenpeace"),
    ]


def test_corporate_suffix_and_it_for_the_organization_that_spoke(catalog):
    text = (
        '"The numbers speak for themselves," said Hyundai Motor Co. in a filing.\n\n'
        "The Japan Meteorological Agency said it would publish its findings. "
        '"We are reviewing every reading from the network," it said.'
    )
    quotes = run(text, catalog)
    assert [(q.speaker, q.speaker_entity_id) for q in quotes] == [
        ("Hyundai Motor Co.", "org:hyundai"),
        ("Japan Meteorological Agency", quotes[1].speaker_entity_id),
    ]


@pytest.mark.parametrize(("text", "speaker"), [
    # a compound job title before the name is not part of it
    ('"Hybrid demand is still outrunning our supply," Chief Financial Officer Kenta Kon said.', "Kenta Kon"),
    ('"We are seeing the first real signs," Chief Executive Joshua Schulman said on a call.', "Joshua Schulman"),
    # a title inside the phrase, after the organization: the name that ends it
    ('"The stance is working," Central Bank of Nigeria Governor Olayemi Cardoso told a news conference.',
     "Olayemi Cardoso"),
    # a role noun before a lone first name
    ('Her daughter Ceri said the family had been "a bit shocked at first" but now helps.', "Ceri"),
    # an honorific and a surname that is also a country: the person named earlier
    ('Rep. Jim Jordan chairs the committee.\n\n"This is what the minority does," Mr. Jordan said.', "Jim Jordan"),
    # but "Financial Times" keeps its first word
    ('"It is a fragile recovery," the Financial Times said.', "Financial Times"),
])
def test_titles_and_roles_before_a_name_are_not_the_speaker(catalog, text, speaker):
    assert [q.speaker for q in run(text, catalog)] == [speaker]
