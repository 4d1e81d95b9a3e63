-- At country level a series' place is a country: a city or region there would
-- make two series that differ only by a place inside the other's country
-- ("North Korea in Vladivostok" beside "North Korea in Russia").
with countries as (
    select name from {{ ref('stg_entity_catalog') }} where entity_id like 'country:%'
),

series as (
    select distinct 'troops' as unit, subject, country from {{ ref('troop_estimate_trend_by_country') }}
    union
    select distinct unit, subject, country from {{ ref('casualty_estimate_trend_by_country') }}
)

select s.*
from series as s
where s.country is not null
  and s.country not in (select name from countries)
