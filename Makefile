# Two commands do everything on a fresh machine with only python3:
#   make run    set up, then `newslake run` on the embedded sample corpus
#   make test   set up, then the test suite (what CI runs)
# Setup: a pinned uv in .tools/, then `uv sync --frozen` from uv.lock.

UV_VERSION := 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := python3

.PHONY: setup run test bench clean

$(UV):
	python3 -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# --compile-bytecode: without .pyc files (and with PYTHONDONTWRITEBYTECODE set,
# as on some CI images) every newslake process recompiles Prefect and the rest
# from source, about 4 s per run.
.venv/.synced: uv.lock pyproject.toml | $(UV)
	$(UV) sync --frozen --all-extras --compile-bytecode --quiet
	touch $@

setup: .venv/.synced

run: .venv/.synced
	$(UV) run --frozen --no-sync newslake run

test: .venv/.synced
	$(UV) run --frozen --no-sync pytest

bench: .venv/.synced
	$(UV) run --frozen --no-sync python -m benchmarks.run_all

clean:
	rm -rf data/lake data/lake-delta data/warehouse.duckdb data/raw data/state data/.prefect
