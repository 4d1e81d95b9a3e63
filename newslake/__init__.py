"""newslake: news feeds to a queryable record of who claimed what, when."""

__version__ = "0.1.0"
