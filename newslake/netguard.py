"""The private-address guard: which resolved addresses the fetcher may connect to.

Policy
------
* Public (globally routable) addresses are always allowed.
* Never allowed, whatever the settings: unspecified (0.0.0.0, ::), multicast,
  reserved, and link-local addresses (169.254.0.0/16, fe80::/10: the cloud
  metadata endpoint lives there and no news feed does).
* Loopback (127.0.0.0/8, ::1) is allowed only for a feed with
  ``allow_private = true``.
* Other private ranges (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7, ...)
  are allowed only for a feed with ``allow_private = true`` *and* a Fetcher
  built with ``private_networks="all"`` (an intranet deployment). By default
  (``private_networks="loopback"``) ``allow_private`` admits loopback only, so
  a test feed on 127.0.0.1 that redirects to 10.0.0.5 is still refused.

Enforcement
-----------
The check runs on the *resolved* addresses, at connection time, inside the
httpx transport (``GuardedBackend``): the host is resolved once, every address
is checked, and the socket is opened to a checked address (never by name
again), so a DNS answer that changes between check and connect (rebinding)
cannot slip through. Each redirect hop opens its connection through the same
backend. A refusal raises ``AddressRefused`` before any socket is created.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable, Sequence

import httpcore

__all__ = [
    "AddressRefused",
    "GuardedBackend",
    "Policy",
    "Resolver",
    "check_address",
    "system_resolver",
]

Resolver = Callable[[str, int], Sequence[str]]
"""(host, port) -> IP address strings. Tests inject a dict-backed one."""

Policy = str  # "public" | "loopback" | "all"


class AddressRefused(Exception):
    """The guard refused a destination; ``str()`` is the one-line reason."""


class ResolveFailed(Exception):
    """The host name did not resolve."""


def system_resolver(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise ResolveFailed(f"cannot resolve {host}: {exc}") from None
    seen: list[str] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        address = sockaddr[0]
        if address not in seen:
            seen.append(address)
    return seen


def _classify(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    """'public', 'loopback', 'private' or 'forbidden'."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return _classify(ip.ipv4_mapped)
    if isinstance(ip, ipaddress.IPv4Address) and ip.packed[0] == 0:
        return "forbidden"  # 0.0.0.0/8: "this network", reaches the local host on Linux
    if ip.is_unspecified or ip.is_multicast or ip.is_link_local or ip.is_reserved:
        return "forbidden"
    if ip.is_loopback:
        return "loopback"
    if isinstance(ip, ipaddress.IPv6Address) and (ip.sixtofour or ip.teredo):
        return "forbidden"  # tunnels can embed any IPv4 target
    if ip.is_private or not ip.is_global:
        return "private"
    return "public"


def check_address(address: str, policy: Policy) -> None:
    """Raise AddressRefused unless ``address`` (an IP literal) is allowed."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        raise AddressRefused(f"refused: {address} is not an IP address") from None
    kind = _classify(ip)
    if kind == "public":
        return
    if kind == "loopback" and policy in ("loopback", "all"):
        return
    if kind == "private" and policy == "all":
        return
    label = {"loopback": "a loopback", "private": "a private", "forbidden": "a non-routable"}[kind]
    if kind == "forbidden" and ip.is_link_local:
        label = "a link-local"
    raise AddressRefused(f"refused: {address} is {label} address")


def resolve_checked(host: str, port: int, policy: Policy, resolver: Resolver) -> list[str]:
    """Resolve ``host`` and check every answer; all must pass (a name that
    resolves to one public and one private address is refused)."""
    host = host.strip("[]")
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
        addresses = [host]
    except ValueError:
        addresses = list(resolver(host, port))
        if not addresses:
            raise ResolveFailed(f"cannot resolve {host}: no addresses")
    for address in addresses:
        check_address(address, policy)
    return addresses


class GuardedBackend(httpcore.NetworkBackend):
    """httpcore network backend that resolves, checks, then connects by IP."""

    def __init__(self, policy: Policy, resolver: Resolver | None = None) -> None:
        self.policy = policy
        self.resolver = resolver or system_resolver
        self._backend = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[tuple] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = resolve_checked(host, port, self.policy, self.resolver)
        last: Exception | None = None
        for address in addresses:
            try:
                return self._backend.connect_tcp(
                    address, port, timeout=timeout, local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[tuple] | None = None) -> httpcore.NetworkStream:
        raise AddressRefused("refused: unix sockets are not allowed")

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)
