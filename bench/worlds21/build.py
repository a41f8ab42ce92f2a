"""The world object: subjects (rows), their activity profiles, photos, resumes; shared building blocks."""
import datetime as dt
import random

from . import data
from .infra import (T0, T1, Dev, Net, Pools, birth, display_name, email_for, fmt_address, fmt_phone, fold, hexid, home_net, iso, make_address,
                    make_dev, person_name, phone_digits, place, rand_ts, salted, ssn, weighted, mac, ssid)
from .media import edit_spec, face_spec


class Seg:
    __slots__ = ("a", "b", "nets", "devs", "clock", "hours")

    def __init__(self, a, b, nets, devs, clock, hours=(8, 23.5)):
        self.a, self.b, self.nets, self.devs, self.clock, self.hours = a, b, nets, devs, clock, hours


class Hire:
    def __init__(self, customer, start):
        self.customer = customer
        self.start = start
        self.laptop = None      # dict(serial, model, plat, ship_to (address text), ship_ts, extra_assets)
        self.mdm = None         # dict(gw, ssid, usb, displays, procs, ports, sessions, tz, kb, system)
        self.pay = None         # dict(method, dest, currency, amount, period, rail)
        self.sso = None         # list of segs for sign-ins on the customer's IdP


class Prof:
    def __init__(self, sid, role):
        self.sid = sid
        self.role = role            # cand, onb, rec, staff
        self.segs = []
        self.created = None
        self.n_logins = 6
        self.tests = 0
        self.proctor_app = 0.65
        self.tools = []             # processes the proctoring app sees
        self.screen_share = 0.04
        self.webcam_off = 0.03
        self.hire = None
        self.test_nets = None       # a proxy test-taker: tests come from these
        self.test_devs = None
        self.test_clock = None
        self.late = []              # extra (ts, net, dev) sign-ins: a stolen session, a slip


class Person:
    """A real or invented human: what a row can be filled from."""

    def __init__(self, w, country, city=None, pool=None, first=None, last=None, age=(1968, 2003)):
        rng = w.rng
        self.country = country
        self.place = place(country, rng, city)
        if first is None:
            first, last, pool = person_name(rng, country, pool)
        self.first, self.last, self.pool = first, last, pool
        self.name = display_name(rng, first, last, pool or "anglo", country)
        self.email = email_for(rng, first, last, country)
        self.phone = phone_digits(rng, country, self.place[0])
        self.line = "mobile" if rng.random() < 0.86 else "landline"
        if country == "US" and rng.random() < 0.06:
            self.line = rng.choice(["voip", "nonFixedVoip", "voip"])  # Google Voice and friends, used by plenty of honest people
        self.addr = make_address(rng, country, self.place)
        self.birth = birth(rng, *age)
        self.natid = ssn(rng) if country == "US" else hexid(rng, 9).upper()
        self.face = face_spec(rng)
        self.handle = (fold(first)[:1] + fold(last)).lower().replace(" ", "").replace("'", "") + (str(rng.randint(1, 999)) if rng.random() < 0.5 else "")
        self.home = home_net(rng, country, self.place)
        self.mobile = w.pools.mobile_net(country, self.place, rng)
        self.dev = make_dev(rng, self.place[1], country, name_hint=fold(first).upper()[:8])
        self.phone_dev = make_dev(rng, self.place[1], country, mobile=True)
        self.years = rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15])
        self.skills = rng.sample(data.SKILLS, 6)
        self.career = make_career(rng, self.years, self.skills)


def make_career(rng, years, skills):
    jobs = []
    y = 2025
    left = years
    while left > 0 and len(jobs) < 4:
        d = min(left, rng.randint(1, 4))
        jobs.append([rng.choice(data.PAST_EMPLOYERS), rng.choice(data.ROLES), y - d, y if not jobs else y,
                     [fill_bullet(rng, b, skills) for b in rng.sample(data.BULLETS, rng.randint(2, 4))]])
        y -= d
        left -= d
    return dict(jobs=jobs, skills=skills, edu=rng.choice(["B.S. Computer Science", "B.Tech Information Technology", "B.Sc. Software Engineering",
                                                          "M.S. Computer Science", "B.A. Economics", "B.Eng. Electrical Engineering", "Self-taught"]),
                summary=rng.choice(data.SUMMARIES).format(y=max(1, years), skill=skills[0], skill2=skills[1]))


def fill_bullet(rng, b, skills):
    return b.format(n=rng.randint(5, 900), p=rng.randint(12, 80), m=rng.randint(2, 9), cloud=rng.choice(["AWS", "GCP", "Azure"]), skill=rng.choice(skills))


def resume_lines(name, email, phone, city, career, template=None, extra_projects=None):
    t = template or {}
    out = []
    if t.get("header"):
        out.append(t["header"])
    out += [name, f"{email} | {phone} | {city}", ""]
    out += ["SUMMARY", t.get("summary") or career["summary"], ""]
    if t.get("education_first"):
        out += ["EDUCATION", t.get("edu") or career["edu"], ""]
    if extra_projects:
        out.append("PROJECTS")
        out += ["- " + p for p in extra_projects]
        out.append("")
    out.append("EXPERIENCE")
    for emp, role, a, b, bullets in career["jobs"]:
        out.append(f"{role}, {emp} ({a} - {'Present' if b == 2025 else b})")
        out += ["- " + x for x in bullets]
    out += ["", "SKILLS", ", ".join(career["skills"])]
    if not t.get("education_first"):
        out += ["", "EDUCATION", t.get("edu") or career["edu"]]
    if t.get("footer"):
        out += ["", t["footer"]]
    return out


class World:
    def __init__(self, n, seed):
        self.n = n
        self.seed = seed
        self.rng = random.Random(seed * 1_000_003 + 21)
        self.pools = Pools(random.Random(seed * 7919 + 5))
        self.rows = []
        self.truth = {}
        self.prof = {}
        self.photos = {}      # relpath -> ("face", spec, edit) | ("initials", s) | ("default",) | ("stock", k)
        self.resumes = {}     # relpath -> (fmt, lines)
        self.domains = []
        self.customers = []
        self.ids = set()
        self.scale = n / 20000.0

    def k(self, x, lo=1):
        return max(lo, int(round(x * self.scale)))

    def new_id(self, prefix):
        while True:
            s = prefix + hexid(self.rng, 10)
            if s not in self.ids:
                self.ids.add(s)
                return s

    # ---- rows -------------------------------------------------------------------------------
    def add(self, kind, fraud, tokens, row, prof):
        sid = row["id"]
        self.rows.append(row)
        self.truth[sid] = (1 if fraud else 0, tokens)
        self.prof[sid] = prof
        return sid

    def base_row(self, sid, kind, p, customer, created, email=None, phone=None, addr_style=None, country=None):
        rng = self.rng
        country = country or p.country
        ph = phone or p.phone
        row = dict(id=sid, kind=kind, full_name=p.name, email=email or p.email,
                   phone=fmt_phone(rng, ph, p.country, same_country=(country == p.country)) if ph else "",
                   address="", country=country if rng.random() > 0.01 else country.lower(), birth_date="", national_id="", photo="", resume="",
                   profiles="", employer=customer["name"] if customer else "", created_at="", recovery_email="", recovery_phone="", signup_ip="",
                   phone_line_type="", recovery_phone_line_type="")
        row["created_at"] = iso(created, rng.choice([0, 0, 2, 3]), p.place[1])
        if ph and p.country in ("US", "CA"):
            if rng.random() < 0.72:
                row["phone_line_type"] = p.line if rng.random() > 0.1 else p.line.upper() if p.line != "nonFixedVoip" else p.line
        elif ph and rng.random() < 0.3:
            row["phone_line_type"] = p.line
        return row

    def set_photo(self, row, p, mode, edit=None, face=None):
        sid = row["id"]
        rng = self.rng
        if mode == "face":
            path = f"photos/{sid}.jpg"
            self.photos[path] = ("face", face or p.face, edit)
        elif mode == "initials":
            ini = (fold(p.first)[:1] + fold(p.last)[:1]).upper() or "X"
            path = f"photos/avatars/{ini}.png"
            self.photos[path] = ("initials", ini)
        elif mode == "default":
            path = "assets/default-avatar.png"
            self.photos[path] = ("default",)
        elif mode == "stock":
            kk = rng.randrange(12)
            path = f"assets/stock/avatar-{kk:02d}.png"
            self.photos[path] = ("stock", kk)
        else:
            path = ""
        row["photo"] = path
        return path

    def honest_photo(self, row, p, edit=None):
        r = self.rng.random()
        if r < 0.50:
            return self.set_photo(row, p, "face", edit)
        if r < 0.66:
            return self.set_photo(row, p, "default")
        if r < 0.73:
            return self.set_photo(row, p, "initials")
        if r < 0.77:
            return self.set_photo(row, p, "stock")
        return ""

    def set_resume(self, row, lines, fmt=None):
        rng = self.rng
        if fmt is None:
            fmt = weighted(rng, [("txt", 20), ("md", 12), ("pdf", 10), ("docx", 7), ("inline", 18), ("none", 33)])
        if fmt == "none":
            return
        if fmt == "inline":
            row["resume"] = "\n".join(lines)
            return
        path = f"resumes/{row['id']}.{fmt}"
        self.resumes[path] = (fmt, lines)
        row["resume"] = path

    def profiles_for(self, p, extra=None, gh=True, li=True):
        rng = self.rng
        out = []
        if li and rng.random() < 0.7:
            out.append(f"https://www.linkedin.com/in/{p.handle}-{hexid(rng, 6) if rng.random() < 0.5 else rng.randint(10, 99)}")
        if gh and rng.random() < 0.6:
            out.append(f"https://github.com/{p.handle}")
        if rng.random() < 0.12:
            out.append(rng.choice([f"https://{p.handle}.dev", f"https://{p.handle}.github.io", f"https://{p.handle}.vercel.app"]))
        if extra:
            out += extra
        return ";".join(out)

    # ---- a person's default activity ---------------------------------------------------------
    def default_segs(self, p, a, b, mobile_share=None, extra_nets=None, extra_devs=None, clock=None, hours=(8, 23.5)):
        rng = self.rng
        ms = mobile_share if mobile_share is not None else rng.choice([0.05, 0.1, 0.2, 0.3, 0.6])
        nets = [(1 - ms, p.home), (ms, p.mobile)]
        devs = [(0.8, p.dev), (0.2 if ms > 0.15 else 0.05, p.phone_dev)]
        if extra_nets:
            nets += extra_nets
        if extra_devs:
            devs += extra_devs
        return [Seg(a, b, nets, devs, clock or p.place[1], hours)]


def customer_pool(w):
    rng = w.rng
    a, b, c = data.CUSTOMER_WORDS
    seen = set()
    n = w.k(150, 12)
    for i in range(n):
        while True:
            base = rng.choice(a) + rng.choice(b)
            if base not in seen:
                seen.add(base)
                break
        suf = rng.choice(c)
        name = (base + " " + suf).strip()
        dom = base.lower() + rng.choice([".com", ".com", ".io", ".ai", ".co", ".tech"])
        country = weighted(rng, [("US", 80), ("CA", 6), ("GB", 7), ("DE", 4), ("PL", 3)])
        pl = place(country, rng)
        office = home_net(rng, country, pl, n_ips=rng.randint(1, 3), kind="office")
        office.owner = rng.choice([office.owner, "Cogent Communications", "Zayo Bandwidth", "Lumen Technologies"])
        office.asn = {"Cogent Communications": 174, "Zayo Bandwidth": 6461, "Lumen Technologies": 3356}.get(office.owner, office.asn)
        cust = dict(i=i, name=name, domain=dom, country=country, place=pl, office=office, office_addr=make_address(rng, country, pl),
                    sse=rng.choice([None, None, "zscaler", "warp", "netskope"]), shares=rng.random() < 0.45, laptops=rng.random() < 0.72,
                    mdm=rng.random() < 0.7, pay_hash=rng.random() < 0.5, size=rng.choice([1, 1, 2, 3, 5, 8]), registered=dt.date(rng.randint(2004, 2022), rng.randint(1, 12), rng.randint(1, 28)),
                    ns=rng.choice(["ns-1234.awsdns-26.org;ns-567.awsdns-06.net", "anna.ns.cloudflare.com;bob.ns.cloudflare.com", "ns1.google.com;ns2.google.com",
                                   "dns1.p05.nsone.net;dns2.p05.nsone.net", "pdns1.ultradns.net;pdns2.ultradns.net"]),
                    webip=rng.choice(["104.18.32.7", "172.67.70.11", "76.76.21.21", "13.107.246.40", "151.101.1.195", f"52.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"]),
                    recruiters=[])
        w.customers.append(cust)
        w.domains.append(dict(domain=dom, company=name, registered_at=cust["registered"].isoformat(),
                              registrant_email=rng.choice([f"hostmaster@{dom}", f"it@{dom}", "domains@markmonitor.com", "REDACTED FOR PRIVACY", ""]),
                              ip=cust["webip"], nameservers=cust["ns"], assessly_kind="customer"))
    return w.customers


def pick_customer(w, weights=True):
    cs = w.customers
    return w.rng.choices(cs, weights=[c["size"] for c in cs])[0]
