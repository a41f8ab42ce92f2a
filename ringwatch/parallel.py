"""Worker processes for the per-value Python work (phone parsing, hashing, shingling).

The engine owns them: `DuckDBEngine.map_distinct` runs batch functions over one pool of
`start_pool` that it creates on first need and closes with the engine (stages hand it plain,
pool-free batch functions; a Spark engine runs the same functions on its executors).

One policy for every pool: `spawn`, never `fork`, because the parent process holds DuckDB's
threads and forking beside them can copy a lock mid-hold. The price of spawn is the usual one:
a script that calls ringwatch must guard its entry point with `if __name__ == "__main__":`
(the `ringwatch` command and pytest need nothing). RINGWATCH_WORKERS=1 turns workers off.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import signal
from concurrent.futures import ProcessPoolExecutor

from ringwatch.settings import MAX_WORKERS, WORKERS_ENV, SettingsError, default_workers


def worker_count() -> int:
    """Workers to use: RINGWATCH_WORKERS if set (1-64, checked), else the CPU count (at most 8)."""
    configured = (os.environ.get(WORKERS_ENV) or "").strip()
    if not configured:
        return default_workers()
    if not re.fullmatch(r"[0-9]+", configured) or not 1 <= int(configured) <= MAX_WORKERS:
        raise SettingsError([f"{WORKERS_ENV}={configured!r}: expected a whole number from 1 to "
                             f"{MAX_WORKERS} (1 turns worker processes off)"])
    return int(configured)


def ignore_interrupts() -> None:
    """Worker initializer: Ctrl-C reaches the whole process group, but only the parent decides
    what an interrupt stops (it terminates its workers); a worker must not die mid-batch with
    a traceback of its own."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def start_pool(workers: int) -> ProcessPoolExecutor:
    """A spawn-started pool of `workers` processes that leave interrupts to the parent."""
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=ignore_interrupts)
