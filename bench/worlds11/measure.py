"""Measure ringwatch on blind world 11 (employer-of-record / IT staffing platform).

    python bench/worlds11/measure.py --subjects N --seed S [--check-load]

Caches the world under /tmp/ringwatch-blind11/<size>-<seed>-<sha256(world.py)[:10]>/ (bundle/, truth.csv,
scan/), runs `ringwatch scan BUNDLE --out DIR --quiet` and scores its levels against truth.csv.
--check-load runs the scan with --json and prints only its exit code and the load-warning count.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CACHE = Path("/tmp/ringwatch-blind11")


def ringwatch_cmd():
    exe = shutil.which("ringwatch")
    if exe:
        return [exe]
    venv = ROOT / ".venv" / "bin" / "ringwatch"
    if venv.exists():
        return [str(venv)]
    return [sys.executable, "-m", "ringwatch"]


def world_dir(size, seed):
    digest = hashlib.sha256((HERE / "world.py").read_bytes()).hexdigest()[:10]
    d = CACHE / f"{size}-{seed}-{digest}"
    if not (d / "truth.csv").exists() or not (d / "bundle" / "subjects.csv").exists():
        sys.path.insert(0, str(ROOT))
        from bench.worlds11.world import generate
        tmp = d.with_name(d.name + ".partial")
        if tmp.exists():
            shutil.rmtree(tmp)
        generate(str(tmp), size, seed)
        if d.exists():
            shutil.rmtree(d)
        tmp.rename(d)
    return d


def rate(num, den):
    return round(num / den, 4) if den else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--subjects", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check-load", action="store_true")
    a = ap.parse_args()
    d = world_dir(a.subjects, a.seed)
    scan = d / "scan"
    cmd = ringwatch_cmd() + ["scan", str(d / "bundle"), "--out", str(scan)]
    if a.check_load:
        p = subprocess.run(cmd + ["--json"], capture_output=True, text=True)
        total = None
        try:
            total = json.loads(p.stdout).get("warnings", {}).get("total")
        except (ValueError, AttributeError):
            pass
        print(f"exit code: {p.returncode}")
        print(f"load warnings: {total}")
        return p.returncode
    p = subprocess.run(cmd + ["--quiet"])
    if p.returncode not in (0, 1):
        print(f"ringwatch scan failed with exit code {p.returncode}")
        return p.returncode
    truth = {}
    with open(d / "truth.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            truth[row["subject_id"]] = (row["fraud"] == "1", [k for k in row["kind"].split(";") if k])
    level = {}
    with open(scan / "subjects.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            sid = row["id"]
            if sid.startswith("'") and sid[1:] in truth:
                sid = sid[1:]
            level[sid] = row["level"]
    tp = fp = fn = 0
    honest = honest_high = honest_med = 0
    hk = defaultdict(lambda: [0, 0, 0])   # kind -> [n, high, medium]
    fk = defaultdict(lambda: [0, 0, 0])   # role/tactic -> [n, high, high-or-medium]
    for sid, (fraud, kinds) in truth.items():
        lv = level.get(sid, "low")
        hi, med = lv == "high", lv == "medium"
        if fraud:
            tp += hi
            fn += not hi
            for k in kinds:
                fk[k][0] += 1
                fk[k][1] += hi
                fk[k][2] += hi or med
        else:
            fp += hi
            honest += 1
            honest_high += hi
            honest_med += med
            for k in kinds:
                hk[k][0] += 1
                hk[k][1] += hi
                hk[k][2] += med
    precision = rate(tp, tp + fp)
    recall = rate(tp, tp + fn)
    f1 = round(2 * precision * recall / (precision + recall), 4) if precision and recall else 0.0
    res = {"world": "worlds11", "subjects": a.subjects, "seed": a.seed, "cache": str(d), "fraud": tp + fn,
           "precision": precision, "recall": recall, "f1": f1,
           "honest_high_share": rate(honest_high, honest), "honest_medium_share": rate(honest_med, honest),
           "honest_kinds": {k: {"n": v[0], "high": rate(v[1], v[0]), "medium": rate(v[2], v[0])} for k, v in sorted(hk.items())},
           "fraud_kinds": {k: {"n": v[0], "recall_high": rate(v[1], v[0]), "recall_high_or_medium": rate(v[2], v[0])}
                           for k, v in sorted(fk.items())}}
    print(f"worlds11 {a.subjects} subjects seed {a.seed}: {tp + fn} fraud rows")
    print(f"precision {precision}  recall {recall}  F1 {f1}")
    print(f"honest at high {res['honest_high_share']}  at medium {res['honest_medium_share']}")
    print("honest kinds (n, rate at high, rate at medium):")
    for k, v in res["honest_kinds"].items():
        print(f"  {k:32s} {v['n']:6d}  {v['high']}  {v['medium']}")
    print("fraud roles/tactics (n, recall at high, at high-or-medium):")
    for k, v in res["fraud_kinds"].items():
        print(f"  {k:32s} {v['n']:6d}  {v['recall_high']}  {v['recall_high_or_medium']}")
    out = ROOT / "bench" / "results" / f"blind11-{a.subjects}-{a.seed}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=2) + "\n")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
