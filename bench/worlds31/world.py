"""Linkwell: orchestration. generate(outdir, n, seed) writes OUTDIR/bundle/ and OUTDIR/truth.csv."""
import collections

from . import export, fraud, honest
from . import media as M
from .infra import DAY, W0, W1, World
from .lives import domain_row, make_employer


def _messiness(w):
    """Deliberate, documented messiness: ten honest phones mistyped one digit short, a few macOS keyboard ids."""
    honest_rows = [i for i, t in enumerate(w.truth) if t[1] == 0 and w.subjects[i]["phone"]]
    for i in w.rng.sample(honest_rows, min(len(honest_rows), 10)):
        ph = w.subjects[i]["phone"]
        digits = [k for k, ch in enumerate(ph) if ch.isdigit()]
        k = digits[-3]
        w.subjects[i]["phone"] = ph[:k] + ph[k + 1:]
    # a handful of endpoint keyboard values in the macOS spelling (kept, not compared)
    for r in w.endpoint[::997]:
        if r["kind"] == "keyboard" and r["value"] == "en-US":
            r["value"] = "com.apple.keylayout.US"


def _trim(w, n):
    """Drop the last honest rows beyond n (with their child rows)."""
    extra = len(w.subjects) - n
    if extra <= 0:
        return
    drop = set()
    for i in range(len(w.subjects) - 1, -1, -1):
        if len(drop) >= extra:
            break
        if w.truth[i][1] == 0:
            drop.add(w.subjects[i]["id"])
    keep = [i for i in range(len(w.subjects)) if w.subjects[i]["id"] not in drop]
    w.subjects = [w.subjects[i] for i in keep]
    w.truth = [w.truth[i] for i in keep]
    L = w.logins
    idx = [i for i, s in enumerate(L["subject_id"]) if s not in drop]
    for k in L:
        L[k] = [L[k][i] for i in idx]
    w.endpoint = [r for r in w.endpoint if r["subject_id"] not in drop]
    w.payments = [r for r in w.payments if r["subject_id"] not in drop]
    w.shipments = [r for r in w.shipments if r["subject_id"] not in drop]
    for p in list(w.files):
        stem = p.split("/")[-1].rsplit(".", 1)[0]
        if stem in drop:
            del w.files[p]


def generate(outdir, n, seed):
    w = World(n, seed)
    w.default_avatar = M.default_avatar()
    w.passive_pool = []
    used = set()
    w.partners = [make_employer(w, used) for _ in range(max(30, n // 70))]
    w.sharing = [o for o in w.partners if o.shares]
    for o in w.partners[:3]:
        if not o.shares:
            o.shares = True
            w.sharing.append(o)
    w.nonpartners = [make_employer(w, used, partner=False) for _ in range(max(20, n // 120))]
    for o in w.partners + w.nonpartners:
        if o.size == "startup" and w.chance(0.2):
            o.registered = w.t_between(W0 - 40 * DAY, W1 - 60 * DAY)   # honest young startups
        domain_row(w, o)

    # fraud first: fixed minimums, scaling with n
    teams = [fraud.make_team(w, i) for i in range(max(2, round(n / 5000)))]
    stolen = []
    fraud.rings(w, teams, max(2, round(n / 2000)), stolen)
    fraud.careful_rings(w, teams, max(2, round(n / 2000)))
    fraud.lone_personas(w, teams, max(2, round(n / 800)), stolen)
    fraud.purchased(w, teams, max(2, round(n / 2500)))
    fronts = fraud.fronts(w, teams, max(1, round(n / 7000)))
    fraud.boosters(w, teams, max(1, round(n / 10000)))
    fraud.rented(w, teams, max(2, round(n / 2500)))
    fraud.facilitators(w, teams)
    n_fraud = len(w.subjects)

    # the honest world around them
    R = max(0, n - n_fraud)
    honest.victims(w, stolen)
    honest.lured(w, fronts)
    for fn, share in ((honest.households, 0.40), (honest.universities, 0.12), (honest.bootcamps, 0.035),
                      (honest.internationals, 0.07), (honest.privacy_users, 0.015), (honest.nomads, 0.01),
                      (honest.coaches, 0.025), (honest.agencies, 0.045), (honest.rpo, 0.008), (honest.staff, 0.05),
                      (honest.direct_hires, 0.04)):
        if len(w.subjects) < n:
            fn(w, int(share * R))
    if len(w.subjects) < n:
        honest.passive_fill(w, n - len(w.subjects))
    _trim(w, n)
    _messiness(w)

    # rows in a shuffled order; truth resolved with each person's final traits
    order = list(range(len(w.subjects)))
    w.rng.shuffle(order)
    w.subjects = [w.subjects[i] for i in order]
    truth = []
    for i in order:
        sid, fr, k = w.truth[i]
        if isinstance(k, tuple):
            p, primary = k
            k = p.kind(primary)
        truth.append((sid, fr, k))
    export.write(outdir, w, truth)
    kinds = collections.Counter(r["kind"] for r in w.subjects)
    return {"subjects": len(w.subjects), "fraud": sum(t[1] for t in truth), "logins": len(w.logins["subject_id"]),
            "endpoint": len(w.endpoint), "payments": len(w.payments), "shipments": len(w.shipments),
            "domains": len(w.domains), "files": len(w.files),
            "kinds": ",".join(f"{k}:{v}" for k, v in sorted(kinds.items()))}
