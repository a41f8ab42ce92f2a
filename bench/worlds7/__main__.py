"""python -m bench.worlds7 OUTDIR --subjects N --seed S  ->  OUTDIR/bundle/ and OUTDIR/truth.csv"""
import argparse
import json
import time

from .world import generate


def main():
    ap = argparse.ArgumentParser(prog="python -m bench.worlds7")
    ap.add_argument("outdir")
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    t = time.time()
    info = generate(a.outdir, a.subjects, a.seed)
    info["seconds"] = round(time.time() - t, 1)
    print(json.dumps(info))


if __name__ == "__main__":
    main()
