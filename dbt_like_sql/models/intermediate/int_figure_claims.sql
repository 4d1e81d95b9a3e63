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

-- article_no numbers the articles in "first report" order (published_at,
-- fetched_at, article_id; unknown last), so the first copy is an arg_min over
-- an integer; the first report's figure row within an article is the one with
-- the lowest start_char (unknown last).
articles as (
    select
        article_id, cluster_id, source, published_at, fetched_at, article_date,
        row_number() over (order by published_at asc nulls last, fetched_at asc nulls last, article_id asc) as article_no
    from {{ ref('stg_articles') }}
),

figures as (
    select
        f.rowid as figure_row,
        f.subject, f.location, f.location_country, f.unit, f.value_low, f.value_high,
        coalesce(n.entity_name, f.attributed_to) as attributed_to,
        f.approx, f.start_char,
        a.cluster_id, a.source, a.article_no
    from {{ ref('stg_figures') }} as f
    join articles as a on f.article_id = a.article_id
    left join entity_names as n on f.attributed_entity_id = n.entity_id
),

-- Two passes, no count(distinct): one row per claim and article (the article's
-- first figure row), then one per claim (its first article's row). The first
-- report's columns are fetched once at the end, by stg_figures.rowid.
per_article as (
    select
        cluster_id, subject, location, location_country, unit, value_low, value_high, attributed_to,
        article_no,
        any_value(source) as source,
        bool_or(approx) as approx,
        arg_min(figure_row, coalesce(start_char::bigint, 4294967296)) as figure_row
    from figures
    group by all
),

grouped as (
    select
        cluster_id, subject, location, location_country, unit, value_low, value_high, attributed_to,
        bool_or(approx) as approx,
        arg_min(figure_row, article_no) as first_row,
        count(*) as n_articles,
        list_sort(list_distinct(list(source))) as distinct_outlets,  -- list_distinct drops a null
        count(source) < count(*) as any_null_outlet  -- (kept in outlets, as list(distinct) does)
    from per_article
    group by cluster_id, subject, location, location_country, unit, value_low, value_high, attributed_to
)

select
    md5(concat_ws('|', g.cluster_id, coalesce(g.subject, chr(0)), coalesce(g.location, chr(0)), g.unit,
                  coalesce(g.value_low::varchar, chr(0)), coalesce(g.value_high::varchar, chr(0)),
                  coalesce(g.attributed_to, chr(0)))) as cluster_claim_id,
    g.cluster_id,
    g.subject,
    g.location,
    g.location_country,
    f.subject_source,
    f.location_source,
    g.unit,
    g.value_low,
    g.value_high,
    coalesce((g.value_low + g.value_high) / 2, g.value_low, g.value_high) as midpoint,
    g.approx,
    f.qualifier,
    g.attributed_to,
    f.attributed_via,
    coalesce(g.attributed_to, a.source) as estimator,
    g.attributed_to is null as estimator_is_outlet,
    coalesce(f.as_of, a.article_date) as claim_date,
    f.as_of,
    a.article_date as first_article_date,
    a.published_at as first_published_at,
    f.figure_id as first_figure_id,
    f.article_id as first_article_id,
    a.source as first_source,
    f.text,
    f.sentence,
    g.n_articles,
    len(g.distinct_outlets) as n_outlets,
    case when g.any_null_outlet then list_append(g.distinct_outlets, null) else g.distinct_outlets end as outlets
from grouped as g
join {{ ref('stg_figures') }} as f on f.rowid = g.first_row
join {{ ref('stg_articles') }} as a on f.article_id = a.article_id
