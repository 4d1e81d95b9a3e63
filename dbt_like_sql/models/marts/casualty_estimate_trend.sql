-- Casualty estimates over time: one row per (date, unit, subject, location,
-- estimator) for the units killed, wounded and casualties. Same rules as
-- troop_estimate_trend (macros/estimate_trend.sql).
{{ estimate_trend(units=['killed', 'wounded', 'casualties'], with_unit=true) }}
