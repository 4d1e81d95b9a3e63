-- One row per entity mention (article, span, entity) of the latest version of
-- each article; see stg_quotes for how the current child rows are chosen.
with source_rows as (
    select
        *,
        coalesce(nullif(regexp_extract(filename, 'published_date=([^/\\]+)', 1), ''), 'none') as row_partition
    from {{ lake_source('entities') }}
),

articles as (
    select article_id, lake_partition from {{ ref('stg_articles') }}
)

select
    e.article_id || ':' || e.start_char || ':' || e.end_char || ':' || e.entity_id as mention_id,
    e.article_id,
    e.entity_id,
    e.name,
    upper(e.type) as type,
    e.surface,
    e.start_char,
    e.end_char
from source_rows as e
join articles as a
  on e.article_id = a.article_id and e.row_partition = a.lake_partition
qualify row_number() over (
    partition by e.article_id, e.start_char, e.end_char, e.entity_id
    order by e.filename desc
) = 1
