"""The peak resident memory of this process and all its children, sampled while a benchmark
runs (bench/speed.py and bench/spark.py import it in their scan subprocesses).

    with PeakMemory() as peak:
        ...
    peak.mib
"""

from __future__ import annotations

import os
import threading
from pathlib import Path


def tree_rss_mib(pid: int) -> float:
    """Resident memory of a process and all its descendants (Linux /proc), in MiB."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{p}/task").iterdir():
                stack += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError):
            pass
    return total / 1024


class PeakMemory:
    """Samples `tree_rss_mib` of this process every `interval` seconds until left."""

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self.mib = 0.0
        self._done = threading.Event()

    def _sample(self) -> None:
        while not self._done.wait(self.interval):
            self.mib = max(self.mib, tree_rss_mib(os.getpid()))

    def __enter__(self) -> PeakMemory:
        threading.Thread(target=self._sample, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self._done.set()
