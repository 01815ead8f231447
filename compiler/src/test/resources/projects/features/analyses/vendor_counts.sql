select vendor_id, count(*) as trips from {{ ref('stg_trips') }} group by vendor_id
