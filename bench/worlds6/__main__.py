"""python -m bench.worlds6 OUT [--subjects N] [--seed S]: write OUT/bundle and OUT/truth.csv."""
import argparse
import time

from .world import generate

ap = argparse.ArgumentParser(prog="python -m bench.worlds6")
ap.add_argument("out")
ap.add_argument("--subjects", type=int, default=20000)
ap.add_argument("--seed", type=int, default=1)
a = ap.parse_args()
t = time.time()
info = generate(a.out, a.subjects, a.seed)
print(f"{info['subjects']} subjects ({info['fraud']} fraud) in {time.time() - t:.1f}s -> {info['bundle']}")
