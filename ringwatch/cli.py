"""The `ringwatch` command line.

Exit codes (README, "Exit codes"): 0 done; 1 done, and subjects at or above `--fail-on` were
found; 2 bad input (the bundle, a setting, the output folder, an argument); 3 internal error
(a short message on the terminal, the full traceback in a log file it names); 4 the machine
failed the scan (disk full, out of memory, an I/O error), not the data. Interrupted: 130.

Nothing from a bundle is interpreted on the terminal: it goes through `ringwatch.terminal`.
"""

from __future__ import annotations

import contextlib
import errno
import importlib.util
import json
import os
import signal
import sys
import tempfile
import traceback
from datetime import datetime, timezone
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from ringwatch import __version__
from ringwatch.errors import BundleError
from ringwatch.terminal import clean, data, markup

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INPUT = 2
EXIT_INTERNAL = 3
EXIT_ENVIRONMENT = 4
EXIT_INTERRUPTED = 130
WARNINGS_SHOWN = 10
FAIL_LEVELS = {"high": ("high",), "medium": ("high", "medium")}

# Tracebacks are ours to print (never with local variables: they hold the bundle's data).
app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Find rings of fake and stolen identities posing as remote workers.")
console = Console()
err_console = Console(stderr=True)


def _version_callback(value: bool) -> None:
    if value:
        print(f"ringwatch {__version__}")
        raise typer.Exit(EXIT_OK)


VERSION_OPTION = typer.Option(False, "--version", callback=_version_callback, is_eager=True,
                              help="print the version and exit")


@app.callback()
def main_options(version: bool = VERSION_OPTION) -> None:
    """Find rings of fake and stolen identities posing as remote workers."""


# -- failures ---------------------------------------------------------------------------------

# errno values that mean the machine, not the data: full disk or quota, read-only or failing
# storage, exhausted memory or file handles.
ENVIRONMENT_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO, errno.ENOMEM,
                      errno.EMFILE, errno.ENFILE, errno.EFBIG}


class Failure(Exception):
    """A classified failure: exit code, kind and a one-line message safe for a terminal."""

    def __init__(self, code: int, kind: str, message: str, details: list[str] | None = None,
                 log: Path | None = None, issues: list[dict] | None = None) -> None:
        super().__init__(message)
        self.code, self.kind, self.message = code, kind, message
        self.details = details or []  # more lines for a person
        self.log = log
        self.issues = issues or []  # for --json: file, row, column, code, message


def _chain(exc: BaseException):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def _environment_problem(exc: BaseException) -> str | None:
    """What the machine did wrong, if `exc` (or what caused it) is a machine failure."""
    from ringwatch.engines.errors import is_disk_full, is_out_of_memory

    for e in _chain(exc):
        if isinstance(e, MemoryError) or is_out_of_memory(e):
            limit = os.environ.get("RINGWATCH_MEMORY") or "6GB"
            return (f"out of memory (RINGWATCH_MEMORY={clean(limit, newlines=False)}): raise "
                    "RINGWATCH_MEMORY, free memory, or scan on a larger machine")
        if isinstance(e, OSError) and e.errno in ENVIRONMENT_ERRNOS:
            where = f" ({clean(e.filename, newlines=False)})" if e.filename else ""
            return f"{os.strerror(e.errno).lower()}{where}: free space or fix the storage, then scan again"
        if is_disk_full(e):
            return ("no space left on device while writing the workspace: free space (the "
                    "workspace needs a few times the bundle's size) and scan again")
    return None


def _write_log(exc: BaseException) -> Path | None:
    """The full traceback in a private file in the temp folder; its path, or None."""
    try:
        fd, name = tempfile.mkstemp(prefix="ringwatch-error-", suffix=".log")
        with os.fdopen(fd, "w", encoding="utf-8", errors="replace") as fh:
            fh.write(f"ringwatch {__version__} at {datetime.now(timezone.utc).isoformat()}\n")
            fh.write(f"argv: {sys.argv!r}\n\n")
            fh.write("".join(traceback.format_exception(exc)))
        return Path(name)
    except OSError:
        return None


def _classify(exc: BaseException) -> Failure:
    from ringwatch.engines.errors import is_interrupt
    from ringwatch.explain import WorkspaceError
    from ringwatch.outputs import OutputError
    from ringwatch.settings import SettingsError

    if isinstance(exc, Failure):
        return exc
    if isinstance(exc, Terminated) or _terminated:
        return Failure(128 + signal.SIGTERM, "interrupted", "terminated; the previous outputs are kept")
    if isinstance(exc, KeyboardInterrupt) or is_interrupt(exc):  # or the engine's form of it
        return Failure(EXIT_INTERRUPTED, "interrupted", "interrupted; the previous outputs are kept")
    environment = _environment_problem(exc)
    if environment:
        return Failure(EXIT_ENVIRONMENT, "environment", environment)
    if isinstance(exc, SettingsError):
        return Failure(EXIT_INPUT, "settings", "bad settings",
                       [clean(p, newlines=False, limit=500) for p in exc.problems])
    if isinstance(exc, OutputError):
        return Failure(EXIT_INPUT, "output", clean(exc, newlines=False, limit=1000))
    if isinstance(exc, BundleError):
        message = clean(exc, newlines=False, limit=2000)
        shown = exc.issues[:WARNINGS_SHOWN]
        details = [_issue_line(i.file, i.row, i.column, i.message) for i in shown
                   if clean(i.message, newlines=False) not in message]  # not said already
        issues = [{"file": i.file, "row": i.row, "column": i.column, "code": i.code,
                   "message": clean(i.message, newlines=False, limit=300)} for i in shown]
        return Failure(EXIT_INPUT, "bundle", message, details, issues=issues)
    if isinstance(exc, WorkspaceError) or type(exc) is LookupError:  # not KeyError, IndexError
        return Failure(EXIT_INPUT, "workspace", clean(exc, newlines=False, limit=1000))
    if isinstance(exc, PermissionError):
        return Failure(EXIT_ENVIRONMENT, "environment",
                       f"permission denied: {clean(exc.filename or exc, newlines=False)}")
    log = _write_log(exc)
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    message = f"internal error: {type(exc).__name__}: {clean(first, newlines=False, limit=300)}"
    return Failure(EXIT_INTERNAL, "internal", message, log=log)


def _report_failure(failure: Failure, as_json: bool) -> None:
    if as_json:
        print(json.dumps({"ok": False, "exit_code": failure.code, "error": {
            "kind": failure.kind, "message": failure.message, "details": failure.details,
            "issues": failure.issues, "log": str(failure.log) if failure.log else None}},
            ensure_ascii=False))
    label = "internal error" if failure.code == EXIT_INTERNAL else "error"
    text = failure.message.removeprefix("internal error: ")
    err_console.print(Text.assemble((f"{label}: ", "bold red"), text), soft_wrap=True)
    for line in failure.details:
        err_console.print(Text("  " + line), soft_wrap=True)
    if failure.code == EXIT_INTERNAL:
        where = f"the full traceback is in {failure.log}" if failure.log else "no log could be written"
        err_console.print(Text(f"  {where}; please report it with the log"), soft_wrap=True)


def _issue_line(file: str | None, row: int | None, column: str | None, message: str | None) -> str:
    """`subjects.csv row 6 created_at: 'yesterday-ish' is not a timestamp`, terminal-safe."""
    where = clean(file or "bundle", newlines=False)
    if row is not None:
        where += f" row {row}"
    if column:
        where += f" {clean(column, newlines=False, limit=80)}"
    return f"{where}: {clean(message or '', newlines=False, limit=300)}"


# -- scan -------------------------------------------------------------------------------------

class Terminated(BaseException):
    """SIGTERM during a scan: unwound like Ctrl-C, so the unfinished set is removed."""


_terminated = False  # set by the handler: the engine may turn the exception into its own


class _EngineInterrupter:
    """Python runs a signal handler only between bytecodes, and an engine may spend minutes in
    one statement without looking for signals (some long DuckDB joins never do). The signal's
    byte on a wakeup socket wakes this thread at once, which interrupts every open engine's
    statement; the handler then runs as soon as the engine returns to Python."""

    def __init__(self) -> None:
        import socket
        import threading

        self._read, self._write = socket.socketpair()
        self._write.setblocking(False)
        self._previous = signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        self._thread = threading.Thread(target=self._watch, name="ringwatch-interrupt", daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        from ringwatch.engines import interrupt_all

        while True:
            try:
                data = self._read.recv(64)
            except OSError:
                return
            if not data:  # closed: the scan is over
                return
            interrupt_all()

    def close(self) -> None:
        signal.set_wakeup_fd(self._previous)
        self._write.close()  # the watcher reads end-of-file and stops
        self._thread.join(timeout=5)
        self._read.close()


@contextlib.contextmanager
def _terminate_cleanly():
    def handler(signum, frame):
        global _terminated
        _terminated = True
        raise Terminated()

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    interrupter = _EngineInterrupter()
    try:
        yield
    finally:
        interrupter.close()
        signal.signal(signal.SIGTERM, previous)


def _run_scan(bundle: Path, out: Path, quiet: bool = False, store: str | None = None,
              engine: str = "duckdb", spark_master: str | None = None,
              spark_conf: dict[str, str] | None = None):
    """Run the pipeline with a progress bar on a terminal; failures raise (see `_classify`)."""
    from ringwatch.pipeline import STAGES, scan
    from ringwatch.settings import load_settings

    settings = load_settings()  # every setting checked before anything is read or written
    columns = (SpinnerColumn(), TextColumn("[bold]{task.fields[stage]:<10}"), BarColumn(),
               TextColumn("{task.completed}/{task.total}"),
               TextColumn("{task.fields[detail]}", markup=False), TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=False,
                  disable=quiet or not err_console.is_terminal) as progress:
        task = progress.add_task("scan", total=len(STAGES), stage="", detail="")
        seen: list[str] = []

        def on_stage(stage: str, detail: str) -> None:
            if stage and stage not in seen:
                if seen:
                    progress.advance(task)
                seen.append(stage)
            progress.update(task, stage=markup(stage, newlines=False),
                            detail=clean(detail, newlines=False, limit=200))

        try:
            options = {"master": spark_master} if spark_master else {}
            if spark_conf:
                options["conf"] = spark_conf
            result = scan(bundle, out, on_stage=on_stage, settings=settings, store_url=store,
                          engine_name=engine, engine_options=options)
        except BaseException:
            progress.stop()
            raise
        progress.update(task, completed=len(STAGES), detail="done")
    return result


def _print_warnings(result) -> None:
    if not result.warnings:
        return
    samples = [s for s in result.warning_samples if s["row"] is not None or not s["column"]]
    err_console.print(Text(f"{result.warnings:,} load warnings", style="yellow"))
    for s in samples[:WARNINGS_SHOWN]:
        err_console.print(Text("  " + _issue_line(s["file"], s["row"], s["column"], s["message"])),
                          soft_wrap=True)
    more = result.warnings - min(len(samples), WARNINGS_SHOWN)
    if more > 0:
        err_console.print(Text(f"  and {more:,} more: see the report's data quality section or "
                               "the workspace table load_issues"))


def _print_summary(result) -> None:
    from ringwatch.outputs import OUTPUT_NAMES

    console.print(
        f"scanned [bold]{result.subjects:,}[/] subjects in {result.seconds:.1f}s: "
        f"[red]{result.levels['high']:,} high[/], [yellow]{result.levels['medium']:,} medium[/], "
        f"{result.levels['low']:,} low; [bold]{result.rings:,}[/] rings; "
        f"{result.warnings:,} load warnings")
    console.print(Text.assemble("outputs in ", (clean(result.out_dir), "bold"),
                                ": " + ", ".join(OUTPUT_NAMES)))


def _summary_json(result, bundle: Path, exit_code: int, fail_on: str | None) -> dict:
    out = Path(result.out_dir)
    return {
        "ok": True, "exit_code": exit_code, "version": __version__, "run_id": result.run_id,
        "bundle": str(bundle), "out": str(out), "subjects": result.subjects,
        "levels": result.levels, "rings": result.rings, "fail_on": fail_on,
        "warnings": {"total": result.warnings, "first": [
            {k: s[k] for k in ("file", "row", "column", "code", "message")}
            for s in result.warning_samples[:WARNINGS_SHOWN]]},
        "seconds": round(result.seconds, 2),
        "stage_seconds": {k: round(v, 2) for k, v in result.stage_seconds.items()},
        "outputs": {name: str(out / name) for name in
                    ("subjects.csv", "rings.jsonl", "report.html", "ringwatch.duckdb")},
        "run_dir": str(result.run_dir) if result.run_dir else None,
    }


@app.command("scan")
def scan_command(bundle: Path = typer.Argument(..., help="bundle folder (see CONTRACT.md)"),
                 out: Path = typer.Option(..., "--out", "-o", help="output folder"),
                 fail_on: str = typer.Option(None, "--fail-on", metavar="high|medium",
                                             help="exit 1 when a subject is at this level or above"),
                 quiet: bool = typer.Option(False, "--quiet", "-q",
                                            help="print nothing but errors"),
                 as_json: bool = typer.Option(False, "--json",
                                              help="print a machine-readable summary on stdout"),
                 store: str = typer.Option(None, "--store", metavar="URL",
                                           help="the analyst service's store whose judgements the scan "
                                                "uses (default: OUT/service.sqlite when it exists)"),
                 engine: str = typer.Option("duckdb", "--engine", metavar="duckdb|spark",
                                            help="the engine that runs the scan's stages (spark: "
                                                 "the package's spark extra and Java 17)"),
                 spark_master: str = typer.Option(None, "--spark-master", metavar="URL",
                                                  help="Spark master for --engine spark (default: "
                                                       "an active session, SPARK_REMOTE, else local)"),
                 spark_conf: list[str] = typer.Option(None, "--spark-conf", metavar="KEY=VALUE",
                                                      help="a Spark setting for the session --engine "
                                                           "spark starts (repeatable), e.g. "
                                                           "spark.executor.memory=8g"),
                 version: bool = VERSION_OPTION) -> None:
    """Scan a bundle: score every subject, find rings, write subjects.csv, rings.jsonl, report.html."""
    if fail_on is not None and fail_on not in FAIL_LEVELS:
        raise typer.BadParameter("expected high or medium", param_hint="--fail-on")
    if engine not in ("duckdb", "spark"):
        raise typer.BadParameter("expected duckdb or spark", param_hint="--engine")
    if spark_master and engine != "spark":
        raise typer.BadParameter("only with --engine spark", param_hint="--spark-master")
    if spark_conf and engine != "spark":
        raise typer.BadParameter("only with --engine spark", param_hint="--spark-conf")
    conf = {}
    for item in spark_conf or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip().startswith("spark."):
            raise typer.BadParameter(f"expected spark.KEY=VALUE, got {item!r}", param_hint="--spark-conf")
        conf[key.strip()] = value.strip()
    if engine == "spark" and importlib.util.find_spec("pyspark") is None:
        raise typer.BadParameter("pyspark is not installed: pip install 'ringwatch[spark]'",
                                 param_hint="--engine")
    try:
        with _terminate_cleanly():
            result = _run_scan(bundle, out, quiet=quiet or as_json, store=store, engine=engine,
                               spark_master=spark_master, spark_conf=conf)
    except BaseException as exc:  # noqa: BLE001 - every failure becomes a message and an exit code
        if isinstance(exc, (typer.Exit, SystemExit)):
            raise
        failure = _classify(exc)
        if failure.code == EXIT_INTERRUPTED:
            # DuckDB answers Ctrl-C by interrupting its query; Python may still hold the same
            # signal pending and raise it again while we exit: the answer is given, ignore it.
            with contextlib.suppress(ValueError):
                signal.signal(signal.SIGINT, signal.SIG_IGN)
        _report_failure(failure, as_json)
        raise typer.Exit(failure.code) from None
    findings = sum(result.levels.get(level, 0) for level in FAIL_LEVELS.get(fail_on or "", ()))
    code = EXIT_FINDINGS if findings else EXIT_OK
    if as_json:
        print(json.dumps(_summary_json(result, bundle, code, fail_on), ensure_ascii=False))
    if not quiet:
        _print_warnings(result)
        if not as_json:
            _print_summary(result)
    if code:
        if not quiet and not as_json:
            err_console.print(Text(f"{findings:,} subjects at {fail_on} or above (--fail-on {fail_on})"))
        raise typer.Exit(code)


@app.command("synth")
def synth_command(out: Path = typer.Argument(..., help="folder for bundle/ and truth.csv"),
                  subjects: int = typer.Option(3000, "--subjects", "-n", min=50),
                  seed: int = typer.Option(1, "--seed"),
                  logins: float = typer.Option(10.0, "--logins-per-subject"),
                  fmt: str = typer.Option("csv", "--format", help="csv, parquet or jsonl"),
                  photo_rate: float = typer.Option(None, "--photo-rate",
                                                   help="share of subjects with a photo file"),
                  resume_rate: float = typer.Option(None, "--resume-rate",
                                                    help="share of subjects with a resume"),
                  world: str = typer.Option("mixed", "--world",
                                            help="mixed, accounts (an email provider) or employer"),
                  vendor_logs: bool = typer.Option(False, "--vendor-logs",
                                                   help="also write OUT/vendor/okta.jsonl, "
                                                        "OUT/vendor/entra/signins-*.json and OUT/vendor/osquery.results.log")) -> None:
    """Generate a realistic, adversarial scenario: a bundle plus ground truth outside it."""
    from ringwatch.synth import generate
    from ringwatch.synth.plan import WORLDS

    if world not in WORLDS:
        raise typer.BadParameter(f"expected one of {', '.join(WORLDS)}", param_hint="--world")
    with console.status(f"generating {subjects:,} subjects"):
        result = generate(out, subjects=subjects, seed=seed, logins_per_subject=logins, fmt=fmt,
                          photo_rate=photo_rate, resume_rate=resume_rate, world=world,
                          vendor_logs=vendor_logs)
    console.print(f"{result.subjects:,} subjects, {result.rings} planted rings, "
                  f"{result.rows.get('logins', 0):,} logins in {result.seconds:.0f}s")
    if result.vendor:
        console.print(Text.assemble("vendor logs: ", (clean(out / "vendor"), "bold"), "  (" + ", ".join(
            f"{name} {n:,}" for name, n in result.vendor.items()) + ")"))
    console.print(Text.assemble("bundle: ", (clean(out / "bundle"), "bold"), "   truth: ",
                                (clean(out / "truth.csv"), "bold")))


def _top_rings_table(workspace: Path, limit: int = 10) -> Table:
    from ringwatch.engines.duckdb import open_workspace

    con = open_workspace(workspace, read_only=True)
    try:
        rows = con.execute("""
            SELECT r.ring_id, r.score, r.level, r.size, r.kinds,
                   (SELECT string_agg(code, ', ') FROM (
                        SELECT c.code FROM contributions c
                        JOIN ring_members m ON m.subject_id = c.subject_id
                        WHERE m.ring_id = r.ring_id AND c.source = 'signal'
                        GROUP BY c.code ORDER BY count(*) DESC LIMIT 4)) AS signals
            FROM rings r ORDER BY r.score DESC, r.size DESC LIMIT ?
        """, [limit]).fetchall()
    finally:
        con.close()
    table = Table(title="Top rings", show_lines=False)
    for col in ("ring", "score", "level", "members", "shared", "member indicators"):
        table.add_column(col)
    for ring_id, score, level, size, kinds, signals in rows:
        table.add_row(data(ring_id), f"{score:.2f}", data(level), str(size),
                      data((kinds or "").replace(";", ", ")), data(signals or ""))
    return table


@app.command("demo")
def demo_command(out: Path = typer.Option(Path("demo-out"), "--out", "-o"),
                 subjects: int = typer.Option(3000, "--subjects", "-n", min=200),
                 seed: int = typer.Option(7, "--seed")) -> None:
    """Generate a few thousand subjects, scan them and show the top rings."""
    from ringwatch.synth import generate

    with console.status(f"generating {subjects:,} subjects"):
        generate(out, subjects=subjects, seed=seed)
    try:
        result = _run_scan(out / "bundle", out / "scan")
    except Exception as exc:  # noqa: BLE001
        failure = _classify(exc)
        _report_failure(failure, False)
        raise typer.Exit(failure.code) from None
    _print_warnings(result)
    _print_summary(result)
    console.print(_top_rings_table(result.workspace))
    console.print(Text.assemble("report: ", (clean(result.report.absolute()), "bold"),
                                f"  (ground truth: {clean(out / 'truth.csv')}; try "
                                f"`ringwatch explain ID --out {clean(out / 'scan')}`)"))


@app.command("explain")
def explain_command(subject_id: str = typer.Argument(...),
                    out: Path = typer.Option(..., "--out", "-o", help="a scan's output folder")) -> None:
    """Why a subject scored what it did: each signal and link, its weight and the values behind it."""
    from ringwatch.explain import explain

    try:
        text = explain(out, subject_id)
    except Exception as exc:  # noqa: BLE001 - every failure becomes a message and an exit code
        failure = _classify(exc)
        _report_failure(failure, False)
        raise typer.Exit(failure.code) from None
    console.print(text)


@app.command("signals")
def signals_command(markdown: bool = typer.Option(False, "--markdown",
                                                 help="print a Markdown table (as in the README)")) -> None:
    """List every indicator: code, weight, family, description and source."""
    from ringwatch.signals.registry import SIGNALS, SOURCES, markdown_table

    if markdown:
        print(markdown_table())
        return
    table = Table(title=f"{len(SIGNALS)} indicators", show_lines=True)
    for col in ("code", "weight", "family", "description", "source"):
        table.add_column(col, overflow="fold")
    for s in SIGNALS:
        table.add_row(s.code, f"{s.weight:.2f}", s.family, s.description, s.source)
    console.print(table)
    for key, title in SOURCES.items():
        console.print(f"[bold]{key}[/]: {title}")


# `ringwatch import` (issue 8): its code lives in ringwatch/importers/cli.py.
from ringwatch.importers.cli import register as _register_import  # noqa: E402

_register_import(app)

# `ringwatch serve`, `users`, `tokens` (issue 9): ringwatch/service/cli.py.
from ringwatch.service.cli import register as _register_service  # noqa: E402

_register_service(app)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
