"""``newslake report``: the analyst's report as one self-contained HTML page.

``build_report(warehouse, out, filters, lake)`` reads the warehouse
read-only (``report_data``), draws the charts (``report_charts``: Altair,
rendered to inline SVG by vl-convert) and fills the Jinja2 template
``templates/report.html.j2``. The page holds everything it shows: no script,
no stylesheet, font or image from elsewhere, and a Content-Security-Policy
of ``default-src 'none'`` so that a browser would refuse any request if one
crept in. Links to the articles are plain links, followed only when clicked.

Sections: troop and casualty estimates over time (country level, then per
place), the claims ledger, how the most widely carried claim spread, who is
quoted most, entities mentioned over time, pipeline health. A section with
nothing to show says why (a missing model, an empty model, or the filters).
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from newslake import report_charts as charts
from newslake.report_data import TREND_MODELS, Filters, ReportData
from newslake.warehouse import connect_read_only

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
MAX_SERIES = 6  # charts per trend level; the other series are listed
MAX_NOTES = 40  # numbered notes per chart: its latest estimates (all of them have hover text)
MAX_ESTIMATORS = 10  # lines per chart: the estimators with the most estimates; the others are listed
MAX_CLAIMS = 40
MAX_ARTICLE_LINKS = 12


@dataclass
class Table:
    columns: list[str]
    rows: list[list[Any]]
    note: Any = None
    css: str = ""


@dataclass
class Block:
    title: str | None = None
    intro: Any = None
    charts: list[charts.Chart] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    empty: Any = None  # why there is nothing to show
    notes_title: str | None = None
    notes: Table | None = None


@dataclass
class Section:
    id: str
    title: str
    intro: Any
    blocks: list[Block]

    @property
    def empty(self) -> bool:
        return all(b.empty is not None and not b.charts and not b.tables for b in self.blocks)


@dataclass
class ReportResult:
    path: Path
    bytes: int
    seconds: float
    charts: int
    empty_blocks: list[str]


# -------------------------------------------------------------------- cells
def link(url: str | None, text: Any) -> Any:
    """A link to an article's address (http/https only), else the text."""
    if url and url.startswith(("http://", "https://")):
        return Markup('<a href="{}" rel="noreferrer noopener">{}</a>').format(url, text)
    return text


def day(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def cut(text: str | None, limit: int) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _query_hint(sql: str) -> Markup:
    return Markup("<code>newslake query \"{}\"</code>").format(sql)


# ------------------------------------------------------------------- trends
def _series_label(unit: str | None, subject: str | None, place: str | None, kind: str, level: str = "place") -> str:
    who = subject or "side not named"
    where = f" in {place}" if place else (" (country not given)" if level == "country" else " (place not given)")
    return f"{unit}: {who}{where}" if kind == "casualties" else f"{who}{where}"


def _group_series(rows: Sequence[Mapping[str, Any]]) -> list[tuple[tuple, list[Mapping[str, Any]]]]:
    groups: dict[tuple, list[Mapping[str, Any]]] = {}
    for row in rows:
        groups.setdefault((row["unit"], row["subject"], row["place"]), []).append(row)

    def weight(item: tuple[tuple, list[Mapping[str, Any]]]) -> tuple:
        key, series = item
        return (-sum(1 for r in series if r["is_new_estimate"]), -len({r["estimator"] for r in series}),
                tuple(k or "" for k in key))

    return sorted(groups.items(), key=weight)


TREND_TEXT = {
    "troops": ("troops", "Troop estimates over time",
               "Who said how many troops were where, and when. Read from the models "
               "<code>troop_estimate_trend_by_country</code> (country level) and <code>troop_estimate_trend</code> "
               "(per place)."),
    "casualties": ("casualties", "Casualty estimates over time",
                   "Killed, wounded and casualty figures, one series per unit. Read from "
                   "<code>casualty_estimate_trend_by_country</code> (country level) and "
                   "<code>casualty_estimate_trend</code> (per place)."),
}
HOW_TO_READ = Markup(
    "One line per estimator: the midpoint of its current estimate as a step (it holds until the estimator gives a "
    "new figure). The shaded band and the vertical bar at a point span its low to high bounds. Solid lines and "
    "bold labels: named claimants on the public record (the government, agency or official the text names); "
    "dashed: the outlet's own unattributed figure. Hover a point for the sentence, outlet and date of the first "
    "report, or find its note number in the table under the charts. The date is the claim date (the day the "
    "figure refers to). A wire story's copies count once.")


def _trend_section(data: ReportData, kind: str) -> Section:
    unit_word, title, intro = TREND_TEXT[kind]
    levels = {level: data.trend(kind, level, MAX_SERIES, MAX_ESTIMATORS) for level in ("country", "place")}
    estimators: dict[str, int] = {}
    for _model, rows, _why in levels.values():
        for row in rows or []:
            estimators[row["estimator"]] = estimators.get(row["estimator"], 0) + 1
    colors = charts.color_map(sorted(estimators, key=lambda e: (-estimators[e], e)))
    blocks = []
    for level, (model, rows, why) in levels.items():
        heading = "By country" if level == "country" else "By place"
        if not rows:
            blocks.append(Block(title=heading, empty=Markup(why)))
            continue
        prefix = ("T" if kind == "troops" else "C") + ("C" if level == "country" else "P")
        series = _group_series(rows)
        rest_series, rest_estimators = data.trend_left_out.get((kind, level), ([], {}))
        block = Block(title=heading)
        note_rows: list[list[Any]] = []
        unlisted: list[str] = []
        noted_only: list[str] = []
        for (unit, subject, place), series_rows in series[:MAX_SERIES]:
            label = _series_label(unit, subject, place, kind, level)
            others = rest_estimators.get((unit, subject, place))
            if others:
                unlisted.append(f"{label}: {len(others)} more estimators ("
                                + ", ".join(f"{name} {n}" for name, n in others[:12])
                                + (", ..." if len(others) > 12 else "") + ")")
            notes: dict[int, str] = {}
            new_rows = [i for i, row in enumerate(series_rows) if row["is_new_estimate"]]
            if len(new_rows) > MAX_NOTES:
                noted_only.append(f"{label}: the latest {MAX_NOTES} of {len(new_rows)}")
            for i in new_rows[-MAX_NOTES:]:
                row = series_rows[i]
                notes[i] = f"{prefix}{len(note_rows) + 1}"
                note_rows.append([
                    Markup('<span class="note">{}</span>').format(notes[i]), day(row["estimate_date"]), label,
                    row["estimator"] + (" (outlet)" if row["estimator_kind"] == "outlet" else ""),
                    charts.fmt_range(row["value_low"], row["value_high"]),
                    link(row["estimate_url"], f"{row['estimate_source']}, {day(row['reported_date'])}"),
                    cut(row["estimate_sentence"], 400),
                ])
            block.charts.append(charts.trend_chart(
                series_rows, title=label, unit=unit_word if kind == "troops" else unit, model=model,
                colors=colors, notes=notes))
        rest = [((r["unit"], r["subject"], r["place"]), r["n_new"]) for r in rest_series]
        rest += [(key, sum(1 for r in s if r["is_new_estimate"])) for key, s in series[MAX_SERIES:]]
        place_col = "country" if level == "country" else "location"
        if rest:
            listed = "; ".join(f"{_series_label(*key, kind, level)} ({n})" for key, n in rest[:40])
            if len(rest) > 40:
                listed += f"; and {len(rest) - 40} more"
            block.tables.append(Table(columns=[], rows=[], note=Markup(
                "{} more series with fewer estimates are not charted (estimates in brackets): {}. All of them: {}.").format(
                    len(rest), listed, _query_hint(f"select * from {model} order by subject, {place_col}, date"))))
        if unlisted:
            block.tables.append(Table(columns=[], rows=[], note=Markup(
                "Each chart draws the {} estimators with the most estimates; not drawn (estimates): {}. All of them: {}.").format(
                    MAX_ESTIMATORS, "; ".join(unlisted), _query_hint(f"select * from {model} order by subject, {place_col}, date"))))
        block.notes_title = f"Notes: the {len(note_rows)} estimates charted above and their first report"
        if noted_only:
            block.notes_title += (" (series with many estimates: " + "; ".join(noted_only)
                                  + "; every point's hover text has its sentence)")
        block.notes = Table(columns=["note", "claim date", "series", "estimator", "estimate", "first reported", "sentence"],
                            rows=note_rows, css="notes")
        blocks.append(block)
    return Section(id=kind, title=title, intro=Markup("<p>{}</p><p>{}</p>").format(Markup(intro), HOW_TO_READ),
                   blocks=blocks)


# ------------------------------------------------------------------- claims
def _claim_label(claim: Mapping[str, Any]) -> str:
    where = " in ".join(x for x in (claim["subject"], claim["location"]) if x) or "subject and place not given"
    return f"{charts.fmt_range(claim['value_low'], claim['value_high'])} {claim['unit']}: {where}"


def _claims_section(data: ReportData) -> Section:
    rows, total, why = data.claims(MAX_CLAIMS)
    intro = Markup("Each distinct claim (subject, place, unit, bounds, estimator) once, with its first report and how "
                   "far it travelled: <em>stories</em> are independent reports (a wire story and its reprints are one), "
                   "<em>articles</em> count every copy. Read from <code>fct_claims</code>; the articles are those of the "
                   "stories that carried the claim (<code>int_figure_claims</code>, <code>stg_articles</code>).")
    if not rows:
        return Section("claims", "Claims ledger", intro, [Block(empty=Markup(why))])
    links = data.claim_articles([r["claim_id"] for r in rows])
    table_rows = []
    for i, claim in enumerate(rows, 1):
        articles = links.get(claim["claim_id"], [])
        shown = [link(a["url"], f"{a['source']} {day(a['article_date'])}") for a in articles[:MAX_ARTICLE_LINKS]]
        more = len(articles) - len(shown)
        cell = Markup(", ").join(shown) + (Markup(" and {} more").format(more) if more > 0 else "")
        table_rows.append([
            i, _claim_label(claim),
            claim["estimator"] + (" (outlet)" if claim["estimator_is_outlet"] else ""),
            link(claim["first_url"], f"{day(claim['first_reported_date'])}, {claim['first_outlet']}"),
            cut(claim["first_sentence"], 300),
            f"{claim['n_reports']} stories, {claim['n_articles']} articles, {claim['n_outlets']} outlets",
            cell,
        ])
    note = None
    if total > len(rows):
        note = Markup("The {} most widely carried of {} claims within the filters. All of them: {}.").format(
            len(rows), total, _query_hint("select * from fct_claims order by n_outlets desc"))
    table = Table(columns=["#", "claim", "estimator", "first report", "sentence", "spread", "articles"],
                  rows=table_rows, note=note, css="ledger")
    return Section("claims", "Claims ledger", intro, [Block(tables=[table])])


def _spread_section(data: ReportData) -> Section:
    intro = Markup("The claim carried by the most articles: its first report, the other stories that repeated it and "
                   "the syndicated copies (reprints of one story, grouped by <code>cluster_id</code>) over time.")
    claim, articles, why = data.claim_spread()
    blocks = []
    if claim is None or not articles:
        blocks.append(Block(empty=Markup(why or "No article carries the claim.")))
    else:
        stories = len({a["cluster_id"] for a in articles})
        block = Block(intro=Markup(
            "{estimator}: <strong>{claim}</strong>, first reported by {outlet} on {first}: “{sentence}” "
            "Carried by {n} articles in {stories} stories from {outlets} outlets, the last on {last}.").format(
                estimator=claim["estimator"], claim=_claim_label(claim), outlet=claim["first_outlet"],
                first=day(claim["first_reported_date"]), sentence=cut(claim["first_sentence"], 400),
                n=len(articles), stories=stories, outlets=len({a["source"] for a in articles}),
                last=day(claim["last_reported_date"])))
        block.charts.append(charts.spread_chart(claim, articles, title="First report and repeats by outlet"))
        block.tables.append(Table(
            columns=["published", "outlet", "role", "story", "title"],
            rows=[[day(a["published_at"] or a["article_date"]), a["source"], a["role"], a["cluster_id"][:8],
                   link(a["url"], a["title"] or "(no title)")] for a in articles]))
        blocks.append(block)
    clusters, total = data.clusters(15)
    if clusters:
        note = None if total <= len(clusters) else Markup("The {} largest of {} reprinted stories. All: {}.").format(
            len(clusters), total, _query_hint("select * from int_article_clusters where n_articles > 1"))
        blocks.append(Block(title="Stories reprinted by other outlets", tables=[Table(
            columns=["first published", "first outlet", "title", "articles", "outlets"],
            rows=[[day(c["first_published_at"] or c["first_article_date"]), c["first_source"],
                   link(c["first_url"], c["first_title"] or "(no title)"), c["n_articles"], ", ".join(c["outlets"])]
                  for c in clusters], note=note)]))
    else:
        reason = data.missing_reason("int_article_clusters") or Markup(
            "No story was carried by more than one article (<code>int_article_clusters</code>) within the filters.")
        blocks.append(Block(title="Stories reprinted by other outlets", empty=Markup(reason)))
    return Section("spread", "How one claim spread", intro, blocks)


# ------------------------------------------------------------ quotes, entities
def _quotes_section(data: ReportData) -> Section:
    rows, counts, why = data.speakers(15)
    intro = Markup("Speakers by the number of quotes, a wire story's quote counted once (<code>fct_quotes</code>, "
                   "<code>is_first_in_story</code>). Blue: the speaker is linked to an entity of the catalog.")
    if not rows:
        return Section("quotes", "Who is quoted most", intro, [Block(empty=Markup(why))])
    block = Block(intro=Markup("{} quotes within the filters ({} once per story); {} have no speaker.").format(
        counts["n_quotes"], counts["n_stories"], counts["n_unattributed"]))
    block.charts.append(charts.speakers_chart(rows, title="Most quoted speakers"))
    block.tables.append(Table(
        columns=["speaker", "type", "quotes", "with copies", "outlets", "first", "last", "latest quote"],
        rows=[[r["speaker"], r["speaker_type"] or "", r["n_quotes"], r["n_copies"], r["n_outlets"], day(r["first_date"]),
               day(r["last_date"]), f"“{cut(r['latest_quote'], 220)}” ({r['latest_source']})"] for r in rows]))
    return Section("quotes", "Who is quoted most", intro, [block])


def _entities_section(data: ReportData) -> Section:
    weeks, totals, why = data.entity_weeks(8)
    model = "stg_entities" if data.topic_pattern else "fct_entity_mentions_daily"
    intro = Markup("Articles per week that mention each of the most mentioned entities (people, organisations, "
                   "places), by article date. Read from <code>fct_entity_mentions_daily</code> and "
                   "<code>dim_entities</code> (with <code>--topic</code>: the same counts from <code>stg_entities</code>, "
                   "articles on topic only).")
    if not totals:
        return Section("entities", "Entities mentioned over time", intro, [Block(empty=Markup(why))])
    block = Block()
    block.charts.append(charts.entities_chart(weeks, [t["name"] for t in totals], title="Articles per week", model=model))
    block.tables.append(Table(columns=["entity", "type", "articles", "mentions", "first seen", "last seen"],
                              rows=[[t["name"], t["type"] or "", t["n_articles"], t["n_mentions"], day(t["first_date"]),
                                     day(t["last_date"])] for t in totals]))
    return Section("entities", "Entities mentioned over time", intro, [block])


# ------------------------------------------------------------------- health
def _health_section(data: ReportData) -> Section:
    intro = Markup("Is the pipeline bringing the news in? Articles per outlet and day (<code>fct_source_coverage</code>), "
                   "failed fetches (<code>stg_fetch_log</code>) and quarantined inputs (<code>stg_quarantine</code>), "
                   "and the latest runs (the lake's run log, as <code>newslake status</code> shows it). "
                   "<code>--topic</code> does not apply here.")
    blocks = []
    coverage, why = data.coverage_days()
    coverage_block = Block(title="Articles per outlet per day")
    if coverage:
        coverage_block.charts.append(charts.coverage_chart(coverage, title="Articles per day, stacked by outlet"))
    else:
        coverage_block.empty = Markup(why)
    blocks.append(coverage_block)

    failure_block = Block(title="Fetch failures and quarantine")
    failures, why = data.failure_days(coverage)
    if failures:
        failure_block.charts.append(charts.failures_chart(failures, title="Failures per day, by kind"))
    else:
        failure_block.empty = Markup(why)
    errors, n_errors = data.fetch_errors(20)
    if errors:
        failure_block.tables.append(Table(
            columns=["fetched", "feed", "status", "error", "url"],
            rows=[[day(e["fetched_at"]), e["feed"], e["status"] or "", e["error"] or "", cut(e["url"], 100)] for e in errors],
            note=Markup("Latest {} of {} failed fetches.").format(len(errors), n_errors)))
    quarantined, n_quarantined = data.quarantine(20)
    if quarantined:
        failure_block.tables.append(Table(
            columns=["recorded", "run", "feed", "stage", "reason", "url"],
            rows=[[day(q["recorded_at"]), q["run_id"], q["feed"], q["stage"], cut(q["error"], 160), cut(q["url"], 100)]
                  for q in quarantined],
            note=Markup("Latest {} of {} quarantined inputs; <code>newslake retry-failed</code> retries them.").format(
                len(quarantined), n_quarantined)))
    blocks.append(failure_block)

    feeds = data.feed_health()
    feed_block = Block(title="Per feed")
    if feeds:
        feed_block.tables.append(Table(
            columns=["feed", "outlets", "articles", "last article", "fetches", "failed fetches", "quarantined",
                     "last successful fetch"],
            rows=[[f["feed"], ", ".join(f["outlets"] or []), f["n_articles"], day(f["last_article_date"]), f["n_fetches"],
                   f["n_fetch_errors"], f["n_quarantined"], day(f["last_success"]) or "—"] for f in feeds]))
    else:
        feed_block.empty = Markup(data.missing_reason("stg_articles") or "No feed brought anything within the filters.")
    blocks.append(feed_block)

    runs, why = data.runs(5)
    run_block = Block(title="Last runs")
    if runs:
        last = runs[0]
        run_block.intro = Markup("Last run <code>{}</code>: {} at {} UTC, {} new, {} skipped, {} failed, {} warnings.").format(
            last["run_id"], last["state"].lower(), day(last["started_at"]), last["articles_new"],
            last["articles_skipped"], last["articles_failed"], len(last["warnings"]))
        run_block.tables.append(Table(
            columns=["run", "started (UTC)", "seconds", "state", "new", "skipped", "failed", "warnings"],
            rows=[[r["run_id"], day(r["started_at"]), "" if r["seconds"] is None else f"{r['seconds']:.1f}", r["state"],
                   r["articles_new"], r["articles_skipped"], r["articles_failed"], len(r["warnings"])] for r in runs]))
        if last["warnings"]:
            run_block.tables.append(Table(columns=["warnings of the last run"],
                                          rows=[[cut(w, 300)] for w in last["warnings"][:20]]))
    else:
        run_block.empty = Markup(why)
    blocks.append(run_block)
    return Section("health", "Pipeline health", intro, blocks)


# --------------------------------------------------------------------- page
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATE_DIR), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["num"] = lambda v: f"{v:,}" if isinstance(v, int) and not isinstance(v, bool) else v
    return env


def render_report(data: ReportData, warehouse: Path) -> tuple[str, list[Section]]:
    sections = [
        _trend_section(data, "troops"),
        _trend_section(data, "casualties"),
        _claims_section(data),
        _spread_section(data),
        _quotes_section(data),
        _entities_section(data),
        _health_section(data),
    ]
    built = datetime.fromtimestamp(warehouse.stat().st_mtime, timezone.utc)
    html = _environment().get_template("report.html.j2").render(
        sections=sections, overview=data.overview(), filters=data.filters, warehouse=str(warehouse),
        built=built.strftime("%Y-%m-%d %H:%M UTC"),
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        missing_models=[m for level in TREND_MODELS.values() for m in level.values() if m not in data.models],
        day=day,
    )
    return html, sections


def build_report(warehouse: Path, out: Path, filters: Filters | None = None, lake: Path | None = None) -> ReportResult:
    """Write the report of ``warehouse`` to ``out`` (atomically); return what was written."""
    started = time.perf_counter()
    warehouse, out = Path(warehouse), Path(out)
    with connect_read_only(warehouse) as con:
        data = ReportData(con, filters or Filters(), lake)
        html, sections = render_report(data, warehouse)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f"{out.name}.tmp-{os.getpid()}")
    tmp.write_text(html, encoding="utf-8")
    os.replace(tmp, out)
    empty = [f"{s.title}: {b.title}" if b.title else s.title for s in sections for b in s.blocks if b.empty is not None]
    return ReportResult(path=out, bytes=out.stat().st_size, seconds=time.perf_counter() - started,
                        charts=sum(len(b.charts) for s in sections for b in s.blocks), empty_blocks=empty)


class ReportError(Exception):
    """A one-line reason the report could not be written."""


def feed_tags(config: Path | None) -> dict[str, tuple[str, ...]]:
    """feed name -> tags, from a feeds config (empty when there is none)."""
    if config is None or not Path(config).exists():
        return {}
    from newslake.config import load_config

    return {feed.name: tuple(feed.tags) for feed in load_config(Path(config)).feeds}


def _configured_format(config: Path | None) -> str | None:
    """The config's settings.lake_format (None: no config, or it does not say)."""
    if config is None or not Path(config).exists():
        return None
    from newslake.config import load_config

    return load_config(Path(config)).lake_format


def run_report_command(data_dir: Path, out: Path, topics: Sequence[str], since: date | None,
                       config: Path | None) -> ReportResult:
    """``newslake report``: the warehouse and run log of ``data_dir`` to ``out``."""
    from newslake import paths
    from newslake.config import ConfigError
    from newslake.warehouse import WarehouseError

    warehouse = paths.warehouse_path(data_dir)
    if not warehouse.exists():
        raise ReportError(f"no warehouse at {warehouse}; run `newslake run` or `newslake build` first")
    topics = tuple(t.strip() for t in topics if t and t.strip())
    try:
        tags = feed_tags(config) if topics else {}
        lake = paths.resolve_lake(data_dir, _configured_format(config)).path  # the run log's lake
    except ConfigError as exc:
        raise ReportError(str(exc)) from exc
    try:
        return build_report(warehouse, out, Filters(topics=topics, since=since, feed_tags=tags), lake)
    except WarehouseError as exc:
        raise ReportError(str(exc)) from exc
    except OSError as exc:
        raise ReportError(f"cannot write {out}: {exc.strerror or exc}") from exc
