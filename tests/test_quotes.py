"""Direct quotations, speakers and cues."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
        ("These allegations are entirely baseless and absurd,", "Ministry of Defense (Russia)", "org:ru:ministry-of-defense", "said"),
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
        'The ministry called the report "fake news" and a "provocation." '
        'He has read "The Art of the Deal" twice. '
        "The minister said the country would increase spending. "
        'The so-called "special military operation in Ukraine" continues.'
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
    t0 = time.perf_counter()
    run(small, catalog)
    t1 = time.perf_counter()
    quotes = run(big, catalog)
    t2 = time.perf_counter()
    assert len(quotes) == 2 * 3000
    assert (t2 - t1) < 25 * max(t1 - t0, 0.01)


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
