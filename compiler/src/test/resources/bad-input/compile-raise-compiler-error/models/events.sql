select 1 as event_id
{% if target.name == 'dev' %}
  {{ exceptions.raise_compiler_error('events must not be built in dev: use --target prod') }}
{% endif %}
