"""Rings: groups of personas one operator team drives, found in the graph of strong links.

1. Keep links of weight >= RING_LINK_MIN (weak ones - a shared office IP, a shared family
   address - never hold a ring together) plus the structural same-person edges.
2. Connected components with at least two distinct people are ring candidates.
3. A component larger than MAX_RING_SIZE is split by Louvain community detection (networkx,
   weighted, seeded), since one over-connected value must not glue unrelated rings together.
4. A ring's score combines the strongest link of each kind inside it with the strongest
   member's own indicators (ringwatch/score.py does the arithmetic); rings that reach the
   medium level are kept.
"""

from __future__ import annotations

import networkx as nx
import pyarrow as pa

from ringwatch.engines import Engine
from ringwatch.graph import components
from ringwatch.link.persons import victim_tie_sql

RING_LINK_MIN = 0.30
MAX_RING_SIZE = 60
LOUVAIN_SEED = 7
EDGE_WEIGHT_DIGITS = 9


def _split_large_components(engine: Engine) -> None:
    """Re-label members of oversized components by Louvain community."""
    large = engine.rows(f"""
        SELECT component FROM _ring_cc GROUP BY component HAVING count(*) > {MAX_RING_SIZE}
        ORDER BY component
    """)
    if not large:
        engine.create("_ring_groups", "SELECT node AS subject_id, component AS grp FROM _ring_cc")
        return
    nodes, groups = [], []
    for (component,) in large:
        edges = engine.rows(f"""
            SELECT l.a, l.b, round(sum(l.weight), {EDGE_WEIGHT_DIGITS}) FROM ring_edges l
            JOIN _ring_cc c ON c.node = l.a WHERE c.component = ?
            GROUP BY l.a, l.b
            ORDER BY l.a, l.b
        """, [component])
        # In order and rounded: Louvain's seeded result depends on the edge order and on the
        # last bits of each weight, which a parallel sum does not fix from run to run; a ring's
        # id is derived from its label, and analysts' judgements refer to it.
        graph = nx.Graph()
        graph.add_weighted_edges_from(edges)
        for community in nx.community.louvain_communities(graph, weight="weight", seed=LOUVAIN_SEED):
            label = min(community)
            for node in community:
                nodes.append(node)
                groups.append(label)
    engine.register("_louvain", pa.table({"subject_id": pa.array(nodes, pa.string()),
                                          "grp": pa.array(groups, pa.string())}))
    engine.create("_ring_groups", """
        SELECT c.node AS subject_id, coalesce(l.grp, c.component) AS grp
        FROM _ring_cc c LEFT JOIN _louvain l ON l.subject_id = c.node
    """)
    engine.sql("DROP TABLE IF EXISTS _louvain")


def find_ring_candidates(engine: Engine) -> None:
    """Create `ring_candidates(subject_id, grp)` for subjects in multi-person groups."""
    # The likely victim of a reused identity is tied to the personas only by the identity
    # stolen from them: that tie does not make them a member of the operators' ring.
    engine.create("ring_edges", f"""
        SELECT a, b, weight FROM links
        WHERE weight >= {RING_LINK_MIN} AND NOT {victim_tie_sql(engine, 'kind', 'a', 'b')}
        UNION ALL SELECT a, b, 0.0 FROM same_person_pairs
    """)
    components(engine, "_ring_cc",
               "SELECT a FROM ring_edges UNION SELECT b FROM ring_edges",
               "SELECT a, b FROM ring_edges")
    _split_large_components(engine)
    engine.create("ring_candidates", """
        WITH people AS (
            SELECT g.grp FROM _ring_groups g JOIN persons p ON p.subject_id = g.subject_id
            GROUP BY g.grp HAVING count(DISTINCT p.person_id) >= 2
        )
        SELECT g.subject_id, g.grp FROM _ring_groups g JOIN people USING (grp)
    """)
    for table in ("_ring_cc", "_ring_groups"):
        engine.sql(f"DROP TABLE IF EXISTS {table}")
