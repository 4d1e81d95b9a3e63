-- Figures deduplicated across the copies of one wire story: one row per
-- syndication cluster and normalized figure (subject, location, unit,
-- value_low, value_high, claimant). Nulls compare equal in the key.
-- The claimant is the linked entity where there is one (attributed_entity_id:
-- "the spy agency" and "South Korea's NIS" are one estimator, named by the
-- entity's canonical name), else the attributed_to text.
-- "First report" = the earliest copy (published_at, fetched_at, article_id,
-- start_char). estimator = attributed_to, or the first copy's outlet when the
-- figure is not attributed (the outlet itself makes the claim).
-- claim_date = the first report's as_of, or its article date.
-- location_country is the location's country (a function of location, so it
-- adds nothing to the key); attributed_via and the subject/location sources
-- are the first report's.
with entity_names as (
    select entity_id, any_value(name) as entity_name
    from (
        select entity_id, name from {{ ref('stg_entity_catalog') }}
        union all
        select entity_id, name from {{ ref('stg_entities') }}
    )
    group by entity_id
),

figures as (
    select
        f.* exclude (attributed_to),
        coalesce(n.entity_name, f.attributed_to) as attributed_to,
        f.attributed_to as attributed_to_as_written,
        a.cluster_id,
        a.source,
        a.published_at,
        a.fetched_at,
        a.article_date
    from {{ ref('stg_figures') }} as f
    join {{ ref('stg_articles') }} as a on f.article_id = a.article_id
    left join entity_names as n on f.attributed_entity_id = n.entity_id
),

ranked as (
    select
        *,
        row_number() over (
            partition by cluster_id, subject, location, unit, value_low, value_high, attributed_to
            order by published_at asc nulls last, fetched_at asc, article_id asc, start_char asc
        ) as position_in_cluster
    from figures
),

grouped as (
    select
        cluster_id,
        subject,
        location,
        location_country,
        unit,
        value_low,
        value_high,
        attributed_to,
        bool_or(approx) as approx,
        any_value(qualifier) filter (where position_in_cluster = 1) as qualifier,
        any_value(attributed_via) filter (where position_in_cluster = 1) as attributed_via,
        any_value(subject_source) filter (where position_in_cluster = 1) as subject_source,
        any_value(location_source) filter (where position_in_cluster = 1) as location_source,
        any_value(figure_id) filter (where position_in_cluster = 1) as first_figure_id,
        any_value(article_id) filter (where position_in_cluster = 1) as first_article_id,
        any_value(source) filter (where position_in_cluster = 1) as first_source,
        any_value(published_at) filter (where position_in_cluster = 1) as first_published_at,
        any_value(article_date) filter (where position_in_cluster = 1) as first_article_date,
        any_value(as_of) filter (where position_in_cluster = 1) as as_of,
        any_value(text) filter (where position_in_cluster = 1) as text,
        any_value(sentence) filter (where position_in_cluster = 1) as sentence,
        count(distinct article_id) as n_articles,
        count(distinct source) as n_outlets,
        list_sort(list(distinct source)) as outlets
    from ranked
    group by all
)

select
    md5(concat_ws('|', cluster_id, coalesce(subject, chr(0)), coalesce(location, chr(0)), unit,
                  coalesce(value_low::varchar, chr(0)), coalesce(value_high::varchar, chr(0)),
                  coalesce(attributed_to, chr(0)))) as cluster_claim_id,
    cluster_id,
    subject,
    location,
    location_country,
    subject_source,
    location_source,
    unit,
    value_low,
    value_high,
    coalesce((value_low + value_high) / 2, value_low, value_high) as midpoint,
    approx,
    qualifier,
    attributed_to,
    attributed_via,
    coalesce(attributed_to, first_source) as estimator,
    attributed_to is null as estimator_is_outlet,
    coalesce(as_of, first_article_date) as claim_date,
    as_of,
    first_article_date,
    first_published_at,
    first_figure_id,
    first_article_id,
    first_source,
    text,
    sentence,
    n_articles,
    n_outlets,
    outlets
from grouped
