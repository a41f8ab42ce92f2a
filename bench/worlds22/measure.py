"""Blind world 22 (Gigforge, a freelance software-development marketplace): generate once, scan, score.

    python bench/worlds22/measure.py --subjects 20000 --seed 1 [--check-load]

The harness (bench/world_harness.py) generates the world once into /tmp/ringwatch-blind22/,
scans it and writes bench/results/blind22-<size>-<seed>.json; --check-load prints only the
scan's exit code and its load warnings (never scores).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.world_harness import BlindWorld, main  # noqa: E402

WORLD = BlindWorld(number=22, name="Gigforge", slug="blind22-gigforge",
                   generator=("world.py", "data.py", "infra.py", "build.py", "market.py",
                              "people.py", "rings.py", "events.py", "export.py", "media.py"))

if __name__ == "__main__":
    main(WORLD, __doc__)
