select
    1 as event_id,
    '{{ env_var("DBT_REGION") }}' as region
