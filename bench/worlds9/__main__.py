import argparse
import sys

from .world import generate


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m bench.worlds9", description="write OUTDIR/bundle and OUTDIR/truth.csv")
    ap.add_argument("outdir")
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)
    generate(a.outdir, a.subjects, a.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
