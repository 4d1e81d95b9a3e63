"""newslake.build_inputs: a run with nothing new does not rebuild the warehouse; any change does."""

from __future__ import annotations

import os
from pathlib import Path

from newslake.build_inputs import is_current, mark_built


def tree(tmp_path: Path) -> tuple[Path, Path, Path]:
    project, lake = tmp_path / "project", tmp_path / "lake"
    (project / "models").mkdir(parents=True)
    (project / "models" / "m.sql").write_text("select 1")
    for table in ("articles", "pipeline_runs"):
        (lake / table / "p=1").mkdir(parents=True)
        (lake / table / "p=1" / "part-1.parquet").write_bytes(b"x")
    (lake / "_state").mkdir()
    warehouse = tmp_path / "warehouse.duckdb"
    warehouse.write_bytes(b"db")
    return project, lake, warehouse


def test_the_warehouse_is_current_until_a_model_or_a_read_table_changes(tmp_path):
    project, lake, warehouse = tree(tmp_path)
    current, fingerprint = is_current(project, lake, warehouse)
    assert not current  # never marked
    mark_built(warehouse, fingerprint)
    assert is_current(project, lake, warehouse) == (True, fingerprint)
    # the run log, the writer's index and a writer's hidden temporary are not inputs
    (lake / "pipeline_runs" / "p=1" / "part-2.parquet").write_bytes(b"y")
    (lake / "_state" / "index.sqlite").write_bytes(b"z")
    (lake / "articles" / "p=1" / ".part-3.parquet.tmp").write_bytes(b"t")
    assert is_current(project, lake, warehouse)[0]
    (lake / "articles" / "p=1" / "part-2.parquet").write_bytes(b"new")
    assert not is_current(project, lake, warehouse)[0]  # a commit
    mark_built(warehouse, is_current(project, lake, warehouse)[1])
    model = project / "models" / "m.sql"
    model.write_text("select 2")
    os.utime(model, ns=(1, 1))
    assert not is_current(project, lake, warehouse)[0]  # an edited model


def test_a_failed_build_forgets_the_mark_and_a_missing_warehouse_is_never_current(tmp_path):
    project, lake, warehouse = tree(tmp_path)
    fingerprint = is_current(project, lake, warehouse)[1]
    mark_built(warehouse, fingerprint)
    mark_built(warehouse, None)
    assert not is_current(project, lake, warehouse)[0]
    mark_built(warehouse, fingerprint)
    warehouse.unlink()
    assert not is_current(project, lake, warehouse)[0]
