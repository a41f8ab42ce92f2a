"""Blind world 39 (Nomadnest, a remote-work platform for digital nomads and distributed teams: job board, employer-of-record payroll, coworking check-ins, client IdP sign-ins, MDM/EDR telemetry, laptop shipments): generate once, scan, score.

    python bench/worlds39/measure.py --subjects 20000 --seed 1 [--check-load]

The harness (bench/world_harness.py) generates the world once into /tmp/ringwatch-blind39/,
scans it and writes bench/results/blind39-<size>-<seed>.json; --check-load prints only the
scan's exit code and its load warnings (never scores).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.world_harness import BlindWorld, main  # noqa: E402

WORLD = BlindWorld(number=39, name="Nomadnest", slug="blind39-nomadnest",
                   generator=("world.py", "data.py", "infra.py", "lives.py", "media.py",
                              "honest.py", "fraud.py"))

if __name__ == "__main__":
    main(WORLD, __doc__)
