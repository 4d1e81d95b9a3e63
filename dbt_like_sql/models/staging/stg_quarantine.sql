-- One row per quarantined input (run_id, feed, url, stage): the last record.
with source_rows as (
    select * from {{ lake_source('quarantine') }}
)

select
    md5(concat_ws('|', run_id, feed, coalesce(url, chr(0)), stage)) as quarantine_id,
    run_id,
    feed,
    url,
    nullif(lower(regexp_extract(url, '^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/]*@)?([^/:?#]+)', 1)), '') as url_host,
    stage,
    error,
    recorded_at,
    cast(recorded_at at time zone 'UTC' as date) as recorded_date
from source_rows
qualify row_number() over (
    partition by run_id, feed, url, stage
    order by recorded_at desc, filename desc
) = 1
