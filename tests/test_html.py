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
