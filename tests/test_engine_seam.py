"""The engine seam holds: only ringwatch/engines/ knows DuckDB, the DuckDB engine is an
`Engine`, and an engine failure says which stage, table and statement it was."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from ringwatch.engines import Engine, open_engine
from ringwatch.engines.dialect import DUCKDB, Dialect
from ringwatch.engines.duckdb import DuckDBEngine
from ringwatch.engines.errors import (FAILED, EngineError, engine_errors, is_disk_full,
                                      is_interrupt, is_out_of_memory)

PACKAGE = Path(__file__).resolve().parents[1] / "ringwatch"
ENGINE_LIBRARIES = {"duckdb", "pyspark"}


def _imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def test_no_module_outside_engines_imports_an_engine_library():
    offenders = [f"{path.relative_to(PACKAGE.parent)}: {', '.join(sorted(libs))}"
                 for path in sorted(PACKAGE.rglob("*.py"))
                 if "engines" not in path.relative_to(PACKAGE).parts
                 for libs in [_imported_modules(path) & ENGINE_LIBRARIES] if libs]
    assert not offenders, "go through ringwatch.engines instead:\n" + "\n".join(offenders)


def test_the_duckdb_engine_is_an_engine():
    engine: Engine = DuckDBEngine()  # checked statically too
    try:
        assert isinstance(engine, Engine)
        assert isinstance(engine.dialect, Dialect)
        # every operation of the interface, and nothing a stage may call beyond it
        wanted = {name for name in vars(Engine) if not name.startswith("_")}
        assert wanted <= set(dir(engine))
    finally:
        engine.close()


def test_open_engine_builds_the_default_and_refuses_unknown_ones():
    engine = open_engine()
    try:
        assert engine.name == "duckdb" and engine.scalar("SELECT 41 + 1") == 42
    finally:
        engine.close()
    with pytest.raises(ValueError, match="unknown engine 'oracle'"):
        open_engine("oracle")


def test_an_engine_error_names_the_stage_the_table_and_the_statement(tmp_path):
    engine = DuckDBEngine()
    try:
        with pytest.raises(EngineError) as caught:
            engine.create("pairs", "SELECT no_such_column FROM range(3)")
        assert caught.value.table == "pairs" and caught.value.kind == FAILED
        assert "no_such_column" in caught.value.sql
        assert "Binder Error" in caught.value.reason  # DuckDB's own words, kept
        with pytest.raises(EngineError) as caught:
            engine.sql("INSERT INTO missing_table VALUES (1)")
        assert caught.value.table == "missing_table"
    finally:
        engine.close()


def test_the_scan_adds_the_stage_to_an_engine_error(tmp_path, monkeypatch):
    from ringwatch.pipeline import scan
    from ringwatch.synth.generate import generate

    generate(tmp_path / "world", subjects=60, seed=2, logins_per_subject=1)

    def broken_rings(engine):
        engine.create("ring_candidates", "SELECT no_such_column FROM links")

    monkeypatch.setattr("ringwatch.pipeline.find_ring_candidates", broken_rings)
    with pytest.raises(EngineError) as caught:
        scan(tmp_path / "world" / "bundle", tmp_path / "out")
    message = str(caught.value)
    assert caught.value.stage == "rings"
    assert message.startswith("stage rings, table ring_candidates: Binder Error")
    assert "SQL: CREATE OR REPLACE TABLE ring_candidates AS SELECT no_such_column" in message


def test_engine_failures_are_classified_without_the_library():
    import duckdb

    assert is_interrupt(duckdb.InterruptException("INTERRUPT Error: Interrupted!"))
    assert is_interrupt(RuntimeError("Query interrupted"))
    assert is_interrupt(duckdb.InvalidInputException(
        "Invalid Input Error: reading the schema of the object registered as '_arrow__load_paths' "
        "failed: KeyboardInterrupt: "))
    assert not is_interrupt(duckdb.InvalidInputException("Invalid Input Error: bad CSV row"))
    assert is_out_of_memory(duckdb.OutOfMemoryException("Out of Memory Error: could not allocate"))
    assert is_disk_full(duckdb.IOException("IO Error: No space left on device"))
    wrapped = EngineError(duckdb.OutOfMemoryException("x"), "SELECT 1", kind="out_of_memory")
    assert is_out_of_memory(wrapped) and not is_interrupt(wrapped)
    assert not is_interrupt(ValueError("Query interrupted")) and not is_disk_full(OSError("disk full"))
    assert issubclass(duckdb.IOException, engine_errors()) and EngineError in engine_errors()


def test_interrupts_keep_their_native_form():
    """Ctrl-C and SIGTERM unwind as the library raised them (ringwatch/cli.py relies on it)."""
    import duckdb

    from ringwatch.engines.duckdb import _guarded

    def interrupted():
        raise duckdb.InterruptException("INTERRUPT Error: Interrupted!")

    with pytest.raises(duckdb.InterruptException):
        _guarded(interrupted, "SELECT 1")


def test_the_duckdb_dialect_spells_duckdb():
    assert DUCKDB.file_path(Path("/data/a*b?[c].csv")) == "/data/a[*]b[?][[]c].csv"
    assert DUCKDB.arg_max("v", "k") == "arg_max(v, k)"
    assert DUCKDB.ordered_list("x", "y DESC") == "list(x ORDER BY y DESC)"
    assert DUCKDB.ordered_string_agg("x", "', '", "x") == "string_agg(x, ', ' ORDER BY x)"
    engine = DuckDBEngine()
    try:
        two_letters = DUCKDB.regexp_full_match("x", "'[A-Z]{2}'")
        assert engine.rows(f"SELECT {two_letters} FROM (VALUES ('US'), ('USA')) t(x) "
                           "ORDER BY x") == [(True,), (False,)]
    finally:
        engine.close()
