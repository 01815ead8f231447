#!/usr/bin/env bash
# Creates <dir>/.venv with exactly the pinned set of <dir>/requirements.txt (default dir: oracle/, the
# dbt-core + dbt-glue oracle; glue-runtime/ uses it for the local Glue endpoint's PySpark runtime).
# Idempotent: does nothing when the venv's recorded hash (requirements.txt + python version) matches.
# Usage: oracle/setup.sh [dir]        (env PYTHON=python3.11 to choose the interpreter)
set -euo pipefail
here="$(cd "${1:-$(dirname "${BASH_SOURCE[0]}")}" && pwd)"
venv="$here/.venv"
python="${PYTHON:-python3.11}"
command -v "$python" >/dev/null || { echo "setup.sh: $python not found (need Python 3.11)" >&2; exit 2; }
want="$( { cat "$here/requirements.txt"; "$python" -c 'import sys; print(sys.version)'; } | sha256sum | cut -d' ' -f1)"
stamp="$venv/.requirements.sha256"
if [[ -x "$venv/bin/python" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  echo "venv up to date ($venv)"
  exit 0
fi
start=$(date +%s)
rm -rf "$venv"
"$python" -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check --no-deps -r "$here/requirements.txt"
"$venv/bin/pip" check --disable-pip-version-check >/dev/null
echo "$want" > "$stamp"
echo "venv created in $(( $(date +%s) - start ))s: $venv"
