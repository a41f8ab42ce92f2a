"""The measurement harness every blind world's `measure.py` runs: generate once, scan, score.

    python bench/worldsN/measure.py --subjects 20000 --seed 1 [--check-load]

A world is generated once into /tmp/ringwatch-blindN/<size>-<seed>-<sha256(generator modules)[:10]>/
(built in a .tmp folder, renamed when complete, by `python -m bench.worldsN OUTDIR`) and
scanned with `ringwatch scan`. --check-load prints only the scan's exit code and its load
warnings (never scores): what a world's author runs, so that writing the world never shows
how the detector does on it. Otherwise a subject at level "high" is a positive; the script
prints precision, recall, F1 and per-kind rates (the `kind` column of truth.csv: a primary
kind, then traits, `;`-separated) and writes bench/results/blindN-<size>-<seed>.json.
--scored OUT_DIR scores a scan already run on the world's bundle instead (a variant's, run
from another checkout with `ringwatch scan BUNDLE --out OUT_DIR`).

Each world keeps its own generator and README; only this harness is shared (worlds 20 on).
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
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class BlindWorld:
    number: int
    name: str  # as printed: "Vendorly"
    slug: str  # as stored in the result: "blind34-vendorly"
    generator: tuple[str, ...]  # the modules whose bytes name the cached world

    @property
    def package(self) -> str:
        return f"bench.worlds{self.number}"

    @property
    def folder(self) -> Path:
        return ROOT / "bench" / f"worlds{self.number}"

    @property
    def cache(self) -> Path:
        return Path(f"/tmp/ringwatch-blind{self.number}")

    def sha(self) -> str:
        h = hashlib.sha256()
        for name in self.generator:
            h.update(name.encode() + b"\0" + (self.folder / name).read_bytes())
        return h.hexdigest()[:10]


def ringwatch_bin() -> str:
    b = shutil.which("ringwatch")
    if b:
        return b
    for cand in (ROOT / ".venv" / "bin" / "ringwatch", Path("/work/main/.venv/bin/ringwatch")):
        if cand.exists():
            return str(cand)
    sys.exit("ringwatch not found: activate the project's virtualenv")


def ensure_world(world: BlindWorld, size: int, seed: int) -> Path:
    d = world.cache / f"{size}-{seed}-{world.sha()}"
    if (d / "bundle" / "subjects.csv").exists() and (d / "truth.csv").exists():
        return d
    tmp = d.with_name(d.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    t = time.time()
    subprocess.run([sys.executable, "-m", world.package, str(tmp), "--subjects", str(size), "--seed", str(seed)],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    os.replace(tmp, d)
    print(f"generated {d} in {time.time() - t:.0f}s", file=sys.stderr)
    return d


def scan(d: Path, as_json: bool) -> tuple[subprocess.CompletedProcess, float]:
    cmd = [ringwatch_bin(), "scan", str(d / "bundle"), "--out", str(d / "out")]
    cmd.append("--json" if as_json else "--quiet")
    t = time.time()
    p = subprocess.run(cmd, capture_output=True, text=True)
    return p, time.time() - t


def check_load(d: Path) -> None:
    p, _ = scan(d, True)
    print(f"exit code: {p.returncode}")
    try:
        out = json.loads(p.stdout)
    except ValueError:
        print("no JSON summary on stdout")
        print((p.stderr or "").strip()[-2000:])
        return
    if not out.get("ok", False):
        err = out.get("error", {})
        print(f"error: {err.get('kind')}: {err.get('message')}")
        return
    w = out.get("warnings", {}) or {}
    first = w.get("first") or []
    print(f"load warnings: {w.get('total', 0)}")
    for x in first[:5]:
        print("  " + (x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)))


def measure(world: BlindWorld, d: Path, size: int, seed: int) -> None:
    p, secs = scan(d, False)
    if p.returncode not in (0, 1):
        sys.exit(f"scan failed (exit {p.returncode}): {(p.stderr or '').strip()[-1500:]}")
    score(world, d, d / "out", size, seed, secs)


def score(world: BlindWorld, d: Path, out_dir: Path, size: int, seed: int, secs: float | None) -> None:
    """Score the scan in `out_dir` against the world's truth.csv: print and write the result."""
    level = {}
    with open(out_dir / "subjects.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            sid = row["id"]
            if sid.startswith("'"):  # the output's guard against spreadsheet formulas
                sid = sid[1:]
            level[sid] = row["level"]
    tp = fp = fn = 0
    honest_n = honest_high = honest_med = 0
    hk = collections.defaultdict(lambda: [0, 0])
    fk = collections.defaultdict(lambda: [0, 0])
    with open(d / "truth.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            lv = level.get(row["subject_id"], "")
            hi = lv == "high"
            toks = [t for t in row["kind"].split(";") if t]
            if row["fraud"] == "1":
                tp += hi
                fn += not hi
                for t in toks:
                    fk[t][0] += 1
                    fk[t][1] += hi
            else:
                fp += hi
                honest_n += 1
                honest_high += hi
                honest_med += lv == "medium"
                for t in toks:
                    hk[t][0] += 1
                    hk[t][1] += hi
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    res = {
        "world": world.slug, "subjects": size, "seed": seed, "world_sha": world.sha(),
        "scan_seconds": round(secs, 1) if secs is not None else None,
        "precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4), "tp": tp, "fp": fp, "fn": fn,
        "honest_high_share": round(honest_high / honest_n, 5) if honest_n else 0.0,
        "honest_medium_share": round(honest_med / honest_n, 5) if honest_n else 0.0,
        "honest_kinds": {k: {"n": v[0], "high_pct": round(100 * v[1] / v[0], 2)} for k, v in sorted(hk.items(), key=lambda x: -x[1][0])},
        "fraud_kinds": {k: {"n": v[0], "caught_pct": round(100 * v[1] / v[0], 2)} for k, v in sorted(fk.items(), key=lambda x: -x[1][0])},
    }
    took = f"scan={secs:.0f}s" if secs is not None else f"scan read from {out_dir}"
    print(f"blind{world.number} {world.name}  subjects={size} seed={seed} world={res['world_sha']} {took}")
    print(f"precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}   tp {tp}  fp {fp}  fn {fn}")
    print(f"honest at high {100 * res['honest_high_share']:.2f}%   at medium {100 * res['honest_medium_share']:.2f}%")
    print("honest kinds (n, % high):")
    for k, v in res["honest_kinds"].items():
        print(f"  {k:28s} {v['n']:6d}  {v['high_pct']:6.2f}%")
    print("fraud kinds (n, % caught):")
    for k, v in res["fraud_kinds"].items():
        print(f"  {k:28s} {v['n']:6d}  {v['caught_pct']:6.2f}%")
    out = ROOT / "bench" / "results" / f"blind{world.number}-{size}-{seed}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=2) + "\n")
    print(f"wrote {out.relative_to(ROOT)}")


def main(world: BlindWorld, doc: str | None = None) -> None:
    ap = argparse.ArgumentParser(description=doc or __doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check-load", action="store_true", help="print only the exit code and load warnings")
    ap.add_argument("--scored", type=Path, metavar="OUT_DIR",
                    help="score the output folder of a scan already run on this world's bundle "
                         "(another checkout's, say) instead of scanning")
    a = ap.parse_args()
    d = ensure_world(world, a.subjects, a.seed)
    if a.check_load:
        check_load(d)
    elif a.scored:
        score(world, d, a.scored, a.subjects, a.seed, None)
    else:
        measure(world, d, a.subjects, a.seed)
