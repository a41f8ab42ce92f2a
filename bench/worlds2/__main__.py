import argparse
import sys
import time

from .world import generate


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m bench.worlds2",
                                 description="write a blind test world: OUT/bundle/ and OUT/truth.csv")
    ap.add_argument("out")
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)
    t = time.time()
    stats = generate(a.out, a.subjects, a.seed)
    print(f"wrote {a.out}/bundle and {a.out}/truth.csv in {time.time() - t:.1f}s: "
          + ", ".join(f"{k} {v}" for k, v in stats.items()))


if __name__ == "__main__":
    sys.exit(main())
