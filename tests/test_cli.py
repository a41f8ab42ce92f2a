"""The command line end to end on a small generated bundle."""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from ringwatch.cli import app
from ringwatch.outputs import current_set

runner = CliRunner()


def leftovers(out):
    """Hidden entries of an output folder other than the current set: temporary leftovers."""
    return [p for p in out.iterdir() if p.name.startswith(".") and p != current_set(out)]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli")
    result = runner.invoke(app, ["synth", str(root / "case"), "--subjects", "600", "--seed", "3"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["scan", str(root / "case" / "bundle"), "--out", str(root / "out")])
    assert result.exit_code == 0, result.output
    return root, result.output


def test_synth_writes_bundle_and_truth_outside_it(scanned):
    root, _ = scanned
    assert (root / "case" / "bundle" / "subjects.csv").exists()
    assert (root / "case" / "truth.csv").exists()
    assert not (root / "case" / "bundle" / "truth.csv").exists()


def test_scan_writes_the_contract_outputs(scanned):
    root, output = scanned
    out = root / "out"
    with (out / "subjects.csv").open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    with (root / "case" / "bundle" / "subjects.csv").open(newline="") as fh:
        inputs = [r["id"] for r in csv.DictReader(fh)]
    assert [r["id"] for r in rows] == inputs  # every subject, in input order
    assert list(rows[0])[:5] == ["id", "score", "level", "ring", "reasons"]
    assert all(0 <= float(r["score"]) <= 1 and r["level"] in ("high", "medium", "low") for r in rows)
    rings = [json.loads(line) for line in (out / "rings.jsonl").read_text().splitlines()]
    assert rings, "the generator plants rings; some must be found"
    ring_ids = {r["id"] for r in rings}
    for ring in rings:
        assert len(ring["members"]) >= 2 and 0 <= ring["score"] <= 1
        for link in ring["links"]:
            assert {"a", "b", "kind", "value"} <= set(link)
            assert link["a"] in ring["members"] and link["b"] in ring["members"]
    assert {r["ring"] for r in rows if r["ring"]} == ring_ids
    assert "<svg" in (out / "report.html").read_text()
    assert (out / "ringwatch.duckdb").exists()
    assert not leftovers(out)  # no temporary leftovers
    assert "subjects" in output


def test_explain_decomposes_a_flagged_subject(scanned):
    root, _ = scanned
    with (root / "out" / "subjects.csv").open(newline="") as fh:
        flagged = max(csv.DictReader(fh), key=lambda r: float(r["score"]))
    result = runner.invoke(app, ["explain", flagged["id"], "--out", str(root / "out")], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert flagged["id"] in result.output
    for code in flagged["reasons"].split(";"):
        assert code in result.output


def test_explain_unknown_subject_is_a_clear_error(scanned):
    root, _ = scanned
    result = runner.invoke(app, ["explain", "nobody", "--out", str(root / "out")])
    assert result.exit_code == 2
    assert "nobody" in result.output


def test_signals_lists_the_catalogue():
    result = runner.invoke(app, ["signals"], terminal_width=250)
    assert result.exit_code == 0
    for code in ("IPKVM_DEVICE", "SHARED_PAYOUT", "ACTIVITY_UTC9", "RESUME_CLONE"):
        assert code in result.output


def test_a_rejected_bundle_keeps_the_previous_outputs(scanned, tmp_path):
    root, _ = scanned
    out = root / "out"
    before = (out / "subjects.csv").read_bytes()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "subjects.csv").write_text("id,full_name\nA1,Ann\nA1,Bob\n")
    result = runner.invoke(app, ["scan", str(bad), "--out", str(out)])
    assert result.exit_code == 2
    assert "unique" in result.output and "subjects.csv" in result.output and "rows 1, 2" in result.output
    assert (out / "subjects.csv").read_bytes() == before
    assert not leftovers(out)


@pytest.mark.parametrize("args, hint", [
    (["--spark-conf", "spark.executor.memory=8g"], "only with --engine spark"),
    (["--engine", "spark", "--spark-conf", "executor.memory=8g"], "expected spark.KEY=VALUE"),
    (["--engine", "spark", "--spark-conf", "spark.executor.memory"], "expected spark.KEY=VALUE"),
])
def test_spark_settings_are_checked_before_anything_runs(tmp_path, args, hint):
    result = runner.invoke(app, ["scan", str(tmp_path), "--out", str(tmp_path / "out"), *args],
                           terminal_width=250)
    assert result.exit_code == 2
    assert hint in result.output
    assert not (tmp_path / "out").exists()
