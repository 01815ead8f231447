{% macro glue__safe_divide(numerator, denominator) -%}
    case when {{ denominator }} = 0 then null else {{ numerator }} / {{ denominator }} end
{%- endmacro %}

{% macro vendor_list() %}
    {{ return(var('vendor_types')) }}
{% endmacro %}

{% macro quoted_list(values) -%}
    {%- for value in values -%}'{{ value }}'{%- if not loop.last -%}, {% endif -%}{%- endfor -%}
{%- endmacro %}

{% macro wrap_select(alias) -%}
    select * from ({{ caller() }}) as {{ alias }}
{%- endmacro %}

{% macro column_settings() -%}
    {% set settings = fromjson('{"amount": "double", "passengers": "int"}') %}
    {{ return(settings) }}
{%- endmacro %}
