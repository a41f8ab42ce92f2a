"""Orchestration: clients, hubs and shared places, the fraud schedule, the honest populations, trimming to exactly N, export."""
import collections
import os

from . import data as D
from . import fraud as F
from . import honest as H
from .export import write_bundle
from .infra import DAY, WIN0, World, ascii_fold
from .media import Media


class Ctx:
    def __init__(self, w):
        self.w = w
        self.domains = []
        self.front_domains = []
        self.facilitators = []
        self.mules = []
        self._hubs, self._cowork, self._cafes, self._eor = {}, {}, {}, {}
        self.clients = []
        used = set()
        while len(self.clients) < 80:
            a, b = w.pick(D.CLIENT_PARTS[0]), w.pick(D.CLIENT_PARTS[1])
            if (a, b) in used:
                continue
            used.add((a, b))
            name = f"{a} {b}" + (w.pick([" Inc.", ", Inc.", " LLC", " Ltd", " GmbH", " B.V."]) if w.chance(0.5) else "")
            dom = f"{a}{b}".lower() + w.pick([".com", ".io", ".co", ".ai"])
            self.clients.append({"name": name, "domain": dom, "idp": "okta" if w.chance(0.6) else "entra", "asset": f"{a[:2].upper()}{b[:2].upper()}",
                                 "date_style": w.pick(["date", "date", "naive", "z", "ms"]), "personal_email": w.chance(0.7),
                                 "weight": 1.0 / (1 + len(self.clients)) ** 0.7})
        self._cw = [(c, c["weight"]) for c in self.clients]

    def client(self):
        return self.w.wpick(self._cw)

    def worker_type(self, p, payer):
        if payer:
            return "eor"
        if p.country in ("US", "CA") and self.w.chance(0.25):
            return "employee"
        return "contractor"

    def hub(self, cc, cn):
        h = self._hubs.get((cc, cn))
        if h is None:
            w = self.w
            city = w.city_named(cc, cn)
            a = w.address(cc, city)
            a["unit"] = None
            h = {"net": w.fixed_net(("hub", cc, cn), "office", cc, city, n_ips=2),
                 "address": f"Hubwise {cn} Hub, {w.pick(['2nd', '3rd', '4th', '5th'])} Floor, " + w.fmt_address(a, style=0.9, careless=0),
                 "wifi": f"Hubwise-{ascii_fold(cn).replace(' ', '')}", "kiosk": w.uid("fp_", 16)}
            self._hubs[(cc, cn)] = h
        return h

    def coworking(self, c, city):
        key = (c, city[0])
        lst = self._cowork.setdefault(key, [])
        w = self.w
        if len(lst) < 3 and (not lst or w.chance(0.4)):
            brand = w.pick(D.COWORKING)
            a = w.address(c, city)
            lst.append({"net": w.fixed_net(("cowork", c, city[0], len(lst)), "coworking", c, city, n_ips=2),
                        "address": f"{brand} {city[0]}, " + w.fmt_address(a, style=0.9, careless=0), "wifi": f"{brand.replace(' ', '')}-Members"})
        return w.pick(lst)

    def cafes(self, c, city):
        key = (c, city[0])
        lst = self._cafes.get(key)
        if lst is None:
            lst = [self.w.fixed_net(("cafe", c, city[0], i), "cafe", c, city) for i in range(5)]
            self._cafes[key] = lst
        return lst

    def eor_account(self, c):
        a = self._eor.get(c)
        if a is None:
            from .lives import bank_account
            a = bank_account(self.w, c)
            self._eor[c] = a
        return a

    def victim(self):
        p = H.us_developer(self.w, self, country="US")
        p.traits.insert(0, p.kind)
        p.kind = "identity_theft_victim"
        p.add_trait("identity_reused")
        return p


def generate(outdir, n, seed):
    w = World(n, seed)
    bundle = os.path.join(outdir, "bundle")
    os.makedirs(bundle, exist_ok=True)
    w.media = Media(w, bundle)
    ctx = Ctx(w)

    # fraud schedule (about 3% of rows)
    n_teams = max(2, round(n / 2500))
    for ti in range(n_teams):
        team = F.Team(w, ctx, ti)
        for ri in range(w.r.randrange(2, 5)):
            F.persona_ring(w, ctx, team, ri)
        for ri in range(w.r.randrange(1, 3)):
            F.careful_ring(w, ctx, team, ri)
        if w.chance(0.7):
            F.split_ring(w, ctx, team, 0)
    for _ in range(max(2, n // 350)):
        F.lone_persona(w, ctx)
    F.finish(w, ctx)

    # honest populations until N rows
    pops = H.POPULATIONS
    while len(w.subjects) < n:
        f = w.wpick(pops)
        f(w, ctx)

    # trim to exactly N
    if len(w.subjects) > n:
        drop = {r["id"] for r in w.subjects[n:]}
        w.subjects = w.subjects[:n]
        for name in ("logins", "endpoint", "payments", "shipments"):
            setattr(w, name, [r for r in getattr(w, name) if r["subject_id"] not in drop])
        for d in drop:
            w.truth.pop(d, None)

    # domains
    doms = []
    for c in ctx.clients:
        doms.append({"domain": c["domain"], "company": c["name"], "registered_at": f"{w.r.randrange(1998, 2020)}-{w.r.randrange(1, 13):02d}-{w.r.randrange(1, 28):02d}",
                     "registrant_email": w.pick(["", f"domains@{c['domain']}", "REDACTED FOR PRIVACY"]) or None,
                     "ip": w.pick(["104.18.12.33", "151.101.1.195", "76.76.21.21", "13.32.99.12"]) if w.chance(0.5) else w.ip_in(("web", c["domain"])),
                     "nameservers": w.pick(["ns-1234.awsdns-26.org;ns-567.awsdns-07.net", "dana.ns.cloudflare.com;rick.ns.cloudflare.com", "ns1.google.com;ns2.google.com"]),
                     "hubwise_role": "client"})
    doms.append({"domain": "hubwise.io", "company": "Hubwise Inc.", "registered_at": "2016-04-11", "registrant_email": "REDACTED FOR PRIVACY",
                 "ip": "76.76.21.21", "nameservers": "dana.ns.cloudflare.com;rick.ns.cloudflare.com", "hubwise_role": "network"})
    for c, name in D.EOR_PARTNERS.items():
        dom = ascii_fold(name).lower().split()[0] + ".com"
        doms.append({"domain": dom, "company": name, "registered_at": f"{w.r.randrange(2012, 2022)}-0{w.r.randrange(1, 10)}-1{w.r.randrange(0, 9)}",
                     "registrant_email": None, "ip": w.ip_in(("web", dom)), "nameservers": "ns1.digitalocean.com;ns2.digitalocean.com", "hubwise_role": "eor_partner"})
    seen = {d["domain"] for d in doms}
    for dom, what, young in ctx.domains:
        if dom in seen:
            continue
        seen.add(dom)
        yr = 2025 if young else w.r.randrange(2015, 2023)
        doms.append({"domain": dom, "company": dom.split(".")[0].title(), "registered_at": f"{yr}-{w.r.randrange(1, 11):02d}-{w.r.randrange(1, 28):02d}",
                     "registrant_email": "REDACTED FOR PRIVACY" if w.chance(0.6) else f"admin@{dom}", "ip": w.pick(["198.185.159.145", "23.227.38.65", "76.76.21.21"]),
                     "nameservers": "ns1.hostinger.com;ns2.hostinger.com" if w.chance(0.5) else "dns1.registrar-servers.com;dns2.registrar-servers.com", "hubwise_role": "vendor"})
    for dom, nm, team in ctx.front_domains:
        if dom in seen:
            continue
        seen.add(dom)
        doms.append({"domain": dom, "company": nm + w.pick([" LLC", " Inc.", ""]), "registered_at": f"2024-{w.r.randrange(1, 13):02d}-{w.r.randrange(1, 28):02d}",
                     "registrant_email": "REDACTED FOR PRIVACY" if w.chance(0.6) else w.pick(team.mailboxes),
                     "ip": w.pick(w.pick(team.vps).ips) if w.chance(0.5) else "76.76.21.21",
                     "nameservers": "dns1.registrar-servers.com;dns2.registrar-servers.com", "hubwise_role": "vendor"})
    w.domains = doms

    stats = write_bundle(w, outdir)
    kinds = collections.Counter()
    fr = 0
    for sid, (f, k) in w.truth.items():
        k = k() if callable(k) else k
        kinds[k.split(";")[0]] += 1
        fr += f
    stats.update({"fraud": fr, "photos": w.media.n_photos, "resume_files": w.media.n_resumes})
    stats["kinds"] = ",".join(f"{k}:{v}" for k, v in kinds.most_common())
    return stats
