import re
from datetime import datetime, timezone

import pytest

from transforms.html import ExtractionError, clean_authors, extract_html

BODY = " ".join(
    f"<p>Paragraph {i} says that North Korean soldiers arrived in the Kursk region in large numbers "
    f"according to officials who spoke on condition of anonymity about the deployment.</p>"
    for i in range(6)
)


def page(head: str = "", body_prefix: str = "") -> str:
    return f"""<!doctype html><html lang="en"><head><title>Troops arrive | The Daily Example</title>{head}</head>
    <body><nav><a href="/">Home</a><a href="/world">World</a></nav>
    <div class="cookie">We use cookies. <button>Accept</button></div>
    {body_prefix}<article><h1>Troops arrive in Kursk</h1>{BODY}</article>
    <aside class="related"><a href="/x">Related: something else entirely</a></aside>
    <footer>Copyright The Daily Example</footer></body></html>"""


FETCHED = datetime(2024, 12, 1, tzinfo=timezone.utc)


def test_json_ld_wins_and_modified_date_is_not_published():
    head = """<link rel="canonical" href="https://daily.example/world/troops?utm_source=x">
    <meta property="og:site_name" content="The Daily Example">
    <meta property="article:modified_time" content="2024-11-20T10:00:00Z">
    <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
      "headline": "Troops arrive in Kursk region", "datePublished": "2024-11-05T08:30:00+09:00",
      "dateModified": "2024-11-20T10:00:00Z",
      "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "Min-ji Park"}],
      "publisher": {"@type": "Organization", "name": "The Daily Example"}}</script>"""
    result = extract_html(page(head), url="https://daily.example/world/troops", fetched_at=FETCHED)
    assert result.title == "Troops arrive in Kursk"  # the visible <h1>, not the SEO headline
    assert result.published_at == datetime(2024, 11, 4, 23, 30, tzinfo=timezone.utc)
    assert result.authors == ["Jane Doe", "Min-ji Park"]
    assert result.canonical_url == "https://daily.example/world/troops?utm_source=x"
    assert result.site_name == "The Daily Example"
    assert "Paragraph 0 says" in result.text and "Paragraph 5 says" in result.text
    assert "cookies" not in result.text and "Related:" not in result.text
    assert "\n\n" in result.text


def test_meta_tags_and_time_element_without_json_ld():
    head = '<meta property="og:title" content="Troops arrive">'
    prefix = '<p class="byline">By John Smith and Mary Lee, Staff Writers</p><time datetime="2024-10-28T12:00:00Z" pubdate>Oct 28</time>'
    result = extract_html(page(head, prefix), fetched_at=FETCHED)
    assert result.title == "Troops arrive in Kursk"
    assert result.published_at == datetime(2024, 10, 28, 12, tzinfo=timezone.utc)
    assert result.authors == ["John Smith", "Mary Lee"]


def test_future_date_is_dropped_with_a_warning():
    head = '<meta property="article:published_time" content="2031-01-01T00:00:00Z">'
    result = extract_html(page(head), fetched_at=FETCHED)
    assert result.published_at is None or result.published_at <= FETCHED
    assert any("future" in w for w in result.warnings)


@pytest.mark.parametrize(("html", "message"), [
    ("", "empty page"),
    ("   \n ", "empty page"),
    ("\x00\x01\x02binary", "binary"),
    ("<html><body><nav>Home</nav></body></html>", "no article body"),
])
def test_bad_pages_raise_one_line_errors(html, message):
    with pytest.raises(ExtractionError, match=message):
        extract_html(html)


def test_huge_page_is_cut_not_fatal():
    huge = page() + "<div>" + ("filler " * 1_000_000) + "</div>"
    result = extract_html(huge, fetched_at=FETCHED)
    assert any("cut" in w for w in result.warnings)


def test_clean_authors():
    assert clean_authors(["By Jane Doe, Senior Correspondent"]) == ["Jane Doe"]
    assert clean_authors(["By A. Kim and B. Lee"]) == ["A. Kim", "B. Lee"]
    assert clean_authors(["jane@example.com"]) == []
    assert clean_authors(["Asia Wire Service"]) == []


def test_bytes_in_declared_latin1_and_invalid_utf8_are_decoded_not_fatal():
    latin = page().replace("<head>", '<head><meta charset="iso-8859-1">').replace("Paragraph 0", "Caf\u00e9 0")
    result = extract_html(latin.encode("latin-1"), fetched_at=FETCHED)
    assert "Caf\u00e9 0 says" in result.text
    broken = page().encode("utf-8").replace(b"Paragraph 3", b"Paragraph \xff\xfe 3")
    result = extract_html(broken, fetched_at=FETCHED)
    assert "Paragraph 5 says" in result.text


def test_truncated_page_still_yields_the_text_it_has():
    cut = page()[: page().index("Paragraph 4")]
    result = extract_html(cut, fetched_at=FETCHED)
    assert "Paragraph 2 says" in result.text and "Paragraph 5" not in result.text


def test_visible_date_byline_and_title_without_any_metadata():
    html = f"""<html><head><title>Troops arrive in Kursk - Daily Example</title></head><body>
    <div class="hdl">Troops arrive in Kursk</div>
    <div class="info">By Ana Ruiz and Tom Berg | Staff Writer<br>Posted: Tuesday, March 4, 2025 6:40 pm
    | Updated March 6, 2025</div><div class="txt">{BODY}</div></body></html>"""
    result = extract_html(html, url="https://www.dailyexample.com/a/1", fetched_at=datetime(2025, 4, 1, tzinfo=timezone.utc))
    assert result.title == "Troops arrive in Kursk"
    assert result.authors == ["Ana Ruiz", "Tom Berg"]
    # the printed time counts; no zone is known for a .com page without a language: UTC
    assert result.published_at == datetime(2025, 3, 4, 18, 40, tzinfo=timezone.utc)
    assert not result.text.startswith(("Troops", "By "))


def test_yoast_graph_authors_by_reference_and_reporting_by():
    head = """<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "Article", "headline": "Troops arrive", "datePublished": "2024-11-05T08:30:00Z",
       "author": [{"@id": "#p1"}, {"@id": "#p2"}]},
      {"@type": "Person", "@id": "#p1", "name": "Reporting by Luca Bianchi"},
      {"@type": "Person", "@id": "#p2", "name": "Dr. Hannah Okoye"}]}</script>"""
    result = extract_html(page(head), fetched_at=FETCHED)
    assert result.authors == ["Luca Bianchi", "Hannah Okoye"]


def test_body_drops_inserts_trailers_and_pull_quotes():
    from transforms.html import clean_body_lines

    lines = ["Troops arrive", "By Jane Doe", "March 4, 2025", "First paragraph of the story is here and long enough.",
             "READ MORE: Something else", "Advertisement", "of the story is here and long enough",
             "Last paragraph of the story.", "Copyright 2025 Example News. All rights reserved."]
    assert clean_body_lines(lines, ["Troops arrive"]) == [
        "First paragraph of the story is here and long enough.", "Last paragraph of the story."]


def test_clean_authors_particles_and_editors():
    assert clean_authors(["Reporting by Luca Bianchi; Editing by Tom Hogue"]) == ["Luca Bianchi"]
    assert clean_authors(["Ursula von der Leyen"]) == ["Ursula von der Leyen"]
    assert clean_authors(["By Min-ji Park, Seoul Correspondent, mpark@example.com"]) == ["Min-ji Park"]


# ---------------------------------------------------------------- chrome around the story
# Generic rules for a real news page's chrome (benchmarks/page_weight.py builds two such
# templates); the snippets below use neither template's markup.

STORY = "".join(
    f"<p>Story paragraph {i}: the harbour authority said on Monday that the new ferry terminal would open in "
    f"spring, after two years of delays caused by flooding and a dispute over the contract.</p>" for i in range(5))


def teaser(k: int, date: str = "") -> str:
    return (f'<article class="promo"><a href="/other/story-{k}"><img src="/i/{k}.jpg" alt="">'
            f"<h3>Other story number {k} about something else</h3>"
            f"<p>A short summary of other story {k} that belongs to another page.</p>{date}</a></article>")


def test_teaser_articles_made_of_a_link_are_not_the_body():
    html = (f"<html><head><title>Ferry terminal delayed again</title></head><body>"
            f"<div id='menu'>{teaser(1)}{teaser(2)}</div>"
            f"<div id='main'><div class='headline'>Ferry terminal delayed again</div>"
            f"<div class='text'>{STORY}</div></div><div id='more'>{teaser(3)}{teaser(4)}{teaser(5)}</div>"
            f"</body></html>")
    result = extract_html(html, fetched_at=FETCHED)
    assert "Story paragraph 0" in result.text and "Story paragraph 4" in result.text
    assert "Other story" not in result.text and "short summary" not in result.text


def test_linked_headline_with_summary_outside_the_link_is_a_teaser():
    from lxml import html as lxml_html

    from transforms.html import prune_teasers

    tree = lxml_html.document_fromstring(
        "<html><body><div class='rail'><div class='unit'><div class='pic'><a href='/x/1'><img src='a.jpg'></a></div>"
        "<h4 class='t'><a href='/x/1'>Council approves new harbour budget</a></h4>"
        "<p>The vote came after a long debate about the cost of dredging.</p>"
        "<span class='when'>3 May 2024</span></div></div>"
        f"<div class='story'><h1>Ferry terminal delayed again</h1><h2><a href='/topics/ferries'>Ferries</a></h2>"
        f"{STORY}</div></body></html>")
    assert prune_teasers(tree, "https://example.test/news/ferry") >= 1
    text = tree.text_content()
    assert "harbour budget" not in text and "3 May 2024" not in text
    assert "Ferry terminal delayed again" in text and "Story paragraph 4" in text
    assert "Ferries" in text  # a linked sub-head inside a long story block stays


def test_link_lists_go_with_their_label_and_own_linked_headline_stays():
    from lxml import html as lxml_html

    from transforms.html import prune_teasers

    rail = "".join(f"<li><b>{k}</b> <a href='/r/{k}'>Popular story number {k} today</a></li>" for k in range(5))
    tree = lxml_html.document_fromstring(
        f"<html><body><div class='box'><p>Most popular</p><ol>{rail}</ol></div>"
        f"<div class='post'><h2><a href='/news/ferry/'>Ferry terminal delayed again</a></h2>"
        f"<p>By Ana Ruiz</p></div><div>{STORY}</div></body></html>")
    prune_teasers(tree, "https://example.test/news/ferry")
    text = tree.text_content()
    assert "Popular story" not in text and "Most popular" not in text
    assert "Ferry terminal delayed again" in text  # linked to the page itself: the headline


def test_time_inside_a_link_is_not_the_publication_date():
    html = (f"<html><head><title>Ferry terminal delayed again</title></head><body>"
            f"<ul class='x'><li><a href='/a'>Older story about trains <time itemprop='datePublished' "
            f"datetime='2024-02-01T10:00:00Z'>1 Feb</time></a></li></ul>"
            f"<div><h1>Ferry terminal delayed again</h1>{STORY}<p class='foot'>First published "
            f"<time itemprop='datePublished' datetime='2025-03-04T07:00:00Z'>4 March</time></p></div></body></html>")
    result = extract_html(html, fetched_at=FETCHED.replace(year=2025))
    assert result.published_at == datetime(2025, 3, 4, 7, tzinfo=timezone.utc)


def test_date_near_the_headline_wins_over_edition_date_and_teaser_dates():
    html = (f"<html><head><title>Ferry terminal delayed again | Gazette</title></head><body>"
            f"<div class='top'><span>Saturday, 1 June 2024</span> <a href='/'>Gazette</a></div>"
            f"<div class='side'>{teaser(1, '<span>12 May 2024</span>')}</div>"
            f"<div class='main'><h1>Ferry terminal delayed again</h1>"
            f"<div class='meta'>Ana Ruiz <time class='updated' datetime='2025-03-09'>Updated March 9</time> "
            f"<time datetime='2025-03-04T08:00:00Z'>March 4, 2025</time></div>{STORY}</div>"
            f"<div class='thread'><p>reader1 <span class='date'>2 April 2025</span></p><p>Nice.</p></div>"
            f"</body></html>")
    result = extract_html(html, fetched_at=FETCHED.replace(year=2025))
    assert result.published_at == datetime(2025, 3, 4, 8, tzinfo=timezone.utc)


def test_date_printed_just_above_the_headline():
    html = (f"<html><head><title>Ferry terminal delayed again</title></head><body>"
            f"<div class='top'>Saturday, 1 June 2024</div><div class='wrap'><div class='story'>"
            f"<div class='kicker'>Local news | 4 March 2025</div><h1>Ferry terminal delayed again</h1>"
            f"<p>The harbour authority said the ferry terminal would not open before 2026.</p></div></div>"
            f"<div>{STORY}</div></body></html>")
    result = extract_html(html, fetched_at=FETCHED.replace(year=2025))
    assert result.published_at == datetime(2025, 3, 4, 12, tzinfo=timezone.utc)  # a date only: noon


def test_copyright_line_ends_the_story_with_the_short_lines_after_it():
    from transforms.html import clean_body_lines

    story = [f"Story paragraph {i} has enough words in it to be a real paragraph of the article." for i in range(5)]
    lines = story + ["Copyright 2025 Example News. All rights reserved.", "Most popular",
                     "Classifieds: homes, cars, jobs.", "Example News | 1 Main Street | Contact"]
    assert clean_body_lines(lines, []) == story
    # a copyright mention inside the story is not a trailer
    early = ["A lawsuit over copyright 2019 rules was dismissed on Monday by the court."] + story
    assert clean_body_lines(early, []) == early


def test_short_headline_left_beside_a_removed_share_bar_stays():
    from lxml import html as lxml_html

    from transforms.html import prune_teasers

    share = "".join(f"<li><a href='https://share{k}.example/?u=x'>Share {k}</a></li>" for k in range(4))
    tree = lxml_html.document_fromstring(
        f"<html><body><div class='head'><div class='t'>Budget passes</div><ul>{share}</ul></div>"
        f"<div>{STORY}</div></body></html>")
    prune_teasers(tree, "https://example.test/a", "Budget passes")
    assert "Budget passes" in tree.text_content() and "Share 1" not in tree.text_content()


# ---------------------------------------------------------------- datelines, entities in titles, bylines (#13)

def news_page(first: str, head: str = "", byline: str = "", title: str = "Missile launch draws warning") -> str:
    rest = "".join(
        f"<p>Paragraph {i} of the report: officials said the launch was the third in less than a month and that "
        f"surveillance had been strengthened in preparation for further tests by the North.</p>" for i in range(4))
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | Example Times</title>'
            f'{head}</head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>'
            f"<main><article><h1>{title}</h1>{byline}<div class=\"story-body\"><p>{first}</p>{rest}</div></article>"
            f"</main><footer><p>Copyright 2024 Example Times. All rights reserved.</p></footer></body></html>")


@pytest.mark.parametrize(("first", "dateline", "country", "agencies"), [
    ("WASHINGTON (AP) \u2014 President Joe Biden said on Tuesday that the launch was a provocation.",
     "WASHINGTON", None, ["AP"]),
    ("SEOUL, Dec 3 (Reuters) - North Korea fired a short-range ballistic missile on Tuesday, the military said.",
     "SEOUL", None, ["Reuters"]),
    ("<span class=\"dateline\">KYIV \u2014</span> Russia launched one of its largest drone attacks of the war overnight.",
     "KYIV", None, []),
    ("PARIS, France \u2013 French officials condemned the launch in a statement issued on Tuesday evening.",
     "PARIS", "France", []),
    ("<strong>SEOUL, Dec. 3 (Yonhap) --</strong> North Korea fired a ballistic missile into the East Sea on Tuesday.",
     "SEOUL", None, ["Yonhap"]),
    ("MELBOURNE, Australia (AP) \u2014 Lucia Ferrante had never won a match at the Australian Open before this year.",
     "MELBOURNE", "Australia", ["AP"]),
    ("North Korea fired a short-range ballistic missile on Tuesday, the military in Seoul said.", None, None, []),
    ("A MUM-of-two from Bristol who scooped the lottery says she will still do the school run.", None, None, []),
])
def test_dateline_and_its_agency_from_the_first_paragraph(first, dateline, country, agencies):
    result = extract_html(news_page(first), fetched_at=FETCHED)
    assert (result.dateline, result.dateline_country, result.agencies) == (dateline, country, agencies)
    # the text keeps the dateline, as the wire path does
    assert result.text.split("\n\n")[0] == re.sub(r"<[^>]+>", "", first)


def test_titles_with_html_entities_are_unescaped():
    for raw, expected in [
        ("Kim&#039;s sister warns Seoul", "Kim's sister warns Seoul"),
        ("Scholz&#8217;s gamble in Sch&ouml;neberg", "Scholz\u2019s gamble in Sch\u00f6neberg"),
        ("The &quot;shadow fleet&quot; grows", 'The "shadow fleet" grows'),
        ("Kim&amp;#039;s sister warns Seoul", "Kim's sister warns Seoul"),  # escaped twice by the CMS
        ("AT&amp;T and Q&A: what changes", "AT&T and Q&A: what changes"),
    ]:
        head = f'<meta property="og:title" content="{raw}">'
        result = extract_html(news_page("Officials said the launch was the third this month.", head, title="Launch"),
                              fetched_at=FETCHED)
        assert result.title == expected, raw
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", '
          '"headline": "Kim&amp;#039;s sister &#8220;warns&#8221; Seoul"}</script>')
    result = extract_html(news_page("Officials said the launch was the third this month.", ld, title="Launch"),
                          fetched_at=FETCHED)
    assert result.title == "Kim's sister \u201cwarns\u201d Seoul"


def test_authors_last_first_lists_and_wire_agencies():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Missile launch draws warning", '
          '"author": [{"@type": "Person", "name": "Brazil, Rachel"}, {"@type": "Organization", '
          '"name": "Associated Press"}]}</script>')
    result = extract_html(news_page("SEOUL (AP) \u2014 North Korea fired a missile on Tuesday.", ld),
                          fetched_at=FETCHED)
    assert result.authors == ["Rachel Brazil"]
    assert result.agencies == ["AP"]  # the dateline's "AP" and the byline's "Associated Press" are one
    byline = '<p class="byline">By Smith, Jones and Lee, Reuters</p>'
    result = extract_html(news_page("North Korea fired a missile on Tuesday, officials said.", byline=byline),
                          fetched_at=FETCHED)
    assert result.authors == ["Smith", "Jones", "Lee"]
    assert result.agencies == ["Reuters"]
    assert clean_authors(["Brazil, Rachel"]) == ["Rachel Brazil"]
    assert clean_authors(["Doe, Jane; Roe, Richard"]) == ["Jane Doe", "Richard Roe"]
    assert clean_authors(["Associated Press"]) == [] and clean_authors(["AFP"]) == [] and clean_authors(["dpa"]) == []
    assert clean_authors(["By Jane Doe and Min-ji Park, Yonhap"]) == ["Jane Doe", "Min-ji Park"]


def test_html_dateline_reaches_the_article_and_quote_offsets_stay_valid():
    from newslake.catalog_io import load_catalog
    from transforms.pipeline import RawDocument, annotate, build_article
    from transforms.records import ExtractedDocument

    first = ('WASHINGTON (AP) \u2014 "We are watching this very closely," Defense Secretary Lloyd Austin said '
             "on Tuesday.")
    byline = '<p class="byline">By Lolita C. Baldor, Associated Press</p>'
    raw = RawDocument(id="x", kind="html", body=news_page(first, byline=byline), url="https://example.com/a",
                      fetched_at=FETCHED)
    article, _ = build_article(raw)
    assert article.dateline == "WASHINGTON" and article.agencies == ["AP"]
    assert article.authors == ["Lolita C. Baldor"]
    assert article.text.startswith("WASHINGTON (AP) \u2014 ")
    doc = ExtractedDocument(id="x", article=article)
    annotate(doc, load_catalog())
    quote = doc.quotes[0]
    assert article.text[quote.start_char] == '"' and article.text[quote.end_char - 1] == '"'
    assert quote.speaker == "Lloyd Austin"
