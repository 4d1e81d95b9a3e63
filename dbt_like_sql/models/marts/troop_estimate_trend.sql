-- Troop estimates over time: one row per (date, subject, location, estimator),
-- unit 'troops' only. date = claim date (as_of, else the article's date). See
-- macros/estimate_trend.sql for the exact rules.
{{ estimate_trend(units=['troops'], with_unit=false) }}
