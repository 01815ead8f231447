select vendor_id
from nyctaxi.records
where vendor_id is null