"""The feeds config (feeds.toml): what to ingest, validated up front.

A config error names the feed and the field, so a typo in one of fifty feeds
is found before any fetching starts.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

FEED_KINDS = (
    "rss",
    "atom",
    "sitemap",
    "sitemap_index",
    "news_sitemap",
    "page_list",
    "wire",
    "jsonl",
    "warc",
)

_FEED_FIELDS = {
    "name", "url", "path", "kind", "source", "tags", "max_items", "enabled",
    "allow_private", "group", "language",
}


LAKE_FORMATS = ("parquet", "delta")
# The format a data folder's lake gets when neither the command, the config nor an existing lake
# says otherwise (newslake.paths.resolve_lake decides): Delta Lake tables, so a fresh data folder
# gets versioned tables (time travel, OPTIMIZE/VACUUM); `--lake-format parquet` keeps the old lake.
DEFAULT_LAKE_FORMAT = "delta"


class ConfigError(ValueError):
    """A feeds config that cannot be used; the message is one line."""


@dataclass(frozen=True, slots=True)
class FeedConfig:
    name: str
    kind: str | None  # None: detected from the content
    url: str | None = None
    path: Path | None = None  # a declared local path (file or folder)
    source: str | None = None  # outlet name; None: taken from the page or feed
    tags: tuple[str, ...] = ()
    max_items: int = 1000
    enabled: bool = True
    allow_private: bool = False  # may fetch private/loopback addresses (tests, intranets)
    group: str = "default"

    @property
    def location(self) -> str:
        return self.url if self.url is not None else str(self.path)


@dataclass(frozen=True, slots=True)
class ScheduleGroup:
    name: str
    interval_seconds: int | None = None
    cron: str | None = None


@dataclass(frozen=True, slots=True)
class FeedsConfig:
    path: Path
    feeds: tuple[FeedConfig, ...]
    mirror: Path | None = None  # offline mirror (host/path) for links of local feeds
    groups: dict[str, ScheduleGroup] = field(default_factory=dict)
    user_agent: str = "newslake/0.1 (news-analytics pipeline; +https://github.com/newslake)"
    local_roots: tuple[Path, ...] = ()
    # How the lake is stored: "parquet" (<data>/lake) or "delta" (Delta Lake tables in
    # <data>/lake-delta, newslake.delta_store); None when the config does not say, so the data
    # folder's existing lake (or DEFAULT_LAKE_FORMAT) decides: newslake.paths.resolve_lake.
    # A command's --lake-format overrides it.
    lake_format: str | None = None

    def enabled_feeds(self) -> list[FeedConfig]:
        return [f for f in self.feeds if f.enabled]

    def is_declared_local(self, path: Path) -> bool:
        """True if ``path`` lies inside a local path the config declares."""
        resolved = path.resolve()
        return any(resolved == root or resolved.is_relative_to(root) for root in self.local_roots)


def load_config(path: Path) -> FeedsConfig:
    """Read and validate a feeds.toml; raise ConfigError with a one-line reason."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such feeds config") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return parse_config(raw, path)


def parse_config(raw: dict, path: Path) -> FeedsConfig:
    base = path.resolve().parent
    settings = raw.get("settings", {})
    if not isinstance(settings, dict):
        raise ConfigError(f"{path}: [settings] must be a table")
    mirror = _local_path(settings.get("mirror"), base, f"{path}: settings.mirror")
    groups = _parse_groups(raw.get("groups", {}), path)
    feeds_raw = raw.get("feeds")
    if not isinstance(feeds_raw, list) or not feeds_raw:
        raise ConfigError(f"{path}: needs at least one [[feeds]] entry")
    feeds: list[FeedConfig] = []
    seen: set[str] = set()
    for index, entry in enumerate(feeds_raw):
        feed = _parse_feed(entry, index, base, path, groups)
        if feed.name in seen:
            raise ConfigError(f"{path}: feed '{feed.name}': field 'name': duplicate feed name")
        seen.add(feed.name)
        feeds.append(feed)
    roots = tuple(f.path.resolve() for f in feeds if f.path is not None)
    if mirror is not None:
        roots += (mirror.resolve(),)
    user_agent = settings.get("user_agent", FeedsConfig.user_agent)
    lake_format = settings.get("lake_format")
    if lake_format is not None and lake_format not in LAKE_FORMATS:
        raise ConfigError(f"{path}: settings.lake_format: {lake_format!r} is not one of {', '.join(LAKE_FORMATS)}")
    return FeedsConfig(
        path=path, feeds=tuple(feeds), mirror=mirror, groups=groups,
        user_agent=str(user_agent), local_roots=roots, lake_format=lake_format,
    )


def _parse_groups(raw: object, path: Path) -> dict[str, ScheduleGroup]:
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: [groups] must be a table")
    groups: dict[str, ScheduleGroup] = {}
    for name, spec in raw.items():
        where = f"{path}: group '{name}'"
        if not isinstance(spec, dict):
            raise ConfigError(f"{where}: must be a table")
        interval = spec.get("interval_seconds")
        cron = spec.get("cron")
        if interval is not None and (not isinstance(interval, int) or interval <= 0):
            raise ConfigError(f"{where}: field 'interval_seconds': must be a positive integer")
        if cron is not None and (not isinstance(cron, str) or len(cron.split()) != 5):
            raise ConfigError(f"{where}: field 'cron': must be a 5-field cron expression")
        groups[name] = ScheduleGroup(name, interval, cron)
    return groups


def _parse_feed(
    entry: object, index: int, base: Path, path: Path, groups: dict[str, ScheduleGroup]
) -> FeedConfig:
    if not isinstance(entry, dict):
        raise ConfigError(f"{path}: feeds[{index}]: must be a table")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{path}: feeds[{index}]: field 'name': required, a non-empty string")
    where = f"{path}: feed '{name}'"
    unknown = sorted(set(entry) - _FEED_FIELDS)
    if unknown:
        raise ConfigError(f"{where}: field '{unknown[0]}': unknown field")
    kind = entry.get("kind")
    if kind is not None and kind not in FEED_KINDS:
        raise ConfigError(f"{where}: field 'kind': '{kind}' is not one of {', '.join(FEED_KINDS)}")
    url, local = entry.get("url"), entry.get("path")
    if (url is None) == (local is None):
        raise ConfigError(f"{where}: field 'url': give exactly one of 'url' or 'path'")
    if url is not None:
        if not isinstance(url, str):
            raise ConfigError(f"{where}: field 'url': must be a string")
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigError(f"{where}: field 'url': only http and https URLs are allowed")
    local_path = _local_path(local, base, f"{where}: field 'path'")
    if local_path is not None and not local_path.exists():
        raise ConfigError(f"{where}: field 'path': {local_path} does not exist")
    tags = entry.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ConfigError(f"{where}: field 'tags': must be a list of strings")
    max_items = entry.get("max_items", 1000)
    if not isinstance(max_items, int) or isinstance(max_items, bool) or max_items <= 0:
        raise ConfigError(f"{where}: field 'max_items': must be a positive integer")
    enabled = entry.get("enabled", True)
    allow_private = entry.get("allow_private", False)
    for key, value in (("enabled", enabled), ("allow_private", allow_private)):
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: field '{key}': must be true or false")
    group = entry.get("group", "default")
    if group != "default" and group not in groups:
        raise ConfigError(f"{where}: field 'group': no [groups.{group}] defined")
    source = entry.get("source")
    if source is not None and not isinstance(source, str):
        raise ConfigError(f"{where}: field 'source': must be a string")
    return FeedConfig(
        name=name, kind=kind, url=url, path=local_path, source=source, tags=tuple(tags),
        max_items=max_items, enabled=enabled, allow_private=allow_private, group=group,
    )


def _local_path(value: object, base: Path, where: str) -> Path | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{where}: must be a non-empty string")
    candidate = Path(value)
    return (candidate if candidate.is_absolute() else base / candidate).resolve()
