"""The rows behind ``newslake report``: every chart and table of the page.

Everything here is read from the warehouse (opened read-only), plus the
lake's run log (``pipeline_runs``, the table ``newslake status`` reads); no
number of the report is set by hand. A model the warehouse lacks is not an
error: the section that needs it says which model is missing.

Filters (``Filters``):

* ``since``: rows dated on or after the day. Each section's date is the one
  its model carries: the claim date of a trend step, the article date of a
  quote, mention or coverage row, the last article date of a claim (claims
  still repeated since then are kept), the UTC day of a fetch, quarantine
  record or run.
* ``topics``: one or more keywords or feed tags. An article is on topic when
  a keyword appears as a whole word (case-insensitive) in its title, in the
  name or surface form of an entity it mentions, in the sentence, subject,
  location or claimant of a figure it carries, in a quote or speaker of it,
  or when its feed carries the keyword as a tag in the feeds config. The
  estimate trends keep whole series (one estimator's line is not cut in two):
  a series is kept when one of its estimates comes from an article on topic
  or its subject or place matches. A claim is kept when a story carrying it
  is on topic, or its subject, place or estimator matches. Pipeline health
  is about the pipeline, not a topic: only ``since`` applies to it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

# the estimate trends: kind -> level -> model
TREND_MODELS: dict[str, dict[str, str]] = {
    "troops": {"country": "troop_estimate_trend_by_country", "place": "troop_estimate_trend"},
    "casualties": {"country": "casualty_estimate_trend_by_country", "place": "casualty_estimate_trend"},
}
PLACE_COLUMN = {"country": "country", "place": "location"}


@dataclass(frozen=True)
class Filters:
    topics: tuple[str, ...] = ()
    since: date | None = None
    feed_tags: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def active(self) -> bool:
        return bool(self.topics) or self.since is not None

    def describe(self) -> str:
        parts = []
        if self.topics:
            parts.append("topic " + " or ".join(f"“{t}”" for t in self.topics))
        if self.since:
            parts.append(f"since {self.since.isoformat()}")
        return ", ".join(parts) if parts else "none (everything in the warehouse)"

    def tagged_feeds(self) -> list[str]:
        wanted = {t.lower() for t in self.topics}
        return sorted(feed for feed, tags in self.feed_tags.items() if wanted & {t.lower() for t in tags})


def _re_escape(text: str) -> str:
    """Escape for RE2 (duckdb's regexes), which rejects escapes of plain characters."""
    return re.sub(r"([\\.^$|?*+()\[\]{}])", r"\\\1", text)


def topic_regex(topics: Sequence[str]) -> str:
    """One case-insensitive whole-word pattern for the keywords."""
    words = [_re_escape(t.strip()) for t in topics if t.strip()]
    return r"(?i)(^|[^\pL\pN_])(" + "|".join(words) + r")($|[^\pL\pN_])"


class ReportData:
    """Queries of the report over a read-only warehouse connection."""

    def __init__(self, con: duckdb.DuckDBPyConnection, filters: Filters, lake: Path | None = None):
        self.con = con
        self.filters = filters
        self.lake = lake
        found = con.execute(
            "select table_name from information_schema.tables where table_catalog = 'warehouse'"
        ).fetchall()
        self.models = {name for (name,) in found}
        self._columns: dict[str, list[str]] = {}
        self.topic_pattern = topic_regex(filters.topics) if filters.topics else None
        self.topic_article_count: int | None = None
        # (kind, level) -> (series not read, {series: estimators not read}) of the last trend()
        self.trend_left_out: dict[tuple[str, str], tuple[list[dict[str, Any]], dict[tuple, list[tuple[str, int]]]]] = {}
        if self.topic_pattern:
            self._make_topic_articles()

    # ------------------------------------------------------------ plumbing
    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.con.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.con.execute(sql, list(params)).fetchone()
        return None if row is None else row[0]

    def columns(self, model: str) -> list[str]:
        if model not in self._columns:
            self._columns[model] = [
                name for (name,) in self.con.execute(
                    "select column_name from information_schema.columns "
                    "where table_catalog = 'warehouse' and table_name = ? order by ordinal_position", [model]
                ).fetchall()
            ]
        return self._columns[model]

    def missing(self, *models: str) -> list[str]:
        return [m for m in models if m not in self.models]

    def missing_reason(self, *models: str) -> str | None:
        absent = self.missing(*models)
        if not absent:
            return None
        names = ", ".join(f"<code>{m}</code>" for m in absent)
        verb = "is" if len(absent) == 1 else "are"
        return (f"The model{'s' if len(absent) > 1 else ''} {names} {verb} not in this warehouse "
                f"(built from <code>dbt_like_sql/</code>); rebuild it with <code>newslake build</code> "
                f"once the model exists.")

    def _since(self, column: str) -> tuple[str, list[Any]]:
        if self.filters.since is None:
            return "true", []
        return f"{column} >= ?", [self.filters.since]

    def _make_topic_articles(self) -> None:
        """``topic_articles(article_id)``: the articles on topic (see the module doc)."""
        pattern = self.topic_pattern
        parts: list[tuple[str, list[Any]]] = []

        def m(column: str) -> str:
            return f"regexp_matches(coalesce({column}, ''), ?)"

        if "stg_articles" in self.models:
            parts.append((f"select article_id from stg_articles where {m('title')}", [pattern]))
            feeds = self.filters.tagged_feeds()
            if feeds:
                parts.append(("select article_id from stg_articles where list_contains(?, feed)", [feeds]))
        if "stg_entities" in self.models:
            parts.append((f"select article_id from stg_entities where {m('name')} or {m('surface')}", [pattern] * 2))
        if "stg_figures" in self.models:
            parts.append((f"select article_id from stg_figures where {m('sentence')} or {m('subject')} "
                          f"or {m('location')} or {m('attributed_to')}", [pattern] * 4))
        if "stg_quotes" in self.models:
            parts.append((f"select article_id from stg_quotes where {m('quote')} or {m('speaker')}", [pattern] * 2))
        sql = " union ".join(p for p, _ in parts) or "select null::varchar as article_id where false"
        params = [v for _, values in parts for v in values]
        self.con.execute(f"create or replace temp table topic_articles as select distinct article_id from ({sql})", params)
        self.topic_article_count = int(self.scalar("select count(*) from temp.topic_articles"))

    def _topic_text(self, *columns: str) -> tuple[str, list[Any]]:
        """Any of the columns matches the topic (whole word)."""
        return "(" + " or ".join(f"regexp_matches(coalesce({c}, ''), ?)" for c in columns) + ")", [self.topic_pattern] * len(columns)

    # ------------------------------------------------------------ overview
    def overview(self) -> dict[str, Any]:
        info: dict[str, Any] = {}
        if "stg_articles" in self.models:
            info.update(self.rows(
                "select count(*) as n_articles, count(distinct source) as n_outlets, count(distinct feed) as n_feeds, "
                "count(distinct cluster_id) as n_stories, min(article_date) as first_date, max(article_date) as last_date "
                "from stg_articles")[0])
        if "fct_claims" in self.models:
            info["n_claims"] = self.scalar("select count(*) from fct_claims")
        if "fct_quotes" in self.models:
            info["n_quotes"] = self.scalar("select count(*) from fct_quotes")
        info["topic_articles"] = self.topic_article_count
        return info

    # -------------------------------------------------------------- trends
    def estimator_kinds(self) -> dict[str, str]:
        """'outlet' for an estimator that only ever stood for an unattributed figure, else 'source'."""
        if "fct_claims" not in self.models:
            return {}
        return {
            name: ("outlet" if is_outlet else "source")
            for name, is_outlet in self.con.execute(
                "select estimator, bool_and(estimator_is_outlet) from fct_claims group by estimator").fetchall()
        }

    def trend(self, kind: str, level: str, max_series: int | None = None, max_estimators: int | None = None
              ) -> tuple[str, list[dict[str, Any]] | None, str | None]:
        """(model, rows, why empty) of one estimate trend; rows ordered by series then date.

        ``max_series`` / ``max_estimators``: only the rows of the series with the most estimates
        (then the most estimators), and in each only its most prolific estimators, are read:
        a lake of 100,000 articles holds millions of trend rows, and a chart shows a handful.
        The series and estimators left out are in ``self.trend_left_out[(kind, level)]``.
        """
        model = TREND_MODELS[kind][level]
        self.trend_left_out[(kind, level)] = ([], {})
        reason = self.missing_reason(model)
        if reason:
            return model, None, reason
        columns = set(self.columns(model))
        place = PLACE_COLUMN[level]
        if place not in columns:
            return model, None, f"<code>{model}</code> has no <code>{place}</code> column."
        unit = "t.unit" if "unit" in columns else "'troops'"
        kind_sql = "t.estimator_kind" if "estimator_kind" in columns else "null"
        join_articles = "stg_articles" in self.models
        article_cols = ("a.article_date as reported_date, a.published_at as reported_at, "
                        "coalesce(a.canonical_url, a.url) as estimate_url" if join_articles else
                        "null as reported_date, null as reported_at, null as estimate_url")
        since_sql, since_params = self._since("b.date")
        topic_sql, topic_params = "", []
        if self.topic_pattern:
            text_sql, text_params = self._topic_text("subject", "place")
            topic_sql = f"""
                , kept as (
                    select distinct unit, subject, place from base
                    where estimate_article_id in (select article_id from temp.topic_articles) or {text_sql})"""
            topic_params = text_params
        same_series = ("{a}.unit is not distinct from {b}.unit and {a}.subject is not distinct from {b}.subject "
                       "and {a}.place is not distinct from {b}.place")
        filtered = f"""
            with base as (
                select {unit} as unit, t.subject, t.{place} as place, t.estimator, {kind_sql} as estimator_kind,
                       t.date, t.value_low, t.value_high, t.midpoint, t.estimate_date, t.is_new_estimate,
                       t.estimate_source, t.estimate_article_id, t.estimate_sentence, t.n_estimators
                from {model} as t
            ){topic_sql},
            filtered as (
                select b.* from base as b
                where {since_sql}
                {'and exists (select 1 from kept as k where ' + same_series.format(a='k', b='b') + ')' if topic_sql else ''}
            )"""
        params = topic_params + since_params
        # every (series, estimator) with its estimates and both ranks, in one pass over the model
        # (small: a row per estimator of a series); the rows charted are then read in a second pass
        self.con.execute(f"""create or replace temp table trend_estimators as {filtered},
            estimators as (
                select unit, subject, place, estimator, count(*) filter (where is_new_estimate) as n_new
                from filtered group by unit, subject, place, estimator
            ),
            series as (
                select unit, subject, place, sum(n_new) as series_n_new,
                       row_number() over (order by sum(n_new) desc, count(*) desc, coalesce(unit, ''),
                                          coalesce(subject, ''), coalesce(place, '')) as series_rank
                from estimators group by unit, subject, place
            )
            select e.*, s.series_n_new, s.series_rank,
                   row_number() over (partition by e.unit, e.subject, e.place
                                      order by e.n_new desc, e.estimator) as estimator_rank
            from estimators as e join series as s on {same_series.format(a='s', b='e')}""", params)
        series_cut = f"e.series_rank <= {int(max_series)}" if max_series else "true"
        estimator_cut = f"e.estimator_rank <= {int(max_estimators)}" if max_estimators else "true"
        rows = self.rows(f"""{filtered}
            select b.*, {article_cols}
            from filtered as b
            join temp.trend_estimators as e on {same_series.format(a='e', b='b')} and e.estimator = b.estimator
            {'left join stg_articles as a on a.article_id = b.estimate_article_id' if join_articles else ''}
            where {series_cut} and {estimator_cut}
            order by e.series_rank, b.date, b.estimator
        """, params)
        if max_series or max_estimators:
            rest_series = self.rows(f"""
                select unit, subject, place, any_value(series_n_new) as n_new from temp.trend_estimators as e
                where not ({series_cut}) group by unit, subject, place order by min(series_rank)""") if max_series else []
            rest_estimators: dict[tuple, list[tuple[str, int]]] = {}
            if max_estimators:
                for r in self.rows(f"""
                        select unit, subject, place, estimator, n_new from temp.trend_estimators as e
                        where {series_cut} and not ({estimator_cut}) order by series_rank, estimator_rank"""):
                    rest_estimators.setdefault((r["unit"], r["subject"], r["place"]), []).append(
                        (r["estimator"], r["n_new"]))
            self.trend_left_out[(kind, level)] = (rest_series, rest_estimators)
        if rows and rows[0]["estimator_kind"] is None:
            kinds = self.estimator_kinds()
            for row in rows:
                row["estimator_kind"] = kinds.get(row["estimator"], "source")
        if not rows:
            return model, rows, self._empty_trend_reason(model)
        return model, rows, None

    def _empty_trend_reason(self, model: str) -> str:
        total = self.scalar(f"select count(*) from {model}")
        if total == 0:
            return (f"<code>{model}</code> is empty: no figure of this kind with a number was extracted "
                    f"from the articles in the warehouse.")
        return f"<code>{model}</code> has {total} rows, none of them within the filters ({html.escape(self.filters.describe())})."

    # -------------------------------------------------------------- claims
    def _claim_filter(self) -> tuple[str, list[Any]]:
        since_sql, params = self._since("c.last_reported_date")
        sql = since_sql
        if self.topic_pattern:
            text_sql, text_params = self._topic_text("c.subject", "c.location", "c.estimator")
            sql += f""" and (c.claim_id in (
                    select k.claim_id from claim_stories as k
                    join stg_articles as a on a.cluster_id = k.cluster_id
                    where a.article_id in (select article_id from temp.topic_articles)) or {text_sql})"""
            params = params + text_params
        return sql, params

    _CLAIM_STORIES = """
        claim_stories as (
            select c.claim_id, f.cluster_id
            from fct_claims as c
            join int_figure_claims as f
              on c.subject is not distinct from f.subject and c.location is not distinct from f.location
             and c.unit = f.unit and c.value_low is not distinct from f.value_low
             and c.value_high is not distinct from f.value_high and c.estimator = f.estimator
        )"""

    def claims(self, limit: int, order: str = "k.n_outlets desc, k.n_reports desc, k.n_articles desc"
               ) -> tuple[list[dict[str, Any]] | None, int, str | None]:
        """(the top claims by spread, how many claims pass the filters, why empty)."""
        reason = self.missing_reason("fct_claims", "int_figure_claims", "stg_articles")
        if reason:
            return None, 0, reason
        where, params = self._claim_filter()
        base = f"with {self._CLAIM_STORIES}, kept as (select c.* from fct_claims as c where {where})"
        total = int(self.scalar(f"{base} select count(*) from kept", params))
        rows = self.rows(f"""{base}
            select k.*, coalesce(a.canonical_url, a.url) as first_url
            from kept as k left join stg_articles as a on a.article_id = k.first_article_id
            order by {order}, k.first_reported_date, k.claim_id
            limit {int(limit)}""", params)
        if not rows:
            all_claims = self.scalar("select count(*) from fct_claims")
            if all_claims == 0:
                return rows, 0, "<code>fct_claims</code> is empty: no numeric claim was extracted from the articles."
            return rows, 0, f"None of the {all_claims} claims of <code>fct_claims</code> is within the filters ({html.escape(self.filters.describe())})."
        return rows, total, None

    def claim_articles(self, claim_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        """Every article of the stories that carried each claim, in time order."""
        if not claim_ids:
            return {}
        found = self.rows(f"""with {self._CLAIM_STORIES}
            select k.claim_id, a.article_id, a.source, a.title, a.article_date, a.published_at,
                   coalesce(a.canonical_url, a.url) as url, a.cluster_id, a.is_cluster_original
            from claim_stories as k join stg_articles as a on a.cluster_id = k.cluster_id
            where list_contains(?, k.claim_id)
            order by k.claim_id, a.published_at nulls last, a.fetched_at, a.article_id""", [list(claim_ids)])
        out: dict[str, list[dict[str, Any]]] = {}
        for row in found:
            out.setdefault(row["claim_id"], []).append(row)
        return out

    def claim_spread(self) -> tuple[dict[str, Any] | None, list[dict[str, Any]], str | None]:
        """The claim carried by the most articles, and every article of the stories that carried it."""
        reason = self.missing_reason("fct_claims", "int_figure_claims", "stg_articles", "int_article_clusters")
        if reason:
            return None, [], reason
        top, _total, why = self.claims(1, order="k.n_articles desc, k.n_outlets desc, k.n_reports desc")
        if not top:
            return None, [], why
        claim = top[0]
        articles = self.claim_articles([claim["claim_id"]]).get(claim["claim_id"], [])
        for art in articles:
            if art["article_id"] == claim["first_article_id"]:
                art["role"] = "first report"
            elif not art["is_cluster_original"]:
                art["role"] = "syndicated copy"
            else:
                art["role"] = "independent report"
        return claim, articles, None

    def clusters(self, limit: int) -> tuple[list[dict[str, Any]], int]:
        """Stories carried by more than one article (int_article_clusters)."""
        if self.missing("int_article_clusters", "stg_articles"):
            return [], 0
        since_sql, params = self._since("c.first_article_date")
        topic_sql = ""
        if self.topic_pattern:
            topic_sql = (" and c.cluster_id in (select a.cluster_id from stg_articles as a "
                         "where a.article_id in (select article_id from temp.topic_articles))")
        where = f"where c.n_articles > 1 and {since_sql}{topic_sql}"
        total = int(self.scalar(f"select count(*) from int_article_clusters as c {where}", params))
        rows = self.rows(f"""select c.*, coalesce(a.canonical_url, a.url) as first_url
            from int_article_clusters as c left join stg_articles as a on a.article_id = c.first_article_id
            {where}
            order by c.n_articles desc, c.n_outlets desc, c.first_published_at limit {int(limit)}""", params)
        return rows, total

    # -------------------------------------------------------------- quotes
    def _article_filter(self, alias: str, date_column: str) -> tuple[str, list[Any]]:
        sql, params = self._since(f"{alias}.{date_column}")
        if self.topic_pattern:
            sql += f" and {alias}.article_id in (select article_id from temp.topic_articles)"
        return sql, params

    def speakers(self, limit: int) -> tuple[list[dict[str, Any]] | None, dict[str, int], str | None]:
        reason = self.missing_reason("fct_quotes")
        if reason:
            return None, {}, reason
        where, params = self._article_filter("q", "date")
        counts = self.rows(f"""select count(*) as n_quotes, count(*) filter (where is_first_in_story) as n_stories,
                                      count(*) filter (where coalesce(speaker_name, speaker) is null) as n_unattributed
                               from fct_quotes as q where {where}""", params)[0]
        rows = self.rows(f"""
            select coalesce(q.speaker_name, q.speaker) as speaker,
                   any_value(q.speaker_type) as speaker_type,
                   bool_or(q.speaker_entity_id is not null) as linked,
                   count(*) filter (where q.is_first_in_story) as n_quotes,
                   count(*) as n_copies,
                   count(distinct q.source) as n_outlets,
                   min(q.date) as first_date,
                   max(q.date) as last_date,
                   arg_max(q.quote, q.date) as latest_quote,
                   arg_max(q.source, q.date) as latest_source
            from fct_quotes as q
            where {where} and coalesce(q.speaker_name, q.speaker) is not null
            group by 1
            order by n_quotes desc, n_outlets desc, speaker
            limit {int(limit)}""", params)
        if not rows:
            if counts["n_quotes"]:
                return rows, counts, f"The {counts['n_quotes']} quotes within the filters have no speaker."
            return rows, counts, self._empty_reason("fct_quotes", "no direct quotation was extracted")
        return rows, counts, None

    def _empty_reason(self, model: str, what: str) -> str:
        total = self.scalar(f"select count(*) from {model}")
        if total == 0:
            return f"<code>{model}</code> is empty: {what}."
        return f"<code>{model}</code> has {total} rows, none of them within the filters ({html.escape(self.filters.describe())})."

    # ------------------------------------------------------------ entities
    def entity_weeks(self, top: int) -> tuple[list[dict[str, Any]] | None, list[dict[str, Any]], str | None]:
        """(articles per week of the ``top`` most mentioned entities, their totals, why empty)."""
        reason = self.missing_reason("fct_entity_mentions_daily", "dim_entities")
        if reason:
            return None, [], reason
        if self.topic_pattern:
            # the mart has no article id: the same counts from its staging rows, articles on topic only
            reason = self.missing_reason("stg_entities", "stg_articles")
            if reason:
                return None, [], reason
            where, params = self._article_filter("a", "article_date")
            daily = f"""daily as (
                select a.article_date as date, m.entity_id, count(*) as n_mentions,
                       count(distinct m.article_id) as n_articles
                from stg_entities as m join stg_articles as a on m.article_id = a.article_id
                where {where} group by all)"""
        else:
            where, params = self._since("d.date")
            daily = f"daily as (select * from fct_entity_mentions_daily as d where {where})"
        totals = self.rows(f"""with {daily}
            select d.entity_id, coalesce(e.name, d.entity_id) as name, e.type,
                   sum(d.n_mentions) as n_mentions, sum(d.n_articles) as n_articles,
                   min(d.date) as first_date, max(d.date) as last_date
            from daily as d left join dim_entities as e using (entity_id)
            group by all order by n_articles desc, n_mentions desc, name limit {int(top)}""", params)
        if not totals:
            return [], [], self._empty_reason("fct_entity_mentions_daily", "no entity mention was extracted")
        weeks = self.rows(f"""with {daily}
            select date_trunc('week', d.date)::date as week, d.entity_id, sum(d.n_articles) as n_articles,
                   sum(d.n_mentions) as n_mentions
            from daily as d where list_contains(?, d.entity_id)
            group by all order by week, d.entity_id""", params + [[t["entity_id"] for t in totals]])
        names = {t["entity_id"]: t["name"] for t in totals}
        for week in weeks:
            week["name"] = names[week["entity_id"]]
        return weeks, totals, None

    # -------------------------------------------------------------- health
    def coverage_days(self) -> tuple[list[dict[str, Any]] | None, str | None]:
        reason = self.missing_reason("fct_source_coverage")
        if reason:
            return None, reason
        where, params = self._since("date")
        rows = self.rows(f"""select date, source, sum(n_articles) as n_articles,
                                    sum(n_syndicated_copies) as n_syndicated_copies,
                                    sum(n_extraction_failures) as n_extraction_failures,
                                    sum(n_fetch_errors) as n_fetch_errors
                             from fct_source_coverage where {where} group by all order by date, source""", params)
        if not any(r["n_articles"] for r in rows):
            return [], self._empty_reason("fct_source_coverage", "the warehouse has no article") if not rows else (
                "No article is dated within the filters; the rows of <code>fct_source_coverage</code> there are failures only.")
        return rows, None

    def failure_days(self, coverage: list[dict[str, Any]] | None) -> tuple[list[dict[str, Any]], str | None]:
        if coverage is None:
            return [], self.missing_reason("fct_source_coverage")
        days = [r for r in coverage if r["n_fetch_errors"] or r["n_extraction_failures"]]
        if days:
            return days, None
        fetches = self.scalar("select count(*) from stg_fetch_log") if "stg_fetch_log" in self.models else None
        quarantined = self.scalar("select count(*) from stg_quarantine") if "stg_quarantine" in self.models else None
        window = "" if self.filters.since is None else f" on or after {self.filters.since.isoformat()}"
        fetch_text = ("no fetch over HTTP was logged (local feeds only)" if fetches == 0 else
                      f"all {fetches} logged fetches succeeded" if fetches else "<code>stg_fetch_log</code> is missing")
        quarantine_text = ("no input was quarantined" if quarantined == 0 else
                           f"{quarantined} quarantined inputs in all, none{window}" if quarantined else
                           "<code>stg_quarantine</code> is missing")
        return [], f"Nothing failed{window}: {fetch_text}, and {quarantine_text} (<code>fct_source_coverage</code>)."

    def feed_health(self) -> list[dict[str, Any]]:
        """Per feed: articles, fetches, fetch errors, quarantined inputs, last success."""
        if self.missing("stg_articles"):
            return []
        a_where, a_params = self._since("article_date")
        parts = [f"""arts as (select feed, count(*) as n_articles, max(article_date) as last_article_date,
                                     list_sort(list(distinct source)) as outlets
                              from stg_articles where {a_where} group by feed)"""]
        params = list(a_params)
        have_fetch = "stg_fetch_log" in self.models
        have_quarantine = "stg_quarantine" in self.models
        if have_fetch:
            f_where, f_params = self._since("fetch_date")
            parts.append(f"""fetches as (select feed, count(*) as n_fetches, count(*) filter (where not succeeded) as n_fetch_errors,
                                         max(fetched_at) filter (where succeeded) as last_success
                                  from stg_fetch_log where {f_where} group by feed)""")
            params += f_params
        else:
            parts.append("fetches as (select null::varchar as feed, 0 as n_fetches, 0 as n_fetch_errors, null::timestamptz as last_success where false)")
        if have_quarantine:
            q_where, q_params = self._since("recorded_date")
            parts.append(f"""problems as (select feed, count(*) as n_quarantined, max(recorded_at) as last_failure
                                   from stg_quarantine where {q_where} group by feed)""")
            params += q_params
        else:
            parts.append("problems as (select null::varchar as feed, 0 as n_quarantined, null::timestamptz as last_failure where false)")
        return self.rows(f"""with {', '.join(parts)}
            select coalesce(a.feed, f.feed, p.feed) as feed, a.outlets, coalesce(a.n_articles, 0) as n_articles,
                   a.last_article_date, coalesce(f.n_fetches, 0) as n_fetches, coalesce(f.n_fetch_errors, 0) as n_fetch_errors,
                   f.last_success, coalesce(p.n_quarantined, 0) as n_quarantined, p.last_failure
            from arts as a full join fetches as f using (feed) full join problems as p using (feed)
            order by 1""", params)

    def quarantine(self, limit: int) -> tuple[list[dict[str, Any]], int]:
        if self.missing("stg_quarantine"):
            return [], 0
        where, params = self._since("recorded_date")
        total = int(self.scalar(f"select count(*) from stg_quarantine where {where}", params))
        rows = self.rows(f"""select recorded_at, run_id, feed, stage, error, url from stg_quarantine where {where}
                             order by recorded_at desc, feed limit {int(limit)}""", params)
        return rows, total

    def fetch_errors(self, limit: int) -> tuple[list[dict[str, Any]], int]:
        if self.missing("stg_fetch_log"):
            return [], 0
        where, params = self._since("fetch_date")
        total = int(self.scalar(f"select count(*) from stg_fetch_log where not succeeded and {where}", params))
        rows = self.rows(f"""select fetched_at, run_id, feed, url, status, error from stg_fetch_log
                             where not succeeded and {where} order by fetched_at desc limit {int(limit)}""", params)
        return rows, total

    def runs(self, limit: int) -> tuple[list[dict[str, Any]], str | None]:
        """The latest runs from the lake's run log (what ``newslake status`` shows)."""
        if self.lake is None:
            return [], "No lake folder was given, so the run log (<code>pipeline_runs</code>) was not read."
        from newslake.lake import has_table, read_table

        if not has_table(self.lake, "pipeline_runs"):
            return [], f"No run is recorded in the lake at <code>{html.escape(str(self.lake))}</code> (<code>pipeline_runs</code> is empty)."
        self.con.register("report_pipeline_runs", read_table(self.lake, "pipeline_runs"))
        try:
            where, params = self._since("cast(started_at at time zone 'UTC' as date)")
            rows = self.rows(f"""select run_id, started_at, finished_at,
                                        epoch(finished_at - started_at) as seconds, state,
                                        articles_new, articles_skipped, articles_failed, warnings
                                 from report_pipeline_runs where {where}
                                 order by started_at desc limit {int(limit)}""", params)
        finally:
            self.con.unregister("report_pipeline_runs")
        if not rows:
            return [], f"No run started on or after {self.filters.since.isoformat()}."
        return rows, None
