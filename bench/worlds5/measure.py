"""Measure ringwatch on blind world 5.

python bench/worlds5/measure.py --subjects 20000 --seed 1          # scored measurement
python bench/worlds5/measure.py --subjects 20000 --seed 1 --check-load   # exit code + load warnings only

Reads only the scan's DIR/subjects.csv (id, level); truth.csv stays outside the bundle.
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
import time
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, ROOT)


def scan_cmd() -> list[str]:
    exe = shutil.which("ringwatch")
    if exe:
        return [exe]
    venv = os.path.join(os.path.dirname(sys.executable), "ringwatch")
    if os.path.exists(venv):
        return [venv]
    return [sys.executable, "-m", "ringwatch"]


def world_dir(n: int, seed: int) -> str:
    h = hashlib.sha256(open(os.path.join(HERE, "world.py"), "rb").read()).hexdigest()[:12]
    d = os.path.join("/tmp/ringwatch-blind5", f"{n}-{seed}-{h}")
    if not os.path.exists(os.path.join(d, "truth.csv")):
        from bench.worlds5.world import generate

        t = time.time()
        tmp = d + ".tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        info = generate(tmp, n, seed)
        shutil.rmtree(d, ignore_errors=True)
        os.rename(tmp, d)
        print(f"generated {info['subjects']} subjects in {time.time() - t:.1f}s -> {d}", file=sys.stderr)
    return d


def check_load(d: str) -> int:
    out = os.path.join(d, "scan-check")
    p = subprocess.run(scan_cmd() + ["scan", os.path.join(d, "bundle"), "--out", out, "--json"], capture_output=True, text=True)
    warnings = "?"
    try:
        js = json.loads(p.stdout)
        w = js.get("warnings", {})
        warnings = w.get("total", w) if isinstance(w, dict) else w
        if not js.get("ok", True) and "error" in js:
            print("error:", js["error"].get("kind"), js["error"].get("message"))
    except Exception:
        print((p.stderr or p.stdout)[-2000:])
    print(f"exit code: {p.returncode}")
    print(f"load warnings: {warnings}")
    return p.returncode


def pct(a, b):
    return 100.0 * a / b if b else 0.0


def measure(d: str, n: int, seed: int) -> dict:
    out = os.path.join(d, "scan")
    t = time.time()
    p = subprocess.run(scan_cmd() + ["scan", os.path.join(d, "bundle"), "--out", out, "--quiet"], capture_output=True, text=True)
    elapsed = time.time() - t
    if p.returncode not in (0, 1):
        print(p.stderr[-3000:], file=sys.stderr)
        sys.exit(f"scan failed with exit code {p.returncode}")
    level = {}
    with open(os.path.join(out, "subjects.csv"), newline="") as f:
        for row in csv.DictReader(f):
            sid = row["id"]
            if sid.startswith("'"):
                sid = sid[1:]
            level[sid] = row["level"]
    truth = list(csv.DictReader(open(os.path.join(d, "truth.csv"), newline="")))
    tp = fp = fn = 0
    honest_n = honest_high = honest_med = 0
    hk = defaultdict(lambda: [0, 0, 0])  # kind -> [n, high, medium]
    fk = defaultdict(lambda: [0, 0, 0])  # tactic -> [n, high, high|medium]
    ring_hit = defaultdict(lambda: [0, 0])
    for t in truth:
        lv = level.get(t["subject_id"], "low")
        fraud = t["fraud"] == "1"
        hi = lv == "high"
        if fraud:
            tp += hi
            fn += not hi
            for k in t["kind"].split(";"):
                if k:
                    fk[k][0] += 1
                    fk[k][1] += hi
                    fk[k][2] += lv in ("high", "medium")
            key = t["ring"] or "(lone)"
            ring_hit[key][0] += 1
            ring_hit[key][1] += hi
        else:
            fp += hi
            honest_n += 1
            honest_high += hi
            honest_med += lv == "medium"
            for k in t["kind"].split(";"):
                hk[k][0] += 1
                hk[k][1] += hi
                hk[k][2] += lv == "medium"
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    res = {"world": "blind5", "subjects": len(truth), "seed": seed, "size": n, "scan_seconds": round(elapsed, 1),
           "fraud": tp + fn, "precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4),
           "honest_high_pct": round(pct(honest_high, honest_n), 3), "honest_medium_pct": round(pct(honest_med, honest_n), 3),
           "honest_kinds": {k: {"n": v[0], "high": v[1], "medium": v[2], "high_pct": round(pct(v[1], v[0]), 2),
                                "medium_pct": round(pct(v[2], v[0]), 2)} for k, v in sorted(hk.items())},
           "fraud_tactics": {k: {"n": v[0], "recall_high": round(pct(v[1], v[0]), 1), "recall_high_or_medium": round(pct(v[2], v[0]), 1)}
                             for k, v in sorted(fk.items())},
           "rings": {k: {"rows": v[0], "high": v[1]} for k, v in sorted(ring_hit.items())}}
    print(f"blind world 5: {len(truth)} subjects, {tp + fn} fraud, scan {elapsed:.1f}s")
    print(f"precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}   (positive = level high)")
    print(f"honest at high {pct(honest_high, honest_n):.2f}%  at medium {pct(honest_med, honest_n):.2f}%")
    print("\nhonest kind                 n     high%   (n)   medium%  (n)")
    for k, v in sorted(hk.items(), key=lambda x: -pct(x[1][1], x[1][0])):
        print(f"  {k:24s} {v[0]:6d}  {pct(v[1], v[0]):6.2f} ({v[1]:4d})  {pct(v[2], v[0]):6.2f} ({v[2]:4d})")
    print("\nfraud tactic                n   recall@high  recall@high|medium")
    for k, v in sorted(fk.items(), key=lambda x: -x[1][0]):
        print(f"  {k:24s} {v[0]:5d}   {pct(v[1], v[0]):6.1f}%      {pct(v[2], v[0]):6.1f}%")
    os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
    path = os.path.join(ROOT, "bench", "results", f"blind5-{n}-{seed}.json")
    with open(path, "w") as f:
        json.dump(res, f, indent=1)
    print(f"\nwrote {path}")
    return res


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check-load", action="store_true", help="print only the scan's exit code and load-warning count")
    a = ap.parse_args()
    d = world_dir(a.subjects, a.seed)
    if a.check_load:
        sys.exit(0 if check_load(d) in (0, 1) else 1)
    measure(d, a.subjects, a.seed)


if __name__ == "__main__":
    main()
