{{ config(materialized='ephemeral') }}
select *, {{ shared_utils.safe_divide('total_amount', 'passenger_count') }} as amount_per_passenger
from {{ ref('eph_trips_base') }}
