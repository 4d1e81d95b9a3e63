"""newslake.fetch against a real HTTP server on 127.0.0.1 (tests/http_server.py).

No traffic leaves loopback: host names other than 127.0.0.1 go through a test
resolver, and a safety net (``no_remote_connections``) fails any attempt to
open a socket to a non-loopback address, so a broken guard cannot connect
anywhere.
"""

from __future__ import annotations

import gzip
import socket
import struct
import threading
import time
from functools import lru_cache
from pathlib import Path

import pytest

from http_server import LocalServer, Request, Response, free_port
from newslake.config import FeedConfig
from newslake.fetch import Fetcher, decode_text
from newslake.http_state import ValidatorStore
from newslake.netguard import AddressRefused, ResolveFailed, check_address
from newslake.robots import parse_robots
from transforms.feeds import detect_kind, parse_feed

LOCAL_FEED = FeedConfig(name="local", kind=None, url="http://127.0.0.1/", allow_private=True)
PUBLIC_FEED = FeedConfig(name="public", kind=None, url="http://127.0.0.1/")

TEST_HOSTS = {
    "private.test": ["10.0.0.5"],
    "metadata.test": ["169.254.169.254"],
    "local.test": ["127.0.0.1"],
    "mixed.test": ["127.0.0.1", "192.168.1.10"],
}


def test_resolver(host: str, port: int) -> list[str]:
    try:
        return TEST_HOSTS[host]
    except KeyError:
        raise ResolveFailed(f"cannot resolve {host}: not in the test resolver") from None


test_resolver.__test__ = False  # not a test, a resolver


@pytest.fixture(autouse=True)
def no_remote_connections(monkeypatch):
    """Record every outgoing connection; refuse any that is not to loopback."""
    attempts: list[tuple[str, int]] = []
    real = socket.create_connection

    def guarded(address, *args, **kwargs):
        attempts.append(address[:2])
        if address[0] not in ("127.0.0.1", "::1"):
            raise AssertionError(f"test tried to connect to {address[0]}")
        return real(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", guarded)
    return attempts


@pytest.fixture
def server():
    with LocalServer() as srv:
        yield srv


def make_fetcher(tmp_path: Path, **overrides) -> Fetcher:
    settings = dict(
        per_host_delay=0.0, connect_timeout=1.0, read_timeout=1.0, total_timeout=5.0,
        backoff_base=0.01, backoff_max=0.05, retry_after_max=0.3, resolver=test_resolver,
    )
    settings.update(overrides)
    return Fetcher("newslake-test/1.0 (+https://example.invalid)", tmp_path / "state", **settings)


RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>One</title><link>/articles/1</link><pubDate>Tue, 01 Oct 2024 10:00:00 GMT</pubDate></item>
<item><title>Two</title><link>/articles/2</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>A</title><id>urn:a</id><updated>2024-10-01T00:00:00Z</updated>
<entry><title>E</title><link href="/e/1"/><id>urn:e1</id><updated>2024-10-01T00:00:00Z</updated></entry>
</feed>"""


# --------------------------------------------------------------------------- feeds end to end

@pytest.mark.parametrize(
    ("body", "content_type", "kind", "paths"),
    [
        (RSS, "application/rss+xml", "rss", ["/articles/1", "/articles/2"]),
        (ATOM, "application/atom+xml; charset=utf-8", "atom", ["/e/1"]),
    ],
)
def test_rss_and_atom_feeds(server, tmp_path, body, content_type, kind, paths):
    url = server.add("/feed", Response(body=body, content_type=content_type))
    with make_fetcher(tmp_path) as fetcher:
        result = fetcher.fetch(url, LOCAL_FEED)
    assert result.error is None
    assert (result.status, result.content_type, result.body) == (200, content_type, body)
    assert result.text == body.decode()
    assert result.final_url == url and not result.from_cache and result.bytes == len(body)
    parsed = parse_feed(result.body, result.final_url)
    assert parsed.kind == kind and parsed.error is None
    assert [item.url for item in parsed.items] == [server.url(p) for p in paths]
    assert "newslake" in server.requests[-1].headers["user-agent"]
    assert server.requests[-1].headers["accept-encoding"] == "gzip, deflate"


def test_sitemap_index_to_news_sitemap_to_pages(server, tmp_path):
    index = f"""<?xml version="1.0"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{server.url('/news-sitemap.xml')}</loc></sitemap></sitemapindex>""".encode()
    news = b"""<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>/story/1</loc><news:news><news:publication_date>2024-10-01</news:publication_date>
<news:title>Story one</news:title></news:news></url>
<url><loc>/story/2</loc><news:news><news:title>Story two</news:title></news:news></url>
</urlset>"""
    server.add("/sitemap.xml", Response(body=index, content_type="application/xml"))
    server.add("/news-sitemap.xml",
               Response(body=gzip.compress(news), content_type="application/xml",
                        headers={"Content-Encoding": "gzip"}))
    for n in (1, 2):
        server.add(f"/story/{n}", Response(body=f"<html><p>Story {n} body</p></html>".encode()))

    with make_fetcher(tmp_path) as fetcher:
        top = fetcher.fetch(server.url("/sitemap.xml"), LOCAL_FEED)
        parsed_index = parse_feed(top.body, top.final_url)
        assert parsed_index.kind == "sitemap_index"
        assert parsed_index.child_feeds == [server.url("/news-sitemap.xml")]
        [child] = fetcher.fetch_many(parsed_index.child_feeds, LOCAL_FEED)
        assert child.error is None and child.body == news and child.bytes < len(news)
        parsed_news = parse_feed(child.body, child.final_url)
        assert parsed_news.kind == "news_sitemap"
        assert [i.title for i in parsed_news.items] == ["Story one", "Story two"]
        pages = fetcher.fetch_many([i.url for i in parsed_news.items], LOCAL_FEED)
    assert [p.text for p in pages] == [
        "<html><p>Story 1 body</p></html>", "<html><p>Story 2 body</p></html>"
    ]
    assert [p.final_url for p in pages] == [server.url("/story/1"), server.url("/story/2")]


@pytest.mark.parametrize(
    ("body", "error_start"),
    [
        (b"<?xml version='1.0'?><rss version='2.0'><channel><item><title>x</item>",
         "malformed rss feed"),
        (b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
]><urlset><url><loc>&g;</loc></url></urlset>""", "refused XML: EntitiesForbidden"),
    ],
)
def test_bad_feeds_fetched_then_refused_by_parser(server, tmp_path, body, error_start):
    url = server.add("/bad.xml", Response(body=body, content_type="application/xml"))
    with make_fetcher(tmp_path) as fetcher:
        result = fetcher.fetch(url, LOCAL_FEED)
    assert result.error is None and result.body == body
    parsed = parse_feed(result.body, url)  # (a hang fails the test's timeout; speed is a benchmark's)
    assert parsed.error.startswith(error_start)
    assert all(item.url is None or "aaaa" not in item.url for item in parsed.items)


def test_feed_with_5000_items_over_http(server, tmp_path):
    items = "".join(
        f"<item><title>T{i}</title><link>/a/{i}</link><description>d{i}</description></item>"
        for i in range(5000)
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>{items}</channel></rss>'
    url = server.add("/big.xml", Response(body=body.encode(), content_type="application/rss+xml"))
    with make_fetcher(tmp_path) as fetcher:
        result = fetcher.fetch(url, LOCAL_FEED)
    parsed = parse_feed(result.body, result.final_url)
    assert len(parsed.items) == 5000 and parsed.items[-1].url == server.url("/a/4999")


# --------------------------------------------------------------------------- caching

def test_304_on_second_fetch_with_validators_persisted_across_fetchers(server, tmp_path):
    url = server.add("/etag", Response(body=b"<p>v1</p>", etag='"v1"'))
    lm_url = server.add("/lm", Response(body=b"<p>lm</p>",
                                        last_modified="Tue, 01 Oct 2024 10:00:00 GMT"))
    with make_fetcher(tmp_path) as first:
        one = first.fetch(url, LOCAL_FEED)
        one_lm = first.fetch(lm_url, LOCAL_FEED)
    assert (one.status, one.from_cache, one.body) == (200, False, b"<p>v1</p>")
    assert (one_lm.status, one_lm.from_cache) == (200, False)
    assert (tmp_path / "state" / ValidatorStore.FILENAME).exists()

    with make_fetcher(tmp_path) as second:  # a new run
        two = second.fetch(url, LOCAL_FEED)
        two_lm = second.fetch(lm_url, LOCAL_FEED)
    assert (two.status, two.from_cache, two.body, two.text, two.error) == (304, True, None, None, None)
    assert (two_lm.status, two_lm.from_cache) == (304, True)
    requests = [r for r in server.requests if r.path == "/etag"]
    assert "if-none-match" not in requests[0].headers
    assert requests[1].headers["if-none-match"] == '"v1"'
    lm_requests = [r for r in server.requests if r.path == "/lm"]
    assert lm_requests[1].headers["if-modified-since"] == "Tue, 01 Oct 2024 10:00:00 GMT"


# --------------------------------------------------------------------------- status codes, retries

def test_404_is_not_retried(server, tmp_path):
    with make_fetcher(tmp_path, retries=3) as fetcher:
        result = fetcher.fetch(server.url("/missing"), LOCAL_FEED)
    assert (result.status, result.error, result.attempts) == (404, "HTTP 404 Not Found", 1)
    assert server.hits("/missing") == 1


def test_500_then_200_is_retried(server, tmp_path):
    url = server.add("/flaky", [Response(status=500, body=b"oops"), Response(body=b"fine")])
    with make_fetcher(tmp_path, retries=3) as fetcher:
        result = fetcher.fetch(url, LOCAL_FEED)
    assert (result.status, result.body, result.error, result.attempts) == (200, b"fine", None, 2)
    assert server.hits("/flaky") == 2


def test_persistent_503_gives_up_after_the_retries(server, tmp_path):
    url = server.add("/down", Response(status=503))
    with make_fetcher(tmp_path, retries=2) as fetcher:
        result = fetcher.fetch(url, LOCAL_FEED)
    assert result.status == 503
    assert result.error == "HTTP 503 Service Unavailable (after 3 attempts)"
    assert server.hits("/down") == 3


def test_429_honours_retry_after_capped(server, tmp_path):
    url = server.add("/limited", [Response(status=429, headers={"Retry-After": "30"}),
                                  Response(body=b"ok")])
    with make_fetcher(tmp_path, retry_after_max=0.4, backoff_base=0.001) as fetcher:
        started = time.monotonic()
        result = fetcher.fetch(url, LOCAL_FEED)
        elapsed = time.monotonic() - started
    assert (result.status, result.body, result.attempts) == (200, b"ok", 2)
    assert server.hits("/limited") == 2
    assert 0.4 <= elapsed < 2.0  # waited Retry-After, capped at 0.4 s, not the 1 ms backoff


def test_connection_refused_is_retried_then_reported(tmp_path):
    port = free_port()
    with make_fetcher(tmp_path, retries=2) as fetcher:
        result = fetcher.fetch(f"http://127.0.0.1:{port}/x", LOCAL_FEED)
    assert result.status is None and result.body is None
    assert result.error.startswith("connection failed")
    assert result.error.endswith("(after 3 attempts)")


# --------------------------------------------------------------------------- timeouts, resets

def test_slow_response_times_out(server, tmp_path):
    url = server.add("/slow", Response(body=b"late", delay=1.5))
    with make_fetcher(tmp_path, read_timeout=0.2) as fetcher:
        started = time.monotonic()
        result = fetcher.fetch(url, LOCAL_FEED)
        elapsed = time.monotonic() - started
    assert (result.status, result.error) == (None, "timeout after 0.2s")
    assert elapsed < 1.0
    assert server.hits("/slow") == 1  # read timeouts are not retried


def test_slow_drip_hits_the_total_timeout(server, tmp_path):
    def drip(request: Request, handler) -> None:
        handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n")
        for _ in range(40):
            handler.wfile.write(b"x" * 10)
            time.sleep(0.05)

    url = server.add("/drip", drip, raw=True)
    with make_fetcher(tmp_path, read_timeout=1.0, total_timeout=0.4) as fetcher:
        started = time.monotonic()
        result = fetcher.fetch(url, LOCAL_FEED)
        elapsed = time.monotonic() - started
    assert result.error == "total timeout after 0.4s"
    assert result.status == 200 and result.body is None
    assert elapsed < 1.5


def test_connection_reset_mid_body(server, tmp_path):
    def reset(request: Request, handler) -> None:
        handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + b"a" * 1000)
        time.sleep(0.05)
        handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        handler.connection.close()  # RST

    url = server.add("/reset", reset, raw=True)
    with make_fetcher(tmp_path, retries=2) as fetcher:
        result = fetcher.fetch(url, LOCAL_FEED)
    assert result.body is None
    assert result.error.startswith("connection reset while reading the body")
    assert result.error.endswith("(after 3 attempts)")
    assert server.hits("/reset") == 3  # connection errors are retried


# --------------------------------------------------------------------------- redirects

def test_redirects_are_followed(server, tmp_path):
    server.add("/old", Response(status=301, headers={"Location": "/new#frag"}))
    server.add("/new", Response(body=b"new place"))
    with make_fetcher(tmp_path) as fetcher:
        result = fetcher.fetch(server.url("/old"), LOCAL_FEED)
    assert (result.status, result.body, result.error) == (200, b"new place", None)
    assert result.url == server.url("/old") and result.final_url == server.url("/new")
    assert result.redirects == [server.url("/new")]


def test_redirect_loop(server, tmp_path):
    server.add("/loop-a", Response(status=302, headers={"Location": "/loop-b"}))
    server.add("/loop-b", Response(status=302, headers={"Location": "/loop-a"}))
    with make_fetcher(tmp_path) as fetcher:
        result = fetcher.fetch(server.url("/loop-a"), LOCAL_FEED)
    assert result.error == f"redirect loop at {server.url('/loop-a')}"
    assert (server.hits("/loop-a"), server.hits("/loop-b")) == (1, 1)


def test_too_many_redirects(server, tmp_path):
    for n in range(10):
        server.add(f"/hop/{n}", Response(status=307, headers={"Location": f"/hop/{n + 1}"}))
    with make_fetcher(tmp_path) as fetcher:
        result = fetcher.fetch(server.url("/hop/0"), LOCAL_FEED)
    assert result.error == "too many redirects (more than 5)"
    assert [server.hits(f"/hop/{n}") for n in range(8)] == [1, 1, 1, 1, 1, 1, 0, 0]


def test_redirect_to_a_private_address_is_refused(server, tmp_path, no_remote_connections):
    server.add("/go", Response(status=302, headers={"Location": "http://private.test/secret"}))
    server.add("/meta", Response(status=302, headers={"Location": "http://metadata.test/latest"}))
    with make_fetcher(tmp_path) as fetcher:
        private = fetcher.fetch(server.url("/go"), LOCAL_FEED)
        metadata = fetcher.fetch(server.url("/meta"), LOCAL_FEED)
    assert private.error == "refused: 10.0.0.5 is a private address"
    assert private.final_url == "http://private.test/secret"
    assert metadata.error == "refused: 169.254.169.254 is a link-local address"
    assert all(host == "127.0.0.1" for host, _port in no_remote_connections)


def test_redirect_to_another_scheme_is_refused(server, tmp_path):
    server.add("/file", Response(status=302, headers={"Location": "file:///etc/passwd"}))
    with make_fetcher(tmp_path) as fetcher:
        result = fetcher.fetch(server.url("/file"), LOCAL_FEED)
    assert result.error == "redirect to file:///etc/passwd: unsupported scheme 'file': only http and https"


# --------------------------------------------------------------------------- the address guard

def test_loopback_refused_without_allow_private(server, tmp_path, no_remote_connections):
    url = server.add("/page", Response(body=b"x"))
    with make_fetcher(tmp_path) as fetcher:
        result = fetcher.fetch(url, PUBLIC_FEED)
        by_name = fetcher.fetch(f"http://local.test:{server.port}/page", PUBLIC_FEED)
    assert result.error == "refused: 127.0.0.1 is a loopback address"
    assert by_name.error == "refused: 127.0.0.1 is a loopback address"
    assert server.requests == [] and no_remote_connections == []


def test_private_name_refused_before_any_connection(tmp_path, no_remote_connections):
    with make_fetcher(tmp_path) as fetcher:
        direct = fetcher.fetch("http://private.test/feed.xml", LOCAL_FEED)
        literal = fetcher.fetch("http://10.0.0.5/feed.xml", LOCAL_FEED)
        mixed = fetcher.fetch("http://mixed.test/feed.xml", LOCAL_FEED)
        unknown = fetcher.fetch("http://unknown.test/feed.xml", LOCAL_FEED)
    assert direct.error == "refused: 10.0.0.5 is a private address"
    assert literal.error == "refused: 10.0.0.5 is a private address"
    assert mixed.error == "refused: 192.168.1.10 is a private address"  # every answer must pass
    assert unknown.error == "cannot resolve unknown.test: not in the test resolver"
    assert no_remote_connections == []


def test_allowed_name_connects_to_the_checked_address(server, tmp_path):
    server.add("/named", Response(body=b"via name"))
    with make_fetcher(tmp_path) as fetcher:
        result = fetcher.fetch(f"http://local.test:{server.port}/named", LOCAL_FEED)
    assert (result.status, result.body) == (200, b"via name")
    assert server.requests[-1].headers["host"] == f"local.test:{server.port}"


def test_guard_policies():
    check_address("93.184.216.34", "public")
    check_address("127.0.0.1", "loopback")
    check_address("10.0.0.5", "all")
    for address, policy in [("127.0.0.1", "public"), ("10.0.0.5", "loopback"),
                            ("172.16.0.1", "loopback"), ("169.254.169.254", "all"),
                            ("0.0.0.0", "all"), ("::ffff:10.0.0.5", "loopback"),
                            ("fe80::1", "all"), ("fd00::1", "loopback"), ("224.0.0.1", "all")]:
        with pytest.raises(AddressRefused):
            check_address(address, policy)


def test_unsupported_schemes(tmp_path, no_remote_connections):
    with make_fetcher(tmp_path) as fetcher:
        assert fetcher.fetch("ftp://127.0.0.1/x", LOCAL_FEED).error == (
            "unsupported scheme 'ftp': only http and https")
        assert fetcher.fetch("file:///etc/passwd", LOCAL_FEED).error == (
            "unsupported scheme 'file': only http and https")
        assert fetcher.fetch("http:///nohost", LOCAL_FEED).error == "invalid URL: no host"
    assert no_remote_connections == []


# --------------------------------------------------------------------------- body limits

@lru_cache(maxsize=1)
def gzip_bomb() -> bytes:
    return gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)


def test_gzip_bomb_is_stopped(server, tmp_path):
    bomb = gzip_bomb()
    url = server.add("/bomb", Response(body=bomb, headers={"Content-Encoding": "gzip"}))
    with make_fetcher(tmp_path) as fetcher:
        started = time.monotonic()
        result = fetcher.fetch(url, LOCAL_FEED)
        elapsed = time.monotonic() - started
    assert len(bomb) < 100_000
    assert result.body is None
    assert result.error == "decompression ratio over 100:1 (decompression bomb)"
    assert elapsed < 1.0


def test_decoded_size_cap(server, tmp_path):
    body = gzip.compress(bytes(range(256)) * 8192)  # 2 MiB that compress only ~ 100:1 at most
    url = server.add("/big-gz", Response(body=body, headers={"Content-Encoding": "gzip"}))
    with make_fetcher(tmp_path, max_decoded_bytes=1_000_000, max_ratio=10_000) as fetcher:
        result = fetcher.fetch(url, LOCAL_FEED)
    assert result.error == "decompressed body exceeds 1000000 bytes (decompression bomb?)"


def test_50mb_page_is_cut_while_streaming(server, tmp_path):
    sent = {"bytes": 0}
    done = threading.Event()

    def huge(request: Request, handler) -> None:
        try:
            handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n")
            chunk = b"y" * 65536
            for _ in range(50 * 16):  # 50 MiB
                handler.wfile.write(chunk)
                sent["bytes"] += len(chunk)
        finally:
            done.set()

    url = server.add("/huge", huge, raw=True)
    declared = server.add("/huge-declared", Response(
        body=b"", headers={"Content-Length": str(50 * 1024 * 1024)}))
    with make_fetcher(tmp_path, max_bytes=1_000_000) as fetcher:
        result = fetcher.fetch(url, LOCAL_FEED)
        early = fetcher.fetch(declared, LOCAL_FEED)
    assert result.error == "body exceeds 1000000 bytes"
    assert result.body is None and result.status == 200
    assert 1_000_000 < result.bytes < 1_000_000 + 65536
    assert done.wait(5)
    assert sent["bytes"] < 20 * 1024 * 1024  # the client hung up long before 50 MiB
    assert early.error == "body exceeds 1000000 bytes (Content-Length 52428800)"


# --------------------------------------------------------------------------- text decoding

def test_invalid_utf8_is_replaced(server, tmp_path):
    body = "café ".encode() + b"\xff\xfe\xc3" + b" ok"
    url = server.add("/bad-utf8", Response(body=body, content_type="text/html; charset=utf-8"))
    with make_fetcher(tmp_path) as fetcher:
        result = fetcher.fetch(url, LOCAL_FEED)
    assert result.error is None and result.body == body
    assert result.text == "café \ufffd\ufffd\ufffd ok"


def test_charset_from_meta_and_detection():
    latin = '<html><head><meta charset="iso-8859-1"></head><p>Déjà vu</p>'.encode("latin-1")
    assert decode_text(latin, "text/html")[0].endswith("<p>Déjà vu</p>")
    french = ("Le gouvernement français a annoncé une réforme très controversée. "
              "Les élèves et les enseignants étaient déçus; à côté, la crème brûlée "
              "était préférée. ") * 5
    text, charset = decode_text(french.encode("cp1252"), None)
    assert "\ufffd" not in text and "réforme très controversée" in text
    assert decode_text("Grüße".encode("utf-16"), None)[0] == "Grüße"
    assert decode_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "text/html") == (None, None)


def test_wrong_content_type(server, tmp_path):
    url = server.add("/feed.bin", Response(body=RSS, content_type="application/octet-stream"))
    png = server.add("/image.html", Response(body=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64),
                                             content_type="text/html"))
    with make_fetcher(tmp_path) as fetcher:
        result = fetcher.fetch(url, LOCAL_FEED)
        image = fetcher.fetch(png, LOCAL_FEED)
    assert result.error is None and result.content_type == "application/octet-stream"
    assert result.text == RSS.decode()
    assert detect_kind(result.body, url) == "rss"
    assert len(parse_feed(result.body, url).items) == 2
    assert image.error is None and image.content_type == "text/html"
    assert image.text is None and image.body.startswith(b"\x89PNG")


# --------------------------------------------------------------------------- robots.txt

def test_robots_txt_disallows_a_path(server, tmp_path):
    server.add("/robots.txt", Response(body=(
        b"User-agent: *\nDisallow: /\n\n"
        b"User-agent: newslake\nDisallow: /blocked\nAllow: /blocked/ok\nDisallow: /*.pdf$\n"
    ), content_type="text/plain"))
    for path in ("/blocked/x", "/blocked/ok/1", "/open", "/doc.pdf"):
        server.add(path, Response(body=path.encode()))
    with make_fetcher(tmp_path) as fetcher:
        blocked = fetcher.fetch(server.url("/blocked/x"), LOCAL_FEED)
        allowed = fetcher.fetch_many(
            [server.url("/blocked/ok/1"), server.url("/open"), server.url("/doc.pdf")], LOCAL_FEED)
    assert blocked.error == "robots.txt disallows /blocked/x" and blocked.status is None
    assert server.hits("/blocked/x") == 0
    assert [r.error for r in allowed] == [None, None, "robots.txt disallows /doc.pdf"]
    assert [r.body for r in allowed[:2]] == [b"/blocked/ok/1", b"/open"]
    assert server.hits("/robots.txt") == 1  # cached per host


def test_robots_txt_server_error_disallows_all(server, tmp_path):
    server.add("/robots.txt", Response(status=500))
    server.add("/page", Response(body=b"x"))
    with make_fetcher(tmp_path, retries=1) as fetcher:
        result = fetcher.fetch(server.url("/page"), LOCAL_FEED)
    assert result.error == (
        "robots.txt unavailable (HTTP 500 Internal Server Error): not fetching")
    assert server.hits("/page") == 0 and server.hits("/robots.txt") == 2


def test_robots_matching_rules():
    rules = parse_robots(
        b"User-agent: Other\nDisallow: /\n\nUser-agent: *\nDisallow: /private\n"
        b"Allow: /private/public\nDisallow: /search?\nCrawl-delay: 2\n"
    )
    assert rules.blocking_rule("https://x.example/private/a") == "/private"
    assert rules.blocking_rule("https://x.example/private/public/a") is None
    assert rules.blocking_rule("https://x.example/search?q=1") == "/search?"
    assert rules.blocking_rule("https://x.example/robots.txt") is None
    assert rules.crawl_delay == 2.0
    assert parse_robots(b"User-agent: *\nDisallow:\n").allowed("https://x.example/any")


# --------------------------------------------------------------------------- concurrency, politeness

def test_fetch_many_keeps_order_and_limits_per_host_concurrency(server, tmp_path):
    state = {"now": 0, "peak": 0}
    lock = threading.Lock()

    def slow(request: Request) -> Response:
        with lock:
            state["now"] += 1
            state["peak"] = max(state["peak"], state["now"])
        time.sleep(0.05)
        with lock:
            state["now"] -= 1
        return Response(body=request.target.encode())

    urls = [server.add(f"/p/{n}", slow) for n in range(8)]
    with make_fetcher(tmp_path, per_host_concurrency=2) as fetcher:
        results = fetcher.fetch_many(urls, LOCAL_FEED)
    assert [r.body for r in results] == [f"/p/{n}".encode() for n in range(8)]
    assert state["peak"] == 2


def test_per_host_delay_and_override(server, tmp_path):
    urls = [server.add(f"/d/{n}", Response(body=b"d")) for n in range(4)]
    with make_fetcher(tmp_path, per_host_delay=0.15) as fetcher:
        fetcher.fetch(urls[0], LOCAL_FEED)  # robots.txt + first page
        started = time.monotonic()
        fetcher.fetch_many(urls, LOCAL_FEED)
        polite = time.monotonic() - started
        fetcher.set_politeness("127.0.0.1", concurrency=8, delay=0.0)
        started = time.monotonic()
        fetcher.fetch_many(urls, LOCAL_FEED)
        impolite = time.monotonic() - started
    assert polite >= 0.45  # four request starts, 0.15 s apart
    assert impolite < 0.2
