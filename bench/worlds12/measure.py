"""Measure ringwatch on blind world 12 (job board + hosted ATS).

    python bench/worlds12/measure.py --subjects N --seed S [--check-load]

The world is cached in /tmp/ringwatch-blind12/<size>-<seed>-<sha256(world.py)[:10]>/.
--check-load: scan with --json, print only the exit code and the number of load warnings.
Without it: scan, then score level == high as positive against truth.csv and write
bench/results/blind12-<size>-<seed>.json.
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
CACHE = Path("/tmp/ringwatch-blind12")


def ringwatch_bin():
    exe = shutil.which("ringwatch")
    return exe or str(ROOT / ".venv" / "bin" / "ringwatch")


def world_dir(size, seed):
    h = hashlib.sha256((HERE / "world.py").read_bytes()).hexdigest()[:10]
    d = CACHE / f"{size}-{seed}-{h}"
    if not (d / "truth.csv").exists():
        sys.path.insert(0, str(ROOT))
        from bench.worlds12.world import generate
        tmp = Path(str(d) + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        generate(str(tmp), size, seed)
        shutil.rmtree(d, ignore_errors=True)
        tmp.rename(d)
    return d


def rate(xs):
    return round(sum(xs) / len(xs), 4) if xs else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check-load", action="store_true")
    a = ap.parse_args()
    d = world_dir(a.subjects, a.seed)
    bundle, scan = d / "bundle", d / "scan"
    cmd = [ringwatch_bin(), "scan", str(bundle), "--out", str(scan)]
    if a.check_load:
        p = subprocess.run(cmd + ["--json"], capture_output=True, text=True)
        warnings = None
        try:
            warnings = json.loads(p.stdout).get("warnings", {}).get("total")
        except (ValueError, AttributeError):
            pass
        print(f"exit code: {p.returncode}")
        print(f"warnings: {warnings}")
        return p.returncode
    p = subprocess.run(cmd + ["--quiet"])
    if p.returncode != 0:
        print(f"scan failed with exit code {p.returncode}")
        return p.returncode
    level = {}
    with open(scan / "subjects.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            i = row["id"]
            if i.startswith("'"):
                i = i[1:]
            level[i] = row["level"]
    truth = list(csv.DictReader(open(d / "truth.csv", newline="", encoding="utf-8")))
    tp = fp = fn = 0
    honest_hi, honest_med = [], []
    hk_hi, hk_med = defaultdict(list), defaultdict(list)
    fk_hi, fk_any = defaultdict(list), defaultdict(list)
    for t in truth:
        lv = level.get(t["subject_id"], "low")
        hi, med = lv == "high", lv == "medium"
        kinds = t["kind"].split(";")
        if t["fraud"] == "1":
            tp += hi
            fn += not hi
            for k in kinds:
                fk_hi[k].append(hi)
                fk_any[k].append(hi or med)
        else:
            fp += hi
            honest_hi.append(hi)
            honest_med.append(med)
            for k in kinds:
                hk_hi[k].append(hi)
                hk_med[k].append(med)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    res = dict(world="blind12", subjects=a.subjects, seed=a.seed, precision=round(prec, 4), recall=round(rec, 4), f1=round(f1, 4),
               honest_high=rate(honest_hi), honest_medium=rate(honest_med),
               honest_kinds={k: dict(n=len(v), high=rate(v), medium=rate(hk_med[k])) for k, v in sorted(hk_hi.items())},
               fraud_kinds={k: dict(n=len(v), recall_high=rate(v), recall_high_or_medium=rate(fk_any[k])) for k, v in sorted(fk_hi.items())})
    print(f"precision {res['precision']}  recall {res['recall']}  F1 {res['f1']}")
    print(f"honest at high {res['honest_high']}  at medium {res['honest_medium']}")
    print("honest kinds (n, high, medium):")
    for k, v in res["honest_kinds"].items():
        print(f"  {k:32s} {v['n']:6d} {v['high']:.4f} {v['medium']:.4f}")
    print("fraud roles/tactics (n, recall high, recall high-or-medium):")
    for k, v in res["fraud_kinds"].items():
        print(f"  {k:32s} {v['n']:6d} {v['recall_high']:.4f} {v['recall_high_or_medium']:.4f}")
    out = ROOT / "bench" / "results" / f"blind12-{a.subjects}-{a.seed}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=2) + "\n")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
