"""Worker processes for the per-value Python work (phone parsing, hashing, shingling).

One policy for every stage: `spawn`, never `fork`, because the parent process holds DuckDB's
threads and forking beside them can copy a lock mid-hold. The price of spawn is the usual one:
a script that calls ringwatch must guard its entry point with `if __name__ == "__main__":`
(the `ringwatch` command and pytest need nothing). RINGWATCH_WORKERS=1 turns workers off.
"""

from __future__ import annotations

import multiprocessing
import os
import re
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager

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


@contextmanager
def process_pool(workers: int, initializer: Callable[[], object] | None = None) -> Iterator[Executor | None]:
    """A spawn-started pool of `workers` processes, or None when one process is enough."""
    if workers <= 1:
        yield None
        return
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=initializer)
    try:
        yield pool
    finally:
        pool.shutdown(cancel_futures=True)
