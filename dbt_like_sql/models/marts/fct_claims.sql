-- One row per distinct claim: (subject, location, unit, value_low, value_high,
-- estimator), across all the stories that carried it. Nulls compare equal in
-- the key. Each story (syndication cluster) counts once in n_reports; every
-- copy counts in n_articles; n_outlets counts distinct outlets over all copies.
-- This is the claims ledger: every claim is here, also those without a
-- subject, which the estimate trends leave out.
-- The first report (first_published_at, first_article_date, cluster_id; nulls
-- last) gives the first_* columns: one arg_min per claim picks its
-- int_figure_claims row (rowid), whose columns are fetched once at the end.
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
        arg_min(rowid, {'published_at': first_published_at, 'article_date': first_article_date,
             'cluster_id': cluster_id}) as first_row,
        max(first_article_date) as last_reported_date,
        count(*) as n_reports,
        sum(n_articles) as n_articles,
        list_sort(list_distinct(flatten(list(outlets)))) as outlets
    from {{ ref('int_figure_claims') }}
    group by subject, location, unit, value_low, value_high, estimator
)

select
    md5(concat_ws('|', coalesce(c.subject, chr(0)), coalesce(c.location, chr(0)), c.unit,
                  coalesce(c.value_low::varchar, chr(0)), coalesce(c.value_high::varchar, chr(0)),
                  c.estimator)) as claim_id,
    c.subject,
    c.location,
    c.location_country,
    c.unit,
    c.value_low,
    c.value_high,
    c.midpoint,
    c.estimator,
    c.estimator_is_outlet,
    f.attributed_via as first_attributed_via,
    f.claim_date as first_claim_date,
    f.first_article_date as first_reported_date,
    f.first_published_at as first_reported_at,
    f.first_source as first_outlet,
    f.first_article_id as first_article_id,
    f.sentence as first_sentence,
    c.last_reported_date,
    c.n_reports,
    c.n_articles,
    len(c.outlets) as n_outlets,
    c.outlets
from claims as c
join {{ ref('int_figure_claims') }} as f on f.rowid = c.first_row
