{% macro cents_to_dollars(column) %}
    ({{ column }} / 100)
{% endmacro %}
