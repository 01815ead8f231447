{% macro cents_to_dollars(column) %}
    ({{ column }} / 100)::numeric(16, 2)

{% macro other() %}
    1
{% endmacro %}
