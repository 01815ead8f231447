{% macro pick_region() %}
    {%- if target.name == 'dev' -%}
        {{ exceptions.raise_compiler_error("pick_region() is not available in dev") }}
    {%- endif -%}
{% endmacro %}
