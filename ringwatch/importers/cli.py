"""The `ringwatch import` command (registered on the main app by `register`)."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console

from ringwatch.terminal import clean

WARNINGS_SHOWN = 10
EXIT_OK, EXIT_INPUT, EXIT_ENVIRONMENT = 0, 2, 4


def import_command(
        source: str = typer.Argument(..., help="okta, entra, osquery or csv"),
        files: list[Path] = typer.Argument(..., help="the vendor's export files"),
        into: Path = typer.Option(..., "--into", help="the bundle folder (created if missing)"),
        identity_map: Path = typer.Option(None, "--identity-map",
                                          help="CSV: subject_id plus email/upn/username/user_id/device_id/hostname columns"),
        mapping: Path = typer.Option(None, "--mapping", help="csv: the mapping file (TOML or YAML)"),
        create_subjects: bool = typer.Option(None, "--create-subjects/--no-create-subjects",
                                             help="unmatched identities become subjects (default: only "
                                                  "when the bundle has no subjects table yet)"),
        workers: int = typer.Option(None, "--workers", min=1, help="parallel readers (default: CPUs, at most 8)"),
        unmatched: Path = typer.Option(None, "--unmatched",
                                       help="where to write the CSV of unmatched identities"),
        as_json: bool = typer.Option(False, "--json", help="a machine-readable summary on stdout"),
) -> None:
    """Import Okta, Entra ID, osquery or any CSV (by a mapping) into a bundle (append or create)."""
    from ringwatch.importers.bundle import ImportError_
    from ringwatch.importers.run import import_files

    console = Console(stderr=as_json)
    try:
        result = import_files(source.strip().lower(), files, into, identity_map=identity_map,
                              mapping_file=mapping, create_subjects=create_subjects, workers=workers,
                              unmatched_file=unmatched)
    except ImportError_ as exc:
        _fail(as_json, EXIT_INPUT, "input", str(exc))
    except OSError as exc:
        _fail(as_json, EXIT_ENVIRONMENT if exc.errno in (28, 122, 30, 5) else EXIT_INPUT, "io", str(exc))
    if as_json:
        print(json.dumps({
            "ok": True, "source": result.source, "bundle": str(result.bundle), "records": result.records,
            "written": dict(result.written), "duplicates": result.duplicates,
            "subjects_created": result.subjects_created, "unmatched_identities": len(result.unmatched),
            "unmatched_rows": result.unmatched_rows,
            "unmatched_file": str(result.unmatched_file) if result.unmatched_file else None,
            "skipped": dict(result.skipped), "warnings": {
                "total": result.warnings.total,
                "first": [str(w) for w in result.warnings.kept[:WARNINGS_SHOWN]]},
            "seconds": round(result.seconds, 2)}))
        return
    console.print(clean(result.summary()), markup=False, highlight=False)
    for w in result.warnings.kept[:WARNINGS_SHOWN]:
        console.print(clean(f"  warning: {w}"), markup=False, highlight=False)
    if result.warnings.total > WARNINGS_SHOWN:
        console.print(f"  ... and {result.warnings.total - WARNINGS_SHOWN:,} more warnings",
                      markup=False, highlight=False)
    for u in result.unmatched[:WARNINGS_SHOWN]:
        console.print(clean(f"  unmatched: {u.kind or '?'} '{u.identity}' ({u.events:,} rows, {u.reason})"),
                      markup=False, highlight=False)


def _fail(as_json: bool, code: int, kind: str, message: str) -> None:
    if as_json:
        print(json.dumps({"ok": False, "exit_code": code, "error": {"kind": kind, "message": message}}))
    else:
        Console(stderr=True).print(clean(f"error: {message}"), markup=False, highlight=False)
    raise typer.Exit(code)


def register(app: typer.Typer) -> None:
    app.command("import")(import_command)
