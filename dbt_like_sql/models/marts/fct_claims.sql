-- One row per distinct claim: (subject, location, unit, value_low, value_high,
-- estimator), across all the stories that carried it. Nulls compare equal in
-- the key. Each story (syndication cluster) counts once in n_reports; every
-- copy counts in n_articles; n_outlets counts distinct outlets over all copies.
-- This is the claims ledger: every claim is here, also those without a
-- subject, which the estimate trends leave out.
with claims as (
    select
        *,
        row_number() over (
            partition by subject, location, unit, value_low, value_high, estimator
            order by first_published_at asc nulls last, first_article_date asc, cluster_id asc
        ) as report_order
    from {{ ref('int_figure_claims') }}
)

select
    md5(concat_ws('|', coalesce(subject, chr(0)), coalesce(location, chr(0)), unit,
                  coalesce(value_low::varchar, chr(0)), coalesce(value_high::varchar, chr(0)),
                  estimator)) as claim_id,
    subject,
    location,
    any_value(location_country) as location_country,
    unit,
    value_low,
    value_high,
    any_value(midpoint) as midpoint,
    estimator,
    bool_and(estimator_is_outlet) as estimator_is_outlet,
    any_value(attributed_via) filter (where report_order = 1) as first_attributed_via,
    any_value(claim_date) filter (where report_order = 1) as first_claim_date,
    any_value(first_article_date) filter (where report_order = 1) as first_reported_date,
    any_value(first_published_at) filter (where report_order = 1) as first_reported_at,
    any_value(first_source) filter (where report_order = 1) as first_outlet,
    any_value(first_article_id) filter (where report_order = 1) as first_article_id,
    any_value(sentence) filter (where report_order = 1) as first_sentence,
    max(first_article_date) as last_reported_date,
    count(*) as n_reports,
    sum(n_articles) as n_articles,
    len(list_distinct(flatten(list(outlets)))) as n_outlets,
    list_sort(list_distinct(flatten(list(outlets)))) as outlets
from claims
group by subject, location, unit, value_low, value_high, estimator
