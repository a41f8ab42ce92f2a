"""Blind benchmark world 18 ("Ledgerline"): generate once, scan, score.

    python bench/worlds18/measure.py --subjects 20000 --seed 1 [--check-load]

Generates into /tmp/ringwatch-blind18/<size>-<seed>-<sha256(world.py)[:10]>/ (built in a .tmp folder,
renamed when complete; reused when present), runs `ringwatch scan DIR/bundle --out DIR/out`.
--check-load: runs the scan with --json and prints only its exit code, the number of load warnings
and the first 5 warnings (never scores).  Otherwise: precision/recall/F1 of level == high against
truth.csv, per-kind rates, and bench/results/blind18-<size>-<seed>.json.
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

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def world_sha():
    with open(os.path.join(HERE, "world.py"), "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def ensure_world(size, seed):
    sha = world_sha()
    base = "/tmp/ringwatch-blind18"
    d = os.path.join(base, f"{size}-{seed}-{sha[:10]}")
    if os.path.isfile(os.path.join(d, "truth.csv")) and os.path.isdir(os.path.join(d, "bundle")):
        return d, sha
    tmp = d + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    t = time.time()
    subprocess.run([sys.executable, "-m", "bench.worlds18", tmp, "--subjects", str(size), "--seed", str(seed), "--quiet"],
                   cwd=ROOT, check=True)
    shutil.rmtree(d, ignore_errors=True)
    os.rename(tmp, d)
    print(f"generated {d} in {time.time() - t:.0f}s", file=sys.stderr)
    return d, sha


def ringwatch_bin():
    return shutil.which("ringwatch") or "/work/main/.venv/bin/ringwatch"


def scan(d, as_json):
    out = os.path.join(d, "out")
    cmd = [ringwatch_bin(), "scan", os.path.join(d, "bundle"), "--out", out]
    if as_json:
        cmd.append("--json")
    t = time.time()
    p = subprocess.run(cmd, capture_output=True, text=True)
    return p, time.time() - t


def check_load(d):
    p, _ = scan(d, True)
    warnings, first = None, []
    try:
        j = json.loads(p.stdout)
        w = j.get("warnings") or {}
        warnings, first = w.get("total"), (w.get("first") or [])[:5]
        if not j.get("ok", True):
            first = [json.dumps(j.get("error"))[:500]]
    except Exception:
        first = [(p.stdout or p.stderr or "")[-500:]]
    print(f"exit code: {p.returncode}")
    print(f"load warnings: {warnings}")
    for x in first:
        print(f"  {x if isinstance(x, str) else json.dumps(x)}")
    return p.returncode


def measure(d, size, seed, sha):
    p, secs = scan(d, False)
    if p.returncode not in (0, 1):
        print(f"scan failed (exit {p.returncode}): {(p.stderr or '')[-800:]}")
        return p.returncode
    truth = {}
    with open(os.path.join(d, "truth.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            truth[r["subject_id"]] = (int(r["fraud"]), [t for t in r["kind"].split(";") if t])
    level = {}
    with open(os.path.join(d, "out", "subjects.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            sid = r["id"]
            if sid.startswith("'"):
                sid = sid[1:]
            level[sid] = r["level"]
    tp = fp = fn = 0
    honest = hi_h = med_h = 0
    hk, fk = {}, {}
    for sid, (fraud, toks) in truth.items():
        lv = level.get(sid, "low")
        pos = lv == "high"
        if fraud:
            tp += pos
            fn += not pos
            for t in toks:
                e = fk.setdefault(t, [0, 0])
                e[0] += 1
                e[1] += pos
        else:
            honest += 1
            fp += pos
            hi_h += pos
            med_h += lv == "medium"
            for t in toks:
                e = hk.setdefault(t, [0, 0])
                e[0] += 1
                e[1] += pos
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    res = {"world": "blind18-ledgerline", "subjects": size, "seed": seed, "world_sha": sha,
           "scan_seconds": round(secs, 1), "precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4),
           "tp": tp, "fp": fp, "fn": fn, "honest_high_share": round(hi_h / honest, 5) if honest else 0.0,
           "honest_medium_share": round(med_h / honest, 5) if honest else 0.0,
           "honest_kinds": {t: {"n": n, "high_pct": round(100.0 * h / n, 2)} for t, (n, h) in sorted(hk.items())},
           "fraud_kinds": {t: {"n": n, "caught_pct": round(100.0 * c / n, 2)} for t, (n, c) in sorted(fk.items())}}
    print(f"precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}  (tp {tp}, fp {fp}, fn {fn}); scan {secs:.0f}s")
    print(f"honest at high: {100.0 * res['honest_high_share']:.2f}%   at medium: {100.0 * res['honest_medium_share']:.2f}%")
    print("honest kinds (n, % high):")
    for t, v in sorted(res["honest_kinds"].items(), key=lambda kv: -kv[1]["n"]):
        print(f"  {t:28s} {v['n']:6d} {v['high_pct']:6.2f}")
    print("fraud kinds (n, % caught):")
    for t, v in sorted(res["fraud_kinds"].items(), key=lambda kv: -kv[1]["n"]):
        print(f"  {t:28s} {v['n']:6d} {v['caught_pct']:6.2f}")
    rd = os.path.join(ROOT, "bench", "results")
    os.makedirs(rd, exist_ok=True)
    path = os.path.join(rd, f"blind18-{size}-{seed}.json")
    with open(path, "w") as f:
        json.dump(res, f, indent=2)
    print(f"wrote {path}")
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check-load", action="store_true")
    a = ap.parse_args(argv)
    d, sha = ensure_world(a.subjects, a.seed)
    if a.check_load:
        return check_load(d)
    return measure(d, a.subjects, a.seed, sha)


if __name__ == "__main__":
    sys.exit(main())
