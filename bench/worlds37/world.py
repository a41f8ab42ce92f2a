"""Orchestration: generate(outdir, n, seed) writes OUTDIR/bundle/ and OUTDIR/truth.csv with exactly n subjects."""
from __future__ import annotations

import collections

from . import export, fraud, honest
from .infra import World
from .lives import dev_account
from .media import Media


def _single(w, clients):
    p = honest.honest_person(w)
    sid = dev_account(w, p)
    honest.label(w, [sid], p)
    return 1


def generate(outdir, n, seed):
    w = World(outdir, n, seed)
    w.media = Media(w)
    clients = honest.client_list(w, max(40, n // 400))
    n_teams = max(1, round(n / 2000))
    fraud_cap = max(30, int(n * 0.045))
    used = 0
    for ti in range(n_teams):
        if used >= fraud_cap - 10:
            break
        team = fraud.Team(w, ti, clients)
        used += fraud.team_rows(w, team, min(n - used, fraud_cap - used))
    kinds = honest.KINDS
    tot_w = sum(v[1] for v in kinds.values())
    made = collections.Counter()
    honest_used = 0
    while n - used > 40:
        base = honest_used + 1
        k = max(kinds, key=lambda x: kinds[x][1] / tot_w * base - made[x] + w.r.random() * 0.5)
        got = kinds[k][0](w, clients, n - used)
        if got == 0:
            got = _single(w, clients)
            k = "indie"
        made[k] += got
        used += got
        honest_used += got
    while used < n:
        used += _single(w, clients)
    w.close()
    order = export.write_subjects(w)
    export.write_domains(w)
    export.write_truth(w, order)
    assert w.subjects.n == n, (w.subjects.n, n)
    fr = sum(1 for v in w.truth.values() if v[0])
    return {"subjects": w.subjects.n, "fraud": fr, "logins": w.counts["logins"], "endpoint": w.counts["endpoint"],
            "payments": w.counts["payments"], "shipments": w.counts["shipments"], "domains": len(w.domains),
            "photos": w.media.n_photos, "resume_files": w.media.n_resumes}
