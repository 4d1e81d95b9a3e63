"""URL normalization and registered domains: the code is ``transforms.urls`` (pure, used by
transforms.feeds and transforms.pipeline); re-exported here for newslake's callers."""

from __future__ import annotations

from transforms.urls import (TRACKING_PARAMS, TRACKING_PREFIXES, is_tracking_param,  # noqa: F401
                             normalize_url, registered_domain)

__all__ = ["TRACKING_PARAMS", "is_tracking_param", "normalize_url", "registered_domain"]
