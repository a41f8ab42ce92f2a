"""Blind world 29 (Relaydesk, a remote-access / remote-support software vendor): generate once, scan, score.

    python bench/worlds29/measure.py --subjects 20000 --seed 1 [--check-load]

The harness (bench/world_harness.py) generates the world once into /tmp/ringwatch-blind29/,
scans it and writes bench/results/blind29-<size>-<seed>.json; --check-load prints only the
scan's exit code and its load warnings (never scores).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.world_harness import BlindWorld, main  # noqa: E402

WORLD = BlindWorld(number=29, name="Relaydesk", slug="blind29-relaydesk",
                   generator=("world.py", "data.py", "infra.py", "people.py", "rings.py", "export.py"))

if __name__ == "__main__":
    main(WORLD, __doc__)
