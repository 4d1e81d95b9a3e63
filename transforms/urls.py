"""URL normalization and registered domains.

``normalize_url`` gives the key two addresses of the same article share:
lowercase scheme and host, no default port, no fragment, no tracking
parameters, remaining query parameters sorted. ``registered_domain`` gives the
publisher's domain ("bbc.co.uk" for "https://www.bbc.co.uk/news/x") from the
public-suffix snapshot bundled with tldextract; nothing is ever downloaded.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

import tldextract

__all__ = ["TRACKING_PARAMS", "is_tracking_param", "normalize_url", "registered_domain"]

# Exact (lowercased) names of query parameters that only track the reader.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
    "ttclid", "li_fat_id", "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi",
    "__hssc", "__hstc", "__hsfp", "hsctatracking", "mkt_tok", "oly_anon_id", "oly_enc_id",
    "vero_id", "vero_conv", "wt.mc_id", "wt.mc_ev", "at_medium", "at_campaign", "at_custom1",
    "at_custom2", "at_custom3", "at_custom4", "cmpid", "ocid", "sr_share", "s_cid", "rb_clickid",
    "ncid", "ito", "spm", "scm", "trk", "trkcampaign", "sc_cid", "ns_mchannel", "ns_source",
    "ns_campaign", "ns_linkname", "ns_fee", "cid_source", "smid", "smtyp", "xtor", "ref_src",
    "ref_url", "guccounter", "guce_referrer", "guce_referrer_sig", "soc_src", "soc_trk",
})
# Prefixes (lowercased): utm_source, utm_medium, ..., pk_campaign, mtm_source, ...
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "matomo_", "piwik_", "hmb_", "ga_")

_DEFAULT_PORTS = {"http": 80, "https": 443}
# Characters left as they are when re-quoting a path (RFC 3986 reserved + '%').
_PATH_SAFE = "/:@!$&'()*+,;=-._~%"


def is_tracking_param(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def normalize_url(url: str) -> str:
    """The canonical form of ``url``; an unparseable value comes back stripped.

    Lowercases scheme and host (IDN hosts are kept in their Unicode form,
    lowercased), drops a trailing dot on the host, default ports, userinfo,
    the fragment and tracking parameters, sorts the remaining query
    parameters (stable, so repeated keys keep their order) and gives an empty
    path as "/" for http(s). Percent-escapes are upper-cased; nothing else in
    the path changes (case in paths matters to servers).
    """
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
        host = parts.hostname  # lowercased, userinfo removed
    except ValueError:
        return text
    scheme = parts.scheme.lower()
    if not scheme or host is None:
        return text
    host = host.rstrip(".")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        netloc = f"{host}:{port}"
    path = _normalize_path(parts.path)
    if not path and scheme in _DEFAULT_PORTS:
        path = "/"
    query = ""
    if parts.query:
        pairs = [
            (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not is_tracking_param(k)
        ]
        pairs.sort(key=lambda kv: kv[0])
        query = urlencode(pairs, quote_via=quote, safe="/:@!$'()*,;~")
    return urlunsplit((scheme, netloc, path, query, ""))


def _normalize_path(path: str) -> str:
    if "%" not in path and " " not in path:
        return path
    # unquote then quote again: "%7e" and "~" and "%7E" end up the same,
    # spaces become %20, escapes of reserved characters stay escaped.
    return quote(unquote(path, errors="surrogateescape"), safe=_PATH_SAFE, errors="surrogateescape")


@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    # suffix_list_urls=() -> the bundled public-suffix snapshot only; no cache dir
    # -> nothing written to disk, nothing fetched.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


def registered_domain(url: str) -> str | None:
    """The registered domain of ``url``'s host ("bbc.co.uk"), or None without a host.

    Hosts under no public suffix ("news.site.example", "a.b.test") give their
    last two labels; a single-label host ("localhost") and IP addresses are
    returned as they are.
    """
    try:
        host = urlsplit(url.strip() if "//" in url else "//" + url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".")
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    result = _extractor()(host)
    if result.suffix and result.domain:
        return f"{result.domain}.{result.suffix}"
    labels = [label for label in host.split(".") if label]
    if not labels:
        return None
    if result.suffix and not result.domain:  # the host is itself a public suffix
        return host
    return ".".join(labels[-2:])
