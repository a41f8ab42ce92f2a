#!/usr/bin/env python
"""Blind measurement of ringwatch on the worlds14 "Tandem HR" (PEO) world.

    python bench/worlds14/measure.py --subjects 20000 --seed 1 [--check-load]

The world is generated once into /tmp/ringwatch-blind14/<size>-<seed>-<sha256(world.py)[:10]>/
(into a .tmp folder, renamed when complete) and scanned with `ringwatch scan`.

--check-load: runs the scan with --json and prints only the exit code and the number of load
warnings (nothing about scores).  Without it: counts level == "high" as positive and prints
precision, recall, F1, honest shares at high / medium, per honest kind and per fraud kind, and
writes bench/results/blind14-<size>-<seed>.json.
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


def world_hash() -> str:
    with open(os.path.join(HERE, "world.py"), "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()[:10]


def world_dir(n: int, seed: int) -> str:
    return f"/tmp/ringwatch-blind14/{n}-{seed}-{world_hash()}"


def ensure_world(n: int, seed: int) -> str:
    d = world_dir(n, seed)
    if os.path.exists(os.path.join(d, "truth.csv")) and os.path.isdir(os.path.join(d, "bundle")):
        return d
    tmp = d + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    t = time.time()
    subprocess.run([sys.executable, "-m", "bench.worlds14", tmp, "--subjects", str(n), "--seed", str(seed)],
                   cwd=ROOT, check=True)
    print(f"generated {n} subjects in {time.time() - t:.1f}s", file=sys.stderr)
    if os.path.exists(d):
        shutil.rmtree(d)
    os.rename(tmp, d)
    return d


def ringwatch() -> str:
    return shutil.which("ringwatch") or os.path.join(ROOT, ".venv", "bin", "ringwatch")


def read_truth(path: str) -> dict:
    out = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out[row["subject_id"]] = (int(row["fraud"]), [k for k in row["kind"].split(";") if k])
    return out


def read_levels(path: str) -> dict:
    out = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            sid = row["id"]
            if sid.startswith("'"):
                sid = sid[1:]
            out[sid] = row["level"]
    return out


def score(truth: dict, levels: dict) -> dict:
    tp = fp = fn = 0
    n_honest = n_fraud = honest_high = honest_med = 0
    hk = collections.defaultdict(lambda: [0, 0, 0])      # n, high, medium
    fk = collections.defaultdict(lambda: [0, 0, 0])      # n, high, high-or-medium
    missing = 0
    for sid, (fraud, kinds) in truth.items():
        lv = levels.get(sid)
        if lv is None:
            missing += 1
            lv = "low"
        high = lv == "high"
        med = lv == "medium"
        if fraud:
            n_fraud += 1
            tp += high
            fn += not high
            for k in kinds:
                fk[k][0] += 1
                fk[k][1] += high
                fk[k][2] += high or med
        else:
            n_honest += 1
            fp += high
            honest_high += high
            honest_med += med
            for k in kinds:
                hk[k][0] += 1
                hk[k][1] += high
                hk[k][2] += med
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / n_fraud if n_fraud else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {
        "subjects": len(truth), "fraud": n_fraud, "honest": n_honest, "missing_in_scan": missing,
        "tp": tp, "fp": fp, "fn": fn,
        "precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4),
        "honest_share_high": round(honest_high / n_honest, 5) if n_honest else 0.0,
        "honest_share_medium": round(honest_med / n_honest, 5) if n_honest else 0.0,
        "honest_kinds": {k: {"n": v[0], "high_rate": round(v[1] / v[0], 4), "medium_rate": round(v[2] / v[0], 4)}
                         for k, v in sorted(hk.items(), key=lambda x: -x[1][0])},
        "fraud_kinds": {k: {"n": v[0], "recall_high": round(v[1] / v[0], 4), "recall_high_or_medium": round(v[2] / v[0], 4)}
                        for k, v in sorted(fk.items(), key=lambda x: -x[1][0])},
    }


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check-load", action="store_true")
    a = ap.parse_args(argv)
    d = ensure_world(a.subjects, a.seed)
    bundle, out = os.path.join(d, "bundle"), os.path.join(d, "scan")
    if a.check_load:
        p = subprocess.run([ringwatch(), "scan", bundle, "--out", out, "--json"], capture_output=True, text=True)
        warnings = "?"
        try:
            js = json.loads(p.stdout)
            warnings = js.get("warnings", {}).get("total", "?")
        except (ValueError, AttributeError):
            pass
        print(f"exit code: {p.returncode}")
        print(f"warnings: {warnings}")
        return p.returncode
    t = time.time()
    p = subprocess.run([ringwatch(), "scan", bundle, "--out", out, "--quiet"])
    secs = time.time() - t
    if p.returncode != 0:
        print(f"scan failed: exit code {p.returncode}")
        return p.returncode
    res = score(read_truth(os.path.join(d, "truth.csv")), read_levels(os.path.join(out, "subjects.csv")))
    res.update({"world": "worlds14", "size": a.subjects, "seed": a.seed, "world_sha": world_hash(),
                "scan_seconds": round(secs, 1)})
    print(f"worlds14 (Tandem HR PEO) size={a.subjects} seed={a.seed} world={world_hash()} scan={secs:.0f}s")
    print(f"precision {res['precision']:.3f}  recall {res['recall']:.3f}  F1 {res['f1']:.3f}  "
          f"(tp {res['tp']}, fp {res['fp']}, fn {res['fn']}; fraud {res['fraud']}, honest {res['honest']})")
    print(f"honest share at high {res['honest_share_high']:.4f}, at medium {res['honest_share_medium']:.4f}")
    print("\nhonest kinds (n, high rate, medium rate)")
    for k, v in res["honest_kinds"].items():
        print(f"  {k:28s} {v['n']:6d}  {v['high_rate']:.4f}  {v['medium_rate']:.4f}")
    print("\nfraud kinds (n, recall at high, recall at high-or-medium)")
    for k, v in res["fraud_kinds"].items():
        print(f"  {k:28s} {v['n']:6d}  {v['recall_high']:.3f}  {v['recall_high_or_medium']:.3f}")
    os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
    path = os.path.join(ROOT, "bench", "results", f"blind14-{a.subjects}-{a.seed}.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(res, f, indent=1)
    print(f"\nwrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
