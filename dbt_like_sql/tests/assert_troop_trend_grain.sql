-- troop_estimate_trend has one row per (date, subject, location, estimator).
select date, subject, location, estimator, count(*) as n_rows
from {{ ref('troop_estimate_trend') }}
group by date, subject, location, estimator
having count(*) > 1
