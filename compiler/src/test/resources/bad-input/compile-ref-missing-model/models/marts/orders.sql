-- orders mart
select order_id
from {{ ref('stg_order') }}
