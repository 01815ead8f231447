{{ config(materialized='view', tags=['trips']) }}
{%- set vendors = vendor_list() -%}
{%- set settings = column_settings() %}
select
    vendor_id,
    type,
    cast(total_amount as {{ settings['amount'] }}) as total_amount,
    cast(passenger_count as {{ settings.passengers }}) as passenger_count,
    year,
    month
from {{ source('raw', 'trips') }}
where year >= '{{ var("start_year") }}'
  and type in ({{ quoted_list(vendors) }})
  and '{{ env_var("FEATURES_REGION", "us-east-1") }}' = 'us-east-1'
