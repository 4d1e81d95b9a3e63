"""The one exception type of the warehouse."""

from __future__ import annotations


class WarehouseError(Exception):
    """A warehouse build or query failed; the message is one line for the CLI."""

    def __init__(self, message: str) -> None:
        super().__init__(one_line(message))


def one_line(message: object, limit: int = 400) -> str:
    """Collapse an error message (duckdb's are multi-line) to one line."""
    text = " ".join(str(message).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
