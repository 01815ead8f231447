
select
    vendor_id,
    type,
    cast(total_amount as double) as total_amount,
    cast(passenger_count as int) as passenger_count,
    year,
    month
from nyctaxi.records
where year >= '2016'
  and type in ('yellow', 'green')
  and 'us-east-1' = 'us-east-1'