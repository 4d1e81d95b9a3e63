-- An estimate whose subject is unknown belongs in fct_claims, not in a trend.
select 'troop_estimate_trend' as model, date, estimator from {{ ref('troop_estimate_trend') }} where subject is null
union all
select 'casualty_estimate_trend', date, estimator from {{ ref('casualty_estimate_trend') }} where subject is null
union all
select 'troop_estimate_trend_by_country', date, estimator from {{ ref('troop_estimate_trend_by_country') }} where subject is null
union all
select 'casualty_estimate_trend_by_country', date, estimator from {{ ref('casualty_estimate_trend_by_country') }} where subject is null
