"""Fuzzing the loader and the contract's value parsers (issue 7), bounded to stay fast in CI.

Whatever a bundle holds, loading it either succeeds (with warnings) or raises ringwatch's own
BundleError; never an uncaught DuckDB or Python exception, and never a read outside the bundle.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from ringwatch import bundle_paths  # noqa: E402
from ringwatch.engines.duckdb import DuckDBEngine  # noqa: E402
from ringwatch.errors import BundleError  # noqa: E402
from ringwatch.load import load_bundle  # noqa: E402

# Bounded and derandomised: the same cases every run, about 15 seconds in all.
FUZZ = settings(max_examples=100, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
FUZZ_CHEAP = settings(FUZZ, max_examples=200)

# Text that exercises the CSV dialect and the casts: quotes, separators, line ends, dates,
# numbers, BOMs, control characters, path syntax and glob characters.
PIECES = st.sampled_from([
    '"', '""', ",", "\n", "\r\n", "\r", " ", "\t", "\x00", "\ufeff", "\ufffd", "é", "[", "*", "?",
    "..", "/", "\\", "~", "rowid", "_row", "id", "ID", "subject_id", "infinity", "epoch", "-",
    "+99:00", "10000-01-01", "1899-12-31", "2024-05-01T10:00:00Z", "1e309", "NaN", "US", "zz",
    "/etc/passwd", "../outside.txt", "photo.png", "cv.pdf", "cv.docx", "cv.txt", "x" * 300,
])
CELL = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=6).map("".join)
HEADER_NAMES = st.sampled_from(["id", "kind", "full_name", "birth_date", "created_at", "country",
                                "photo", "resume", "rowid", "_row", "", "team", "Id", "email"])


@pytest.fixture(scope="module")
def sandbox():
    """A folder holding a secret next to the bundle: nothing may ever read it."""
    with tempfile.TemporaryDirectory(prefix="ringwatch-fuzz-") as root:
        root = Path(root)
        (root / "outside.txt").write_text("SECRET SECRET SECRET")
        yield root


def _fresh_bundle(root: Path) -> Path:
    bundle = root / "bundle"
    if bundle.exists():
        for path in bundle.iterdir():
            path.unlink()
    bundle.mkdir(exist_ok=True)
    (bundle / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    (bundle / "cv.txt").write_text("A resume")
    return bundle


def _load(bundle: Path) -> None:
    engine = DuckDBEngine(threads=1)
    try:
        load_bundle(engine, bundle)
        # Whatever was loaded, the outside file was never taken as a resume or a photo.
        for column in ("photo", "resume"):
            for (value,) in engine.rows(f"SELECT {column} FROM subjects WHERE {column} IS NOT NULL"):
                if bundle_paths.looks_like_resume_path(value) or column == "photo":
                    real = bundle_paths.resolve(bundle, value)
                    assert bundle.resolve() in real.parents
    except BundleError as exc:
        assert exc.issues, "a BundleError names its issues"
        assert len(str(exc)) < 5_000
    finally:
        engine.close()


@FUZZ
@given(st.binary(max_size=400))
def test_any_bytes_as_a_csv_table(sandbox, data):
    bundle = _fresh_bundle(sandbox)
    (bundle / "subjects.csv").write_bytes(data)
    _load(bundle)


@FUZZ
@given(st.lists(HEADER_NAMES, min_size=1, max_size=5),
       st.lists(st.lists(CELL, min_size=0, max_size=6), max_size=5))
def test_structured_csv_with_hostile_cells(sandbox, header, rows):
    bundle = _fresh_bundle(sandbox)
    lines = [",".join(header)] + [",".join(row) for row in rows]
    (bundle / "subjects.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    _load(bundle)


@FUZZ
@given(st.lists(st.dictionaries(st.one_of(HEADER_NAMES, st.text(max_size=5)),
                                st.one_of(CELL, st.integers(), st.floats(), st.none(), st.booleans(),
                                          st.lists(st.integers(), max_size=2)),
                                max_size=5), max_size=5),
       st.lists(st.one_of(st.just(""), st.just("   "), st.just("[1,2]"), st.just("{bad")), max_size=2))
def test_jsonl_tables_with_hostile_keys_and_values(sandbox, records, junk):
    bundle = _fresh_bundle(sandbox)
    lines = [json.dumps(r) for r in records] + junk
    (bundle / "subjects.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    _load(bundle)


@FUZZ
@given(st.lists(CELL, min_size=1, max_size=6), st.sampled_from(["created_at", "birth_date", "country",
                                                                 "photo", "resume", "kind"]))
def test_value_parsers_on_any_cell(sandbox, values, column):
    bundle = _fresh_bundle(sandbox)
    text = "id," + column + "\n" + "".join(
        f"s{i}," + '"' + v.replace('"', '""') + '"\n' for i, v in enumerate(values))
    (bundle / "subjects.csv").write_text(text, encoding="utf-8")
    _load(bundle)


@FUZZ_CHEAP
@given(CELL)
def test_path_resolver_never_leaves_the_bundle(sandbox, value):
    bundle = _fresh_bundle(sandbox)
    os.makedirs(bundle, exist_ok=True)
    try:
        data = bundle_paths.read_bundle_file(bundle, value, bundle_paths.RESUME)
    except bundle_paths.Refused as exc:
        assert exc.code in {bundle_paths.NOT_FOUND, bundle_paths.UNSAFE_PATH, bundle_paths.NOT_REGULAR,
                            bundle_paths.TOO_LARGE, bundle_paths.UNREADABLE}
        assert "SECRET" not in exc.reason
        return
    assert b"SECRET" not in data
