"""Blind world 37 (Appharbor, an app-store developer program pooled with the same company's app-development contracting marketplace): generate once, scan, score.

    python bench/worlds37/measure.py --subjects 20000 --seed 1 [--check-load]

The harness (bench/world_harness.py) generates the world once into /tmp/ringwatch-blind37/,
scans it and writes bench/results/blind37-<size>-<seed>.json; --check-load prints only the
scan's exit code and its load warnings (never scores).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.world_harness import BlindWorld, main  # noqa: E402

WORLD = BlindWorld(number=37, name="Appharbor", slug="blind37-appharbor",
                   generator=("world.py", "data.py", "infra.py", "lives.py", "media.py",
                              "honest.py", "fraud.py", "export.py"))

if __name__ == "__main__":
    main(WORLD, __doc__)
