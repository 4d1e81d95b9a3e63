"""A real HTTP server on 127.0.0.1 (random port) for tests and benchmarks.

Usage::

    with LocalServer() as server:
        server.add("/feed.xml", Response(body=b"<rss ...>", content_type="application/rss+xml"))
        server.add("/flaky", [Response(status=500), Response(body=b"ok")])  # one after another
        server.add("/custom", lambda req: Response(body=req.path.encode()))
        server.add("/raw", raw_handler, raw=True)  # raw_handler(req, handler) writes bytes itself
        url = server.url("/feed.xml")
        ...
        server.hits("/flaky")  # requests seen for a path

Everything binds to 127.0.0.1 only. Unknown paths answer 404 (so a missing
/robots.txt allows everything). Response sequences repeat their last entry.
``Response.etag`` / ``last_modified`` make the route answer conditional
requests with 304 by itself.
"""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

__all__ = ["LocalServer", "Request", "Response", "RawHandler"]


@dataclass
class Request:
    method: str
    path: str  # path only
    target: str  # path + query, as sent
    headers: dict[str, str]  # lowercased names


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the status line
    etag: str | None = None
    last_modified: str | None = None


RawHandler = Callable[[Request, BaseHTTPRequestHandler], None]
"""Writes the whole response itself: ``handler.wfile`` (unbuffered) and
``handler.connection`` (the socket); the connection is closed afterwards."""


@dataclass
class _Route:
    responses: list[Response] | None = None
    func: Callable[[Request], Response] | None = None
    raw: RawHandler | None = None
    index: int = 0


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # no 40 ms Nagle/delayed-ACK stalls between header and body
    server_version = "newslake-test"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # silence
        pass

    def do_HEAD(self) -> None:
        self._serve()

    def do_GET(self) -> None:
        self._serve()

    def _serve(self) -> None:
        owner = self.server.owner
        request = Request(
            method=self.command,
            path=urlsplit(self.path).path,
            target=self.path,
            headers={k.lower(): v for k, v in self.headers.items()},
        )
        route = owner._record(request)
        try:
            if route is None:
                self._send(Response(status=404, body=b"not found", content_type="text/plain"))
            elif route.raw is not None:
                self.close_connection = True
                route.raw(request, self)
            else:
                self._send(owner._next_response(route, request), request)
        except OSError:  # the client went away (broken pipe, reset, closed socket)
            self.close_connection = True

    def _send(self, response: Response, request: Request | None = None) -> None:
        if response.delay:
            time.sleep(response.delay)
        status = response.status
        body = response.body
        if request is not None and status == 200:
            inm = request.headers.get("if-none-match")
            ims = request.headers.get("if-modified-since")
            if (response.etag and inm == response.etag) or (
                response.last_modified and ims == response.last_modified and not inm
            ):
                status, body = 304, b""
        self.send_response(status)
        if response.content_type and status != 304:
            self.send_header("Content-Type", response.content_type)
        if response.etag:
            self.send_header("ETag", response.etag)
        if response.last_modified:
            self.send_header("Last-Modified", response.last_modified)
        for name, value in response.headers.items():
            self.send_header(name, value)
        if "content-length" not in {k.lower() for k in response.headers}:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD" and body:
            self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128
    owner: LocalServer

    def handle_error(self, request, client_address) -> None:  # noqa: ANN001 - quiet
        pass


class LocalServer:
    def __init__(self) -> None:
        self._routes: dict[str, _Route] = {}
        self._lock = threading.Lock()
        self._hits: Counter[str] = Counter()
        self.requests: list[Request] = []
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self.port = self._httpd.server_address[1]
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------ lifecycle
    def start(self) -> LocalServer:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------ routes
    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(
        self,
        path: str,
        response: Response | list[Response] | Callable[[Request], Response] | RawHandler,
        *,
        raw: bool = False,
    ) -> str:
        """Register ``path``; returns its absolute URL."""
        if raw:
            route = _Route(raw=response)  # type: ignore[arg-type]
        elif isinstance(response, Response):
            route = _Route(responses=[response])
        elif isinstance(response, list):
            route = _Route(responses=list(response))
        else:
            route = _Route(func=response)  # type: ignore[arg-type]
        with self._lock:
            self._routes[path] = route
        return self.url(path)

    def hits(self, path: str) -> int:
        with self._lock:
            return self._hits[path]

    def reset_hits(self) -> None:
        with self._lock:
            self._hits.clear()
            self.requests.clear()

    def _record(self, request: Request) -> _Route | None:
        with self._lock:
            self._hits[request.path] += 1
            self.requests.append(request)
            return self._routes.get(request.path)

    def _next_response(self, route: _Route, request: Request) -> Response:
        if route.func is not None:
            return route.func(request)
        assert route.responses
        with self._lock:
            response = route.responses[min(route.index, len(route.responses) - 1)]
            route.index += 1
        return response


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (for connection-refused tests)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
