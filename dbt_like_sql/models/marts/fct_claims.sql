-- One row per distinct claim: (subject, location, unit, value_low, value_high,
-- estimator), across all the stories that carried it. Nulls compare equal in
-- the key. Each story (syndication cluster) counts once in n_reports; every
-- copy counts in n_articles; n_outlets counts distinct outlets over all copies.
-- This is the claims ledger: every claim is here, also those without a
-- subject, which the estimate trends leave out.
-- The first report (first_published_at, first_article_date, cluster_id; nulls
-- last) gives the first_* columns: one arg_min per claim, no window.
with claims as (
    select
        subject,
        location,
        any_value(location_country) as location_country,
        unit,
        value_low,
        value_high,
        any_value(midpoint) as midpoint,
        estimator,
        bool_and(estimator_is_outlet) as estimator_is_outlet,
        arg_min(
            {'attributed_via': attributed_via, 'claim_date': claim_date,
             'article_date': first_article_date, 'published_at': first_published_at,
             'source': first_source, 'article_id': first_article_id, 'sentence': sentence},
            {'published_at': first_published_at, 'article_date': first_article_date,
             'cluster_id': cluster_id}
        ) as first,
        max(first_article_date) as last_reported_date,
        count(*) as n_reports,
        sum(n_articles) as n_articles,
        list_sort(list_distinct(flatten(list(outlets)))) as outlets
    from {{ ref('int_figure_claims') }}
    group by subject, location, unit, value_low, value_high, estimator
)

select
    md5(concat_ws('|', coalesce(subject, chr(0)), coalesce(location, chr(0)), unit,
                  coalesce(value_low::varchar, chr(0)), coalesce(value_high::varchar, chr(0)),
                  estimator)) as claim_id,
    subject,
    location,
    location_country,
    unit,
    value_low,
    value_high,
    midpoint,
    estimator,
    estimator_is_outlet,
    first.attributed_via as first_attributed_via,
    first.claim_date as first_claim_date,
    first.article_date as first_reported_date,
    first.published_at as first_reported_at,
    first.source as first_outlet,
    first.article_id as first_article_id,
    first.sentence as first_sentence,
    last_reported_date,
    n_reports,
    n_articles,
    len(outlets) as n_outlets,
    outlets
from claims
