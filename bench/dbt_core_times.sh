#!/usr/bin/env bash
# Times dbt-core (the oracle venv) on a project: `dbt parse --no-partial-parse` and
# `dbt compile --no-partial-parse` (compile includes its own full parse), offline.
#
# Usage: bench/dbt_core_times.sh <project_dir> [runs=3] [target=dev]
#   env PROFILES_DIR (default <project_dir>/profiles, else <project_dir>)
# Prints per-run lines, then the medians as machine-readable lines:
#   dbt_parse_seconds=<s>
#   dbt_compile_seconds=<s>
# Nothing is written into the project: target/ and logs/ go to a temp dir.
set -euo pipefail
if (( $# < 1 )); then
  echo "usage: $0 <project_dir> [runs=3] [target=dev]" >&2
  exit 2
fi
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$(cd "$1" && pwd)"
runs="${2:-3}"
target="${3:-dev}"
if [[ -z "${PROFILES_DIR:-}" ]]; then
  if [[ -f "$project/profiles/profiles.yml" ]]; then PROFILES_DIR="$project/profiles"; else PROFILES_DIR="$project"; fi
fi

"$repo/oracle/setup.sh" >/dev/null
dbt="$repo/oracle/.venv/bin/dbt"
work="$(mktemp -d "${TMPDIR:-/tmp}/gluedbt-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

export DBT_SEND_ANONYMOUS_USAGE_STATS=false DBT_USE_COLORS=false
export DBT_ROLE_ARN="${DBT_ROLE_ARN:-arn:aws:iam::123456789012:role/GlueInteractiveSessionRole}"
export DBT_S3_LOCATION="${DBT_S3_LOCATION:-s3://gluedbt-oracle-fake-bucket/}"
export AWS_DEFAULT_REGION=us-east-1 AWS_ACCESS_KEY_ID=AKIAORACLEFAKEKEY000 AWS_SECRET_ACCESS_KEY=oracle-fake-secret
export AWS_EC2_METADATA_DISABLED=true
export DBT_LOG_PATH="$work/logs" DBT_TARGET_PATH="$work/target"
common=(--profiles-dir "$PROFILES_DIR" --target "$target" --no-version-check --no-partial-parse)

time_one() { # time_one <label> <dbt args...>; prints seconds
  local label="$1"; shift
  local start end
  start=$(date +%s.%N)
  if ! (cd "$project" && "$dbt" "$@") >"$work/$label.log" 2>&1; then
    echo "dbt_core_times.sh: dbt $* failed; tail of the log:" >&2
    tail -n 30 "$work/$label.log" >&2
    exit 1
  fi
  end=$(date +%s.%N)
  python3 -c "print(f'{$end - $start:.2f}')"
}

median() { python3 -c "import statistics,sys; print(f'{statistics.median(map(float, sys.argv[1:])):.2f}')" "$@"; }

parse_times=()
compile_times=()
for (( i = 1; i <= runs; i++ )); do
  p=$(time_one parse parse "${common[@]}")
  c=$(time_one compile compile "${common[@]}" --no-populate-cache --no-introspect)
  echo "run $i: parse ${p}s compile ${c}s"
  parse_times+=("$p")
  compile_times+=("$c")
done
grep -h "Found " "$work/compile.log" | sed 's/^[0-9:]* *//' | tail -n 1
echo "dbt_parse_seconds=$(median "${parse_times[@]}")"
echo "dbt_compile_seconds=$(median "${compile_times[@]}")"
