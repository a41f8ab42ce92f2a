"""Measure ringwatch on world 15 (an MSSP pooling its clients' vendor exports).

    python bench/worlds15/measure.py --subjects 20000 --seed 1 [--check-load]

Generates the world once into /tmp/ringwatch-blind15/<size>-<seed>-<sha256(world.py)[:10]>/
(written into a .tmp folder, renamed when complete; the digest of catalog.py, world.py's static
data, is recorded inside and a folder made from another catalog is regenerated), runs the `ringwatch import` commands the
generator listed (imports.json) into <dir>/bundle/, copies the attachments and the directly
written tables in, then runs `ringwatch scan <dir>/bundle --out <dir>/out`.

--check-load: the scan runs with --json and only the exit code, the imports' counts (rows
written / unmatched / warnings) and the number of load warnings are printed: nothing about
scores or levels. Without it: precision, recall and F1 of level == "high", the share of honest
subjects at high and at medium, per honest kind and per fraud kind, written to
bench/results/blind15-<size>-<seed>.json.
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
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
ROOT = Path("/tmp/ringwatch-blind15")


def ringwatch_exe() -> str:
    exe = shutil.which("ringwatch")
    if exe:
        return exe
    cand = REPO / ".venv/bin/ringwatch"
    if cand.exists():
        return str(cand)
    sys.exit("ringwatch not found (activate /work/main/.venv)")


def world_hash() -> str:
    return hashlib.sha256((HERE / "world.py").read_bytes()).hexdigest()[:10]


def catalog_hash() -> str:
    """world.py's static data lives in catalog.py: recorded inside the folder, regenerated on change."""
    return hashlib.sha256((HERE / "catalog.py").read_bytes()).hexdigest()[:10]


def generate(size: int, seed: int) -> Path:
    d = ROOT / f"{size}-{seed}-{world_hash()}"
    if (d / "imports.json").exists():
        if (d / "catalog.sha").exists() and (d / "catalog.sha").read_text().strip() == catalog_hash():
            return d
        shutil.rmtree(d)
    tmp = d.with_name(d.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    t0 = time.time()
    sys.path.insert(0, str(REPO))
    from bench.worlds15.world import generate as gen
    gen(tmp, size, seed)
    (tmp / "catalog.sha").write_text(catalog_hash() + "\n")
    tmp.rename(d)
    print(f"generated {d} in {time.time() - t0:.0f}s", flush=True)
    return d


def _count_summary(js) -> dict:
    """The counts of an import's --json summary: records read, rows written per table, duplicates,
    unmatched identities and rows, skipped, warnings."""
    keep = {}
    for k in ("records", "written", "duplicates", "subjects_created", "unmatched_identities", "unmatched_rows", "skipped"):
        if k in js:
            keep[k] = js[k]
    w = js.get("warnings")
    keep["warnings"] = w.get("total") if isinstance(w, dict) else w
    if not js.get("ok", True):
        keep["error"] = js.get("error")
    return keep


def build_bundle(d: Path, quiet=False) -> list:
    exe = ringwatch_exe()
    bundle = d / "bundle"
    meta = json.loads((d / "imports.json").read_text())
    if (bundle / ".complete").exists():
        return json.loads((bundle / ".complete").read_text())
    shutil.rmtree(bundle, ignore_errors=True)
    summaries = []
    for cmd in meta["imports"]:
        argv = [exe, "import", cmd["source"], *[str(d / f) for f in cmd["files"]], "--into", str(bundle), "--json",
                "--unmatched", str(d / f"unmatched-{len(summaries):02d}-{cmd['source']}.csv")]
        if cmd.get("mapping"):
            argv += ["--mapping", str(d / cmd["mapping"])]
        if cmd.get("identity_map"):
            argv += ["--identity-map", str(d / cmd["identity_map"])]
        t0 = time.time()
        p = subprocess.run(argv, capture_output=True, text=True)
        try:
            js = json.loads(p.stdout) if p.stdout.strip() else {}
        except json.JSONDecodeError:
            js = {"unparsed_stdout": p.stdout[-2000:]}
        label = f"{cmd['source']} {' '.join(Path(f).name for f in cmd['files'][:2])}{' ...' if len(cmd['files']) > 2 else ''} ({len(cmd['files'])} files)"
        summaries.append(dict(import_=label, rc=p.returncode, seconds=round(time.time() - t0, 1), counts=_count_summary(js),
                              stderr=(p.stderr.strip().splitlines() or [""])[-1][:300] if p.returncode else ""))
        if not quiet:
            print(json.dumps(summaries[-1]), flush=True)
    for src, dst in meta["copy"]:
        s, t = d / src, bundle / dst
        if s.is_dir():
            shutil.copytree(s, t, dirs_exist_ok=True)
        else:
            shutil.copy2(s, t)
    (bundle / ".complete").write_text(json.dumps(summaries))
    return summaries


def scan(d: Path, as_json: bool):
    exe = ringwatch_exe()
    argv = [exe, "scan", str(d / "bundle"), "--out", str(d / "out")]
    if as_json:
        argv += ["--json"]
    else:
        argv += ["--quiet"]
    t0 = time.time()
    p = subprocess.run(argv, capture_output=True, text=True)
    return p, time.time() - t0


def check_load(d: Path):
    summaries = build_bundle(d, quiet=True)
    for s in summaries:
        print(json.dumps(s))
    p, secs = scan(d, as_json=True)
    out = {"scan_exit_code": p.returncode, "scan_seconds": round(secs)}
    try:
        js = json.loads(p.stdout)
        w = js.get("warnings") or {}
        out["load_warnings"] = w.get("total") if isinstance(w, dict) else w
        if not js.get("ok", True):
            out["error"] = js.get("error")
    except json.JSONDecodeError:
        out["stdout_tail"] = p.stdout[-500:]
    if p.returncode not in (0, 1):
        out["stderr_tail"] = p.stderr[-800:]
    print(json.dumps(out))


def split(k):
    return [x for x in (k or "").split(";") if x]


def evaluate(d: Path, size: int, seed: int):
    build_bundle(d)
    p, secs = scan(d, as_json=False)
    if p.returncode not in (0, 1):
        sys.exit(f"scan failed ({p.returncode}): {p.stderr[-1000:]}")
    truth = {}
    with open(d / "truth.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            truth[row["subject_id"]] = row
    level = {}
    with open(d / "out" / "subjects.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            sid = row["id"]
            if sid.startswith("'") and sid[1:] in truth:
                sid = sid[1:]
            level[sid] = row["level"]
    tp = fp = fn = 0
    honest_n = honest_high = honest_med = 0
    hk, fk = {}, {}
    missing = [s for s in truth if s not in level]
    for sid, t in truth.items():
        lv = level.get(sid, "low")
        pos = lv == "high"
        if t["fraud"] == "1":
            tp += pos
            fn += not pos
            for k in split(t["kind"]):
                a = fk.setdefault(k, [0, 0])
                a[0] += 1
                a[1] += pos
        else:
            fp += pos
            honest_n += 1
            honest_high += pos
            honest_med += lv == "medium"
            for k in split(t["kind"]):
                a = hk.setdefault(k, [0, 0])
                a[0] += 1
                a[1] += pos
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    res = dict(world="blind15", subjects=size, seed=seed, scan_seconds=round(secs), precision=round(prec, 4), recall=round(rec, 4),
               f1=round(f1, 4), tp=tp, fp=fp, fn=fn, honest=honest_n, honest_high_share=round(honest_high / max(1, honest_n), 5),
               honest_medium_share=round(honest_med / max(1, honest_n), 5), missing_in_output=len(missing),
               honest_kinds={k: dict(n=v[0], high_pct=round(100 * v[1] / v[0], 2)) for k, v in sorted(hk.items())},
               fraud_kinds={k: dict(n=v[0], recall=round(v[1] / v[0], 3)) for k, v in sorted(fk.items())})
    print(f"precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    print(f"honest at high {100 * res['honest_high_share']:.2f}%  at medium {100 * res['honest_medium_share']:.2f}%  (n={honest_n})")
    print("honest kinds (n, high %):")
    for k, v in res["honest_kinds"].items():
        print(f"  {k:28s} {v['n']:6d}  {v['high_pct']:6.2f}%")
    print("fraud kinds (n, recall):")
    for k, v in res["fraud_kinds"].items():
        print(f"  {k:28s} {v['n']:6d}  {v['recall']:.3f}")
    outp = REPO / "bench" / "results" / f"blind15-{size}-{seed}.json"
    outp.parent.mkdir(parents=True, exist_ok=True)
    outp.write_text(json.dumps(res, indent=1) + "\n")
    print(f"wrote {outp}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check-load", action="store_true")
    a = ap.parse_args(argv)
    d = generate(a.subjects, a.seed)
    if a.check_load:
        check_load(d)
    else:
        evaluate(d, a.subjects, a.seed)


if __name__ == "__main__":
    main()
