-- One row per syndication cluster (the copies of one story, cluster_id = the
-- earliest article). "First" = earliest published_at (unknown last), then
-- earliest fetched_at, then article_id.
with articles as (
    select
        *,
        row_number() over (
            partition by cluster_id
            order by published_at asc nulls last, fetched_at asc, article_id asc
        ) as position_in_cluster
    from {{ ref('stg_articles') }}
)

select
    cluster_id,
    count(*) as n_articles,
    count(distinct source) as n_outlets,
    list_sort(list(distinct source)) as outlets,
    list_sort(list_distinct(flatten(list(agencies)))) as agencies,
    min(published_at) as first_published_at,
    max(published_at) as last_published_at,
    min(article_date) as first_article_date,
    any_value(article_id) filter (where position_in_cluster = 1) as first_article_id,
    any_value(source) filter (where position_in_cluster = 1) as first_source,
    any_value(title) filter (where position_in_cluster = 1) as first_title
from articles
group by cluster_id
