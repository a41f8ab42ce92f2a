"""Farm recall on the generator's vendor-format world: synth -> import -> scan.

    python bench/farms.py                                  # 20,000 subjects, seed 1, employer world
    python bench/farms.py --subjects 200000 --seed 2 --world mixed --keep /tmp/farms

What it runs, as a user would, through the command line:

1. `ringwatch synth OUT/gen --subjects N --seed S --world W --vendor-logs`: the world, its ground
   truth (`truth.csv`, outside the bundle) and its sign-ins and endpoint telemetry in the vendors'
   formats (`gen/vendor/`: Okta System Log JSON lines, Entra ID Graph sign-in pages, osquery
   results);
2. a fresh bundle holding only the world's `subjects.csv` (the HR list of people), then
   `ringwatch import okta`, `ringwatch import entra` and `ringwatch import osquery` of those
   vendor files into it (the "vendor" bundle); and a second bundle that also gets the HR system's
   shipments and payroll, imported as CSV exports with `ringwatch import csv --mapping`, and the
   applicant-tracking system's photo and resume files (the "vendor + HR" bundle);
3. `ringwatch scan` of each.

It prints, for each bundle, recall at high of the subjects in planted laptop farms (truth:
fraud = 1 with the `laptop_farm` tactic; also split into the members the generator actually
sat at the farm, those whose work machine reports the ring's farm network in the generator's
own endpoint table, and the rest), which of them were missed and with what reasons, and the
share of honest households and offices at high (truth `negative`: family, roommates,
family_accounts, office, office_shipping, coworking). Targets (issue 8): farm recall >= 0.95,
honest households and offices at high <= 0.5%. Prints figures only, asserts nothing; writes
bench/results/farms-<size>-<seed>.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

HOUSEHOLDS = ("family", "roommates", "family_accounts")
OFFICES = ("office", "office_shipping", "coworking")
TARGET_RECALL = 0.95
TARGET_HONEST_HIGH = 0.005

SHIPMENTS_MAPPING = """table = "shipments"
[columns]
subject_id = "subject_id"
ts = "ts"
asset = "asset"
address = "address"
[id]
columns = ["subject_id", "asset"]
"""
PAYMENTS_MAPPING = """table = "payments"
[columns]
subject_id = "subject_id"
ts = "ts"
amount = "amount"
currency = "currency"
method = "method"
destination = "destination"
"""


def _ringwatch() -> list[str]:
    exe = shutil.which("ringwatch") or str(Path(sys.executable).with_name("ringwatch"))
    return [exe]


def _run(args: list[str]) -> tuple[float, str]:
    t = time.monotonic()
    p = subprocess.run(_ringwatch() + args, capture_output=True, text=True, check=False)
    if p.returncode not in ((0, 1) if args[0] == "scan" else (0,)):  # scan: 1 = highs found
        raise SystemExit(f"ringwatch {' '.join(args)} failed ({p.returncode}):\n{p.stdout[-2000:]}{p.stderr[-2000:]}")
    return time.monotonic() - t, p.stdout


def _rows(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _at_farm(gen: Path, truth: dict[str, dict]) -> set[str]:
    """Farm-ring members whose machine reports a local network another member of the same ring
    reports (the generator sat them at the farm), from the generator's own endpoint table."""
    endpoint = gen / "bundle" / "endpoint.csv"
    if not endpoint.exists():
        return set()
    nets: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in _rows(endpoint):
        t = truth.get(r["subject_id"])
        if r["kind"] == "network" and t and "laptop_farm" in t["tactics"]:
            nets[(t["ring"], r["value"])].add(r["subject_id"])
    return {s for members in nets.values() if len(members) >= 2 for s in members}


def evaluate(truth: dict[str, dict], scores: dict[str, dict], at_farm: set[str]) -> dict:
    farm = [s for s, t in truth.items() if t["fraud"] == "1" and "laptop_farm" in t["tactics"].split(";")]
    high = {s for s, r in scores.items() if r["level"] == "high"}

    def recall(ids) -> dict:
        ids = list(ids)
        return {"n": len(ids), "high": sum(s in high for s in ids),
                "recall": sum(s in high for s in ids) / len(ids) if ids else 0.0}

    missed = [s for s in farm if s not in high]
    reasons = Counter(r for s in missed for r in (scores[s]["reasons"].split(";") if scores[s]["reasons"] else ["(none)"]))
    honest = {}
    for kind in HOUSEHOLDS + OFFICES:
        ids = [s for s, t in truth.items() if t["negative"] == kind]
        if ids:
            honest[kind] = {"n": len(ids), "high": sum(s in high for s in ids),
                            "medium": sum(scores[s]["level"] == "medium" for s in ids)}
    n_honest = sum(v["n"] for v in honest.values())
    h_honest = sum(v["high"] for v in honest.values())
    all_honest = [s for s, t in truth.items() if t["fraud"] == "0"]
    # Sessions open for days: who the signal fired on, and at what level.
    long_sessions = [s for s, r in scores.items() if "REMOTE_SESSION_DAYS" in r["reasons"].split(";")]
    sessions = {"farm": dict(Counter(scores[s]["level"] for s in long_sessions if s in set(farm))),
                "honest": dict(Counter(scores[s]["level"] for s in long_sessions if truth[s]["fraud"] == "0")),
                "honest_kinds": dict(Counter(truth[s]["negative"] or "benign" for s in long_sessions
                                             if truth[s]["fraud"] == "0"))}
    return {
        "farm": recall(farm),
        "farm_at_farm": recall(s for s in farm if s in at_farm),
        "farm_not_at_farm": recall(s for s in farm if s not in at_farm),
        "farm_by_level": dict(Counter(scores[s]["level"] for s in farm)),
        "missed": [{"id": s, "level": scores[s]["level"], "score": float(scores[s]["score"]),
                    "at_farm": s in at_farm, "tactics": truth[s]["tactics"], "reasons": scores[s]["reasons"]}
                   for s in sorted(missed)],
        "missed_reasons": dict(reasons.most_common()),
        "households_offices": {"n": n_honest, "high": h_honest, "high_share": h_honest / n_honest if n_honest else 0.0,
                               "by_kind": honest},
        "honest_high_share": sum(s in high for s in all_honest) / len(all_honest) if all_honest else 0.0,
        "remote_session_days": sessions,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--subjects", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--world", default="employer", choices=("employer", "mixed"))
    ap.add_argument("--keep", type=Path, help="keep the world, bundles and scans here")
    ap.add_argument("--out", type=Path, help="results JSON (default bench/results/farms-<size>-<seed>.json)")
    args = ap.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="ringwatch-farms-"))
    root.mkdir(parents=True, exist_ok=True)
    gen = root / "gen"
    out = args.out or Path(__file__).parent / "results" / f"farms-{args.subjects}-{args.seed}.json"
    result: dict = {"subjects": args.subjects, "seed": args.seed, "world": args.world, "seconds": {}}
    try:
        if gen.exists():
            shutil.rmtree(gen)
        secs, _ = _run(["synth", str(gen), "--subjects", str(args.subjects), "--seed", str(args.seed),
                        "--world", args.world, "--vendor-logs"])
        result["seconds"]["synth"] = round(secs, 1)
        print(f"synth: {args.subjects:,} subjects, {args.world} world, seed {args.seed}: {secs:.0f}s", flush=True)
        truth = {r["subject_id"]: r for r in _rows(gen / "truth.csv")}
        at_farm = _at_farm(gen, truth)
        vendor = gen / "vendor"
        sources = [("okta", [vendor / "okta.jsonl"]), ("entra", sorted((vendor / "entra").glob("*.json"))),
                   ("osquery", [vendor / "osquery.results.log"])]
        for variant in ("vendor", "vendor+hr"):
            bundle = root / variant / "bundle"
            if bundle.parent.exists():
                shutil.rmtree(bundle.parent)
            bundle.mkdir(parents=True)
            shutil.copy(gen / "bundle" / "subjects.csv", bundle / "subjects.csv")
            if variant == "vendor+hr":  # the ATS's photo and resume files the subjects table names
                for folder in ("photos", "resumes"):
                    if (gen / "bundle" / folder).is_dir():
                        shutil.copytree(gen / "bundle" / folder, bundle / folder)
            imports = {}
            for source, files in sources:
                files = [f for f in files if f.exists()]
                if not files:
                    continue
                secs, text = _run(["import", source, *map(str, files), "--into", str(bundle), "--json"])
                summary = json.loads(text[text.index("{"):])
                imports[source] = {"records": summary.get("records"), "written": summary.get("written"),
                                   "unmatched_rows": summary.get("unmatched_rows"), "seconds": round(secs, 1)}
                print(f"  [{variant}] import {source}: {summary.get('records'):,} records, written "
                      f"{summary.get('written')}, unmatched rows {summary.get('unmatched_rows')}, {secs:.0f}s", flush=True)
            if variant == "vendor+hr":
                for table, mapping in (("shipments", SHIPMENTS_MAPPING), ("payments", PAYMENTS_MAPPING)):
                    export = gen / "bundle" / f"{table}.csv"
                    if not export.exists():
                        continue
                    mfile = root / variant / f"{table}.toml"
                    mfile.write_text(mapping, encoding="utf-8")
                    secs, text = _run(["import", "csv", str(export), "--mapping", str(mfile), "--into", str(bundle), "--json"])
                    summary = json.loads(text[text.index("{"):])
                    imports[table] = {"records": summary.get("records"), "written": summary.get("written"),
                                      "seconds": round(secs, 1)}
            scan_dir = root / variant / "scan"
            secs, _ = _run(["scan", str(bundle), "--out", str(scan_dir), "--quiet"])
            scores = {r["id"]: r for r in _rows(scan_dir / "subjects.csv")}
            figures = evaluate(truth, scores, at_farm)
            figures["imports"] = imports
            figures["scan_seconds"] = round(secs, 1)
            result[variant] = figures
            f, ho = figures["farm"], figures["households_offices"]
            print(f"[{variant}] farm recall at high {f['recall']:.3f} ({f['high']}/{f['n']}; target >= {TARGET_RECALL}) "
                  f"- at the farm {figures['farm_at_farm']['recall']:.3f} (n={figures['farm_at_farm']['n']}), "
                  f"not at it {figures['farm_not_at_farm']['recall']:.3f} (n={figures['farm_not_at_farm']['n']}); "
                  f"levels {figures['farm_by_level']}", flush=True)
            print(f"[{variant}] honest households and offices at high {ho['high_share']:.2%} ({ho['high']}/{ho['n']}; "
                  f"target <= {TARGET_HONEST_HIGH:.1%}); all honest at high {figures['honest_high_share']:.2%}; "
                  + ", ".join(f"{k} {v['high']}/{v['n']}" for k, v in ho["by_kind"].items()), flush=True)
            rs = figures["remote_session_days"]
            print(f"[{variant}] REMOTE_SESSION_DAYS on farm members {rs['farm']}, on honest people {rs['honest']} "
                  f"({rs['honest_kinds']})", flush=True)
            if figures["missed"]:
                print(f"[{variant}] missed farm members' reasons: {figures['missed_reasons']}", flush=True)
                for m in figures["missed"][:12]:
                    print(f"    {m['id']} {m['level']} {m['score']:.2f} at_farm={m['at_farm']} "
                          f"tactics={m['tactics']} reasons={m['reasons']}", flush=True)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out}")
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
