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
#}
{% macro estimate_trend(units, with_unit=true, place='location') -%}
{%- set place_expr = 'location_country' if place == 'country' else 'location' -%}
with claims as (
    select
        unit,
        subject,
        {{ place_expr }} as place,
        estimator,
        case when estimator_is_outlet then 'outlet' else 'source' end as estimator_kind,
        value_low,
        value_high,
        coalesce((value_low + value_high) / 2, value_low, value_high) as midpoint,
        claim_date,
        first_published_at,
        first_source,
        first_article_id,
        sentence,
        md5(concat_ws('|', unit, subject, coalesce({{ place_expr }}, chr(0)))) as series_key
    from {{ ref('int_figure_claims') }}
    where unit in ({% for u in units %}'{{ u }}'{% if not loop.last %}, {% endif %}{% endfor %})
      and subject is not null
      and (value_low is not null or value_high is not null)
),

estimates as (
    select *
    from claims
    qualify row_number() over (
        partition by series_key, estimator, claim_date
        order by first_published_at desc nulls last, value_high desc nulls last,
                 value_low desc nulls last, first_article_id desc
    ) = 1
),

series_dates as (
    select distinct series_key, claim_date as date from estimates
),

series_estimators as (
    select series_key, estimator, min(claim_date) as first_date
    from estimates
    group by series_key, estimator
),

grid as (
    select d.series_key, d.date, e.estimator
    from series_dates as d
    join series_estimators as e
      on d.series_key = e.series_key and e.first_date <= d.date
),

current_estimates as (
    select
        g.date,
        e.series_key,
        e.unit,
        e.subject,
        e.place,
        e.estimator,
        e.estimator_kind,
        e.value_low,
        e.value_high,
        e.midpoint,
        e.claim_date as estimate_date,
        e.first_source as estimate_source,
        e.first_article_id as estimate_article_id,
        e.sentence as estimate_sentence
    from grid as g
    asof join estimates as e
      on g.series_key = e.series_key
     and g.estimator = e.estimator
     and g.date >= e.claim_date
),

across_estimators as (
    select
        series_key,
        date,
        min(value_low) as lowest_low,
        max(value_high) as highest_high,
        median(midpoint) as median_midpoint,
        count(*) as n_estimators  -- the grid has one row per (series, date, estimator)
    from current_estimates
    group by series_key, date
)

select
    c.date,
    {% if with_unit %}c.unit,
    {% endif %}c.subject,
    c.place as {{ place }},
    c.estimator,
    c.value_low,
    c.value_high,
    c.midpoint,
    c.estimate_date,
    cast(c.date - c.estimate_date as integer) as estimate_age_days,
    c.estimate_date = c.date as is_new_estimate,
    c.estimate_source,
    c.estimate_article_id,
    c.estimate_sentence,
    c.estimator_kind,
    a.lowest_low,
    a.highest_high,
    a.median_midpoint,
    a.n_estimators
from current_estimates as c
join across_estimators as a
  on c.series_key = a.series_key and c.date = a.date
order by {% if with_unit %}c.unit, {% endif %}c.subject, c.place, c.date, c.estimator
{%- endmacro %}
