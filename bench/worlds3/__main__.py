"""python -m bench.worlds3 OUT --subjects N --seed S"""
import argparse
import time

from .world import generate


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.worlds3", description=__doc__)
    ap.add_argument("out")
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    t = time.time()
    stats = generate(a.out, a.subjects, a.seed)
    print(f"wrote {a.out}/bundle and {a.out}/truth.csv in {time.time() - t:.1f}s: {stats}")


if __name__ == "__main__":
    main()
