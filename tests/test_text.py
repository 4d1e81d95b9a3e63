from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.sentences import sentence_at, sentence_spans
from transforms.text import content_hash, normalize_text, stable_id


def test_normalize_text_nfc_whitespace_and_paragraphs():
    raw = "  Cafe\u0301  in\tSeoul\u00a0today.\r\n\r\n\r\n Second\n line of para.  "
    assert normalize_text(raw) == "Caf\u00e9 in Seoul today.\n\nSecond line of para."


def test_quotation_marks_kept_as_written():
    raw = "\u201cWe will respond,\u201d he said. 'Several thousands,' they said."
    assert normalize_text(raw) == raw


def test_content_hash_ignores_case_and_punctuation_only():
    assert content_hash("North Korea, troops!") == content_hash("north korea troops")
    assert content_hash("North Korea troops") != content_hash("South Korea troops")


def test_stable_id_is_stable():
    assert stable_id("url", "https://a.example/x") == stable_id("url", "https://a.example/x")
    assert len(stable_id("x")) == 16


def test_sentence_spans_respect_abbreviations():
    text = "The U.S. Defense officials said so. Gen. Kim arrived on Jan. 5. \"It is bad,\" he said."
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "The U.S. Defense officials said so.",
        "Gen. Kim arrived on Jan. 5.",
        "\"It is bad,\" he said.",
    ]
    assert sentence_at(spans, text.index("Kim")) == spans[1]
    assert sentence_at(spans, len(text) + 5) is None


def test_paragraph_break_ends_a_sentence():
    text = "No final stop here\n\nNext paragraph."
    assert [text[s:e] for s, e in sentence_spans(text)] == ["No final stop here", "Next paragraph."]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_sentence_spans_are_ordered_and_inside_text(text):
    spans = sentence_spans(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        previous_end = end
