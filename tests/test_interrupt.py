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
    from ringwatch.cli import Terminated, _terminate_cleanly
    from ringwatch.engines import DuckDBEngine
    engine = DuckDBEngine(None, threads=1)
    try:
        with _terminate_cleanly():
            print("ready", flush=True)
            engine.rows({LONG_STATEMENT!r})
    except BaseException as exc:
        print(type(exc).__name__, flush=True)
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
    assert out.strip() in ("Terminated", "InterruptException"), out
