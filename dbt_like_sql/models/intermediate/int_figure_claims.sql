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

-- The first report's columns come from one arg_min over the copies (one pass,
-- no window): the key is compared field by field, nulls last, as the order
-- "published_at, fetched_at, article_id, start_char" says.
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
        arg_min(
            {'qualifier': qualifier, 'attributed_via': attributed_via, 'subject_source': subject_source,
             'location_source': location_source, 'figure_id': figure_id, 'article_id': article_id,
             'source': source, 'published_at': published_at, 'article_date': article_date,
             'as_of': as_of, 'text': text, 'sentence': sentence},
            {'published_at': published_at, 'fetched_at': fetched_at, 'article_id': article_id,
             'start_char': start_char}
        ) as first,
        count(distinct article_id) as n_articles,
        count(distinct source) as n_outlets,
        list_sort(list(distinct source)) as outlets
    from figures
    group by all
),

first_reports as (
    select
        * exclude (first),
        first.qualifier,
        first.attributed_via,
        first.subject_source,
        first.location_source,
        first.figure_id as first_figure_id,
        first.article_id as first_article_id,
        first.source as first_source,
        first.published_at as first_published_at,
        first.article_date as first_article_date,
        first.as_of,
        first.text,
        first.sentence
    from grouped
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
from first_reports
