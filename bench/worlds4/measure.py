"""Measure ringwatch on blind world 4. Reads only the scan's subjects.csv.

python bench/worlds4/measure.py --subjects 20000 --seed 1
"""
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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check-load", action="store_true", help="only scan and print the warning count")
    a = ap.parse_args()
    h = hashlib.sha1(open(os.path.join(HERE, "world.py"), "rb").read()).hexdigest()[:10]
    cache = f"/tmp/ringwatch-blind4/{a.subjects}-{a.seed}-{h}"
    gen_s = None
    if not os.path.exists(os.path.join(cache, "truth.csv")):
        from bench.worlds4.world import generate
        shutil.rmtree(cache, ignore_errors=True)
        os.makedirs(cache)
        t = time.time()
        generate(cache, a.subjects, a.seed)
        gen_s = time.time() - t
    bundle, out = os.path.join(cache, "bundle"), os.path.join(cache, "scan")
    exe = shutil.which("ringwatch")
    cmd = ([exe] if exe else [sys.executable, "-m", "ringwatch"]) + ["scan", bundle, "--out", out]
    t = time.time()
    if a.check_load:
        p = subprocess.run(cmd + ["--json"], capture_output=True, text=True)
        j = json.loads(p.stdout or "{}")
        print("exit", p.returncode, "warnings", (j.get("warnings") or {}).get("total"),
              [(x.get("problem") or x.get("kind") or x) for x in ((j.get("warnings") or {}).get("first") or [])][:10]
              if p.returncode == 0 else j.get("error"))
        return
    p = subprocess.run(cmd + ["--quiet"], capture_output=True, text=True)
    scan_s = time.time() - t
    if p.returncode != 0:
        sys.exit(f"scan failed ({p.returncode}): {p.stderr[-2000:]}")
    truth = {}
    with open(os.path.join(cache, "truth.csv"), newline="") as f:
        for r in csv.DictReader(f):
            truth[r["subject_id"]] = r
    level = {}
    with open(os.path.join(out, "subjects.csv"), newline="") as f:
        for r in csv.DictReader(f):
            sid = r["id"][1:] if r["id"].startswith("'") else r["id"]
            level[sid] = r["level"]
    tp = fp = fn = 0
    hk = defaultdict(lambda: [0, 0, 0])  # n, high, medium
    fk = defaultdict(lambda: [0, 0, 0])  # n, high, high|medium
    nh = hh = hm = 0
    for sid, t in truth.items():
        lv = level.get(sid, "low")
        kinds = t["kind"].split(";") if t["kind"] else []
        if t["fraud"] == "1":
            tp += lv == "high"; fn += lv != "high"
            for k in kinds + ["ALL"]:
                fk[k][0] += 1; fk[k][1] += lv == "high"; fk[k][2] += lv in ("high", "medium")
        else:
            fp += lv == "high"; nh += 1; hh += lv == "high"; hm += lv == "medium"
            for k in kinds:
                hk[k][0] += 1; hk[k][1] += lv == "high"; hk[k][2] += lv == "medium"
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"blind world 4: {len(truth)} subjects, seed {a.seed}, fraud {tp + fn} "
          f"({(tp + fn) / len(truth):.2%}); generation {'cached' if gen_s is None else f'{gen_s:.1f}s'}, scan {scan_s:.1f}s")
    print(f"level=high as positive: precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    print(f"honest at high: {hh}/{nh} = {hh / nh:.3%}   honest at medium: {hm}/{nh} = {hm / nh:.3%}")
    print("\nhonest kind                   n    high%  (n)    medium%  (n)")
    for k, (n, a1, a2) in sorted(hk.items(), key=lambda x: (-x[1][1] / x[1][0], -x[1][0])):
        print(f"  {k:24s} {n:6d}  {a1 / n:6.2%} ({a1:4d})  {a2 / n:6.2%} ({a2:4d})")
    print("\nfraud tactic                  n    recall@high   recall@high|medium")
    for k, (n, a1, a2) in sorted(fk.items(), key=lambda x: (x[0] != "ALL", x[1][1] / x[1][0])):
        print(f"  {k:24s} {n:6d}  {a1 / n:6.1%} ({a1:4d})  {a2 / n:6.1%} ({a2:4d})")
    res = {"world": "blind4", "subjects": len(truth), "seed": a.seed, "world_hash": h,
           "precision": prec, "recall": rec, "f1": f1, "tp": tp, "fp": fp, "fn": fn,
           "honest_high_share": hh / nh, "honest_medium_share": hm / nh,
           "honest_kinds": {k: {"n": v[0], "high": v[1], "medium": v[2]} for k, v in hk.items()},
           "fraud_tactics": {k: {"n": v[0], "high": v[1], "high_or_medium": v[2]} for k, v in fk.items()},
           "generation_s": gen_s, "scan_s": scan_s}
    os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
    path = os.path.join(ROOT, "bench", "results", f"blind4-{a.subjects}-{a.seed}.json")
    with open(path, "w") as f:
        json.dump(res, f, indent=1, sort_keys=True)
    print("\nwrote", os.path.relpath(path, ROOT))


if __name__ == "__main__":
    main()
