"""Coverage-guided fuzzing of newslake's input parsers with atheris (libFuzzer).

Not part of the test suite and not a locked dependency: atheris is installed
on demand, outside the project's environment, e.g.

    uv pip install --python .venv/bin/python --target /tmp/atheris_pkg atheris
    PYTHONPATH=/tmp/atheris_pkg .venv/bin/python benchmarks/fuzz_atheris.py feed -max_total_time=60

Targets: ``feed`` (transforms.feeds.parse_feed), ``wire`` (parse_wire),
``html`` (extract_html; ExtractionError is a valid answer), ``chain``
(entities -> quotes -> figures with the shipped catalog). Any other
exception, a hang (``-timeout=SECONDS``, default 10) or memory over
``-rss_limit_mb`` (default 1024) is a finding; libFuzzer writes the input to
``crash-*``/``timeout-*``/``oom-*`` in the current folder. The sample corpus
(data/sample) seeds the run unless corpus folders are given after the target.
The property-based counterpart that runs in CI is tests/test_fuzz.py.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

try:
    import atheris
except ImportError:  # pragma: no cover - optional tool
    sys.exit("atheris is not installed: see this file's docstring")

with atheris.instrument_imports():
    from transforms.entities import extract_entities
    from transforms.feeds import FEED_FORMATS, parse_feed
    from transforms.figures import extract_figures
    from transforms.html import ExtractionError, extract_html
    from transforms.quotes import extract_quotes
    from transforms.wire import parse_wire

from newslake.catalog_io import load_catalog

CATALOG = load_catalog()
KINDS = [None, *FEED_FORMATS]


def fuzz_feed(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    kind = KINDS[fdp.ConsumeIntInRange(0, len(KINDS) - 1)]
    result = parse_feed(fdp.ConsumeBytes(fdp.remaining_bytes()), "https://fuzz.example/feed", kind)
    if result.error is not None and "\n" in result.error:
        raise AssertionError(f"a multi-line error: {result.error!r}")


def fuzz_wire(data: bytes) -> None:
    parse_wire(data.decode("utf-8", "replace"))


def fuzz_html(data: bytes) -> None:
    try:
        extract_html(data, url="https://fuzz.example/a")
    except ExtractionError:
        pass


def fuzz_chain(data: bytes) -> None:
    text = data.decode("utf-8", "replace")
    entities = extract_entities(text, "fuzz", CATALOG)
    quotes = extract_quotes(text, "fuzz", entities, CATALOG)
    figures = extract_figures(text, "fuzz", dt.date(2024, 11, 5), entities, quotes)
    for f in figures:
        if text[f.start_char:f.end_char] != f.text:
            raise AssertionError(f"figure offsets do not index the text: {f}")


TARGETS = {"feed": fuzz_feed, "wire": fuzz_wire, "html": fuzz_html, "chain": fuzz_chain}
SEEDS = {
    "feed": lambda: (REPO / "data" / "sample" / "feeds").iterdir(),
    "wire": lambda: (REPO / "data" / "sample" / "wire").iterdir(),
    "chain": lambda: (REPO / "data" / "sample" / "wire").iterdir(),
    "html": lambda: (p for p in (REPO / "data" / "sample" / "mirror").rglob("*") if p.is_file()),
}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: fuzz_atheris.py {{{','.join(TARGETS)}}} [corpus dirs] [libFuzzer options]")
    target = sys.argv.pop(1)
    args = sys.argv[:]
    if not any(not a.startswith("-") for a in args[1:]):
        corpus = Path(tempfile.mkdtemp(prefix=f"newslake-fuzz-{target}-"))
        for path in SEEDS[target]():
            shutil.copy(path, corpus / path.name)
        args.append(str(corpus))
    if not any(a.startswith("-timeout=") for a in args):
        args.append("-timeout=10")
    if not any(a.startswith("-rss_limit_mb=") for a in args):
        args.append("-rss_limit_mb=1024")
    atheris.Setup(args, TARGETS[target])
    atheris.Fuzz()


if __name__ == "__main__":
    main()
