-- casualty_estimate_trend has one row per (date, unit, subject, location, estimator).
select date, unit, subject, location, estimator, count(*) as n_rows
from {{ ref('casualty_estimate_trend') }}
group by date, unit, subject, location, estimator
having count(*) > 1
