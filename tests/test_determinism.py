"""The same bundle gives the same outputs, byte for byte: ties are broken by value, sums are
taken in a fixed order and community detection is seeded."""

from __future__ import annotations

from ringwatch.pipeline import scan
from ringwatch.synth import generate


def test_two_scans_of_one_bundle_write_identical_outputs(tmp_path):
    generate(tmp_path / "world", subjects=1500, seed=5)
    first = scan(tmp_path / "world" / "bundle", tmp_path / "one")
    second = scan(tmp_path / "world" / "bundle", tmp_path / "two")
    assert first.levels == second.levels and first.levels["high"] > 0
    for name in ("subjects.csv", "rings.jsonl"):
        assert (first.out_dir / name).read_bytes() == (second.out_dir / name).read_bytes(), name
