-- One row per figure_id of the latest version of each article; see stg_quotes
-- for how the current child rows are chosen. Names are trimmed, empty strings
-- become null, the unit is lower-cased.
with source_rows as (
    select
        *,
        coalesce(nullif(regexp_extract(filename, 'published_date=([^/\\]+)', 1), ''), 'none') as row_partition
    from {{ lake_source('figures') }}
),

articles as (
    select article_id, lake_partition from {{ ref('stg_articles') }}
)

select
    f.figure_id,
    f.article_id,
    f.value_low,
    f.value_high,
    f.approx,
    f.qualifier,
    lower(trim(f.unit)) as unit,
    nullif(trim(f.subject), '') as subject,
    nullif(trim(f.location), '') as location,
    nullif(trim(f.attributed_to), '') as attributed_to,
    f.cue,
    f.text,
    f.sentence,
    f.start_char,
    f.end_char,
    f.as_of,
    nullif(trim(f.attributed_entity_id), '') as attributed_entity_id,
    f.subject_source,
    f.location_source,
    nullif(trim(f.location_country), '') as location_country,
    nullif(trim(f.attributed_via), '') as attributed_via
from source_rows as f
join articles as a
  on f.article_id = a.article_id and f.row_partition = a.lake_partition
qualify row_number() over (partition by f.figure_id order by f.filename desc) = 1
