{% macro region_column() %}

    {{ regoin_name() }}
{% endmacro %}

{% macro region_name() %}'eu'{% endmacro %}
