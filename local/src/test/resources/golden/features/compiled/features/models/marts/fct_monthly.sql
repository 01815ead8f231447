-- fct_monthly in dev (iceberg), 2 pairs, 2 labels
select * from (
select
    t.year,
    t.month,
    t.type,
    concat('m', lpad(cast(t.month as string), 2, '0')) as month_label,
    sum(t.amount_per_passenger) as amount_per_passenger,
    '2016-01-01' as series_start,
    '{"owner": "finance"}' as owner_json
from analytics.int_trips t
join analytics.util_months m on m.month_number = t.month
group by t.year, t.month, t.type
) as monthly