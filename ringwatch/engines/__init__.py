"""Engines run the pipeline's relational stages. DuckDB in-process is the default."""

from ringwatch.engines.duckdb import DuckDBEngine

__all__ = ["DuckDBEngine"]
