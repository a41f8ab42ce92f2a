"""`ringwatch explain`: the waterfall behind one subject's score, read from a scan's workspace.

The workspace is read from the output folder's current set (`ringwatch.outputs.current_set`),
resolved once, so an explanation never mixes two scans. Everything shown that came from the
bundle is printed literally (`ringwatch.terminal`): no Rich markup, no control characters.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from ringwatch.engines.errors import engine_errors
from ringwatch.outputs import WORKSPACE_NAME, current_set
from ringwatch.terminal import clean, data

__all__ = ["WORKSPACE_NAME", "WorkspaceError", "explain", "explanation_rows"]


class WorkspaceError(LookupError):
    """The output folder holds no readable workspace (missing, corrupt, or not ringwatch's)."""


def _open(out_dir: Path, attempts: int = 3) -> tuple[Any, Path]:
    """A read-only DB-API connection to the current set's workspace. A scan finishing
    meanwhile may remove the set just resolved; resolving again then finds the new one."""
    from ringwatch.engines.duckdb import open_workspace

    out_dir = Path(out_dir)
    for attempt in range(attempts):
        try:
            workspace = current_set(out_dir) / WORKSPACE_NAME
        except FileNotFoundError:
            raise WorkspaceError(f"{out_dir}: no scan outputs found; run "
                                 f"`ringwatch scan BUNDLE --out {out_dir}` first") from None
        if not workspace.is_file():
            if attempt + 1 < attempts:
                continue
            raise WorkspaceError(f"{workspace} not found: run `ringwatch scan BUNDLE --out {out_dir}` first")
        try:
            return open_workspace(workspace, read_only=True), workspace
        except engine_errors() as exc:
            if workspace.is_file() or attempt + 1 >= attempts:
                raise WorkspaceError(f"{workspace} is not a readable ringwatch workspace "
                                     f"({_first_line(exc)}); run the scan again") from exc
    raise WorkspaceError(f"{out_dir}: the outputs changed while being read; try again")


def _first_line(exc: BaseException) -> str:
    return clean(str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__,
                 newlines=False, limit=200)


def explanation_rows(out_dir: Path, subject_id: str) -> tuple[dict, list[dict], dict]:
    """(score row, contributions sorted by evidence, raw subject fields) for one subject."""
    con, workspace = _open(out_dir)
    try:
        cur = con.execute("SELECT * FROM scores WHERE subject_id = ?", [subject_id])
        found = cur.fetchall()
        row = found[0] if found else None
        if row is None:
            raise LookupError(f"subject {clean(subject_id, newlines=False)!r} is not in the scan at {out_dir}")
        score = dict(zip([d[0] for d in cur.description], row))
        cur = con.execute("""
            SELECT source, code, weight, evidence, detail, other_subject FROM contributions
            WHERE subject_id = ? ORDER BY evidence DESC, code
        """, [subject_id])
        names = [d[0] for d in cur.description]
        contributions = [dict(zip(names, r)) for r in cur.fetchall()]
        # As text: a date Python cannot hold (year 10000, `infinity`) is shown, not raised.
        cur = con.execute("SELECT COLUMNS(* EXCLUDE (_row))::VARCHAR FROM subjects WHERE id = ?",
                          [subject_id])
        values = cur.fetchall()
        fields = dict(zip([d[0] for d in cur.description], values[0])) if values else {}
    except engine_errors() as exc:
        raise WorkspaceError(f"{workspace} cannot be read as a ringwatch workspace "
                             f"({_first_line(exc)}); run the scan again") from exc
    finally:
        con.close()
    return score, contributions, fields


def _num(value, fmt: str) -> str:
    try:
        return format(float(value), fmt)
    except (TypeError, ValueError):
        return "-"


def explain(out_dir: Path, subject_id: str) -> Group:
    score, contributions, fields = explanation_rows(out_dir, subject_id)
    total = sum(float(c["evidence"] or 0.0) for c in contributions) or 1.0
    level = str(score.get("level") or "")
    header = Text.assemble(
        (clean(subject_id, newlines=False), "bold"), f"  score {_num(score.get('score'), '.3f')}  level ",
        (clean(level), {"high": "bold red", "medium": "yellow"}.get(level, "green")),
        f"  ring {clean(score.get('ring_id') or '-', newlines=False)}\n",
        "score = 1 - prod(1 - weight) over the contributions below; "
        "evidence = -ln(1 - weight) adds up, share = evidence / total.")
    table = Table(show_lines=False)
    for col in ("source", "code", "weight", "evidence", "share"):
        table.add_column(col, no_wrap=True)
    table.add_column("values behind it", overflow="fold")
    for c in contributions:
        table.add_row(data(c["source"]), data(c["code"]), _num(c["weight"], ".3f"),
                      _num(c["evidence"], ".3f"), f"{float(c['evidence'] or 0.0) / total:.0%}",
                      data(c["detail"] or ""))
    if not contributions:
        table.add_row("-", "-", "-", "-", "-", "no indicator fired and no link found")
    raw = Table(title="subject as given", show_header=False)
    raw.add_column("field", overflow="fold")
    raw.add_column("value", overflow="fold")
    for key, value in fields.items():
        if value is not None:
            raw.add_row(data(key), data(value))
    return Group(header, table, raw)
