-- sales per region
select
    1 as sale_id,
    '{{ pick_region() }}' as region
