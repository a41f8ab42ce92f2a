"""Blind world 24 (Verity, an employment background-check and identity-verification vendor): generate once, scan, score.

    python bench/worlds24/measure.py --subjects 20000 --seed 1 [--check-load]

The harness (bench/world_harness.py) generates the world once into /tmp/ringwatch-blind24/,
scans it and writes bench/results/blind24-<size>-<seed>.json; --check-load prints only the
scan's exit code and its load warnings (never scores).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.world_harness import BlindWorld, main  # noqa: E402

WORLD = BlindWorld(number=24, name="Verity", slug="blind24-verity",
                   generator=("world.py", "data.py", "infra.py", "media.py", "life.py", "people.py",
                              "rings.py", "export.py"))

if __name__ == "__main__":
    main(WORLD, __doc__)
