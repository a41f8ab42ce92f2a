"""Blind measurement of ringwatch on the worlds8 scenario.

    python bench/worlds8/measure.py --subjects 20000 --seed 1          # scored run (project owner)
    python bench/worlds8/measure.py --subjects 2000 --check-load       # only: does the bundle load cleanly?

Runs only the installed CLI and reads only DIR/subjects.csv (and, for --check-load, the --json summary).
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
sys.path.insert(0, ROOT)


def world_sha():
    with open(os.path.join(HERE, "world.py"), "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()[:10]


def cli():
    exe = shutil.which("ringwatch")
    if exe:
        return [exe]
    venv = os.path.join(ROOT, ".venv", "bin", "ringwatch")
    if os.path.exists(venv):
        return [venv]
    return [sys.executable, "-m", "ringwatch"]


def ensure_world(n, seed):
    base = f"/tmp/ringwatch-blind8/{n}-{seed}-{world_sha()}"
    if not os.path.exists(os.path.join(base, "truth.csv")):
        from bench.worlds8.world import generate
        tmp = base + ".part"
        if os.path.exists(tmp):
            shutil.rmtree(tmp)
        generate(tmp, n, seed)
        if os.path.exists(base):
            shutil.rmtree(base)
        os.rename(tmp, base)
    return base


def read_truth(base):
    with open(os.path.join(base, "truth.csv"), newline="", encoding="utf-8") as fh:
        return {r["subject_id"]: r for r in csv.DictReader(fh)}


def pct(a, b):
    return 100.0 * a / b if b else 0.0


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check-load", action="store_true")
    a = ap.parse_args(argv)
    base = ensure_world(a.subjects, a.seed)
    bundle = os.path.join(base, "bundle")
    out = os.path.join(base, "scan")
    if a.check_load:
        p = subprocess.run(cli() + ["scan", bundle, "--out", out, "--json"], capture_output=True, text=True)
        warnings = None
        try:
            js = json.loads(p.stdout)
            warnings = (js.get("warnings") or {}).get("total")
            first = (js.get("warnings") or {}).get("first") or []
        except Exception:
            js, first = None, []
        print(f"world: {base}")
        print(f"exit code: {p.returncode}")
        print(f"load warnings: {warnings}")
        for w in first[:10]:
            print("  ", w)
        if p.returncode != 0:
            print(p.stderr[-2000:])
        return 0 if p.returncode == 0 else 1
    p = subprocess.run(cli() + ["scan", bundle, "--out", out, "--quiet"])
    if p.returncode not in (0, 1):
        print(f"scan failed with exit code {p.returncode}")
        return p.returncode
    truth = read_truth(base)
    with open(os.path.join(out, "subjects.csv"), newline="", encoding="utf-8") as fh:
        res = {}
        for r in csv.DictReader(fh):
            sid = r["id"][1:] if r["id"].startswith("'") else r["id"]
            res[sid] = r
    tp = fp = fn = 0
    honest_n = honest_high = honest_med = 0
    kind_tot, kind_high, kind_med = Counter(), Counter(), Counter()
    tac_tot, tac_high, tac_hm = Counter(), Counter(), Counter()
    rings_all, rings_hit = set(), set()
    for sid, t in truth.items():
        lvl = res.get(sid, {}).get("level", "low")
        fraud = t["fraud"] == "1"
        hi = lvl == "high"
        if fraud:
            rings_all.add(t["ring"])
            if hi:
                tp += 1
                rings_hit.add(t["ring"])
            else:
                fn += 1
            for k in t["kind"].split(";"):
                tac_tot[k] += 1
                tac_high[k] += hi
                tac_hm[k] += lvl in ("high", "medium")
        else:
            honest_n += 1
            honest_high += hi
            honest_med += lvl == "medium"
            if hi:
                fp += 1
            for k in t["kind"].split(";"):
                kind_tot[k] += 1
                kind_high[k] += hi
                kind_med[k] += lvl == "medium"
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"worlds8 blind: {a.subjects} subjects, seed {a.seed}, world {world_sha()}")
    print(f"precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}   (level == high; tp {tp} fp {fp} fn {fn})")
    print(f"honest at high {pct(honest_high, honest_n):.2f}%  at medium {pct(honest_med, honest_n):.2f}%  (of {honest_n})")
    print(f"rings with a member at high: {len(rings_hit)} / {len(rings_all)}")
    print("\nhonest kinds: % at high / % at medium (count)")
    kinds = {}
    for k in sorted(kind_tot, key=lambda k: -kind_tot[k]):
        kinds[k] = {"n": kind_tot[k], "high": kind_high[k], "medium": kind_med[k]}
        print(f"  {k:32s} {pct(kind_high[k], kind_tot[k]):6.2f}% ({kind_high[k]})  {pct(kind_med[k], kind_tot[k]):6.2f}% ({kind_med[k]})  n={kind_tot[k]}")
    print("\nfraud tactics: recall at high / at high|medium (count)")
    tacs = {}
    for k in sorted(tac_tot, key=lambda k: -tac_tot[k]):
        tacs[k] = {"n": tac_tot[k], "high": tac_high[k], "high_or_medium": tac_hm[k]}
        print(f"  {k:32s} {pct(tac_high[k], tac_tot[k]):6.2f}%  {pct(tac_hm[k], tac_tot[k]):6.2f}%  n={tac_tot[k]}")
    result = {"world": "worlds8", "world_sha": world_sha(), "subjects": a.subjects, "seed": a.seed,
              "precision": prec, "recall": rec, "f1": f1, "tp": tp, "fp": fp, "fn": fn,
              "honest": honest_n, "honest_high_pct": pct(honest_high, honest_n), "honest_medium_pct": pct(honest_med, honest_n),
              "rings": len(rings_all), "rings_with_member_at_high": len(rings_hit), "honest_kinds": kinds, "fraud_tactics": tacs}
    os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
    path = os.path.join(ROOT, "bench", "results", f"blind8-{a.subjects}-{a.seed}.json")
    with open(path, "w") as fh:
        json.dump(result, fh, indent=1, sort_keys=True)
    print(f"\nwrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
