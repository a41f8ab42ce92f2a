"""A ring's picture: every member placed and labelled, one line per linked pair, coloured by the
strongest kind of link between them. Laid out here (networkx, seeded) so the page needs no
script library and looks the same for everyone."""

from __future__ import annotations

import networkx as nx

WIDTH, HEIGHT, MARGIN = 900, 560, 70
KIND_COLOURS = {
    "SHARED_DEVICE": "#d62728", "SHARED_NETWORK": "#ff7f0e", "SHARED_SHIPPING_ADDRESS": "#8c564b",
    "SHARED_PAYOUT": "#2ca02c", "SHARED_RECOVERY_EMAIL": "#1f77b4", "SHARED_RECOVERY_PHONE": "#17becf",
    "SHARED_EMAIL": "#1f77b4", "SHARED_PHONE": "#17becf", "PHOTO_REUSE": "#e377c2",
    "RESUME_CLONE": "#9467bd", "IDENTITY_REUSE": "#000000", "SHARED_ADDRESS": "#bcbd22",
    "SHARED_SIGNUP_IP": "#7f7f7f", "SHARED_LOGIN_IP": "#7f7f7f", "BURST_PEER": "#aec7e8",
}
LEVEL_COLOURS = {"high": "#c0392b", "medium": "#e67e22", "low": "#7f8c8d"}


def layout(members: list[dict], edges: list[dict]) -> dict:
    g = nx.Graph()
    g.add_nodes_from(m["id"] for m in members)
    for e in edges:
        g.add_edge(e["a"], e["b"], weight=max(float(e["weight"] or 0), 0.05))
    pos = nx.spring_layout(g, seed=7, weight="weight", k=1.6 / max(len(g) ** 0.5, 1)) if len(g) > 1 else {
        n: (0.0, 0.0) for n in g}
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0

    def place(node: str) -> tuple[float, float]:
        x, y = pos[node]
        return (MARGIN + (x - min(xs)) / span_x * (WIDTH - 3.5 * MARGIN),  # room for labels on the right
                MARGIN / 2 + (y - min(ys)) / span_y * (HEIGHT - 1.5 * MARGIN))

    nodes = [{**m, "x": place(m["id"])[0], "y": place(m["id"])[1],
              "colour": LEVEL_COLOURS.get(m.get("level"), "#7f8c8d")} for m in members]
    lines = []
    for e in edges:
        (x1, y1), (x2, y2) = place(e["a"]), place(e["b"])
        lines.append({**e, "x1": x1, "y1": y1, "x2": x2, "y2": y2,
                      "colour": KIND_COLOURS.get(e["kind"], "#555555"),
                      "width": 1 + 3 * min(float(e["weight"] or 0), 1.0)})
    used = sorted({e["kind"] for e in edges})
    return {"width": WIDTH, "height": HEIGHT, "nodes": nodes, "lines": lines,
            "legend": [(k, KIND_COLOURS.get(k, "#555555")) for k in used]}
