-- Questions analysts ask of the newslake warehouse, as ready-to-edit SQL.
-- Compile with `dbt compile` (or read the ref()s as plain table names) and run
-- with `newslake query`. Statements end with a semicolon at the end of a
-- line; tests/test_warehouse.py runs every one of them on the small fixed lake.

-- 1. The latest estimate of each estimator: how many North Korean troops are
--    in Russia, according to whom, and since when?
select estimator, value_low, value_high, estimate_date, estimate_source, estimate_sentence
from {{ ref('troop_estimate_trend') }}
where subject = 'North Korea'
  and location = 'Russia'
  and date = (select max(date) from {{ ref('troop_estimate_trend') }}
              where subject = 'North Korea' and location = 'Russia')
order by estimate_date desc, estimator;

-- 2. The range of estimates over time (one row per step of the series).
select distinct date, lowest_low, highest_high, median_midpoint, n_estimators
from {{ ref('troop_estimate_trend') }}
where subject = 'North Korea' and location = 'Russia'
order by date;

-- 3. How an estimate spread across outlets: who reported it first, and which
--    outlets repeated it (each wire story counts once in n_reports).
select c.estimator, c.value_low, c.value_high, c.first_reported_date, c.first_outlet,
       c.n_reports, c.n_articles, c.n_outlets, c.outlets, c.first_sentence
from {{ ref('fct_claims') }} as c
where c.unit = 'troops' and c.subject = 'North Korea'
order by c.n_outlets desc, c.first_reported_date;

-- 4. The spread of one claim day by day: every article that carried it.
select a.article_date, a.source, a.article_id, a.cluster_id, f.sentence
from {{ ref('stg_figures') }} as f
join {{ ref('stg_articles') }} as a on f.article_id = a.article_id
join {{ ref('fct_claims') }} as c
  on f.unit = c.unit
 and f.subject is not distinct from c.subject
 and f.location is not distinct from c.location
 and f.value_low is not distinct from c.value_low
 and f.value_high is not distinct from c.value_high
 and coalesce(f.attributed_to, c.first_outlet) = c.estimator
where c.unit = 'troops' and c.subject = 'North Korea' and c.value_low = 1500
order by a.published_at nulls last, a.source;

-- 5. Who is quoted most on a topic: speakers in articles that mention North
--    Korea, a wire story's quote counted once.
select coalesce(q.speaker_name, q.speaker) as speaker, q.speaker_entity_id,
       count(*) filter (where q.is_first_in_story) as quotes, count(distinct q.source) as outlets
from {{ ref('fct_quotes') }} as q
where q.article_id in (
    select m.article_id
    from {{ ref('stg_entities') }} as m
    join {{ ref('dim_entities') }} as e on m.entity_id = e.entity_id
    where e.name = 'North Korea'
)
group by all
order by quotes desc, speaker
limit 20;

-- 6. Attention over time: daily mentions of an entity and the number of
--    distinct stories behind them.
select d.date, d.n_mentions, d.n_articles, d.n_stories
from {{ ref('fct_entity_mentions_daily') }} as d
join {{ ref('dim_entities') }} as e on d.entity_id = e.entity_id
where e.name = 'North Korea'
order by d.date;

-- 7. Casualty claims as they stand: the latest estimate per unit and estimator.
select unit, estimator, value_low, value_high, estimate_date, estimate_source
from {{ ref('casualty_estimate_trend') }}
qualify date = max(date) over (partition by unit, subject, location)
order by unit, estimator;

-- 8. Outlet health: articles and failures per outlet over the last 30 days of data.
select source, sum(n_articles) as articles, sum(n_syndicated_copies) as copies,
       sum(n_extraction_failures) as extraction_failures, sum(n_fetch_errors) as fetch_errors
from {{ ref('fct_source_coverage') }}
where date > (select max(date) - 30 from {{ ref('fct_source_coverage') }})
group by source
order by articles desc;
