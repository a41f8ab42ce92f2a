"""Measure ringwatch on blind world 3.

    python bench/worlds3/measure.py --subjects 20000 --seed 1

Generates the world (cached under /tmp/ringwatch-blind3/<size>-<seed>-<hash of world.py>/),
runs the installed `ringwatch scan BUNDLE --out DIR --quiet` (or `python -m ringwatch`), reads
only DIR/subjects.csv and prints precision/recall/F1 with level == "high" as positive, the
share of honest subjects at high and medium, per honest behaviour the share at high/medium,
and per fraud tactic the recall at high and at high|medium.  Writes
bench/results/blind3-<size>-<seed>.json.  This world is for measuring only, never for tuning.
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
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))


def world_hash() -> str:
    return hashlib.sha256((HERE / "world.py").read_bytes()).hexdigest()[:12]


def ensure_world(n: int, seed: int) -> Path:
    base = Path("/tmp/ringwatch-blind3") / f"{n}-{seed}-{world_hash()}"
    done = base / ".complete"
    if not done.exists():
        from bench.worlds3.world import generate
        t = time.time()
        stats = generate(base, n, seed)
        (base / "gen.json").write_text(json.dumps({"seconds": round(time.time() - t, 2), **stats}))
        done.write_text("ok")
    return base


def scan(bundle: Path, out: Path) -> dict:
    exe = shutil.which("ringwatch")
    if exe is None:
        cand = Path(sys.executable).parent / "ringwatch"
        exe = str(cand) if cand.exists() else None
    cmd = [exe] if exe else [sys.executable, "-m", "ringwatch"]
    cmd += ["scan", str(bundle), "--out", str(out), "--quiet", "--json"]
    t = time.time()
    p = subprocess.run(cmd, capture_output=True, text=True)
    secs = time.time() - t
    warnings = None
    try:   # only the load-warning summary and the exit status are read from the scan's own output
        j = json.loads(p.stdout)
        warnings = j.get("warnings", {}).get("total")
    except Exception:
        pass
    if p.returncode != 0:
        sys.stderr.write(p.stderr[-4000:])
        raise SystemExit(f"scan failed with exit code {p.returncode}")
    return {"seconds": round(secs, 1), "exit_code": p.returncode, "load_warnings": warnings, "stderr_lines": len(p.stderr.splitlines())}


def pct(a: int, b: int) -> float:
    return round(100.0 * a / b, 2) if b else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()

    base = ensure_world(a.subjects, a.seed)
    gen = json.loads((base / "gen.json").read_text())
    out = base / "scan"
    if out.exists():
        shutil.rmtree(out)
    run = scan(base / "bundle", out)

    truth = {r["subject_id"]: r for r in csv.DictReader(open(base / "truth.csv", newline="", encoding="utf-8"))}
    level = {}
    with open(out / "subjects.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            sid = r.get("id") or r.get("subject_id")
            if sid.startswith("'"):
                sid = sid[1:]
            level[sid] = r["level"]
    missing = [s for s in truth if s not in level]

    tp = fp = fn = tn = 0
    tp_m = fp_m = 0
    honest_n = honest_high = honest_med = 0
    kinds = defaultdict(lambda: [0, 0, 0])     # n, high, medium
    tactics = defaultdict(lambda: [0, 0, 0])   # n, high, high|medium
    for sid, t in truth.items():
        lv = level.get(sid, "low")
        fraud = t["fraud"] == "1"
        hi, md = lv == "high", lv == "medium"
        if fraud:
            tp += hi
            fn += not hi
            tp_m += hi or md
            for k in t["kind"].split(";") + ["ALL"]:
                c = tactics[k]
                c[0] += 1
                c[1] += hi
                c[2] += hi or md
        else:
            fp += hi
            tn += not hi
            fp_m += hi or md
            honest_n += 1
            honest_high += hi
            honest_med += md
            for k in t["kind"].split(";"):
                c = kinds[k]
                c[0] += 1
                c[1] += hi
                c[2] += md
    n_fraud = tp + fn
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / n_fraud if n_fraud else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    prec_m = tp_m / (tp_m + fp_m) if tp_m + fp_m else 0.0
    rec_m = tp_m / n_fraud if n_fraud else 0.0
    f1_m = 2 * prec_m * rec_m / (prec_m + rec_m) if prec_m + rec_m else 0.0

    res = {
        "world": "blind3", "subjects": a.subjects, "seed": a.seed, "world_hash": world_hash(),
        "generation": gen, "scan": run, "missing_in_output": len(missing),
        "fraud": n_fraud, "honest": honest_n,
        "high": {"tp": tp, "fp": fp, "fn": fn, "precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4)},
        "high_or_medium": {"tp": tp_m, "fp": fp_m, "precision": round(prec_m, 4), "recall": round(rec_m, 4), "f1": round(f1_m, 4)},
        "honest_at_high_pct": pct(honest_high, honest_n), "honest_at_medium_pct": pct(honest_med, honest_n),
        "honest_kinds": {k: {"n": v[0], "high": v[1], "medium": v[2], "high_pct": pct(v[1], v[0]), "medium_pct": pct(v[2], v[0])}
                         for k, v in sorted(kinds.items())},
        "fraud_tactics": {k: {"n": v[0], "high": v[1], "high_or_medium": v[2], "recall_high": round(v[1] / v[0], 4),
                              "recall_high_or_medium": round(v[2] / v[0], 4)} for k, v in sorted(tactics.items())},
    }

    print(f"blind world 3: {a.subjects} subjects, seed {a.seed}, world {world_hash()} "
          f"(generated in {gen['seconds']}s; scan {run['seconds']}s, exit {run['exit_code']}, load warnings {run['load_warnings']})")
    print(f"  fraud {n_fraud}  honest {honest_n}  missing from output {len(missing)}")
    print(f"  level=high positive:        precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}   (tp {tp}, fp {fp}, fn {fn})")
    print(f"  level=high|medium positive: precision {prec_m:.3f}  recall {rec_m:.3f}  F1 {f1_m:.3f}   (tp {tp_m}, fp {fp_m})")
    print(f"  honest at high {pct(honest_high, honest_n):.2f}% ({honest_high})   at medium {pct(honest_med, honest_n):.2f}% ({honest_med})")
    print("\n  honest behaviour                 n    %high (n)        %medium (n)")
    for k, v in sorted(kinds.items(), key=lambda kv: (-pct(kv[1][1], kv[1][0]), -kv[1][0])):
        print(f"  {k:<28}{v[0]:>6}  {pct(v[1], v[0]):6.2f} ({v[1]:>4})   {pct(v[2], v[0]):6.2f} ({v[2]:>4})")
    print("\n  fraud tactic                     n    recall@high     recall@high|medium")
    for k, v in sorted(tactics.items(), key=lambda kv: (kv[0] != "ALL", kv[1][1] / kv[1][0])):
        print(f"  {k:<28}{v[0]:>6}  {v[1] / v[0]:6.3f} ({v[1]:>4})   {v[2] / v[0]:6.3f} ({v[2]:>4})")
    dest = ROOT / "bench" / "results" / f"blind3-{a.subjects}-{a.seed}.json"
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(json.dumps(res, indent=1) + "\n")
    print(f"\n  wrote {dest.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
