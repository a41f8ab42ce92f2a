"""Measure ringwatch on blind world 13 (Forgeline: a crypto-paying remote developer marketplace).

    python bench/worlds13/measure.py --subjects 20000 --seed 1 [--check-load]

The world is generated once per (size, seed, version of world.py) into
/tmp/ringwatch-blind13/<size>-<seed>-<sha256(world.py)[:10]>/ and scanned into its scan/ folder.
--check-load only reports whether the bundle loads (exit code and number of load warnings).
Without it, subjects at level "high" count as flagged and the figures go to
bench/results/blind13-<size>-<seed>.json.
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
CACHE = "/tmp/ringwatch-blind13"
AUX = ("honest_multi_row", "honest_asia_or_eeurope")


def world_hash():
    with open(os.path.join(HERE, "world.py"), "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()[:10]


def ensure_world(size, seed):
    path = os.path.join(CACHE, f"{size}-{seed}-{world_hash()}")
    if os.path.exists(os.path.join(path, "truth.csv")):
        return path, None
    os.makedirs(CACHE, exist_ok=True)
    tmp = path + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    if ROOT not in sys.path:
        sys.path.insert(0, ROOT)
    from bench.worlds13.world import generate

    t = time.time()
    generate(tmp, size, seed)
    took = time.time() - t
    shutil.rmtree(path, ignore_errors=True)
    os.rename(tmp, path)
    return path, took


def ringwatch_bin():
    found = shutil.which("ringwatch")
    if found:
        return found
    return "/work/main/.venv/bin/ringwatch"


def read_truth(path):
    truth = {}
    with open(os.path.join(path, "truth.csv"), newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            truth[r["subject_id"]] = (
                r["fraud"] == "1",
                [k for k in r["kind"].split(";") if k],
            )
    return truth


def read_levels(scan_dir):
    levels = {}
    with open(
        os.path.join(scan_dir, "subjects.csv"), newline="", encoding="utf-8"
    ) as fh:
        for r in csv.DictReader(fh):
            sid = r["id"]
            sid = sid.removeprefix("'")
            levels[sid] = r["level"]
    return levels


def figures(truth, levels):
    tp = fp = fn = 0
    n_honest = honest_high = honest_med = 0
    hk = defaultdict(lambda: [0, 0, 0])
    fk = defaultdict(lambda: [0, 0, 0])
    missing = 0
    for sid, (fraud, kinds) in truth.items():
        lvl = levels.get(sid)
        if lvl is None:
            missing += 1
            lvl = "low"
        high = lvl == "high"
        med = lvl == "medium"
        if fraud:
            tp += high
            fn += not high
            for k in kinds:
                fk[k][0] += 1
                fk[k][1] += high
                fk[k][2] += high or med
        else:
            fp += high
            n_honest += 1
            honest_high += high
            honest_med += med
            for k in kinds:
                hk[k][0] += 1
                hk[k][1] += high
                hk[k][2] += med
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {
        "subjects": len(truth),
        "fraud": tp + fn,
        "missing_from_scan": missing,
        "precision": round(prec, 4),
        "recall": round(rec, 4),
        "f1": round(f1, 4),
        "honest_share_high": round(honest_high / n_honest, 4) if n_honest else 0.0,
        "honest_share_medium": round(honest_med / n_honest, 4) if n_honest else 0.0,
        "honest_kinds": {
            k: {
                "n": v[0],
                "high_rate": round(v[1] / v[0], 4),
                "medium_rate": round(v[2] / v[0], 4),
            }
            for k, v in sorted(hk.items(), key=lambda x: -x[1][0])
        },
        "fraud_kinds": {
            k: {
                "n": v[0],
                "recall_high": round(v[1] / v[0], 4),
                "recall_high_or_medium": round(v[2] / v[0], 4),
            }
            for k, v in sorted(fk.items(), key=lambda x: -x[1][0])
        },
    }


def print_figures(f):
    print(f"subjects {f['subjects']}  fraud {f['fraud']}  (positive = level high)")
    print(f"precision {f['precision']:.3f}  recall {f['recall']:.3f}  F1 {f['f1']:.3f}")
    print(
        f"honest at high {f['honest_share_high']:.4f}  honest at medium {f['honest_share_medium']:.4f}"
    )
    print("\nhonest kind                              n    high   medium")
    for k, v in f["honest_kinds"].items():
        print(f"  {k:<36} {v['n']:>6}  {v['high_rate']:.3f}  {v['medium_rate']:.3f}")
    print("\nfraud kind                               n    high   high+medium")
    for k, v in f["fraud_kinds"].items():
        print(
            f"  {k:<36} {v['n']:>6}  {v['recall_high']:.3f}  {v['recall_high_or_medium']:.3f}"
        )


def main(argv=None):
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--check-load", action="store_true", help="only check that the bundle loads"
    )
    a = ap.parse_args(argv)
    path, took = ensure_world(a.subjects, a.seed)
    if took is not None:
        print(f"generated {path} in {took:.1f}s", file=sys.stderr)
    bundle = os.path.join(path, "bundle")
    scan = os.path.join(path, "scan")
    cmd = [ringwatch_bin(), "scan", bundle, "--out", scan]
    if a.check_load:
        proc = subprocess.run(
            cmd + ["--json"], capture_output=True, text=True, check=False
        )
        warnings = "?"
        try:
            warnings = json.loads(proc.stdout).get("warnings", {}).get("total", "?")
        except (ValueError, AttributeError):
            pass
        print(f"exit code: {proc.returncode}")
        print(f"warnings: {warnings}")
        return proc.returncode
    t = time.time()
    proc = subprocess.run(cmd + ["--quiet"], check=False)
    if proc.returncode != 0:
        print(f"scan failed: exit code {proc.returncode}", file=sys.stderr)
        return proc.returncode
    took_scan = time.time() - t
    f = figures(read_truth(path), read_levels(scan))
    f.update(
        world="blind13",
        size=a.subjects,
        seed=a.seed,
        world_sha=world_hash(),
        scan_seconds=round(took_scan, 1),
    )
    print_figures(f)
    out = os.path.join(ROOT, "bench", "results", f"blind13-{a.subjects}-{a.seed}.json")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(f, fh, indent=2)
    print(f"\nwrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
