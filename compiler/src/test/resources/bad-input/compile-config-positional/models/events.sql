-- daily events
{{ config('table') }}
select 1 as event_id
