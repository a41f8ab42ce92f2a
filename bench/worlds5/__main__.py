import argparse
import time

from .world import generate


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.worlds5", description="generate blind world 5")
    ap.add_argument("out")
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    t = time.time()
    info = generate(a.out, a.subjects, a.seed)
    print(f"{info['subjects']} subjects ({info['fraud']} fraud, {info['rings']} rings) in {time.time() - t:.1f}s -> {a.out}/bundle, {a.out}/truth.csv")


if __name__ == "__main__":
    main()
