"""`scan`: the whole pipeline from a bundle folder to the outputs, stage by stage."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa

from ringwatch import __version__
from ringwatch.engines import DuckDBEngine
from ringwatch.link.fuzzy import canonical_addresses
from ringwatch.link.stage import build_links
from ringwatch.load import load_bundle
from ringwatch.normalise.stage import normalise_bundle, report_unreadable_values
from ringwatch.outputs import atomic_path, write_rings_jsonl, write_subjects_csv
from ringwatch.rings import find_ring_candidates
from ringwatch.score import THRESHOLD_HIGH, THRESHOLD_MEDIUM, score_all
from ringwatch.signals.compute import compute_signals
from ringwatch.signals.registry import SIGNALS

WORKSPACE_NAME = "ringwatch.duckdb"

STAGES = ("load", "normalise", "signals", "links", "rings", "scores", "outputs")


@dataclass
class ScanResult:
    out_dir: Path
    subjects: int
    rings: int
    levels: dict[str, int]
    warnings: int
    seconds: float
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def report(self) -> Path:
        return self.out_dir / "report.html"

    @property
    def workspace(self) -> Path:
        return self.out_dir / WORKSPACE_NAME


class _Timer:
    """Calls the progress callback as each stage starts and records how long it took."""

    def __init__(self, on_stage: Callable[[str, str], None]) -> None:
        self.on_stage = on_stage
        self.seconds: dict[str, float] = {}
        self._current: str | None = None
        self._started = 0.0

    def stage(self, name: str) -> None:
        self._close()
        self._current, self._started = name, time.perf_counter()
        self.on_stage(name, "")

    def detail(self, message: str) -> None:
        self.on_stage(self._current or "", message)

    def _close(self) -> None:
        if self._current:
            self.seconds[self._current] = time.perf_counter() - self._started

    def finish(self) -> None:
        self._close()
        self._current = None


def _record_run_info(engine, bundle: Path, started: datetime, timer: _Timer, warnings: int) -> None:
    info = {
        "bundle": str(bundle),
        "started_at": started.isoformat(timespec="seconds"),
        "ringwatch_version": __version__,
        "engine": engine.name,
        "threshold_high": str(THRESHOLD_HIGH),
        "threshold_medium": str(THRESHOLD_MEDIUM),
        "load_warnings": str(warnings),
    }
    info.update({f"seconds_{k}": f"{v:.2f}" for k, v in timer.seconds.items()})
    info["duration_s"] = f"{sum(timer.seconds.values()):.2f}"
    engine.register("run_info", pa.table({"key": list(info), "value": list(info.values())}))


def scan(bundle: Path, out_dir: Path,
         on_stage: Callable[[str, str], None] = lambda stage, detail: None,
         memory_limit: str | None = None) -> ScanResult:
    """Scan `bundle` and write subjects.csv, rings.jsonl, report.html and the workspace to `out_dir`.

    The workspace is built in a temporary file and every output is renamed into place only
    when complete, so a failed scan leaves the previous outputs untouched.
    """
    from ringwatch.report.html import write_report

    bundle, out_dir = Path(bundle), Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    started = datetime.now(timezone.utc)
    timer = _Timer(on_stage)
    with atomic_path(out_dir / WORKSPACE_NAME) as workspace_tmp:
        engine = DuckDBEngine(workspace_tmp, memory_limit=memory_limit)
        try:
            timer.stage("load")
            load_report = load_bundle(engine, bundle, progress=timer.detail)
            timer.stage("normalise")
            normalise_bundle(engine)
            report_unreadable_values(engine, load_report)
            canonical_addresses(engine)
            timer.stage("signals")
            compute_signals(engine)
            timer.stage("links")
            build_links(engine, bundle, progress=timer.detail)
            timer.stage("rings")
            find_ring_candidates(engine)
            timer.stage("scores")
            score_all(engine)
            timer.stage("outputs")
            # Recorded now so the report can show it, and again below with the outputs' time.
            _record_run_info(engine, bundle, started, timer, load_report.warnings)
            write_subjects_csv(engine, out_dir / "subjects.csv")
            write_rings_jsonl(engine, out_dir / "rings.jsonl")
            with atomic_path(out_dir / "report.html") as report_tmp:
                write_report(engine, report_tmp, SIGNALS)
            timer.finish()
            _record_run_info(engine, bundle, started, timer, load_report.warnings)
            levels = dict(engine.rows("SELECT level, count(*) FROM scores GROUP BY level"))
            result = ScanResult(
                out_dir=out_dir, subjects=engine.count("subjects"), rings=engine.count("rings"),
                levels={k: levels.get(k, 0) for k in ("high", "medium", "low")},
                warnings=load_report.warnings, seconds=sum(timer.seconds.values()),
                stage_seconds=dict(timer.seconds))
            engine.sql("CHECKPOINT")
        finally:
            engine.close()
    return result
