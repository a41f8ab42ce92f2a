"""Blind world 33 (Gridcraft, a game-development outsourcing marketplace pooled with its partner game studios): generate once, scan, score.

    python bench/worlds33/measure.py --subjects 20000 --seed 1 [--check-load]

The harness (bench/world_harness.py) generates the world once into /tmp/ringwatch-blind33/,
scans it and writes bench/results/blind33-<size>-<seed>.json; --check-load prints only the
scan's exit code and its load warnings (never scores).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.world_harness import BlindWorld, main  # noqa: E402

WORLD = BlindWorld(number=33, name="Gridcraft", slug="blind33-gridcraft",
                   generator=("world.py", "data.py", "common.py", "honest.py", "fraud.py"))

if __name__ == "__main__":
    main(WORLD, __doc__)
