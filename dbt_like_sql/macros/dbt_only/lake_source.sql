{#
  lake_source(table_name): the lake table as a relation for real dbt.

  read_parquet() fails on a glob that matches no files, but a lake table may
  have no files yet (a fresh lake, no quarantined input, no entity catalog).
  Then this returns an empty relation with the column types declared in
  models/staging/_sources.yml (which mirror newslake/schema.py), plus the
  `filename` column that read_parquet(filename=true) adds.

  A Delta table (a _delta_log folder) is read through source lake_delta
  (the newslake_delta plugin, newslake/delta_dbt_plugin.py).

  The built-in runner (newslake.warehouse) skips macros/dbt_only/ and
  implements lake_source natively, taking the types from newslake/schema.py.
#}
{% macro lake_source(table_name) -%}
{%- set rel = source('lake', table_name) -%}
{%- if not execute -%}
{#- at parse time, record both possible sources as dependencies -#}
{%- set _delta = source('lake_delta', table_name) -%}
{{ rel }}
{%- else -%}
{%- set node = graph.sources['source.' ~ project_name ~ '.lake.' ~ table_name] -%}
{%- set meta = node.meta or {} -%}
{%- set lake_root = meta.get('lake_root') or node.config.meta.get('lake_root') -%}
{%- set delta_log = lake_root ~ '/' ~ table_name ~ '/_delta_log/*.json' -%}
{%- set is_delta = run_query("select count(*) from glob('" ~ (delta_log | replace("'", "''")) ~ "')").columns[0].values()[0] -%}
{%- if is_delta > 0 -%}
{{ source('lake_delta', table_name) }}
{%- else -%}
{%- set pattern = lake_root ~ '/' ~ table_name ~ '/*/*.parquet' -%}
{%- set found = run_query("select count(*) from glob('" ~ (pattern | replace("'", "''")) ~ "')").columns[0].values()[0] -%}
{%- if found > 0 -%}
{{ rel }}
{%- else -%}
(select {% for col in node.columns.values() %}cast(null as {{ col.data_type }}) as "{{ col.name }}", {% endfor %}cast(null as varchar) as filename where false)
{%- endif -%}
{%- endif -%}
{%- endif -%}
{%- endmacro %}
