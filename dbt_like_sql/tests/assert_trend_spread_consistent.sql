-- Each estimator's current estimate lies inside the spread of its date, the
-- carried estimate is not from the future, and n_estimators counts the rows.
with trends as (
    select date, 'troops' as unit, subject, location, estimator, value_low, value_high,
           estimate_date, lowest_low, highest_high, n_estimators
    from {{ ref('troop_estimate_trend') }}
    union all
    select date, unit, subject, location, estimator, value_low, value_high,
           estimate_date, lowest_low, highest_high, n_estimators
    from {{ ref('casualty_estimate_trend') }}
    union all
    select date, 'troops (country)', subject, country, estimator, value_low, value_high,
           estimate_date, lowest_low, highest_high, n_estimators
    from {{ ref('troop_estimate_trend_by_country') }}
    union all
    select date, unit || ' (country)', subject, country, estimator, value_low, value_high,
           estimate_date, lowest_low, highest_high, n_estimators
    from {{ ref('casualty_estimate_trend_by_country') }}
),

counted as (
    select *, count(*) over (partition by date, unit, subject, location) as rows_on_date
    from trends
)

select *
from counted
where estimate_date > date
   or value_low < lowest_low
   or value_high > highest_high
   or n_estimators <> rows_on_date
