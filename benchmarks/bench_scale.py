"""Benchmark: a lake that grows. Full run, a rerun with 1 % new input, and the warehouse build.

    .venv/bin/python benchmarks/bench_scale.py --n 10000 [--n 100000 ...] [--dir DIR] [--keep]

For each N, builds a synthetic corpus in DIR/n<N>/corpus (70 % wire files in a
dated folder tree, 30 % HTML pages of four outlets in an offline mirror, each
outlet listed by a local news sitemap; real-looking news text with
datelines, officials, quotes and figures of several kinds; about one story
in six has syndicated copies, published up to two days later by other
outlets with another headline and a trimmed last paragraph), then times, in
fresh processes against one Prefect server the benchmark starts (so
Prefect's fixed start is not counted):

1. ``full``: ``newslake run --no-build`` on an empty lake;
2. ``no-op``: the same again (nothing new: the fixed cost of a run);
3. ``rerun``: after adding 1 % new documents (new stories and late copies);
4. ``build``: ``newslake build``.

It prints wall time, peak RSS of the run's main process (VmHWM) and of its
process tree (the sum of PSS over the run and its extraction workers, peak of
samples every 0.2 s), rows per second per stage (from the run's own per-stage
timing, ``NEWSLAKE_SUMMARY_JSON``), and the rerun ratio: the rerun's
read + extract + commit seconds over the full run's (the issue's target: at
most 5 %), and its wall time beyond the no-op run over the full run's.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
NEWSLAKE = [str(Path(sys.executable).parent / "newslake")]  # --newslake replaces it (another checkout, to compare)

START = date(2022, 1, 1)
PER_DAY = 100  # documents a day: the corpus spans N / PER_DAY days (a newsroom's volume, not a trickle)
OUTLETS = [("Northstar Times", "www.northstar-times.example"), ("Capital Ledger", "capitalledger.example"),
           ("Riverside Courier", "riversidecourier.example"), ("Pacific Dispatch", "pacificdispatch.example")]
AGENCIES = ["Yonhap", "dpa-AFX", "Meridian", "Baltic Newswire", "AFX News"]
CITIES = ["SEOUL", "WASHINGTON", "KYIV", "MOSCOW", "TOKYO", "BRUSSELS", "BEIJING", "LONDON", "BERLIN", "PARIS"]
ACTORS = ["North Korea", "Russia", "Ukraine", "China", "Japan", "South Korea", "the United States", "NATO",
          "the European Union", "Taiwan"]
SOURCES = [("the National Intelligence Service", "NIS"), ("the Pentagon", "Pentagon"), ("the Kremlin", "Kremlin"),
           ("the Joint Chiefs of Staff", "JCS"), ("the State Department", "State Department"),
           ("the Defence Ministry", "ministry"), ("the central bank", "bank"), ("the statistics office", "office")]
PEOPLE = ["Kim Yong-hyun", "John Kirby", "Sabrina Singh", "Mark Rutte", "Volodymyr Zelenskyy", "Dmitry Peskov",
          "Antony Blinken", "Lee Sung-kweun", "Yoon Suk Yeol", "Fumio Kishida", "Olaf Scholz", "Rishi Sunak"]
PLACES = ["Kursk", "Vladivostok", "Donetsk", "Kharkiv", "the Russian Far East", "Pyongyang", "Busan", "Crimea",
          "Zaporizhzhia", "Khabarovsk", "the Demilitarized Zone", "Incheon"]
THINGS = ["troops", "soldiers", "artillery shells", "drones", "missiles", "tanks", "workers", "refugees",
          "special forces", "engineers", "containers of munitions", "trains"]
TOPICS = ["defence treaty", "arms shipments", "sanctions package", "rate decision", "export figures",
          "troop deployment", "ceasefire talks", "grain corridor", "chip exports", "energy prices"]
VERBS = ["had moved", "had been sent", "were deployed", "had arrived", "were stationed", "were seen",
         "had been transferred", "were training"]
FILLER = ("analysts cautioned that the figures could not be independently verified and that estimates from "
          "different governments often diverged widely during the first weeks of any deployment").split()
WORDS = ("officials diplomats analysts lawmakers observers residents commanders engineers negotiators "
         "ministers investors traders economists farmers voters workers pilots sailors doctors teachers "
         "border harbour railway airbase factory warehouse pipeline corridor checkpoint village district "
         "province capital coast valley bridge highway terminal depot garrison convoy shipment briefing "
         "statement report estimate assessment survey forecast agreement protest summit hearing budget "
         "quietly publicly sharply steadily briefly formally repeatedly cautiously openly reportedly").split()


def _number(rng: random.Random) -> str:
    value = rng.choice([rng.randint(2, 99) * 100, rng.randint(1, 30) * 1000, rng.randint(11, 950)])
    return f"{value:,}"


def _sentence_bank(rng: random.Random, actor: str, place: str) -> list[str]:
    who, short = rng.choice(SOURCES)
    person = rng.choice(PEOPLE)
    thing = rng.choice(THINGS)
    topic = rng.choice(TOPICS)
    other = rng.choice([a for a in ACTORS if a != actor])
    filler = " ".join(rng.sample(WORDS, 7))
    return [
        f"About {_number(rng)} {thing} from {actor} {rng.choice(VERBS)} to {place}, {who} said on "
        f"{rng.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}, citing {filler}.",
        f'"We are watching the {topic} very closely and will respond if needed," {person} told reporters '
        f"after a meeting in {rng.choice(CITIES).title()} with {rng.randint(3, 40)} {rng.choice(WORDS)}.",
        f"The {short} estimated that at least {_number(rng)} {rng.choice(THINGS)} had been lost since "
        f"{rng.choice(['March', 'April', 'May', 'June', 'August', 'October'])}, up from {_number(rng)} a month earlier.",
        f"{other.capitalize() if other.startswith('the') else other} said the {topic} would cost about "
        f"${rng.randint(2, 95)}.{rng.randint(1, 9)} billion over {rng.randint(2, 9)} years, "
        f"or {rng.randint(2, 40)} percent more than planned, according to {' '.join(rng.sample(WORDS, 4))}.",
        f"Prices rose {rng.randint(1, 9)}.{rng.randint(0, 9)} percent in {place} last month, and "
        f"{rng.randint(2, 60)} {rng.choice(WORDS)} were reported near the {rng.choice(WORDS)} {filler}.",
        f"{person} said {rng.randint(2, 90)} {rng.choice(THINGS)} had been counted near {rng.choice(PLACES)}, "
        f"while {' '.join(rng.sample(WORDS, 6))} remained unclear.",
        " ".join(rng.sample(FILLER, len(FILLER))).capitalize() + f", {' '.join(rng.sample(WORDS, 5))}.",
        f"{person} is expected to meet {rng.choice(PEOPLE)} in {rng.choice(CITIES).title()} to discuss the {topic}, "
        f"{' '.join(rng.sample(WORDS, 6))}.",
        f"The {topic} has divided {' '.join(rng.sample(WORDS, 3))} in {place} and beyond, "
        f"with {' '.join(rng.sample(WORDS, 5))} on both sides.",
        f'"This is not the {rng.choice(WORDS)} we were promised," said {rng.choice(PEOPLE)}, who has '
        f"criticised {actor}'s {' '.join(rng.sample(WORDS, 4))}.",
        f"{who.capitalize()} declined to comment on the {topic} or on {' '.join(rng.sample(WORDS, 5))}.",
        f"Relations between {actor} and {other} have {rng.choice(['worsened', 'improved', 'stalled'])} since "
        f"the {topic} was announced, {' '.join(rng.sample(WORDS, 4))} said.",
    ]


@dataclass
class Story:
    number: int
    day: date
    city: str
    agency: str
    title: str
    paragraphs: list[str]


def make_story(number: int, rng: random.Random, day: date) -> Story:
    actor, place = rng.choice(ACTORS), rng.choice(PLACES)
    paragraphs = []
    for _ in range(rng.randint(6, 9)):
        bank = _sentence_bank(rng, actor, place)
        paragraphs.append(" ".join(rng.sample(bank, rng.randint(2, 4))))
    title = f"{actor} {rng.choice(VERBS).split()[-1]} {_number(rng)} {rng.choice(THINGS)} near {place}, officials say"
    return Story(number, day, rng.choice(CITIES), rng.choice(AGENCIES), title, paragraphs)


def copy_of(story: Story, rng: random.Random, number: int) -> Story:
    """A syndicated copy: another headline, a trimmed last paragraph, a day or two later."""
    paragraphs = story.paragraphs[:-1] if len(story.paragraphs) > 4 else story.paragraphs
    return Story(number, story.day + timedelta(days=rng.randint(0, 2)), story.city, story.agency,
                 "UPDATE: " + story.title, paragraphs)


def slug(story: Story) -> str:
    return f"{story.day.isoformat()}_story-{story.number:07d}"


def wire_text(story: Story) -> str:
    body = "\n\n".join(story.paragraphs)
    return (f"date {story.day.isoformat()}\n\n{story.city} ({story.agency}) - {body}\n\n"
            f"Copyright {story.agency}\n\n(c) {story.day.year} {story.agency}\n")


def page_html(story: Story, outlet: str, url: str) -> str:
    rest = "".join(f"<p>{p}</p>\n" for p in story.paragraphs[1:])
    nav = "".join(f'<li><a href="/section/{w}">{w.title()}</a></li>' for w in WORDS[:12])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{story.title} | {outlet}</title>
<link rel="canonical" href="{url}">
<meta property="og:title" content="{story.title}"><meta property="og:site_name" content="{outlet}">
<meta property="article:published_time" content="{story.day.isoformat()}T08:00:00+00:00">
<meta name="author" content="{PEOPLE[story.number % len(PEOPLE)]}"></head>
<body><header><nav><ul>{nav}</ul></nav></header>
<main><article><h1>{story.title}</h1><p class="byline">By {PEOPLE[story.number % len(PEOPLE)]}</p>
<p>{story.city.title()} ({story.agency}) &mdash; {story.paragraphs[0]}</p>
{rest}</article></main>
<aside><h2>Most read</h2><ul>{nav}</ul></aside><footer><p>&copy; {story.day.year} {outlet}. All rights reserved.</p></footer>
</body></html>
"""


@dataclass
class Corpus:
    root: Path
    wire: int = 0
    pages: dict[str, list[tuple[str, date]]] = field(default_factory=dict)  # host -> (url, day)
    stories: list[Story] = field(default_factory=list)  # originals, for late copies
    next_number: int = 0


def add_documents(corpus: Corpus, count: int, rng: random.Random, days: tuple[int, int]) -> None:
    """Add ``count`` documents dated within ``days`` (offsets from START): stories and copies."""
    wire_dir = corpus.root / "wire"
    made = 0
    while made < count:
        corpus.next_number += 1
        if corpus.stories and rng.random() < 0.15:  # a syndicated copy of a recent story
            original = rng.choice(corpus.stories[-200:])
            story = copy_of(original, rng, corpus.next_number)
        else:
            day = START + timedelta(days=rng.randint(*days))
            story = make_story(corpus.next_number, rng, day)
            corpus.stories.append(story)
        if rng.random() < 0.7:
            path = wire_dir / f"{story.day:%Y}" / f"{story.day:%m}" / f"{slug(story)}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(wire_text(story), encoding="utf-8")
            os.utime(path, (time.time(), time.time()))
            corpus.wire += 1
        else:
            outlet, host = OUTLETS[story.number % len(OUTLETS)]
            url = f"https://{host}/news/{story.day:%Y/%m/%d}/story-{story.number:07d}.html"
            path = corpus.root / "mirror" / host / "news" / f"{story.day:%Y/%m/%d}" / f"story-{story.number:07d}.html"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(page_html(story, outlet, url), encoding="utf-8")
            corpus.pages.setdefault(host, []).append((url, story.day))
        made += 1
    write_feeds(corpus)


def write_feeds(corpus: Corpus) -> None:
    feeds_dir = corpus.root / "feeds"
    feeds_dir.mkdir(parents=True, exist_ok=True)
    entries = ['[settings]\nmirror = "mirror"\n',
               '[[feeds]]\nname = "wire"\nkind = "wire"\npath = "wire"\nmax_items = 10000000\n']
    for outlet, host in OUTLETS:
        urls = "".join(f"<url><loc>{u}</loc><lastmod>{d.isoformat()}</lastmod></url>\n"
                       for u, d in corpus.pages.get(host, []))
        (feeds_dir / f"{host}.xml").write_text(
            f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{urls}</urlset>\n", encoding="utf-8")
        entries.append(f'[[feeds]]\nname = "{host.split(".")[-2]}"\nkind = "sitemap"\npath = "feeds/{host}.xml"\n'
                       f'source = "{outlet}"\nmax_items = 10000000\n')
    (corpus.root / "feeds.toml").write_text("\n".join(entries), encoding="utf-8")


# --------------------------------------------------------------- measuring
def _proc_tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [root], [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _kb(path: Path, field_name: str) -> int:
    try:
        for line in path.read_text().splitlines():
            if line.startswith(field_name + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


@dataclass
class Measured:
    wall: float
    main_hwm_mb: float
    tree_pss_mb: float
    summary: dict
    stdout: str


def measure(args: list[str], env: dict) -> Measured:
    summary_path = Path(tempfile.mkstemp(suffix=".json")[1])
    started = time.perf_counter()
    proc = subprocess.Popen([*NEWSLAKE, *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**env, "NEWSLAKE_SUMMARY_JSON": str(summary_path)})
    peaks = {"hwm": 0, "pss": 0}
    output: list[str] = []
    reader = threading.Thread(target=lambda: output.extend(proc.stdout), daemon=True)
    reader.start()
    while proc.poll() is None:
        peaks["hwm"] = max(peaks["hwm"], _kb(Path(f"/proc/{proc.pid}/status"), "VmHWM"))
        peaks["pss"] = max(peaks["pss"], sum(_kb(Path(f"/proc/{p}/smaps_rollup"), "Pss") for p in _proc_tree(proc.pid)))
        time.sleep(0.2)
    wall = time.perf_counter() - started
    reader.join(10)
    text = "".join(output)
    if proc.returncode != 0:
        raise SystemExit(f"newslake {' '.join(args)} failed ({proc.returncode}):\n{text[-3000:]}")
    try:
        summary = json.loads(summary_path.read_text()) if summary_path.stat().st_size else {}
    finally:
        summary_path.unlink(missing_ok=True)
    return Measured(wall, peaks["hwm"] / 1024, peaks["pss"] / 1024, summary, text)


def rates(m: Measured) -> str:
    s, sec = m.summary, m.summary.get("seconds", {})
    items = (s.get("per_feed") or {}).get("*", {}).get("items", 0)
    articles = s.get("new", 0) + s.get("updated", 0)
    parts = []
    for stage, rows in (("discover", items), ("read", s.get("discovered", 0)), ("extract", s.get("discovered", 0)),
                        ("commit", articles)):
        if sec.get(stage):
            parts.append(f"{stage} {rows / sec[stage]:,.0f}/s ({sec[stage]:.1f}s)")
    return ", ".join(parts)


def work(m: Measured) -> float:
    sec = m.summary.get("seconds", {})
    return sum(sec.get(stage, 0.0) for stage in ("read", "extract", "commit"))


def bench(n: int, base: Path, env: dict, keep: bool, seed: int) -> dict:
    root = base / f"n{n}"
    shutil.rmtree(root, ignore_errors=True)
    corpus = Corpus(root / "corpus")
    rng = random.Random(seed)
    made = time.perf_counter()
    days = max(30, n // PER_DAY)
    add_documents(corpus, n, rng, (0, days - 1))
    print(f"[n={n:,}] corpus: {corpus.wire:,} wire files, {sum(len(v) for v in corpus.pages.values()):,} pages "
          f"in {time.perf_counter() - made:.0f}s", flush=True)
    run_env = {**env, "NEWSLAKE_DATA_DIR": str(root / "data")}
    config = str(corpus.root / "feeds.toml")
    results = {}
    results["full"] = measure(["run", "--config", config, "--no-build", "--lake-format", "parquet"], run_env)
    print(f"[n={n:,}] full: {results['full'].wall:.1f}s; {rates(results['full'])}", flush=True)
    results["no-op"] = measure(["run", "--config", config, "--no-build"], run_env)
    print(f"[n={n:,}] no-op: {results['no-op'].wall:.1f}s", flush=True)
    add_documents(corpus, max(1, n // 100), rng, (days, days + 1))  # the next day's news, and late copies
    results["rerun"] = measure(["run", "--config", config, "--no-build"], run_env)
    print(f"[n={n:,}] rerun (+1 %): {results['rerun'].wall:.1f}s; {rates(results['rerun'])}", flush=True)
    results["build"] = measure(["build"], run_env)
    figures = _count(root / "data" / "lake", "figures")
    print(f"[n={n:,}] build: {results['build'].wall:.1f}s over {figures:,} figures", flush=True)
    full, noop, rerun = results["full"], results["no-op"], results["rerun"]
    row = {
        "n": n,
        "articles": _count(root / "data" / "lake", "articles"),
        "figures": figures,
        **{f"{k}_wall": round(v.wall, 1) for k, v in results.items()},
        **{f"{k}_main_mb": round(v.main_hwm_mb) for k, v in results.items()},
        **{f"{k}_tree_mb": round(v.tree_pss_mb) for k, v in results.items()},
        "full_rates": rates(full),
        "rerun_rates": rates(rerun),
        "rerun_work_ratio": round(work(rerun) / work(full), 4) if work(full) else None,
        "rerun_wall_ratio": round((rerun.wall - noop.wall) / (full.wall - noop.wall), 4),
        "rerun_new": rerun.summary.get("new"),
        "lake_mb": round(sum(p.stat().st_size for p in (root / "data" / "lake").rglob("*") if p.is_file()) / 2**20, 1),
        "index_mb": round(sum(p.stat().st_size for p in (root / "data" / "lake" / "_state").glob("*")) / 2**20, 1),
    }
    if not keep:
        shutil.rmtree(root, ignore_errors=True)
    return row


def _count(lake: Path, table: str) -> int:
    import duckdb

    try:
        return duckdb.connect().execute(f"select count(*) from read_parquet('{lake}/{table}/*/*.parquet')").fetchone()[0]
    except duckdb.Error:
        return 0


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, action="append", help="documents (repeatable; default 10000 and 100000)")
    parser.add_argument("--dir", type=Path, default=None, help="work folder (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the corpus and the data folder")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--json", type=Path, default=None, help="also write the rows as JSON here")
    parser.add_argument("--newslake", default=None,
                        help="the command to time instead of this checkout's newslake, e.g. "
                             "'env PYTHONPATH=/tmp/old .venv/bin/python -m newslake.cli' (an older checkout)")
    args = parser.parse_args()
    if args.newslake:
        NEWSLAKE[:] = shlex.split(args.newslake)
    sizes = args.n or [10_000, 100_000]
    base = args.dir or Path(tempfile.mkdtemp(prefix="bench-scale-"))
    base.mkdir(parents=True, exist_ok=True)
    from newslake.prefect_server import PrefectServer

    home = base / "prefect"
    home.mkdir(exist_ok=True)
    os.environ.update({"DO_NOT_TRACK": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false"})
    server = PrefectServer(home, database_url=f"sqlite+aiosqlite:///{home / 'prefect.db'}")
    server.start()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSLAKE_")}
    env.update({"PREFECT_API_URL": server.api_url, "PREFECT_HOME": str(home)})
    rows = []
    try:
        for n in sizes:
            rows.append(bench(n, base, env, args.keep, args.seed))
            if args.json:
                args.json.write_text(json.dumps(rows, indent=1))
    finally:
        server.stop()
    print()
    print("| N | articles | full wall | full RSS main / tree | no-op wall | rerun +1 % wall | rerun RSS main / tree "
          "| rerun work ratio | rerun wall ratio (beyond no-op) | build wall (figures) | build RSS |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['n']:,} | {r['articles']:,} | {r['full_wall']} s | {r['full_main_mb']} / {r['full_tree_mb']} MB "
              f"| {r['no-op_wall']} s | {r['rerun_wall']} s | {r['rerun_main_mb']} / {r['rerun_tree_mb']} MB "
              f"| {_pct(r['rerun_work_ratio'])} | {_pct(r['rerun_wall_ratio'])} | {r['build_wall']} s ({r['figures']:,}) "
              f"| {r['build_main_mb']} MB |")
    for r in rows:
        print(f"n={r['n']:,}: full {r['full_rates']}; rerun {r['rerun_rates']}; lake {r['lake_mb']} MB "
              f"(index {r['index_mb']} MB)")
    if not args.dir:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
