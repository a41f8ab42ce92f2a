"""Blind world 20 (Taskgrid, an AI-training-data and micro-task marketplace): generate once, scan, score.

    python bench/worlds20/measure.py --subjects 20000 --seed 1 [--check-load]

The harness (bench/world_harness.py) generates the world once into /tmp/ringwatch-blind20/,
scans it and writes bench/results/blind20-<size>-<seed>.json; --check-load prints only the
scan's exit code and its load warnings (never scores).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.world_harness import BlindWorld, main  # noqa: E402

WORLD = BlindWorld(number=20, name="Taskgrid", slug="blind20-taskgrid",
                   generator=("world.py", "common.py", "build.py", "people.py", "lives.py",
                              "rings.py", "events.py", "export.py", "data.py", "media.py"))

if __name__ == "__main__":
    main(WORLD, __doc__)
