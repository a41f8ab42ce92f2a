"""Connected components on DuckDB: scipy (the DuckDB engine's path) against large-star /
small-star in SQL (the path any other engine takes, ringwatch/graph.py). Prints only.

    python bench/components.py                 # 1M edges: a random graph and a chain
    python bench/components.py --edges 200000

The random graph has as many nodes as edges (ids are 12 hex digits in no order: the giant
component and many small ones, as in person resolution); the chain is one path through
--edges + 1 nodes in shuffled order, the worst case for plain label propagation.
"""

from __future__ import annotations

import argparse
import random
import time

import pyarrow as pa

from ringwatch.engines import DuckDBEngine
from ringwatch.graph import components_in_python, components_in_sql


def _graphs(n_edges: int, seed: int) -> dict[str, tuple[list[str], list[str], list[str]]]:
    rng = random.Random(seed)
    nodes = [f"{rng.getrandbits(48):012x}" for _ in range(n_edges)]
    a = [rng.choice(nodes) for _ in range(n_edges)]
    b = [rng.choice(nodes) for _ in range(n_edges)]
    chain = [f"{rng.getrandbits(48):012x}" for _ in range(n_edges + 1)]
    return {"random": (nodes, a, b), "chain": (chain, chain[:-1], chain[1:])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edges", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", type=int, default=None)
    args = parser.parse_args()
    for kind, (nodes, a, b) in _graphs(args.edges, args.seed).items():
        engine = DuckDBEngine(threads=args.threads)
        try:
            engine.register("bench_nodes", pa.table({"id": pa.array(nodes, pa.string())}))
            engine.register("bench_edges", pa.table({"a": pa.array(a, pa.string()),
                                                     "b": pa.array(b, pa.string())}))
            started = time.perf_counter()
            components_in_python(engine, "cc_py", "SELECT id FROM bench_nodes", "SELECT a, b FROM bench_edges")
            scipy_s = time.perf_counter() - started
            started = time.perf_counter()
            rounds = components_in_sql(engine, "cc_sql", "SELECT id FROM bench_nodes",
                                       "SELECT a, b FROM bench_edges")
            sql_s = time.perf_counter() - started
            differ = engine.scalar("SELECT count(*) FROM cc_py p JOIN cc_sql s ON s.node = p.node "
                                   "WHERE s.component <> p.component")
            n_components = engine.scalar("SELECT count(DISTINCT component) FROM cc_sql")
            print(f"{kind:6s} {len(nodes):>9,} nodes {len(a):>9,} edges {n_components:>9,} components: "
                  f"scipy {scipy_s:6.2f} s; SQL {sql_s:6.2f} s in {rounds} rounds; "
                  f"{'equal' if differ == 0 else f'{differ} nodes DIFFER'}")
        finally:
            engine.close()


if __name__ == "__main__":
    main()
