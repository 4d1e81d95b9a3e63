"""transforms.feeds (pure parsing) and newslake.urls."""

from __future__ import annotations

import gzip
import json
from datetime import datetime, timezone

import pytest

from newslake.urls import normalize_url, registered_domain
from transforms.feeds import detect_kind, html_to_text, parse_feed

BASE = "https://news.example/feeds/main.xml"

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example News</title><link>https://news.example/</link>
<item>
  <title>Troops &amp; talks</title>
  <link>/world/troops?utm_source=rss&amp;id=7</link>
  <guid isPermaLink="false">story-7</guid>
  <pubDate>Tue, 01 Oct 2024 10:00:00 +0200</pubDate>
  <dc:creator>Jane Doe</dc:creator>
  <description>&lt;p&gt;Short &lt;b&gt;teaser&lt;/b&gt;&lt;/p&gt;</description>
  <content:encoded><![CDATA[<p>First paragraph.</p><p>Second <a href="/x">paragraph</a>.</p><script>x()</script>]]></content:encoded>
</item>
<item>
  <title>Same story, other tracking</title>
  <link>https://NEWS.example:443/world/troops?id=7&amp;fbclid=abc#comments</link>
</item>
<item>
  <title>No content</title>
  <link>https://news.example/b</link>
  <description>Plain summary</description>
  <pubDate>Wed, 02 Oct 2024 00:00:00 GMT</pubDate>
</item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Blog</title><id>urn:blog</id><updated>2024-10-01T08:00:00Z</updated>
  <entry>
    <title>Entry one</title>
    <link rel="alternate" href="posts/one.html"/>
    <id>urn:uuid:1</id>
    <published>2024-09-30T23:30:00-05:00</published>
    <updated>2024-10-01T08:00:00Z</updated>
    <author><name>Bob Roe</name></author><author><name>Ann Poe</name></author>
    <summary>Summary one</summary>
    <content type="html">&lt;p&gt;Body of entry one.&lt;/p&gt;</content>
  </entry>
</feed>"""

SITEMAP_INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://news.example/sitemap-news.xml</loc></sitemap>
  <sitemap><loc>/sitemap-2024.xml</loc><lastmod>2024-10-01</lastmod></sitemap>
</sitemapindex>"""

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://news.example/a1</loc>
    <news:news><news:publication><news:name>Example</news:name><news:language>en</news:language></news:publication>
    <news:publication_date>2024-10-01T12:00:00+02:00</news:publication_date>
    <news:title>Article one</news:title></news:news></url>
  <url><loc>https://news.example/a2</loc>
    <news:news><news:publication_date>2024-10-02</news:publication_date><news:title>Article two</news:title></news:news></url>
</urlset>"""

SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://news.example/p1</loc><lastmod>2024-10-01T10:00Z</lastmod></url>
  <url><loc>p2</loc></url>
  <url><loc>https://news.example/p1#top</loc></url>
</urlset>"""

BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<ROOT><url><loc>&lol9;</loc></url></ROOT>"""


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


# ------------------------------------------------------------------ RSS / Atom

def test_rss_items_content_dates_and_dedup():
    feed = parse_feed(RSS, BASE)
    assert feed.kind == "rss"
    assert feed.error is None
    assert [i.url for i in feed.items] == [
        "https://news.example/world/troops?utm_source=rss&id=7",
        "https://news.example/b",
    ]  # the second item is the first one with other tracking: dropped
    first, second = feed.items
    assert first.title == "Troops & talks"
    assert first.published == utc(2024, 10, 1, 8, 0)
    assert first.authors == ["Jane Doe"]
    assert first.summary == "Short teaser"
    assert first.content_html.startswith("<p>First paragraph.</p>")
    assert first.content_text == "First paragraph.\n\nSecond paragraph."
    assert first.guid.endswith("story-7")
    assert second.content_html is None and second.content_text is None
    assert second.summary == "Plain summary"
    assert second.published == utc(2024, 10, 2)
    assert feed.child_feeds == []


def test_atom_entry():
    feed = parse_feed(ATOM, "https://blog.example/feed/atom")
    assert (feed.kind, feed.error) == ("atom", None)
    [entry] = feed.items
    assert entry.url == "https://blog.example/feed/posts/one.html"
    assert entry.title == "Entry one"
    assert entry.published == utc(2024, 10, 1, 4, 30)  # published wins over updated
    assert entry.authors == ["Bob Roe", "Ann Poe"]
    assert entry.summary == "Summary one"
    assert entry.content_html == "<p>Body of entry one.</p>"
    assert entry.content_text == "Body of entry one."
    assert entry.guid == "urn:uuid:1"


def test_rss_1_0_rdf_is_rss():
    body = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
 <channel rdf:about="https://x.example/"><title>x</title></channel>
 <item rdf:about="https://x.example/1"><title>One</title><link>https://x.example/1</link></item>
</rdf:RDF>"""
    assert detect_kind(body, "https://x.example/rss") == "rss"
    feed = parse_feed(body, "https://x.example/rss")
    assert feed.kind == "rss" and [i.url for i in feed.items] == ["https://x.example/1"]


def test_malformed_feed_xml_sets_one_line_error():
    body = b"<?xml version='1.0'?><rss version='2.0'><channel><item><title>Broken</item>\n</channel>"
    feed = parse_feed(body, BASE)
    assert feed.kind == "rss"
    assert feed.error is not None and "\n" not in feed.error
    assert feed.error.startswith("malformed rss feed")


def test_not_a_feed_and_empty():
    assert parse_feed(b"<html><body>Hi</body></html>", BASE).error == "unrecognised feed format"
    assert parse_feed(b"", BASE).error == "empty document"
    assert parse_feed(b"\x00\x01\x02garbage", BASE).error == "unrecognised feed format"
    feed = parse_feed(b"<html/>", BASE, kind="wire")
    assert feed.error == "kind 'wire' is not a feed format parse_feed handles"


def test_feed_with_5000_items_is_fast():
    items = "".join(
        f"<item><title>Item {i}</title><link>https://news.example/a/{i}</link>"
        f"<guid>g{i}</guid><pubDate>Tue, 01 Oct 2024 10:00:00 GMT</pubDate>"
        f"<description>Summary {i}</description>"
        f"<content:encoded><![CDATA[<p>Body {i}.</p><p>More.</p>]]></content:encoded></item>"
        for i in range(5000)
    )
    body = (
        '<?xml version="1.0"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>big</title>'
        f"{items}</channel></rss>"
    ).encode()
    feed = parse_feed(body, BASE)
    assert feed.error is None
    assert len(feed.items) == 5000
    assert feed.items[4999].url == "https://news.example/a/4999"
    assert feed.items[4999].content_text == "Body 4999.\n\nMore."


# ------------------------------------------------------------------ sitemaps

def test_sitemap_index_lists_child_sitemaps():
    feed = parse_feed(SITEMAP_INDEX, "https://news.example/sitemap.xml")
    assert feed.kind == "sitemap_index" and feed.error is None
    assert feed.items == []
    assert feed.child_feeds == [
        "https://news.example/sitemap-news.xml",
        "https://news.example/sitemap-2024.xml",
    ]


def test_news_sitemap_titles_and_dates():
    feed = parse_feed(NEWS_SITEMAP, "https://news.example/sitemap-news.xml")
    assert feed.kind == "news_sitemap" and feed.error is None
    assert [(i.url, i.title, i.published) for i in feed.items] == [
        ("https://news.example/a1", "Article one", utc(2024, 10, 1, 10, 0)),
        ("https://news.example/a2", "Article two", utc(2024, 10, 2)),
    ]


def test_plain_sitemap_relative_and_duplicates():
    feed = parse_feed(SITEMAP, "https://news.example/sitemap.xml", kind="sitemap")
    assert feed.kind == "sitemap" and feed.error is None
    assert [i.url for i in feed.items] == ["https://news.example/p1", "https://news.example/p2"]
    assert feed.items[0].published == utc(2024, 10, 1, 10, 0)


def test_gzipped_sitemap():
    feed = parse_feed(gzip.compress(SITEMAP), "https://news.example/sitemap.xml.gz")
    assert feed.kind == "sitemap" and len(feed.items) == 2


def test_entity_expansion_bomb_is_an_error_not_a_hang():
    sitemap = parse_feed(BOMB.replace(b"ROOT", b"urlset"), BASE)  # (a hang fails the run's timeout)
    rss = parse_feed(BOMB.replace(b"ROOT", b"rss"), BASE)
    assert sitemap.items == [] and "entit" in sitemap.error.lower()
    assert rss.items == [] and "entity" in rss.error.lower()


def test_external_entity_is_refused():
    body = (b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<urlset><url><loc>&x;</loc></url></urlset>')
    feed = parse_feed(body, BASE)
    assert feed.items == [] and feed.error is not None


def test_sitemap_with_broken_xml():
    feed = parse_feed(b"<urlset><url><loc>https://a.example/</loc></url>", BASE, kind="sitemap")
    assert feed.items == [] and feed.error.startswith("malformed sitemap XML")


# ------------------------------------------------------------------ JSONL / page list

def test_jsonl_records():
    lines = [
        {"id": "a", "url": "/a", "title": "A", "published": "2024-10-01T12:00:00+02:00",
         "author": "Ann", "text": "Para one.\n\nPara two."},
        {"id": 2, "url": "https://x.example/b", "title": "B", "published": "2024-10-02",
         "authors": ["Bo", "Cy"], "html": "<p>H one</p><p>H two</p>"},
        {"id": "c", "title": "No URL", "text": "t"},
        {"id": "d", "url": "https://x.example/a?utm_medium=x", "title": "dup of a"},
    ]
    body = ("\n".join(json.dumps(line) for line in lines) + "\n{broken\n[1]\n").encode()
    feed = parse_feed(body, "https://x.example/dump.jsonl")
    assert feed.kind == "jsonl"
    assert [i.guid for i in feed.items] == ["a", "2", "c"]
    a, b, c = feed.items
    assert a.url == "https://x.example/a" and a.published == utc(2024, 10, 1, 10, 0)
    assert a.authors == ["Ann"] and a.content_text == "Para one.\n\nPara two."
    assert b.authors == ["Bo", "Cy"] and b.content_html == "<p>H one</p><p>H two</p>"
    assert b.content_text == "H one\n\nH two"
    assert c.url is None
    assert feed.error == "line 5: invalid JSON (Expecting property name enclosed in double quotes) (and 1 more bad lines)"


def test_page_list():
    body = b"# pages\nhttps://x.example/1\n\n/2\nhttps://x.example/1#dup\nftp://x.example/f\n"
    assert detect_kind(body, "https://x.example/pages.txt") == "page_list"
    feed = parse_feed(body, "https://x.example/pages.txt")
    assert [i.url for i in feed.items] == ["https://x.example/1", "https://x.example/2"]
    assert feed.error == "line 6: not an http(s) URL"


# ------------------------------------------------------------------ detection

@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (RSS, "rss"),
        (ATOM, "atom"),
        (SITEMAP_INDEX, "sitemap_index"),
        (NEWS_SITEMAP, "news_sitemap"),
        (SITEMAP, "sitemap"),
        (b'\xef\xbb\xbf<!-- c --><?xml-stylesheet href="x"?>\n<rss version="2.0"/>', "rss"),
        (b'{"id": 1}\n', "jsonl"),
        (b"https://a.example/1\nhttps://a.example/2\n", "page_list"),
        (b"<!DOCTYPE html><html></html>", None),
        (b"", None),
    ],
)
def test_detect_kind(body, kind):
    assert detect_kind(body, "https://a.example/x") == kind


def test_html_to_text():
    assert html_to_text("<div><p>A &amp; B</p><ul><li>one</li><li>two</li></ul></div>") == (
        "A & B\n\none\n\ntwo"
    )
    assert html_to_text("<style>p{}</style>plain") == "plain"


# ------------------------------------------------------------------ urls

@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTP://WWW.Example.COM:80/a/b?utm_source=x&b=2&a=1&fbclid=z#frag",
         "http://www.example.com/a/b?a=1&b=2"),
        ("https://x.example:443", "https://x.example/"),
        ("https://x.example:8443/p?gclid=1&mc_cid=2&mc_eid=3&utm_campaign=c", "https://x.example:8443/p"),
        ("https://x.example/p%7ea?q=a%20b", "https://x.example/p~a?q=a%20b"),
        ("https://user:pw@Host.example./Path", "https://host.example/Path"),
        ("  https://x.example/a?z=1&a=2&a=1  ", "https://x.example/a?a=2&a=1&z=1"),
        ("not a url", "not a url"),
    ],
)
def test_normalize_url(url, expected):
    assert normalize_url(url) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.bbc.co.uk/news/x", "bbc.co.uk"),
        ("https://edition.cnn.com/", "cnn.com"),
        ("https://news.site.example/a", "site.example"),
        ("http://a.b.c.test/", "c.test"),
        ("http://127.0.0.1:8080/x", "127.0.0.1"),
        ("http://localhost/", "localhost"),
        ("", None),
    ],
)
def test_registered_domain(url, expected):
    assert registered_domain(url) == expected
