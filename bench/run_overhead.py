#!/usr/bin/env python3
"""Run overhead of gluedbt on the NYC taxi demo: `gluedbt run -m silver` + `gluedbt run -m gold` against the same
SQL statements issued straight to a SparkSession, on 1M and 10M generated trips; writes the table into
docs/benchmarks.md between the run-bench markers.

Three sides, each measured on a fresh copy of the same warehouse (generated once per size, generation never timed),
each in a fresh JVM started by the ./gluedbt launcher (same JVM flags):
  cli      the two real `./gluedbt run` processes, wall clock (JVM + Spark start included)
  gluedbt  io.gluedbt.local.bench.DirectStatementsBenchmark gluedbt: both runs in one JVM (ProjectSession.run on
           the engine), timed after the SparkSession has started; records the statements the engine received
  direct   DirectStatementsBenchmark direct: those statements replayed with spark.sql in one JVM, same warm-up
Orchestration overhead = gluedbt / direct - 1 (medians). Process overhead = cli wall / direct process wall - 1.

Usage: python3 bench/run_overhead.py [--rows 1000000 10000000] [--reps 3] [--budget-minutes 20] [--no-doc] [--table-only]
(--table-only rebuilds the table from each size's last bench/out/run-overhead/rows-N/samples.json, e.g. after re-measuring
one size with --rows N --no-doc.)
Stdlib only; everything it writes goes under bench/out/run-overhead/ (gitignored) and docs/benchmarks.md.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "nyc_taxi_demo"
OUT = REPO / "bench" / "out" / "run-overhead"
DOC = REPO / "docs" / "benchmarks.md"
START, END = "<!-- run-bench:start -->", "<!-- run-bench:end -->"
GLUEDBT = str(REPO / "gluedbt")
HARNESS = "io.gluedbt.local.bench.DirectStatementsBenchmark"
RUNS = [("silver", Path("profiles")), ("gold", Path("profiles") / "iceberg")]


def run(command, env=None):
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}")
    return wall, result.stdout


def prepare(rows):
    """The project copy, the size's profiles (warehouse_dir set) and its pristine generated warehouse."""
    base = OUT / f"rows-{rows}"
    project = OUT / "project"
    if not (project / "dbt_project.yml").exists():
        project.mkdir(parents=True, exist_ok=True)
        shutil.copytree(EXAMPLE / "models", project / "models", dirs_exist_ok=True)
        shutil.copy(EXAMPLE / "dbt_project.yml", project / "dbt_project.yml")
    warehouse, pristine = base / "warehouse", base / "pristine"
    for _, relative in RUNS:
        text = (EXAMPLE / relative / "profiles.yml").read_text()
        text, count = re.subn(r"^(\s*)type: local\n", lambda m: f"{m.group(0)}{m.group(1)}warehouse_dir: \"{warehouse}\"\n", text, flags=re.M)
        assert count == 1, f"no local target in {relative}/profiles.yml"
        (base / relative).mkdir(parents=True, exist_ok=True)
        (base / relative / "profiles.yml").write_text(text)
    if not (pristine / ".complete").exists():
        shutil.rmtree(warehouse, ignore_errors=True)
        shutil.rmtree(pristine, ignore_errors=True)
        wall, _ = run([GLUEDBT, "generate-nyc-taxi", "--project-dir", str(project), "--profiles-dir", str(base / "profiles"),
                       "--target", "local", "--rows", str(rows)])
        print(f"generated {rows:,} rows in {wall:.0f}s", flush=True)
        subprocess.run(["cp", "-a", str(warehouse), str(pristine)], check=True)
        (pristine / ".complete").write_text(str(rows))
    return base, project


def restore(base):
    shutil.rmtree(base / "warehouse", ignore_errors=True)
    subprocess.run(["cp", "-a", str(base / "pristine"), str(base / "warehouse")], check=True)
    (base / "warehouse" / ".complete").unlink()


def cli_side(base, project):
    walls = {}
    for selection, relative in RUNS:
        walls[selection], _ = run([GLUEDBT, "run", "-m", selection, "--project-dir", str(project), "--profiles-dir", str(base / relative),
                                   "--target", "local"])
    return {"wall": sum(walls.values()), **{f"wall_{name}": value for name, value in walls.items()}}


def harness(mode, base, project, statements):
    command = [GLUEDBT, mode, "--project-dir", str(project), "--target", "local"]
    for selection, relative in RUNS:
        command += ["--run", f"{selection}={base / relative}"]
    command += ["--statements-out" if mode == "gluedbt" else "--statements", str(statements)]
    wall, stdout = run(command, env={**os.environ, "GLUEDBT_MAIN_CLASS": HARNESS})
    result = json.loads(re.search(r"^BENCH_RESULT (.*)$", stdout, re.M).group(1))
    result["wall"] = wall
    return result


def measure(rows, reps, budget_seconds):
    base, project = prepare(rows)
    load_before = os.getloadavg()[0]
    samples = {"cli": [], "gluedbt": [], "direct": []}
    statements = [base / f"statements-{rep}.json" for rep in range(reps)]
    # gluedbt and direct always side by side (their per-repetition ratio is the paired estimate), order rotating
    orders = [("gluedbt", "direct", "cli"), ("direct", "gluedbt", "cli"), ("cli", "gluedbt", "direct")]
    started = time.perf_counter()
    done = 0
    for rep in range(reps):
        for side in orders[rep % len(orders)]:
            restore(base)
            if side == "cli":
                samples["cli"].append(cli_side(base, project))
            elif side == "gluedbt":
                samples["gluedbt"].append(harness("gluedbt", base, project, statements[rep]))
            else:
                recorded = next(path for path in statements if path.exists())
                samples["direct"].append(harness("direct", base, project, recorded))
            print(f"{rows:,} rows rep {rep + 1} {side}: {json.dumps(samples[side][-1])}", flush=True)
        done = rep + 1
        elapsed = time.perf_counter() - started
        if rep == 0 and reps > 1 and elapsed * reps > budget_seconds:
            print(f"{rows:,} rows: one repetition took {elapsed:.0f}s; {reps} would exceed the budget, keeping 1", flush=True)
            break
    recorded = [path.read_text() for path in statements if path.exists()]
    return {"rows": rows, "reps": done, "samples": samples, "identical_statements": len(set(recorded)) == 1,
            "load": [load_before, os.getloadavg()[0]], "date": time.strftime("%Y-%m-%d %H:%M")}


def median(values):
    return statistics.median(values)


def summarize(result):
    samples = result["samples"]
    gluedbt = median(s["seconds"] for s in samples["gluedbt"])
    direct = median(s["seconds"] for s in samples["direct"])
    cli = median(s["wall"] for s in samples["cli"])
    direct_wall = median(s["wall"] for s in samples["direct"])
    # Paired estimate: the two sides of one repetition ran back to back, so slow load drift cancels in their ratio.
    paired = median(g["seconds"] / d["seconds"] - 1 for g, d in zip(samples["gluedbt"], samples["direct"]))
    # Load-robust second estimate from the gluedbt side alone: time outside Engine.execute over time inside it.
    attributed = median(sum(r["total_seconds"] - r["execute_seconds"] for r in s["runs"]) / sum(r["execute_seconds"] for r in s["runs"])
                        for s in samples["gluedbt"])
    by_run = {}
    for run_index, (selection, _) in enumerate(RUNS):
        runs = [s["runs"][run_index] for s in samples["gluedbt"]]
        by_run[selection] = {key: median(r[key] for r in runs) for key in ("open_seconds", "run_seconds", "execute_seconds")}
        by_run[selection]["direct"] = median(s["runs"][run_index]["seconds"] for s in samples["direct"])
    catalog = {}
    for name in sorted({name for s in samples["gluedbt"] for name in s["catalog"]}):
        catalog[name] = (samples["gluedbt"][0]["catalog"][name]["calls"], median(s["catalog"][name]["seconds"] for s in samples["gluedbt"]))
    return {"rows": result["rows"], "reps": result["reps"], "gluedbt": gluedbt, "direct": direct, "cli": cli, "direct_wall": direct_wall,
            "attributed": attributed, "paired": paired, "by_run": by_run, "catalog": catalog, "statements": samples["direct"][0]["statements"],
            "identical": result["identical_statements"], "load": result["load"], "date": result["date"]}


def table(summaries):
    lines = [START, "",
             "Measured on this 2-core machine while other work ran on it (*load*: 1-minute load average before and after "
             "the size was measured). Seconds, median of the n repetitions.", "",
             "| rows | measured | load | n | gluedbt in-process | direct replay | orchestration overhead | `gluedbt run` ×2 processes | direct process "
             "| process overhead | paired overhead | outside ÷ inside execute |",
             "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for s in summaries:
        lines.append(f"| {s['rows']:,} | {s['date']} | {s['load'][0]:.1f} → {s['load'][1]:.1f} | {s['reps']} | {s['gluedbt']:.2f} | {s['direct']:.2f} | {100 * (s['gluedbt'] / s['direct'] - 1):+.1f}% "
                     f"| {s['cli']:.2f} | {s['direct_wall']:.2f} | {100 * (s['cli'] / s['direct_wall'] - 1):+.1f}% "
                     f"| {100 * s['paired']:+.1f}% | {100 * s['attributed']:.1f}% |")
    lines += ["", "Where the in-process time goes (medians; *open* = load + parse the project, *outside execute* = run time not "
              "spent inside `Engine.execute`: compile, plan, catalog questions, scheduling, artifacts):", "",
              "| rows | run | open | run | inside execute | outside execute | direct replay of the same statements | catalog calls (count, s) |",
              "|---:|---|---:|---:|---:|---:|---:|---|"]
    for s in summaries:
        catalog = ", ".join(f"{name} {count}× {seconds:.2f}s" for name, (count, seconds) in s["catalog"].items())
        for index, (selection, numbers) in enumerate(s["by_run"].items()):
            lines.append(f"| {s['rows']:,} | {selection} | {numbers['open_seconds']:.2f} | {numbers['run_seconds']:.2f} "
                         f"| {numbers['execute_seconds']:.2f} | {numbers['run_seconds'] - numbers['execute_seconds']:.2f} "
                         f"| {numbers['direct']:.2f} | {catalog if index == 0 else '(both runs)'} |")
    notes = [f"{s['rows']:,} rows: {s['statements']} statements replayed; statements identical in every recording: "
             f"{'yes' if s['identical'] else 'NO'}" for s in summaries]
    lines += [""] + [f"- {note}" for note in notes] + ["", END]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[1_000_000, 10_000_000])
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--budget-minutes", type=float, default=20, help="per size: keep one repetition when three would take longer")
    parser.add_argument("--no-doc", action="store_true")
    parser.add_argument("--table-only", action="store_true", help="rebuild the table from the sizes' last samples.json, measure nothing")
    arguments = parser.parse_args()
    summaries = []
    for rows in arguments.rows:
        samples_file = OUT / f"rows-{rows}" / "samples.json"
        if arguments.table_only:
            result = json.loads(samples_file.read_text())
        else:
            subprocess.run([GLUEDBT, "--version"], check=True, capture_output=True)
            result = measure(rows, arguments.reps, arguments.budget_minutes * 60)
            samples_file.write_text(json.dumps(result, indent=2))
        summaries.append(summarize(result))
        print(json.dumps(summaries[-1]), flush=True)
    block = table(summaries)
    print(block)
    if not arguments.no_doc:
        text = DOC.read_text()
        if START not in text:
            sys.exit(f"{DOC} has no {START} marker")
        DOC.write_text(text[:text.index(START)] + block + text[text.index(END) + len(END):])


if __name__ == "__main__":
    main()
