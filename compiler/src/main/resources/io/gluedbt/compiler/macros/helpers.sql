{#- gluedbt built-in helper macros used by generic tests and user code. -#}
{% macro get_where_subquery(relation) -%}
    {%- set where = config.get('where') -%}
    {%- if where -%}
        (select * from {{ relation }} where {{ where }}) dbt_subquery
    {%- else -%}
        {{ relation }}
    {%- endif -%}
{%- endmacro %}

{% macro should_store_failures() -%}
    {{ return(config.get('store_failures') in [true, 'true', 'True']) }}
{%- endmacro %}

{% macro should_full_refresh() -%}
    {{ return(config.get('full_refresh') in [true, 'true', 'True'] or flags.FULL_REFRESH) }}
{%- endmacro %}
