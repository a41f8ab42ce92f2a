"""Measure ringwatch on the worlds7 scenario (a world it was not shaped by).

    python bench/worlds7/measure.py --subjects 20000 --seed 1            # scored run
    python bench/worlds7/measure.py --subjects 2000 --check-load         # load check only: exit code + warnings

Runs only the installed CLI and reads only DIR/subjects.csv (id, score, level, ring, reasons, person) and,
for --check-load, the --json summary's exit code and warning count.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))


def world_hash() -> str:
    with open(os.path.join(HERE, "world.py"), "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()[:10]


def load_world():
    spec = importlib.util.spec_from_file_location("worlds7_world", os.path.join(HERE, "world.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def cli() -> list:
    exe = shutil.which("ringwatch")
    if exe:
        return [exe]
    venv = os.path.join(REPO, ".venv", "bin", "ringwatch")
    if os.path.exists(venv):
        return [venv]
    return [sys.executable, "-m", "ringwatch"]


def ensure_world(size: int, seed: int) -> str:
    d = f"/tmp/ringwatch-blind7/{size}-{seed}-{world_hash()}"
    if not os.path.exists(os.path.join(d, "truth.csv")):
        if os.path.exists(d):
            shutil.rmtree(d)
        t = time.time()
        info = load_world().generate(d, size, seed)
        print(f"generated {d} in {time.time() - t:.1f}s: {json.dumps(info)}")
    return d


def scan(d: str, as_json: bool):
    out = os.path.join(d, "scan")
    cmd = cli() + ["scan", os.path.join(d, "bundle"), "--out", out, "--quiet"] + (["--json"] if as_json else [])
    t = time.time()
    p = subprocess.run(cmd, capture_output=True, text=True)
    return p, out, time.time() - t


def pct(a, b):
    return round(100.0 * a / b, 2) if b else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check-load", action="store_true", help="generate + scan --json; print exit code and load warnings only")
    a = ap.parse_args()
    d = ensure_world(a.subjects, a.seed)

    if a.check_load:
        p, out, secs = scan(d, True)
        warnings, first = None, []
        try:
            js = json.loads(p.stdout)
            warnings = (js.get("warnings") or {}).get("total")
            first = (js.get("warnings") or {}).get("first") or []
            code = js.get("exit_code", p.returncode)
        except Exception:
            code = p.returncode
        print(f"check-load: exit code {p.returncode} (json exit_code {code}), load warnings {warnings}, scan {secs:.1f}s")
        for w in first[:10]:
            print("  warning:", w)
        if p.returncode not in (0, 1):
            print(p.stderr[-2000:])
        sys.exit(0 if p.returncode == 0 else 1)

    p, out, secs = scan(d, False)
    if p.returncode not in (0, 1):
        print(p.stdout[-2000:], p.stderr[-2000:])
        sys.exit(p.returncode)
    truth = {r["subject_id"]: r for r in csv.DictReader(open(os.path.join(d, "truth.csv"), encoding="utf-8"))}
    res = {}
    for r in csv.DictReader(open(os.path.join(out, "subjects.csv"), encoding="utf-8")):
        sid = r["id"][1:] if r["id"].startswith("'") else r["id"]
        res[sid] = r
    tp = fp = fn = 0
    hon = {"n": 0, "high": 0, "medium": 0}
    kinds, tactics, rings = {}, {}, {}
    for sid, t in truth.items():
        lv = res.get(sid, {}).get("level", "low")
        fraud = t["fraud"] == "1"
        hi = lv == "high"
        if fraud:
            tp += hi
            fn += not hi
            rg = rings.setdefault(t["ring"], {"size": 0, "high": 0})
            rg["size"] += 1
            rg["high"] += hi
            for k in t["kind"].split(";"):
                x = tactics.setdefault(k, {"n": 0, "high": 0, "high_or_medium": 0})
                x["n"] += 1
                x["high"] += hi
                x["high_or_medium"] += lv in ("high", "medium")
        else:
            fp += hi
            hon["n"] += 1
            hon["high"] += hi
            hon["medium"] += lv == "medium"
            for k in t["kind"].split(";"):
                x = kinds.setdefault(k, {"n": 0, "high": 0, "medium": 0})
                x["n"] += 1
                x["high"] += hi
                x["medium"] += lv == "medium"
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    summary = {
        "world": "worlds7", "world_hash": world_hash(), "subjects": len(truth), "seed": a.seed, "scan_seconds": round(secs, 1),
        "precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4), "tp": tp, "fp": fp, "fn": fn,
        "honest": hon["n"], "honest_high_pct": pct(hon["high"], hon["n"]), "honest_medium_pct": pct(hon["medium"], hon["n"]),
        "rings": len(rings), "rings_with_member_high": sum(1 for v in rings.values() if v["high"]),
        "honest_kinds": {k: dict(v, high_pct=pct(v["high"], v["n"]), medium_pct=pct(v["medium"], v["n"]))
                         for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]["n"])},
        "fraud_tactics": {k: dict(v, recall_high=pct(v["high"], v["n"]), recall_high_or_medium=pct(v["high_or_medium"], v["n"]))
                          for k, v in sorted(tactics.items(), key=lambda kv: -kv[1]["n"])},
    }
    print(f"worlds7 {len(truth)} subjects seed {a.seed} (world {world_hash()}), scan {secs:.1f}s")
    print(f"precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}   (positive = level high; tp {tp} fp {fp} fn {fn})")
    print(f"honest at high {summary['honest_high_pct']}%  at medium {summary['honest_medium_pct']}%  (of {hon['n']})")
    print(f"rings with a member at high: {summary['rings_with_member_high']} / {len(rings)}")
    print("\nhonest kind                      n   high%  (n)   medium%  (n)")
    for k, v in summary["honest_kinds"].items():
        print(f"  {k:28s} {v['n']:6d}  {v['high_pct']:6.2f} ({v['high']:4d})  {v['medium_pct']:6.2f} ({v['medium']:4d})")
    print("\nfraud tactic                     n   recall@high  recall@high|medium")
    for k, v in summary["fraud_tactics"].items():
        print(f"  {k:28s} {v['n']:6d}  {v['recall_high']:6.2f}       {v['recall_high_or_medium']:6.2f}")
    os.makedirs(os.path.join(REPO, "bench", "results"), exist_ok=True)
    path = os.path.join(REPO, "bench", "results", f"blind7-{len(truth)}-{a.seed}.json")
    with open(path, "w") as f:
        json.dump(summary, f, indent=1)
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
