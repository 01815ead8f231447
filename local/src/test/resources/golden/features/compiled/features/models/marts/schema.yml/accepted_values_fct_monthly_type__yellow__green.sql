select *
from (
    select
        type as value_field,
        count(*) as n_records
    from analytics.fct_monthly
    group by type
) all_values
where value_field not in (
    'yellow','green'
)