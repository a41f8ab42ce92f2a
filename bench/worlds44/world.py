"""Orchestration: draw the teams and the honest workforce, then write the bundle and truth.csv."""
import csv
import os

from . import data as D
from . import fraud as F
from . import honest as H
from .infra import World
from .lives import SUBJECT_COLS, Sink
from .media import Media

FRAUD_SHARE = 0.021


def generate(outdir, n, seed):
    w = World(seed, n)
    bundle = os.path.join(outdir, "bundle")
    os.makedirs(bundle, exist_ok=True)
    m = Media(w, bundle)
    sink = Sink(w, bundle)
    r = w.r
    target = max(1, round(n * FRAUD_SHARE))
    nf = 0
    tactics = [t for t, _ in F.TACTICS]
    weights = [x for _, x in F.TACTICS]
    # teams and honest staff are drawn interleaved so that no kind of row clusters at one end of any pool
    honest_weights = [k[1] / k[3] for k in H.MAKERS]
    singles = [k for k in H.MAKERS if k[3] == 1]
    while len(sink.subjects) < n:
        left = n - len(sink.subjects)
        if nf < target and left > 12 and r.random() < (target - nf) / left / 3.5:
            tactic = r.choices(tactics, weights)[0]
            k, _ = F.make_team(w, m, sink, tactic)
            nf += k
            continue
        if nf < target and left <= (target - nf) + 12:
            tactic = r.choices(tactics, weights)[0]
            k, _ = F.make_team(w, m, sink, tactic)
            nf += k
            continue
        if left < 12:
            maker = r.choices(singles, [k[1] for k in singles])[0]
        else:
            maker = r.choices(H.MAKERS, honest_weights)[0]
        maker[2](w, m, sink)
    sink.close()
    # subjects, shuffled (an HR export is ordered by nothing in particular)
    order = list(range(len(sink.subjects)))
    r.shuffle(order)
    with open(os.path.join(bundle, "subjects.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.DictWriter(f, SUBJECT_COLS)
        wr.writeheader()
        for i in order:
            wr.writerow(sink.subjects[i])
    with open(os.path.join(outdir, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(["subject_id", "fraud", "kind"])
        for i in order:
            wr.writerow(sink.truth[i])
    with open(os.path.join(bundle, "domains.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"])
        rows = F.domains_rows(w, w.pools.get("fronts", []), D.AGENCIES)
        wr.writerows(rows)
    fraud_rows = sum(1 for t in sink.truth if t[1] == 1)
    return {"subjects": len(sink.subjects), "fraud": fraud_rows, "logins": sink.n_logins,
            "endpoint": sink.counts["endpoint"], "payments": sink.counts["payments"],
            "shipments": sink.counts["shipments"], "domains": len(rows), "photos": m.n}
