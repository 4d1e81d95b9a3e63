-- Mentions per entity and day. date = the article's date (published_date, or
-- the UTC day it was fetched when the page gave none).
select
    a.article_date as date,
    m.entity_id,
    count(*) as n_mentions,
    count(distinct m.article_id) as n_articles,
    count(distinct a.cluster_id) as n_stories,
    count(distinct a.source) as n_outlets
from {{ ref('stg_entities') }} as m
join {{ ref('stg_articles') }} as a on m.article_id = a.article_id
group by a.article_date, m.entity_id
