"""Datelines on the text path (transforms.wire.parse_dateline, shared with HTML) and entity unescaping."""

import pytest

from transforms.metadata import unescape_entities
from transforms.wire import parse_dateline, parse_wire


@pytest.mark.parametrize(("paragraph", "place", "country", "agency"), [
    ("SEOUL, Dec. 3 (Yonhap) -- North Korea fired", "SEOUL", None, "Yonhap"),
    ("KYIV, Nov 18 (Reuters) - Russia launched", "KYIV", None, "Reuters"),
    ("WOLFSBURG, Germany, Oct 28 (Reuters) - Volkswagen plans", "WOLFSBURG", "Germany", "Reuters"),
    ("MOSCOW (AP) \u2014 Russia's Defense Ministry said", "MOSCOW", None, "AP"),
    ("UNITED NATIONS (AP) \u2014 The Security Council", "UNITED NATIONS", None, "AP"),
    ("HARRISBURG, Pa. \u2014 Gov. Thomas Keller", "HARRISBURG", "Pa.", None),
    ("ST. JOHNSBURY \u2014 The board voted", "ST. JOHNSBURY", None, None),
    ("PARIS, France \u2013 Officials said", "PARIS", "France", None),
    ("PYONGYANG (dpa-AFX) - The international community", "PYONGYANG", None, "dpa-AFX"),
    ("KYIV \u2014", "KYIV", None, None),  # a dateline on a line of its own
])
def test_datelines(paragraph, place, country, agency):
    found = parse_dateline(paragraph)
    assert (found.place, found.country, found.agency) == (place, country, agency)
    assert paragraph[found.end:].strip() == paragraph[found.end:].rstrip()


@pytest.mark.parametrize("paragraph", [
    "A MUM-of-two from Bristol scooped the lottery.",
    "BREAKING \u2014 a fire in the city centre",
    "Mr. Smith \u2014 who declined to comment \u2014 left.",
    "NATO said on Monday that it would meet.",
    "I \u2014 and many others \u2014 disagree.",
    "",
])
def test_not_datelines(paragraph):
    assert parse_dateline(paragraph) is None


def test_wire_text_keeps_its_dateline_and_credits_the_agency():
    doc = parse_wire("SEOUL, Dec. 3 (Yonhap) -- North Korea fired a missile.\n\nSecond paragraph.")
    assert (doc.dateline, doc.agencies) == ("SEOUL", ["Yonhap"])
    assert doc.text.startswith("SEOUL, Dec. 3 (Yonhap) -- North Korea")
    doc = parse_wire("COLUMBUS, Ohio \u2014 The city council voted.\n\nMore.")
    assert (doc.dateline, doc.dateline_country, doc.agencies) == ("COLUMBUS", "Ohio", [])


def test_unescape_entities():
    assert unescape_entities("Kim&#039;s &#8217;plan&#8217;") == "Kim's \u2019plan\u2019"
    assert unescape_entities("Sch&ouml;neberg &quot;now&quot;") == 'Sch\u00f6neberg "now"'
    assert unescape_entities("Kim&amp;#039;s") == "Kim's"
    assert unescape_entities("AT&T and Q&A") == "AT&T and Q&A"
    assert unescape_entities("no entities") == "no entities"
