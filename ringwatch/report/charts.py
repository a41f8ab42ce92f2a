"""Inline SVG charts for the HTML report.

Drawn by hand rather than with matplotlib: the report embeds up to fifty ring pictures, and
hand-written SVG is a few kilobytes each, renders in milliseconds and scales cleanly in the
browser. Layout (the hard part) is networkx's seeded spring layout. Every piece of text that
comes from the data is escaped here, because the template inserts these strings as markup.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import networkx as nx
from markupsafe import Markup, escape

LEVEL_COLOURS = {"high": "#c0392b", "medium": "#e08e0b", "low": "#7f8c9a"}
UNKNOWN_COLOUR = "#b8c0cc"

# Tableau 10: distinguishable, colour-blind-friendlier than a rainbow.
KIND_PALETTE = (
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
)

FONT = "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\""


def kind_palette(kinds: Iterable[str]) -> dict[str, str]:
    """One colour per link kind, assigned in sorted order so every picture agrees."""
    return {kind: KIND_PALETTE[i % len(KIND_PALETTE)] for i, kind in enumerate(sorted(set(kinds)))}


def level_colour(level: str | None) -> str:
    return LEVEL_COLOURS.get(level or "", UNKNOWN_COLOUR)


def _t(value: object) -> str:
    return str(escape(str(value)))


def _svg(width: int, height: int, label: str, body: list[str]) -> Markup:
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{_t(label)}" class="chart" {FONT}>'
        + "".join(body) + "</svg>"
    )


def _compact(count: int) -> str:
    """Axis label for a power of ten: 1, 10, 100, 1k, 10k, 100k, 1M ..."""
    for size, suffix in ((10**9, "G"), (10**6, "M"), (10**3, "k")):
        if count >= size:
            return f"{count // size}{suffix}"
    return str(count)


# -- score distribution ---------------------------------------------------------------------

@dataclass(frozen=True)
class HistogramBin:
    start: float
    end: float
    count: int
    level: str | None  # the level most subjects in this bin have


def score_histogram(bins: Sequence[HistogramBin], thresholds: Mapping[str, float]) -> Markup:
    """Histogram of scores on a log count axis, bars coloured by level, thresholds marked.

    A log axis because the benign majority sits near zero in the hundreds of thousands while
    the few rings that matter would otherwise be invisible slivers.
    """
    width, height = 640, 240
    left, right, top, bottom = 50, 14, 26, 34
    plot_w, plot_h = width - left - right, height - top - bottom
    body: list[str] = []
    max_count = max((b.count for b in bins), default=0)
    if max_count == 0:
        body.append(f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" '
                    f'fill="#667" font-size="13">No scores in this workspace</text>')
        return _svg(width, height, "Score distribution (empty)", body)

    # Log scale from 0.5 so that a bin holding one subject still shows as a visible bar.
    floor_log = math.log10(0.5)
    top_log = math.ceil(math.log10(max_count)) if max_count > 1 else 1

    def y_of(count: float) -> float:
        frac = (math.log10(count) - floor_log) / (top_log - floor_log)
        return top + plot_h * (1 - frac)

    def x_of(score: float) -> float:
        return left + plot_w * score

    for power in range(0, top_log + 1):
        y = y_of(10 ** power)
        body.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" '
                    f'stroke="#e3e7ee" stroke-width="1"/>')
        body.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11" '
                    f'fill="#556">{_compact(10 ** power)}</text>')
    for b in bins:
        if b.count <= 0:
            continue
        x0, x1, y = x_of(b.start), x_of(b.end), y_of(b.count)
        body.append(
            f'<rect x="{x0 + 0.5:.1f}" y="{y:.1f}" width="{max(x1 - x0 - 1, 0.5):.1f}" '
            f'height="{top + plot_h - y:.1f}" fill="{level_colour(b.level)}">'
            f'<title>{b.start:.3f}–{b.end:.3f}: {b.count:,} subjects ({_t(b.level or "?")})</title></rect>'
        )
    axis_y = top + plot_h
    body.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{axis_y}" y2="{axis_y}" stroke="#556"/>')
    for tick in range(0, 11):
        x = x_of(tick / 10)
        body.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{axis_y}" y2="{axis_y + 4}" stroke="#556"/>')
        body.append(f'<text x="{x:.1f}" y="{axis_y + 17}" text-anchor="middle" font-size="11" '
                    f'fill="#556">{tick / 10:.1f}</text>')
    body.append(f'<text x="{left + plot_w / 2}" y="{height - 2}" text-anchor="middle" '
                f'font-size="11" fill="#334">score</text>')
    body.append(f'<text x="12" y="{top + plot_h / 2}" text-anchor="middle" font-size="11" fill="#334" '
                f'transform="rotate(-90 12 {top + plot_h / 2})">subjects (log)</text>')
    for level, value in sorted(thresholds.items(), key=lambda kv: kv[1]):
        x = x_of(value)
        body.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top - 4}" y2="{axis_y}" '
                    f'stroke="{level_colour(level)}" stroke-width="1.5" stroke-dasharray="5 3"/>')
        body.append(f'<text x="{x + 4:.1f}" y="{top - 8}" font-size="11" font-weight="600" '
                    f'fill="{level_colour(level)}">{_t(level)} ≥ {value:g}</text>')
    return _svg(width, height, "Score distribution", body)


# -- reason codes -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    tooltip: str = ""


def bar_chart(bars: Sequence[Bar], colour: str = LEVEL_COLOURS["high"], empty: str = "Nothing to show") -> Markup:
    """Horizontal bars, largest first, with the count printed at the end of each bar."""
    row, label_w, count_w, width = 20, 210, 64, 640
    height = max(row * len(bars) + 12, 60)
    body: list[str] = []
    if not bars:
        body.append(f'<text x="{width / 2}" y="34" text-anchor="middle" fill="#667" '
                    f'font-size="13">{_t(empty)}</text>')
        return _svg(width, 60, empty, body)
    top_count = max(b.count for b in bars) or 1
    plot_w = width - label_w - count_w
    for i, bar in enumerate(bars):
        y = 6 + i * row
        label = bar.label if len(bar.label) <= 30 else bar.label[:29] + "…"
        bar_w = max(plot_w * bar.count / top_count, 1)
        tip = f"{bar.label}: {bar.count:,}" + (f" — {bar.tooltip}" if bar.tooltip else "")
        body.append(
            f'<g><title>{_t(tip)}</title>'
            f'<text x="{label_w - 8}" y="{y + 13}" text-anchor="end" font-size="12" fill="#223" '
            f'font-family="ui-monospace, SFMono-Regular, Menlo, monospace">{_t(label)}</text>'
            f'<rect x="{label_w}" y="{y + 2}" width="{bar_w:.1f}" height="{row - 6}" rx="2" fill="{colour}"/>'
            f'<text x="{label_w + bar_w + 6:.1f}" y="{y + 13}" font-size="11" fill="#445">{bar.count:,}</text></g>'
        )
    return _svg(width, height, "Reason codes", body)


# -- ring network -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Node:
    id: str
    level: str | None
    score: float | None


@dataclass(frozen=True)
class Edge:
    a: str
    b: str
    kind: str
    weight: float
    value: str = ""


def ring_network(nodes: Sequence[Node], edges: Sequence[Edge], colours: Mapping[str, str],
                 seed: int = 7) -> Markup:
    """A ring as a graph: members are dots coloured by level, links are lines coloured by kind.

    Two subjects linked by several kinds get parallel lines, one per kind, so a pair sharing a
    phone *and* a wallet reads differently from a pair sharing only an office IP.
    """
    # Small rings get a shorter canvas so two or three dots do not fill half the screen.
    width, height, pad_x, pad_y = 420, (320 if len(nodes) > 4 else 220), 48, 24
    graph = nx.Graph()
    graph.add_nodes_from(n.id for n in nodes)
    by_pair: dict[tuple[str, str], list[Edge]] = {}
    for edge in edges:
        if edge.a in graph and edge.b in graph and edge.a != edge.b:
            by_pair.setdefault((edge.a, edge.b), []).append(edge)
    for (a, b), pair_edges in by_pair.items():
        strength = 1 - math.prod(1 - min(max(e.weight, 0.0), 0.99) for e in pair_edges)
        graph.add_edge(a, b, weight=max(strength, 0.05))
    if graph.number_of_nodes() == 0:
        return _svg(width, 60, "Ring network (empty)", [])

    layout = nx.spring_layout(graph, seed=seed, weight="weight",
                              k=1.6 / math.sqrt(graph.number_of_nodes()), iterations=80)
    xs = [p[0] for p in layout.values()]
    ys = [p[1] for p in layout.values()]
    min_x, min_y = min(xs), min(ys)
    span_x, span_y = (max(xs) - min_x) or 1.0, (max(ys) - min_y) or 1.0

    def place(node_id: str) -> tuple[float, float]:
        px, py = layout[node_id]
        if len(layout) == 1:
            return width / 2, height / 2
        return (pad_x + (px - min_x) / span_x * (width - 2 * pad_x),
                pad_y + (py - min_y) / span_y * (height - 2 * pad_y))

    body: list[str] = []
    for (a, b), pair_edges in by_pair.items():
        (x1, y1), (x2, y2) = place(a), place(b)
        length = math.hypot(x2 - x1, y2 - y1) or 1.0
        # Unit normal to the line, used to spread parallel lines for different kinds apart.
        nx_, ny_ = -(y2 - y1) / length, (x2 - x1) / length
        pair_edges = sorted(pair_edges, key=lambda e: e.kind)
        for i, edge in enumerate(pair_edges):
            offset = (i - (len(pair_edges) - 1) / 2) * 3.0
            tip = f"{a} — {b}: {edge.kind}" + (f" = {edge.value}" if edge.value else "") + f" (weight {edge.weight:.2f})"
            body.append(
                f'<line x1="{x1 + nx_ * offset:.1f}" y1="{y1 + ny_ * offset:.1f}" '
                f'x2="{x2 + nx_ * offset:.1f}" y2="{y2 + ny_ * offset:.1f}" '
                f'stroke="{colours.get(edge.kind, UNKNOWN_COLOUR)}" stroke-opacity="0.85" '
                f'stroke-width="{0.8 + 2.6 * min(max(edge.weight, 0.0), 1.0):.1f}" stroke-linecap="round">'
                f'<title>{_t(tip)}</title></line>'
            )
    radius = 7 if len(nodes) <= 20 else 5
    show_labels = len(nodes) <= 16
    for node in nodes:
        x, y = place(node.id)
        score = f"{node.score:.2f}" if node.score is not None else "?"
        body.append(
            f'<g><title>{_t(node.id)}: score {score}, {_t(node.level or "no level")}</title>'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}" fill="{level_colour(node.level)}" '
            f'stroke="#fff" stroke-width="1.5"/></g>'
        )
        if show_labels:
            label = node.id if len(node.id) <= 14 else node.id[:13] + "…"
            body.append(f'<text x="{x:.1f}" y="{y + radius + 11:.1f}" text-anchor="middle" font-size="10" '
                        f'fill="#334" paint-order="stroke" stroke="#fff" stroke-width="3">{_t(label)}</text>')
    return _svg(width, height, "Ring network", body)
