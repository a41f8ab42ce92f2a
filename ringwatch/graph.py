"""Connected components of a table of edges, for person resolution, value clustering and rings.

Two ways to the same table `name(node, component)`, component = the smallest node id of the
component, isolated nodes included. The engine chooses (`Engine.components`):

* `components_in_python` (DuckDB's): the edges come from SQL as dense integer ids (mapped in
  SQL too), so Python only ever holds numpy arrays (a million nodes cost megabytes, not a
  million dicts), and scipy's csgraph does the union-find in C. Fast on one machine, but it
  collects every edge into the process.
* `components_in_sql` (any other engine, Spark's): never collects an edge. Iterative
  large-star / small-star (Kiveris, Lattanzi, Mirrokni, Rastogi, Vassilvitskii, "Connected
  Components in MapReduce and Beyond", SoCC 2014), each step one statement of plain joins,
  GROUP BY, min/least/greatest and UNION ALL, written in DuckDB's dialect and carried to Spark
  SQL by sqlglot as it is. O(log^2 n) rounds in theory, about log n in practice (a chain of a
  million nodes: see tests/test_graph.py and bench/components.py).
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from ringwatch.engines import Engine

# Large-star + small-star rounds before giving up. Each round at least halves the longest
# path in practice; 2^64 nodes would need 64 of them.
MAX_ROUNDS = 200


def components(engine: Engine, name: str, nodes_sql: str, edges_sql: str) -> None:
    """Create table `name(node, component)`: component = the smallest node id in it.

    `nodes_sql` selects one column of node ids (VARCHAR); `edges_sql` selects two (a, b).
    Every node appears, isolated ones in a component of their own; edges with an end that is
    not a node are ignored. The engine picks the method (`Engine.components`).
    """
    engine.components(name, nodes_sql, edges_sql)


def components_in_python(engine: Engine, name: str, nodes_sql: str, edges_sql: str) -> None:
    """`components` with the edges collected as integer arrays and scipy's union-find."""
    engine.create("_cc_nodes", f"""
        SELECT node, CAST(row_number() OVER (ORDER BY node) - 1 AS BIGINT) AS idx
        FROM (SELECT DISTINCT n AS node FROM ({nodes_sql}) AS q(n) WHERE n IS NOT NULL)
    """)
    n_nodes = engine.count("_cc_nodes")
    edges = engine.arrow(f"""
        SELECT na.idx AS a, nb.idx AS b
        FROM ({edges_sql}) AS e(a, b)
        JOIN _cc_nodes na ON na.node = e.a
        JOIN _cc_nodes nb ON nb.node = e.b
    """)
    a = edges.column("a").to_numpy()
    b = edges.column("b").to_numpy()
    graph = coo_matrix((np.ones(len(a), dtype=np.int8), (a, b)), shape=(n_nodes, n_nodes))
    _, labels = connected_components(graph, directed=False)
    engine.register("_cc_labels", pa.table({"idx": np.arange(n_nodes, dtype=np.int64),
                                            "label": labels.astype(np.int64)}))
    engine.create(name, """
        SELECT n.node, min(n.node) OVER (PARTITION BY l.label) AS component
        FROM _cc_nodes n JOIN _cc_labels l ON l.idx = n.idx
    """)
    engine.sql("DROP TABLE IF EXISTS _cc_nodes")
    engine.sql("DROP TABLE IF EXISTS _cc_labels")


def _both_ways(edges: str) -> str:
    """Every undirected edge of `edges(a, b)` (a < b) as (u, v) and (v, u)."""
    return f"SELECT a AS u, b AS v FROM {edges} UNION ALL SELECT b AS u, a AS v FROM {edges}"


def _large_star(engine: Engine, source: str, target: str) -> None:
    """Each node u links every larger neighbour to m(u), the smallest of u and its neighbours."""
    engine.create(target, f"""
        WITH g AS ({_both_ways(source)}),
        m AS (SELECT u, least(u, min(v)) AS m FROM g GROUP BY u)
        SELECT DISTINCT m.m AS a, g.v AS b
        FROM g JOIN m ON m.u = g.u
        WHERE g.v > g.u
    """)


def _small_star(engine: Engine, source: str, target: str) -> None:
    """Each node u with smaller neighbours links them and itself to the smallest of them."""
    engine.create(target, f"""
        WITH g AS ({_both_ways(source)}),
        m AS (SELECT u, min(v) AS m FROM g WHERE v < u GROUP BY u)
        SELECT DISTINCT a, b FROM (
            SELECT m.m AS a, g.v AS b FROM g JOIN m ON m.u = g.u
            WHERE g.v < g.u AND g.v <> m.m
            UNION ALL
            SELECT m AS a, u AS b FROM m
        ) AS s
    """)


def _is_stars(engine: Engine, edges: str) -> bool:
    """Whether every component of `edges(a, b)` (a < b) is a star around its smallest node:
    no node has two smaller neighbours, and no node has both a smaller and a larger one."""
    two_up = engine.scalar(f"SELECT count(*) FROM (SELECT b FROM {edges} GROUP BY b HAVING count(*) > 1) AS t")
    if two_up:
        return False
    both = engine.scalar(f"""
        SELECT count(*) FROM (SELECT DISTINCT a FROM {edges}) AS c
        JOIN (SELECT DISTINCT b FROM {edges}) AS l ON l.b = c.a""")
    return not both


def components_in_sql(engine: Engine, name: str, nodes_sql: str, edges_sql: str,
                      max_rounds: int = MAX_ROUNDS) -> int:
    """`components` in SQL statements only (large-star / small-star); returns the number of
    rounds (one large-star and one small-star each) it took. The edges never leave the engine.
    """
    prefix = f"_cc_{name}"
    nodes, edges, other = f"{prefix}_nodes", f"{prefix}_e0", f"{prefix}_e1"
    engine.create(nodes, f"SELECT DISTINCT n AS node FROM ({nodes_sql}) AS q(n) WHERE n IS NOT NULL")
    # Each undirected edge once, smaller end first; loops and edges to non-nodes dropped.
    engine.create(edges, f"""
        SELECT DISTINCT least(e.a, e.b) AS a, greatest(e.a, e.b) AS b
        FROM ({edges_sql}) AS e(a, b)
        JOIN {nodes} na ON na.node = e.a
        JOIN {nodes} nb ON nb.node = e.b
        WHERE e.a <> e.b
    """)
    rounds = 0
    while not _is_stars(engine, edges):
        if rounds == max_rounds:
            raise RuntimeError(f"connected components of {name}: no convergence in {max_rounds} rounds")
        _large_star(engine, edges, other)
        _small_star(engine, other, edges)
        rounds += 1
    # Stars now: a leaf's one smaller neighbour is its component's smallest node.
    engine.create(name, f"""
        SELECT n.node, coalesce(s.a, n.node) AS component
        FROM {nodes} n LEFT JOIN {edges} s ON s.b = n.node
    """)
    for table in (nodes, edges, other):
        engine.sql(f"DROP TABLE IF EXISTS {table}")
    return rounds
