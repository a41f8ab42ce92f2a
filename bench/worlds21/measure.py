"""Blind world 21 (Assessly, a technical-assessment and video-interview platform): generate once, scan, score.

    python bench/worlds21/measure.py --subjects 20000 --seed 1 [--check-load]

The harness (bench/world_harness.py) generates the world once into /tmp/ringwatch-blind21/,
scans it and writes bench/results/blind21-<size>-<seed>.json; --check-load prints only the
scan's exit code and its load warnings (never scores).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.world_harness import BlindWorld, main  # noqa: E402

WORLD = BlindWorld(number=21, name="Assessly", slug="blind21-assessly",
                   generator=("world.py", "infra.py", "build.py", "people.py", "rings.py",
                              "events.py", "export.py", "data.py", "media.py"))

if __name__ == "__main__":
    main(WORLD, __doc__)
