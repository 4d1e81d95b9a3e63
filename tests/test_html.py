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
    assert result.title == "Troops arrive in Kursk region"
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
    assert result.title == "Troops arrive"
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
    assert result.published_at == datetime(2025, 3, 4, tzinfo=timezone.utc)
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
