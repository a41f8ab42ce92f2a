"""Connected components of a table of edges, for person resolution, value clustering and rings.

The edges come from SQL; ids are mapped to dense integers in SQL too, so Python only ever
holds numpy arrays (a million nodes cost megabytes, not a million dicts). scipy's csgraph does
the union-find in C.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from ringwatch.engines import Engine


def components(engine: Engine, name: str, nodes_sql: str, edges_sql: str) -> None:
    """Create table `name(node, component)`: component = the smallest node id in it.

    `nodes_sql` selects one column of node ids (VARCHAR); `edges_sql` selects two (a, b).
    Every node appears, isolated ones in a component of their own.
    """
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
