"""Blind world 36 (Campusline, a university career-services and student job platform pooled with partner bootcamps and the remote-first employers hiring through it): generate once, scan, score.

    python bench/worlds36/measure.py --subjects 20000 --seed 1 [--check-load]

The harness (bench/world_harness.py) generates the world once into /tmp/ringwatch-blind36/,
scans it and writes bench/results/blind36-<size>-<seed>.json; --check-load prints only the
scan's exit code and its load warnings (never scores).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.world_harness import BlindWorld, main  # noqa: E402

WORLD = BlindWorld(number=36, name="Campusline", slug="blind36-campusline",
                   generator=("world.py", "data.py", "infra.py", "institutions.py", "lives.py", "media.py",
                              "honest.py", "fraud.py", "export.py"))

if __name__ == "__main__":
    main(WORLD, __doc__)
