"""python -m bench.worlds17 OUTDIR --subjects N --seed S"""
import argparse
import time

from .world import build, write


def main():
    ap = argparse.ArgumentParser(prog="python -m bench.worlds17")
    ap.add_argument("outdir")
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    t = time.time()
    w = build(a.subjects, a.seed)
    write(w, a.outdir)
    nf = sum(r["_fraud"] for r in w.subjects)
    print(f"{len(w.subjects)} subjects ({nf} fraud), {len(w.logins)} logins, {len(w.endpoint)} endpoint rows, "
          f"{len(w.payments)} payments, {len(w.shipments)} shipments, {len(w.domains)} domains in {time.time() - t:.1f}s")


if __name__ == "__main__":
    main()
