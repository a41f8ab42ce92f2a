"""python -m bench.worlds44 OUTDIR --subjects N --seed S"""
import argparse
import time

from .world import generate


def main():
    ap = argparse.ArgumentParser(prog="python -m bench.worlds44", description=__doc__)
    ap.add_argument("outdir")
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    t = time.time()
    stats = generate(a.outdir, a.subjects, a.seed)
    print(" ".join(f"{k}={v}" for k, v in stats.items()), f"seconds={time.time() - t:.1f}")


if __name__ == "__main__":
    main()
