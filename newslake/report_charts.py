"""The charts of ``newslake report``: Altair specs rendered offline to inline SVG.

Each function takes rows read from a warehouse model (``report_data``) and
returns a ``Chart``: the SVG (rendered by vl-convert, no JavaScript, no
network), a one-line caption naming the model, and how many data marks it
drew. Hover text: Vega's SVG output carries a mark's ``description`` as its
``aria-label``; ``_finish_svg`` copies it into an SVG ``<title>``, which
browsers show as a tooltip. Element ids are prefixed per chart so that many
inline SVGs can share one page.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import altair as alt

# Vega's "tableau10" and ten more distinct hues, pinned here so that one
# estimator keeps its colour across every chart of the page.
PALETTE = [
    "#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#eeca3b", "#b279a2", "#ff9da6", "#9d755d", "#bab0ac",
    "#17becf", "#7f3c8d", "#e7298a", "#66a61e", "#a6761d", "#1b3a6b", "#666666", "#d95f02", "#1b9e77", "#000000",
]
WIDTH = 640
_ids = itertools.count(1)


@dataclass
class Chart:
    title: str
    svg: str
    caption: str
    marks: int  # data points drawn (points or bars; a line's vertices are not counted)


def color_map(names: Iterable[str]) -> dict[str, str]:
    """A stable colour per name, in the order given (most frequent first)."""
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(dict.fromkeys(names))}


def fmt_number(value: float | int | None) -> str:
    if value is None:
        return ""
    value = float(value)
    return f"{value:,.0f}" if value.is_integer() else f"{value:,.1f}"


def fmt_range(low: float | None, high: float | None) -> str:
    if low is None and high is None:
        return "?"
    if low is None:
        return f"up to {fmt_number(high)}"
    if high is None:
        return f"at least {fmt_number(low)}"
    return fmt_number(low) if low == high else f"{fmt_number(low)}–{fmt_number(high)}"


def _iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%S")
    return value.isoformat()


_SYMBOL = re.compile(r"<(path|rect|line|circle|text|image)\b([^<>]*?)(/?)>")
_LABEL = re.compile(r'aria-label="([^"]*)"')
_ID = re.compile(r'\bid="([^"]+)"')


def _finish_svg(svg: str) -> str:
    """Tooltips as <title>, ids unique on the page, no XML prolog."""
    svg = re.sub(r"^<\?xml[^>]*>\s*", "", svg)
    prefix = f"nlc{next(_ids)}-"
    for ident in set(_ID.findall(svg)):
        svg = svg.replace(f'id="{ident}"', f'id="{prefix}{ident}"')
        svg = svg.replace(f"url(#{ident})", f"url(#{prefix}{ident})").replace(f'href="#{ident}"', f'href="#{prefix}{ident}"')

    def add_title(match: re.Match[str]) -> str:
        tag, attrs, closing = match.groups()
        label = _LABEL.search(attrs)
        if closing != "/" or label is None or 'role="graphics-symbol"' not in attrs:
            return match.group(0)
        return f"<{tag}{attrs}><title>{label.group(1)}</title></{tag}>"

    return _SYMBOL.sub(add_title, svg)


def render(chart: alt.TopLevelMixin, title: str, caption: str, marks: int) -> Chart:
    import vl_convert as vlc

    svg = vlc.vegalite_to_svg(chart.to_json())
    return Chart(title=title, svg=_finish_svg(svg), caption=caption, marks=marks)


def _base(values: list[dict[str, Any]]) -> alt.Chart:
    return alt.Chart(alt.Data(values=values))


def _config(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    return (chart.configure(font="Helvetica, Arial, sans-serif")
            .configure_axis(labelFontSize=11, titleFontSize=12, gridColor="#eee")
            .configure_legend(labelFontSize=11, titleFontSize=12, labelLimit=260)
            .configure_view(stroke="#ddd"))


# ------------------------------------------------------------------- trends
def trend_chart(rows: Sequence[Mapping[str, Any]], *, title: str, unit: str, model: str,
                colors: Mapping[str, str], notes: Mapping[int, str]) -> Chart:
    """One series (unit, subject, place): a step line per estimator, low-high band and bars.

    ``notes`` maps the index of a row of ``rows`` (a new estimate) to its note
    label ("T3"); the point's hover text starts with it.
    """
    last_index: dict[str, int] = {}
    for i, row in enumerate(rows):
        last_index[row["estimator"]] = i
    values = []
    for i, row in enumerate(rows):
        if not row["is_new_estimate"] and last_index[row["estimator"]] != i:
            continue  # an unchanged estimate: the step line holds it already (and the SVG stays small)
        tip = None
        if row["is_new_estimate"]:
            reported = row.get("reported_date") or row["estimate_date"]
            tip = (f"[{notes.get(i, '')}] {row['estimator']}: {fmt_range(row['value_low'], row['value_high'])} {unit}"
                   f" as of {row['estimate_date']}. First reported by {row['estimate_source']} on {reported}: "
                   f"“{row['estimate_sentence']}”")
        values.append({
            "date": _iso(row["date"]), "estimator": row["estimator"], "kind": row["estimator_kind"] or "source",
            "low": row["value_low"], "high": row["value_high"], "mid": row["midpoint"],
            "new": bool(row["is_new_estimate"]), "last": last_index[row["estimator"]] == i, "tip": tip,
        })
    positive = [v[k] for v in values for k in ("mid", "high", "low") if v[k] is not None and v[k] > 0]
    log = bool(positive) and max(positive) / min(positive) > 100
    _place_labels(values, log=log)
    estimators = list(dict.fromkeys(v["estimator"] for v in values))
    color = alt.Color("estimator:N", title="estimator",
                      scale=alt.Scale(domain=estimators, range=[colors[e] for e in estimators]),
                      legend=alt.Legend(orient="bottom", direction="horizontal", columns=4, symbolType="circle",
                                        symbolSize=90, symbolOpacity=1, symbolStrokeWidth=0))
    x = alt.X("date:T", title="claim date", axis=alt.Axis(format="%b %d, %Y", labelAngle=0, tickCount=6))
    y_title = f"{unit} ({'log scale; ' if log else ''}line: midpoint; band: low to high)"
    y_scale = alt.Scale(type="log") if log else alt.Scale(zero=True)
    base = alt.Chart().encode(x=x, color=color)
    both = "isValid(datum.low) && isValid(datum.high)"
    band = base.transform_filter(both).mark_area(opacity=0.10, interpolate="step-after").encode(
        y=alt.Y("low:Q", title=y_title, scale=y_scale, axis=alt.Axis(format="~s")), y2="high:Q", detail="estimator:N")
    line = base.mark_line(interpolate="step-after", strokeWidth=2).encode(
        y=alt.Y("mid:Q", title=y_title, scale=y_scale),
        strokeDash=alt.StrokeDash("kind:N", title="estimator kind",
                                  scale=alt.Scale(domain=["source", "outlet"], range=[[1, 0], [5, 3]]),
                                  legend=alt.Legend(orient="bottom", symbolStrokeWidth=2, labelExpr=(
                                      "datum.label == 'source' ? 'named claimant (public record)' : 'outlet (unattributed)'"))))
    bars = base.transform_filter(f"datum.new && {both} && datum.low != datum.high").mark_rule(
        strokeWidth=3, opacity=0.55).encode(y="low:Q", y2="high:Q")
    points = base.transform_filter("datum.new").mark_point(filled=True, size=55, opacity=1).encode(
        y="mid:Q", description="tip:N", tooltip="tip:N")
    labels = base.transform_filter("isValid(datum.label_y)").mark_text(
        align="left", dx=8, fontSize=11, fontWeight="bold").encode(y="label_y:Q", text="estimator:N")
    chart = alt.layer(band, line, bars, points, labels, data=alt.Data(values=values)).properties(width=WIDTH, height=250)
    marks = sum(1 for v in values if v["new"])
    return render(_config(chart), title, f"From {model}: {marks} estimates by {len(estimators)} estimators, "
                                         f"{values[0]['date']} to {values[-1]['date']}.", marks)


def _place_labels(values: list[dict[str, Any]], *, log: bool = False, height_px: float = 250, gap_px: float = 14) -> None:
    """``label_y`` for the last point of each named claimant, pushed apart so labels don't overlap.

    Works on the chart's y scale: zero to the largest value, or its log.
    """
    import math

    def fwd(y: float) -> float:
        return math.log10(max(y, 1e-9)) if log else y

    found = [v[k] for v in values for k in ("mid", "high", "low") if v[k] is not None and (v[k] > 0 or not log)]
    if not found:
        for v in values:
            v["label_y"] = None
        return
    # the scale's domain as Vega "nices" it: whole powers of ten on a log scale
    bottom, top = ((math.floor(fwd(min(found))), math.ceil(fwd(max(found)))) if log else (0.0, max(found) or 1.0))
    gap = max(top - bottom, 1e-9) * gap_px / height_px
    ends = sorted((v for v in values if v["last"] and v["kind"] == "source" and v["mid"] is not None
                   and (v["mid"] > 0 or not log)), key=lambda v: v["mid"])
    ys = _spread_out([fwd(v["mid"]) for v in ends], gap, bottom, top)
    for v in values:
        v["label_y"] = None
    for v, y in zip(ends, ys):
        v["label_y"] = 10 ** y if log else y


def _spread_out(wanted: list[float], gap: float, bottom: float, top: float) -> list[float]:
    """Positions as near the sorted ``wanted`` as possible, at least ``gap`` apart, within [bottom, top].

    Overlapping labels merge into a cluster centred on their wanted positions.
    """
    clusters: list[list[float]] = []  # [first position, members' wanted positions...]
    for y in wanted:
        clusters.append([y, y])
        while len(clusters) > 1:
            *_, prev, last = clusters
            if prev[0] + gap * (len(prev) - 1) <= last[0]:
                break
            members = prev[1:] + last[1:]
            centre = sum(members) / len(members)
            clusters[-2:] = [[centre - gap * (len(members) - 1) / 2, *members]]
    out = [first + gap * i for first, *members in clusters for i in range(len(members))]
    for i in range(len(out) - 1, -1, -1):  # push down from the top edge, then up from the bottom
        out[i] = min(out[i], top if i == len(out) - 1 else out[i + 1] - gap)
    for i in range(len(out)):
        out[i] = max(out[i], bottom if i == 0 else out[i - 1] + gap)
    return out


# ------------------------------------------------------------------- spread
ROLE_COLORS = {"first report": "#d62728", "independent report": "#4c78a8", "syndicated copy": "#f58518"}


def spread_chart(claim: Mapping[str, Any], articles: Sequence[Mapping[str, Any]], *, title: str) -> Chart:
    values = []
    for art in articles:
        when = art["published_at"] or art["article_date"]
        values.append({
            "when": _iso(when), "outlet": art["source"], "role": art["role"],
            "story": art["cluster_id"][:8],
            "tip": f"{art['source']}, {_iso(when)}: {art['role']} (story {art['cluster_id'][:8]}): {art['title'] or ''}",
        })
    outlets = list(dict.fromkeys(v["outlet"] for v in values))
    roles = [r for r in ROLE_COLORS if any(v["role"] == r for v in values)]
    base = alt.Chart().encode(
        x=alt.X("when:T", title="published", axis=alt.Axis(format="%b %d, %Y", labelAngle=0)),
        y=alt.Y("outlet:N", title=None, sort=outlets))
    rule = base.mark_rule(color="#ccc", strokeDash=[2, 2]).encode(x=alt.X("min(when):T"), x2=alt.X2("max(when):T"))
    points = base.mark_point(filled=True, size=110, opacity=1).encode(
        color=alt.Color("role:N", title=None, scale=alt.Scale(domain=roles, range=[ROLE_COLORS[r] for r in roles]),
                        legend=alt.Legend(orient="top")),
        shape=alt.Shape("role:N", scale=alt.Scale(domain=roles, range=["diamond", "circle", "square"][:len(roles)]),
                        legend=None),
        description="tip:N", tooltip="tip:N")
    text = base.mark_text(align="left", dx=9, fontSize=10, color="#555").encode(text="story:N")
    chart = alt.layer(rule, points, text, data=alt.Data(values=values)).properties(width=WIDTH, height=max(80, 28 * len(outlets)))
    return render(_config(chart), title, f"From fct_claims, int_figure_claims and stg_articles (cluster_id): "
                                         f"{len(values)} articles in {len({v['story'] for v in values})} stories; "
                                         f"the label is the story (syndication cluster).", len(values))


# ------------------------------------------------------------------- quotes
def speakers_chart(rows: Sequence[Mapping[str, Any]], *, title: str) -> Chart:
    values = [{"speaker": r["speaker"], "quotes": r["n_quotes"], "copies": r["n_copies"], "outlets": r["n_outlets"],
               "linked": "linked to an entity" if r["linked"] else "name only",
               "tip": f"{r['speaker']}: {r['n_quotes']} quotes (counted once per story), {r['n_copies']} with copies, "
                      f"in {r['n_outlets']} outlets, {r['first_date']} to {r['last_date']}"} for r in rows]
    order = [v["speaker"] for v in values]
    chart = _base(values).mark_bar().encode(
        y=alt.Y("speaker:N", sort=order, title=None),
        x=alt.X("quotes:Q", title="quotes (a wire story's quote counts once)", axis=alt.Axis(tickMinStep=1, format="d")),
        color=alt.Color("linked:N", title=None, scale=alt.Scale(domain=["linked to an entity", "name only"],
                                                                 range=["#4c78a8", "#bab0ac"]),
                        legend=alt.Legend(orient="top")),
        description="tip:N", tooltip="tip:N",
    ).properties(width=WIDTH - 120, height=22 * len(values))
    return render(_config(chart), title, f"From fct_quotes: the {len(values)} most quoted speakers.", len(values))


# ----------------------------------------------------------------- entities
def entities_chart(weeks: Sequence[Mapping[str, Any]], names: Sequence[str], *, title: str, model: str) -> Chart:
    """Articles per week and entity; a week without a mention is a zero, not a gap bridged by the line."""
    from datetime import timedelta

    found = {(w["name"], w["week"]): w for w in weeks}
    all_weeks = []
    if weeks:
        week, last = min(w["week"] for w in weeks), max(w["week"] for w in weeks)
        while week <= last:
            all_weeks.append(week)
            week += timedelta(days=7)
    values = []
    for name in names:
        for week in all_weeks:
            w = found.get((name, week), {"n_articles": 0, "n_mentions": 0})
            values.append({"week": _iso(week), "entity": name, "articles": w["n_articles"], "mentions": w["n_mentions"],
                           "tip": f"{name}, week of {week}: {w['n_articles']} articles, {w['n_mentions']} mentions"})
    colors = color_map(names)
    base = alt.Chart().encode(
        x=alt.X("week:T", title="week (article date)", axis=alt.Axis(format="%b %d, %Y", labelAngle=0)),
        y=alt.Y("articles:Q", title="articles mentioning it"),
        color=alt.Color("entity:N", title="entity", sort=list(names),
                        scale=alt.Scale(domain=list(names), range=[colors[n] for n in names])))
    chart = alt.layer(base.mark_line(strokeWidth=2),
                      base.mark_point(filled=True, size=40, opacity=1).encode(description="tip:N", tooltip="tip:N"),
                      data=alt.Data(values=values)).properties(width=WIDTH, height=260)
    return render(_config(chart), title, f"From {model}: articles per week for the {len(names)} entities "
                                         f"mentioned in the most articles.", len(weeks))


# ------------------------------------------------------------------- health
COVERAGE_OUTLETS = 10  # outlets drawn by name; the others are one "other outlets" stack
COVERAGE_DAYS = 120  # a longer span is drawn by week


def coverage_chart(days: Sequence[Mapping[str, Any]], *, title: str) -> Chart:
    """Articles per outlet per day (per week over a long span; the smaller outlets stacked as one)."""
    totals: dict[str, int] = {}
    for d in days:
        if d["n_articles"]:
            totals[d["source"]] = totals.get(d["source"], 0) + d["n_articles"]
    ranked = sorted(totals, key=lambda o: (-totals[o], o))
    named = set(ranked[:COVERAGE_OUTLETS])
    other = f"other outlets ({len(ranked) - len(named)})"
    dates = sorted({d["date"] for d in days if d["n_articles"]})
    weekly = bool(dates) and (dates[-1] - dates[0]).days > COVERAGE_DAYS
    buckets: dict[tuple[Any, str], list[int]] = {}
    for d in days:
        if not d["n_articles"]:
            continue
        when = d["date"] - timedelta(days=d["date"].weekday()) if weekly else d["date"]
        b = buckets.setdefault((when, d["source"] if d["source"] in named else other), [0, 0])
        b[0] += d["n_articles"]
        b[1] += d["n_syndicated_copies"] or 0
    span = "week of" if weekly else ""
    values = [{"date": _iso(when), "outlet": outlet, "articles": n,
               "tip": f"{outlet}, {span + ' ' if span else ''}{when}: {n} articles ({copies} syndicated copies)"}
              for (when, outlet), (n, copies) in sorted(buckets.items(), key=lambda kv: (kv[0][0], kv[0][1]))]
    outlets = [o for o in ranked if o in named] + ([other] if len(ranked) > len(named) else [])
    colors = color_map(outlets)
    unit = "yearweek" if weekly else "yearmonthdate"
    chart = _base(values).mark_bar().encode(
        x=alt.X(f"{unit}(date):T", title="article date (by week)" if weekly else "article date",
                axis=alt.Axis(format="%b %d, %Y", labelAngle=0)),
        y=alt.Y("sum(articles):Q", title="articles", axis=alt.Axis(tickMinStep=1, format="d")),
        color=alt.Color("outlet:N", title="outlet", sort=outlets,
                        scale=alt.Scale(domain=outlets, range=[colors[o] for o in outlets])),
        order=alt.Order("outlet:N"),
        description="tip:N", tooltip="tip:N",
    ).properties(width=WIDTH, height=220)
    return render(_config(chart), title, f"From fct_source_coverage: {sum(totals.values())} articles from "
                                         f"{len(ranked)} outlets over {len(dates)} days"
                                         f"{' (bars: weeks)' if weekly else ''}.", len(values))


def failures_chart(days: Sequence[Mapping[str, Any]], *, title: str) -> Chart:
    values = []
    for d in days:
        for kind, column in (("failed fetch", "n_fetch_errors"), ("quarantined input", "n_extraction_failures")):
            if d[column]:
                values.append({"date": _iso(d["date"]), "kind": kind, "outlet": d["source"], "n": d[column],
                               "tip": f"{d['date']}, {d['source']}: {d[column]} {kind}{'s' if d[column] != 1 else ''}"})
    chart = _base(values).mark_bar().encode(
        x=alt.X("yearmonthdate(date):T", title="day recorded (UTC)", axis=alt.Axis(format="%b %d, %Y", labelAngle=0)),
        y=alt.Y("sum(n):Q", title="failures", axis=alt.Axis(tickMinStep=1, format="d")),
        color=alt.Color("kind:N", title=None, scale=alt.Scale(domain=["failed fetch", "quarantined input"],
                                                             range=["#e45756", "#f58518"]),
                        legend=alt.Legend(orient="top")),
        description="tip:N", tooltip="tip:N",
    ).properties(width=WIDTH, height=160)
    return render(_config(chart), title, "From fct_source_coverage (stg_fetch_log and stg_quarantine): "
                                         f"{sum(v['n'] for v in values)} failures.", len(values))
