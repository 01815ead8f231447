#!/usr/bin/env python3
"""Times a full `gluedbt compile` (fresh JVM, median of N) of the generated benchmark projects, side by side
with dbt-core's `dbt parse` and `dbt compile` on the same projects, and writes the table into
docs/benchmarks.md between the compile-bench markers.

Usage: python3 bench/compile_bench.py [--runs 5] [--dbt-runs 3] [--dbt-runs-large 1] [--skip-dbt]
Stdlib only. Projects are generated under bench/out/ (gitignored) by bench/generate_projects.py.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "bench" / "out"
DOC = REPO / "docs" / "benchmarks.md"
START, END = "<!-- compile-bench:start -->", "<!-- compile-bench:end -->"
PROJECTS = [("parse2000", "2,000 models (dbt's parse benchmark shape)"), ("deep10000", "10,000 models, deeper Jinja")]
TIMING = re.compile(r"Compiled (\d+) nodes in ([\d.]+)s \(parse ([\d.]+)s, compile ([\d.]+)s, write ([\d.]+)s; peak heap (\d+) MiB\)")


def generate(shape):
    project = OUT / shape
    if not (project / "dbt_project.yml").exists():
        subprocess.run([sys.executable, str(REPO / "bench" / "generate_projects.py"), "--shape", shape, "--out", str(project)], check=True)
    return project


def gluedbt_once(project):
    command = ["/usr/bin/time", "-f", "maxrss_kb=%M", str(REPO / "gluedbt"), "compile", "--project-dir", str(project),
               "--profiles-dir", str(project / "profiles"), "--target", "local"]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"gluedbt compile failed on {project}:\n{result.stdout}\n{result.stderr}")
    timing = TIMING.search(result.stdout)
    rss = re.search(r"maxrss_kb=(\d+)", result.stderr)
    return {"wall": wall, "nodes": int(timing.group(1)), "inside": float(timing.group(2)), "parse": float(timing.group(3)),
            "compile": float(timing.group(4)), "write": float(timing.group(5)), "heap": int(timing.group(6)),
            "rss": int(rss.group(1)) // 1024 if rss else 0}


def dbt_core(project, runs):
    result = subprocess.run(["bash", str(REPO / "bench" / "dbt_core_times.sh"), str(project), str(runs)], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"dbt-core timing failed on {project}:\n{result.stdout}\n{result.stderr}")
    parse = float(re.search(r"dbt_parse_seconds=([\d.]+)", result.stdout).group(1))
    compile_ = float(re.search(r"dbt_compile_seconds=([\d.]+)", result.stdout).group(1))
    return parse, compile_


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dbt-runs", type=int, default=3)
    parser.add_argument("--dbt-runs-large", type=int, default=1)
    parser.add_argument("--skip-dbt", action="store_true")
    arguments = parser.parse_args()
    subprocess.run([str(REPO / "gluedbt"), "--version"], check=True, capture_output=True)
    rows = []
    for shape, label in PROJECTS:
        project = generate(shape)
        samples = [gluedbt_once(project) for _ in range(arguments.runs)]
        median = {key: statistics.median(sample[key] for sample in samples) for key in samples[0]}
        dbt = None
        if not arguments.skip_dbt:
            dbt = dbt_core(project, arguments.dbt_runs if shape == "parse2000" else arguments.dbt_runs_large)
        rows.append((shape, label, median, max(sample["heap"] for sample in samples), max(sample["rss"] for sample in samples), dbt))
        print(f"{shape}: gluedbt median {median['wall']:.2f}s wall; dbt-core {dbt}", flush=True)
    load = os.getloadavg()[0]
    lines = [START, "",
             f"Measured {time.strftime('%Y-%m-%d')} on this 2-core machine (load average {load:.1f} at the end), gluedbt median of "
             f"{arguments.runs} fresh-JVM runs of `./gluedbt compile --target local` (wall clock, including JVM start and writing "
             f"manifest.json + every compiled file); dbt-core 1.10.23 + dbt-glue 1.10.19 (oracle venv), median of "
             f"{arguments.dbt_runs} runs on the 2,000-model project and {arguments.dbt_runs_large} on the 10,000-model one, "
             "`--no-partial-parse`, offline.", "",
             "| project | nodes | gluedbt full compile (s) | parse / compile / write (s) | peak heap (MiB) | max RSS (MiB) | dbt parse (s) | dbt compile (s) | gluedbt ÷ dbt compile |",
             "|---|---|---|---|---|---|---|---|---|"]
    for shape, label, median, heap, rss, dbt in rows:
        dbt_parse, dbt_compile = dbt if dbt else (None, None)
        ratio = f"{median['wall'] / dbt_compile:.3f}" if dbt_compile else "not run"
        lines.append(f"| {label} | {median['nodes']:,} | {median['wall']:.2f} | {median['parse']:.2f} / {median['compile']:.2f} / {median['write']:.2f} "
                     f"| {heap} | {rss} | {dbt_parse if dbt_parse else 'not run'} | {dbt_compile if dbt_compile else 'not run'} | {ratio} |")
    lines += ["", END]
    text = DOC.read_text() if DOC.exists() else "# Benchmarks\n\n" + START + "\n" + END + "\n"
    if START not in text:
        text += "\n" + START + "\n" + END + "\n"
    before, rest = text.split(START, 1)
    after = rest.split(END, 1)[1]
    DOC.write_text(before + "\n".join(lines) + after)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
