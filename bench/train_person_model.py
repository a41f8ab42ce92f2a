"""Retrain the prior person model shipped in ringwatch/data/person_model.json.

The prior is what bundles too small for EM use (ringwatch/link/persons.py). It is trained
exactly like a bundle's own model (u by seeded random sampling, m by EM), on a generated
bundle:

    ringwatch synth /tmp/prior --subjects 200000 --seed 1
    python bench/train_person_model.py /tmp/prior/bundle

Rerun it whenever the comparisons in ringwatch/link/persons.py change (the scan refuses a
prior whose comparisons differ from the code's).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from ringwatch.engines import DuckDBEngine
from ringwatch.link.fuzzy import canonical_addresses
from ringwatch.link.persons import PRIOR_MODEL, model_problems, train_model
from ringwatch.load import load_bundle
from ringwatch.normalise.stage import normalise_bundle


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--out", type=Path, default=PRIOR_MODEL)
    args = parser.parse_args()
    engine = DuckDBEngine()
    started = time.perf_counter()
    load_bundle(engine, args.bundle)
    normalise_bundle(engine)
    canonical_addresses(engine)
    prepared = time.perf_counter()
    model = train_model(engine)
    problems = model_problems(model)
    if problems:
        raise SystemExit("the trained model is not usable: " + "; ".join(problems))
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    from ringwatch.link.persons import _bayes_factors
    import math
    for name, bfs in _bayes_factors(model).items():
        print(f"  {name:6s} log2 BF by level: " + " ".join(f"{math.log2(b):6.2f}" for b in bfs))
    print(f"trained on {engine.count('subjects_norm'):,} subjects in "
          f"{time.perf_counter() - prepared:.1f}s (normalise {prepared - started:.1f}s) -> {args.out}")


if __name__ == "__main__":
    main()
