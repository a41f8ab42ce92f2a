from ringwatch.engines import DuckDBEngine
from ringwatch.graph import components


def test_components_label_by_smallest_member_and_keep_isolated_nodes():
    engine = DuckDBEngine()
    engine.sql("CREATE TABLE n AS SELECT * FROM (VALUES ('a'), ('b'), ('c'), ('d'), ('e')) t(id)")
    engine.sql("CREATE TABLE e AS SELECT * FROM (VALUES ('b', 'a'), ('c', 'b'), ('e', 'd')) t(a, b)")
    components(engine, "cc", "SELECT id FROM n", "SELECT a, b FROM e")
    got = dict(engine.rows("SELECT node, component FROM cc"))
    assert got == {"a": "a", "b": "a", "c": "a", "d": "d", "e": "d"}


def test_components_with_no_edges():
    engine = DuckDBEngine()
    engine.sql("CREATE TABLE n AS SELECT * FROM (VALUES ('x'), ('y')) t(id)")
    components(engine, "cc", "SELECT id FROM n", "SELECT id, id FROM n WHERE false")
    assert dict(engine.rows("SELECT node, component FROM cc")) == {"x": "x", "y": "y"}


# -- the engine-agnostic path: large-star / small-star in SQL, equal to scipy's ------------------

import math  # noqa: E402
import random  # noqa: E402

import pyarrow as pa  # noqa: E402
import pytest  # noqa: E402
import sqlglot  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from ringwatch.graph import components_in_python, components_in_sql  # noqa: E402


def _both_ways(nodes: list[str], edges: list[tuple[str, str]]) -> tuple[dict, dict, int]:
    engine = DuckDBEngine()
    try:
        engine.register("n", pa.table({"id": pa.array(nodes, pa.string())}))
        engine.register("e", pa.table({"a": pa.array([a for a, _ in edges], pa.string()),
                                       "b": pa.array([b for _, b in edges], pa.string())}))
        components_in_python(engine, "cc_py", "SELECT id FROM n", "SELECT a, b FROM e")
        rounds = components_in_sql(engine, "cc_sql", "SELECT id FROM n", "SELECT a, b FROM e")
        py = dict(engine.rows("SELECT node, component FROM cc_py"))
        sql = dict(engine.rows("SELECT node, component FROM cc_sql"))
        assert engine.count("cc_sql") == len(sql)  # one row per node
        leftovers = [t for (t,) in engine.rows("SELECT table_name FROM information_schema.tables")
                     if t.startswith("_cc")]
        assert not leftovers
        return py, sql, rounds
    finally:
        engine.close()


def test_the_duckdb_engine_chooses_scipy_and_the_sql_path_agrees_on_the_small_example():
    nodes = ["a", "b", "c", "d", "e"]
    py, sql, _ = _both_ways(nodes, [("b", "a"), ("c", "b"), ("e", "d")])
    assert py == sql == {"a": "a", "b": "a", "c": "a", "d": "d", "e": "d"}


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 40).flatmap(lambda n: st.tuples(
    st.just(n), st.lists(st.tuples(st.integers(0, n + 3), st.integers(0, n + 3)), max_size=3 * n))))
def test_sql_components_equal_scipys_on_random_graphs(graph):
    n, pairs = graph
    nodes = [f"n{i:03d}" for i in range(n)]
    # ends beyond n are not nodes: such edges are ignored by both; loops and repeats included
    edges = [(f"n{a:03d}", f"n{b:03d}") for a, b in pairs]
    py, sql, _ = _both_ways(nodes, edges)
    assert sql == py
    assert set(sql) == set(nodes)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sql_components_equal_scipys_on_larger_seeded_graphs(seed):
    rng = random.Random(seed)
    n = 3_000
    nodes = [f"{rng.getrandbits(40):012x}" for _ in range(n)]  # ids in no order
    edges = [(rng.choice(nodes), rng.choice(nodes)) for _ in range(int(n * 0.9))]
    edges += [(None, nodes[0]), (nodes[1], None)]  # NULL ends are no edges
    py, sql, rounds = _both_ways(nodes + [None], edges)
    assert sql == py
    assert rounds <= 2 * math.ceil(math.log2(n))


@pytest.mark.parametrize("order", ["ascending", "descending", "shuffled"])
def test_a_long_chain_takes_a_logarithmic_number_of_rounds(order):
    # The worst case of plain label propagation: n - 1 rounds. Large-star / small-star
    # shortens every path by a constant factor per round.
    n = 4_096
    ids = [f"c{i:05d}" for i in range(n)]
    if order == "descending":
        ids.reverse()
    elif order == "shuffled":
        random.Random(5).shuffle(ids)
    edges = list(zip(ids, ids[1:]))
    py, sql, rounds = _both_ways(ids + ["lonely"], edges)
    assert sql == py
    assert set(sql.values()) == {min(ids), "lonely"}
    assert rounds <= 2 * math.log2(n), rounds


def test_stars_isolated_nodes_and_no_edges():
    hub, leaves = "m", [f"x{i}" for i in range(50)]
    py, sql, rounds = _both_ways([hub, *leaves, "alone"], [(hub, leaf) for leaf in leaves])
    assert sql == py and sql["x7"] == "m" and sql["alone"] == "alone"
    assert rounds <= 2
    py, sql, rounds = _both_ways(["p", "q"], [])
    assert sql == py == {"p": "p", "q": "q"} and rounds == 0


def test_the_sql_path_transpiles_to_spark_sql_as_plain_statements():
    # Record every statement the SQL path sends, and carry it to Spark with sqlglot.
    engine = DuckDBEngine()
    sent: list[str] = []
    for method in ("create", "scalar", "sql"):
        original = getattr(engine, method)

        def record(*args, _original=original, _method=method):
            sent.append(args[1] if _method == "create" else args[0])
            return _original(*args)
        setattr(engine, method, record)
    try:
        engine.sql("CREATE TABLE n AS SELECT * FROM (VALUES ('a'), ('b'), ('c')) t(id)")
        engine.sql("CREATE TABLE e AS SELECT * FROM (VALUES ('c', 'b'), ('b', 'a')) t(a, b)")
        components_in_sql(engine, "cc", "SELECT id FROM n", "SELECT a, b FROM e")
    finally:
        engine.close()
    for statement in sent:
        spark = sqlglot.transpile(statement, read="duckdb", write="spark")[0]
        lowered = spark.lower()
        assert "list(" not in lowered and "range(" not in lowered and "::" not in lowered
        # what the SQL path uses beyond joins and grouping
        for fn in ("least(", "greatest(", "min(", "coalesce("):
            if fn in statement.lower():
                assert fn in lowered, (statement, spark)
