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

bad_rows as (
    select date, unit, subject, location, estimator, 'estimate outside the spread or from the future' as problem
    from trends
    where estimate_date > date
       or value_low < lowest_low
       or value_high > highest_high
),

bad_counts as (
    -- a group-by, not a window: no sort of the four marts' rows
    select date, unit, subject, location, null as estimator, 'n_estimators is not the number of rows' as problem
    from trends
    group by date, unit, subject, location
    having count(*) <> max(n_estimators) or min(n_estimators) <> max(n_estimators)
)

select * from bad_rows
union all
select * from bad_counts
