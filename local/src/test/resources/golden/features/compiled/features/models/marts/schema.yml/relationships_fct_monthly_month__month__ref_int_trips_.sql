select
    from_field
from (
    select month as from_field
    from analytics.fct_monthly
    where month is not null
) child
left join (
    select month as to_field
    from analytics.int_trips
) parent
on child.from_field = parent.to_field
where parent.to_field is null