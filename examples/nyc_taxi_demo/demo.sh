#!/usr/bin/env bash
# The blog's walkthrough on the embedded engine, end to end: generate the raw NYC taxi table, build the
# silver model (parquet table) and the gold models (Iceberg, merged incrementally), then run the blog's
# Athena query. Usage: examples/nyc_taxi_demo/demo.sh [rows]   (default 1,000,000 trips)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
gluedbt=../../gluedbt
rows="${1:-1000000}"

"$gluedbt" generate-nyc-taxi --profiles-dir profiles --target local --rows "$rows"
"$gluedbt" run -m silver --profiles-dir profiles --target local
"$gluedbt" run -m gold --profiles-dir profiles/iceberg --target local
"$gluedbt" show --profiles-dir profiles/iceberg --target local --inline "$(cat blog_query.sql)"
