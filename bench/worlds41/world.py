"""World 41 orchestration: honest population, DPRK teams, then the bundle and truth.csv."""
import csv
import os

from . import data as D
from . import honest as H
from .fraud import Team, run_team
from .infra import Ctx, DAY, EPOCH0, EPOCH1
from .lives import SUBJECT_COLS, Out

VICTIM_KINDS = {"bedside_nurse", "clinical_staff", "support_staff", "remote_revenue_cycle", "travel_nurse",
                "rehired", "physician", "married_couple", "per_diem_float"}


def single_applicant(w):
    c = w.ctx
    p = H.new_person(c, city=c.pick(H.HB8 + H.SUB8 + H.REM8), age=(19, 62))
    H.app_row(w, p, "applicant_clinical", c.pick(D.CLINICAL_ROLES + D.SUPPORT_ROLES), D.EMPLOYERS["hb_health"],
              c.ts_between(H.T_APP0, EPOCH1 - 10 * DAY), "clinical", photo_p=0.2)
    return [(p, "applicant_clinical")]


def honest_domains(c, w, out):
    rows = [["healthbridge.org", "Healthbridge Health System", "1997-03-11", "hostmaster@healthbridge.org",
             "66.151.20.10", "ns1.healthbridge.org;ns2.healthbridge.org"],
            ["healthbridgemed.org", "Healthbridge Medical Group", "2009-06-02", "hostmaster@healthbridge.org",
             "66.151.20.11", "ns1.healthbridge.org;ns2.healthbridge.org"],
            ["hbrevenueservices.com", "Healthbridge Revenue Services LLC", "2016-01-19", "hostmaster@healthbridge.org",
             "66.151.20.12", "ns1.healthbridge.org;ns2.healthbridge.org"],
            ["myworkdayjobs.com", "Workday, Inc.", "2011-04-20", "domains@workday.com", "34.102.209.45",
             "ns1.p43.dynect.net;ns2.p43.dynect.net"]]
    for f in w.firms:
        rows.append([f["domain"], f["name"], f"20{c.rng.randint(3, 18):02d}-{c.rng.randint(1, 12):02d}-{c.rng.randint(1, 28):02d}",
                     f"admin@{f['domain']}", c.ip_in([104, 162]), "ns-1.awsdns-01.org;ns-2.awsdns-02.com"])
    rows.append([w.msp["domain"], w.msp["name"], "2012-08-14", f"it@{w.msp['domain']}", c.ip_in([104, 162]),
                 "ns1.godaddy.com;ns2.godaddy.com"])
    for a in w.agencies:
        rows.append([a["domain"], a["name"], f"20{c.rng.randint(5, 19):02d}-{c.rng.randint(1, 12):02d}-{c.rng.randint(1, 28):02d}",
                     f"webmaster@{a['domain']}", c.ip_in([104, 162]), "ns1.cloudflare.com;ns2.cloudflare.com"])
    for name, dom in (("ZipJob", "zipjob.com"), ("TopResume", "topresume.com")):
        rows.append([dom, name, "2014-05-05", f"domains@{dom}", c.ip_in([104, 162]), "ns1.cloudflare.com;ns2.cloudflare.com"])
    out.domains = rows + out.domains


def generate(outdir, size, seed):
    ctx = Ctx(seed, size)
    out = Out(ctx, outdir)
    w = H.World(ctx, out)
    people = []
    n_teams = max(1, round(size / 1300))
    target1 = size - (n_teams * 80 + 80)  # room for the teams; the rest is filled with applicants
    kinds = H.KINDS
    while len(out.subjects) < target1:
        gen = ctx.wpick(kinds)
        people += gen(w)
    pool = [p for p, lab in people if lab in VICTIM_KINDS and any(s[:4] in ("emp_", "ctr_") for s in p.sids)]
    ctx.rng.shuffle(pool)
    stolen = pool[:n_teams * 5]
    for i in range(n_teams):
        people += run_team(w, Team(w, i), stolen)
    while len(out.subjects) < size:
        rem = size - len(out.subjects)
        people += (ctx.wpick(H.FILL_KINDS)(w) if rem >= 4 else single_applicant(w))
    honest_domains(ctx, w, out)

    # truth: primary kind, then traits
    idx = {t[0]: t for t in out.truth}
    for p, lab in people:
        seen, toks = set(), []
        for t in getattr(p, "traits", []):
            if t not in seen:
                seen.add(t)
                toks.append(t)
        kind = lab if not getattr(p, "victim", False) else "identity_theft_victim;" + lab
        for sid in p.sids:
            idx[sid][2] = ";".join([kind] + toks)
    ctx.rng.shuffle(out.subjects)
    with open(os.path.join(out.b, "subjects.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.DictWriter(f, SUBJECT_COLS, lineterminator="\n")
        wr.writeheader()
        wr.writerows(out.subjects)
    with open(os.path.join(out.b, "domains.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"])
        wr.writerows(out.domains)
    with open(os.path.join(outdir, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(["subject_id", "fraud", "kind"])
        for sid, fr, kind in sorted(out.truth):
            wr.writerow([sid, fr, kind])
    out.close()
    nf = sum(1 for t in out.truth if t[1] == 1)
    return {"subjects": len(out.subjects), "fraud": nf, "teams": n_teams, "logins": out.n_logins,
            "endpoint": out.n_ep, "payments": out.n_pay, "shipments": out.n_ship, "domains": len(out.domains),
            "photos": out.n_photos, "resumes": out.n_resumes}
