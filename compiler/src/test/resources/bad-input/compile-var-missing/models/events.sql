select *
from raw_events
where event_date >= '{{ var("start_date") }}'
