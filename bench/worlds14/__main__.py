"""python -m bench.worlds14 OUTDIR --subjects N --seed S"""
import argparse
import sys
import time

from .world import generate


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m bench.worlds14", description="Tandem HR (PEO) blind world")
    ap.add_argument("out")
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)
    t = time.time()
    stats = generate(a.out, a.subjects, a.seed)
    stats["seconds"] = round(time.time() - t, 1)
    print(" ".join(f"{k}={v}" for k, v in stats.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
