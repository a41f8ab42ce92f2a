"""Measure ringwatch on blind world 6.

python bench/worlds6/measure.py --subjects 20000 --seed 1      scores (level == high is positive)
python bench/worlds6/measure.py --subjects 2000 --check-load   only the exit code and load warnings

Reads nothing of ringwatch but the CLI's outputs: DIR/subjects.csv (id, level) and, for
--check-load, the `--json` summary (exit code, warning count).
"""
from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, ROOT)

from bench.worlds6.world import generate  # noqa: E402


def world_dir(n, seed):
    with open(os.path.join(HERE, "world.py"), "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:12]
    return os.path.join("/tmp/ringwatch-blind6", f"{n}-{seed}-{digest}")


def ensure_world(n, seed):
    d = world_dir(n, seed)
    if not os.path.exists(os.path.join(d, "truth.csv")):
        if os.path.exists(d):
            shutil.rmtree(d)
        t = time.time()
        generate(d, n, seed)
        print(f"generated {n} subjects (seed {seed}) in {time.time() - t:.1f}s: {d}", flush=True)
    return d


def scan_cmd():
    exe = shutil.which("ringwatch")
    if exe is None:
        venv = os.path.join(ROOT, ".venv", "bin", "ringwatch")
        exe = venv if os.path.exists(venv) else None
    return [exe] if exe else [sys.executable, "-m", "ringwatch"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check-load", action="store_true",
                    help="run the scan and print only its exit code and load-warning count")
    a = ap.parse_args()
    d = ensure_world(a.subjects, a.seed)
    bundle = os.path.join(d, "bundle")
    out = os.path.join(d, "scan")
    if a.check_load:
        p = subprocess.run(scan_cmd() + ["scan", bundle, "--out", out, "--json"],
                           capture_output=True, text=True, cwd=ROOT)
        try:
            js = json.loads(p.stdout)
            warnings = (js.get("warnings") or {}).get("total")
        except (ValueError, AttributeError):
            warnings = "unknown (no JSON summary)"
        print(f"exit code: {p.returncode}")
        print(f"load warnings: {warnings}")
        return p.returncode
    t = time.time()
    p = subprocess.run(scan_cmd() + ["scan", bundle, "--out", out, "--quiet"], cwd=ROOT)
    scan_s = time.time() - t
    if p.returncode not in (0, 1):
        print(f"scan failed: exit code {p.returncode}")
        return p.returncode
    truth = {r["subject_id"]: r for r in csv.DictReader(open(os.path.join(d, "truth.csv"), encoding="utf-8"))}
    level = {}
    with open(os.path.join(out, "subjects.csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            sid = r["id"][1:] if r["id"].startswith("'") else r["id"]
            level[sid] = r["level"]
    tp = sum(1 for s, t in truth.items() if t["fraud"] == "1" and level.get(s) == "high")
    fp = sum(1 for s, t in truth.items() if t["fraud"] == "0" and level.get(s) == "high")
    fn = sum(1 for s, t in truth.items() if t["fraud"] == "1" and level.get(s) != "high")
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    honest = [s for s, t in truth.items() if t["fraud"] == "0"]
    h_high = sum(1 for s in honest if level.get(s) == "high")
    h_med = sum(1 for s in honest if level.get(s) == "medium")
    kinds = collections.defaultdict(lambda: [0, 0, 0])
    tactics = collections.defaultdict(lambda: [0, 0, 0])
    for s, t in truth.items():
        lv = level.get(s)
        tab = tactics if t["fraud"] == "1" else kinds
        for k in t["kind"].split(";"):
            c = tab[k]
            c[0] += 1
            c[1] += lv == "high"
            c[2] += lv in ("high", "medium")
    rings = collections.defaultdict(lambda: [0, 0])
    for s, t in truth.items():
        if t["fraud"] == "1":
            rings[t["ring"]][0] += 1
            rings[t["ring"]][1] += level.get(s) == "high"
    print(f"blind world 6: {len(truth)} subjects, {len(truth) - len(honest)} fraud, seed {a.seed}, scan {scan_s:.1f}s")
    print(f"precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}   (tp {tp}, fp {fp}, fn {fn}; positive = level high)")
    print(f"honest at high {h_high}/{len(honest)} ({100 * h_high / len(honest):.2f}%), "
          f"at medium {h_med} ({100 * h_med / len(honest):.2f}%)")
    print("\nhonest kind                      n   %high  %medium   (high, medium)")
    for k, (n, hi, hm) in sorted(kinds.items(), key=lambda x: -x[1][0]):
        print(f"{k:28s} {n:6d} {100 * hi / n:6.2f} {100 * (hm - hi) / n:7.2f}   ({hi}, {hm - hi})")
    print("\nfraud tactic                     n  recall@high  recall@high|medium")
    for k, (n, hi, hm) in sorted(tactics.items(), key=lambda x: -x[1][0]):
        print(f"{k:28s} {n:6d} {hi / n:11.3f} {hm / n:18.3f}")
    rings_any = sum(1 for n, hi in rings.values() if hi)
    print(f"\nrings with at least one member at high: {rings_any}/{len(rings)}")
    res = {"world": "blind6", "subjects": len(truth), "seed": a.seed, "fraud": len(truth) - len(honest),
           "scan_seconds": round(scan_s, 1), "precision": prec, "recall": rec, "f1": f1,
           "tp": tp, "fp": fp, "fn": fn, "honest_high": h_high, "honest_medium": h_med,
           "honest_high_share": h_high / len(honest), "honest_medium_share": h_med / len(honest),
           "honest_kinds": {k: {"n": n, "high": hi, "medium": hm - hi} for k, (n, hi, hm) in kinds.items()},
           "fraud_tactics": {k: {"n": n, "high": hi, "high_or_medium": hm,
                                 "recall_high": hi / n, "recall_high_medium": hm / n}
                             for k, (n, hi, hm) in tactics.items()},
           "rings": len(rings), "rings_hit_high": rings_any,
           "world_dir": d}
    os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
    path = os.path.join(ROOT, "bench", "results", f"blind6-{a.subjects}-{a.seed}.json")
    with open(path, "w") as f:
        json.dump(res, f, indent=2, sort_keys=True)
    print(f"\nwrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
