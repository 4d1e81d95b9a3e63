-- Copies of one wire story count once: no claim has more reports (clusters)
-- than articles, and the articles of a claim add up from int_figure_claims.
with per_claim as (
    select subject, location, unit, value_low, value_high, estimator, sum(n_articles) as n_articles, count(*) as n_reports
    from {{ ref('int_figure_claims') }}
    group by all
)

select c.claim_id, c.n_reports, c.n_articles, p.n_reports as expected_reports, p.n_articles as expected_articles
from {{ ref('fct_claims') }} as c
join per_claim as p
  on c.subject is not distinct from p.subject
 and c.location is not distinct from p.location
 and c.unit = p.unit
 and c.value_low is not distinct from p.value_low
 and c.value_high is not distinct from p.value_high
 and c.estimator = p.estimator
where c.n_reports > c.n_articles
   or c.n_reports <> p.n_reports
   or c.n_articles <> p.n_articles
