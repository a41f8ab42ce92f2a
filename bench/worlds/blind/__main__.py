"""python -m bench.worlds.blind OUT --subjects N --seed S --world mixed|accounts|employer"""
import argparse
import json
import sys

from .world import build


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.worlds.blind", description=__doc__)
    ap.add_argument("out", help="output folder: OUT/bundle/ and OUT/truth.csv")
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--world", choices=["mixed", "accounts", "employer"], default="mixed")
    a = ap.parse_args(argv)
    info = build(a.out, a.subjects, a.seed, a.world)
    print(json.dumps(info))
    return 0


if __name__ == "__main__":
    sys.exit(main())
