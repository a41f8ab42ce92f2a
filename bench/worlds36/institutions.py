"""Universities, bootcamps and employers of the Campusline pool, with their networks, mailboxes and accounts."""
from __future__ import annotations

from . import data
from .infra import Ctx
from .lives import place, bank_account


class World:
    def __init__(self, ctx: Ctx, media):
        r = ctx.rng
        self.ctx = ctx
        self.univs = []
        for name, short, dom, city, dorms in data.UNIVERSITIES:
            st, tz, ac, lat, lon, zp = data.CITIES[city]
            asn = str(1000 + len(self.univs) * 37)
            u = {"name": name, "short": short, "domain": dom, "city": city, "tz": tz,
                 "campus": place(ctx.pool(("campus", short), 6), name, asn, city, "US", lat, lon, tz, kind="campus"),
                 "dorms": {}, "labs": [f"cldev_{ctx.hexid(48)}" for _ in range(r.randrange(15, 40))],
                 "kiosk_dev": f"cldev_{ctx.hexid(48)}", "helpdesk": f"careers-help@{dom}",
                 "payroll": bank_account(ctx), "tutoring": f"{name} Learning Center",
                 "templates": [media.template(r, f"{short}-career-{i}") for i in range(2)],
                 "backdrop": (r.randrange(40, 90), r.randrange(60, 110), r.randrange(120, 180)),
                 "addr": {"raw": f"{r.randrange(100, 2000)} University Ave, {city}, {st} {zp}{r.randrange(10, 99)}"}}
            u["kiosk"] = place([u["campus"]["ips"][0]], name, asn, city, "US", lat, lon, tz, kind="campus")
            ctx.used_mail.add(u["helpdesk"])
            for d in dorms:
                u["dorms"][d] = {"place": place(ctx.pool(("dorm", short, d), 2), name, asn, city, "US", lat, lon, tz, kind="dorm"),
                                 "gw": ctx.mac(), "ssid": f"{short.upper()}-ResNet",
                                 "addr": {"raw": f"{d}, {r.randrange(100, 999)} Campus Dr, {city}, {st} {zp}{r.randrange(10, 99)}", "hall": d}}
            self.univs.append(u)
        self.camps = []
        for name, short, dom, city in data.BOOTCAMPS:
            st, tz, ac, lat, lon, zp = data.CITIES[city]
            b = {"name": name, "short": short, "domain": dom, "city": city, "tz": tz,
                 "place": place(ctx.pool(("camp", short), 2), "Cogent Communications" if r.random() < 0.5 else "Comcast Business", "174", city, "US", lat, lon, tz, kind="office"),
                 "loaners": [f"cldev_{ctx.hexid(48)}" for _ in range(r.randrange(10, 20))],
                 "coach": f"careers@{dom}", "cohort": 0, "template": media.template(r, f"{short}-cohort"),
                 "portfolio": f"https://github.com/{short}-edu/portfolio-starter"}
            ctx.used_mail.add(b["coach"])
            self.camps.append(b)
        self.employers = []
        words = [(a, b) for a in data.EMPLOYER_WORDS_A for b in data.EMPLOYER_WORDS_B]
        r.shuffle(words)
        n_emp = max(40, min(400, ctx.n // 350))
        for i in range(n_emp):
            a, b = words[i]
            city = r.choice(list(data.CITIES))
            st, tz, ac, lat, lon, zp = data.CITIES[city]
            dom = f"{a.lower()}{b.lower()}.{r.choice(['com', 'com', 'io', 'ai', 'co'])}"
            e = {"name": f"{a} {b}" + r.choice(["", " Inc.", ", Inc.", " LLC"]), "domain": dom, "city": city, "tz": tz,
                 "idp": "okta" if r.random() < 0.6 else "entra",
                 "office": place(ctx.pool(("office", dom), 4), r.choice(["Zayo Bandwidth", "Lumen", "Comcast Business", "Cogent Communications"]), "6461", city, "US", lat, lon, tz, kind="office"),
                 "office_gw": ctx.mac(), "office_ssid": f"{a}{b}-Corp",
                 "office_addr": {"raw": f"{r.randrange(100, 2000)} {r.choice(data.HQ_STREETS)}, Floor {r.randrange(2, 30)}, {city}, {st} {zp}{r.randrange(10, 99)}"},
                 "ships_office": r.random() < 0.35, "salary": r.choice([3600, 4100, 4600, 5200, 5800]),
                 "intern_pay": r.choice([1700, 2100, 2600, 3100]), "remote_first": r.random() < 0.75}
            if r.random() < 0.4:
                owner, asn = r.choice(data.CORP_SSE)
                e["sse"] = place(ctx.pool(("sse", owner, tz), 20), owner, asn, city, "US", lat, lon, tz, kind="sse")
            if r.random() < 0.35:
                hcity = r.choice(list(data.CITIES))
                hst, htz, hac, hlat, hlon, hzp = data.CITIES[hcity]
                e["housing"] = {"addr": {"raw": f"{r.choice(data.APT_BUILDINGS)} Corporate Suites, {r.randrange(100, 3000)} {r.choice(data.STREETS)} St, {hcity}, {hst} {hzp}{r.randrange(10, 99)}"},
                                "place": place(ctx.pool(("housing", dom), 2), r.choice(["Boingo Wireless", "Spectrum Business"]), "10796", hcity, "US", hlat, hlon, htz, kind="housing"),
                                "gw": ctx.mac(), "ssid": r.choice(["Residents-WiFi", "Oakwood-Guest", "AvalonResident", "Suites_5G"]), "city": hcity}
            self.employers.append(e)
        # off-campus student apartment complexes with a building-wide ISP
        self.complexes = {}
        for u in self.univs:
            cs = []
            for k in range(ctx.rng.randrange(2, 4)):
                st, tz, ac, lat, lon, zp = data.CITIES[u["city"]]
                nm = r.choice(data.APT_BUILDINGS)
                cs.append({"name": nm, "street": f"{r.randrange(100, 2999)} {r.choice(data.STREETS)} {r.choice(['St', 'Ave', 'Blvd'])}",
                           "city": u["city"], "zip": f"{zp}{r.randrange(10, 99)}", "state": st,
                           "place": place(ctx.pool(("complex", u["short"], k), 3), r.choice(["Apogee Telecom", "Boingo Wireless", "Pavlov Media"]), "46690", u["city"], "US", lat, lon, tz, kind="complex")})
            self.complexes[u["short"]] = cs
        self.parent_mailboxes = 0
