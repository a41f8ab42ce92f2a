"""Blind world 44 (Hanbit, a Seoul- and Tokyo-headquartered game and fintech company with a global remote workforce; a fairness stress test): generate once, scan, score.

    python bench/worlds44/measure.py --subjects 20000 --seed 1 [--check-load]

The harness (bench/world_harness.py) generates the world once into /tmp/ringwatch-blind44/,
scans it and writes bench/results/blind44-<size>-<seed>.json; --check-load prints only the
scan's exit code and its load warnings (never scores).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.world_harness import BlindWorld, main  # noqa: E402

WORLD = BlindWorld(number=44, name="Hanbit", slug="blind44-hanbit",
                   generator=("world.py", "data.py", "infra.py", "lives.py", "media.py", "people.py", "honest.py",
                              "fraud.py"))

if __name__ == "__main__":
    main(WORLD, __doc__)
