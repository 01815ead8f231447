-- sales with their region
select
    1 as sale_id,
    {{ region_column() }} as region
