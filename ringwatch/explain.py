"""`ringwatch explain`: the waterfall behind one subject's score, read from a scan's workspace."""

from __future__ import annotations

from pathlib import Path

import duckdb
from rich.console import Group
from rich.table import Table
from rich.text import Text

from ringwatch.pipeline import WORKSPACE_NAME


def explanation_rows(out_dir: Path, subject_id: str) -> tuple[dict, list[dict], dict]:
    """(score row, contributions sorted by evidence, raw subject fields) for one subject."""
    workspace = Path(out_dir) / WORKSPACE_NAME
    if not workspace.exists():
        raise LookupError(f"{workspace} not found: run `ringwatch scan BUNDLE --out {out_dir}` first")
    con = duckdb.connect(str(workspace), read_only=True)
    try:
        cur = con.execute("SELECT * FROM scores WHERE subject_id = ?", [subject_id])
        found = cur.fetchall()
        row = found[0] if found else None
        if row is None:
            raise LookupError(f"subject {subject_id!r} is not in the scan at {out_dir}")
        score = dict(zip([d[0] for d in cur.description], row))
        cur = con.execute("""
            SELECT source, code, weight, evidence, detail, other_subject FROM contributions
            WHERE subject_id = ? ORDER BY evidence DESC, code
        """, [subject_id])
        names = [d[0] for d in cur.description]
        contributions = [dict(zip(names, r)) for r in cur.fetchall()]
        cur = con.execute("SELECT * EXCLUDE (_row) FROM subjects WHERE id = ?", [subject_id])
        fields = dict(zip([d[0] for d in cur.description], cur.fetchall()[0]))
    finally:
        con.close()
    return score, contributions, fields


def explain(out_dir: Path, subject_id: str) -> Group:
    score, contributions, fields = explanation_rows(out_dir, subject_id)
    total = sum(c["evidence"] for c in contributions) or 1.0
    header = Text.assemble(
        (f"{subject_id}", "bold"), f"  score {score['score']:.3f}  level ",
        (score["level"], {"high": "bold red", "medium": "yellow"}.get(score["level"], "green")),
        f"  ring {score['ring_id'] or '-'}\n",
        "score = 1 - prod(1 - weight) over the contributions below; "
        "evidence = -ln(1 - weight) adds up, share = evidence / total.")
    table = Table(show_lines=False)
    for col in ("source", "code", "weight", "evidence", "share"):
        table.add_column(col, no_wrap=True)
    table.add_column("values behind it", overflow="fold")
    for c in contributions:
        table.add_row(c["source"], c["code"], f"{c['weight']:.3f}", f"{c['evidence']:.3f}",
                      f"{c['evidence'] / total:.0%}", c["detail"] or "")
    if not contributions:
        table.add_row("-", "-", "-", "-", "-", "no indicator fired and no link found")
    raw = Table(title="subject as given", show_header=False)
    for key, value in fields.items():
        if value is not None:
            raw.add_row(key, str(value))
    return Group(header, table, raw)
