"""Article pages in every language: newslake beside plain trafilatura, per language.

    python benchmarks/eval_pages.py GOLD [--half dev|held] [--show-errors] [--json OUT]

GOLD is a ``gold.jsonl`` (one page a line) with its ``pages/`` folder beside it
(``benchmarks/pages_heldout/gold.jsonl``). ``--half dev`` scores lines 1, 3, 5, ...
and ``--half held`` lines 2, 4, 6, ...; tune on dev only, and only score held
(``--show-errors`` is refused with ``--half held``).

Both systems get the page's bytes, as a fetch delivers them:

* (a) plain ``trafilatura.bare_extraction(bytes, url=..., with_metadata=True)`` with its
  default settings (it decodes the bytes itself);
* (b) newslake: the bytes decoded by ``newslake.fetch.decode_text`` (what the fetcher and the
  WARC reader do; no Content-Type header here), then ``transforms.pipeline.build_article``,
  the function every pipeline worker runs (extraction, article-length gate, language).

Scores, per language and over all pages:

* ``title``: equal after whitespace normalization (case and quotes as written);
* ``utc``: the published instant equals gold's to the minute (a date-only gold value:
  the predicted date equals it); trafilatura gives dates without a time, so it can only
  match date-only golds;
* ``local``: the predicted instant, seen in gold's UTC offset, falls on gold's local day
  (a date-only prediction: its date equals gold's local day);
* ``authors``: the same set of names (whitespace normalized);
* ``agencies``: the same set of wire services, case-folded, a long name and the contract's
  short one counting as one ("Associated Press" = "AP", ``AGENCY_ALIASES``); trafilatura
  has no agencies, so it gets an empty list;
* ``lang``: the ISO 639-1 code equals gold's;
* ``F1``: body word F1 (bag of case-folded words; Chinese, Japanese and Thai characters
  count one each, as these scripts write no spaces), macro-averaged over article pages;
* ``rej``: article pages for which no article came out (an error or an empty body);
* ``ent``: titles that still hold an HTML character reference ("&#8217;", "&ouml;").

Pages gold marks as not articles (``is_article: false``) count only in ``rej`` (as
non-articles accepted, column ``acc``) and are left out of the other scores.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402

from newslake.fetch import decode_text  # noqa: E402
from transforms.html import ExtractionError  # noqa: E402
from transforms.pipeline import RawDocument, build_article  # noqa: E402

# Scripts written without spaces: each character is a word for F1.
_NO_SPACE_SCRIPTS = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_NO_SPACE_SCRIPTS}]|[^\W{_NO_SPACE_SCRIPTS}]+")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
FETCHED = datetime.now(timezone.utc)


def tokens(text: str) -> Counter:
    return Counter(_TOKEN.findall((text or "").casefold()))


def word_f1(pred: str, gold: str) -> float:
    p, g = tokens(pred), tokens(gold)
    common = sum((p & g).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def norm(text: str | None) -> str:
    return " ".join((text or "").split())


# ----------------------------------------------------------------------------- gold

@dataclass
class Gold:
    """One gold page, whatever the key names of the file (see ``load_gold``)."""

    id: str
    path: Path
    url: str | None
    language: str
    is_article: bool
    title: str | None
    published: datetime | date | None  # aware datetime, or a date when gold has no time
    authors: list[str]
    agencies: list[str]
    body: str


def _first(record: dict, *keys: str, default=None):
    for key in keys:
        if key in record and record[key] is not None:
            return record[key]
    return default


def _gold_date(value: object) -> datetime | date | None:
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date.fromisoformat(value)
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def load_gold(path: Path) -> list[Gold]:
    pages_dir = path.parent / "pages"
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        r = json.loads(line)
        file = _first(r, "file", "page", "path", "filename", default=None) or f"{r['id']}.html"
        body = _first(r, "body", "text", default=None)
        if body is None:
            body = "\n\n".join(_first(r, "paragraphs", default=[]))
        # The local value keeps the publisher's offset (the local day); a date-only page has
        # ``date_only: "YYYY-MM-DD"`` and no time.
        published = _first(r, "published_local", "published_utc", "published_at", "published")
        date_only = _first(r, "date_only", default=None)
        if isinstance(date_only, str) and date_only.strip():
            published = date_only.strip()[:10]
        elif date_only is True and isinstance(published, str):
            published = published[:10]
        out.append(Gold(
            id=str(_first(r, "id", default=number)),
            path=pages_dir / Path(file).name if not (path.parent / file).exists() else path.parent / file,
            url=_first(r, "url"),
            language=_first(r, "language", "lang", default="?"),
            is_article=bool(_first(r, "is_article", "article", default=True)),
            title=_first(r, "title", "headline"),
            published=_gold_date(published),
            authors=list(_first(r, "authors", default=[])),
            agencies=list(_first(r, "agencies", default=[])),
            body=body,
        ))
    return out


# ----------------------------------------------------------------------------- systems

@dataclass
class Prediction:
    text: str = ""
    title: str | None = None
    published: datetime | date | None = None
    authors: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    language: str | None = None
    error: str | None = None


def run_newslake(page: bytes, url: str | None) -> Prediction:
    text, _charset = decode_text(page, None)
    if text is None:
        return Prediction(error="binary body")
    raw = RawDocument(id=url or "page", kind="html", body=text, url=url, fetched_at=FETCHED)
    try:
        article, _warnings = build_article(raw)
    except ExtractionError as exc:
        return Prediction(error=str(exc))
    return Prediction(article.text, article.title, article.published_at, list(article.authors),
                      list(article.agencies), article.language)


def run_trafilatura(page: bytes, url: str | None) -> Prediction:
    try:
        doc = trafilatura.bare_extraction(page, url=url, with_metadata=True)
    except Exception as exc:  # noqa: BLE001 - a crash is a rejected page here
        return Prediction(error=f"{type(exc).__name__}: {exc}")
    if doc is None or not (doc.text or "").strip():
        return Prediction(error="no text")
    published = date.fromisoformat(doc.date[:10]) if doc.date else None
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return Prediction(doc.text or "", doc.title, published, authors, [], doc.language)


# ----------------------------------------------------------------------------- scoring

def utc_ok(pred: datetime | date | None, gold: datetime | date | None) -> bool:
    if gold is None:
        return pred is None
    if pred is None:
        return False
    if not isinstance(gold, datetime):  # date-only gold
        if isinstance(pred, datetime):
            return pred.astimezone(timezone.utc).date() == gold
        return pred == gold
    if not isinstance(pred, datetime):
        return False
    return abs(pred - gold) < timedelta(minutes=1)


def local_ok(pred: datetime | date | None, gold: datetime | date | None) -> bool:
    if gold is None:
        return pred is None
    if pred is None:
        return False
    local_day = gold.date() if isinstance(gold, datetime) else gold
    if isinstance(pred, datetime):
        zone = gold.tzinfo if isinstance(gold, datetime) else timezone.utc
        return pred.astimezone(zone).date() == local_day
    return pred == local_day


def same_set(pred: list[str], gold: list[str]) -> bool:
    return {norm(p) for p in pred} == {norm(g) for g in gold}


# One agency, several names: the contract writes the short form ("AP", "dpa", "AFP"); a gold
# file may write the long one. Both sides are folded through this table (kept here, apart
# from the code under test) before the sets are compared.
AGENCY_ALIASES = {
    "associated press": "ap", "the associated press": "ap", "agence france-presse": "afp",
    "agence france presse": "afp", "deutsche presse-agentur": "dpa", "press association": "pa media",
    "pa": "pa media", "yonhap news agency": "yonhap", "yonhap news": "yonhap", "kyodo news": "kyodo",
    "xinhua news agency": "xinhua", "agencia efe": "efe", "ag\u00eancia lusa": "lusa",
    "thomson reuters": "reuters", "australian associated press": "aap", "the canadian press": "canadian press",
    "anadolu agency": "anadolu", "press trust of india": "pti", "jiji press": "jiji", "ritzau": "ritzau",
    "tt nyhetsbyr\u00e5n": "tt", "agenzia ansa": "ansa", "algemeen nederlands persbureau": "anp",
    "norsk telegrambyr\u00e5": "ntb", "agence t\u00e9l\u00e9graphique suisse": "ats",
    # the same agencies in their own scripts
    "\u0442\u0430\u0441\u0441": "tass", "\u0438\u043d\u0442\u0435\u0440\u0444\u0430\u043a\u0441": "interfax",
    "\u0440\u0438\u0430 \u043d\u043e\u0432\u043e\u0441\u0442\u0438": "ria novosti",
    "\u5171\u540c\u901a\u4fe1": "kyodo", "\u5171\u540c\u901a\u4fe1\u793e": "kyodo", "\u6642\u4e8b\u901a\u4fe1": "jiji",
    "\u65b0\u534e\u793e": "xinhua", "\u65b0\u83ef\u793e": "xinhua", "\u4e2d\u65b0\u793e": "china news service",
    "\uc5f0\ud569\ub274\uc2a4": "yonhap", "\ub274\uc2dc\uc2a4": "newsis", "\ub274\uc2a41": "news1",
}


def agency_key(name: str) -> str:
    folded = norm(name).casefold()
    return AGENCY_ALIASES.get(folded, folded)


def same_agencies(pred: list[str], gold: list[str]) -> bool:
    return {agency_key(p) for p in pred} == {agency_key(g) for g in gold}


METRICS = ("title", "utc", "local", "authors", "agencies", "lang", "f1")


def score_page(pred: Prediction, gold: Gold) -> dict:
    return {
        "title": norm(pred.title) == norm(gold.title),
        "utc": utc_ok(pred.published, gold.published),
        "local": local_ok(pred.published, gold.published),
        "authors": same_set(pred.authors, gold.authors),
        "agencies": same_agencies(pred.agencies, gold.agencies),
        "lang": (pred.language or "") == gold.language,
        "f1": word_f1(pred.text, gold.body),
        "rejected": pred.error is not None or not pred.text.strip(),
        "entity": bool(pred.title and _ENTITY.search(pred.title)),
    }


def mismatches(pred: Prediction, gold: Gold, s: dict) -> list[str]:
    out = []
    if s["rejected"]:
        out.append(f"REJECTED: {pred.error}")
    if not s["title"]:
        out.append(f"title {pred.title!r} != {gold.title!r}")
    if not s["utc"] or not s["local"]:
        out.append(f"date {pred.published} != {gold.published}")
    if not s["authors"]:
        out.append(f"authors {pred.authors} != {gold.authors}")
    if not s["agencies"]:
        out.append(f"agencies {pred.agencies} != {gold.agencies}")
    if not s["lang"]:
        out.append(f"lang {pred.language} != {gold.language}")
    if s["f1"] < 0.9:
        out.append(f"F1 {s['f1']:.3f} ({len(pred.text)} chars vs {len(gold.body)})")
    return out


def summarize(rows: list[dict]) -> dict:
    articles = [r for r in rows if r["is_article"]]
    n = len(articles)
    out = {m: (sum(r[m] for r in articles) / n if n else float("nan")) for m in METRICS}
    out["n"] = n
    out["rej"] = sum(r["rejected"] for r in articles)
    out["acc"] = sum(not r["rejected"] for r in rows if not r["is_article"])
    out["ent"] = sum(r["entity"] for r in rows)
    return out


HEADER = (f"{'lang':<5} {'system':<12} {'n':>3} {'title':>6} {'utc':>6} {'local':>6} {'authors':>7} "
          f"{'agenc':>6} {'lang':>6} {'F1':>6} {'rej':>4} {'acc':>4} {'ent':>4}")


def format_row(lang: str, system: str, s: dict) -> str:
    return (f"{lang:<5} {system:<12} {s['n']:>3} {s['title']:>6.3f} {s['utc']:>6.3f} {s['local']:>6.3f} "
            f"{s['authors']:>7.3f} {s['agencies']:>6.3f} {s['lang']:>6.3f} {s['f1']:>6.3f} "
            f"{s['rej']:>4} {s['acc']:>4} {s['ent']:>4}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--half", choices=("dev", "held"), default=None)
    parser.add_argument("--show-errors", action="store_true", help="print each dev page's mismatches")
    parser.add_argument("--lang", default=None, help="only pages of this language")
    parser.add_argument("--json", type=Path, default=None, help="write the summary as JSON")
    args = parser.parse_args(argv)
    if args.show_errors and args.half != "dev":
        parser.error("--show-errors needs --half dev: held-out mismatches are never printed")
    golds = load_gold(args.gold)
    if args.half is not None:
        golds = [g for i, g in enumerate(golds) if (i % 2 == 0) == (args.half == "dev")]
    if args.lang:
        golds = [g for g in golds if g.language == args.lang]
    rows: dict[str, list[dict]] = defaultdict(list)
    for gold in golds:
        page = gold.path.read_bytes()
        for system, run in (("trafilatura", run_trafilatura), ("newslake", run_newslake)):
            pred = run(page, gold.url)
            s = score_page(pred, gold) | {"is_article": gold.is_article, "lang_gold": gold.language}
            rows[system].append(s)
            if args.show_errors and system == "newslake":
                problems = mismatches(pred, gold, s) if gold.is_article else (
                    ["non-article accepted"] if not s["rejected"] else [])
                if problems:
                    print(f"  [{gold.id} {gold.language} {gold.path.name}] " + " | ".join(problems))
    languages = sorted({g.language for g in golds}, key=lambda code: (code != "en", code))
    summary: dict = {}
    print(f"{len(golds)} pages from {args.gold}" + (f", {args.half} half" if args.half else ""))
    print(HEADER)
    for lang in [*languages, "all", "non-en"]:
        for system in ("trafilatura", "newslake"):
            subset = [r for r in rows[system] if lang == "all" or r["lang_gold"] == lang
                      or (lang == "non-en" and r["lang_gold"] != "en")]
            if not subset:
                continue
            s = summarize(subset)
            summary.setdefault(lang, {})[system] = s
            print(format_row(lang, system, s))
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
