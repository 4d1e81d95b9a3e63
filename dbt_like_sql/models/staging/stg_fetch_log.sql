-- One row per fetch attempt (run_id, url, fetched_at); exact duplicates from a
-- re-written partition collapse to one.
with source_rows as (
    select * from {{ lake_source('fetch_log') }}
)

select
    md5(concat_ws('|', run_id, url, fetched_at::varchar)) as fetch_id,
    run_id,
    feed,
    url,
    lower(regexp_extract(url, '^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/]*@)?([^/:?#]+)', 1)) as url_host,
    status,
    bytes,
    milliseconds,
    from_cache,
    error,
    error is null and coalesce(status, 0) between 200 and 399 as succeeded,
    fetched_at,
    cast(fetched_at at time zone 'UTC' as date) as fetch_date
from source_rows
qualify row_number() over (partition by run_id, url, fetched_at order by filename desc) = 1
