"""The HTML report: the scan's results as one self-contained file an analyst can read offline.

All selection and aggregation happens in SQL with LIMITs, so the work here is bounded by what
the page shows (tens of rings, hundreds of subjects), not by the size of the workspace. The
page itself is a Jinja2 template with autoescaping on; charts are inline SVG from `charts`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from ringwatch.contract import SUBJECTS, TABLES
from ringwatch.engines import Engine
from ringwatch.report import charts

LEVELS = ("high", "medium", "low")
HISTOGRAM_BINS = 40
REASON_BARS = 25
RING_MEMBERS_SHOWN = 100
EVIDENCE_ROWS_SHOWN = 100  # strongest link rows per ring
PICTURE_MAX_NODES = 40  # bigger rings are drawn as their most connected core
PICTURE_MAX_EDGES = 150
CONTRIBUTIONS_SHOWN = 25
ISSUE_GROUPS_SHOWN = 100
ISSUE_ROWS_SHOWN = 200
LONG_TEXT = 300  # inline resumes and link details can be pages long; cards show the start
ACTIVITY_ROWS_SHOWN = 10  # a subject's most recent sign-ins and telemetry rows, per table
ACTIVITY_TEXT = 120  # characters of one cell of those rows
# Child tables whose rows a subject card lists, with their titles.
ACTIVITY_TABLES = (("logins", "Sign-ins"), ("endpoint", "Endpoint telemetry"))

# run_info keys the report reads; the whole run_info table is also listed at the end.
RUN_BUNDLE_KEYS = ("bundle",)
RUN_WHEN_KEYS = ("finished_at", "started_at", "scanned_at")
RUN_DURATION_KEYS = ("duration_s", "duration_seconds", "elapsed_s")
THRESHOLD_KEYS = {"high": "threshold_high", "medium": "threshold_medium"}

TEMPLATES = Path(__file__).parent / "templates"


# -- view models ------------------------------------------------------------------------------

@dataclass
class RingView:
    ring_id: str
    anchor: str
    score: float | None
    level: str | None
    size: int
    kinds: list[str]
    reasons: list[str]
    members: list[dict[str, Any]] = field(default_factory=list)
    members_total: int = 0
    evidence: list[dict[str, Any]] = field(default_factory=list)
    evidence_total: int = 0
    picture: Markup = Markup("")
    picture_note: str = ""
    picture_kinds: list[str] = field(default_factory=list)


@dataclass
class Contribution:
    code: str
    source: str | None
    weight: float
    before: float  # the running score 1 − Π(1 − w) before and after this contribution
    after: float
    evidence: str | None
    detail: str | None
    other_subject: str | None


@dataclass
class SubjectCard:
    subject_id: str
    anchor: str
    score: float | None
    level: str | None
    ring_id: str | None
    reasons: list[str]
    contributions: list[Contribution] = field(default_factory=list)
    contributions_total: int = 0
    fields: list[tuple[str, str | None]] = field(default_factory=list)
    activity: list[ActivityTable] = field(default_factory=list)


@dataclass
class ActivityTable:
    """A subject's most recent rows of one child table: the contract's columns, then the
    vendor's own (`okta_*`, `entra_*`, `osquery_*`, a mapping's prefix), each column shown
    only when one of the rows has a value in it."""
    table: str
    title: str
    columns: list[str]
    rows: list[list[str | None]]
    total: int


# -- helpers ------------------------------------------------------------------------------------

def anchor(prefix: str, key: object) -> str:
    """A stable HTML id for any subject or ring id, whatever characters the id contains."""
    return f"{prefix}-{hashlib.sha1(str(key).encode()).hexdigest()[:12]}"


def codes(value: object) -> list[str]:
    """Reason codes or link kinds, whether stored as a list or as a `;`-separated string."""
    if value is None:
        return []
    items = value if isinstance(value, (list, tuple)) else str(value).split(";")
    return [str(item).strip() for item in items if item is not None and str(item).strip()]


def _number(value: Any) -> float | None:
    """`value` as a float when it is a number (or a numeric string), else None."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def display(value: object, limit: int = LONG_TEXT) -> str | None:
    """A cell value as text for the page; None stays None so the template can mark it empty."""
    if value is None:
        return None
    if isinstance(value, float):
        text = "" if math.isnan(value) else f"{value:g}"
    elif isinstance(value, dt.datetime):
        text = value.isoformat(sep=" ")
    elif isinstance(value, (list, tuple)):
        text = "; ".join(str(v) for v in value if v is not None)
    else:
        text = str(value)
    if text == "":
        return None
    if len(text) > limit:
        return f"{text[:limit]}… ({len(text):,} characters)"
    return text


def _float(value: object) -> float | None:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _column_values(column) -> list:
    """A column as Python values; dates and times Python cannot hold (`infinity`, year 10000,
    year -44) come out as their text instead of raising OverflowError."""
    try:
        return column.to_pylist()
    except (OverflowError, ValueError):
        pass
    try:
        text = pc.cast(column, pa.string()).to_pylist()
    except (pa.ArrowNotImplementedError, pa.ArrowInvalid):
        text = [None] * len(column)
    values = []
    for i, scalar in enumerate(column):
        try:
            values.append(scalar.as_py())
        except (OverflowError, ValueError):
            raw = getattr(scalar, "value", None)  # DuckDB's infinities are the extreme integers
            if raw in (2**31 - 1, 2**63 - 1):
                values.append("infinity")
            elif raw in (-(2**31 - 1), -(2**63 - 1)):
                values.append("-infinity")
            else:
                values.append(text[i] if text[i] is not None else "(value out of range)")
    return values


def _pylist(table) -> list[dict[str, Any]]:
    names = table.schema.names
    columns = [_column_values(table.column(j)) for j in range(len(names))]
    return [{name: columns[j][i] for j, name in enumerate(names)} for i in range(table.num_rows)]


class _Workspace:
    """Read-only access to the workspace tables; a missing table reads as empty."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._present: dict[str, bool] = {}

    def has(self, *tables: str) -> bool:
        for table in tables:
            if table not in self._present:
                self._present[table] = bool(self.engine.table_exists(table))
        return all(self._present[t] for t in tables)

    def records(self, query: str, params: Sequence | None = None) -> list[dict[str, Any]]:
        return _pylist(self.engine.arrow(query, params))

    def value(self, query: str, params: Sequence | None = None) -> Any:
        table = self.engine.arrow(query, params)
        return _pylist(table.select([0]))[0][table.schema.names[0]] if table.num_rows else None

    def column_names(self, table: str) -> list[str]:
        return self.engine.arrow(f"SELECT * FROM {table} LIMIT 0").schema.names


# -- sections -----------------------------------------------------------------------------------

def _run_info(ws: _Workspace) -> dict[str, str]:
    if not ws.has("run_info"):
        return {}
    rows = ws.records("SELECT CAST(key AS VARCHAR) AS key, CAST(value AS VARCHAR) AS value FROM run_info")
    return {r["key"]: r["value"] for r in rows if r["key"] is not None}


def _first(info: dict[str, str], keys: Sequence[str]) -> str | None:
    return next((info[k] for k in keys if info.get(k) not in (None, "")), None)


def _thresholds(info: dict[str, str]) -> dict[str, float]:
    found = {level: _float(info.get(key)) for level, key in THRESHOLD_KEYS.items()}
    return {level: value for level, value in found.items() if value is not None}


def _duration(info: dict[str, str]) -> str | None:
    seconds = _float(_first(info, RUN_DURATION_KEYS))
    if seconds is None:
        return None
    minutes, secs = divmod(seconds, 60)
    return f"{int(minutes)}m {secs:02.0f}s" if minutes else f"{secs:.1f} s"


def _summary(ws: _Workspace, info: dict[str, str]) -> dict[str, Any]:
    levels = {level: 0 for level in LEVELS}
    if ws.has("scores"):
        for row in ws.records("SELECT level, count(*) AS n FROM scores GROUP BY level"):
            levels[row["level"] or "unscored"] = row["n"]
    scanned = ws.value("SELECT count(*) FROM subjects") if ws.has("subjects") else sum(levels.values())
    issues = {"error": 0, "warning": 0}
    if ws.has("load_issues"):
        for row in ws.records("SELECT severity, count(*) AS n FROM load_issues GROUP BY severity"):
            issues[row["severity"] or "warning"] = issues.get(row["severity"] or "warning", 0) + row["n"]
    return {
        "bundle": _first(info, RUN_BUNDLE_KEYS),
        "when": _first(info, RUN_WHEN_KEYS),
        "duration": _duration(info),
        "scanned": scanned or 0,
        "levels": levels,
        "rings": ws.value("SELECT count(*) FROM rings") if ws.has("rings") else 0,
        "in_rings": ws.value("SELECT count(DISTINCT subject_id) FROM ring_members") if ws.has("ring_members") else 0,
        "issues": issues,
    }


def _histogram(ws: _Workspace, thresholds: dict[str, float]) -> Markup:
    bins: list[charts.HistogramBin] = []
    if ws.has("scores"):
        rows = ws.records(
            f"SELECT least(CAST(floor(score * {HISTOGRAM_BINS}) AS INTEGER), {HISTOGRAM_BINS - 1}) AS bin, "
            "level, count(*) AS n FROM scores WHERE score IS NOT NULL GROUP BY 1, 2"
        )
        per_bin: dict[int, dict[str | None, int]] = {}
        for row in rows:
            per_bin.setdefault(max(row["bin"], 0), {})[row["level"]] = row["n"]
        for index in sorted(per_bin):
            by_level = per_bin[index]
            dominant = max(by_level.items(), key=lambda kv: kv[1])[0]
            bins.append(charts.HistogramBin(index / HISTOGRAM_BINS, (index + 1) / HISTOGRAM_BINS,
                                            sum(by_level.values()), dominant))
    return charts.score_histogram(bins, thresholds)


def _reason_chart(ws: _Workspace, titles: dict[str, str]) -> Markup:
    bars: list[charts.Bar] = []
    if ws.has("scores", "contributions"):
        rows = ws.records(
            "SELECT c.code, count(DISTINCT c.subject_id) AS n FROM contributions c "
            "JOIN scores s ON s.subject_id = c.subject_id WHERE s.level = 'high' "
            f"GROUP BY c.code ORDER BY n DESC, c.code LIMIT {REASON_BARS}"
        )
        bars = [charts.Bar(str(r["code"]), r["n"], titles.get(str(r["code"]), "")) for r in rows]
    return charts.bar_chart(bars, empty="No high-level subjects")


def _ring_sql(max_rings: int) -> str:
    """CTEs shared by the ring queries: the top rings, their members, and the links inside them.

    A link counts as a ring's evidence only when both ends sit in that same ring.
    """
    return (
        f"WITH top AS (SELECT ring_id FROM rings ORDER BY score DESC NULLS LAST, size DESC, ring_id "
        f"LIMIT {int(max_rings)}),"
        " tm AS (SELECT rm.ring_id, rm.subject_id FROM ring_members rm JOIN top ON top.ring_id = rm.ring_id),"
        " rl AS (SELECT ma.ring_id, l.a, l.b, l.kind, l.value, l.n_sharing, l.weight, l.detail"
        "  FROM links l JOIN tm ma ON ma.subject_id = l.a"
        "  JOIN tm mb ON mb.subject_id = l.b AND mb.ring_id = ma.ring_id)"
    )


# Picture nodes: every member of a small ring; for a big one, the members with the most link
# weight inside it, so the picture shows the ring's connected core rather than scattered pairs.
_PICTURE_NODES_SQL = (
    ", strength AS (SELECT ring_id, subject_id, sum(weight) AS strength FROM ("
    "  SELECT ring_id, a AS subject_id, weight FROM rl UNION ALL SELECT ring_id, b, weight FROM rl)"
    "  GROUP BY ring_id, subject_id),"
    " nodes AS (SELECT ring_id, subject_id FROM ("
    "  SELECT tm.ring_id, tm.subject_id, row_number() OVER (PARTITION BY tm.ring_id"
    "   ORDER BY coalesce(st.strength, 0) DESC, tm.subject_id) AS rn"
    "  FROM tm LEFT JOIN strength st ON st.ring_id = tm.ring_id AND st.subject_id = tm.subject_id)"
    f"  WHERE rn <= {PICTURE_MAX_NODES})"
)


def _rings(ws: _Workspace, max_rings: int) -> tuple[list[RingView], dict[str, str]]:
    """The top rings with members, evidence and picture, and the colour of each link kind."""
    if max_rings <= 0 or not ws.has("rings"):
        return [], {}
    ring_rows = ws.records(
        "SELECT ring_id, score, level, size, kinds, reasons FROM rings "
        f"ORDER BY score DESC NULLS LAST, size DESC, ring_id LIMIT {int(max_rings)}")
    rings = {str(r["ring_id"]): RingView(
        ring_id=str(r["ring_id"]), anchor=anchor("r", r["ring_id"]), score=r["score"], level=r["level"],
        size=int(r["size"] or 0), kinds=codes(r["kinds"]), reasons=codes(r["reasons"]),
    ) for r in ring_rows}
    if not ws.has("ring_members", "scores"):
        return list(rings.values()), charts.kind_palette(k for ring in rings.values() for k in ring.kinds)
    cte = _ring_sql(max_rings)
    for row in ws.records(
        f"{cte}, m AS ("
        " SELECT tm.ring_id, tm.subject_id, s.score, s.level, s.reasons,"
        "  row_number() OVER (PARTITION BY tm.ring_id ORDER BY s.score DESC NULLS LAST, tm.subject_id) AS rn,"
        "  count(*) OVER (PARTITION BY tm.ring_id) AS total"
        " FROM tm LEFT JOIN scores s ON s.subject_id = tm.subject_id)"
        f" SELECT * FROM m WHERE rn <= {RING_MEMBERS_SHOWN} ORDER BY ring_id, rn"
    ):
        ring = rings[str(row["ring_id"])]
        ring.members_total = row["total"]
        ring.members.append({"subject_id": str(row["subject_id"]), "score": row["score"],
                             "level": row["level"], "reasons": codes(row["reasons"])})
    evidence: list[dict[str, Any]] = []
    picture_nodes: list[dict[str, Any]] = []
    picture_edges: list[dict[str, Any]] = []
    if ws.has("links"):
        evidence = ws.records(
            f"{cte}, ranked AS (SELECT rl.*,"
            "  row_number() OVER (PARTITION BY ring_id ORDER BY weight DESC NULLS LAST, a, b, kind) AS rn,"
            "  count(*) OVER (PARTITION BY ring_id) AS total FROM rl)"
            f" SELECT * FROM ranked WHERE rn <= {EVIDENCE_ROWS_SHOWN} ORDER BY ring_id, rn")
        picture_nodes = ws.records(
            f"{cte}{_PICTURE_NODES_SQL} SELECT n.ring_id, n.subject_id, s.score, s.level"
            " FROM nodes n LEFT JOIN scores s ON s.subject_id = n.subject_id ORDER BY n.ring_id, n.subject_id")
        picture_edges = ws.records(
            f"{cte}{_PICTURE_NODES_SQL}, drawn AS (SELECT rl.ring_id, rl.a, rl.b, rl.kind, rl.value, rl.weight,"
            "  row_number() OVER (PARTITION BY rl.ring_id ORDER BY rl.weight DESC NULLS LAST, rl.a, rl.b, rl.kind) AS rn"
            "  FROM rl JOIN nodes na ON na.ring_id = rl.ring_id AND na.subject_id = rl.a"
            "  JOIN nodes nb ON nb.ring_id = rl.ring_id AND nb.subject_id = rl.b)"
            f" SELECT * FROM drawn WHERE rn <= {PICTURE_MAX_EDGES} ORDER BY ring_id, rn")
    colours = charts.kind_palette({str(r["kind"]) for r in evidence + picture_edges}
                                  | {k for ring in rings.values() for k in ring.kinds})
    for row in evidence:
        ring = rings[str(row["ring_id"])]
        ring.evidence_total = row["total"]
        ring.evidence.append({**row, "a": str(row["a"]), "b": str(row["b"]), "value": display(row["value"]),
                              "detail": display(row["detail"])})
    nodes_by_ring: dict[str, list[charts.Node]] = {}
    for row in picture_nodes:
        nodes_by_ring.setdefault(str(row["ring_id"]), []).append(
            charts.Node(str(row["subject_id"]), row["level"], row["score"]))
    edges_by_ring: dict[str, list[charts.Edge]] = {}
    for row in picture_edges:
        edges_by_ring.setdefault(str(row["ring_id"]), []).append(charts.Edge(
            str(row["a"]), str(row["b"]), str(row["kind"]), float(row["weight"] or 0.0),
            display(row["value"], 60) or ""))
    for ring in rings.values():
        _draw_ring(ring, nodes_by_ring.get(ring.ring_id, []), edges_by_ring.get(ring.ring_id, []), colours)
    return list(rings.values()), colours


def _draw_ring(ring: RingView, nodes: list[charts.Node], edges: list[charts.Edge], colours: dict[str, str]) -> None:
    if not nodes:  # no links table: draw the listed members, unconnected
        nodes = [charts.Node(m["subject_id"], m["level"], m["score"]) for m in ring.members[:PICTURE_MAX_NODES]]
    ring.picture = charts.ring_network(nodes, edges, colours)
    ring.picture_kinds = sorted({e.kind for e in edges})
    members = max(ring.members_total, ring.size)
    notes = []
    if len(nodes) < members:
        notes.append(f"the {len(nodes)} most connected of {members:,} members")
    if len(edges) == PICTURE_MAX_EDGES:
        notes.append(f"their {len(edges)} strongest links")
    ring.picture_note = "Showing " + " and ".join(notes) + "." if notes else ""


def _subject_cards(ws: _Workspace, max_subjects: int) -> list[SubjectCard]:
    if max_subjects <= 0 or not ws.has("scores"):
        return []
    top = ("SELECT subject_id FROM scores WHERE level IN ('high', 'medium') "
           f"ORDER BY score DESC NULLS LAST, subject_id LIMIT {int(max_subjects)}")
    cards: dict[str, SubjectCard] = {}
    for row in ws.records(
        "SELECT subject_id, score, level, ring_id, reasons FROM scores WHERE level IN ('high', 'medium') "
        f"ORDER BY score DESC NULLS LAST, subject_id LIMIT {int(max_subjects)}"
    ):
        key = str(row["subject_id"])
        cards[key] = SubjectCard(key, anchor("s", key), row["score"], row["level"],
                                 None if row["ring_id"] is None else str(row["ring_id"]), codes(row["reasons"]))
    if not cards:
        return []
    if ws.has("contributions"):
        for row in ws.records(
            f"WITH top AS ({top}), c AS ("
            " SELECT c.*, row_number() OVER (PARTITION BY c.subject_id ORDER BY c.weight DESC NULLS LAST, c.code) AS rn,"
            "  count(*) OVER (PARTITION BY c.subject_id) AS total"
            " FROM contributions c JOIN top ON top.subject_id = c.subject_id)"
            # the cap (negative evidence) is always shown, last, so the running score ends at
            # the subject's score
            f" SELECT * FROM c WHERE rn <= {CONTRIBUTIONS_SHOWN} OR c.source = 'cap' ORDER BY subject_id, rn"
        ):
            card = cards[str(row["subject_id"])]
            card.contributions_total = row["total"]
            before = card.contributions[-1].after if card.contributions else 0.0
            weight = float(row["weight"] or 0.0)
            evidence = _number(row.get("evidence"))
            if weight >= 0:
                weight = min(weight, 1.0)
                after = 1 - (1 - before) * (1 - weight)
            else:
                # the UNCORROBORATED cap: negative evidence; its row shows the score it takes back
                after = (1 - (1 - before) * math.exp(-evidence) if evidence is not None
                         else 1 - (1 - before) * (1 - max(weight, -1.0)))
                weight = after - before
            other = row.get("other_subject")
            card.contributions.append(Contribution(
                code=str(row["code"]), source=row.get("source"), weight=weight, before=before,
                # evidence in the workspace is a number (-ln(1 - weight)), not a value to show
                after=after, evidence=None if evidence is not None else display(row.get("evidence")),
                detail=display(row.get("detail")), other_subject=None if other is None else str(other),
            ))
    if ws.has("subjects"):
        names = ws.column_names("subjects")
        known = [c for c in SUBJECTS.column_names if c in names]
        # Unknown columns are the caller's own data: shown after the contract's, never dropped.
        ordered = known + [c for c in names if c not in known and c != "_row"] + (["_row"] if "_row" in names else [])
        for row in ws.records(f"WITH top AS ({top}) SELECT s.* FROM subjects s JOIN top ON top.subject_id = s.id"):
            card = cards.get(str(row["id"]))
            if card is not None:
                card.fields = [(name, display(row[name])) for name in ordered]
    _activity(ws, top, cards)
    return list(cards.values())


def _activity(ws: _Workspace, top: str, cards: dict[str, SubjectCard]) -> None:
    """Each card's most recent rows of `logins` and `endpoint`, extra columns included."""
    for table, title in ACTIVITY_TABLES:
        if not ws.has(table):
            continue
        names = ws.column_names(table)
        if "subject_id" not in names:
            continue
        contract = [c for c in TABLES[table].column_names if c in names and c != "subject_id"]
        extras = [c for c in names if c not in contract and c not in ("subject_id", "_row")]
        order = ('t."ts" DESC NULLS LAST, ' if "ts" in names else "") + \
            ('t."_row" DESC' if "_row" in names else "1")
        quoted = ", ".join(f't."{c}"' for c in contract + extras)
        per_subject: dict[str, list[dict[str, Any]]] = {}
        totals: dict[str, int] = {}
        for row in ws.records(
            f"WITH top AS ({top}), r AS ("
            f" SELECT t.subject_id AS _sid, {quoted},"
            f"  row_number() OVER (PARTITION BY t.subject_id ORDER BY {order}) AS _rn,"
            "  count(*) OVER (PARTITION BY t.subject_id) AS _total"
            f" FROM \"{table}\" t JOIN top ON top.subject_id = t.subject_id)"
            f" SELECT * FROM r WHERE _rn <= {ACTIVITY_ROWS_SHOWN} ORDER BY _sid, _rn"
        ):
            key = str(row["_sid"])
            per_subject.setdefault(key, []).append(row)
            totals[key] = int(row["_total"])
        for key, rows in per_subject.items():
            card = cards.get(key)
            if card is None:
                continue
            cells = [{c: display(r[c], ACTIVITY_TEXT) for c in contract + extras} for r in rows]
            shown = [c for c in contract + extras if any(r[c] is not None for r in cells)]
            card.activity.append(ActivityTable(table, title, shown, [[r[c] for c in shown] for r in cells],
                                               totals[key]))


def _data_quality(ws: _Workspace) -> dict[str, Any]:
    if not ws.has("load_issues"):
        return {"groups": [], "rows": [], "total": 0}
    groups = ws.records(
        "SELECT file, severity, code, count(*) AS n FROM load_issues GROUP BY 1, 2, 3 "
        f"ORDER BY CASE severity WHEN 'error' THEN 0 ELSE 1 END, n DESC, file, code LIMIT {ISSUE_GROUPS_SHOWN}")
    rows = ws.records(
        "SELECT * FROM load_issues "
        "ORDER BY CASE severity WHEN 'error' THEN 0 ELSE 1 END, file, \"row\" NULLS FIRST, code "
        f"LIMIT {ISSUE_ROWS_SHOWN}")
    for row in rows:
        row["message"] = display(row.get("message"))
    return {"groups": groups, "rows": rows, "total": ws.value("SELECT count(*) FROM load_issues") or 0}


# -- rendering ------------------------------------------------------------------------------------

def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["num"] = lambda n: f"{int(n or 0):,}"
    env.filters["score"] = lambda x: "—" if x is None else f"{float(x):.2f}"
    env.filters["pct"] = lambda x: f"{100 * float(x or 0):.2f}%"
    env.globals["level_colour"] = charts.level_colour
    env.globals["anchor"] = anchor
    return env


def write_report(engine: Engine, path: Path, signals_registry: list, title: str = "ringwatch report",
                 max_rings: int = 50, max_subjects: int = 500) -> None:
    """Render the workspace tables into one self-contained HTML file at `path`."""
    ws = _Workspace(engine)
    info = _run_info(ws)
    thresholds = _thresholds(info)
    catalogue = sorted(signals_registry, key=lambda s: (str(s.family), str(s.code)))
    titles = {str(s.code): str(s.title) for s in catalogue}
    rings, kind_colours = _rings(ws, max_rings)
    cards = _subject_cards(ws, max_subjects)
    html = _environment().get_template("report.html.j2").render(
        title=title,
        generated=dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        summary=_summary(ws, info),
        thresholds=thresholds,
        histogram=_histogram(ws, thresholds),
        reason_chart=_reason_chart(ws, titles),
        reason_bars=REASON_BARS,
        rings=rings,
        max_rings=max_rings,
        kind_colours=kind_colours,
        ring_anchors={ring.ring_id: ring.anchor for ring in rings},
        cards=cards,
        card_ids={card.subject_id for card in cards},
        max_subjects=max_subjects,
        quality=_data_quality(ws),
        catalogue=catalogue,
        titles=titles,
        run_info=info,
    )
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
