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
