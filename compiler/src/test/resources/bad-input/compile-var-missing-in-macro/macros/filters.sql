{% macro since_start(column) %}

    {{ column }} >= '{{ var("start_date") }}'
{% endmacro %}
