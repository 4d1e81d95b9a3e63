"""robots.txt rules (RFC 9309): parsing and matching, no I/O.

Groups are chosen by product token: the group naming ``newslake`` if there is
one, else the ``*`` group. Within a group the longest matching rule wins and
``Allow`` wins a tie; ``*`` and a final ``$`` are supported in paths.
``Crawl-delay`` is read (non-standard, but common) and reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote, unquote, urlsplit

__all__ = ["RobotsRules", "parse_robots", "ALLOW_ALL", "DISALLOW_ALL"]

MAX_ROBOTS_BYTES = 512 * 1024  # RFC 9309: parse at least 500 KiB


@dataclass(slots=True)
class _Rule:
    allow: bool
    path: str
    regex: re.Pattern[str] | None  # None: plain prefix match


@dataclass(slots=True)
class RobotsRules:
    rules: list[_Rule] = field(default_factory=list)
    crawl_delay: float | None = None
    disallow_all: bool = False  # robots.txt unreachable (5xx / network error)
    reason: str | None = None

    def allowed(self, url: str) -> bool:
        return self.blocking_rule(url) is None

    def blocking_rule(self, url: str) -> str | None:
        """The Disallow path that blocks ``url``, or None if it is allowed."""
        if self.disallow_all:
            return "/"
        parts = urlsplit(url)
        path = _normalize_path(parts.path or "/")
        if parts.query:
            path += "?" + parts.query
        if path == "/robots.txt":
            return None
        best: _Rule | None = None
        for rule in self.rules:
            if not rule.path:
                continue  # "Disallow:" with no value allows everything
            length = _match_length(rule, path)
            if length is None:
                continue
            if (
                best is None
                or length > len(best.path)
                or (length == len(best.path) and rule.allow and not best.allow)
            ):
                best = rule
        if best is None or best.allow:
            return None
        return best.path


ALLOW_ALL = RobotsRules()
DISALLOW_ALL = RobotsRules(disallow_all=True)


def _normalize_path(path: str) -> str:
    # compare in a canonical percent-encoding: decode, then encode what must be
    return quote(unquote(path), safe="/:@!$&'()*+,;=-._~%?")


def _match_length(rule: _Rule, path: str) -> int | None:
    if rule.regex is None:
        return len(rule.path) if path.startswith(rule.path) else None
    return len(rule.path) if rule.regex.match(path) else None


def _compile(path: str) -> re.Pattern[str] | None:
    if "*" not in path and not path.endswith("$"):
        return None
    anchored = path.endswith("$")
    body = path[:-1] if anchored else path
    pattern = ".*".join(re.escape(part) for part in body.split("*"))
    return re.compile(pattern + ("$" if anchored else ""), re.DOTALL)


def parse_robots(body: bytes, agent_token: str = "newslake") -> RobotsRules:
    text = body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
    token = agent_token.lower()
    # groups: list of (agents, rules, crawl_delay)
    groups: list[tuple[list[str], list[_Rule], list[float]]] = []
    current: tuple[list[str], list[_Rule], list[float]] | None = None
    in_agents = False
    for raw_line in text.splitlines():
        line = raw_line.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        key, value = line.split(":", 1)
        key = key.strip().lower()
        value = value.strip()
        if key in ("user-agent", "useragent"):
            if current is None or not in_agents:
                current = ([], [], [])
                groups.append(current)
            current[0].append(value.lower())
            in_agents = True
            continue
        if current is None:
            continue
        in_agents = False
        if key in ("allow", "disallow"):
            path = value
            if path and not path.startswith(("/", "*")):
                path = "/" + path
            normalized = _normalize_path(path) if path else ""
            current[1].append(_Rule(key == "allow", normalized, _compile(normalized)))
        elif key == "crawl-delay":
            try:
                current[2].append(float(value))
            except ValueError:
                pass
    specific = [g for g in groups if any(a == token for a in g[0])]
    chosen = specific or [g for g in groups if "*" in g[0]]
    rules: list[_Rule] = []
    delays: list[float] = []
    for agents, group_rules, group_delays in chosen:
        rules.extend(group_rules)
        delays.extend(group_delays)
    return RobotsRules(rules=rules, crawl_delay=max(delays) if delays else None)
