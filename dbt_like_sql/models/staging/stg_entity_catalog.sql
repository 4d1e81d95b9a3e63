-- One row per catalogued entity (empty when the lake has no entity_catalog).
-- Each run rewrites the catalog; the row from the last partition file wins.
with source_rows as (
    select * from {{ lake_source('entity_catalog') }}
)

select
    entity_id,
    name,
    upper(type) as type,
    coalesce(aliases, []::varchar[]) as aliases,
    coalesce(adjectives, []::varchar[]) as adjectives,
    country_id
from source_rows
qualify row_number() over (partition by entity_id order by filename desc) = 1
