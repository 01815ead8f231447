select
    order_id,
    {{ cents_to_dolars('amount_cents') }} as amount
from raw_orders
