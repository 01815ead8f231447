#!/usr/bin/env bash
# The real dbt-glue adapter (oracle/.venv, pinned) and gluedbt run the blog's NYC demo (silver, then gold) against the
# same local Glue interactive-sessions endpoint and local S3; prints what each cost the endpoint (RunStatement,
# GetStatement, sessions, other Glue calls, wall time) and whether the gold rows match.
# Usage: bench/glue_side_by_side.sh [rows] [threads] [--write-docs]    (default 200000 trips, 2 threads)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rows="${1:-200000}"
threads="${2:-2}"
bash oracle/setup.sh >/dev/null
bash glue-runtime/setup.sh >/dev/null
export GLUEDBT_GLUE_PYTHON="$PWD/glue-runtime/.venv/bin/python"
GLUEDBT_MAIN_CLASS=io.gluedbt.local.bench.GlueSideBySide ./gluedbt "$PWD" "$rows" "$threads" "${@:3}"
