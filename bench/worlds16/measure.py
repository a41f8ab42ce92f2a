"""Measure ringwatch on blind world 16 (a webmail provider's trust-and-safety export).

    python bench/worlds16/measure.py --subjects 20000 --seed 1 [--check-load]

Generates the world once into /tmp/ringwatch-blind16/<size>-<seed>-<sha256(world.py)[:10]>/ (built in a
.tmp folder renamed when complete), scans it with `ringwatch scan <dir>/bundle --out <dir>/out`, and
either (--check-load) prints only the scan's exit code and its load warnings, or scores the output:
level == "high" is a positive. Writes bench/results/blind16-<size>-<seed>.json.
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
REPO = os.path.dirname(os.path.dirname(HERE))


def world_hash() -> str:
    h = hashlib.sha256()
    with open(os.path.join(HERE, "world.py"), "rb") as f:
        h.update(f.read())
    return h.hexdigest()[:10]


def ringwatch_bin() -> str:
    return shutil.which("ringwatch") or os.path.join(REPO, ".venv", "bin", "ringwatch")


def ensure_world(subjects: int, seed: int) -> str:
    base = "/tmp/ringwatch-blind16"
    d = os.path.join(base, f"{subjects}-{seed}-{world_hash()}")
    if os.path.exists(os.path.join(d, "truth.csv")):
        return d
    tmp = d + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(base, exist_ok=True)
    t0 = time.time()
    subprocess.run([sys.executable, "-m", "bench.worlds16", tmp, "--subjects", str(subjects), "--seed", str(seed)],
                   cwd=REPO, check=True)
    print(f"generated in {time.time() - t0:.0f}s", file=sys.stderr)
    os.rename(tmp, d)
    return d


def scan(d: str, as_json: bool):
    out = os.path.join(d, "out")
    cmd = [ringwatch_bin(), "scan", os.path.join(d, "bundle"), "--out", out]
    if as_json:
        cmd.append("--json")
    else:
        cmd.append("--quiet")
    t0 = time.time()
    p = subprocess.run(cmd, capture_output=True, text=True)
    return p, time.time() - t0


def check_load(d: str) -> int:
    p, secs = scan(d, True)
    print(f"exit code: {p.returncode}")
    try:
        j = json.loads(p.stdout)
    except ValueError:
        print("no JSON summary on stdout")
        print(p.stderr[-2000:])
        return p.returncode
    if not j.get("ok", False):
        print("error:", json.dumps(j.get("error"), indent=1)[:2000])
        return p.returncode
    w = j.get("warnings") or {}
    print(f"load warnings: {w.get('total')}")
    for x in (w.get("first") or [])[:5]:
        print("  ", x if isinstance(x, str) else json.dumps(x)[:300])
    print(f"scan seconds: {secs:.0f}")
    return p.returncode


def measure(d: str, subjects: int, seed: int) -> None:
    p, secs = scan(d, False)
    if p.returncode not in (0, 1):
        print(f"scan failed: exit {p.returncode}\n{p.stderr[-2000:]}")
        sys.exit(p.returncode)
    truth = {r["subject_id"]: r for r in csv.DictReader(open(os.path.join(d, "truth.csv"), encoding="utf-8"))}
    level = {}
    with open(os.path.join(d, "out", "subjects.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            sid = r["id"][1:] if r["id"].startswith("'") else r["id"]
            level[sid] = r["level"]
    tp = fp = fn = 0
    honest_n = honest_high = honest_med = 0
    hk = collections.defaultdict(lambda: [0, 0])  # honest token -> n, high
    fk = collections.defaultdict(lambda: [0, 0])  # fraud token -> n, caught
    fprim = collections.defaultdict(lambda: [0, 0])
    for sid, t in truth.items():
        lv = level.get(sid, "low")
        pos = lv == "high"
        toks = [k for k in t["kind"].split(";") if k]
        if t["fraud"] == "1":
            tp += pos
            fn += not pos
            for k in toks:
                fk[k][0] += 1
                fk[k][1] += pos
            fprim[toks[0]][0] += 1
            fprim[toks[0]][1] += pos
        else:
            fp += pos
            honest_n += 1
            honest_high += pos
            honest_med += lv == "medium"
            for k in toks:
                hk[k][0] += 1
                hk[k][1] += pos
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    res = dict(world="blind16", subjects=subjects, seed=seed, world_sha=world_hash(), scan_seconds=round(secs),
               precision=round(prec, 4), recall=round(rec, 4), f1=round(f1, 4), tp=tp, fp=fp, fn=fn,
               honest_high_share=round(honest_high / max(1, honest_n), 5),
               honest_medium_share=round(honest_med / max(1, honest_n), 5),
               honest_kinds={k: dict(n=v[0], high_pct=round(100 * v[1] / v[0], 2)) for k, v in sorted(hk.items())},
               fraud_kinds={k: dict(n=v[0], recall=round(v[1] / v[0], 3)) for k, v in sorted(fk.items())},
               fraud_primary={k: dict(n=v[0], recall=round(v[1] / v[0], 3)) for k, v in sorted(fprim.items())})
    print(f"precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    print(f"honest at high {100 * res['honest_high_share']:.2f}%  at medium {100 * res['honest_medium_share']:.2f}%")
    print("honest kinds (n, high %):")
    for k, v in res["honest_kinds"].items():
        print(f"  {k:32s} {v['n']:6d} {v['high_pct']:6.2f}")
    print("fraud ring kinds (n, recall):")
    for k, v in res["fraud_primary"].items():
        print(f"  {k:32s} {v['n']:6d} {v['recall']:6.3f}")
    print("fraud tactics (n, recall):")
    for k, v in res["fraud_kinds"].items():
        print(f"  {k:32s} {v['n']:6d} {v['recall']:6.3f}")
    os.makedirs(os.path.join(REPO, "bench", "results"), exist_ok=True)
    path = os.path.join(REPO, "bench", "results", f"blind16-{subjects}-{seed}.json")
    with open(path, "w") as f:
        json.dump(res, f, indent=1)
    print("wrote", path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check-load", action="store_true", help="print only the exit code and load warnings")
    a = ap.parse_args()
    d = ensure_world(a.subjects, a.seed)
    if a.check_load:
        sys.exit(0 if check_load(d) in (0, 1) else 1)
    measure(d, a.subjects, a.seed)


if __name__ == "__main__":
    main()
