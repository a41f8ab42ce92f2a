"""Blind world 38 (Stackyard, a remote-engineering staffing firm pooled with its client companies' HRIS, identity-provider, MDM/EDR and shipping exports): generate once, scan, score.

    python bench/worlds38/measure.py --subjects 20000 --seed 1 [--check-load]

The harness (bench/world_harness.py) generates the world once into /tmp/ringwatch-blind38/,
scans it and writes bench/results/blind38-<size>-<seed>.json; --check-load prints only the
scan's exit code and its load warnings (never scores).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.world_harness import BlindWorld, main  # noqa: E402

WORLD = BlindWorld(number=38, name="Stackyard", slug="blind38-stackyard",
                   generator=("world.py", "data.py", "infra.py", "lives.py", "media.py",
                              "honest.py", "fraud.py", "export.py"))

if __name__ == "__main__":
    main(WORLD, __doc__)
