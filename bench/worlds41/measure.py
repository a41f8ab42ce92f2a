"""Blind world 41 (Healthbridge, a large US hospital system's pooled security and HR export: applicant tracking, HRIS with staffing-firm and MSP contractors, payroll, Okta-like sign-ins, EDR/MDM telemetry of laptops and shared clinical workstations, laptop shipments): generate once, scan, score.

    python bench/worlds41/measure.py --subjects 20000 --seed 1 [--check-load]

The harness (bench/world_harness.py) generates the world once into /tmp/ringwatch-blind41/,
scans it and writes bench/results/blind41-<size>-<seed>.json; --check-load prints only the
scan's exit code and its load warnings (never scores).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.world_harness import BlindWorld, main  # noqa: E402

WORLD = BlindWorld(number=41, name="Healthbridge", slug="blind41-healthbridge",
                   generator=("world.py", "data.py", "infra.py", "media.py", "lives.py",
                              "honest.py", "fraud.py"))

if __name__ == "__main__":
    main(WORLD, __doc__)
