"""`scan`: the whole pipeline from a bundle folder to the outputs, stage by stage."""

from __future__ import annotations

import contextlib
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa

from ringwatch import __version__
from ringwatch.engines import Engine, open_engine
from ringwatch.engines.errors import EngineError
from ringwatch.judgements import (apply_judgements, attach_previous, carry_ring_ids,
                                  default_store_url, detach_previous, read_judgements)
from ringwatch.link.fuzzy import canonical_addresses
from ringwatch.link.stage import build_links
from ringwatch.load import load_bundle
from ringwatch.normalise.stage import normalise_bundle, report_unreadable_values
from ringwatch.outputs import (REPORT_HTML, RINGS_JSONL, SCREENING_INDEX, SUBJECTS_CSV, WORKSPACE_NAME,
                               OutputSet, write_rings_jsonl, write_subjects_csv)
from ringwatch.rings import find_ring_candidates
from ringwatch.score import THRESHOLD_HIGH, THRESHOLD_MEDIUM, score_all
from ringwatch.screening_index import write_screening_index
from ringwatch.settings import Settings, load_settings
from ringwatch.signals.compute import compute_signals
from ringwatch.signals.registry import SIGNALS

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
    run_id: str = ""
    run_dir: Path | None = None  # the folder of this run's set (DIR/current points to it)
    # The first load warnings (file, row, column, code, message), in file and row order.
    warning_samples: list[dict] = field(default_factory=list)
    swept: list[str] = field(default_factory=list)  # leftovers of killed scans removed

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
        self.last: str | None = None  # the stage started last, still named after finish()

    def stage(self, name: str) -> None:
        self._close()
        self._current, self._started = name, time.perf_counter()
        self.last = name
        self.on_stage(name, "")

    def detail(self, message: str) -> None:
        self.on_stage(self._current or "", message)

    def _close(self) -> None:
        if self._current:
            self.seconds[self._current] = time.perf_counter() - self._started

    def finish(self) -> None:
        self._close()
        self._current = None


WARNINGS_SAMPLED = 50


def _warning_samples(engine: Engine, limit: int = WARNINGS_SAMPLED) -> list[dict]:
    if not engine.table_exists("load_issues"):
        return []
    rows = engine.rows(
        'SELECT file, "row", "column", code, message FROM load_issues WHERE severity = \'warning\' '
        'ORDER BY "row" IS NULL AND "column" IS NOT NULL, file, "row" NULLS FIRST, "column", code '
        "LIMIT ?", [limit])
    return [dict(zip(("file", "row", "column", "code", "message"), r)) for r in rows]


def _record_run_info(engine: Engine, bundle: Path, started: datetime, timer: _Timer, warnings: int,
                     run_id: str, carried: dict[str, str], engine_name: str | None = None) -> None:
    info = {
        "run_id": run_id,
        "bundle": str(bundle),
        "started_at": started.isoformat(timespec="seconds"),
        "ringwatch_version": __version__,
        "engine": engine_name or engine.name,
        "threshold_high": str(THRESHOLD_HIGH),
        "threshold_medium": str(THRESHOLD_MEDIUM),
        "load_warnings": str(warnings),
        **carried,
    }
    info.update({f"seconds_{k}": f"{v:.2f}" for k, v in timer.seconds.items()})
    info["duration_s"] = f"{sum(timer.seconds.values()):.2f}"
    engine.register("run_info", pa.table({"key": list(info), "value": list(info.values())}))


@contextlib.contextmanager
def _temporary_files_in(folder: Path) -> Iterator[None]:
    """Temporary files of the scan (the loader's UTF-8 copies of tables hold personal data)
    go inside the new set's folder, so a killed scan's are swept with it by the next scan
    instead of staying in the system's temp folder."""
    folder.mkdir(exist_ok=True)
    previous = tempfile.tempdir
    tempfile.tempdir = str(folder)
    try:
        yield
    finally:
        tempfile.tempdir = previous


def scan(bundle: Path, out_dir: Path,
         on_stage: Callable[[str, str], None] = lambda stage, detail: None,
         memory_limit: str | None = None, settings: Settings | None = None,
         store_url: str | None = None, engine_name: str = "duckdb",
         engine_options: dict | None = None) -> ScanResult:
    """Scan `bundle` and write subjects.csv, rings.jsonl, report.html and the workspace to `out_dir`.

    The outputs are one set (`ringwatch.outputs.OutputSet`): all of them are written into a
    fresh hidden folder and swapped in together at the end, so a failed or killed scan leaves
    the previous outputs untouched and a reader never sees files of two runs. The analyst
    service's judgements (`store_url`, default the store beside the outputs) and the previous
    scan's rings are carried forward (`ringwatch.judgements`). Raises
    SettingsError (bad RINGWATCH_* setting), OutputError (unusable `out_dir`, or one that
    would overwrite the bundle) or BundleError (the bundle cannot be scanned) before writing.
    """
    from ringwatch.report.html import write_report

    bundle, out_dir = Path(bundle), Path(out_dir)
    settings = settings or load_settings()
    started = datetime.now(timezone.utc)
    timer = _Timer(on_stage)
    judgements, judgements_note = read_judgements(store_url or default_store_url(out_dir))
    with OutputSet(out_dir, bundle) as outputs, _temporary_files_in(outputs.path("tmp")):
        engine = open_engine(engine_name, path=outputs.path(WORKSPACE_NAME),
                             memory_limit=memory_limit or settings.memory_bytes,
                             **(engine_options or {}))
        scanning = engine  # the engine of the stages up to the scores
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
            have_previous = attach_previous(engine, outputs.previous_workspace)
            apply_judgements(engine, judgements, have_previous)
            timer.stage("rings")
            find_ring_candidates(engine)
            timer.stage("scores")
            score_all(engine)
            carried = {"judgements": judgements_note,
                       "ring_ids_carried": str(carry_ring_ids(engine, have_previous))}
            detach_previous(engine)
            timer.stage("outputs")
            if engine.name != "duckdb":
                # The outputs, the report and the workspace's readers work on a DuckDB
                # workspace: another engine's tables are copied into one (ringwatch/engines/spark.py).
                engine = scanning.workspace()
            # Recorded now so the report can show it, and again below with the outputs' time.
            _record_run_info(engine, bundle, started, timer, load_report.warnings, outputs.run_id, carried,
                             scanning.name)
            write_subjects_csv(engine, outputs.path(SUBJECTS_CSV))
            write_rings_jsonl(engine, outputs.path(RINGS_JSONL))
            write_report(engine, outputs.path(REPORT_HTML), SIGNALS)
            write_screening_index(engine, outputs.path(SCREENING_INDEX), outputs.run_id, timer.detail)
            timer.finish()
            _record_run_info(engine, bundle, started, timer, load_report.warnings, outputs.run_id, carried,
                             scanning.name)
            levels = dict(engine.rows("SELECT level, count(*) FROM scores GROUP BY level"))
            result = ScanResult(
                out_dir=out_dir, subjects=engine.count("subjects"), rings=engine.count("rings"),
                levels={k: levels.get(k, 0) for k in ("high", "medium", "low")},
                warnings=load_report.warnings, seconds=sum(timer.seconds.values()),
                stage_seconds=dict(timer.seconds), run_id=outputs.run_id,
                run_dir=outputs.run_dir, warning_samples=_warning_samples(engine),
                swept=list(outputs.swept))
            engine.checkpoint()
        except EngineError as exc:
            exc.stage = exc.stage or timer.last  # the engine knows the table, the scan the stage
            raise
        finally:
            engine.close()
            if scanning is not engine:
                scanning.close()
        outputs.commit()
    return result
