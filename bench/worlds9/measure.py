"""Measure ringwatch on the worlds9 world.

    python bench/worlds9/measure.py --subjects 20000 --seed 1 [--check-load]

The world is cached under /tmp/ringwatch-blind9/<size>-<seed>-<sha256(world.py)[:10]>/ (bundle/,
truth.csv, scan/). ``--check-load`` scans the bundle and prints only the exit code and the number of
load warnings. Without it (the scored run) it reads scan/subjects.csv, counts level == high as a
positive, prints the metrics and writes bench/results/blind9-<size>-<seed>.json.
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
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CACHE = "/tmp/ringwatch-blind9"


def world_dir(size, seed):
    with open(os.path.join(HERE, "world.py"), "rb") as fh:
        h = hashlib.sha256(fh.read()).hexdigest()[:10]
    return os.path.join(CACHE, f"{size}-{seed}-{h}")


def ensure_world(size, seed):
    d = world_dir(size, seed)
    if not (os.path.exists(os.path.join(d, "truth.csv")) and os.path.exists(os.path.join(d, "bundle", "subjects.csv"))):
        tmp = d + ".tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        sys.path.insert(0, ROOT)
        from bench.worlds9.world import generate
        generate(tmp, size, seed)
        shutil.rmtree(d, ignore_errors=True)
        os.rename(tmp, d)
    return d


def ringwatch_cmd():
    exe = shutil.which("ringwatch")
    if exe:
        return [exe]
    venv = os.path.join(ROOT, ".venv", "bin", "ringwatch")
    if os.path.exists(venv):
        return [venv]
    return [sys.executable, "-m", "ringwatch"]


def scan(d, json_out=False):
    out = os.path.join(d, "scan")
    cmd = ringwatch_cmd() + ["scan", os.path.join(d, "bundle"), "--out", out]
    cmd += ["--json"] if json_out else ["--quiet"]
    p = subprocess.run(cmd, capture_output=True, text=True)
    return p


def check_load(d):
    p = scan(d, json_out=True)
    warnings = "?"
    try:
        obj = json.loads(p.stdout)
        w = obj.get("warnings") or {}
        warnings = w.get("total", 0) if isinstance(w, dict) else w
        if not obj.get("ok", True):
            err = obj.get("error") or {}
            print(f"error: {err.get('kind')}: {err.get('message')}")
    except Exception:
        pass
    print(f"exit code: {p.returncode}")
    print(f"load warnings: {warnings}")
    return p.returncode


def pct(a, b):
    return round(100.0 * a / b, 2) if b else 0.0


def measure(d, size, seed):
    p = scan(d)
    if p.returncode not in (0, 1):
        print(f"scan failed: exit {p.returncode}\n{p.stderr[-2000:]}")
        return p.returncode
    truth = {}
    with open(os.path.join(d, "truth.csv"), newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            truth[row["subject_id"]] = row
    level = {}
    with open(os.path.join(d, "scan", "subjects.csv"), newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            sid = row["id"]
            if sid.startswith("'"):
                sid = sid[1:]
            level[sid] = row["level"]
    tp = fp = fn = 0
    honest = fraud = 0
    h_high = h_med = 0
    hk = defaultdict(Counter)
    fk = defaultdict(Counter)
    rings = defaultdict(list)
    for sid, t in truth.items():
        lv = level.get(sid, "low")
        kinds = t["kind"].split(";") if t["kind"] else ["ordinary"]
        if t["fraud"] == "1":
            fraud += 1
            if lv == "high":
                tp += 1
            else:
                fn += 1
            for k in kinds:
                fk[k]["n"] += 1
                fk[k]["high"] += lv == "high"
                fk[k]["high_or_medium"] += lv in ("high", "medium")
            fk["ALL"]["n"] += 1
            fk["ALL"]["high"] += lv == "high"
            fk["ALL"]["high_or_medium"] += lv in ("high", "medium")
            if t["ring"]:
                rings[t["ring"]].append(lv)
        else:
            honest += 1
            h_high += lv == "high"
            h_med += lv == "medium"
            fp += lv == "high"
            for k in kinds:
                hk[k]["n"] += 1
                hk[k]["high"] += lv == "high"
                hk[k]["medium"] += lv == "medium"
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    groups = {}
    for prefix in ("ring-", "solo-", "recruit-", "farm-"):
        g = {k: v for k, v in rings.items() if k.startswith(prefix)}
        groups[prefix.rstrip("-")] = {"groups": len(g), "with_member_at_high": sum(1 for v in g.values() if "high" in v)}
    multi = {k: v for k, v in rings.items() if len(v) >= 2}
    res = {
        "world": "worlds9", "subjects": size, "seed": seed, "honest": honest, "fraud": fraud,
        "precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4),
        "honest_at_high_pct": pct(h_high, honest), "honest_at_medium_pct": pct(h_med, honest),
        "honest_kinds": {k: {"n": c["n"], "high": c["high"], "medium": c["medium"], "high_pct": pct(c["high"], c["n"]),
                             "medium_pct": pct(c["medium"], c["n"])} for k, c in sorted(hk.items())},
        "fraud_tactics": {k: {"n": c["n"], "high": c["high"], "high_or_medium": c["high_or_medium"],
                              "recall_high": round(c["high"] / c["n"], 4) if c["n"] else 0.0,
                              "recall_high_or_medium": round(c["high_or_medium"] / c["n"], 4) if c["n"] else 0.0}
                          for k, c in sorted(fk.items())},
        "rings": groups,
        "truth_groups_with_2plus_subjects": {"groups": len(multi), "with_member_at_high": sum(1 for v in multi.values() if "high" in v)},
    }
    print(f"worlds9  subjects={size} seed={seed}  honest={honest} fraud={fraud}")
    print(f"precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}")
    print(f"honest at high {res['honest_at_high_pct']}%  at medium {res['honest_at_medium_pct']}%")
    print("honest kind                                   n   %high (n)     %medium (n)")
    for k, v in res["honest_kinds"].items():
        print(f"  {k:40s} {v['n']:6d}  {v['high_pct']:6.2f} ({v['high']:4d})  {v['medium_pct']:6.2f} ({v['medium']:4d})")
    print("fraud tactic                                  n   recall@high  recall@high|medium")
    for k, v in res["fraud_tactics"].items():
        print(f"  {k:40s} {v['n']:6d}  {v['recall_high']:8.3f}     {v['recall_high_or_medium']:8.3f}")
    for k, v in groups.items():
        print(f"{k} groups: {v['groups']}, with a member at high: {v['with_member_at_high']}")
    m = res["truth_groups_with_2plus_subjects"]
    print(f"all truth groups with 2+ subjects: {m['groups']}, with a member at high: {m['with_member_at_high']}")
    outdir = os.path.join(ROOT, "bench", "results")
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, f"blind9-{size}-{seed}.json"), "w", encoding="utf-8") as fh:
        json.dump(res, fh, indent=1)
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check-load", action="store_true")
    a = ap.parse_args(argv)
    d = ensure_world(a.subjects, a.seed)
    if a.check_load:
        return check_load(d)
    return measure(d, a.subjects, a.seed)


if __name__ == "__main__":
    sys.exit(main())
