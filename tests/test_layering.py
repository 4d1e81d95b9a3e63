"""transforms/ is the pure layer: text in, typed records out. No module in it (at any depth, in any
function body) imports the lake, the flows, the orchestrator, the network or the warehouse, nor
opens files."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TRANSFORMS = Path(__file__).resolve().parents[1] / "transforms"
FORBIDDEN = {"newslake", "flows", "prefect", "httpx", "duckdb"}
FILE_CALLS = {"read_text", "write_text", "read_bytes", "write_bytes"}

MODULES = sorted(TRANSFORMS.rglob("*.py"))


def _problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            names = []
        for name in names:
            if name.split(".")[0] in FORBIDDEN:
                out.append(f"line {node.lineno}: imports {name}")
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id == "open":
                out.append(f"line {node.lineno}: open()")
            elif isinstance(func, ast.Attribute) and (
                func.attr in FILE_CALLS or (func.attr == "open" and isinstance(func.value, ast.Name)
                                            and func.value.id in ("io", "os", "codecs", "gzip"))
            ):
                out.append(f"line {node.lineno}: .{func.attr}()")
    return out


def test_there_are_modules_to_check():
    assert len(MODULES) > 10
    assert TRANSFORMS / "figures" / "extract.py" in MODULES


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(TRANSFORMS)))
def test_transforms_module_is_pure(path: Path):
    assert _problems(path) == []


def test_the_check_catches_a_forbidden_import(tmp_path: Path):
    bad = tmp_path / "bad.py"
    bad.write_text("import httpx\n\ndef f():\n    from newslake.urls import normalize_url\n    return open('x')\n")
    assert _problems(bad) == ["line 1: imports httpx", "line 4: imports newslake.urls", "line 5: open()"]
