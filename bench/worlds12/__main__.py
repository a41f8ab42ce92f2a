import argparse

from .world import generate


def main():
    ap = argparse.ArgumentParser(prog="python -m bench.worlds12", description="job board + ATS blind world")
    ap.add_argument("outdir")
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    print(generate(a.outdir, a.subjects, a.seed))


if __name__ == "__main__":
    main()
