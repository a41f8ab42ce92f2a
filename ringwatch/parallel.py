"""Worker processes for the per-value Python work (phone parsing, hashing, shingling).

One policy for every stage: `spawn`, never `fork`, because the parent process holds DuckDB's
threads and forking beside them can copy a lock mid-hold. The price of spawn is the usual one:
a script that calls ringwatch must guard its entry point with `if __name__ == "__main__":`
(the `ringwatch` command and pytest need nothing). RINGWATCH_WORKERS=1 turns workers off.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager

WORKERS_ENV = "RINGWATCH_WORKERS"


def worker_count() -> int:
    """Workers to use: RINGWATCH_WORKERS if set, else the CPU count (at most 8)."""
    configured = os.environ.get(WORKERS_ENV)
    if configured:
        return max(1, int(configured))
    return max(1, min(os.cpu_count() or 1, 8))


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
