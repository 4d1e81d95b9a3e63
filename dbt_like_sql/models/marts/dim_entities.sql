-- One row per entity: every entity of the catalog, plus every entity seen in
-- a mention or as a quote's speaker_entity_id. Catalog values win; for an
-- uncatalogued entity the name and type are the most frequent ones seen
-- (ties: alphabetical), a speaker-only entity takes the speaker's name.
with catalog as (
    select * from {{ ref('stg_entity_catalog') }}
),

mentions as (
    select m.entity_id, m.name, m.type, m.surface, m.article_id, a.article_date
    from {{ ref('stg_entities') }} as m
    join {{ ref('stg_articles') }} as a on m.article_id = a.article_id
),

name_counts as (
    select entity_id, name, type, count(*) as n
    from mentions
    group by entity_id, name, type
),

seen_names as (
    select entity_id, name as seen_name, type as seen_type
    from name_counts
    qualify row_number() over (partition by entity_id order by n desc, name asc, type asc) = 1
),

seen as (
    select
        entity_id,
        count(*) as n_mentions,
        count(distinct article_id) as n_articles,
        min(article_date) as first_seen_date,
        max(article_date) as last_seen_date,
        list_sort(list(distinct surface)) as surfaces
    from mentions
    group by entity_id
),

speaker_names as (
    select speaker_entity_id as entity_id, speaker, count(*) as n
    from {{ ref('stg_quotes') }}
    where speaker_entity_id is not null
    group by speaker_entity_id, speaker
),

speakers as (
    select
        entity_id,
        sum(n) as n_quotes,
        arg_max(speaker, n) as speaker_name
    from speaker_names
    group by entity_id
),

all_ids as (
    select entity_id from catalog
    union
    select entity_id from seen
    union
    select entity_id from speakers
)

select
    i.entity_id,
    coalesce(c.name, n.seen_name, s.speaker_name) as name,
    coalesce(c.type, n.seen_type) as type,
    coalesce(c.aliases, []::varchar[]) as aliases,
    coalesce(c.adjectives, []::varchar[]) as adjectives,
    coalesce(seen.surfaces, []::varchar[]) as surfaces,
    c.country_id,
    c.entity_id is not null as in_catalog,
    coalesce(seen.n_mentions, 0) as n_mentions,
    coalesce(seen.n_articles, 0) as n_articles,
    coalesce(s.n_quotes, 0) as n_quotes,
    seen.first_seen_date,
    seen.last_seen_date
from all_ids as i
left join catalog as c on i.entity_id = c.entity_id
left join seen_names as n on i.entity_id = n.entity_id
left join seen on i.entity_id = seen.entity_id
left join speakers as s on i.entity_id = s.entity_id
