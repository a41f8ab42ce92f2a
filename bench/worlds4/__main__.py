import argparse
import time

from .world import generate

ap = argparse.ArgumentParser(prog="python -m bench.worlds4")
ap.add_argument("out")
ap.add_argument("--subjects", type=int, default=20000)
ap.add_argument("--seed", type=int, default=1)
a = ap.parse_args()
t = time.time()
info = generate(a.out, a.subjects, a.seed)
print(info, f"{time.time() - t:.1f}s")
