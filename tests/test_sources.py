"""Local feeds: wire folders, the offline mirror, WARC files, and the declared-path guard."""

from datetime import datetime, timezone
from pathlib import Path

import pytest

from newslake.archive import WarcArchive
from newslake.config import load_config
from newslake.sources import LocalReader, discover_local, read_local_pages

PAGE = ("<html><head><title>Archived</title></head><body><article>"
        + "".join(f"<p>Paragraph {i} of an archived page about 1,500 special forces sent to Vladivostok.</p>" for i in range(5))
        + "</article></body></html>").encode()


def config_with(tmp_path: Path, feeds: str, settings: str = ""):
    path = tmp_path / "feeds.toml"
    path.write_text(settings + feeds)
    return load_config(path)


def test_warc_file_as_a_feed(tmp_path):
    with WarcArchive(tmp_path / "arch", "run-1") as archive:
        archive.write_response("https://news.example/a", 200, {"Content-Type": "text/html; charset=utf-8"}, PAGE)
        archive.write_response("https://news.example/b", 404, {"Content-Type": "text/html"}, b"gone")
        archive.write_response("https://news.example/c.png", 200, {"Content-Type": "image/png"}, b"\x89PNG")
    warc = next((tmp_path / "arch").rglob("*.warc.gz"))
    config = config_with(tmp_path, f'[[feeds]]\nname = "w"\npath = "{warc}"\n')
    found = discover_local(config.feeds[0], LocalReader(config), set())
    assert [d.url for d in found.documents] == ["https://news.example/a"]
    assert found.documents[0].kind == "html" and "Vladivostok" in found.documents[0].body
    again = discover_local(config.feeds[0], LocalReader(config), {"https://news.example/a"})
    assert again.documents == [] and again.skipped == 1


def test_wire_folder_missing_date_is_kept_and_invalid_utf8_reported(tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"date 2024-10-18\n\nSEOUL (Meridian) - North Korea sent troops \xff to Russia.")
    (folder / "b.txt").write_text("SEOUL (Meridian) - No date line here at all.")
    config = config_with(tmp_path, '[[feeds]]\nname = "w"\nkind = "wire"\npath = "wire"\n')
    found = discover_local(config.feeds[0], LocalReader(config), set())
    assert [d.id for d in found.documents] == ["w/a.txt", "w/b.txt"]
    assert [p.error for p in found.problems] == ["invalid UTF-8 at byte 60; replaced"]


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
    found = discover_local(config.feeds[0], reader, set())
    docs, problems = read_local_pages(config.feeds[0], reader, found.pages)
    assert docs == []
    assert [p.error for p in problems] == ["https://site.example/../../secret.txt points outside the offline mirror"]


def test_a_mirrored_page_in_a_legacy_encoding_is_read_in_its_charset(tmp_path):
    page = ('<html><head><meta charset="windows-1251"><title>Москва</title></head><body><article><p>'
            + "Власти Москвы сообщили о сильном снегопаде. " * 10 + "</p></article></body></html>")
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "list.txt").write_text("https://site.example/a\n")
    config = config_with(tmp_path, '[[feeds]]\nname = "p"\nkind = "page_list"\npath = "feeds/list.txt"\n',
                         '[settings]\nmirror = "mirror"\n')
    reader = LocalReader(config)
    target = reader.mirror_path("https://site.example/a")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(page.encode("windows-1251"))
    found = discover_local(config.feeds[0], reader, set())
    docs, problems = read_local_pages(config.feeds[0], reader, found.pages)
    assert problems == [] and "Власти Москвы сообщили" in docs[0].body
