#!/usr/bin/env bash
# Runs dbt-core (the oracle) on a copy of a project, offline, and collects its artifacts.
#
# Usage: oracle/run_dbt.sh <project_dir> <profiles_dir> <target> <out_dir> [extra dbt compile args]
#
# - The project is copied to a temp dir (without target/, logs/), so nothing is written into the source tree.
# - Runs `dbt compile` (and first `dbt parse` when ORACLE_PARSE=1) with --no-partial-parse and
#   --no-populate-cache, so the glue adapter never opens a Glue session nor calls the Glue API.
# - Env vars the blog profile needs (DBT_ROLE_ARN, DBT_S3_LOCATION) get fake defaults when unset;
#   AWS credentials are always fake so that nothing can reach a real account.
# - out_dir receives: manifest.json, compiled/ (= target/compiled), dbt_compile.log (console),
#   run_results.json, and with ORACLE_PARSE=1 also parse/manifest.json + dbt_parse.log.
# Exit status: 0 on success; dbt's exit status (with the tail of its log on stderr) on failure.
set -euo pipefail
if (( $# < 4 )); then
  echo "usage: $0 <project_dir> <profiles_dir> <target> <out_dir> [extra dbt args]" >&2
  exit 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$(cd "$1" && pwd)"
profiles="$(cd "$2" && pwd)"
target="$3"
mkdir -p "$4"
out="$(cd "$4" && pwd)"
shift 4

"$here/setup.sh" >/dev/null
dbt="$here/.venv/bin/dbt"

work="$(mktemp -d "${TMPDIR:-/tmp}/gluedbt-oracle.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/project"
# copy the project without its build outputs (portable: tar with excludes)
tar -C "$project" --exclude=./target --exclude=./logs --exclude=./.venv -cf - . | tar -C "$work/project" -xf -

export DBT_SEND_ANONYMOUS_USAGE_STATS=false
export DBT_ROLE_ARN="${DBT_ROLE_ARN:-arn:aws:iam::123456789012:role/GlueInteractiveSessionRole}"
export DBT_S3_LOCATION="${DBT_S3_LOCATION:-s3://gluedbt-oracle-fake-bucket/}"
export AWS_DEFAULT_REGION="${AWS_DEFAULT_REGION:-us-east-1}"
export AWS_ACCESS_KEY_ID=AKIAORACLEFAKEKEY000
export AWS_SECRET_ACCESS_KEY=oracle-fake-secret
export AWS_EC2_METADATA_DISABLED=true
unset AWS_PROFILE AWS_SESSION_TOKEN
export DBT_LOG_PATH="$work/logs"
export DBT_USE_COLORS=false

common=(--profiles-dir "$profiles" --target "$target" --no-version-check --no-partial-parse)

run() { # run <name> <dbt args...>
  local name="$1"; shift
  local log="$out/dbt_$name.log"
  set +e
  (cd "$work/project" && "$dbt" "$@") >"$log" 2>&1
  local rc=$?
  set -e
  if (( rc != 0 )); then
    echo "run_dbt.sh: dbt $name failed (exit $rc); tail of the log:" >&2
    tail -n 40 "$log" >&2
    if [[ -f "$work/logs/dbt.log" ]]; then
      echo "--- tail of dbt.log ---" >&2
      grep -E '\[(error|warn)' "$work/logs/dbt.log" | tail -n 20 >&2 || true
    fi
    exit "$rc"
  fi
}

if [[ "${ORACLE_PARSE:-0}" == "1" ]]; then
  run parse parse "${common[@]}"
  mkdir -p "$out/parse"
  cp "$work/project/target/manifest.json" "$out/parse/manifest.json"
fi

run compile compile "${common[@]}" --no-populate-cache --no-introspect "$@"
rm -rf "$out/compiled"
cp "$work/project/target/manifest.json" "$out/manifest.json"
cp "$work/project/target/run_results.json" "$out/run_results.json"
if [[ -d "$work/project/target/compiled" ]]; then
  cp -r "$work/project/target/compiled" "$out/compiled"
fi
echo "run_dbt.sh: wrote $out/manifest.json and $out/compiled"
