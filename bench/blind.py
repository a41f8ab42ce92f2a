"""Measure ringwatch on the blind world (bench/worlds/blind), a generator written without reading
the detector. Only ringwatch's CLI and its OUTPUT files are used: never its internals.

    python bench/blind.py                                   # mixed/accounts/employer x 20,000, seed 1
    python bench/blind.py --sizes 20000 200000 --worlds mixed --seeds 1 2

For each configuration: generate the world into the cache (skipped when already there), run
`ringwatch scan BUNDLE --out DIR`, join DIR/subjects.csv with truth.csv, print the figures and
write them to bench/results/blind-<world>-<size>-<seed>.json. Positive prediction: level == high.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"


def ringwatch_cmd() -> list[str]:
    exe = shutil.which("ringwatch") or str(Path(sys.executable).parent / "ringwatch")
    return [exe]


def generate(cache: Path, world: str, size: int, seed: int, force: bool) -> tuple[Path, float | None]:
    d = cache / f"{world}-{size}-{seed}"
    done = d / ".complete"
    if done.exists() and not force:
        return d, None
    if d.exists():
        shutil.rmtree(d)
    t = time.time()
    subprocess.run([sys.executable, "-m", "bench.worlds.blind", str(d), "--subjects", str(size), "--seed", str(seed),
                    "--world", world], check=True, cwd=ROOT)
    el = time.time() - t
    done.write_text(json.dumps({"seconds": el}))
    return d, el


def scan(d: Path, retries: int) -> tuple[Path, float, str]:
    out = d / "scan"
    for k in range(retries + 1):
        t = time.time()
        p = subprocess.run(ringwatch_cmd() + ["scan", str(d / "bundle"), "--out", str(out)],
                           capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1", "TERM": "dumb"})
        el = time.time() - t
        if p.returncode == 0 and (out / "subjects.csv").exists():
            return out, el, p.stdout + p.stderr
        print(f"  scan failed (rc={p.returncode}), attempt {k + 1}: {(p.stderr or p.stdout).strip().splitlines()[-1:]}",
              file=sys.stderr)
        if k < retries:
            time.sleep(30)
    tail = (p.stderr or p.stdout).strip().splitlines()[-1:] or [""]
    raise RuntimeError(f"ringwatch scan failed {retries + 1} times: {tail[0]}")


def pct(a: int, b: int) -> float:
    return round(100.0 * a / b, 3) if b else 0.0


def measure(d: Path, out: Path) -> dict:
    truth = pd.read_csv(d / "truth.csv", dtype=str, keep_default_na=False)
    res = pd.read_csv(out / "subjects.csv", dtype=str, keep_default_na=False)
    res = res[["id", "score", "level", "ring", "reasons"]].rename(columns={"id": "subject_id", "ring": "pred_ring"})
    m = truth.merge(res, on="subject_id", how="left")
    missing = int(m["level"].isna().sum() + (m["level"] == "").sum())
    m["level"] = m["level"].fillna("")
    m["fraud"] = m["fraud"].astype(int)
    hi = m["level"] == "high"
    med = m["level"] == "medium"
    tp = int((hi & (m.fraud == 1)).sum())
    fp = int((hi & (m.fraud == 0)).sum())
    fn = int((~hi & (m.fraud == 1)).sum())
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    honest = m[m.fraud == 0]
    fraud = m[m.fraud == 1]
    kinds = {}
    for k, g in honest.groupby("kind"):
        kinds[k] = {"n": len(g), "pct_high": pct(int((g.level == "high").sum()), len(g)),
                    "pct_medium": pct(int((g.level == "medium").sum()), len(g))}
    tactics = {}
    ex = fraud.assign(tactic=fraud["kind"].str.split(";")).explode("tactic")
    for k, g in ex.groupby("tactic"):
        tactics[k] = {"n": len(g), "recall_high": pct(int((g.level == "high").sum()), len(g)),
                      "recall_high_or_medium": pct(int(g.level.isin(["high", "medium"]).sum()), len(g))}
    single = fraud[(fraud.ring != "") & ~fraud["kind"].str.contains(";")]
    reasons = Counter()
    for r in honest.loc[honest.level == "high", "reasons"]:
        reasons.update(x for x in r.split(";") if x)
    return {
        "subjects": len(m), "fraud": len(fraud), "missing_in_output": missing,
        "tp": tp, "fp": fp, "fn": fn, "precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4),
        "honest_pct_high": pct(fp, len(honest)), "honest_pct_medium": pct(int((honest.level == "medium").sum()), len(honest)),
        "fraud_pct_medium": pct(int((fraud.level == "medium").sum()), len(fraud)),
        "recall_ring_members": pct(int(((fraud.ring != "") & (fraud.level == "high")).sum()), int((fraud.ring != "").sum())),
        "recall_single_tactic_members": pct(int((single.level == "high").sum()), len(single)),
        "honest_kinds": dict(sorted(kinds.items(), key=lambda kv: -kv[1]["pct_high"])),
        "fraud_tactics": dict(sorted(tactics.items())),
        "top_reasons_honest_high": reasons.most_common(15),
    }


def report(name: str, r: dict) -> None:
    print(f"\n=== {name}: {r['subjects']:,} subjects, {r['fraud']:,} fraud "
          f"(generated in {str(r['generate_seconds']) + ' s' if r.get('generate_seconds') is not None else 'cache'}, "
          f"scanned in {r['scan_seconds']:.0f} s)")
    if r["missing_in_output"]:
        print(f"  WARNING: {r['missing_in_output']} subjects missing from ringwatch output")
    print(f"  high = positive: precision {r['precision']:.3f}  recall {r['recall']:.3f}  F1 {r['f1']:.3f}  "
          f"(tp {r['tp']}, fp {r['fp']}, fn {r['fn']})")
    print(f"  honest at high {r['honest_pct_high']:.3f}%   honest at medium {r['honest_pct_medium']:.2f}%   "
          f"ring members at high {r['recall_ring_members']:.1f}%   single-tactic ring members at high "
          f"{r['recall_single_tactic_members']:.1f}%")
    print("  honest kind                      n   %high  %medium")
    for k, v in r["honest_kinds"].items():
        print(f"    {k:26s} {v['n']:7d} {v['pct_high']:7.2f} {v['pct_medium']:8.2f}")
    print("  fraud tactic                     n  recall@high  @high|medium")
    for k, v in r["fraud_tactics"].items():
        print(f"    {k:26s} {v['n']:7d} {v['recall_high']:10.1f} {v['recall_high_or_medium']:12.1f}")
    if r["top_reasons_honest_high"]:
        print("  top reasons among honest highs: " + ", ".join(f"{k} ({n})" for k, n in r["top_reasons_honest_high"][:10]))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--worlds", nargs="+", default=["mixed", "accounts", "employer"],
                    choices=["mixed", "accounts", "employer"])
    ap.add_argument("--sizes", nargs="+", type=int, default=[20000])
    ap.add_argument("--seeds", nargs="+", type=int, default=[1])
    ap.add_argument("--cache", default=os.environ.get("RINGWATCH_BLIND_CACHE", "/tmp/ringwatch-blind"))
    ap.add_argument("--regenerate", action="store_true", help="rebuild worlds even if cached")
    ap.add_argument("--retries", type=int, default=3, help="retries when a scan fails")
    ap.add_argument("--no-write", action="store_true", help="do not write bench/results/*.json")
    a = ap.parse_args(argv)
    cache = Path(a.cache)
    cache.mkdir(parents=True, exist_ok=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    failed = 0
    for size in a.sizes:
        for world in a.worlds:
            for seed in a.seeds:
                d, gen_s = generate(cache, world, size, seed, a.regenerate)
                try:
                    out, scan_s, _log = scan(d, a.retries)
                except RuntimeError as exc:
                    print(f"\n=== {world} {size} seed {seed}: SCAN FAILED: {exc}")
                    failed += 1
                    continue
                r = measure(d, out)
                r.update({"world": world, "size": size, "seed": seed, "scan_seconds": round(scan_s, 1),
                          "generate_seconds": None if gen_s is None else round(gen_s, 1),
                          "cache": str(d)})
                report(f"{world} {size} seed {seed}", r)
                if not a.no_write:
                    p = RESULTS / f"blind-{world}-{size}-{seed}.json"
                    tmp = p.with_suffix(".json.tmp")
                    tmp.write_text(json.dumps(r, indent=1))
                    tmp.replace(p)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
