"""The one schema module, the record classes, the data dictionary and the shared contract agree."""

import re

import pytest

from newslake.rows import check_record_fields
from newslake.schema import CONTRACT_TABLES, TABLES


def dictionary_tables(text: str) -> dict[str, list[tuple[str, str, str]]]:
    tables: dict[str, list[tuple[str, str, str]]] = {}
    current = None
    for line in text.splitlines():
        heading = re.match(r"^## (\w+)$", line)
        if heading:
            current = tables.setdefault(heading.group(1), [])
            continue
        row = re.match(r"^\| (\w+) \| ([^|]+) \| (yes|no) \|", line)
        if row and current is not None:
            current.append((row.group(1), row.group(2).strip(), row.group(3)))
    return tables


def test_data_dictionary_matches_schema_module(repo):
    documented = dictionary_tables((repo / "docs" / "data_dictionary.md").read_text())
    assert set(documented) == set(TABLES)
    for table, (schema, _key, _partition) in TABLES.items():
        expected = [(f.name, str(f.type), "yes" if f.nullable else "no") for f in schema]
        assert documented[table] == expected, table


def test_record_classes_match_schemas():
    assert check_record_fields() == {}


def test_shared_contract_columns_all_present(repo):
    contract = repo.parent / "shared" / "contract.md"
    if not contract.exists():
        pytest.skip("shared/contract.md not beside this checkout")
    current = None
    for line in contract.read_text().splitlines():
        heading = re.match(r"^## (\w+) ", line)
        if heading:
            current = heading.group(1) if heading.group(1) in CONTRACT_TABLES else None
            continue
        row = re.match(r"^\| ([\w, ]+) \| (string|double|bool|int32|date|timestamp|list)", line)
        if row and current:
            for column in row.group(1).split(", "):
                assert column in TABLES[current][0].names, f"{current}.{column}"


def test_committed_warehouse_dictionary_is_current(repo, tmp_path):
    from newslake.warehouse import write_docs

    fresh = tmp_path / "models.md"
    write_docs(repo / "dbt_like_sql", fresh)
    assert fresh.read_text() == (repo / "docs" / "models.md").read_text(), "run `newslake docs` and commit docs/models.md"
