"""python -m bench.worlds13 OUTDIR --subjects N --seed S: writes OUTDIR/bundle/ and OUTDIR/truth.csv."""

import argparse
import sys
import time

from .world import generate


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m bench.worlds13", description=__doc__)
    ap.add_argument("out")
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)
    t = time.time()
    truth = generate(a.out, a.subjects, a.seed)
    fraud = sum(1 for r in truth if r[1] == 1)
    print(
        f"wrote {len(truth)} subjects ({fraud} fraud) to {a.out} in {time.time() - t:.1f}s",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
