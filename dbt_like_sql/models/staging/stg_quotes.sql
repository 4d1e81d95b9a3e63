-- One row per quote_id of the latest version of each article. Child rows carry
-- no version of their own: the current ones are those in the partition of the
-- article's current published_date (an article whose date changed leaves stale
-- children behind in its old partition). Rows of unknown articles are dropped.
with source_rows as (
    select
        *,
        coalesce(nullif(regexp_extract(filename, 'published_date=([^/\\]+)', 1), ''), 'none') as row_partition
    from {{ lake_source('quotes') }}
),

articles as (
    select article_id, lake_partition from {{ ref('stg_articles') }}
)

select
    q.quote_id,
    q.article_id,
    q.quote,
    nullif(trim(q.speaker), '') as speaker,
    q.speaker_entity_id,
    q.cue,
    q.start_char,
    q.end_char,
    coalesce(q.partial, false) as partial
from source_rows as q
join articles as a
  on q.article_id = a.article_id and q.row_partition = a.lake_partition
qualify row_number() over (partition by q.quote_id order by q.filename desc) = 1
