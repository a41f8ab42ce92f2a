"""Blind measurement of ringwatch on world 17 ("Meridian").

    python bench/worlds17/measure.py --subjects 20000 --seed 1 [--check-load]

Generates the world once into /tmp/ringwatch-blind17/<size>-<seed>-<sha256(world.py)[:10]>/ (built in a .tmp
folder renamed when complete), runs `ringwatch scan DIR/bundle --out DIR/out`. With --check-load it prints only
the scan's exit code and its load warnings (never scores). Without it, it scores subjects.csv (level == high
is a positive) against truth.csv and writes bench/results/blind17-<size>-<seed>.json.
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
        return hashlib.sha256(f.read()).hexdigest()[:10]


def generate(size, seed):
    sha = world_sha()
    base = "/tmp/ringwatch-blind17"
    d = os.path.join(base, f"{size}-{seed}-{sha}")
    if os.path.isfile(os.path.join(d, "truth.csv")) and os.path.isdir(os.path.join(d, "bundle")):
        return d, sha
    tmp = d + ".tmp"
    if os.path.exists(tmp):
        shutil.rmtree(tmp)
    os.makedirs(base, exist_ok=True)
    subprocess.run([sys.executable, "-m", "bench.worlds17", tmp, "--subjects", str(size), "--seed", str(seed)],
                   cwd=ROOT, check=True, stdout=sys.stderr)
    if os.path.exists(d):
        shutil.rmtree(d)
    os.rename(tmp, d)
    return d, sha


def ringwatch_bin():
    return shutil.which("ringwatch") or os.path.join(ROOT, ".venv", "bin", "ringwatch")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check-load", action="store_true")
    a = ap.parse_args()
    d, sha = generate(a.subjects, a.seed)
    bundle, out = os.path.join(d, "bundle"), os.path.join(d, "out")
    cmd = [ringwatch_bin(), "scan", bundle, "--out", out]
    if a.check_load:
        p = subprocess.run(cmd + ["--json", "--quiet"], capture_output=True, text=True)
        print("exit code:", p.returncode)
        try:
            j = json.loads(p.stdout)
        except ValueError:
            print("no JSON summary; stderr:", p.stderr.strip()[-2000:])
            return
        if not j.get("ok", False):
            err = j.get("error") or {}
            print("error:", err.get("kind"), err.get("message"))
        w = j.get("warnings") or {}
        print("load warnings:", w.get("total", 0))
        for x in (w.get("first") or [])[:5]:
            print("  ", x)
        return
    t = time.time()
    p = subprocess.run(cmd + ["--quiet"], capture_output=True, text=True)
    scan_s = round(time.time() - t, 1)
    if p.returncode not in (0, 1):
        sys.exit(f"scan failed ({p.returncode}): {p.stderr.strip()[-2000:]}")
    truth = {}
    with open(os.path.join(d, "truth.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            truth[r["subject_id"]] = (int(r["fraud"]), r["kind"].split(";"))
    level = {}
    with open(os.path.join(out, "subjects.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            i = r["id"]
            if i.startswith("'"):
                i = i[1:]
            level[i] = r["level"]
    tp = fp = fn = 0
    hk, fk = {}, {}
    n_h = h_high = h_med = 0
    for sid, (fraud, kinds) in truth.items():
        lv = level.get(sid, "low")
        pos = lv == "high"
        if fraud:
            tp += pos
            fn += not pos
            for k in kinds:
                s = fk.setdefault(k, [0, 0])
                s[0] += 1
                s[1] += pos
        else:
            fp += pos
            n_h += 1
            h_high += pos
            h_med += lv == "medium"
            for k in kinds:
                s = hk.setdefault(k, [0, 0])
                s[0] += 1
                s[1] += pos
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    res = {"world": "blind17-meridian", "subjects": a.subjects, "seed": a.seed, "world_sha": sha, "scan_seconds": scan_s,
           "precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4), "tp": tp, "fp": fp, "fn": fn,
           "honest_high_share": round(h_high / n_h, 5) if n_h else 0.0,
           "honest_medium_share": round(h_med / n_h, 5) if n_h else 0.0,
           "honest_kinds": {k: {"n": v[0], "high_pct": round(100 * v[1] / v[0], 2)} for k, v in sorted(hk.items())},
           "fraud_kinds": {k: {"n": v[0], "caught_pct": round(100 * v[1] / v[0], 2)} for k, v in sorted(fk.items())}}
    print(f"world 17 (Meridian), {a.subjects} subjects, seed {a.seed}, world {sha}, scan {scan_s}s")
    print(f"precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    print(f"honest at high {100 * res['honest_high_share']:.2f}%, at medium {100 * res['honest_medium_share']:.2f}%")
    print("honest kinds (n, % high):")
    for k, v in res["honest_kinds"].items():
        print(f"  {k:28s} {v['n']:6d} {v['high_pct']:6.2f}")
    print("fraud kinds (n, % caught):")
    for k, v in res["fraud_kinds"].items():
        print(f"  {k:28s} {v['n']:6d} {v['caught_pct']:6.2f}")
    rd = os.path.join(ROOT, "bench", "results")
    os.makedirs(rd, exist_ok=True)
    path = os.path.join(rd, f"blind17-{a.subjects}-{a.seed}.json")
    with open(path + ".tmp", "w") as f:
        json.dump(res, f, indent=1)
    os.replace(path + ".tmp", path)
    print("wrote", os.path.relpath(path, ROOT))


if __name__ == "__main__":
    main()
