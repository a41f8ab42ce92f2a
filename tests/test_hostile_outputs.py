"""Issue 7, the outputs and the terminal: a hostile or broken bundle, a bad setting or a failing
machine never overwrites the bundle, never leaves outputs of two runs side by side, never makes
the terminal interpret data, never gives a spreadsheet a formula, and ends with a message and
an exit code instead of a traceback."""

from __future__ import annotations

import csv
import errno
import fcntl
import json
import os
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

import ringwatch
from ringwatch.cli import app
from ringwatch.errors import BundleError
from ringwatch.outputs import CURRENT, OUTPUT_NAMES, RUN_PREFIX, current_set

from conftest import make_bundle

runner = CliRunner()


def people(n: int, prefix: str = "T", **overrides) -> list[dict]:
    rows = [dict(id=f"{prefix}{i}", full_name=f"Person {prefix}{i}", email=f"p{prefix.lower()}{i}@example.com",
                 created_at="2024-01-01 10:00:00") for i in range(1, n + 1)]
    for index, values in overrides.items():
        rows[int(index.lstrip("r")) - 1].update(values)
    return rows


def scan(bundle: Path, out: Path, *args: str):
    return runner.invoke(app, ["scan", str(bundle), "--out", str(out), *args])


@pytest.fixture(autouse=True)
def _one_process(monkeypatch, tmp_path):
    monkeypatch.setenv("RINGWATCH_WORKERS", "1")
    (tmp_path / "system-tmp").mkdir(exist_ok=True)
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "system-tmp"))  # error logs land here
    for var in ("RINGWATCH_MEMORY", "RINGWATCH_HOSTING_RANGES", "RINGWATCH_REMOTE_TOOLS", "RINGWATCH_IP_KVM"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def small(tmp_path) -> Path:
    return make_bundle(tmp_path / "a", subjects=people(8))


@pytest.fixture
def other(tmp_path) -> Path:
    return make_bundle(tmp_path / "b", subjects=people(5, prefix="U"))


def run_info(out: Path) -> dict[str, str]:
    con = duckdb.connect(str(current_set(out) / "ringwatch.duckdb"), read_only=True)
    try:
        return dict(con.execute("SELECT key, value FROM run_info").fetchall())
    finally:
        con.close()


def ids_in(out: Path) -> list[str]:
    with (out / "subjects.csv").open(newline="", encoding="utf-8") as fh:
        return [r["id"] for r in csv.DictReader(fh)]


def assert_one_set(out: Path) -> str:
    """Every output name reads from one run's folder, and the files agree with its workspace."""
    run_dir = current_set(out)
    run_id = run_dir.name.removeprefix(RUN_PREFIX)
    for name in OUTPUT_NAMES:
        assert (out / name).resolve().parent == run_dir.resolve(), name
    assert run_info(out)["run_id"] == run_id
    assert run_id in (out / "report.html").read_text(encoding="utf-8")
    con = duckdb.connect(str(out / "ringwatch.duckdb"), read_only=True)
    try:
        expected = [r[0] for r in con.execute("SELECT id FROM subjects ORDER BY _row").fetchall()]
        rings = {r[0] for r in con.execute("SELECT ring_id FROM rings").fetchall()}
    finally:
        con.close()
    assert [i.lstrip("'") for i in ids_in(out)] == expected
    lines = (out / "rings.jsonl").read_text(encoding="utf-8").splitlines()
    assert {json.loads(line)["id"] for line in lines} == rings
    return run_id


# -- item 1: the outputs never overwrite the bundle -----------------------------------------------

@pytest.mark.parametrize("where", ["same", "inside", "link"])
def test_out_folder_that_would_overwrite_the_bundle_is_refused(small, where):
    before = {p.name: p.read_bytes() for p in small.iterdir()}
    out = {"same": small, "inside": small / "out", "link": small.parent / "to-bundle"}[where]
    if where == "link":
        out.symlink_to(small, target_is_directory=True)
    result = scan(small, out)
    assert result.exit_code == 2, result.output
    assert "bundle" in result.output and "Traceback" not in result.output
    assert {p.name: p.read_bytes() for p in small.iterdir()} == before  # nothing written
    assert not (small / "out").exists()


def test_bundle_inside_the_replaced_outputs_is_refused(small, tmp_path):
    out = tmp_path / "out"
    assert scan(small, out).exit_code == 0
    inner = current_set(out) / "bundle"
    inner.mkdir()
    (inner / "subjects.csv").write_bytes((small / "subjects.csv").read_bytes())
    result = scan(out / CURRENT / "bundle", out)
    assert result.exit_code == 2 and "inside the outputs" in result.output


# -- item 3 and 14: outputs as one set, swapped in at once, leftovers swept ------------------------

def test_outputs_are_one_set_behind_one_link(small, tmp_path):
    out = tmp_path / "out"
    result = scan(small, out)
    assert result.exit_code == 0, result.output
    for name in OUTPUT_NAMES:
        assert (out / name).is_symlink() and os.readlink(out / name) == f"{CURRENT}/{name}"
    assert (out / CURRENT).is_symlink()
    assert_one_set(out)


def test_a_failure_while_writing_outputs_keeps_the_previous_set(small, other, tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert scan(small, out).exit_code == 0
    first = assert_one_set(out)
    before = {name: (out / name).read_bytes() for name in ("subjects.csv", "rings.jsonl", "report.html")}

    def broken_report(*args, **kwargs):
        raise RuntimeError("report failed")

    monkeypatch.setattr("ringwatch.report.html.write_report", broken_report)
    result = scan(other, out)
    assert result.exit_code == 3
    assert {name: (out / name).read_bytes() for name in before} == before  # old subjects.csv too
    assert assert_one_set(out) == first
    assert [p.name for p in out.iterdir() if p.name.startswith(RUN_PREFIX)] == [current_set(out).name]


def test_a_second_scan_swaps_the_whole_set_and_removes_the_previous_one(small, other, tmp_path):
    out = tmp_path / "out"
    assert scan(small, out).exit_code == 0
    first_dir = current_set(out)
    assert scan(other, out).exit_code == 0
    assert not first_dir.exists()
    assert_one_set(out)
    assert ids_in(out) == [f"U{i}" for i in range(1, 6)]


def test_leftovers_of_killed_scans_are_swept(small, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    stale_run = out / f"{RUN_PREFIX}20200101T000000Z-dead"
    stale_run.mkdir()
    (stale_run / "ringwatch.duckdb").write_bytes(b"personal data")
    legacy = [out / ".ringwatch.duckdb.abc123.tmp", out / ".ringwatch.duckdb.abc123.tmp.wal",
              out / ".subjects.csv.xyz.tmp", out / ".ringwatch-link-0123"]
    for path in legacy:
        path.write_bytes(b"personal data")
    (out / "keep-me.txt").write_text("the user's own file")
    assert scan(small, out).exit_code == 0
    assert not stale_run.exists()
    assert not [p for p in legacy if p.exists()]
    assert (out / "keep-me.txt").read_text() == "the user's own file"
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == [current_set(out).name]


def test_an_older_output_folder_is_taken_over(small, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    for name in OUTPUT_NAMES:
        (out / name).write_bytes(b"from an older ringwatch")
    assert scan(small, out).exit_code == 0
    assert_one_set(out)


def test_two_scans_into_one_folder_at_once_are_refused(small, tmp_path):
    out = tmp_path / "out"
    assert scan(small, out).exit_code == 0
    fd = os.open(out, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # as a running scan holds it
        result = scan(small, out)
    finally:
        os.close(fd)
    assert result.exit_code == 2 and "another ringwatch scan" in result.output


def test_explain_reads_the_current_set(small, tmp_path):
    out = tmp_path / "out"
    assert scan(small, out).exit_code == 0
    result = runner.invoke(app, ["explain", "T3", "--out", str(out)])
    assert result.exit_code == 0 and "T3" in result.output


# -- item 4: the report survives dates Python cannot hold ------------------------------------------

def test_report_renders_out_of_range_dates(tmp_path):
    from conftest import run_stages
    from ringwatch.report.html import write_report
    from ringwatch.signals.registry import SIGNALS

    bundle = make_bundle(tmp_path, subjects=people(4))
    engine = run_stages(bundle)
    engine.sql("ALTER TABLE subjects ADD COLUMN far_date DATE")
    engine.sql("ALTER TABLE subjects ADD COLUMN far_time TIMESTAMP")
    engine.sql("UPDATE subjects SET birth_date = DATE '10000-01-01', far_date = 'infinity'::DATE, "
               "far_time = 'infinity'::TIMESTAMP, created_at = TIMESTAMP '-0044-03-15 12:00:00'")
    engine.sql("UPDATE scores SET score = 0.9, level = 'high'")  # the report shows flagged subjects
    write_report(engine, tmp_path / "report.html", SIGNALS)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "10000-01-01" in html and "infinity" in html


def test_explain_shows_out_of_range_dates(small, tmp_path):
    out = tmp_path / "out"
    assert scan(small, out).exit_code == 0
    con = duckdb.connect(str(current_set(out) / "ringwatch.duckdb"))
    con.execute("UPDATE subjects SET birth_date = DATE '10000-01-01' WHERE id = 'T2'")
    con.close()
    result = runner.invoke(app, ["explain", "T2", "--out", str(out)], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "10000-01-01" in result.output


# -- item 8: the terminal never interprets data ------------------------------------------------------

def test_markup_in_a_bundle_error_is_printed_literally(tmp_path):
    bundle = make_bundle(tmp_path, subjects=[dict(id="[/red]x", full_name="A"),
                                             dict(id="[/red]x", full_name="B")])
    result = scan(bundle, tmp_path / "out")
    assert result.exit_code == 2, result.output
    assert "[/red]x" in result.output and "MarkupError" not in result.output
    assert not (tmp_path / "out").exists()  # a rejected bundle leaves no trace
    result = scan(bundle, tmp_path / "out", "--json")
    error = json.loads(result.stdout)["error"]
    assert error["kind"] == "bundle" and error["issues"][0]["code"] == "duplicate_id"


def test_warnings_reach_the_terminal_by_file_row_column_and_value(tmp_path):
    rows = people(14, **{f"r{i}": {"created_at": f"yesterday-ish {i}"} for i in range(3, 15)})
    rows[5]["created_at"] = "yesterday-ish [link=https://evil.example]click[/link] [/red]"
    bundle = make_bundle(tmp_path, subjects=rows)
    result = scan(bundle, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "subjects.csv row 3 created_at: 'yesterday-ish 3'" in result.output
    assert "subjects.csv row 6 created_at: 'yesterday-ish [link=https://evil.example]click[/link] [/red]'" \
        in result.output
    assert "row 12 " in result.output and "row 13 " not in result.output  # the first 10 ...
    assert "and 2 more" in result.output  # ... then a count


def test_explain_never_sends_escape_sequences(tmp_path):
    hostile = "\x1b]0;owned\x07\x1b[2J\x1b[31mRED\r\x08[bold]x[/bold]\u202e"
    bundle = make_bundle(tmp_path, subjects=people(3, **{"r2": {
        "full_name": hostile, "employer": "[/red]", "profiles": "[link=https://e.x]y[/link]"}}))
    out = tmp_path / "out"
    assert scan(bundle, out).exit_code == 0
    result = runner.invoke(app, ["explain", "T2", "--out", str(out)], terminal_width=300)
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output and "\u202e" not in result.output
    assert "\\x1b]0;owned" in result.output and "[bold]x[/bold]" in result.output
    assert "[link=https://e.x]y[/link]" in result.output and "[/red]" in result.output


def test_an_unknown_subject_with_escape_sequences_is_shown_harmlessly(small, tmp_path):
    out = tmp_path / "out"
    assert scan(small, out).exit_code == 0
    result = runner.invoke(app, ["explain", "\x1b[31m[/red]", "--out", str(out)])
    assert result.exit_code == 2
    assert "\x1b" not in result.output and "[/red]" in result.output


# -- item 12: no formulas in subjects.csv ---------------------------------------------------------------

def test_subjects_csv_neutralises_formulas(tmp_path):
    hostile = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
               "\t=1+1", "plain"]
    rows = [dict(id=v, full_name=f"P{i}", email=f"p{i}@example.com") for i, v in enumerate(hostile)]
    bundle = make_bundle(tmp_path, subjects=rows)
    out = tmp_path / "out"
    assert scan(bundle, out).exit_code == 0
    with (out / "subjects.csv").open(newline="", encoding="utf-8") as fh:
        written = list(csv.DictReader(fh))
    con = duckdb.connect(str(out / "ringwatch.duckdb"), read_only=True)
    loaded = [r[0] for r in con.execute("SELECT id FROM subjects ORDER BY _row").fetchall()]
    con.close()
    for row, original in zip(written, loaded):
        for column in ("id", "person"):
            assert row[column][0] not in "=+-@\t\r", row
            assert row[column] == (f"'{original}" if original[0] in "=+-@\t\r" else original)
    assert written[-1]["id"] == "plain"


# -- item 13: messages, not tracebacks -------------------------------------------------------------------

def test_out_folder_that_is_a_file(small, tmp_path):
    target = tmp_path / "file"
    target.write_text("x")
    for out in (target, target / "below"):
        result = scan(small, out)
        assert result.exit_code == 2 and "is a file" in result.output, result.output
        assert "Traceback" not in result.output
    assert target.read_text() == "x"


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_out_folder_that_is_not_writable(small, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    result = scan(small, locked / "out")
    assert result.exit_code == 2 and "permission denied" in result.output


@pytest.mark.parametrize("var, value, words", [
    ("RINGWATCH_MEMORY", "lots", "not a size"),
    ("RINGWATCH_MEMORY", "50MB", "below the minimum"),
    ("RINGWATCH_MEMORY", "1GB'; SELECT 1; --", "not a size"),
    ("RINGWATCH_WORKERS", "abc", "whole number"),
    ("RINGWATCH_WORKERS", "0", "whole number"),
    ("RINGWATCH_HOSTING_RANGES", "/nonexistent/ranges.csv", "no such file"),
    ("RINGWATCH_REMOTE_TOOLS", "/etc/hostname", "lacks"),
    ("RINGWATCH_IP_KVM", "/", "not a regular file"),
    ("RINGWATCH_HOSTING_RANGES", "{bad_ranges}", "bad cidr"),
])
def test_bad_settings_are_named_before_anything_is_written(small, tmp_path, monkeypatch, var, value, words):
    bad_ranges = tmp_path / "ranges.csv"
    bad_ranges.write_text("cidr,provider,kind\n10.0.0.0/8,x,cloud\nnot-a-network,y,vpn\n")
    monkeypatch.setenv(var, value.format(bad_ranges=bad_ranges))
    out = tmp_path / "out"
    result = scan(small, out)
    assert result.exit_code == 2, result.output
    assert var in result.output and words in result.output and "Traceback" not in result.output
    assert not out.exists()


def test_memory_limit_never_reaches_sql_verbatim():
    from ringwatch.engines import DuckDBEngine
    from ringwatch.settings import SettingsError

    with pytest.raises(SettingsError):
        DuckDBEngine(memory_limit="1GB'; CREATE TABLE pwned AS SELECT 1; --")
    engine = DuckDBEngine(memory_limit="512MiB")
    assert engine.scalar("SELECT current_setting('memory_limit')") == "512.0 MiB"


def test_corrupt_workspace_in_explain(small, tmp_path):
    out = tmp_path / "out"
    assert scan(small, out).exit_code == 0
    (current_set(out) / "ringwatch.duckdb").write_bytes(b"not a database" * 1000)
    result = runner.invoke(app, ["explain", "T1", "--out", str(out)])
    assert result.exit_code == 2 and "not a readable ringwatch workspace" in result.output, result.output
    assert "Traceback" not in result.output
    result = runner.invoke(app, ["explain", "T1", "--out", str(tmp_path / "nothing")])
    assert result.exit_code == 2 and "no scan outputs" in result.output


def test_disk_full_while_writing_is_the_machine_not_the_data(small, other, tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert scan(small, out).exit_code == 0
    before = (out / "subjects.csv").read_bytes()

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(out))

    monkeypatch.setattr("ringwatch.pipeline.write_rings_jsonl", full)
    result = scan(other, out)
    assert result.exit_code == 4, result.output
    assert "no space left on device" in result.output and "Traceback" not in result.output
    assert (out / "subjects.csv").read_bytes() == before
    assert_one_set(out)


def test_disk_full_during_load_is_not_blamed_on_the_data(small, tmp_path, monkeypatch):
    def load(*args, **kwargs):
        try:
            raise duckdb.IOException("IO Error: Could not write file: No space left on device")
        except duckdb.Error as exc:  # as the loader wraps a reader's failure
            raise BundleError("subjects.csv: cannot be read as csv") from exc

    monkeypatch.setattr("ringwatch.pipeline.load_bundle", load)
    result = scan(small, tmp_path / "out")
    assert result.exit_code == 4 and "no space left on device" in result.output, result.output


def test_out_of_memory_names_the_setting(small, tmp_path, monkeypatch):
    def oom(*args, **kwargs):
        raise duckdb.OutOfMemoryException("Out of Memory Error: could not allocate block")

    monkeypatch.setattr("ringwatch.pipeline.score_all", oom)
    result = scan(small, tmp_path / "out")
    assert result.exit_code == 4 and "RINGWATCH_MEMORY" in result.output, result.output


def test_internal_error_is_short_and_logged(small, tmp_path, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("boom [/red]\nsecond line")

    monkeypatch.setattr("ringwatch.pipeline.score_all", boom)
    result = scan(small, tmp_path / "out")
    assert result.exit_code == 3, result.output
    assert "internal error: RuntimeError: boom [/red]" in result.output
    assert "Traceback" not in result.output and "second line" not in result.output
    log = Path(result.output.split("traceback is in ")[1].split(";")[0].strip())
    assert "Traceback" in log.read_text() and "score_all" not in result.output
    assert log.parent == tmp_path / "system-tmp" and log.stat().st_mode & 0o077 == 0  # private


# -- exit codes, --version, --quiet, --json ---------------------------------------------------------------

@pytest.fixture(scope="module")
def synth_bundle(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("synth")
    result = runner.invoke(app, ["synth", str(root), "--subjects", "300", "--seed", "2"])
    assert result.exit_code == 0, result.output
    return root / "bundle"


def test_fail_on_and_json(synth_bundle, tmp_path):
    out = tmp_path / "out"
    result = scan(synth_bundle, out, "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["ok"] and summary["subjects"] == 300 and summary["exit_code"] == 0
    assert summary["run_id"] == run_info(out)["run_id"]
    assert set(summary["levels"]) == {"high", "medium", "low"}
    flagged = summary["levels"]["high"] + summary["levels"]["medium"]
    assert flagged, "the generator plants rings"
    result = scan(synth_bundle, out, "--fail-on", "medium", "--quiet")
    assert result.exit_code == 1 and result.stdout == ""
    expected = 1 if summary["levels"]["high"] else 0
    assert scan(synth_bundle, out, "--fail-on", "high", "-q").exit_code == expected
    assert scan(synth_bundle, out, "--fail-on", "low").exit_code == 2


def test_json_error_summary(tmp_path):
    result = scan(tmp_path / "missing", tmp_path / "out", "--json")
    assert result.exit_code == 2
    summary = json.loads(result.stdout)
    assert summary["ok"] is False and summary["error"]["kind"] == "bundle"


def test_version():
    for args in (["--version"], ["scan", "--version"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0 and ringwatch.__version__ in result.output


# -- kill -9 at random moments: the output folder always holds one whole set ------------------------

def _scan_process(bundle: Path, out: Path, tmpdir: Path | None = None):
    import subprocess
    import sys

    env = dict(os.environ, RINGWATCH_WORKERS="1")
    if tmpdir is not None:
        env["TMPDIR"] = str(tmpdir)
    return subprocess.Popen([sys.executable, "-m", "ringwatch.cli", "scan", str(bundle), "--out", str(out), "-q"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)


def _staged(out: Path) -> bool:
    """A new set is being written (its subjects.csv exists): the outputs stage has begun."""
    current = current_set(out).name
    return any(p.name != current and (p / "subjects.csv").exists()
               for p in out.glob(f"{RUN_PREFIX}*"))


def test_kill_9_at_random_moments_leaves_one_whole_set(synth_bundle, tmp_path):
    import random
    import shutil
    import signal
    import time

    # A second bundle that reads differently: the first 250 subjects of the first.
    smaller = tmp_path / "smaller"
    shutil.copytree(synth_bundle, smaller)
    with (synth_bundle / "subjects.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))  # fields may hold line breaks (inline resumes)
    with (smaller / "subjects.csv").open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows[:251])

    out = tmp_path / "out"
    system_tmp = tmp_path / "system-tmp"
    started = time.monotonic()
    first = _scan_process(synth_bundle, out)
    assert first.wait(timeout=120) == 0, first.stderr.read().decode()
    full = time.monotonic() - started
    assert_one_set(out)

    seed = random.randrange(10**6)
    rng = random.Random(seed)
    outcomes = []
    for attempt in range(5):
        bundle = smaller if attempt % 2 == 0 else synth_bundle
        proc = _scan_process(bundle, out, system_tmp)
        begun = time.monotonic()
        if attempt % 2 == 0:  # any moment of the run
            deadline = begun + rng.uniform(0.15, 1.1) * full
            while time.monotonic() < deadline and proc.poll() is None:
                time.sleep(0.01)
        else:  # a moment of the outputs stage: writing, flushing, swapping
            while proc.poll() is None and not _staged(out) and time.monotonic() - begun < 2 * full:
                time.sleep(0.005)
            time.sleep(rng.uniform(0.0, 0.25))
        finished = proc.poll() is not None
        if not finished:
            os.killpg(proc.pid, signal.SIGKILL)
        code = proc.wait(timeout=30)
        assert not finished or code == 0, proc.stderr.read().decode()  # a run that ends, ends well
        outcomes.append("finished" if finished else "killed")
        run_id = assert_one_set(out)  # the previous set or the new one, never a mix
        assert len(ids_in(out)) in (250, 300), (seed, attempt)
        assert run_info(out)["run_id"] == run_id
    assert "killed" in outcomes, (seed, outcomes)
    assert not list(system_tmp.iterdir())  # temporary copies of the data stay in the set's folder

    # The next scan sweeps what the killed ones left.
    last = _scan_process(synth_bundle, out)
    assert last.wait(timeout=120) == 0, last.stderr.read().decode()
    assert_one_set(out)
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == [current_set(out).name]


def _signal_mid_scan(synth_bundle, out, signum: int, settle: float):
    """Scan once to completion, start a second scan, and send `signum` once its unfinished set
    folder exists and it has run `settle` seconds more; returns (the process, the first set)."""
    import time

    assert scan(synth_bundle, out, "-q").exit_code == 0
    first = assert_one_set(out)
    proc = _scan_process(synth_bundle, out)
    begun = time.monotonic()
    while not [p for p in out.glob(f"{RUN_PREFIX}*") if p != current_set(out)] and time.monotonic() - begun < 60:
        time.sleep(0.01)
    time.sleep(settle)
    proc.send_signal(signum)
    return proc, first


def test_sigterm_removes_the_unfinished_set(synth_bundle, tmp_path):
    import signal

    out = tmp_path / "out"
    proc, first = _signal_mid_scan(synth_bundle, out, signal.SIGTERM, 0.5)
    assert proc.wait(timeout=60) == 143, proc.stderr.read().decode()
    assert assert_one_set(out) == first
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == [current_set(out).name]


def test_ctrl_c_removes_the_unfinished_set(synth_bundle, tmp_path):
    import signal

    out = tmp_path / "out"
    proc, first = _signal_mid_scan(synth_bundle, out, signal.SIGINT, 0.7)
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert assert_one_set(out) == first
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == [current_set(out).name]
