#!/usr/bin/env python3
"""Generate deterministic dbt benchmark projects (standard library only).

Usage: bench/generate_projects.py --shape parse2000|deep10000 --out DIR [--folders N --per-folder M]

parse2000  The shape of dbt-core's parse benchmark project: 2,000 models in 20 folders of 100
           (models/path_N/node_M.sql, M global). node_0 is `select 1 as id`; node_M is
           `select 1 as id union all select * from {{ ref('node_<M-1>') }}`. Each folder has a
           schema.yml with `unique`, `not_null` and `relationships` (to the previous model, field
           id) tests on `id` of every model in it (node_0 has no relationships test):
           2,000 models + 5,999 generic tests.
deep10000  10,000 models in 100 folders of 100 (models/layer_N/model_M.sql) with deeper Jinja:
           project macros with loops and ifs (macros/bench_macros.sql), var() from
           dbt_project.yml, config() calls with materialized/tags, every 10th model ephemeral,
           a second ref() to the model 100 back on every 7th model, one source, and schema.yml
           tests (unique + not_null on id of every non-ephemeral model, accepted_values on
           bucket of every 5th): 10,000 models + ~18,000 tests.

Both write DIR/dbt_project.yml and DIR/profiles/profiles.yml (profile `bench`): target `dev` of
type glue (offline-compilable by the oracle: role_arn/location come from env vars with fake
defaults) and target `local` of type local (gluedbt's embedded engine). An existing output
directory is emptied first, but only if it holds the generator's marker file .gluedbt-bench. The same arguments always produce byte-identical files.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys

PROFILES = """\
bench:
  target: dev
  outputs:
    dev:
      type: glue
      query-comment: gluedbt-bench
      role_arn: "{{ env_var('DBT_ROLE_ARN', 'arn:aws:iam::123456789012:role/GlueInteractiveSessionRole') }}"
      region: us-east-1
      workers: 2
      worker_type: G.1X
      schema: bench
      database: bench
      threads: 4
      session_provisioning_timeout_in_seconds: 120
      location: "{{ env_var('DBT_S3_LOCATION', 's3://gluedbt-bench-fake-bucket/') }}"
    local:
      type: local
      schema: bench
      database: bench
      threads: 4
"""

PROJECT = """\
name: '{name}'
version: '1.0.0'
config-version: 2
profile: 'bench'

model-paths: ["models"]
macro-paths: ["macros"]
test-paths: ["tests"]
{extra}"""

DEEP_PROJECT_EXTRA = """\
vars:
  start_year: 2016
  bucket_list: [10, 100, 1000, 10000]
  join_back: true

models:
  bench_deep10000:
    +materialized: view
    layer_0:
      +tags: ['first_layer']
"""

DEEP_MACROS = """\
{% macro bench_select_columns(columns, prefix='') -%}
  {%- for column in columns -%}
    {{ prefix }}{{ column }}{% if not loop.last %}, {% endif %}
  {%- endfor -%}
{%- endmacro %}

{% macro bench_cents_to_dollars(column, scale=2) -%}
  round({{ column }} / 100, {{ scale }})
{%- endmacro %}

{% macro bench_bucket(column, buckets) -%}
  case
  {%- for bound in buckets %}
    when {{ column }} < {{ bound }} then '{{ bound }}'
  {%- endfor %}
    else 'other'
  end
{%- endmacro %}

{% macro bench_year_filter(column) -%}
  {%- if var('start_year', none) is not none -%}
    {{ column }} >= {{ var('start_year') }}
  {%- else -%}
    true
  {%- endif -%}
{%- endmacro %}
"""


def write(path: str, text: str) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def common(out: str, name: str, extra: str = "") -> None:
    write(os.path.join(out, "dbt_project.yml"), PROJECT.format(name=name, extra=extra))
    write(os.path.join(out, "profiles", "profiles.yml"), PROFILES)


def generate_parse2000(out: str, folders: int = 20, per_folder: int = 100) -> int:
    common(out, "bench_parse2000")
    index = 0
    for folder in range(folders):
        yml = ["version: 2", "", "models:"]
        for _ in range(per_folder):
            name = f"node_{index}"
            if index == 0:
                sql = "select 1 as id\n"
            else:
                sql = f"select 1 as id union all select * from {{{{ ref('node_{index - 1}') }}}}\n"
            write(os.path.join(out, "models", f"path_{folder}", f"{name}.sql"), sql)
            yml += [f"  - name: {name}", "    columns:", "      - name: id", "        data_tests:",
                    "          - unique", "          - not_null"]
            if index > 0:
                yml += ["          - relationships:", f"              to: ref('node_{index - 1}')",
                        "              field: id"]
            index += 1
        write(os.path.join(out, "models", f"path_{folder}", "schema.yml"), "\n".join(yml) + "\n")
    return index


def deep_model_sql(index: int, per_folder: int) -> str:
    lines = []
    if index % 10 == 5:
        lines.append("{{ config(materialized='ephemeral') }}")
    elif index % 3 == 0:
        lines.append(f"{{{{ config(materialized='table', tags=['bench', 'group_{index % 7}']) }}}}")
    elif index % 3 == 1:
        lines.append("{{ config(tags=['bench']) }}")
    lines.append("{%- set columns = ['id', 'amount_cents', 'year'] -%}")
    if index == 0:
        lines += ["select",
                  "    id, amount_cents, year,",
                  "    {{ bench_cents_to_dollars('amount_cents') }} as amount,",
                  "    {{ bench_bucket('amount_cents', var('bucket_list')) }} as bucket",
                  "from {{ source('raw', 'events') }}",
                  "where {{ bench_year_filter('year') }}"]
        return "\n".join(lines) + "\n"
    lines += ["select",
              "    {{ bench_select_columns(columns, 'src.') }},",
              "    {{ bench_cents_to_dollars('src.amount_cents', 3) }} as amount,",
              "    {{ bench_bucket('src.amount_cents', var('bucket_list')) }} as bucket",
              f"from {{{{ ref('model_{index - 1}') }}}} as src"]
    back = index - per_folder
    if index % 7 == 0 and back >= 0:
        lines += ["{% if var('join_back', false) %}",
                  f"join {{{{ ref('model_{back}') }}}} as back on src.id = back.id",
                  "{% endif %}"]
    lines.append("where {{ bench_year_filter('src.year') }}")
    return "\n".join(lines) + "\n"


def generate_deep10000(out: str, folders: int = 100, per_folder: int = 100) -> int:
    common(out, "bench_deep10000", DEEP_PROJECT_EXTRA)
    write(os.path.join(out, "macros", "bench_macros.sql"), DEEP_MACROS)
    write(os.path.join(out, "models", "sources.yml"),
          "version: 2\n\nsources:\n  - name: raw\n    schema: raw_data\n    tables:\n"
          "      - name: events\n")
    index = 0
    for folder in range(folders):
        yml = ["version: 2", "", "models:"]
        for _ in range(per_folder):
            name = f"model_{index}"
            write(os.path.join(out, "models", f"layer_{folder}", f"{name}.sql"),
                  deep_model_sql(index, per_folder))
            if index % 10 != 5:
                yml += [f"  - name: {name}", "    columns:", "      - name: id", "        data_tests:",
                        "          - unique", "          - not_null"]
                if index % 5 == 0:
                    yml += ["      - name: bucket", "        data_tests:", "          - accepted_values:",
                            "              values: ['10', '100', '1000', '10000', 'other']"]
            index += 1
        write(os.path.join(out, "models", f"layer_{folder}", "schema.yml"), "\n".join(yml) + "\n")
    return index


MARKER = ".gluedbt-bench"
SHAPES = {"parse2000": generate_parse2000, "deep10000": generate_deep10000}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Generate a dbt benchmark project.")
    parser.add_argument("--shape", required=True, choices=sorted(SHAPES))
    parser.add_argument("--out", required=True, help="output directory (emptied first)")
    parser.add_argument("--folders", type=int, help="override the folder count (smoke tests)")
    parser.add_argument("--per-folder", type=int, help="override the models per folder (smoke tests)")
    args = parser.parse_args(argv)
    out = os.path.abspath(args.out)
    marker = os.path.join(out, MARKER)
    if os.path.isdir(out) and os.listdir(out):
        if not os.path.exists(marker):
            print(f"refusing to empty {out}: not made by this generator (no {MARKER})", file=sys.stderr)
            return 2
        shutil.rmtree(out)
    sizes = {k: v for k, v in (("folders", args.folders), ("per_folder", args.per_folder)) if v}
    models = SHAPES[args.shape](out, **sizes)
    write(marker, f"{args.shape}\n")
    print(f"generated {args.shape}: {models} models in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
