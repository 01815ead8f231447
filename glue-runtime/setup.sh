#!/usr/bin/env bash
# Creates glue-runtime/.venv: the pinned PySpark runtime the local Glue endpoint runs statements in.
exec "$(dirname "${BASH_SOURCE[0]}")/../oracle/setup.sh" "$(dirname "${BASH_SOURCE[0]}")"
