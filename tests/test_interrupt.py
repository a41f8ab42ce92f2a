"""A signal stops a scan even inside one long engine statement (DuckDB looks for Python's
signals only now and then, and not at all inside some joins)."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

# A join DuckDB does not interrupt by itself: minutes of work without a signal check.
LONG_STATEMENT = ("WITH a AS (SELECT i FROM range(60000) t(i)) SELECT count(*) FROM a x, a y "
                  "WHERE EXISTS (SELECT 1 FROM a z WHERE z.i = x.i + y.i)")

SCRIPT = textwrap.dedent(f"""
    import sys
    from ringwatch.cli import _classify, _terminate_cleanly
    from ringwatch.engines import DuckDBEngine
    engine = DuckDBEngine(None, threads=1)
    try:
        with _terminate_cleanly():
            print("ready", flush=True)
            engine.rows({LONG_STATEMENT!r})
    except BaseException as exc:
        # DuckDB raises its interrupt in more than one form; what matters is how the command
        # line reads it
        print(_classify(exc).message, flush=True)
        sys.exit(3)
    sys.exit(0)
""")


def test_sigterm_interrupts_a_long_engine_statement():
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        import time

        time.sleep(1.0)  # well inside the statement
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 3, out
    assert out.strip() == "terminated; the previous outputs are kept", out


# A batch function slow enough that SIGTERM lands while the engine's workers run it.
POOLED_SCRIPT = textwrap.dedent("""
    import multiprocessing, sys, time
    import pyarrow as pa

    def slow(values):
        time.sleep(0.05 * len(values))
        return pa.table({"n": pa.array([len(v) for v in values], pa.int64())})

    if __name__ == "__main__":
        from ringwatch.cli import Terminated, _terminate_cleanly
        from ringwatch.engines import DuckDBEngine
        engine = DuckDBEngine(None, threads=2)
        engine.register("v", pa.table({"x": [str(i) for i in range(2_000)]}))
        try:
            with _terminate_cleanly():
                print("ready", flush=True)
                engine.map_distinct("out", "SELECT x FROM v", slow, min_parallel=2)
        except BaseException as exc:
            print(type(exc).__name__, flush=True)
            print("workers left", len(multiprocessing.active_children()), flush=True)
            engine.close()
            sys.exit(3)
        sys.exit(0)
""")


def test_sigterm_stops_the_engines_worker_processes(tmp_path, monkeypatch):
    import time

    monkeypatch.setenv("RINGWATCH_WORKERS", "2")
    script = tmp_path / "pooled.py"  # a file: spawned workers import the batch function from it
    script.write_text(POOLED_SCRIPT)
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True, cwd=tmp_path)
    try:
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(3.0)  # workers started (spawn) and busy with 12 s batches
        proc.send_signal(signal.SIGTERM)
        signalled = time.monotonic()
        out, _ = proc.communicate(timeout=30)
        waited = time.monotonic() - signalled
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 3, out
    assert out.split("\n")[0] == "Terminated", out
    assert "workers left 0" in out, out
    assert waited < 8, f"the workers' batches ran to the end: {waited:.1f} s"
