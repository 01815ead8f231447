{{ config(materialized='tabel') }}
select 1 as event_id
