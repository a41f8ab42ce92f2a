"""python -m bench.worlds18 OUTDIR --subjects N --seed S: writes OUTDIR/bundle/ and OUTDIR/truth.csv."""
import argparse
import sys
import time

from .world import generate


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m bench.worlds18", description=__doc__)
    ap.add_argument("outdir")
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    t = time.time()
    log = (lambda *x: None) if a.quiet else (lambda *x: print(*x, file=sys.stderr))
    generate(a.outdir, a.subjects, a.seed, log=log)
    log(f"wrote {a.outdir}/bundle and {a.outdir}/truth.csv in {time.time() - t:.1f}s")


if __name__ == "__main__":
    main()
