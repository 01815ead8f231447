{% macro safe_divide(numerator, denominator) -%}
    {{ return(adapter.dispatch('safe_divide', 'shared_utils')(numerator, denominator)) }}
{%- endmacro %}

{% macro default__safe_divide(numerator, denominator) -%}
    ({{ numerator }} / nullif({{ denominator }}, 0))
{%- endmacro %}

{% macro spark__safe_divide(numerator, denominator) -%}
    try_divide({{ numerator }}, {{ denominator }})
{%- endmacro %}

{% macro padded(column) -%}
    lpad(cast({{ column }} as string), {{ var('pad_width', 2) }}, '0')
{%- endmacro %}

{% macro month_label(column) -%}
    concat('m', {{ shared_utils.padded(column) }})
{%- endmacro %}
