"""World 28 orchestration: honest population, fraud schemes, organisations' domains, then every event."""
import datetime as dt

from . import data as D
from . import export, people, rings
from .infra import T0, T1, World


def domains(w):
    r = w.rng
    rows = [("shiftline.com", "Shiftline Inc.", "2011-03-14", "domains@shiftline.com", "MarkMonitor", "self")]
    for i, (name, dom) in enumerate(D.CLIENTS):
        reg = f"{r.randint(1997, 2018)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        if dom == "quill.social":  # a young honest client (a startup that launched this year)
            reg = "2025-02-11"
        rows.append((dom, name, reg, f"hostmaster@{dom}", r.choice(["MarkMonitor", "GoDaddy", "Cloudflare", "AWS Route 53"]), "client"))
    for name, dom, c, city, _ in D.VENDORS:
        reg = f"{r.randint(2006, 2021)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        if dom == "skybridge.co.ke":  # honest vendor that re-branded recently: young domain
            reg = "2025-04-02"
        rows.append((dom, name, reg, f"admin@{dom}", r.choice(["GoDaddy", "Namecheap", "Cloudflare"]), "vendor"))
    rows.append(("brightpathcareers.org", D.CAREER_SERVICES, "2014-08-20", "it@brightpathcareers.org", "GoDaddy", "career_services"))
    for dom, name, reg, email, registrar, rel in rows:
        ns = dict(D.REGISTRARS).get(registrar, D.REGISTRARS[0][1])
        w.domains.append({"domain": dom, "company": name, "registered_at": reg, "registrant_email": email if r.random() < 0.7 else "",
                          "ip": w.ip(("web", registrar)), "nameservers": ";".join(ns), "shiftline_registrar": registrar,
                          "shiftline_relationship": rel})


def emit(w):
    r = w.rng
    for s in w.subjects:
        k = s["_k"]
        created = s["created_at"]
        devs = []
        for d in s["_devs"]:
            if all(d is not x for x in devs):
                devs.append(d)
        fallback = devs[0] if devs else None
        paths = [(wt, net, d or fallback) for wt, net, d in s["_paths"] if net is not None]
        if s["_nlog"] and paths:
            w.work_sessions(k, created, s["_nlog"], s["_tz"], s["_shift"], paths)
        for t, net, d in s["_extra"]:
            if t >= created:
                w.login(k, t, net, d, app="okta")
        if s.get("kind") != "account" and not s.get("signup_ip") and paths and r.random() < 0.6:
            s["signup_ip"] = paths[0][1].pick(r)
        a = max(created, T0)
        if a < T1 and s["_nlog"]:
            for d in devs:
                for _ in range(1 if r.random() < 0.8 else 2):
                    w.snapshot(k, d, w.date_between(a, T1), d.gw if hasattr(d, "gw") else None, getattr(d, "net_name", None))
                for host, started, hours in d.remote:
                    if started >= a:
                        t = started + dt.timedelta(hours=hours * r.uniform(0.05, 0.95))
                        w.snapshot(k, d, t, getattr(d, "gw", None), getattr(d, "net_name", None))
        if s.get("shiftline_status") not in ("terminated",) and s["kind"] != "applicant":
            for m, dest, amt, cur, every in s["_pay"]:
                w.payouts(k, created, m, dest, amt, cur, every, extra={"shiftline_payroll": "vendor" if s.get("shiftline_vendor") else "shiftline"})


def generate(outdir, n, seed):
    w = World(seed, n)
    nf = rings.fraud_total(n)
    H = people.build(w, n - nf)
    rings.build(w, H)
    domains(w)
    emit(w)
    return export.write(w, outdir)
