"""The HTTP fetcher: polite, bounded, guarded; never raises for network trouble.

::

    with Fetcher(config.user_agent, state_dir, archive) as fetcher:
        result = fetcher.fetch(feed.url, feed)
        results = fetcher.fetch_many(urls, feed)   # input order

Every failure comes back as a ``FetchResult`` whose ``error`` is one line
("timeout after 10s", "body exceeds 10000000 bytes", "refused: 10.0.0.5 is a
private address", "robots.txt disallows /x", "HTTP 404 Not Found", ...).

What it does, request by request:

* only http and https; at most ``max_redirects`` (5) redirects, followed by
  hand so every hop passes the address guard (``netguard``: resolved
  addresses checked, then the socket opened to the checked address) and
  robots.txt of its host. Public addresses only, unless the feed has
  ``allow_private``: that admits loopback only, or all private ranges with
  ``Fetcher(private_networks="all")``; link-local, multicast, unspecified
  and reserved addresses are always refused;
* robots.txt per origin (scheme, host, port), cached ``robots_ttl`` seconds:
  a 4xx robots.txt (missing) allows all, a 5xx one disallows all for five
  minutes (RFC 9309); an unreachable host fails every URL with the
  connection error for a minute, without new attempts; ``Crawl-delay`` raises the host delay
  (capped at ``max_crawl_delay``) unless politeness was set for the host;
* politeness per host name: at most ``per_host_concurrency`` requests at once
  and ``per_host_delay`` seconds between request starts; ``set_politeness``
  changes it for one host (a benchmark turns it off);
* conditional GET: ETag / Last-Modified of every 200 stored per requested URL
  in ``state_dir`` (SQLite, ``http_state``) and sent back next time; a 304 is
  ``from_cache=True`` with ``body=None``;
* retries (``retries``, default 3, so up to 4 attempts) with exponential
  backoff and jitter on 5xx (except 501/505), 429, connection failures and
  connections dropped mid-response; ``Retry-After`` (seconds or HTTP date) is
  honoured, capped at ``retry_after_max``. Not retried: other 4xx, read
  timeouts (a slow server stays slow), guard and robots refusals, size caps;
* timeouts: ``connect_timeout`` and ``read_timeout`` per socket operation,
  ``total_timeout`` for one attempt (headers + body, checked while streaming);
* size: ``Content-Length`` over ``max_bytes`` is refused before reading;
  otherwise the body is cut as soon as ``max_bytes`` wire bytes arrived.
  ``Accept-Encoding: gzip, deflate`` only; decoding is incremental and capped
  (``max_decoded_bytes``, and a ``max_ratio``:1 decoded/wire ratio once past
  1 MiB), so a gzip bomb is stopped after a few MiB of work;
* text: charset from the Content-Type header, else a BOM, an XML declaration
  or an HTML meta tag, else strict UTF-8, else charset-normalizer; invalid
  bytes replaced. Bodies that look binary (NUL bytes) get ``text=None``;
  the Content-Type header is only used for the charset, never trusted for
  the format (``content_type`` reports what the server said);
* every response (each redirect hop and each retried attempt included) is
  written to the WARC archive when one is given, a cut body marked with
  ``WARC-Truncated``.

``FetchResult.bytes`` is the number of body bytes received on the wire for
the final response (before decompression); ``attempts`` counts the requests
made for the final hop.
"""

from __future__ import annotations

import codecs
import random
import re
import threading
import time
import zlib
from collections import defaultdict
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpcore
import httpx

from newslake import __version__
from newslake.archive import WarcArchive
from newslake.config import FeedConfig
from newslake.http_state import ValidatorStore
from newslake.netguard import AddressRefused, GuardedBackend, Resolver, ResolveFailed
from newslake.robots import ALLOW_ALL, RobotsRules, parse_robots

__all__ = ["FetchResult", "Fetcher", "decode_text"]

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_NO_RETRY_5XX = frozenset({501, 505, 511})
_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, "
    "text/html;q=0.8, application/xhtml+xml;q=0.8, */*;q=0.5"
)
_RATIO_FLOOR = 1024 * 1024  # the ratio check starts after this many decoded bytes
_STEP = 256 * 1024  # decompression step between cap checks
_ROBOTS_FAILURE_TTL = 60.0  # an unreachable host is not retried for every URL
_ROBOTS_ERROR_TTL = 300.0  # a 5xx robots.txt disallows everything this long


@dataclass(slots=True)
class FetchResult:
    url: str
    final_url: str
    status: int | None
    headers: dict[str, str]
    body: bytes | None
    text: str | None
    content_type: str | None
    from_cache: bool
    elapsed_ms: float
    bytes: int
    error: str | None
    attempts: int = 0
    redirects: list[str] = field(default_factory=list)  # URLs of the hops after the first

    @property
    def ok(self) -> bool:
        return self.error is None


# ----------------------------------------------------------------------------- body decoding

class _BodyError(Exception):
    def __init__(self, message: str, truncated: str = "length") -> None:
        super().__init__(message)
        self.truncated = truncated


class _Decoder:
    """Incremental Content-Encoding decoder with a decoded-size and ratio cap."""

    def __init__(self, encoding: str, max_decoded: int, max_ratio: float) -> None:
        self.encoding = encoding
        self.max_decoded = max_decoded
        self.max_ratio = max_ratio
        self.wire = 0
        self.decoded = 0
        self._obj = None
        self._pending = b""

    def _new_obj(self, head: bytes):
        if self.encoding == "deflate":
            # RFC says zlib-wrapped; some servers send raw deflate
            if len(head) >= 2 and head[0] & 0x0F == 8 and ((head[0] << 8) | head[1]) % 31 == 0:
                return zlib.decompressobj(zlib.MAX_WBITS)
            return zlib.decompressobj(-zlib.MAX_WBITS)
        return zlib.decompressobj(16 + zlib.MAX_WBITS)

    def _account(self, produced: int) -> None:
        self.decoded += produced
        if self.decoded > self.max_decoded:
            raise _BodyError(
                f"decompressed body exceeds {self.max_decoded} bytes (decompression bomb?)"
            )
        if self.decoded > _RATIO_FLOOR and self.decoded > self.max_ratio * max(self.wire, 1):
            raise _BodyError(
                f"decompression ratio over {self.max_ratio:g}:1 (decompression bomb)"
            )

    def feed(self, data: bytes) -> bytes:
        if self.encoding == "identity":
            self.wire += len(data)
            self.decoded += len(data)
            return data
        self.wire += len(data)
        data = self._pending + data
        self._pending = b""
        if self._obj is None:
            if len(data) < 2:
                self._pending = data
                return b""
            self._obj = self._new_obj(data)
        out = bytearray()
        try:
            while data:
                # small steps, so the caps are checked every _STEP decoded bytes
                allowance = min(_STEP, self.max_decoded - self.decoded + 1)
                chunk = self._obj.decompress(data, allowance)
                out += chunk
                self._account(len(chunk))
                if self._obj.unconsumed_tail:
                    data = self._obj.unconsumed_tail
                    continue
                if self._obj.eof and self._obj.unused_data and self.encoding != "deflate":
                    data = self._obj.unused_data  # a further gzip member
                    self._obj = self._new_obj(data)
                    continue
                break
        except zlib.error as exc:
            raise _BodyError(f"invalid {self.encoding} data: {exc}", "length") from None
        return bytes(out)

    def flush(self) -> bytes:
        if self.encoding == "identity" or self._obj is None:
            return self._pending
        try:
            tail = self._obj.flush()
        except zlib.error as exc:
            raise _BodyError(f"invalid {self.encoding} data: {exc}") from None
        self._account(len(tail))
        return tail


def _content_encoding(value: str | None) -> str:
    if not value:
        return "identity"
    codings = [c.strip().lower() for c in value.split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    if not codings:
        return "identity"
    if len(codings) > 1:
        raise _BodyError(f"unsupported content-encoding {value!r}")
    coding = codings[0]
    if coding in ("gzip", "x-gzip"):
        return "gzip"
    if coding == "deflate":
        return "deflate"
    raise _BodyError(f"unsupported content-encoding {value!r}")


# ----------------------------------------------------------------------------- text decoding

_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.\-]+)["']""")
_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.I)
# WHATWG: these labels mean windows-1252 on the web
_WEB_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252",
                "us-ascii": "cp1252", "ascii": "cp1252", "iso8859-1": "cp1252",
                "l1": "cp1252", "x-user-defined": "cp1252", "utf8": "utf-8"}


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _WEB_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _looks_binary(body: bytes) -> bool:
    head = body[:1024]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return b"\x00" in head


def decode_text(body: bytes, content_type: str | None) -> tuple[str | None, str | None]:
    """(text, charset) for a response body; (None, None) if it looks binary."""
    if _looks_binary(body):
        return None, None
    if body.startswith(codecs.BOM_UTF8):
        return body[3:].decode("utf-8", errors="replace"), "utf-8"
    if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return body.decode("utf-16", errors="replace"), "utf-16"
    charset = None
    if content_type:
        match = _CHARSET_PARAM.search(content_type)
        if match:
            charset = _codec(match.group(1))
    if charset is None:
        head = body[:4096]
        match = _XML_ENCODING.search(head.lstrip()) or _META_CHARSET.search(head)
        if match:
            charset = _codec(match.group(1).decode("ascii", "replace"))
    if charset is None:
        try:
            return body.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
        try:
            from charset_normalizer import from_bytes

            best = from_bytes(body[:200_000]).best()
            charset = _codec(best.encoding) if best is not None else None
        except Exception:  # noqa: BLE001 - detection is best effort
            charset = None
        charset = charset or "utf-8"
    try:
        return body.decode(charset, errors="replace"), charset
    except (LookupError, UnicodeError):
        return body.decode("utf-8", errors="replace"), "utf-8"


# ----------------------------------------------------------------------------- politeness

class _HostGate:
    def __init__(self, concurrency: int, delay: float) -> None:
        self.concurrency = max(1, concurrency)
        self.delay = max(0.0, delay)
        self._sem = threading.Semaphore(self.concurrency)
        self._lock = threading.Lock()
        self._next = 0.0

    @contextmanager
    def slot(self) -> Iterator[None]:
        self._sem.acquire()
        try:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next)
                self._next = start + self.delay
            if start > now:
                time.sleep(start - now)
            yield
        finally:
            self._sem.release()


# ----------------------------------------------------------------------------- one attempt

@dataclass(slots=True)
class _Attempt:
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    wire_bytes: int = 0
    error: str | None = None
    retryable: bool = False
    retry_after: float | None = None
    attempts: int = 1


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def _reason(status: int) -> str:
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def _one_line(text: object, limit: int = 300) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 3] + "..."


def _secs(value: float) -> str:
    return f"{value:g}s"


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _origin(url: str) -> str:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{parts.scheme.lower()}://{(parts.hostname or '').lower()}:{port}"


def _check_url(url: str) -> str | None:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError as exc:
        return f"invalid URL: {_one_line(exc)}"
    if parts.scheme.lower() not in ("http", "https"):
        return f"unsupported scheme '{parts.scheme}': only http and https"
    if not parts.hostname:
        return "invalid URL: no host"
    return None


class _GuardedTransport(httpx.HTTPTransport):
    """httpx transport whose connections go through ``GuardedBackend``."""

    def __init__(self, backend: GuardedBackend, limits: httpx.Limits) -> None:
        super().__init__(trust_env=False, limits=limits)
        self._pool.close()  # replaced: same settings plus the guarded network backend
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),  # certifi, verification on
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            http1=True,
            http2=False,
            network_backend=backend,
        )


# ----------------------------------------------------------------------------- the fetcher

class Fetcher:
    def __init__(
        self,
        user_agent: str,
        state_dir: Path,
        archive: WarcArchive | None = None,
        *,
        max_bytes: int = 10_000_000,
        max_decoded_bytes: int | None = None,
        max_ratio: float = 100.0,
        connect_timeout: float = 10.0,
        read_timeout: float = 10.0,
        total_timeout: float = 60.0,
        per_host_concurrency: int = 2,
        per_host_delay: float = 0.5,
        retries: int = 3,
        backoff_base: float = 1.0,
        backoff_max: float = 30.0,
        retry_after_max: float = 30.0,
        max_redirects: int = 5,
        resolver: Resolver | None = None,
        private_networks: str = "loopback",
        respect_robots: bool = True,
        robots_ttl: float = 24 * 3600.0,
        max_crawl_delay: float = 10.0,
        max_workers: int = 16,
        politeness: Mapping[str, tuple[int, float]] | None = None,
    ) -> None:
        if private_networks not in ("loopback", "all"):
            raise ValueError("private_networks must be 'loopback' or 'all'")
        if "newslake" not in user_agent.lower():
            user_agent = f"{user_agent} newslake/{__version__}".strip()
        self.user_agent = user_agent
        self.archive = archive
        self.max_bytes = max_bytes
        self.max_decoded_bytes = max_decoded_bytes or 2 * max_bytes
        self.max_ratio = max_ratio
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.total_timeout = total_timeout
        self.per_host_concurrency = per_host_concurrency
        self.per_host_delay = per_host_delay
        self.retries = max(0, retries)
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.retry_after_max = retry_after_max
        self.max_redirects = max_redirects
        self.resolver = resolver
        self.private_networks = private_networks
        self.respect_robots = respect_robots
        self.robots_ttl = robots_ttl
        self.max_crawl_delay = max_crawl_delay
        self.max_workers = max(1, max_workers)
        self.validators = ValidatorStore(Path(state_dir))
        self._clients: dict[str, httpx.Client] = {}
        self._gates: dict[str, _HostGate] = {}
        self._overrides: dict[str, tuple[int, float]] = {}
        for host, (concurrency, delay) in (politeness or {}).items():
            self._overrides[host.lower()] = (concurrency, delay)
        self._robots: dict[str, tuple[float, RobotsRules | str]] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self._closed = False

    # -------------------------------------------------------------- lifecycle
    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            clients = list(self._clients.values())
            self._clients.clear()
        for client in clients:
            client.close()
        self.validators.close()

    # -------------------------------------------------------------- settings
    def set_politeness(self, host: str, concurrency: int | None = None,
                       delay: float | None = None) -> None:
        """Per-host politeness (host name, no port). E.g. off: (host, 64, 0)."""
        host = host.lower()
        with self._lock:
            current = self._overrides.get(host, (self.per_host_concurrency, self.per_host_delay))
            self._overrides[host] = (
                concurrency if concurrency is not None else current[0],
                delay if delay is not None else current[1],
            )
            self._gates.pop(host, None)

    def _gate(self, host: str) -> _HostGate:
        with self._lock:
            gate = self._gates.get(host)
            if gate is None:
                concurrency, delay = self._overrides.get(
                    host, (self.per_host_concurrency, self.per_host_delay)
                )
                gate = self._gates[host] = _HostGate(concurrency, delay)
            return gate

    def _policy(self, feed: FeedConfig) -> str:
        return self.private_networks if feed.allow_private else "public"

    def _client(self, policy: str) -> httpx.Client:
        with self._lock:
            if self._closed:
                raise RuntimeError("Fetcher is closed")
            client = self._clients.get(policy)
            if client is None:
                limits = httpx.Limits(
                    max_connections=max(32, self.max_workers * 2),
                    max_keepalive_connections=max(16, self.max_workers),
                    keepalive_expiry=30.0,
                )
                transport = _GuardedTransport(GuardedBackend(policy, self.resolver), limits)
                client = httpx.Client(
                    transport=transport,
                    follow_redirects=False,
                    trust_env=False,
                    headers={"User-Agent": self.user_agent, "Accept": _ACCEPT,
                             "Accept-Encoding": "gzip, deflate"},
                )
                self._clients[policy] = client
            return client

    # -------------------------------------------------------------- public API
    def fetch(self, url: str, feed: FeedConfig) -> FetchResult:
        start = time.monotonic()
        try:
            return self._fetch(url, feed, start)
        except Exception as exc:  # noqa: BLE001 - the contract: never raise
            return self._result(url, url, start, error=_one_line(
                f"internal error: {type(exc).__name__}: {exc}"))

    def fetch_many(self, urls: list[str], feed: FeedConfig) -> list[FetchResult]:
        """Fetch ``urls`` concurrently across hosts; results in input order."""
        if not urls:
            return []
        # interleave hosts so one busy host does not occupy every worker
        by_host: dict[str, list[int]] = defaultdict(list)
        for index, url in enumerate(urls):
            by_host[_host(url)].append(index)
        order: list[int] = []
        queues = list(by_host.values())
        depth = max(len(q) for q in queues)
        for level in range(depth):
            order.extend(q[level] for q in queues if level < len(q))
        results: list[FetchResult | None] = [None] * len(urls)
        workers = min(self.max_workers, len(urls))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="newslake-fetch") as pool:
            futures = {index: pool.submit(self.fetch, urls[index], feed) for index in order}
            for index, future in futures.items():
                results[index] = future.result()
        return results  # type: ignore[return-value]

    # -------------------------------------------------------------- internals
    def _result(self, url: str, final_url: str, start: float, *, attempt: _Attempt | None = None,
                error: str | None = None, redirects: list[str] | None = None) -> FetchResult:
        attempt = attempt or _Attempt(attempts=0)
        headers = attempt.headers
        content_type = headers.get("content-type")
        status = attempt.status
        body = attempt.body
        from_cache = status == 304 and error is None
        text = None
        if from_cache:
            body = None
        if error is not None and status is None:
            body = None
        if body is not None:
            text, _charset = decode_text(body, content_type)
        return FetchResult(
            url=url, final_url=final_url, status=status, headers=dict(headers), body=body,
            text=text, content_type=content_type, from_cache=from_cache,
            elapsed_ms=(time.monotonic() - start) * 1000.0, bytes=attempt.wire_bytes,
            error=error, attempts=attempt.attempts, redirects=list(redirects or []),
        )

    def _fetch(self, url: str, feed: FeedConfig, start: float) -> FetchResult:
        url = url.strip()
        problem = _check_url(url)
        if problem:
            return self._result(url, url, start, error=problem)
        policy = self._policy(feed)
        client = self._client(policy)
        current = urlunsplit(urlsplit(url)._replace(fragment=""))
        visited = {current}
        redirects: list[str] = []
        while True:
            if self.respect_robots:
                refusal = self._robots_refusal(current, policy, client)
                if refusal:
                    return self._result(url, current, start, error=refusal, redirects=redirects)
            etag, last_modified = self.validators.get(current)
            conditional: dict[str, str] = {}
            if etag:
                conditional["If-None-Match"] = etag
            if last_modified:
                conditional["If-Modified-Since"] = last_modified
            attempt = self._request(client, current, conditional)
            if attempt.status in _REDIRECTS and attempt.error is None:
                location = attempt.headers.get("location")
                if location:
                    target = urljoin(current, location.strip())
                    target = urlunsplit(urlsplit(target)._replace(fragment=""))
                    problem = _check_url(target)
                    if problem:
                        return self._result(url, current, start, attempt=attempt, redirects=redirects,
                                            error=f"redirect to {_one_line(target, 120)}: {problem}")
                    if target in visited:
                        return self._result(url, current, start, attempt=attempt, redirects=redirects,
                                            error=f"redirect loop at {_one_line(target, 200)}")
                    if len(redirects) >= self.max_redirects:
                        return self._result(url, current, start, attempt=attempt, redirects=redirects,
                                            error=f"too many redirects (more than {self.max_redirects})")
                    visited.add(target)
                    redirects.append(target)
                    current = target
                    continue
            error = attempt.error
            if error is None and attempt.status is not None:
                if attempt.status == 304:
                    if not conditional:
                        error = "HTTP 304 without a conditional request"
                elif 200 <= attempt.status < 300:
                    new_etag = attempt.headers.get("etag")
                    new_modified = attempt.headers.get("last-modified")
                    if new_etag or new_modified or etag or last_modified:
                        self.validators.put(current, new_etag, new_modified)
                else:
                    error = _reason(attempt.status)
                    if attempt.attempts > 1:
                        error += f" (after {attempt.attempts} attempts)"
            elif error is not None and attempt.attempts > 1 and "attempts" not in error:
                error += f" (after {attempt.attempts} attempts)"
            return self._result(url, current, start, attempt=attempt, error=error,
                                redirects=redirects)

    # robots.txt ---------------------------------------------------------------
    def _robots_refusal(self, url: str, policy: str, client: httpx.Client) -> str | None:
        origin = _origin(url)
        rules = self._robots_rules(origin, url, policy, client)
        if isinstance(rules, str):
            return rules
        blocked = rules.blocking_rule(url)
        if blocked is None:
            return None
        if rules.disallow_all and rules.reason:
            return f"robots.txt {rules.reason}: not fetching"
        parts = urlsplit(url)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        return f"robots.txt disallows {_one_line(path, 200)}"

    def _robots_rules(self, origin: str, url: str, policy: str,
                      client: httpx.Client) -> RobotsRules | str:
        now = time.monotonic()
        cache_key = f"{policy}|{origin}"
        with self._lock:
            origin_lock = self._robots_locks.setdefault(cache_key, threading.Lock())
        with origin_lock:  # one robots.txt request per origin, however many threads
            cached = self._robots.get(cache_key)
            if cached and cached[0] > now:
                return cached[1]
            parts = urlsplit(url)
            robots_url = urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))
            rules, ttl = self._load_robots(robots_url, client)
            self._robots[cache_key] = (time.monotonic() + ttl, rules)
            if isinstance(rules, str):
                return rules  # the host is unreachable or refused by the guard
            if rules.crawl_delay:
                host = _host(url)
                with self._lock:
                    if host not in self._overrides:
                        delay = max(self.per_host_delay, min(rules.crawl_delay, self.max_crawl_delay))
                        gate = self._gates.get(host)
                        if gate is None:
                            self._gates[host] = _HostGate(self.per_host_concurrency, delay)
                        else:
                            gate.delay = delay
            return rules

    def _load_robots(self, robots_url: str, client: httpx.Client) -> tuple[RobotsRules | str, float]:
        current = robots_url
        for _hop in range(6):  # RFC 9309: follow at least five redirects
            attempt = self._request(client, current, {}, max_bytes=512 * 1024, cut_ok=True)
            if attempt.error and attempt.status is None:
                # unreachable (RFC 9309: assume complete disallow); the page
                # would fail the same way, so its error is reported as is
                error = attempt.error
                if attempt.attempts > 1:
                    error += f" (after {attempt.attempts} attempts)"
                return error, _ROBOTS_FAILURE_TTL
            status = attempt.status or 0
            if status in _REDIRECTS and attempt.headers.get("location"):
                current = urljoin(current, attempt.headers["location"].strip())
                if _check_url(current):
                    return ALLOW_ALL, self.robots_ttl
                continue
            if 200 <= status < 300:
                return parse_robots(attempt.body or b""), self.robots_ttl
            if 400 <= status < 500:
                return ALLOW_ALL, self.robots_ttl
            rules = RobotsRules(disallow_all=True, reason=f"unavailable ({_reason(status)})")
            return rules, _ROBOTS_ERROR_TTL
        return ALLOW_ALL, self.robots_ttl

    # requests -----------------------------------------------------------------
    def _backoff(self, attempt_index: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return max(0.0, min(retry_after, self.retry_after_max))
        ceiling = min(self.backoff_max, self.backoff_base * (2 ** attempt_index))
        return random.uniform(ceiling / 2, ceiling)

    def _request(self, client: httpx.Client, url: str, extra: dict[str, str], *,
                 max_bytes: int | None = None, cut_ok: bool = False) -> _Attempt:
        gate = self._gate(_host(url))
        index = 0
        while True:
            with gate.slot():
                attempt = self._attempt_once(client, url, extra, max_bytes or self.max_bytes, cut_ok)
            attempt.attempts = index + 1
            if not attempt.retryable or index >= self.retries:
                return attempt
            time.sleep(self._backoff(index, attempt.retry_after))
            index += 1

    def _archive(self, url: str, attempt: _Attempt, truncated: str | None) -> None:
        if self.archive is None or attempt.status is None:
            return
        try:
            self.archive.write_response(url, attempt.status, attempt.headers, attempt.body,
                                        truncated=truncated)
        except Exception:  # noqa: BLE001 - archiving must not break fetching
            pass

    def _attempt_once(self, client: httpx.Client, url: str, extra: dict[str, str],
                      max_bytes: int, cut_ok: bool) -> _Attempt:
        begin = time.monotonic()
        deadline = begin + self.total_timeout
        timeout = httpx.Timeout(
            connect=min(self.connect_timeout, self.total_timeout),
            read=min(self.read_timeout, self.total_timeout),
            write=min(self.read_timeout, self.total_timeout),
            pool=min(self.connect_timeout, self.total_timeout),
        )
        attempt = _Attempt()
        try:
            request = client.build_request("GET", url, headers=extra, timeout=timeout)
        except (httpx.InvalidURL, httpx.UnsupportedProtocol, ValueError) as exc:
            attempt.error = f"invalid URL: {_one_line(exc)}"
            return attempt
        try:
            response = client.send(request, stream=True)
        except AddressRefused as exc:
            attempt.error = _one_line(exc)
            return attempt
        except ResolveFailed as exc:
            attempt.error = _one_line(exc)
            return attempt
        except httpx.ConnectTimeout:
            attempt.error = f"connect timeout after {_secs(self.connect_timeout)}"
            attempt.retryable = True
            return attempt
        except httpx.TimeoutException:
            attempt.error = f"timeout after {_secs(self.read_timeout)}"
            return attempt
        except httpx.ConnectError as exc:
            attempt.error = _one_line(f"connection failed: {exc}")
            attempt.retryable = True
            return attempt
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
            attempt.error = _one_line(f"connection dropped before the response: {exc or type(exc).__name__}")
            attempt.retryable = True
            return attempt
        except httpx.HTTPError as exc:
            attempt.error = _one_line(f"request failed: {type(exc).__name__}: {exc}")
            return attempt

        truncated: str | None = None
        attempt.status = response.status_code
        headers: dict[str, str] = {}
        for name, value in response.headers.multi_items():
            key = name.lower()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        attempt.headers = headers
        status = response.status_code
        if status == 429 or (500 <= status < 600 and status not in _NO_RETRY_5XX):
            attempt.retryable = True
            attempt.retry_after = _retry_after(headers.get("retry-after"))
        body = bytearray()
        try:  # the response is closed in ``finally`` (early exits drop the connection)
            declared = headers.get("content-length", "").strip()
            if declared.isdigit() and int(declared) > max_bytes and not cut_ok:
                attempt.retryable = False
                raise _BodyError(f"body exceeds {max_bytes} bytes (Content-Length {declared})")
            decoder = _Decoder(_content_encoding(headers.get("content-encoding")),
                               self.max_decoded_bytes, self.max_ratio)
            for chunk in response.iter_raw():  # as received; a chunk_size would buffer
                attempt.wire_bytes += len(chunk)
                if attempt.wire_bytes > max_bytes:
                    if cut_ok:
                        body += decoder.feed(chunk[: len(chunk) - (attempt.wire_bytes - max_bytes)])
                        truncated = "length"
                        break
                    raise _BodyError(f"body exceeds {max_bytes} bytes")
                body += decoder.feed(chunk)
                if time.monotonic() > deadline:
                    raise _BodyError(f"total timeout after {_secs(self.total_timeout)}", "time")
            else:
                body += decoder.flush()
        except _BodyError as exc:
            attempt.error = _one_line(exc)
            attempt.retryable = False
            truncated = exc.truncated
        except httpx.TimeoutException:
            attempt.error = f"timeout after {_secs(self.read_timeout)}"
            attempt.retryable = False
            truncated = "time"
        except (httpx.RemoteProtocolError, httpx.ReadError) as exc:
            attempt.error = _one_line(
                f"connection reset while reading the body after {attempt.wire_bytes} bytes"
                f" ({exc or type(exc).__name__})"
            )
            attempt.retryable = True
            truncated = "disconnect"
        except httpx.HTTPError as exc:
            attempt.error = _one_line(f"reading the body failed: {type(exc).__name__}: {exc}")
            truncated = "disconnect"
        finally:
            response.close()
        attempt.body = bytes(body)
        self._archive(url, attempt, truncated)
        if attempt.error is not None:
            attempt.body = None
        return attempt
