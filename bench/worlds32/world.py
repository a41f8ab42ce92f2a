"""World 32 orchestration: organisations, the fraud schedule, honest populations and their shares, padding, messiness, export."""
import csv
import os

from . import export as X
from . import fraud as F
from . import honest as H
from .common import Ctx, apply, customer, open_mailbox
from .honest import employee_life
from .infra import T0, T1, World
from .lives import Boxpoint, make_employers, new_person

# honest populations and their share of the honest rows
SHARES = [
    (H.applicant, 0.145), (H.intl_contractor, 0.018), (H.freelancer, 0.150), (H.employee, 0.100), (H.shopper, 0.080), (H.business, 0.070), (H.nomad, 0.060),
    (H.rv, 0.045), (H.expat, 0.040), (H.mover, 0.040), (H.agency, 0.040), (H.founders, 0.025), (H.seller, 0.025),
    (H.cowork, 0.025), (H.client, 0.025), (H.military, 0.020), (H.nurse, 0.020), (H.privacy, 0.020),
]

SRC_TS = {"boxpoint": ["Z", "Z", "tz:America/New_York", "ms"], "gigspan": ["plus0"], "taskhive": ["space"], "devlane": ["us"]}
LOGIN_TS = {"boxpoint": "Z", "gigspan": "plus0", "taskhive": "space", "devlane": "us"}


def business_unit(ctx):
    w = ctx.w
    va = w.pick(ctx.vas) if ctx.vas and w.r.random() < 0.2 else None
    firm = w.pick(ctx.firms) if (va is None and ctx.firms and w.r.random() < 0.12) else None
    H.business(ctx, va=va, firm=firm)


def victim_life(ctx, v):
    w, r = ctx.w, ctx.w.r
    x = r.random()
    if x < 0.45:
        v.primary = "remote_employee"
        employee_life(ctx, v)
    elif x < 0.75:
        v.primary = "job_applicant"
        apply(ctx, v, r.randint(1, 4))
    else:
        v.primary = w.pick(["passive_customer", "mover", "passive_customer"])
        mb = open_mailbox(ctx, v, ("mailbox", "virtual_office"), "mailbox_basic")
        customer(ctx, v, mb, n_logins=r.randint(1, 10))
    if v.victim_of is not None:
        v.add("identity_reused")
    ctx.people.append(v)


def generate(outdir, n, seed):
    w = World(n, seed, outdir)
    r = w.r
    bx = Boxpoint(w)
    emps = make_employers(w, max(12, n // 250))
    ctx = Ctx(w, bx, emps)
    for e in emps:
        reg = w.t_between(w.epoch(1998, 1, 1), w.epoch(2021, 1, 1)) if not e.young else w.t_between(w.epoch(2022, 6, 1), T0)
        w.domains.append({"domain": e.domain, "company": e.name, "registered_at": reg,
                          "registrant_email": w.pick(["domains@" + e.domain, "hostmaster@" + e.domain, "dns-admin@markmonitor.com",
                                                      "redacted@privacyguardian.org", "it@" + e.domain]),
                          "ip": w.pick(["104.18.%d.%d" % (r.randint(0, 40), r.randint(1, 254)), "76.76.21.21", "151.101.1.%d" % r.randint(1, 200),
                                        "13.32.%d.%d" % (r.randint(0, 255), r.randint(1, 254)), "198.185.159.145"]),
                          "nameservers": w.pick(["ns-1.awsdns-01.com;ns-2.awsdns-02.net", "kim.ns.cloudflare.com;bob.ns.cloudflare.com",
                                                 "ns1.p01.dynect.net;ns2.p01.dynect.net", "ns1.domaincontrol.com;ns2.domaincontrol.com"]),
                          "boxpoint_hosting": "corporate"})
    for plat, dom, reg in (("Gigspan", "gigspan.com", w.epoch(2009, 3, 1)), ("Taskhive", "taskhive.io", w.epoch(2014, 6, 1)),
                           ("Devlane", "devlane.dev", w.epoch(2017, 9, 1)), ("Boxpoint", "boxpoint.com", w.epoch(2011, 2, 1))):
        w.domains.append({"domain": dom, "company": plat, "registered_at": reg, "registrant_email": "hostmaster@" + dom,
                          "ip": "104.18.%d.%d" % (r.randint(0, 40), r.randint(1, 254)),
                          "nameservers": "ns-1.awsdns-01.com;ns-2.awsdns-02.net", "boxpoint_hosting": "corporate"})
    # helpers the honest side leans on
    for _ in range(max(2, n // 3000)):
        H.make_coach(ctx)
    for _ in range(max(1, n // 10000)):
        H.make_apply_service(ctx)
    for _ in range(max(2, n // 2500)):
        H.make_va(ctx)
    for _ in range(max(1, n // 5000)):
        H.make_firm(ctx)
    H.operators(ctx)
    # people whose identities will be stolen live honest lives too
    victims = [new_person(w, "US", age=(24, 45)) for _ in range(max(6, n // 450))]
    ctx.victims = victims[:]
    F.generate_fraud(ctx, n)
    for v in victims:
        victim_life(ctx, v)
    # the honest populations, interleaved so that shared pools fill evenly
    budget = n - len(w.subjects) - max(10, n // 100)
    start = len(w.subjects)
    fns = [(business_unit if f is H.business else f, s) for f, s in SHARES]
    target = {f: s * budget for f, s in fns}
    made = {f: 0 for f, _ in fns}
    active = [f for f, _ in fns]
    while active and len(w.subjects) - start < budget:
        f = r.choices(active, [target[x] for x in active])[0]
        before = len(w.subjects)
        f(ctx)
        made[f] += len(w.subjects) - before
        if made[f] >= target[f]:
            active.remove(f)
    while len(w.subjects) < n:
        H.passive(ctx)
    # a front's lured candidates got paid for a "test task"
    for p in ctx.lured:
        for sid in p.rows:
            if sid.startswith(("gs_", "th_")):
                w.add_payment(sid, w.t_between(T0, T1), round(r.uniform(50, 400), 2), "USD", "wallet",
                              "paypal:" + p.email.lower(), "payout", "Gigspan", {"boxpoint_memo": "client:" + w.pick(ctx.fronts)})
                break
    # more rows than asked (a household finished the quota): drop whole trailing passive customers
    if len(w.subjects) > n:
        for row in w.subjects[n:]:
            w.truth.pop(row["id"], None)
        w.subjects = w.subjects[:n]
        keep = {x["id"] for x in w.subjects}
        w.logins = [x for x in w.logins if x["subject_id"] in keep]
        w.endpoint = [x for x in w.endpoint if x["subject_id"] in keep]
        w.payments = [x for x in w.payments if x["subject_id"] in keep]
        w.shipments = [x for x in w.shipments if x["subject_id"] in keep]
    return finish(w, ctx, outdir)


def messiness(w):
    r = w.r
    honest_rows = [x for x in w.subjects if w.truth[x["id"]][0] == 0 and x["phone"]]
    for row in r.sample(honest_rows, min(len(honest_rows), max(3, w.n // 2000))):
        ph = row["phone"]
        digits = [i for i, c in enumerate(ph) if c.isdigit()]
        i = digits[len(digits) // 2]
        row["phone"] = ph[:i] + ph[i + 1:]
    hris = [x for x in w.subjects if x["boxpoint_source"] == "employer_hris" and x["birth_date"]]
    for row in r.sample(hris, min(len(hris), max(2, w.n // 4000))):
        y, m, d = row["birth_date"].split("-")
        row["birth_date"] = f"{m}/{d}/{y}"


def finish(w, ctx, outdir):
    r = w.r
    bundle = os.path.join(outdir, "bundle")
    os.makedirs(bundle, exist_ok=True)
    emp_by_short = {e.short: e for e in ctx.emps}
    # timestamps as each source writes them
    for row in w.subjects:
        t = row["created_at"]
        src = row["boxpoint_source"]
        if src == "employer_ats":
            style = emp_by_short[row["boxpoint_partner"]].ts_style
        elif src == "employer_hris":
            style = "date" if r.random() < 0.3 else emp_by_short[row["boxpoint_partner"]].ts_style
        else:
            style = w.pick(SRC_TS.get(src, ["Z"]))
        row["created_at"] = w.iso(t, style)
    messiness(w)
    for row in w.logins:
        src = row["boxpoint_source"]
        st = LOGIN_TS.get(src) or ("ms" if src.startswith("okta") else "Z" if src.startswith("entra") else "tz:America/New_York")
        row["ts"] = w.iso(row["ts"], st)
    for row in w.endpoint:
        row["ts"] = w.iso(row["ts"], "Z")
        if row["started_at"] != "":
            row["started_at"] = w.iso(row["started_at"], "Z")
    for row in w.payments:
        row["ts"] = w.iso(row["ts"], "date" if row["boxpoint_memo"] == "payroll" else "Z")
    for row in w.shipments:
        row["ts"] = w.iso(row["ts"], "Z")
    for row in w.domains:
        row["registered_at"] = w.iso(row["registered_at"], "date")
    # shuffled, as exports are
    r.shuffle(w.subjects)
    r.shuffle(w.logins)
    r.shuffle(w.payments)
    X.write_csv(os.path.join(bundle, "subjects.csv"), X.SUBJECT_COLUMNS, w.subjects)
    X.write_parquet(os.path.join(bundle, "logins.parquet"), X.LOGIN_COLUMNS, w.logins)
    X.write_jsonl(os.path.join(bundle, "endpoint.jsonl"), X.ENDPOINT_COLUMNS, w.endpoint)
    X.write_csv(os.path.join(bundle, "payments.csv"), X.PAYMENT_COLUMNS, w.payments)
    X.write_jsonl(os.path.join(bundle, "shipments.jsonl"), X.SHIPMENT_COLUMNS, w.shipments)
    X.write_csv(os.path.join(bundle, "domains.csv"), X.DOMAIN_COLUMNS, w.domains)
    kept = {x["id"] for x in w.subjects}
    w.photo_jobs = [j for j in w.photo_jobs if j[0].split("/")[1].rsplit(".", 1)[0] in kept]
    w.resume_jobs = [j for j in w.resume_jobs if j[0].split("/")[1].rsplit(".", 1)[0] in kept]
    X.write_media(w, bundle)
    # truth
    fraud_n = 0
    with open(os.path.join(outdir, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(["subject_id", "fraud", "kind"])
        for row in sorted(w.subjects, key=lambda x: x["id"]):
            fr, p = w.truth[row["id"]]
            toks = [t for t in p.tokens if t]
            kind = [p.primary] + [t for t in toks if t != p.primary]
            if p.victim_of is not None and not fr:
                kind = ["identity_theft_victim"] + kind
            wr.writerow([row["id"], fr, ";".join(kind)])
            fraud_n += fr
    return {"subjects": len(w.subjects), "fraud": fraud_n, "logins": len(w.logins), "endpoint": len(w.endpoint),
            "payments": len(w.payments), "shipments": len(w.shipments), "domains": len(w.domains), "photos": len(w.photo_jobs),
            "resumes": len(w.resume_jobs)}
