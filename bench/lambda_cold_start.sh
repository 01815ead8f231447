#!/usr/bin/env bash
# Cold start of the Compile Lambda handler on the NYC demo (examples/nyc_taxi_demo zipped, served by s3proxy) in
# fresh JVMs from the shaded functions jar (Lambda's Java flags -XX:TieredStopAtLevel=1), without and with an AppCDS
# archive, and the shaded jar's size. Targets: cold start <= 1.5 s, jar <= 25 MB.
# Usage: bench/lambda_cold_start.sh [runs] [--write-docs]   (offline Maven; builds what it needs)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-5}"
mvn -B -o -q -pl functions -am package -DskipTests >/dev/null
jar=functions/target/gluedbt-functions-0.1.0-SNAPSHOT-lambda.jar
classpath_file=$(mktemp)
# in the reactor, so the modules resolve to their target/classes (never to a shared ~/.m2 snapshot)
mvn -B -o -q -pl system-tests -am test-compile dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test >/dev/null
classpath="system-tests/target/test-classes:$(cat "$classpath_file")"
rm -f "$classpath_file"
plain=$(java -cp "$classpath" io.gluedbt.system.ColdStartBench "$jar" examples/nyc_taxi_demo "$runs" plain 2>/dev/null | grep '^{"run"')
cds=$(java -cp "$classpath" io.gluedbt.system.ColdStartBench "$jar" examples/nyc_taxi_demo "$runs" cds 2>/dev/null | grep '^{"run"')
echo "$plain"
echo "$cds"
summary=$(python3 - "$(stat -c %s "$jar")" "$(cut -d' ' -f1 /proc/loadavg)" "$(nproc)" <<PY
import json, statistics, sys
def line(text, label):
    runs = [json.loads(row) for row in text.splitlines()]
    up = sorted(run["jvmUptimeAtResponseMillis"] for run in runs)
    init = statistics.median(run["initMillis"] for run in runs)
    invoke = statistics.median(run["invokeMillis"] for run in runs)
    return (f"| {label} | {statistics.median(up)/1000:.2f} s | {up[0]/1000:.2f}–{up[-1]/1000:.2f} s | {init/1000:.2f} s | {invoke/1000:.2f} s | {len(runs)} |", runs[0]["nodes"])
size = int(sys.argv[1])
plain, nodes = line("""$plain""", "fresh JVM")
cds, _ = line("""$cds""", "fresh JVM + AppCDS archive")
print("Compile handler cold start, NYC demo (" + str(nodes) + " models), JVM start → response (target ≤ 1.5 s); "
      "load average " + sys.argv[2] + " on " + sys.argv[3] + " cores:\n")
print("| JVM | median | range | handler init | first invoke | runs |\n|---|---|---|---|---|---|")
print(plain)
print(cds)
print(f"\nShaded functions jar (\`functions/target/gluedbt-functions-*-lambda.jar\`): **{size/1e6:.1f} MB** ({size/2**20:.1f} MiB) — target ≤ 25 MB; "
      "no Spark, no Netty, no Apache HTTP client, Log4j plugin cache merged.")
PY
)
echo "$summary"
if [ "${2:-}" = "--write-docs" ]; then
  python3 - "$summary" <<'PY'
import re, sys
path = "docs/benchmarks.md"
text = open(path).read()
block = "<!-- lambda-bench:start -->\n" + sys.argv[1] + "\n<!-- lambda-bench:end -->"
text = re.sub(r"<!-- lambda-bench:start -->.*?<!-- lambda-bench:end -->", lambda _: block, text, flags=re.S)
open(path, "w").write(text)
PY
fi
