import argparse
import sys

from .world import generate


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m bench.worlds8")
    ap.add_argument("outdir")
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)
    info = generate(a.outdir, a.subjects, a.seed)
    print(f"wrote {info['subjects']} subjects ({info['fraud']} fraud in {info['rings']} rings) to {a.outdir}")


if __name__ == "__main__":
    sys.exit(main())
