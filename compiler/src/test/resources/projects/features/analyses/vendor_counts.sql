-- {{ graph.nodes.values() | selectattr('resource_type', 'equalto', 'model') | list | length }} models in the graph
select vendor_id, count(*) as trips from {{ ref('stg_trips') }} group by vendor_id
