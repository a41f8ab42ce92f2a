"""Measure ringwatch on worlds10.

python bench/worlds10/measure.py --subjects N --seed S [--check-load]

Caches the world under /tmp/ringwatch-blind10/<size>-<seed>-<sha256(world.py)[:10]>/
(bundle/, truth.csv, scan/).  --check-load prints only the scan's exit code and the number of
load warnings.  Without it: precision/recall/F1 with level == high as positive, per-kind rates,
written to bench/results/blind10-<size>-<seed>.json.
"""
import argparse
import csv
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)


def _ringwatch_cmd():
    exe = shutil.which("ringwatch")
    if exe:
        return [exe]
    venv = os.path.join(ROOT, ".venv", "bin", "ringwatch")
    if os.path.exists(venv):
        return [venv]
    return [sys.executable, "-m", "ringwatch"]


def _prepare(size, seed):
    from world import generate
    digest = hashlib.sha256(open(os.path.join(HERE, "world.py"), "rb").read()).hexdigest()[:10]
    base = f"/tmp/ringwatch-blind10/{size}-{seed}-{digest}"
    if not os.path.exists(os.path.join(base, "truth.csv")):
        tmp = base + ".tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        generate(tmp, size, seed)
        shutil.rmtree(base, ignore_errors=True)
        os.rename(tmp, base)
    return base


def _scan(base, json_summary):
    cmd = _ringwatch_cmd() + ["scan", os.path.join(base, "bundle"), "--out", os.path.join(base, "scan")]
    cmd += ["--json"] if json_summary else ["--quiet"]
    return subprocess.run(cmd, capture_output=True, text=True)


def check_load(base):
    p = _scan(base, json_summary=True)
    warnings = "?"
    try:
        warnings = json.loads(p.stdout)["warnings"]["total"]
    except Exception:
        pass
    print(f"exit {p.returncode}")
    print(f"load warnings {warnings}")
    return p.returncode


def score(base, size, seed):
    p = _scan(base, json_summary=False)
    if p.returncode not in (0, 1):
        print(f"scan failed: exit {p.returncode}\n{p.stderr[-2000:]}")
        return p.returncode
    truth = {r["subject_id"]: r for r in csv.DictReader(open(os.path.join(base, "truth.csv"), encoding="utf-8"))}
    out = {}
    for r in csv.DictReader(open(os.path.join(base, "scan", "subjects.csv"), encoding="utf-8")):
        sid = r["id"]
        if sid.startswith("'") and sid[1:] in truth:
            sid = sid[1:]
        out[sid] = r["level"]
    tp = fp = fn = 0
    honest_n = honest_hi = honest_med = 0
    hk = defaultdict(lambda: [0, 0, 0])       # kind -> n, high, medium
    ft = defaultdict(lambda: [0, 0, 0])       # tactic -> n, high, high-or-medium
    rings = defaultdict(bool)
    for sid, t in truth.items():
        lvl = out.get(sid, "low")
        fraud = t["fraud"] == "1"
        tags = t["kind"].split(";")
        if fraud:
            tp += lvl == "high"
            fn += lvl != "high"
            for tg in tags:
                ft[tg][0] += 1
                ft[tg][1] += lvl == "high"
                ft[tg][2] += lvl in ("high", "medium")
            if t["ring"]:
                rings[t["ring"]] |= lvl == "high"
        else:
            fp += lvl == "high"
            honest_n += 1
            honest_hi += lvl == "high"
            honest_med += lvl == "medium"
            for tg in tags:
                hk[tg][0] += 1
                hk[tg][1] += lvl == "high"
                hk[tg][2] += lvl == "medium"
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    res = {
        "world": "worlds10", "subjects": size, "seed": seed, "scan_exit": p.returncode,
        "precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4),
        "honest_high_pct": round(100 * honest_hi / max(1, honest_n), 3),
        "honest_medium_pct": round(100 * honest_med / max(1, honest_n), 3),
        "honest_kinds": {k: {"n": v[0], "high": v[1], "medium": v[2],
                             "high_pct": round(100 * v[1] / v[0], 2), "medium_pct": round(100 * v[2] / v[0], 2)}
                         for k, v in sorted(hk.items())},
        "fraud_tactics": {k: {"n": v[0], "recall_high": round(v[1] / v[0], 3), "recall_high_or_medium": round(v[2] / v[0], 3)}
                          for k, v in sorted(ft.items())},
        "rings": len(rings), "rings_with_member_high": sum(rings.values()),
    }
    print(f"precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}")
    print(f"honest at high {res['honest_high_pct']:.2f}%  at medium {res['honest_medium_pct']:.2f}%")
    print("honest kinds (high% / medium%, counts):")
    for k, v in res["honest_kinds"].items():
        print(f"  {k:28s} {v['high_pct']:6.2f}% {v['medium_pct']:6.2f}%   ({v['high']}/{v['medium']} of {v['n']})")
    print("fraud tactics (recall at high / high-or-medium):")
    for k, v in res["fraud_tactics"].items():
        print(f"  {k:28s} {v['recall_high']:.3f} {v['recall_high_or_medium']:.3f}   (n={v['n']})")
    print(f"rings with a member at high: {res['rings_with_member_high']} of {res['rings']}")
    os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
    path = os.path.join(ROOT, "bench", "results", f"blind10-{size}-{seed}.json")
    with open(path, "w") as fh:
        json.dump(res, fh, indent=1)
    print(f"wrote {path}")
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check-load", action="store_true")
    a = ap.parse_args()
    base = _prepare(a.subjects, a.seed)
    if a.check_load:
        return check_load(base)
    return score(base, a.subjects, a.seed)


if __name__ == "__main__":
    sys.exit(main())
