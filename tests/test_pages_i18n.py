"""Article pages in every language (#17): word counts in unspaced scripts, headlines, dates with
their zone, bylines in the languages of the set, legacy encodings and broken metadata.

Every page here is a small one written for the test; each test names the defect it pins.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from transforms.html import clean_authors, extract_html, split_byline
from transforms.metadata import parse_datetime
from transforms.page_dates import find_printed_dates, parse_written, publisher_zone
from transforms.pipeline import RawDocument, build_article
from transforms.text import word_count

FETCHED = datetime(2024, 12, 1, tzinfo=timezone.utc)
UTC = timezone.utc

GERMAN = "".join(
    f"<p>Absatz {i}: Die Bundesregierung hat am Mittwoch in Berlin neue Regeln f\u00fcr den Ausbau der "
    f"Windenergie beschlossen, nachdem sich die Koalition nach langen Verhandlungen geeinigt hatte.</p>"
    for i in range(5))
ENGLISH = "".join(
    f"<p>Paragraph {i}: the harbour authority said on Monday that the new ferry terminal would open in "
    f"spring, after two years of delays caused by flooding and a dispute over the contract.</p>" for i in range(5))
CHINESE = "".join(
    f"<p>\u5317\u4eac\u5e02\u653f\u5e9c\u5468\u4e09\u5ba3\u5e03\uff0c\u5c06\u5728\u660e\u5e74\u6625\u5b63"
    f"\u5f00\u653e\u65b0\u7684\u5730\u94c1\u7ebf\u8def\uff0c\u4ee5\u7f13\u89e3\u57ce\u5e02\u4ea4\u901a\u538b"
    f"\u529b\u3002\u7b2c{i}\u6bb5\u8bf4\u660e\u4e86\u66f4\u591a\u7ec6\u8282\u3002</p>" for i in range(4))
JAPANESE = "".join(
    f"<p>\u6771\u4eac\u90fd\u306f\u6c34\u66dc\u65e5\u3001\u65b0\u3057\u3044\u5730\u4e0b\u9244\u8def\u7dda"
    f"\u3092\u6765\u5e74\u306e\u6625\u306b\u958b\u696d\u3059\u308b\u3068\u767a\u8868\u3057\u307e\u3057\u305f"
    f"\u3002\u7b2c{i}\u6bb5\u843d\u3067\u306f\u8a73\u3057\u3044\u8aac\u660e\u304c\u3042\u308a\u307e\u3059"
    f"\u3002</p>" for i in range(3))
RUSSIAN = "".join(
    f"<p>\u0410\u0431\u0437\u0430\u0446 {i}: \u041f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442"
    f"\u0432\u043e \u0432 \u0441\u0440\u0435\u0434\u0443 \u0443\u0442\u0432\u0435\u0440\u0434\u0438\u043b\u043e "
    f"\u043d\u043e\u0432\u044b\u0439 \u043f\u043b\u0430\u043d \u0441\u0442\u0440\u043e\u0438\u0442\u0435\u043b"
    f"\u044c\u0441\u0442\u0432\u0430 \u0434\u043e\u0440\u043e\u0433 \u0432 \u0440\u0435\u0433\u0438\u043e\u043d"
    f"\u0430\u0445 \u0441\u0442\u0440\u0430\u043d\u044b.</p>" for i in range(5))


def html_page(body: str, *, head: str = "", h1: str = "Neue Regeln f\u00fcr die Windenergie beschlossen",
              lang: str = "de", byline: str = "", charset: str = "utf-8", title: str | None = None) -> str:
    title = h1 if title is None else title
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="{charset}"><title>{title}</title>{head}'
            f'</head><body><header><a href="/">Startseite</a></header><main><article><h1>{h1}</h1>{byline}'
            f'<div class="text">{body}</div></article></main><footer><p>Impressum</p></footer></body></html>')


def ld(**fields: object) -> str:
    import json

    return ('<script type="application/ld+json">'
            + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", **fields}) + "</script>")


# ----------------------------------------------------------------------------- CJK word count and gate

def test_word_count_counts_characters_in_unspaced_scripts():
    assert word_count("\u5317\u4eac\u5e02\u653f\u5e9c\u5ba3\u5e03\u3002") == 7  # punctuation counts for nothing
    assert word_count("\u6771\u4eac 2024\u5e74 Tokyo Big Sight") == 7
    assert word_count("Hello world \u2014 again") == 4  # spaced scripts: exactly len(split())
    assert word_count("\uc11c\uc6b8 \uc2dc\ub294 \uc218\uc694\uc77c") == 3  # Korean writes spaces


@pytest.mark.parametrize(("body", "lang", "h1"), [
    (CHINESE, "zh-CN", "\u5317\u4eac\u5c06\u5f00\u653e\u65b0\u5730\u94c1\u7ebf\u8def"),
    (JAPANESE, "ja", "\u6771\u4eac\u3067\u65b0\u3057\u3044\u5730\u4e0b\u9244\u304c\u958b\u696d"),
])
def test_chinese_and_japanese_pages_pass_the_article_length_gate(body, lang, h1):
    raw = RawDocument(id="x", kind="html", body=html_page(body, lang=lang, h1=h1), url="https://news.example.cn/a/1",
                      fetched_at=FETCHED)
    article, _warnings = build_article(raw)
    assert article.title == h1
    assert article.word_count > 100
    assert article.language == lang[:2]
    assert article.text.startswith(body[3:13])


# ----------------------------------------------------------------------------- dates with their zone

@pytest.mark.parametrize(("value", "expected"), [
    ("2023-04-28T19:20:36+0200", datetime(2023, 4, 28, 17, 20, 36, tzinfo=UTC)),
    ("2023-04-28 19:20:36 +0200", datetime(2023, 4, 28, 17, 20, 36, tzinfo=UTC)),
    ("2023-04-28T19:20:36.000+02", datetime(2023, 4, 28, 17, 20, 36, tzinfo=UTC)),
    ("Fri Apr 28 19:20:36 CEST 2023", datetime(2023, 4, 28, 17, 20, 36, tzinfo=UTC)),
    ("Fri, 28 Apr 2023 19:20:36 +0200", datetime(2023, 4, 28, 17, 20, 36, tzinfo=UTC)),
    ("2023-04-28T19:20:36 GMT-04:00", datetime(2023, 4, 28, 23, 20, 36, tzinfo=UTC)),
    ("2023-04-28", datetime(2023, 4, 28, 12, tzinfo=UTC)),  # a date only: noon, not a false midnight
    ("0000-00-00", None),
    ("2024-02-30T10:00:00Z", None),
    ("soon", None),
])
def test_machine_dates(value, expected):
    assert parse_datetime(value) == expected


def test_offset_in_json_ld_beats_an_unzoned_time_element_for_the_same_moment():
    head = ('<meta property="article:published_time" content="2023-04-28T19:20:00">'
            + ld(headline="Neue Regeln", datePublished="2023-04-28T19:20:00+0200"))
    body = '<p><time itemprop="datePublished" datetime="2023-04-28T19:20">28.04.2023, 19:20 Uhr</time></p>' + GERMAN
    result = extract_html(html_page(body, head=head), url="https://www.zeitung.example.com/a", fetched_at=FETCHED)
    assert result.published_at == datetime(2023, 4, 28, 17, 20, tzinfo=UTC)
    # the unzoned value first in trust order takes the offset of the zoned one for the same moment
    head = ('<meta property="article:published_time" content="2023-04-28T19:20:00">'
            '<meta property="og:updated_time" content="2023-04-29T08:00:00+02:00">')
    result = extract_html(html_page(GERMAN, head=head), url="https://www.zeitung.example.com/a", fetched_at=FETCHED)
    assert result.published_at == datetime(2023, 4, 28, 17, 20, tzinfo=UTC)  # the page writes +02:00 elsewhere


def test_unzoned_values_are_read_in_the_publishers_zone():
    body = '<p class="meta"><time datetime="2024-01-10T08:30">10. Januar 2024, 8:30 Uhr</time></p>' + GERMAN
    result = extract_html(html_page(body), url="https://www.zeitung.de/politik/a", fetched_at=FETCHED)
    assert result.published_at == datetime(2024, 1, 10, 7, 30, tzinfo=UTC)  # Berlin in winter: +01:00
    result = extract_html(html_page(body), url="https://www.zeitung.example.com/a", fetched_at=FETCHED)
    assert result.published_at == datetime(2024, 1, 10, 7, 30, tzinfo=UTC)  # lang="de": the same zone
    assert publisher_zone("news.example.com", "en", []) is None  # English: no zone to assume
    assert publisher_zone("www.asahi.example.jp", None, []).utcoffset(datetime(2024, 1, 1)) == timedelta(hours=9)


def test_date_only_values_are_noon_in_the_publishers_zone():
    head = ld(headline="Neue Regeln", datePublished="2024-03-14")
    result = extract_html(html_page(GERMAN, head=head), url="https://www.zeitung.de/a", fetched_at=FETCHED)
    assert result.published_at == datetime(2024, 3, 14, 11, tzinfo=UTC)  # 12:00 in Berlin
    result = extract_html(html_page(ENGLISH, head=head, lang="en", h1="Ferry terminal delayed again"),
                          url="https://news.example.com/a", fetched_at=FETCHED)
    assert result.published_at == datetime(2024, 3, 14, 12, tzinfo=UTC)  # zone unknown: 12:00 UTC
    # a date-only value with the time printed beside the headline on the same day is exact
    body = '<p class="meta">14.03.2024, 09:15 Uhr</p>' + GERMAN
    result = extract_html(html_page(body, head=head), url="https://www.zeitung.de/a", fetched_at=FETCHED)
    assert result.published_at == datetime(2024, 3, 14, 8, 15, tzinfo=UTC)


@pytest.mark.parametrize(("text", "wall"), [
    ("Ver\u00f6ffentlicht am 3. Mai 2024, 10:20 Uhr", datetime(2024, 5, 3, 10, 20)),
    ("Publi\u00e9 le 3 mai 2024 \u00e0 10h20", datetime(2024, 5, 3, 10, 20)),
    ("3 de mayo de 2024 a las 10:20", datetime(2024, 5, 3, 10, 20)),
    ("Pubblicato il 3 maggio 2024 alle 10:20", datetime(2024, 5, 3, 10, 20)),
    ("2024\u5e745\u67083\u65e5 10:20", datetime(2024, 5, 3, 10, 20)),
    ("\uc785\ub825 2024\ub144 5\uc6d4 3\uc77c \uc624\ud6c4 3:20", datetime(2024, 5, 3, 15, 20)),
    ("3 \u043c\u0430\u044f 2024 \u0433., 14:05", datetime(2024, 5, 3, 14, 5)),
    ("Publicado em 3 de maio de 2024", datetime(2024, 5, 3)),
    ("Gepubliceerd op 3 mei 2024 om 10:20", datetime(2024, 5, 3, 10, 20)),
    ("Udgivet 3. maj 2024 kl. 10.20", datetime(2024, 5, 3, 10, 20)),
    ("03.05.2024 | 10:20", datetime(2024, 5, 3, 10, 20)),
    ("May 3, 2024 6:40 pm", datetime(2024, 5, 3, 18, 40)),
])
def test_printed_dates_in_the_languages_of_the_set(text, wall):
    (_start, _end, value), *_rest = list(find_printed_dates(text))
    assert value.wall == wall
    assert value.has_time == (wall.hour != 0)


def test_printed_date_with_a_zone_name():
    (_s, _e, value), = list(find_printed_dates("Updated May 3, 2024 at 6:40 pm EDT"))
    assert value.instant() == datetime(2024, 5, 3, 22, 40, tzinfo=UTC)
    assert parse_written("2024-05-03").has_time is False


# ----------------------------------------------------------------------------- bylines

@pytest.mark.parametrize(("byline", "authors"), [
    ("Von: Max Muster", ["Max Muster"]),
    ("Von Anna Schmidt und Max Muster", ["Anna Schmidt", "Max Muster"]),
    ("Par Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"]),
    ("Di Mario Rossi", ["Mario Rossi"]),
    ("Por Ana Garc\u00eda y Luis P\u00e9rez", ["Ana Garc\u00eda", "Luis P\u00e9rez"]),
    ("Av Kari Nordmann", ["Kari Nordmann"]),
    ("Door Jan de Vries", ["Jan de Vries"]),
    ("Af Mette Hansen og Lars Jensen", ["Mette Hansen", "Lars Jensen"]),
    ("Max Muster (mm)", ["Max Muster"]),
    ("Von Max Muster (mit dpa), Berlin", ["Max Muster"]),
    ("\ud64d\uae38\ub3d9 \uae30\uc790", ["\ud64d\uae38\ub3d9"]),
    ("Von Max Muster aus Berlin", ["Max Muster"]),  # where the author writes from is no author
    ("By Jane Doe in Washington and John Roe", ["Jane Doe", "John Roe"]),
    ("Luigi Di Maio", ["Luigi Di Maio"]),  # "Di" opens a byline, not a name
])
def test_bylines_in_the_languages_of_the_set(byline, authors):
    assert clean_authors([byline]) == authors


def test_photo_credits_are_not_authors():
    assert split_byline(["Foto: Max Muster"]) == ([], [])
    assert split_byline(["Mads Claus Rasmussen/Ritzau Scanpix"]) == ([], [])
    assert split_byline(["Photo: Getty Images"]) == ([], [])
    assert split_byline(["Jens Jensen", "Mads Claus Rasmussen/Ritzau Scanpix"]) == (["Jens Jensen"], [])
    body = ('<figure><img src="a.jpg"><figcaption class="author">Foto: Lars Berg</figcaption></figure>'
            '<p class="author">Af Jens Jensen</p>' + GERMAN)
    result = extract_html(html_page(body, lang="da"), fetched_at=FETCHED)
    assert result.authors == ["Jens Jensen"]


def test_every_author_once_and_wire_credits_to_agencies():
    head = ld(headline="Neue Regeln", author=[{"@type": "Person", "name": "Anna Schmidt"},
                                             {"@type": "Person", "name": "Anna Schmidt"},
                                             {"@type": "Person", "name": "Max Muster"},
                                             {"@type": "Organization", "name": "dpa"}])
    result = extract_html(html_page(GERMAN, head=head), fetched_at=FETCHED)
    assert result.authors == ["Anna Schmidt", "Max Muster"]
    assert result.agencies == ["dpa"]
    head = '<meta name="author" content="Anna Schmidt"><meta name="author" content="Max Muster">'
    result = extract_html(html_page(GERMAN, head=head), fetched_at=FETCHED)
    assert result.authors == ["Anna Schmidt", "Max Muster"]
    head = ld(headline="Ferry", author={"@type": "Organization", "name": "Associated Press"})
    result = extract_html(html_page(ENGLISH, head=head, lang="en", h1="Ferry terminal delayed again"),
                          fetched_at=FETCHED)
    assert (result.authors, result.agencies) == ([], ["AP"])
    assert split_byline(["Von Anna Schmidt, dpa"]) == (["Anna Schmidt"], ["dpa"])
    assert split_byline(["dpa/AFP"]) == ([], ["dpa", "AFP"])


def test_the_site_itself_is_no_author():
    head = ld(headline="Neue Regeln", author={"@type": "Organization", "name": "Die Zeitung"},
              publisher={"@type": "Organization", "name": "Die Zeitung"})
    result = extract_html(html_page(GERMAN, head=head), fetched_at=FETCHED)
    assert result.authors == []


# ----------------------------------------------------------------------------- headlines

def test_headline_with_colon_is_kept_whole():
    h1 = "Office for Budget Responsibility: What is the OBR and what does it do?"
    head = f'<meta property="og:title" content="{h1}"><meta property="og:site_name" content="The Ledger">'
    body = '<p class="tags"><a href="/t/obr">Office for Budget Responsibility</a></p>' + ENGLISH
    result = extract_html(html_page(body, head=head, lang="en", h1=h1, title=f"{h1} | The Ledger"),
                          fetched_at=FETCHED)
    assert result.title == h1
    # without an <h1>: the og:title, still whole
    page = html_page(body, head=head, lang="en", h1="", title=f"{h1} | The Ledger").replace("<h1></h1>", "")
    assert extract_html(page, fetched_at=FETCHED).title == h1


def test_kicker_in_its_own_element_is_not_the_headline():
    h1 = '<span class="kicker">Olympische Spiele</span> <span class="headline">Deutschland holt Gold im Zweier</span>'
    head = '<meta property="og:title" content="Olympische Spiele: Deutschland holt Gold im Zweier">'
    result = extract_html(html_page(GERMAN, head=head, h1=h1, title="Olympia | Die Zeitung"), fetched_at=FETCHED)
    assert result.title == "Deutschland holt Gold im Zweier"


def test_visible_h1_beats_the_title_tag_and_the_seo_headline():
    head = ld(headline="Windkraft: Kabinett beschlie\u00dft Ausbau - alle Details") + \
        '<meta property="og:title" content="Windkraft-Ausbau beschlossen">'
    result = extract_html(html_page(GERMAN, head=head, title="Windkraft | Zeitung"), fetched_at=FETCHED)
    assert result.title == "Neue Regeln f\u00fcr die Windenergie beschlossen"


def test_two_h1s_the_logo_and_the_headline():
    page = html_page(GERMAN).replace('<header><a href="/">Startseite</a></header>',
                                     '<header><h1 class="logo"><a href="/">Die Zeitung</a></h1></header>')
    assert extract_html(page, fetched_at=FETCHED).title == "Neue Regeln f\u00fcr die Windenergie beschlossen"
    # two headline-like <h1>s in the body: the one the structured headline agrees with
    page = html_page(GERMAN, head='<meta property="og:title" content="Neue Regeln f\u00fcr die Windenergie">')
    page = page.replace("<main>", "<main><h1>Mehr aus dem Ressort Politik</h1>")
    assert extract_html(page, fetched_at=FETCHED).title == "Neue Regeln f\u00fcr die Windenergie beschlossen"


def test_no_html_entity_survives_in_a_title():
    for h1, expected in [
        ("Scholz&amp;#8217;s Plan f&amp;uuml;r Sch&ouml;neberg", "Scholz\u2019s Plan f\u00fcr Sch\u00f6neberg"),
        ("Der &quot;Wumms&quot; kommt", 'Der "Wumms" kommt'),
    ]:
        assert extract_html(html_page(GERMAN, h1=h1), fetched_at=FETCHED).title == expected
    page = html_page(GERMAN, h1="", title="Sch&amp;ouml;neberg w&auml;hlt neu").replace("<h1></h1>", "")
    assert extract_html(page, fetched_at=FETCHED).title == "Sch\u00f6neberg w\u00e4hlt neu"


# ----------------------------------------------------------------------------- bad input

@pytest.mark.parametrize(("codec", "body", "h1", "lang"), [
    ("shift_jis", JAPANESE, "\u6771\u4eac\u3067\u65b0\u3057\u3044\u5730\u4e0b\u9244\u304c\u958b\u696d", "ja"),
    ("gb2312", CHINESE, "\u5317\u4eac\u5c06\u5f00\u653e\u65b0\u5730\u94c1\u7ebf\u8def", "zh"),
    ("windows-1251", RUSSIAN, "\u041d\u043e\u0432\u044b\u0439 \u043f\u043b\u0430\u043d \u0434\u043e\u0440\u043e\u0433",
     "ru"),
])
def test_legacy_encodings_are_decoded(codec, body, h1, lang):
    page = html_page(body, h1=h1, lang=lang, charset=codec).encode(codec)
    result = extract_html(page, fetched_at=FETCHED)
    assert result.title == h1
    assert "\ufffd" not in result.text and result.text.startswith(body[3:12])
    # undeclared: detected, not replaced by U+FFFD
    undeclared = html_page(body, h1=h1, lang=lang).replace('<meta charset="utf-8">', "").encode(codec)
    assert extract_html(undeclared, fetched_at=FETCHED).title == h1


def test_invalid_json_ld_is_skipped_or_read_leniently():
    broken = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Neue Regeln", </script>'
    head = broken + '<meta property="article:published_time" content="2024-05-03T10:00:00+02:00">'
    result = extract_html(html_page(GERMAN, head=head), fetched_at=FETCHED)
    assert result.published_at == datetime(2024, 5, 3, 8, tzinfo=UTC)
    lenient = ('<script type="application/ld+json">//<![CDATA[\n{"@type": "NewsArticle", "headline": "Neue\tRegeln",'
               ' "datePublished": "2024-05-03T10:00:00+02:00", "author": {"name": "Anna\nSchmidt"},}\n//]]></script>')
    result = extract_html(html_page(GERMAN, head=lenient), fetched_at=FETCHED)
    assert result.published_at == datetime(2024, 5, 3, 8, tzinfo=UTC)
    assert result.authors == ["Anna Schmidt"]


def test_bogus_date_gives_a_null_date_not_a_rejected_page():
    head = ld(headline="Neue Regeln", datePublished="0000-00-00") + \
        '<meta property="article:published_time" content="0000-00-00T00:00:00">'
    result = extract_html(html_page(GERMAN, head=head), fetched_at=FETCHED)
    assert result.published_at is None
    assert result.title == "Neue Regeln f\u00fcr die Windenergie beschlossen"
    head = ld(headline="Neue Regeln", datePublished="0000-00-00", dateModified="2024-05-04T10:00:00+02:00") + \
        '<meta property="article:published_time" content="2024-05-03T10:00:00+02:00">'
    result = extract_html(html_page(GERMAN, head=head), fetched_at=FETCHED)
    assert result.published_at == datetime(2024, 5, 3, 8, tzinfo=UTC)


# ----------------------------------------------------------------------------- hostile input

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

DATE_ALPHABET = st.sampled_from(list("0123456789 .,:/-+TZ\u5e74\u6708\u65e5") + ["Mai", "de", "mayo", "CEST", "pm"])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(DATE_ALPHABET, max_size=30).map("".join)))
def test_date_parsers_never_raise(text):
    value = parse_written(text)
    assert value is None or value.instant().tzinfo is not None
    for start, end, found in find_printed_dates(text):
        assert 0 <= start < end <= len(text)
        assert found.instant().tzinfo is not None


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Von", "Max", "Muster", "(mm)", ",", "und", "dpa", "/", "Foto:", "\uae30\uc790",
                                 "Par", "et", "Scanpix", "Berlin", ";", "|"]), max_size=20).map(" ".join))
def test_split_byline_never_raises_and_keeps_no_credit_words(text):
    authors, agencies = split_byline([text])
    assert all(a and "Foto" not in a and "Scanpix" not in a for a in authors)
    assert all(a in ("dpa",) for a in agencies)


def test_degenerate_date_text_is_linear():
    import time

    for shape in ("1. " * 20000, "2024-" * 20000, "3 de " * 20000, "12:30 " * 20000):
        started = time.perf_counter()
        list(find_printed_dates(shape))
        assert time.perf_counter() - started < 5


# ----------------------------------------------------------------------------- body and credits

def test_a_page_that_declares_itself_a_listing_is_not_an_article():
    from transforms.html import ExtractionError

    head = ('<script type="application/ld+json">{"@type": "CollectionPage", "name": "Politik"}</script>'
            '<meta property="og:type" content="website">')
    with pytest.raises(ExtractionError, match="listing"):
        extract_html(html_page(GERMAN, head=head), fetched_at=FETCHED)
    head = head.replace("website", "article")  # the page says it is an article after all
    assert extract_html(html_page(GERMAN, head=head), fetched_at=FETCHED).text


def test_kicker_and_label_lines_above_the_headline_leave_the_body():
    from transforms.html import clean_body_lines

    story = ["Die Bundesregierung hat am Mittwoch neue Regeln beschlossen, nachdem sich die Koalition geeinigt hatte."]
    assert clean_body_lines(["Olympische Spiele", "Deutschland holt Gold", *story], ["Deutschland holt Gold"]) == story
    # a long line above the headline is text: nothing is dropped on its account
    lead = "Ein langer erster Absatz, der vor der Zeile mit der \u00dcberschrift steht und kein Etikett ist, sondern Text."
    assert clean_body_lines([lead, "Deutschland holt Gold", *story], ["Deutschland holt Gold"])[0] == lead


def test_the_standfirst_under_the_headline_opens_the_body():
    standfirst = "Die Sanierung dauert Jahre l\u00e4nger und kostet deutlich mehr als geplant, sagt die Stadt."
    head = f'<meta name="description" content="{standfirst}">'
    page = html_page(GERMAN, head=head).replace("</h1>", f'</h1><p class="intro">{standfirst}</p>')
    result = extract_html(page, fetched_at=FETCHED)
    assert result.text.split("\n\n")[0] == standfirst
    assert result.text.count("Die Sanierung dauert") == 1


def test_korean_and_mixed_case_datelines_credit_their_agency():
    first = ("<p>(\uc11c\uc6b8=\uc5f0\ud569\ub274\uc2a4) \uc774\uc11c\uc5f0 \uae30\uc790 = \ud55c\uad6d\uc740\ud589\uc774 "
             "\ub0b4\ub144 \uc18c\ube44\uc790\ubb3c\uac00 \uc0c1\uc2b9\ub960\uc774 2%\ub300 \uc911\ubc18\uc744 "
             "\ub098\ud0c0\ub0bc \uac83\uc73c\ub85c \uc804\ub9dd\ud588\ub2e4.</p>")
    korean = first + "".join(f"<p>\ubb38\ub2e8 {i}: \ud55c\uad6d\uc740\ud589\uc740 \uae30\uc900\uae08\ub9ac\ub97c "
                             f"\ub3d9\uacb0\ud558\uace0 \ubb3c\uac00 \uc548\uc815\uc744 \uac15\uc870\ud588\ub2e4 "
                             f"\uace0 \ubc1d\ud614\ub2e4 \uadf8\ub7ec\ub098 \uc2dc\uc7a5\uc740 \ub2e4\ub974\uac8c "
                             f"\ubcf4\uace0 \uc788\ub2e4.</p>" for i in range(6))
    result = extract_html(html_page(korean, lang="ko", h1="\ud55c\uad6d\uc740\ud589 \uae08\ub9ac \ub3d9\uacb0"),
                          fetched_at=FETCHED)
    assert (result.agencies, result.authors, result.dateline) == (["Yonhap"], ["\uc774\uc11c\uc5f0"], "\uc11c\uc6b8")
    german = "<p>K\u00f6ln (dpa) - Der Rhein steigt weiter.</p>" + GERMAN
    result = extract_html(html_page(german), fetched_at=FETCHED)
    assert (result.agencies, result.dateline) == (["dpa"], "K\u00f6ln")


def test_chinese_reporter_prefixes_and_desk_editors():
    assert clean_authors(["\u672c\u62a5\u8bb0\u8005 \u738b\u78ca"]) == ["\u738b\u78ca"]
    assert clean_authors(["\u8bb0\u8005\uff1a\u674e\u5a1c"]) == ["\u674e\u5a1c"]
    assert clean_authors(["\u8d23\u4efb\u7f16\u8f91\uff1a\u5f20\u4f1f"]) == []  # the desk editor is no author
