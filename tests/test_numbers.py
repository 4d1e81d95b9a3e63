"""transforms.numbers: parsing numbers as news writes them."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.numbers import parse_number, scan_numbers, words_to_number


@pytest.mark.parametrize(
    "text, value",
    [
        ("11,000", 11000),
        ("11 000", 11000),
        ("11\u00a0000", 11000),
        ("1.5", 1.5),
        (".5", 0.5),
        ("1,234,567.89", 1234567.89),
        ("1.5 million", 1.5e6),
        ("3 thousand", 3000),
        ("12k", 12000),
        ("$2bn", 2e9),
        ("$5m", 5e6),
        ("US$1.2bn", 1.2e9),
        ("€3.4 billion", 3.4e9),
        ("£300,000", 300000),
        ("1.2 trillion won", 1.2e12),
        ("2 million pounds", 2e6),
        ("twelve thousand", 12000),
        ("three hundred", 300),
        ("three hundred and fifty", 350),
        ("twenty-five", 25),
        ("ninety-nine", 99),
        ("twenty-one thousand three hundred and forty-five", 21345),
        ("a dozen", 12),
        ("a hundred", 100),
        ("a hundred thousand", 100000),
        ("half a million", 500000),
        ("one and a half million", 1.5e6),
        ("two and a half billion dollars", 2.5e9),
        ("5%", 5),
        ("5 percent", 5),
        ("5.5 per cent", 5.5),
        ("-3.2%", -3.2),
        ("+1.5 percent", 1.5),
        ("minus 4", -4),
        ("-12", -12),
        ("a third", 1 / 3),
        ("two-thirds", 2 / 3),
        ("three quarters", 0.75),
        ("one in five", 0.2),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text", ["", "   ", "troops", "F-16", "7th", "3pm", "100m", "500 pounds", "1 and 2", "five six", "several"]
)
def test_parse_number_rejects_non_numbers(text):
    assert parse_number(text) is None


def test_scan_kinds_and_currency():
    spans = scan_numbers("Profit rose 12% to 9.1 trillion won ($6.6 billion), with a third of staff cut.")
    kinds = [(s.text, s.kind, s.currency) for s in spans]
    assert kinds == [
        ("12%", "percent", None),
        ("9.1 trillion won", "number", "krw"),
        ("$6.6 billion", "number", "usd"),
        ("a third", "share", None),
    ]
    assert spans[1].base == pytest.approx(9.1) and spans[1].scale == 1e12


def test_scan_offsets_index_the_text():
    text = "About 11,000 to 12,000 troops, twelve thousand more and $2bn."
    for s in scan_numbers(text):
        assert text[s.start:s.end] == s.text


def test_scan_list_of_numbers_stays_separate():
    spans = scan_numbers("resolutions 1718, 1874 and 2270")
    assert [s.value for s in spans] == [1718, 1874, 2270]
    assert not any(s.grouped for s in spans)


def test_range_hyphen_is_not_a_negative_sign():
    spans = scan_numbers("10,000-12,000 troops")
    assert [s.value for s in spans] == [10000, 12000]
    assert not spans[1].signed


def test_attached_numbers_are_flagged():
    spans = {s.text: s for s in scan_numbers("F-16 jets, an A320, the 7th day at 3pm, COVID-19")}
    assert spans["16"].attached and spans["320"].attached and spans["7"].attached
    assert spans["3"].attached and spans["19"].attached


def test_spelled_runs_split_into_numbers():
    assert [s.value for s in scan_numbers("two and three")] == [2, 3]
    assert [s.value for s in scan_numbers("three hundred and fifty")] == [350]
    assert [s.value for s in scan_numbers("five six")] == [5, 6]


def test_words_to_number_direct():
    assert words_to_number(["three", "hundred", "and", "fifty"]) == 350
    assert words_to_number(["twenty", "twenty"]) is None
    assert words_to_number(["troops"]) is None


# ---------------------------------------------------------------- properties

_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " \
        "sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words_below_1000(n: int) -> str:
    parts = []
    if n >= 100:
        parts.append(_ONES[n // 100] + " hundred")
        n %= 100
        if n:
            parts.append("and")
    if n >= 20:
        parts.append(_TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else ""))
    elif n or not parts:
        parts.append(_ONES[n])
    return " ".join(parts)


def to_words(n: int) -> str:
    if n == 0:
        return "zero"
    chunks = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            chunks.append(_words_below_1000(n // scale) + " " + name)
            n %= scale
    if n:
        chunks.append(_words_below_1000(n))
    return " ".join(chunks)


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_digits_with_separators_roundtrip(n):
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n
    if n >= 1000:
        assert parse_number(f"{n:,}".replace(",", " ")) == n


@given(st.integers(min_value=1, max_value=999_999_999))
def test_words_roundtrip(n):
    assert parse_number(to_words(n)) == n


@given(
    st.integers(min_value=1, max_value=999),
    st.sampled_from([(1e3, ["thousand", "k"]), (1e6, ["million", "mn", "mln"]), (1e9, ["billion", "bn"]),
                     (1e12, ["trillion", "tn"])]),
    st.integers(min_value=0, max_value=9),
    st.data(),
)
def test_scaled_roundtrip(whole, scale, tenth, data):
    mult, names = scale
    name = data.draw(st.sampled_from(names))
    number = f"{whole}.{tenth}" if tenth else str(whole)
    expected = float(number) * mult
    sep = " " if len(name) > 3 else data.draw(st.sampled_from(["", " "]))
    if name == "k":
        sep = ""
    assert parse_number(f"{number}{sep}{name}") == pytest.approx(expected)
    assert parse_number(f"${number}{name if name != 'k' else 'bn'}") is not None


@given(st.floats(min_value=-1000, max_value=1000, allow_nan=False).map(lambda x: round(x, 2)))
def test_percent_roundtrip(x):
    text = f"{x}%"
    assert parse_number(text) == pytest.approx(x)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_scanner_never_crashes_on_random_text(text):
    spans = scan_numbers(text)
    last = -1
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert s.start >= last
        last = s.end
        assert text[s.start:s.end] == s.text


@settings(max_examples=300)
@given(st.lists(st.sampled_from(
    ["1,000", "12", "twelve", "thousand", "a", "dozen", "$", "bn", "%", "-", "to", "and", "half", "of", "million",
     "k", "won", " ", ",", ".", "troops", "3.5", "one", "in", "five", "third", "\u00a0", "+", "minus"]), max_size=40))
def test_scanner_never_crashes_on_number_soup(parts):
    text = " ".join(parts)
    for s in scan_numbers(text):
        assert text[s.start:s.end] == s.text


@pytest.mark.parametrize(
    "text, found",
    [
        ("a third country entering the war", []),
        ("A third of the brigade", [("A third", "share")]),
        ("cut by a third.", [("a third", "share")]),
        ("the first half of October", []),
        ("half of the troops", [("half", "share")]),
        ("two-thirds of them", [("two-thirds", "share")]),
    ],
)
def test_ordinals_and_time_halves_are_not_shares(text, found):
    assert [(s.text, s.kind) for s in scan_numbers(text)] == found


# ---------------------------------------------------------------- money in any currency and scale (issue #12)

@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("S$1mil", 1e6, "sgd"),
        ("RM3.06mil", 3.06e6, "myr"),
        ("RM1.2bil", 1.2e9, "myr"),
        ("RM 2.14", 2.14, "myr"),
        ("NT$844.3 billion", 844.3e9, "twd"),
        ("R$10 billion", 1e10, "brl"),
        ("HK$5 million", 5e6, "hkd"),
        ("A$3bn", 3e9, "aud"),
        ("C$2.5 billion", 2.5e9, "cad"),
        ("NZ$50m", 5e7, "nzd"),
        ("\u00a5300 billion", 3e11, "jpy"),
        ("\u20a95,000", 5000, "krw"),
        ("\u20b9500", 500, "inr"),
        ("\u20ac15m", 1.5e7, "eur"),
        ("Rs 500 crore", 5e9, "inr"),
        ("Rs.500", 500, "inr"),
        ("Rs 30 lakh", 3e6, "inr"),
        ("\u20b91.5 lakh crore", 1.5e12, "inr"),
        ("Rs 5 cr", 5e7, "inr"),
        ("USD 5 million", 5e6, "usd"),
        ("CHF 3 billion", 3e9, "chf"),
        ("5bn EUR", 5e9, "eur"),
        ("61.2 trillion won", 61.2e12, "krw"),
        ("8 billion Danish crowns", 8e9, "dkk"),
        ("5 million Swiss francs", 5e6, "chf"),
        ("50 million naira", 5e7, "ngn"),
        ("3 billion rupiah", 3e9, "idr"),
        ("2 billion Turkish lira", 2e9, "try"),
        ("300 million yuan", 3e8, "cny"),
    ],
)
def test_currencies_and_scales(text, value, currency):
    spans = scan_numbers(text)
    assert len(spans) == 1 and spans[0].text == text
    assert spans[0].value == pytest.approx(value) and spans[0].currency == currency and spans[0].kind == "number"


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("164p", 1.64, "gbp"),
        ("2,450p", 24.5, "gbp"),
        ("18.5 pence", 0.185, "gbp"),
        ("14 paise", 0.14, "inr"),
        ("1.5 sen", 0.015, "myr"),
        ("85 cents", 0.85, "usd"),
    ],
)
def test_minor_units_are_hundredths_of_their_currency(text, value, currency):
    (span,) = scan_numbers(text)
    assert (span.text, span.currency) == (text, currency)
    assert span.value == value  # exactly: 164 / 100, not 164 * 0.01


def test_video_resolutions_and_crowns_without_a_nationality_are_not_money():
    (span,) = scan_numbers("1080p video")
    assert (span.text, span.currency, span.attached) == ("1080", None, True)
    assert scan_numbers("500 crowns")[0].currency is None


def test_glued_m_counts_millions_only_before_a_counted_noun():
    spans = scan_numbers("About 3m people and 2.2m users; the 100m final; the wave rose 2m.")
    assert [(s.text, s.value, s.attached) for s in spans] == [
        ("3m", 3e6, False), ("2.2m", 2.2e6, False), ("100", 100, True), ("2", 2, True)]
    assert parse_number("100m") is None


def test_a_bare_scale_word_is_not_a_number():
    assert scan_numbers("$4.12 per million British thermal units")[1:] == []
    assert scan_numbers("Thousand Oaks") == []
    assert [s.value for s in scan_numbers("a million people, two million homes")] == [1e6, 2e6]


def test_spelled_numerators_in_shares():
    assert [(s.text, s.kind, round(s.value, 3)) for s in scan_numbers("Nine in 10 firms; two in three voters")] == [
        ("Nine in 10", "share", 0.9), ("two in three", "share", 0.667)]
    assert [s.kind for s in scan_numbers("one in 10,000")] == ["number", "number"]  # not 1/10


def test_codes_with_digits_after_a_dash_are_glued():
    spans = {s.text: s for s in scan_numbers("the A350-1000, a KN-23, and 10-12 troops")}
    assert spans["1000"].attached and spans["23"].attached
    assert not spans["10"].attached and not spans["12"].attached


def test_space_grouped_digits_stop_before_a_glued_unit():
    assert [s.text for s in scan_numbers("around 250 170mm guns and 11 000 troops")] == ["250", "170", "11 000"]


def test_every_currency_found_is_listed_in_currencies():
    from transforms.numbers import CURRENCIES

    text = ("S$1, RM2, NT$3, R$4, Rs 5, \u20b96, \u00a57, \u20a98, USD 9, 10 EUR, 11 won, 12 rupiah, 13 Danish crowns, "
            "14p, 15 sen")
    found = {s.currency for s in scan_numbers(text)}
    assert None not in found and found <= CURRENCIES
    assert {"sgd", "myr", "twd", "brl", "inr", "jpy", "krw", "usd", "eur", "idr", "dkk", "gbp"} <= found
