"""Detection quality on the scenario generator: precision, recall, F1, AP, per-tactic recall and
the false-positive rate of every hard-negative kind.

    python bench/quality.py                       # seeds 1 2 3 at 5,000 and 20,000 subjects
    python bench/quality.py --seeds 1 --sizes 3000
    python bench/quality.py --remote-tools ../shared/samples/indicators/lolrmm_tools_process_names.csv

Prints a table per run and a summary; writes bench/results/quality.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from sklearn.metrics import average_precision_score

from ringwatch.pipeline import scan
from ringwatch.synth import generate


def _read_csv(path: Path) -> dict[str, dict]:
    with path.open(newline="", encoding="utf-8") as fh:
        return {row.get("id") or row["subject_id"]: row for row in csv.DictReader(fh)}


def evaluate(truth: dict[str, dict], scored: dict[str, dict]) -> dict:
    y_true, y_score, flagged = [], [], []
    tactic_hits, tactic_total = defaultdict(int), defaultdict(int)
    neg_hits, neg_total = defaultdict(int), defaultdict(int)
    for sid, t in truth.items():
        s = scored[sid]
        fraud = t["fraud"] == "1"
        high = s["level"] == "high"
        y_true.append(int(fraud))
        y_score.append(float(s["score"]))
        flagged.append(high)
        if fraud:
            for tactic in filter(None, t["tactics"].split(";")):
                tactic_total[tactic] += 1
                tactic_hits[tactic] += high
        if t["negative"]:
            neg_total[t["negative"]] += 1
            neg_hits[t["negative"]] += high
    tp = sum(1 for y, f in zip(y_true, flagged) if y and f)
    fp = sum(1 for y, f in zip(y_true, flagged) if not y and f)
    fn = sum(1 for y, f in zip(y_true, flagged) if y and not f)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    negatives = sum(1 for y in y_true if not y)
    return {
        "subjects": len(y_true), "fraud": sum(y_true), "tp": tp, "fp": fp, "fn": fn,
        "precision": precision, "recall": recall, "f1": f1,
        "average_precision": float(average_precision_score(y_true, y_score)),
        "fpr_overall": fp / negatives if negatives else 0.0,
        "tactic_recall": {k: tactic_hits[k] / tactic_total[k] for k in sorted(tactic_total)},
        "tactic_support": dict(sorted(tactic_total.items())),
        "negative_fpr": {k: neg_hits[k] / neg_total[k] for k in sorted(neg_total)},
        "negative_support": dict(sorted(neg_total.items())),
    }


def run_one(size: int, seed: int, workdir: Path) -> dict:
    case = workdir / f"n{size}-s{seed}"
    generate(case, subjects=size, seed=seed)
    started = time.perf_counter()
    scan(case / "bundle", case / "scan")
    seconds = time.perf_counter() - started
    result = evaluate(_read_csv(case / "truth.csv"), _read_csv(case / "scan" / "subjects.csv"))
    result.update(size=size, seed=seed, scan_seconds=round(seconds, 2))
    return result


def _print(result: dict) -> None:
    print(f"\n== {result['size']:,} subjects, seed {result['seed']} "
          f"({result['fraud']} fraud, scan {result['scan_seconds']}s)")
    print(f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
          f"F1 {result['f1']:.3f}  AP {result['average_precision']:.3f}  "
          f"FPR {result['fpr_overall']:.4%}  (tp {result['tp']}, fp {result['fp']}, fn {result['fn']})")
    print("recall per tactic:")
    for k, v in result["tactic_recall"].items():
        print(f"  {k:<18} {v:.3f}  (n={result['tactic_support'][k]})")
    print("false-positive rate per hard-negative kind:")
    for k, v in result["negative_fpr"].items():
        print(f"  {k:<20} {v:.4%}  (n={result['negative_support'][k]})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "quality.json")
    parser.add_argument("--keep", type=Path, help="keep the generated bundles and scans here")
    parser.add_argument("--remote-tools", type=Path,
                        help="scan with this remote-tool list (LOLRMM layout) instead of the bundled one")
    args = parser.parse_args(argv)
    if args.remote_tools:
        os.environ["RINGWATCH_REMOTE_TOOLS"] = str(args.remote_tools.resolve())
    results = []
    with tempfile.TemporaryDirectory(prefix="ringwatch-quality-") as tmp:
        workdir = args.keep or Path(tmp)
        for size in args.sizes:
            for seed in args.seeds:
                result = run_one(size, seed, workdir)
                _print(result)
                results.append(result)
    worst_tactic = min((v, k) for r in results for k, v in r["tactic_recall"].items())
    worst_negative = max((v, k) for r in results for k, v in r["negative_fpr"].items())
    print("\n== summary")
    print(f"F1 at level=high: min {min(r['f1'] for r in results):.3f}, "
          f"mean {sum(r['f1'] for r in results) / len(results):.3f}")
    print(f"AP: min {min(r['average_precision'] for r in results):.3f}")
    print(f"lowest tactic recall: {worst_tactic[1]} {worst_tactic[0]:.3f}")
    print(f"highest hard-negative FPR: {worst_negative[1]} {worst_negative[0]:.4%}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
