"""Scan speed and peak memory at growing sizes, against a plain DuckDB load of the same files.

    python bench/speed.py                       # 10k, 100k and 1M subjects, ~10 logins each
    python bench/speed.py --sizes 10000 100000

Each measurement runs in a fresh subprocess so peak memory is its own: ru_maxrss of the scan
process, and the sampled (every 0.2 s) resident memory of it plus its worker processes. Bundles are
generated as Parquet under --workdir (not timed) and reused on the next run.
Writes bench/results/speed.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

_SCAN = textwrap.dedent("""
    import json, resource, sys, time
    from peak_memory import PeakMemory  # bench/, on the child's path (_run)
    from ringwatch.pipeline import scan

    started = time.perf_counter()
    with PeakMemory() as peak:
        result = scan(sys.argv[1], sys.argv[2])
    print(json.dumps({"seconds": time.perf_counter() - started,
                      "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "tree_peak_mib": peak.mib,
                      "stages": result.stage_seconds, "rings": result.rings,
                      "levels": result.levels}))
""")

_PLAIN_LOAD = textwrap.dedent("""
    import json, resource, sys, time, duckdb
    from pathlib import Path
    started = time.perf_counter()
    con = duckdb.connect(sys.argv[2])
    for f in sorted(Path(sys.argv[1]).glob("*.parquet")):
        con.execute(f"CREATE OR REPLACE TABLE {f.stem} AS SELECT * FROM read_parquet('{f}')")
    con.close()
    print(json.dumps({"seconds": time.perf_counter() - started,
                      "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
""")


def child_env() -> dict[str, str]:
    """The environment of a scan subprocess: bench/ on its path, for peak_memory."""
    bench = str(Path(__file__).parent)
    return dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [bench, os.environ.get("PYTHONPATH")])))


def _run(code: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True,
                         text=True, env=child_env())
    return json.loads(out.stdout.strip().splitlines()[-1])


def ensure_bundle(workdir: Path, size: int, seed: int, logins: float) -> Path:
    case = workdir / f"speed-{size}"
    if not (case / "bundle" / "subjects.parquet").exists():
        from ringwatch.synth import generate

        started = time.perf_counter()
        generate(case, subjects=size, seed=seed, logins_per_subject=logins, fmt="parquet")
        print(f"generated {size:,} subjects in {time.perf_counter() - started:.0f}s", flush=True)
    return case


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--logins-per-subject", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/ringwatch-speed"))
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "speed.json")
    args = parser.parse_args(argv)
    rows = []
    for size in args.sizes:
        case = ensure_bundle(args.workdir, size, args.seed, args.logins_per_subject)
        bundle = case / "bundle"
        logins = _count_rows(bundle / "logins.parquet")
        plain = _run(_PLAIN_LOAD, str(bundle), str(case / "plain.duckdb"))
        (case / "plain.duckdb").unlink(missing_ok=True)
        scanned = _run(_SCAN, str(bundle), str(case / "scan"))
        row = {"subjects": size, "logins": logins, "scan_seconds": round(scanned["seconds"], 1),
               "peak_mib": round(scanned["peak_mib"]),
               "tree_peak_mib": round(scanned["tree_peak_mib"]),
               "plain_load_seconds": round(plain["seconds"], 2),
               "ratio_to_plain_load": round(scanned["seconds"] / plain["seconds"], 1),
               "stages": {k: round(v, 1) for k, v in scanned["stages"].items()},
               "rings": scanned["rings"], "levels": scanned["levels"]}
        rows.append(row)
        print(f"{size:>9,} subjects {logins:>11,} logins: scan {row['scan_seconds']:>7.1f}s  "
              f"peak {row['peak_mib']:>6,} MiB (with workers {row['tree_peak_mib']:,} MiB)  plain load {row['plain_load_seconds']:>6.2f}s  "
              f"ratio {row['ratio_to_plain_load']:>5.1f}x  stages {row['stages']}", flush=True)
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        growth = (last["scan_seconds"] / first["scan_seconds"]) / (last["subjects"] / first["subjects"])
        print(f"time per subject at {last['subjects']:,} vs {first['subjects']:,}: {growth:.2f}x "
              f"(1.0 = perfectly linear)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(rows, indent=2))
    return 0


def _count_rows(path: Path) -> int:
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).metadata.num_rows if path.exists() else 0


if __name__ == "__main__":
    sys.exit(main())
