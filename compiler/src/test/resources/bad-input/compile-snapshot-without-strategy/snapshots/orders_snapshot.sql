{% snapshot orders_snapshot %}
{{ config(target_schema='snapshots', unique_key='order_id') }}
select * from {{ ref('orders') }}
{% endsnapshot %}
