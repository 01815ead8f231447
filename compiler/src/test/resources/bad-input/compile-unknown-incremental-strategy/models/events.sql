{{ config(
    materialized='incremental',
    file_format='iceberg',
    incremental_strategy='upsert'
) }}
select 1 as event_id
