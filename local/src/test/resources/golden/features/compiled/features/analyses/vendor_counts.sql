-- 6 models in the graph
select vendor_id, count(*) as trips from analytics.stg_trips group by vendor_id