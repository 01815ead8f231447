
with __dbt__cte__eph_trips_base as (

select * from analytics.stg_trips where total_amount is not null
) select *, case when passenger_count = 0 then null else total_amount / passenger_count end as amount_per_passenger
from __dbt__cte__eph_trips_base