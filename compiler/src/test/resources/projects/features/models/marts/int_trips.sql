{% set ns = namespace(columns=[]) %}
{% for column in ['vendor_id', 'type', 'year', 'month'] %}
    {% set ns.columns = ns.columns + [column] %}
{% endfor %}
select {{ ns.columns | join(', ') }}, amount_per_passenger
from {{ ref('eph_trips_clean') }}
