"""components_in_sql on Spark: its statements transpiled by sqlglot (read="duckdb", write="spark")
and run on a local SparkSession, the result compared with scipy's (components_in_python on DuckDB).

    python bench/components_spark.py          # needs pyspark and Java 17; about a minute

A stand-in engine with only what components_in_sql calls (create = the transpiled query,
localCheckpoint()-ed, as a temp view; scalar; sql), so it checks the SQL path itself,
independently of ringwatch/engines/spark.py. Prints only. Start no other Spark job meanwhile.
"""

from __future__ import annotations

import random
import time

import pyarrow as pa
import sqlglot
from pyspark.sql import SparkSession

from ringwatch.engines import DuckDBEngine
from ringwatch.graph import components_in_python, components_in_sql


def to_spark(query: str) -> str:
    return sqlglot.transpile(query, read="duckdb", write="spark")[0]


class StandIn:
    """Just the engine operations components_in_sql uses, on a Spark session."""

    def __init__(self, spark: SparkSession) -> None:
        self.spark = spark
        self.sent = 0

    def create(self, name: str, query: str) -> None:
        self.sent += 1
        self.spark.sql(to_spark(query)).localCheckpoint().createOrReplaceTempView(name)

    def scalar(self, query: str, params=None):
        self.sent += 1
        rows = self.spark.sql(to_spark(query)).collect()
        return rows[0][0] if rows else None

    def sql(self, query: str, params=None) -> None:
        self.sent += 1
        self.spark.sql(to_spark(query)).collect()


def _graph(n: int, kind: str) -> tuple[list[str], list[tuple[str, str]]]:
    rng = random.Random(n)
    nodes = [f"{rng.getrandbits(40):010x}" for _ in range(n)]
    if kind == "chain":
        return nodes, list(zip(nodes, nodes[1:]))
    edges = [(rng.choice(nodes), rng.choice(nodes)) for _ in range(int(n * 0.8))]
    return nodes, edges + [(nodes[0], "not-a-node")]


def main() -> None:
    spark = (SparkSession.builder.master("local[1]").config("spark.sql.shuffle.partitions", "2")
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    try:
        for n, kind in ((200, "random"), (2000, "random"), (1000, "chain")):
            nodes, edges = _graph(n, kind)
            spark.createDataFrame([(x,) for x in nodes], "id string").createOrReplaceTempView("n")
            spark.createDataFrame(edges, "a string, b string").createOrReplaceTempView("e")
            engine = StandIn(spark)
            started = time.perf_counter()
            rounds = components_in_sql(engine, "cc", "SELECT id FROM n", "SELECT a, b FROM e")
            seconds = time.perf_counter() - started
            got = {r[0]: r[1] for r in spark.sql("SELECT node, component FROM cc").collect()}
            duck = DuckDBEngine()
            duck.register("n", pa.table({"id": nodes}))
            duck.register("e", pa.table({"a": [a for a, _ in edges], "b": [b for _, b in edges]}))
            components_in_python(duck, "cc", "SELECT id FROM n", "SELECT a, b FROM e")
            want = dict(duck.rows("SELECT node, component FROM cc"))
            duck.close()
            verdict = "equal to scipy" if got == want else \
                f"DIFFERENT ({sum(got.get(k) != v for k, v in want.items())} nodes)"
            print(f"{kind} {n} nodes: {rounds} rounds, {engine.sent} statements, {seconds:.1f} s on Spark; {verdict}")
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
