"""python -m bench.worlds11 OUTDIR --subjects N --seed S"""
import argparse
import time

from .world import generate


def main():
    ap = argparse.ArgumentParser(prog="python -m bench.worlds11")
    ap.add_argument("outdir")
    ap.add_argument("--subjects", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    t = time.time()
    info = generate(a.outdir, a.subjects, a.seed)
    print(f"wrote {a.outdir}/bundle and truth.csv: {info['subjects']} subjects, {info['fraud']} fraud rows, {time.time() - t:.1f}s")


if __name__ == "__main__":
    main()
