{{ config(materialized='ephemeral') }}
select * from {{ ref('stg_trips') }} where total_amount is not null
