{{ config(severity='warn') }}
-- A figure's lower bound does not exceed its upper bound (an extraction bug
-- otherwise; reported as a warning, it does not block the build).
select figure_id, article_id, value_low, value_high, text
from {{ ref('stg_figures') }}
where value_low > value_high
