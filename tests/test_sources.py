"""Local feeds: wire folders, the offline mirror, WARC files, and the declared-path guard."""

from pathlib import Path

import pytest

from newslake.archive import WarcArchive
from newslake.config import load_config
from newslake.lake_index import LakeIndex
from newslake.materialize import materialize
from newslake.sources import DiscoverContext, Discovery, LocalReader, iter_feed

PAGE = ("<html><head><title>Archived</title></head><body><article>"
        + "".join(f"<p>Paragraph {i} of an archived page about 1,500 special forces sent to Vladivostok.</p>" for i in range(5))
        + "</article></body></html>").encode()


def config_with(tmp_path: Path, feeds: str, settings: str = ""):
    path = tmp_path / "feeds.toml"
    path.write_text(settings + feeds)
    return load_config(path)


def discover(config, feed_index: int = 0, index: LakeIndex | None = None):
    found = Discovery(config.feeds[feed_index].name)
    items = list(iter_feed(config.feeds[feed_index], DiscoverContext(config, LocalReader(config), index), found))
    return items, found


def test_warc_file_as_a_feed(tmp_path):
    with WarcArchive(tmp_path / "arch", "run-1") as archive:
        archive.write_response("https://news.example/a", 200, {"Content-Type": "text/html; charset=utf-8"}, PAGE)
        archive.write_response("https://news.example/b", 404, {"Content-Type": "text/html"}, b"gone")
        archive.write_response("https://news.example/c.png", 200, {"Content-Type": "image/png"}, b"\x89PNG")
    warc = next((tmp_path / "arch").rglob("*.warc.gz"))
    config = config_with(tmp_path, f'[[feeds]]\nname = "w"\npath = "{warc}"\n')
    items, found = discover(config)
    assert [(i.kind, i.url) for i in items] == [("warc", "https://news.example/a"), ("mark", None)]
    assert items[-1].source_row["offset"] == warc.stat().st_size and items[-1].source_row["records"] == 3
    ready = materialize(items, config, None)
    (doc,) = [p.raw for p in ready.prepared]
    assert doc.kind == "html" and doc.url == "https://news.example/a" and "Vladivostok" in doc.body
    assert ready.source_rows == [items[-1].source_row]
    # A URL the lake already has is skipped before its record is read.
    with LakeIndex(tmp_path / "lake") as index:
        with index.transaction() as con:
            LakeIndex.upsert_articles(con, [{"article_id": "x", "content_hash": "h", "pipeline_version": "v",
                                             "partition": "published_date=none", "published_s": None,
                                             "cluster_id": "x", "url": "https://news.example/a",
                                             "canonical_url": None}])
        again, found = discover(config, index=index)
    assert [i.kind for i in again] == ["mark"] and found.skipped == 1


def test_wire_folder_missing_date_is_kept_and_invalid_utf8_reported(tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"date 2024-10-18\n\nSEOUL (Meridian) - North Korea sent troops \xff to Russia.")
    (folder / "b.txt").write_text("SEOUL (Meridian) - No date line here at all.")
    config = config_with(tmp_path, '[[feeds]]\nname = "w"\nkind = "wire"\npath = "wire"\n')
    items, _found = discover(config)
    assert [i.ident for i in items] == ["w/a.txt", "w/b.txt"]
    ready = materialize(items, config, None)
    assert [p.raw.id for p in ready.prepared] == ["w/a.txt", "w/b.txt"]
    assert [p.error for p in ready.problems] == ["invalid UTF-8 at byte 60; replaced"]
    assert [p.source_row["sha256"] is not None for p in ready.prepared] == [True, True]


def test_mirror_lookups_cannot_escape_the_mirror(tmp_path):
    (tmp_path / "mirror" / "site.example").mkdir(parents=True)
    (tmp_path / "secret.txt").write_text("secret")
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "list.txt").write_text("https://site.example/../../secret.txt\n")
    config = config_with(tmp_path, '[[feeds]]\nname = "p"\nkind = "page_list"\npath = "feeds/list.txt"\n',
                         '[settings]\nmirror = "mirror"\n')
    reader = LocalReader(config)
    with pytest.raises(PermissionError):
        reader.read(tmp_path / "secret.txt")
    items, _found = discover(config)
    ready = materialize(items, config, None)
    assert ready.prepared == []
    assert [p.error for p in ready.problems] == ["https://site.example/../../secret.txt points outside the offline mirror"]
