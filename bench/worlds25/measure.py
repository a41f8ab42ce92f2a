"""Blind world 25 (Keelbank, a US neobank / payout-account provider for remote contractors): generate once, scan, score.

    python bench/worlds25/measure.py --subjects 20000 --seed 1 [--check-load]

The harness (bench/world_harness.py) generates the world once into /tmp/ringwatch-blind25/,
scans it and writes bench/results/blind25-<size>-<seed>.json; --check-load prints only the
scan's exit code and its load warnings (never scores).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.world_harness import BlindWorld, main  # noqa: E402

WORLD = BlindWorld(number=25, name="Keelbank", slug="blind25-keelbank",
                   generator=("world.py", "data.py", "infra.py", "life.py", "people.py", "rings.py",
                              "media.py", "export.py"))

if __name__ == "__main__":
    main(WORLD, __doc__)
