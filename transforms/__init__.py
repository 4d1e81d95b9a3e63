"""Pure per-article transforms: text in, typed records out.

Nothing in this package imports Prefect, touches the network or the disk; the
flows and the CLI do the I/O and hand plain values in.
"""

PIPELINE_VERSION = "0.1.0"
