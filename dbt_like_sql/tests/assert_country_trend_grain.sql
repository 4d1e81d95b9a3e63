-- The country-level trends have one row per (date, unit, subject, country, estimator).
select date, unit, subject, country, estimator, count(*) as n_rows
from (
    select date, 'troops' as unit, subject, country, estimator from {{ ref('troop_estimate_trend_by_country') }}
    union all
    select date, unit, subject, country, estimator from {{ ref('casualty_estimate_trend_by_country') }}
)
group by all
having count(*) > 1
