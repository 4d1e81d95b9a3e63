-- Casualty estimates over time at country level: one row per (date, unit,
-- subject, country, estimator) for killed, wounded and casualties. The same
-- rules as casualty_estimate_trend, with location replaced by its country.
{{ estimate_trend(units=['killed', 'wounded', 'casualties'], with_unit=true, place='country') }}
