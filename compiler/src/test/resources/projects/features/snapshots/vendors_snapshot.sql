{% snapshot vendors_snapshot %}
{{ config(target_schema='snapshots', unique_key='vendor_id', strategy='check', check_cols=['vendor_name'], file_format='iceberg') }}
select * from {{ ref('vendors') }}
{% endsnapshot %}
