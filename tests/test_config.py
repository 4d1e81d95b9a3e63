from pathlib import Path

import pytest

from newslake.config import ConfigError, load_config


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "feeds.toml"
    path.write_text(body)
    return path


def test_sample_config_is_valid(repo):
    config = load_config(repo / "data" / "sample" / "feeds.toml")
    names = [f.name for f in config.feeds]
    assert len(names) == len(set(names)) >= 6
    kinds = {f.kind for f in config.feeds}
    assert {"wire", "atom", "rss", "news_sitemap", "jsonl"} <= kinds
    assert config.mirror is not None and config.mirror.is_dir()
    assert all(f.path is not None and config.is_declared_local(f.path) for f in config.feeds)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[[feeds]]\nname = "x"\nkind = "podcast"\nurl = "https://a.example/"', "feed 'x': field 'kind'"),
        ('[[feeds]]\nname = "x"\nurl = "ftp://a.example/"', "feed 'x': field 'url': only http and https"),
        ('[[feeds]]\nname = "x"\nurl = "https://a.example/"\npath = "y"', "exactly one of 'url' or 'path'"),
        ('[[feeds]]\nname = "x"\nurl = "https://a.example/"\nmax_items = 0', "feed 'x': field 'max_items'"),
        ('[[feeds]]\nname = "x"\nurl = "https://a.example/"\ncolour = 1', "feed 'x': field 'colour': unknown"),
        ('[[feeds]]\nname = "x"\npath = "nowhere"', "feed 'x': field 'path'"),
        ('[[feeds]]\nkind = "rss"', "feeds[0]: field 'name'"),
        ('[[feeds]]\nname = "x"\nurl = "https://a.example/"\n[[feeds]]\nname = "x"\nurl = "https://b.example/"', "duplicate"),
        ('[[feeds]]\nname = "x"\nurl = "https://a.example/"\ngroup = "nightly"', "no [groups.nightly]"),
        ("feeds = [", "not valid TOML"),
    ],
)
def test_config_errors_name_feed_and_field(tmp_path, body, message):
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, body))
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_local_reads_limited_to_declared_paths(tmp_path):
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "a.xml").write_text("<rss/>")
    (tmp_path / "secret.txt").write_text("no")
    config = load_config(write(tmp_path, '[[feeds]]\nname = "a"\npath = "feeds/a.xml"'))
    assert config.is_declared_local(tmp_path / "feeds" / "a.xml")
    assert not config.is_declared_local(tmp_path / "secret.txt")
    assert not config.is_declared_local(tmp_path / "feeds" / ".." / "secret.txt")
