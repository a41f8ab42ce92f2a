"""python -m bench.worlds10 OUTDIR --subjects N --seed S"""
import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from world import generate  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m bench.worlds10")
    ap.add_argument("out")
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)
    t = time.time()
    w = generate(a.out, a.subjects, a.seed)
    fraud = sum(1 for v in w.truth.values() if v[0])
    print(f"wrote {len(w.subjects)} subjects ({fraud} fraud) to {a.out} in {time.time() - t:.1f}s")


if __name__ == "__main__":
    main()
