"""`newslake extract` from outside, as the contract specifies it."""

import json
import subprocess
import sys
from pathlib import Path

NEWSLAKE = str(Path(sys.executable).parent / "newslake")


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([NEWSLAKE, *args], input=stdin, capture_output=True, text=True, timeout=120)


def test_extract_seed_as_wire_text(repo):
    seed = repo / "tests" / "fixtures" / "seed_000_b6e00e9bf4b8d4df.txt"
    result = run("extract", "--format", "text", str(seed))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    doc = json.loads(lines[0])
    assert set(doc) >= {"id", "article", "quotes", "entities", "figures"}
    article = doc["article"]
    assert article["published_date"] == "2024-11-07"
    assert article["dateline"] == "PYONGYANG"
    assert article["source"] == "RTTNews"
    assert "dpa-AFX" in article["agencies"]

    text = article["text"]
    joint = [q for q in doc["quotes"] if q["quote"].startswith("Several thousands of DPRK troops")]
    assert len(joint) == 1
    assert joint[0]["speaker"] == "ten allied nations and the European Union"
    assert text[joint[0]["start_char"]:joint[0]["end_char"]].count("Several thousands") == 1

    north_korea = {e["surface"] for e in doc["entities"] if e["name"] == "North Korea"}
    assert {"DPRK", "North Korean", "Pyongyang"} <= north_korea
    names = {e["name"] for e in doc["entities"]}
    assert {"Russia", "Ukraine", "European Union", "UN Security Council", "Pentagon"} <= names
    for entity in doc["entities"]:
        assert text[entity["start_char"]:entity["end_char"]] == entity["surface"]

    figures = doc["figures"]
    main = [f for f in figures if f["value_low"] == 11000 and f["value_high"] == 12000]
    assert len(main) == 1
    assert main[0]["unit"] == "troops"
    assert main[0]["subject"] == "North Korea"
    assert main[0]["location"] == "Russia"
    assert main[0]["attributed_to"] == "U.S. Defense officials"
    assert main[0]["as_of"] == "2024-11-07"
    vague = [f for f in figures if "Several thousands" in f["text"]]
    assert len(vague) == 1 and vague[0]["approx"] is True
    assert (vague[0]["value_low"], vague[0]["value_high"]) == (2000, 9999)
    for number in (1718, 1874, 2270, 2024):
        assert not any(f["value_low"] == number or f["value_high"] == number for f in figures)


def test_extract_stdin_and_jsonl_keep_input_order(tmp_path):
    lines = [
        {"id": "b", "text": "SEOUL (Meridian) - " + "North Korea sent about 1,500 special forces to Russia, the spy agency said. " * 3},
        {"id": "a", "html": "<html><body><article>" + "".join(
            f"<p>Briefing {i}: officials said at least 3,000 North Korean troops had moved to eastern Russia in October, "
            f"and more were expected within {i + 2} weeks.</p>" for i in range(4)) + "</article></body></html>",
         "published": "2024-10-23"},
        {"id": "c", "html": ""},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines))
    result = run("extract", "--jsonl", str(path))
    assert result.returncode == 0, result.stderr
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["id"] for d in docs] == ["b", "a", "c"]
    assert docs[2]["article"] is None and docs[2]["error"] == "empty page"
    assert docs[1]["article"]["published_date"] == "2024-10-23"
    assert "error: c: empty page" in result.stderr
    assert "Traceback" not in result.stderr


def test_extract_bad_arguments_exit_nonzero_with_one_line():
    result = run("extract", "/nonexistent/file.txt")
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0 and "no such file" in result.stderr
    result = run("extract", "--format", "pdf", "-", stdin="x")
    assert result.returncode != 0 and "--format" in result.stderr


def test_extract_one_sentence_warns_about_length_and_annotates_it():
    sentence = "North Korea has sent about 11,000 troops to Russia, the Pentagon said on Tuesday."
    result = run("extract", "-", stdin=sentence)
    assert result.returncode == 0, result.stderr
    assert "short text (14 words)" in result.stderr and "Traceback" not in result.stderr
    doc = json.loads(result.stdout)
    assert doc["error"] is None and doc["article"]["text"] == sentence
    [fig] = doc["figures"]
    assert (fig["value_low"], fig["value_high"], fig["unit"]) == (11000, 11000, "troops")
    assert (fig["subject"], fig["location"], fig["attributed_to"]) == ("North Korea", "Russia", "Pentagon")
    blank = run("extract", "-", stdin="  \n\n ")
    assert blank.returncode != 0 and "error: -: no text" in blank.stderr


def test_extract_reads_a_page_in_its_declared_legacy_encoding(tmp_path):
    page = ('<html><head><meta charset="shift_jis"><title>東京</title></head><body><article><h1>東京で大雨</h1><p>'
            + "東京都内では記録的な大雨となり、多くの交通機関が運休した。" * 20 + "</p></article></body></html>")
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("shift_jis"))
    out = run("extract", str(path), "--format", "html")
    assert out.returncode == 0, out.stderr
    article = json.loads(out.stdout.splitlines()[0])["article"]
    assert article["title"] == "東京で大雨" and article["language"] == "ja"
