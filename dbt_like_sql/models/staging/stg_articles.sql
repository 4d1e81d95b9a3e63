-- One row per article_id: the most recently fetched version (then the newest
-- pipeline_version). The body text stays in the lake (join on article_id).
with source_rows as (
    select * from {{ lake_source('articles') }}
),

latest as (
    select *
    from source_rows
    qualify row_number() over (
        partition by article_id
        order by fetched_at desc, pipeline_version desc, filename desc
    ) = 1
)

select
    article_id,
    url,
    canonical_url,
    trim(source) as source,
    lower(source_domain) as source_domain,
    coalesce(agencies, []::varchar[]) as agencies,
    feed,
    title,
    coalesce(authors, []::varchar[]) as authors,
    published_at,
    published_date,
    coalesce(published_date, cast(fetched_at at time zone 'UTC' as date)) as article_date,
    dateline,
    language,
    word_count,
    content_hash,
    cluster_id,
    article_id = cluster_id as is_cluster_original,
    fetched_at,
    pipeline_version,
    coalesce(nullif(regexp_extract(filename, 'published_date=([^/\\]+)', 1), ''), 'none') as lake_partition
from latest
