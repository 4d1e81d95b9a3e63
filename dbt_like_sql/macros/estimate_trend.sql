{#
  estimate_trend(units, with_unit, place): the body of troop_estimate_trend,
  casualty_estimate_trend and their *_by_country twins.

  Input: int_figure_claims (one claim per syndication cluster, so the copies
  of one wire story count once). A "series" is (unit, subject, place), where
  place is the exact location (place='location') or the country it lies in
  (place='country': "North Korean troops in Vladivostok" and "... in Kursk
  Oblast" are one series, Russia). Claims without a subject enter no series:
  they stay in fct_claims (the claims ledger), since a number nobody owns
  cannot be compared with anyone's estimate.

  estimator_kind: 'source' when the estimator is the claimant the text names,
  'outlet' when the figure was stated by the article itself and the outlet
  stands in as the estimator.

  The date axis is the CLAIM DATE: the figure's as_of (the date the number
  refers to), falling back to the article's date. An article published on
  Oct 28 saying "as of Oct 25, 11,000 troops" is an estimate for Oct 25.

  Rows: for each date on which some estimator gave a figure for the series,
  one row per estimator that had given one on or before that date, carrying
  that estimator's latest estimate (a step function; no row for days on which
  nothing changed). When an estimator gave several figures for the same claim
  date, the one published last wins (ties: higher bounds, then article id).

  Across estimators on that date: lowest_low = min(value_low) and
  highest_high = max(value_high) (open bounds ignored), median_midpoint =
  median of the midpoints, where the midpoint of an open interval is its known
  bound, n_estimators = estimators with a current estimate.

  Rows are sorted by (unit,) subject, place, date, estimator.

  Speed (1M-figure benchmark, issue 14): the series and the estimators are
  numbered (dense_rank over the ~70k estimates) and the 1-2M step rows are
  built, joined, aggregated and sorted on those integers; the strings (names,
  sentence) join on once per row at the end, from the estimate's number.
#}
{% macro estimate_trend(units, with_unit=true, place='location') -%}
{%- set place_expr = 'location_country' if place == 'country' else 'location' -%}
with claims as (
    select
        unit,
        subject,
        {{ place_expr }} as place,
        estimator,
        estimator_is_outlet,
        value_low,
        value_high,
        midpoint,
        claim_date,
        first_published_at,
        first_source,
        first_article_id,
        sentence
    from {{ ref('int_figure_claims') }}
    where unit in ({% for u in units %}'{{ u }}'{% if not loop.last %}, {% endif %}{% endfor %})
      and subject is not null
      and (value_low is not null or value_high is not null)
),

numbered as (
    select
        *,
        dense_rank() over (order by unit, subject, place) as series_no,
        dense_rank() over (order by estimator) as estimator_no
    from claims
),

latest_per_day as (
    select *
    from numbered
    qualify row_number() over (
        partition by series_no, estimator_no, claim_date
        order by first_published_at desc nulls last, value_high desc nulls last,
                 value_low desc nulls last, first_article_id desc
    ) = 1
),

-- estimate_no: a deterministic number (whether or not the CTE is inlined)
estimates as materialized (
    select *, row_number() over (order by series_no, estimator_no, claim_date) as estimate_no
    from latest_per_day
),

series_dates as (
    select distinct series_no, claim_date as date from estimates
),

series_estimators as (
    select series_no, estimator_no, min(claim_date) as first_date
    from estimates
    group by series_no, estimator_no
),

grid as (
    select d.series_no, d.date, e.estimator_no
    from series_dates as d
    join series_estimators as e
      on d.series_no = e.series_no and e.first_date <= d.date
),

current_estimates as (
    select g.series_no, g.date, g.estimator_no, e.estimate_no, e.value_low, e.value_high, e.midpoint
    from grid as g
    asof join estimates as e
      on g.series_no = e.series_no
     and g.estimator_no = e.estimator_no
     and g.date >= e.claim_date
),

across_estimators as (
    select
        series_no,
        date,
        min(value_low) as lowest_low,
        max(value_high) as highest_high,
        median(midpoint) as median_midpoint,
        count(*) as n_estimators  -- the grid has one row per (series, date, estimator)
    from current_estimates
    group by series_no, date
)

select
    c.date,
    {% if with_unit %}e.unit,
    {% endif %}e.subject,
    e.place as {{ place }},
    e.estimator,
    e.value_low,
    e.value_high,
    e.midpoint,
    e.claim_date as estimate_date,
    cast(c.date - e.claim_date as integer) as estimate_age_days,
    e.claim_date = c.date as is_new_estimate,
    e.first_source as estimate_source,
    e.first_article_id as estimate_article_id,
    e.sentence as estimate_sentence,
    case when e.estimator_is_outlet then 'outlet' else 'source' end as estimator_kind,
    a.lowest_low,
    a.highest_high,
    a.median_midpoint,
    a.n_estimators
from current_estimates as c
join across_estimators as a
  on c.series_no = a.series_no and c.date = a.date
join estimates as e
  on c.estimate_no = e.estimate_no
order by c.series_no, c.date, c.estimator_no
{%- endmacro %}
