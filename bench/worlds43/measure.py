"""Blind world 43 (Chainwork, a web3 / crypto-company contributor platform pooled with its partner exchange's KYC and account export): generate once, scan, score.

    python bench/worlds43/measure.py --subjects 20000 --seed 1 [--check-load]

The harness (bench/world_harness.py) generates the world once into /tmp/ringwatch-blind43/,
scans it and writes bench/results/blind43-<size>-<seed>.json; --check-load prints only the
scan's exit code and its load warnings (never scores).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.world_harness import BlindWorld, main  # noqa: E402

WORLD = BlindWorld(number=43, name="Chainwork", slug="blind43-chainwork",
                   generator=("world.py", "data.py", "infra.py", "lives.py", "honest.py", "fraud.py"))

if __name__ == "__main__":
    main(WORLD, __doc__)
