select
    order_id,
{% if var('include_amount', true) %}
    amount,
    status
from {{ ref('stg_orders') }}
