select *
from raw_events
where {{ since_start('event_date') }}
