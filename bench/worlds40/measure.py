"""Blind world 40 (Bookwell, a remote finance-and-IT outsourcing firm pooled with its small-business clients' sign-ins, its RMM telemetry, payroll and shipping): generate once, scan, score.

    python bench/worlds40/measure.py --subjects 20000 --seed 1 [--check-load]

The harness (bench/world_harness.py) generates the world once into /tmp/ringwatch-blind40/,
scans it and writes bench/results/blind40-<size>-<seed>.json; --check-load prints only the
scan's exit code and its load warnings (never scores).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.world_harness import BlindWorld, main  # noqa: E402

WORLD = BlindWorld(number=40, name="Bookwell", slug="blind40-bookwell",
                   generator=("world.py", "data.py", "infra.py", "lives.py", "media.py",
                              "honest.py", "fraud.py"))

if __name__ == "__main__":
    main(WORLD, __doc__)
