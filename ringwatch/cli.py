"""The `ringwatch` command line."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from ringwatch.errors import BundleError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Find rings of fake and stolen identities posing as remote workers.")
console = Console()
err_console = Console(stderr=True)


def _run_scan(bundle: Path, out: Path):
    from ringwatch.pipeline import STAGES, scan

    columns = (SpinnerColumn(), TextColumn("[bold]{task.fields[stage]:<10}"), BarColumn(),
               TextColumn("{task.completed}/{task.total}"), TextColumn("{task.fields[detail]}"),
               TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=False,
                  disable=not err_console.is_terminal) as progress:
        task = progress.add_task("scan", total=len(STAGES), stage="", detail="")
        seen: list[str] = []

        def on_stage(stage: str, detail: str) -> None:
            if stage and stage not in seen:
                if seen:
                    progress.advance(task)
                seen.append(stage)
            progress.update(task, stage=stage, detail=detail)

        try:
            result = scan(bundle, out, on_stage=on_stage)
        except BundleError as exc:
            progress.stop()
            err_console.print(f"[bold red]error:[/] {exc}")
            raise typer.Exit(2) from exc
        progress.update(task, completed=len(STAGES), detail="done")
    return result


def _print_summary(result) -> None:
    console.print(
        f"scanned [bold]{result.subjects:,}[/] subjects in {result.seconds:.1f}s: "
        f"[red]{result.levels['high']:,} high[/], [yellow]{result.levels['medium']:,} medium[/], "
        f"{result.levels['low']:,} low; [bold]{result.rings:,}[/] rings; "
        f"{result.warnings:,} load warnings")
    console.print(f"outputs in [bold]{result.out_dir}[/]: subjects.csv, rings.jsonl, report.html, "
                  f"ringwatch.duckdb")


@app.command("scan")
def scan_command(bundle: Path = typer.Argument(..., help="bundle folder (see CONTRACT.md)"),
                 out: Path = typer.Option(..., "--out", "-o", help="output folder")) -> None:
    """Scan a bundle: score every subject, find rings, write subjects.csv, rings.jsonl, report.html."""
    result = _run_scan(bundle, out)
    _print_summary(result)


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
                                            help="mixed, accounts (an email provider) or employer")) -> None:
    """Generate a realistic, adversarial scenario: a bundle plus ground truth outside it."""
    from ringwatch.synth import generate
    from ringwatch.synth.plan import WORLDS

    if world not in WORLDS:
        raise typer.BadParameter(f"expected one of {', '.join(WORLDS)}", param_hint="--world")
    with console.status(f"generating {subjects:,} subjects"):
        result = generate(out, subjects=subjects, seed=seed, logins_per_subject=logins, fmt=fmt,
                          photo_rate=photo_rate, resume_rate=resume_rate, world=world)
    console.print(f"{result.subjects:,} subjects, {result.rings} planted rings, "
                  f"{result.rows.get('logins', 0):,} logins in {result.seconds:.0f}s")
    console.print(f"bundle: [bold]{out / 'bundle'}[/]   truth: [bold]{out / 'truth.csv'}[/]")


def _top_rings_table(workspace: Path, limit: int = 10) -> Table:
    import duckdb

    con = duckdb.connect(str(workspace), read_only=True)
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
        table.add_row(ring_id, f"{score:.2f}", level, str(size), (kinds or "").replace(";", ", "),
                      signals or "")
    return table


@app.command("demo")
def demo_command(out: Path = typer.Option(Path("demo-out"), "--out", "-o"),
                 subjects: int = typer.Option(3000, "--subjects", "-n", min=200),
                 seed: int = typer.Option(7, "--seed")) -> None:
    """Generate a few thousand subjects, scan them and show the top rings."""
    from ringwatch.synth import generate

    with console.status(f"generating {subjects:,} subjects"):
        generate(out, subjects=subjects, seed=seed)
    result = _run_scan(out / "bundle", out / "scan")
    _print_summary(result)
    console.print(_top_rings_table(result.workspace))
    console.print(f"report: [bold]{result.report.resolve()}[/]  "
                  f"(ground truth: {out / 'truth.csv'}; try `ringwatch explain ID --out {out / 'scan'}`)")


@app.command("explain")
def explain_command(subject_id: str = typer.Argument(...),
                    out: Path = typer.Option(..., "--out", "-o", help="a scan's output folder")) -> None:
    """Why a subject scored what it did: each signal and link, its weight and the values behind it."""
    from ringwatch.explain import explain

    try:
        text = explain(out, subject_id)
    except LookupError as exc:
        err_console.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(2) from exc
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


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
