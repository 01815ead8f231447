{{
    config(
        materialized='incremental',
        incremental_strategy='merge',
        unique_key=['year', 'month', 'type'],
        file_format='iceberg',
        table_properties={'format-version': '2'},
        tags=['finance']
    )
}}
{%- set pairs = zip(['a', 'b'], [1, 2]) -%}
{%- set labels = set(['x', 'y', 'x']) -%}
{%- set started = modules.datetime.date(2016, 1, 1) -%}
{%- do log('compiling ' ~ this.identifier, info=False) -%}
-- {{ model.name }} in {{ target.name }} ({{ config.get('file_format') }}), {{ pairs | list | length }} pairs, {{ labels | length }} labels
{% call wrap_select('monthly') %}
select
    t.year,
    t.month,
    t.type,
    {{ shared_utils.month_label('t.month') }} as month_label,
    sum(t.amount_per_passenger) as amount_per_passenger,
    '{{ started.strftime("%Y-%m-%d") }}' as series_start,
    '{{ tojson({"owner": "finance"}) }}' as owner_json
from {{ ref('int_trips') }} t
join {{ ref('shared_utils', 'util_months') }} m on m.month_number = t.month
group by t.year, t.month, t.type
{% endcall %}
