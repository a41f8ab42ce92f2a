"""Shared helpers: write small hand-made bundles and run the pipeline's stages on them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ringwatch.contract import TABLES
from ringwatch.engines import DuckDBEngine

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def write_table(bundle: Path, name: str, rows: list[dict]) -> Path:
    """Write rows as `<name>.csv` with the contract's columns first, extra columns after."""
    columns = list(TABLES[name].column_names)
    for row in rows:
        columns += [k for k in row if k not in columns]
    path = bundle / f"{name}.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
    return path


def make_bundle(root: Path, **tables: list[dict]) -> Path:
    bundle = root / "bundle"
    bundle.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        write_table(bundle, name, rows)
    return bundle


def run_stages(bundle: Path, until: str = "scores") -> DuckDBEngine:
    """Run load -> normalise -> signals -> links -> rings -> scores (or stop early)."""
    from ringwatch.link.fuzzy import canonical_addresses
    from ringwatch.link.stage import build_links
    from ringwatch.load import load_bundle
    from ringwatch.normalise.stage import normalise_bundle
    from ringwatch.rings import find_ring_candidates
    from ringwatch.score import score_all
    from ringwatch.signals.compute import compute_signals

    engine = DuckDBEngine()
    steps = [("load", lambda: load_bundle(engine, bundle)),
             ("normalise", lambda: (normalise_bundle(engine), canonical_addresses(engine))),
             ("signals", lambda: compute_signals(engine)),
             ("links", lambda: build_links(engine, bundle)),
             ("rings", lambda: find_ring_candidates(engine)),
             ("scores", lambda: score_all(engine))]
    for name, step in steps:
        step()
        if name == until:
            break
    return engine


@pytest.fixture
def bundle_factory(tmp_path):
    def factory(**tables):
        return make_bundle(tmp_path, **tables)
    return factory


def write(path: Path, text: str | bytes) -> Path:
    """Write text or bytes to `path`, creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def issues(engine, code: str | None = None) -> list[dict]:
    """The load issues recorded in `engine`, optionally of one code, in file/row/column order."""
    fields = ("file", "row", "column", "severity", "code", "message")
    where = "WHERE code = ?" if code else ""
    rows = engine.rows(f'SELECT file, "row", "column", severity, code, message FROM load_issues '
                       f'{where} ORDER BY file, "row", "column"', [code] if code else None)
    return [dict(zip(fields, row)) for row in rows]


@pytest.fixture
def loader_engine():
    """A fresh in-memory engine for the loader tests."""
    eng = DuckDBEngine(threads=2)
    yield eng
    eng.close()
