-- fct_source_coverage has one row per (date, source, feed), and every article
-- of stg_articles is counted exactly once.
select 'duplicate grain' as problem, date::varchar as detail
from {{ ref('fct_source_coverage') }}
group by date, source, feed
having count(*) > 1
union all
select 'article count', (select count(*) from {{ ref('stg_articles') }})::varchar
where (select coalesce(sum(n_articles), 0) from {{ ref('fct_source_coverage') }})
   <> (select count(*) from {{ ref('stg_articles') }})
