"""Blind world 42 (Wirepay, a cross-border payouts and freelancer-wallet provider pooled with its sign-up mail provider's account-security export): generate once, scan, score.

    python bench/worlds42/measure.py --subjects 20000 --seed 1 [--check-load]

The harness (bench/world_harness.py) generates the world once into /tmp/ringwatch-blind42/,
scans it and writes bench/results/blind42-<size>-<seed>.json; --check-load prints only the
scan's exit code and its load warnings (never scores).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.world_harness import BlindWorld, main  # noqa: E402

WORLD = BlindWorld(number=42, name="Wirepay", slug="blind42-wirepay",
                   generator=("world.py", "data.py", "infra.py", "lives.py", "media.py", "honest.py", "fraud.py"))

if __name__ == "__main__":
    main(WORLD, __doc__)
