{{ config(materialized='view') }}
-- One row per quote, with its article's date and outlet and the speaker linked
-- to dim_entities: the extracted speaker_entity_id, else the one entity whose
-- name or alias equals the speaker's name (case-insensitive; ambiguous names
-- stay unlinked). is_first_in_story marks the first copy of a quote within a
-- syndication cluster, so a wire story's quote can be counted once.
with quotes as (
    select
        q.*,
        a.article_date,
        a.published_at,
        a.fetched_at,
        a.source,
        a.cluster_id
    from {{ ref('stg_quotes') }} as q
    join {{ ref('stg_articles') }} as a on q.article_id = a.article_id
),

entity_names as (
    select entity_id, lower(name) as name_key from {{ ref('dim_entities') }} where name is not null
    union
    select entity_id, lower(unnest(aliases)) as name_key from {{ ref('dim_entities') }}
),

unambiguous_names as (
    select name_key, min(entity_id) as entity_id
    from entity_names
    group by name_key
    having count(distinct entity_id) = 1
),

linked as (
    select
        q.*,
        coalesce(q.speaker_entity_id, n.entity_id) as linked_entity_id,
        case
            when q.speaker_entity_id is not null then 'extracted'
            when n.entity_id is not null then 'name_match'
        end as speaker_link
    from quotes as q
    left join unambiguous_names as n on lower(q.speaker) = n.name_key
)

select
    l.quote_id,
    l.article_id,
    l.article_date as date,
    l.source,
    l.cluster_id,
    l.quote,
    l.speaker,
    l.linked_entity_id as speaker_entity_id,
    l.speaker_link,
    e.name as speaker_name,
    e.type as speaker_type,
    l.cue,
    l.start_char,
    l.end_char,
    row_number() over (
        partition by l.cluster_id, lower(l.quote)
        order by l.published_at asc nulls last, l.fetched_at asc, l.article_id asc
    ) = 1 as is_first_in_story
from linked as l
left join {{ ref('dim_entities') }} as e on l.linked_entity_id = e.entity_id
