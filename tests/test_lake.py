from datetime import date, datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newslake.lake import LakeBusy, compact_all, lake_lock, read_table, table_files, write_tables
from newslake.rows import records_table
from newslake.schema import ARTICLES, QUOTES
from transforms.records import Article, Quote

NOW = datetime(2024, 11, 8, tzinfo=timezone.utc)


def article(article_id: str, day: date | None, text: str = "body text") -> Article:
    return Article(
        article_id=article_id, url=f"https://a.example/{article_id}", canonical_url=None, source="A",
        source_domain="a.example", agencies=[], feed="f", title="t", authors=[],
        published_at=datetime(day.year, day.month, day.day, tzinfo=timezone.utc) if day else None,
        published_date=day, dateline=None, language="en", text=text, word_count=2,
        content_hash="h" + text, cluster_id=article_id, fetched_at=NOW, pipeline_version="0",
    )


def quote(article_id: str, start: int) -> Quote:
    return Quote(f"{article_id}-{start}", article_id, "words", "Kirby", None, "said", start, start + 5)


def write(lake: Path, arts: list[Article], quotes: list[Quote], replace=None):
    return write_tables(lake, {"articles": records_table(arts, ARTICLES), "quotes": records_table(quotes, QUOTES)},
                        replace_children_of=replace)


def test_partitioned_by_published_date_and_idempotent(tmp_path):
    arts = [article("a1", date(2024, 11, 7)), article("a2", date(2024, 11, 8)), article("a3", None)]
    write(tmp_path, arts, [quote("a1", 0), quote("a1", 10), quote("a2", 0)])
    write(tmp_path, arts, [quote("a1", 0), quote("a1", 10), quote("a2", 0)])
    names = sorted(p.parent.name for p in table_files(tmp_path, "articles"))
    assert names == ["published_date=2024-11-07", "published_date=2024-11-08", "published_date=none"]
    assert sorted(p.parent.name for p in table_files(tmp_path, "quotes")) == [
        "published_date=2024-11-07", "published_date=2024-11-08"]
    assert read_table(tmp_path, "articles").num_rows == 3
    assert sorted(read_table(tmp_path, "quotes")["quote_id"].to_pylist()) == ["a1-0", "a1-10", "a2-0"]
    # no temporary files left behind
    assert not [p for p in tmp_path.rglob("*.tmp")]


def test_children_replaced_as_a_set_when_article_is_reextracted(tmp_path):
    write(tmp_path, [article("a1", date(2024, 11, 7))], [quote("a1", 0), quote("a1", 10)])
    write(tmp_path, [article("a1", date(2024, 11, 7), "new text")], [], replace={"a1"})
    assert read_table(tmp_path, "quotes").num_rows == 0
    assert read_table(tmp_path, "articles")["text"].to_pylist() == ["new text"]


def test_article_moving_partition_leaves_no_duplicate(tmp_path):
    write(tmp_path, [article("a1", date(2024, 11, 7))], [quote("a1", 0)])
    write(tmp_path, [article("a1", date(2024, 11, 9))], [quote("a1", 0)], replace={"a1"})
    arts = read_table(tmp_path, "articles")
    assert arts["published_date"].to_pylist() == [date(2024, 11, 9)]
    assert read_table(tmp_path, "quotes").num_rows == 1


def test_written_files_carry_the_contract_schema(tmp_path):
    write(tmp_path, [article("a1", date(2024, 11, 7))], [])
    schema = pq.read_schema(table_files(tmp_path, "articles")[0])
    assert schema.names == ARTICLES.names
    assert schema.field("published_at").type == pa.timestamp("us", tz="UTC")


def test_missing_contract_column_is_refused(tmp_path):
    table = records_table([article("a1", date(2024, 11, 7))], ARTICLES).drop_columns(["title"])
    with pytest.raises(ValueError, match="title"):
        write_tables(tmp_path, {"articles": table})


def test_partition_written_before_a_column_was_added_still_merges(tmp_path):
    """A lake from an older release lacks quotes.partial; new rows merge into it."""
    write(tmp_path, [article("a1", date(2024, 11, 7))], [quote("a1", 0)])
    (old_file,) = table_files(tmp_path, "quotes")
    pq.write_table(pq.read_table(old_file).drop_columns(["partial"]), old_file)
    write(tmp_path, [article("a2", date(2024, 11, 7))], [quote("a2", 0)])
    quotes = read_table(tmp_path, "quotes")
    assert sorted(zip(quotes["quote_id"].to_pylist(), quotes["partial"].to_pylist())) == [
        ("a1-0", False), ("a2-0", False)]
    # Appending leaves the old file as it is; compaction rewrites it with the whole schema.
    assert not old_file.exists() or "partial" not in pq.read_schema(old_file).names
    assert compact_all(tmp_path) >= 1
    (merged,) = table_files(tmp_path, "quotes")
    assert pq.read_schema(merged).names == QUOTES.names
    assert sorted(pq.read_table(merged)["quote_id"].to_pylist()) == ["a1-0", "a2-0"]


def test_empty_table_reads_with_schema(tmp_path):
    assert read_table(tmp_path, "figures").schema.names[0] == "figure_id"


def test_second_writer_is_refused_while_lock_held(tmp_path):
    with lake_lock(tmp_path):
        with pytest.raises(LakeBusy, match="another newslake run"):
            with lake_lock(tmp_path, wait_seconds=0.3):
                pass
    with lake_lock(tmp_path):
        pass
