-- Per day, outlet and feed: articles in the warehouse, extraction failures
-- (quarantine) and failed fetches (fetch_log).
-- date: the article's date for articles; the UTC day of the record for
-- failures. A failure is credited to the outlet whose source_domain matches
-- the host of its URL (the longest match; most articles wins a tie), else to
-- the outlet '(unknown)'.
with articles as (
    select * from {{ ref('stg_articles') }}
),

domain_outlets as (
    select source_domain, source
    from (
        select source_domain, source, count(*) as n
        from articles
        where source_domain is not null
        group by source_domain, source
    )
    qualify row_number() over (partition by source_domain order by n desc, source asc) = 1
),

failures as (
    select row_number() over () as failure_no, *
    from (
        select feed, url_host, recorded_date as date, 1 as extraction_failure, 0 as fetch_error
        from {{ ref('stg_quarantine') }}
        union all
        select feed, url_host, fetch_date as date, 0, 1
        from {{ ref('stg_fetch_log') }}
        where not succeeded
    )
),

failures_by_outlet as (
    select
        f.date,
        f.feed,
        coalesce(d.source, '(unknown)') as source,
        f.extraction_failure,
        f.fetch_error
    from failures as f
    left join domain_outlets as d
      on f.url_host = d.source_domain or ends_with(f.url_host, '.' || d.source_domain)
    qualify row_number() over (
        partition by f.failure_no
        order by length(d.source_domain) desc nulls last
    ) = 1
),

article_counts as (
    select
        article_date as date,
        source,
        feed,
        count(*) as n_articles,
        count(*) filter (where is_cluster_original) as n_original_articles,
        count(*) filter (where not is_cluster_original) as n_syndicated_copies,
        sum(word_count) as n_words
    from articles
    group by article_date, source, feed
),

failure_counts as (
    select
        date,
        source,
        feed,
        sum(extraction_failure) as n_extraction_failures,
        sum(fetch_error) as n_fetch_errors
    from failures_by_outlet
    group by date, source, feed
)

select
    coalesce(a.date, f.date) as date,
    coalesce(a.source, f.source) as source,
    coalesce(a.feed, f.feed) as feed,
    coalesce(a.n_articles, 0) as n_articles,
    coalesce(a.n_original_articles, 0) as n_original_articles,
    coalesce(a.n_syndicated_copies, 0) as n_syndicated_copies,
    coalesce(a.n_words, 0) as n_words,
    coalesce(f.n_extraction_failures, 0) as n_extraction_failures,
    coalesce(f.n_fetch_errors, 0) as n_fetch_errors
from article_counts as a
full outer join failure_counts as f
  on a.date = f.date and a.source = f.source and a.feed = f.feed
