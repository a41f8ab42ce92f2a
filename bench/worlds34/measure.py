"""Blind world 34 (Vendorly, a vendor-management system for contingent IT labour): generate once, scan, score.

    python bench/worlds34/measure.py --subjects 20000 --seed 1 [--check-load]

The harness (bench/world_harness.py) generates the world once into /tmp/ringwatch-blind34/,
scans it and writes bench/results/blind34-<size>-<seed>.json; --check-load prints only the
scan's exit code and its load warnings (never scores).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.world_harness import BlindWorld, main  # noqa: E402

WORLD = BlindWorld(number=34, name="Vendorly", slug="blind34-vendorly",
                   generator=("world.py", "data.py", "common.py", "lives.py", "media.py",
                              "honest.py", "fraud.py"))

if __name__ == "__main__":
    main(WORLD, __doc__)
