from datetime import date

from transforms.wire import parse_wire


def test_seed_header_dateline_and_credits(seed_text):
    doc = parse_wire(seed_text)
    assert doc.published == date(2024, 11, 7)
    assert doc.dateline == "PYONGYANG"
    assert doc.source == "RTTNews"
    assert doc.agencies == ["dpa-AFX", "AFX News"]
    assert doc.warnings == []
    assert doc.text.startswith("PYONGYANG (dpa-AFX) - The international community")
    assert "Copyright" not in doc.text and "\u00a9" not in doc.text
    assert doc.text.endswith("the Pentagon said earlier this week.")
    # paragraphs separated by exactly one blank line, no runs of spaces
    assert "\n\n\n" not in doc.text and "  " not in doc.text
    assert len(doc.text.split("\n\n")) == 9


def test_dateline_with_country_and_no_date_line():
    doc = parse_wire("KYIV, Ukraine (AP) - Ukraine said on Monday.\n\nSecond paragraph here.")
    assert (doc.dateline, doc.dateline_country, doc.agencies) == ("KYIV", "Ukraine", ["AP"])
    assert doc.published is None
    assert doc.warnings == ["no 'date YYYY-MM-DD' line"]
    assert doc.text == "KYIV, Ukraine (AP) - Ukraine said on Monday.\n\nSecond paragraph here."


def test_invalid_date_line_is_a_warning_not_a_crash():
    doc = parse_wire("date 2024-02-31\n\nSEOUL (Meridian) - Body text.")
    assert doc.published is None
    assert doc.warnings == ["invalid date line 2024-02-31"]
    assert doc.dateline == "SEOUL"


def test_plain_text_without_header():
    doc = parse_wire("Just a paragraph of text.\n\n\n\nAnother one.")
    assert doc.dateline is None and doc.agencies == [] and doc.source is None
    assert doc.text == "Just a paragraph of text.\n\nAnother one."


def test_copyright_holder_with_slash_credits_agency():
    doc = parse_wire("date 2024-10-18\n\nSEOUL (dpa-AFX) - Text.\n\nCopyright Baltic Newswire/dpa-AFX")
    assert doc.source == "Baltic Newswire"
    assert doc.agencies == ["dpa-AFX"]
