
select * from analytics.stg_trips where total_amount is not null