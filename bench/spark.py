"""Both engines on the same bundles: time per stage, peak memory, equal results, and what
Spark shuffles in each stage (the figures behind README "Running on Spark").

    python bench/spark.py                                # 100k and 1M subjects, ~10 logins each
    python bench/spark.py --sizes 20000 --engines spark  # one size, one engine
    python bench/spark.py --sizes 100000 --spark-timeout 3600

Bundles are bench/speed.py's (generated as Parquet under --workdir, seed 11, reused). Each
scan runs in a fresh subprocess; its peak memory is the sampled (every 0.2 s) resident memory
of the process and all its children (for Spark in local mode: the JVM, its Python workers).
The Spark scan starts its own local session with the status UI on, so that afterwards every
Spark stage's shuffle figures can be read from Spark's REST API (localhost only) and assigned
to the ringwatch stage during which it ran:
- jobs, stages and tasks: the fixed cost (on two cores, a stage costs a second or so however
  little it does);
- shuffle written (MiB): the data a stage moves across the cluster;
- skew: over the stages that read only a shuffle (of at least 1 MiB), the largest ratio of
  the biggest task's shuffle read to the median task's (1 = even; a value shared by millions
  shows as one task with most of the data).
When both engines ran, `subjects.csv` and `rings.jsonl` are compared (byte-equal, or the
number of subjects whose level, score or ring differs). A scan past --spark-timeout is
stopped and reported as such. Writes bench/results/spark.json.
"""

from __future__ import annotations

import argparse
import csv
import filecmp
import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from speed import _count_rows, child_env, ensure_bundle  # noqa: E402  (bench/ is not a package)

UI_PORT = 4077

_SCAN = textwrap.dedent("""
    import json, sys, time, urllib.request
    from peak_memory import PeakMemory  # bench/, on the child's path (speed.child_env)
    from ringwatch.pipeline import scan

    engine, bundle, out, port = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
    marks = []  # (ringwatch stage, epoch seconds it started)
    def on_stage(stage, detail):
        if stage and (not marks or marks[-1][0] != stage):
            marks.append((stage, time.time()))
    options = {}
    if engine == "spark":
        options["conf"] = {"spark.ui.enabled": "true", "spark.ui.port": port,
                           "spark.ui.retainedJobs": "100000", "spark.ui.retainedStages": "100000",
                           "spark.ui.retainedTasks": "1000000",
                           "spark.sql.ui.retainedExecutions": "100"}
    started = time.perf_counter()
    with PeakMemory() as peak:
        result = scan(bundle, out, on_stage=on_stage, engine_name=engine, engine_options=options)
    seconds = time.perf_counter() - started
    ended = time.time()
    stages = []
    if engine == "spark":
        from pyspark.sql import SparkSession
        sc = SparkSession.getActiveSession().sparkContext
        base = f"{sc.uiWebUrl}/api/v1/applications/{sc.applicationId}"
        def get(path):
            with urllib.request.urlopen(base + path, timeout=60) as response:
                return json.load(response)
        for s in get("/stages?status=complete"):
            row = {k: s.get(k, 0) for k in ("stageId", "numTasks", "shuffleWriteBytes",
                                              "shuffleReadBytes", "inputBytes", "executorRunTime")}
            row["submitted"] = s.get("submissionTime")
            row["jobs"] = len(s.get("jobIds") or [])
            if s.get("shuffleReadBytes", 0) >= 1 << 20 and s.get("numTasks", 0) > 1:
                q = get(f"/stages/{s['stageId']}/{s['attemptId']}/taskSummary?quantiles=0.5,1.0")
                read = (q.get("shuffleReadMetrics") or {}).get("readBytes") or [0, 0]
                row["skew"] = read[1] / read[0] if read[0] else None
            stages.append(row)
        jobs = get("/jobs")
        stages.append({"jobs_total": len(jobs),
                       "job_times": [j.get("submissionTime") for j in jobs]})
    print(json.dumps({"seconds": seconds, "tree_peak_mib": peak.mib, "marks": marks, "ended": ended,
                      "stage_seconds": result.stage_seconds, "levels": result.levels,
                      "rings": result.rings, "spark": stages}))
""")


def _epoch(stamp: str | None) -> float | None:
    """Spark's REST times ('2026-12-02T08:01:02.123GMT') as epoch seconds."""
    if not stamp:
        return None
    from datetime import datetime, timezone

    return datetime.strptime(stamp.replace("GMT", ""), "%Y-%m-%dT%H:%M:%S.%f").replace(
        tzinfo=timezone.utc).timestamp()


def _stage_of(when: float | None, marks: list, ended: float) -> str | None:
    if when is None:
        return None
    current = None
    for stage, began in marks:
        if when >= began - 0.001:
            current = stage
    return current if when <= ended + 1 else None


def spark_by_stage(result: dict) -> dict[str, dict]:
    """Spark's jobs, stages, tasks, shuffle bytes and worst skew per ringwatch stage."""
    marks, ended = result["marks"], result["ended"]
    per: dict[str, dict] = {stage: {"jobs": 0, "spark_stages": 0, "tasks": 0, "shuffle_write_mib": 0.0,
                                    "shuffle_read_mib": 0.0, "input_mib": 0.0, "task_seconds": 0.0,
                                    "worst_skew": None} for stage, _ in marks}
    rows = result["spark"]
    summary = rows[-1] if rows and "jobs_total" in rows[-1] else {"job_times": []}
    for stamp in summary["job_times"]:
        stage = _stage_of(_epoch(stamp), marks, ended)
        if stage:
            per[stage]["jobs"] += 1
    for row in rows:
        if "stageId" not in row:
            continue
        stage = _stage_of(_epoch(row["submitted"]), marks, ended)
        if not stage:
            continue
        p = per[stage]
        p["spark_stages"] += 1
        p["tasks"] += row["numTasks"]
        p["shuffle_write_mib"] += row["shuffleWriteBytes"] / 2**20
        p["shuffle_read_mib"] += row["shuffleReadBytes"] / 2**20
        p["input_mib"] += row["inputBytes"] / 2**20
        p["task_seconds"] += row["executorRunTime"] / 1000
        # Only a stage reading nothing but a shuffle: in one that also reads a table, most
        # tasks read the table and the median shuffle read says nothing.
        skew = row.get("skew") if not row.get("inputBytes") else None
        if skew is not None and (p["worst_skew"] is None or skew > p["worst_skew"]):
            p["worst_skew"] = skew
    for p in per.values():
        for key in ("shuffle_write_mib", "shuffle_read_mib", "input_mib", "task_seconds"):
            p[key] = round(p[key], 1)
        if p["worst_skew"] is not None:
            p["worst_skew"] = round(p["worst_skew"], 1)
    return per


def _run_scan(engine: str, bundle: Path, out: Path, timeout: float) -> dict:
    """One scan in a subprocess; its whole stderr (Spark's log included) goes to OUT.err."""
    log = out.with_suffix(".err")
    try:
        with log.open("w") as stderr:
            done = subprocess.run([sys.executable, "-c", _SCAN, engine, str(bundle), str(out), str(UI_PORT)],
                                  stdout=subprocess.PIPE, stderr=stderr, text=True, timeout=timeout,
                                  env=child_env())
    except subprocess.TimeoutExpired:
        return {"timed_out": True, "seconds": timeout}
    if done.returncode != 0:
        return {"failed": log.read_text(errors="replace").strip().splitlines()[-5:], "log": str(log)}
    return json.loads(done.stdout.strip().splitlines()[-1])


def _subjects(path: Path) -> dict[str, tuple]:
    with path.open(newline="") as handle:
        return {r["id"]: (r["level"], r["score"], r["ring"]) for r in csv.DictReader(handle)}


def compare_outputs(a: Path, b: Path) -> dict:
    """Whether two scans' outputs agree: byte-equal files, else how many subjects differ."""
    same = {name: filecmp.cmp(a / name, b / name, shallow=False) for name in ("subjects.csv", "rings.jsonl")}
    result = {"subjects_csv_identical": same["subjects.csv"], "rings_jsonl_identical": same["rings.jsonl"]}
    if not same["subjects.csv"]:
        left, right = _subjects(a / "subjects.csv"), _subjects(b / "subjects.csv")
        result["subjects_differing"] = sum(1 for k in left.keys() | right.keys() if left.get(k) != right.get(k))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--engines", nargs="+", default=["duckdb", "spark"], choices=["duckdb", "spark"])
    parser.add_argument("--logins-per-subject", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/ringwatch-speed"))
    parser.add_argument("--spark-timeout", type=float, default=3 * 3600,
                        help="seconds after which a scan is stopped (default 3 hours)")
    parser.add_argument("--reuse", action="store_true",
                        help="report the last scans' saved figures instead of scanning again")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "spark.json")
    args = parser.parse_args(argv)
    rows = []
    for size in args.sizes:
        case = ensure_bundle(args.workdir, size, args.seed, args.logins_per_subject)
        bundle = case / "bundle"
        row: dict = {"subjects": size, "logins": _count_rows(bundle / "logins.parquet")}
        for engine in args.engines:
            raw = case / f"scan-{engine}.json"  # the raw figures of the last scan
            if args.reuse and raw.exists():
                result = json.loads(raw.read_text())
            else:
                print(f"{size:,} subjects on {engine} ...", flush=True)
                result = _run_scan(engine, bundle, case / f"scan-{engine}", args.spark_timeout)
                raw.write_text(json.dumps(result))
            if "seconds" in result and "stage_seconds" in result:
                row[engine] = {"seconds": round(result["seconds"], 1),
                               "tree_peak_mib": round(result["tree_peak_mib"]),
                               "stages": {k: round(v, 1) for k, v in result["stage_seconds"].items()},
                               "levels": result["levels"], "rings": result["rings"]}
                if engine == "spark":
                    row[engine]["spark_by_stage"] = spark_by_stage(result)
            else:
                row[engine] = result
            print(f"  {json.dumps(row[engine])}", flush=True)
        if all("stages" in row.get(e, {}) for e in ("duckdb", "spark")):
            row["equal"] = compare_outputs(case / "scan-duckdb", case / "scan-spark")
            print(f"  outputs: {row['equal']}", flush=True)
        rows.append(row)
    _print_table(rows)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(rows, indent=2) + "\n")
    return 0


def _print_table(rows: list[dict]) -> None:
    for row in rows:
        spark = row.get("spark", {})
        duck = row.get("duckdb", {})
        print(f"\n{row['subjects']:,} subjects, {row['logins']:,} logins")
        print(f"{'stage':<10} {'duckdb s':>9} {'spark s':>9} {'jobs':>6} {'tasks':>7} "
              f"{'shuffle MiB':>12} {'worst skew':>11}")
        for stage in (spark.get("stages") or duck.get("stages") or {}):
            by = (spark.get("spark_by_stage") or {}).get(stage, {})
            skew = by.get("worst_skew")
            print(f"{stage:<10} {duck.get('stages', {}).get(stage, float('nan')):>9.1f} "
                  f"{spark.get('stages', {}).get(stage, float('nan')):>9.1f} {by.get('jobs', 0):>6} "
                  f"{by.get('tasks', 0):>7} {by.get('shuffle_write_mib', 0):>12.1f} "
                  f"{'-' if skew is None else f'{skew:.1f}':>11}")
        print(f"{'total':<10} {duck.get('seconds', float('nan')):>9.1f} {spark.get('seconds', float('nan')):>9.1f}"
              f"   peak MiB: duckdb {duck.get('tree_peak_mib', '-')}, spark {spark.get('tree_peak_mib', '-')}")


if __name__ == "__main__":
    sys.exit(main())
