"""Measure ringwatch on the blind world 2.

    python bench/worlds2/measure.py [--subjects 20000] [--seed 1]
    python -m bench.worlds2.measure  [--subjects 20000] [--seed 1]

Generates the world (cached under /tmp/ringwatch-blind2/), runs `ringwatch scan BUNDLE --out DIR`,
reads only DIR/subjects.csv and compares it with truth.csv. Positive = level "high".
Writes bench/results/blind2-<size>-<seed>.json.
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
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from bench.worlds2.world import generate  # noqa: E402

CACHE = "/tmp/ringwatch-blind2"


def world_dir(n: int, seed: int) -> str:
    h = hashlib.sha256(open(os.path.join(HERE, "world.py"), "rb").read()).hexdigest()[:10]
    return os.path.join(CACHE, f"{n}-{seed}-{h}")


def ensure_world(n: int, seed: int) -> str:
    d = world_dir(n, seed)
    if not os.path.exists(os.path.join(d, "truth.csv")):
        if os.path.exists(d):
            shutil.rmtree(d)
        t = time.time()
        generate(d, n, seed)
        print(f"generated {d} in {time.time() - t:.1f}s")
    return d


def ringwatch_cmd() -> list[str]:
    exe = shutil.which("ringwatch")
    if exe:
        return [exe]
    return [sys.executable, "-m", "ringwatch"]


def read_scores(path: str) -> dict:
    out = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            sid = row["id"]
            if sid.startswith("'") and len(sid) > 1 and sid[1] in "=+-@\t\r":
                sid = sid[1:]
            out[sid] = row
    return out


def pct(a: int, b: int) -> float | None:
    return round(100.0 * a / b, 2) if b else None


def measure(n: int, seed: int) -> dict:
    d = ensure_world(n, seed)
    out = os.path.join(d, "scan")
    t = time.time()
    proc = subprocess.run(ringwatch_cmd() + ["scan", os.path.join(d, "bundle"), "--out", out, "--quiet"],
                          capture_output=True, text=True)
    scan_s = time.time() - t
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"ringwatch scan failed with exit code {proc.returncode}")
    scores = read_scores(os.path.join(out, "subjects.csv"))
    truth = list(csv.DictReader(open(os.path.join(d, "truth.csv"), newline="", encoding="utf-8")))

    tp = fp = fn = tn = 0
    honest_n = honest_high = honest_med = 0
    kind_tot, kind_high, kind_med = defaultdict(int), defaultdict(int), defaultdict(int)
    tac_tot, tac_high, tac_hm = defaultdict(int), defaultdict(int), defaultdict(int)
    missing = 0
    for t_ in truth:
        s = scores.get(t_["subject_id"])
        if s is None:
            missing += 1
            level = "low"
        else:
            level = s["level"]
        fraud = t_["fraud"] == "1"
        high = level == "high"
        labels = [k for k in t_["kind"].split(";") if k]
        if fraud:
            tp += high
            fn += not high
            for k in labels:
                tac_tot[k] += 1
                tac_high[k] += high
                tac_hm[k] += level in ("high", "medium")
        else:
            fp += high
            tn += not high
            honest_n += 1
            honest_high += high
            honest_med += level == "medium"
            for k in labels:
                kind_tot[k] += 1
                kind_high[k] += high
                kind_med[k] += level == "medium"
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return dict(
        world="blind2-mixed", subjects=n, seed=seed, scan_seconds=round(scan_s, 1),
        missing_rows=missing, fraud=tp + fn, honest=honest_n,
        precision=round(prec, 4), recall=round(rec, 4), f1=round(f1, 4),
        tp=tp, fp=fp, fn=fn,
        honest_high_pct=pct(honest_high, honest_n), honest_medium_pct=pct(honest_med, honest_n),
        honest_kinds={k: dict(n=kind_tot[k], high_pct=pct(kind_high[k], kind_tot[k]),
                              medium_pct=pct(kind_med[k], kind_tot[k])) for k in sorted(kind_tot)},
        tactics={k: dict(n=tac_tot[k], recall_high=pct(tac_high[k], tac_tot[k]),
                         recall_high_or_medium=pct(tac_hm[k], tac_tot[k])) for k in sorted(tac_tot)},
    )


def show(res: dict):
    print(f"blind world 2 (mixed), {res['subjects']} subjects, seed {res['seed']}: "
          f"{res['fraud']} fraud, {res['honest']} honest; scan {res['scan_seconds']} s")
    print(f"positive = level high: precision {res['precision']:.3f}  recall {res['recall']:.3f}  "
          f"F1 {res['f1']:.3f}  (tp {res['tp']}, fp {res['fp']}, fn {res['fn']})")
    print(f"honest subjects at high: {res['honest_high_pct']}%   at medium: {res['honest_medium_pct']}%")
    if res["missing_rows"]:
        print(f"WARNING: {res['missing_rows']} subjects missing from subjects.csv")
    print("\nhonest kind                   n   %high  %medium")
    for k, v in sorted(res["honest_kinds"].items(), key=lambda kv: -(kv[1]["high_pct"] or 0)):
        print(f"  {k:24s} {v['n']:6d} {v['high_pct']:7.2f} {v['medium_pct']:8.2f}")
    print("\nfraud tactic                  n  recall@high  recall@high|medium")
    for k, v in sorted(res["tactics"].items(), key=lambda kv: kv[1]["recall_high"] or 0):
        print(f"  {k:24s} {v['n']:6d} {v['recall_high']:11.1f} {v['recall_high_or_medium']:14.1f}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)
    res = measure(a.subjects, a.seed)
    show(res)
    os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
    path = os.path.join(ROOT, "bench", "results", f"blind2-{a.subjects}-{a.seed}.json")
    with open(path, "w") as f:
        json.dump(res, f, indent=1)
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
