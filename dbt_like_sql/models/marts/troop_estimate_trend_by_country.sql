-- Troop estimates over time at country level: one row per (date, subject,
-- country, estimator), unit 'troops' only. The same rules as
-- troop_estimate_trend (macros/estimate_trend.sql), with the figure's
-- location replaced by the country it lies in, so an estimate for
-- Vladivostok and one for Kursk Oblast are in one series (Russia).
{{ estimate_trend(units=['troops'], with_unit=false, place='country') }}
