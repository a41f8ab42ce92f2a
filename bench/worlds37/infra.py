"""The world object: randomness, time, names, mailboxes, phones, addresses, networks and the table writers."""
from __future__ import annotations

import csv
import datetime as dt
import json
import os
import random

import phonenumbers
import pyarrow as pa
import pyarrow.parquet as pq

from . import data as D

T0 = dt.datetime(2025, 1, 1)
T1 = dt.datetime(2025, 12, 15)
EPOCH = dt.datetime(2018, 1, 1)

SUBJECT_COLS = ["id", "kind", "full_name", "email", "phone", "address", "country", "birth_date", "national_id", "photo", "resume", "profiles",
                "employer", "created_at", "recovery_email", "recovery_phone", "signup_ip", "phone_line_type", "recovery_phone_line_type",
                "appharbor_source", "appharbor_record", "org_id", "org_role", "client", "apps_published", "verification", "hourly_rate", "headline"]
LOGIN_COLS = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn", "network_owner", "city",
              "latitude", "longitude", "risk_level", "event_type", "session_id", "event_id", "appharbor_source"]
PAY_COLS = ["subject_id", "ts", "amount", "currency", "method", "destination", "appharbor_payer", "appharbor_memo"]
SHIP_COLS = ["subject_id", "ts", "asset", "address", "appharbor_carrier", "appharbor_item"]
EU_STREETS = {"DE": ["Hauptstrasse", "Bahnhofstrasse", "Schillerstrasse", "Gartenweg", "Lindenallee"], "PL": ["ul. Marszalkowska", "ul. Dluga", "ul. Polna", "ul. Lipowa"],
              "UA": ["vul. Shevchenka", "vul. Franka", "vul. Sadova", "prosp. Peremohy"], "RO": ["Strada Victoriei", "Calea Dorobantilor", "Strada Florilor"],
              "RS": ["Bulevar Oslobodjenja", "Knez Mihailova", "Cara Dusana"], "PT": ["Rua Augusta", "Avenida da Liberdade", "Rua das Flores"],
              "ES": ["Calle Mayor", "Gran Via", "Calle de Alcala"], "NL": ["Kerkstraat", "Prinsengracht", "Dorpsstraat"], "RU": ["Nevsky pr.", "ul. Lenina", "ul. Sadovaya"]}


class Table:
    """Column-wise rows (cheap at 200,000 subjects)."""

    def __init__(self, cols):
        self.cols = cols
        self.data = {c: [] for c in cols}
        self.n = 0

    def add(self, **kw):
        for c in self.cols:
            self.data[c].append(kw.get(c))
        self.n += 1


class Net:
    """A way onto the internet: a fixed set of addresses with what a geolocation / ASN lookup says about them."""
    __slots__ = ("ips", "country", "city", "lat", "lon", "asn", "owner", "proxy", "kind", "name", "tz", "off")

    def __init__(self, ips, country, city, lat, lon, asn, owner, proxy, kind, name="", tz=None, off=0):
        self.ips, self.country, self.city, self.lat, self.lon = ips, country, city, lat, lon
        self.asn, self.owner, self.proxy, self.kind, self.name, self.tz, self.off = asn, owner, proxy, kind, name, tz, off


class World:
    def __init__(self, outdir, n, seed):
        self.r = random.Random(seed * 7919 + 37)
        self.seed = seed
        self.n = n
        self.out = outdir
        self.bundle = os.path.join(outdir, "bundle")
        for sub in ("photos", "resumes"):
            os.makedirs(os.path.join(self.bundle, sub), exist_ok=True)
        self.subjects = Table(SUBJECT_COLS)
        self.truth = {}  # subject id -> (fraud, kind tokens)
        self.handles = set()
        self.phones = set()
        self.ids = set()
        self.blocks = set()
        self.pools = {}
        self.isp_alloc = {}
        self.counts = {"logins": 0, "endpoint": 0, "payments": 0, "shipments": 0}
        self._login_buf = Table(LOGIN_COLS)
        self._login_writer = None
        self._ep = open(os.path.join(self.bundle, "endpoint.jsonl"), "w", encoding="utf-8")
        self._pay_f = open(os.path.join(self.bundle, "payments.csv"), "w", newline="", encoding="utf-8")
        self._pay = csv.writer(self._pay_f)
        self._pay.writerow(PAY_COLS)
        self._ship = open(os.path.join(self.bundle, "shipments.jsonl"), "w", encoding="utf-8")
        self.domains = []
        self.domain_names = set()
        self.media = None  # set by world.generate

    # ---------- randomness and ids ----------
    def hx(self, k=10):
        return "%0*x" % (k, self.r.getrandbits(4 * k))

    def new_id(self, prefix):
        while True:
            i = f"{prefix}_{self.hx(10)}"
            if i not in self.ids:
                self.ids.add(i)
                return i

    def chance(self, p):
        return self.r.random() < p

    def pick_w(self, d):
        keys = list(d)
        return self.r.choices(keys, weights=[d[k] for k in keys])[0]

    # ---------- time ----------
    def day(self, a=T0, b=T1):
        span = (b - a).days
        return a + dt.timedelta(days=self.r.randrange(max(1, span)))

    def when(self, day, off, pattern="local"):
        """A UTC datetime on `day` at a working hour: local daytime, US hours (Eastern) from anywhere, or night owl."""
        r = self.r
        if pattern == "us":
            local_utc = r.choice([13, 14, 15, 16, 17, 18, 19, 20, 21, 22]) + r.random()
        elif pattern == "owl":
            local_utc = (r.choice([20, 21, 22, 23, 0, 1]) - off) % 24 + r.random()
        elif pattern == "eu":
            local_utc = r.choice([7, 8, 9, 10, 11, 12, 13, 14, 15]) + r.random()
        else:
            local_utc = (r.choice([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21]) - off) % 24 + r.random()
        return day + dt.timedelta(hours=local_utc, seconds=r.randrange(60))

    @staticmethod
    def iso(t, style="z"):
        if style == "z":
            return t.strftime("%Y-%m-%dT%H:%M:%SZ")
        if style == "ms":
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)
        if style == "naive":
            return t.strftime("%Y-%m-%d %H:%M:%S")
        if style == "date":
            return t.strftime("%Y-%m-%d")
        return t.strftime("%Y-%m-%dT%H:%M:%S+00:00")

    # ---------- names and mailboxes ----------
    def name(self, origin):
        r = self.r
        o = origin if origin in D.FIRST else "us"
        return r.choice(D.FIRST[o]), r.choice(D.LAST[o])

    def handle(self, first, last, birth_year=None, style=None):
        r = self.r
        f, l = first.lower(), last.lower().replace(" ", "")
        for attempt in range(40):
            s = style if style is not None and attempt == 0 else r.randrange(9)
            yy = str(birth_year)[-2:] if birth_year and r.random() < 0.5 else str(r.randrange(1, 999))
            cand = [f"{f}.{l}", f"{f}{l}{yy}", f"{f[0]}{l}{yy}", f"{f}_{l}", f"{l}.{f}{yy}", f"{f}.{l}.dev", f"{f}{l[0]}{yy}",
                    f"{f}dev{yy}", f"{f}.{l}{yy}"][s]
            if attempt > 3:
                cand += str(r.randrange(10, 9999))
            if cand not in self.handles:
                self.handles.add(cand)
                return cand
        cand = f"{f}.{l}.{self.hx(6)}"
        self.handles.add(cand)
        return cand

    def mailbox(self, first, last, country, birth_year=None, domain=None):
        if domain is None:
            loc = D.MAIL_LOCAL.get(country)
            domain = self.r.choice(loc) if loc and self.chance(0.3) else self.r.choice(D.MAIL_GLOBAL)
        return f"{self.handle(first, last, birth_year)}@{domain}"

    def work_mailbox(self, first, last, domain):
        key = f"{first.lower()}.{last.lower().replace(' ', '')}@{domain}"
        while key in self.handles:
            key = f"{first.lower()}.{last.lower().replace(' ', '')}{self.r.randrange(2, 99)}@{domain}"
        self.handles.add(key)
        return key

    def shared_mailbox(self, local, domain):
        return f"{local}@{domain}"

    # ---------- phones ----------
    def phone(self, country, kind="mobile"):
        """A valid, unused number of `country` as E.164."""
        r = self.r
        cc = D.COUNTRIES[country]
        for _ in range(60):
            if country in ("US", "CA"):
                city = r.choice(cc["cities"])
                area = city[5] if len(city) > 5 and r.random() < 0.7 else r.choice(["201", "347", "469", "628", "720", "737", "857", "929", "984", "470", "646", "786"] if country == "US" else ["647", "437", "778", "236", "587", "438"])
                nat = f"{area}{r.randrange(2, 10)}{r.randrange(10)}{r.randrange(10)}{r.randrange(10000):04d}"
                if nat[3:6] == "555":
                    continue
            else:
                t = phonenumbers.PhoneNumberType.MOBILE if kind == "mobile" else phonenumbers.PhoneNumberType.FIXED_LINE
                ex = phonenumbers.example_number_for_type(country, t)
                s = str(ex.national_number)
                keep = 3 if len(s) >= 9 else 2
                nat = s[:keep] + "".join(str(r.randrange(10)) for _ in range(len(s) - keep))
            e164 = f"+{phonenumbers.country_code_for_region(country)}{nat}"
            if e164 in self.phones:
                continue
            try:
                pn = phonenumbers.parse(e164)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(pn) and phonenumbers.region_code_for_number(pn) == country:
                self.phones.add(e164)
                return e164
        raise RuntimeError(f"no phone for {country}")

    def typed_phone(self, e164, country_claimed):
        """How a person types the number: E.164, international, or national when the claimed country is the number's."""
        r = self.r
        pn = phonenumbers.parse(e164)
        reg = phonenumbers.region_code_for_number(pn)
        x = r.random()
        if x < 0.45:
            return e164
        if x < 0.75 or reg != country_claimed:
            return phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        nat = phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.NATIONAL)
        if reg == "US" and r.random() < 0.3:
            d = str(pn.national_number)
            return f"{d[:3]}.{d[3:6]}.{d[6:]}"
        return nat

    # ---------- addresses ----------
    def address(self, country, city):
        r = self.r
        style = D.ADDR_STYLE.get(country, "as")
        cname = city[0]
        if style == "us":
            st = D.US_STATE.get(cname, "")
            z = f"{r.randrange(10000, 99999)}" if country == "US" else f"{r.choice('KLMNTV')}{r.randrange(10)}{r.choice('ABCEGHJ')} {r.randrange(10)}{r.choice('ABCEGHJ')}{r.randrange(10)}"
            apt = f" Apt {r.randrange(1, 40)}{r.choice('ABCD')}" if r.random() < 0.3 else ""
            return f"{r.randrange(10, 9999)} {r.choice(D.STREETS['us'])}{apt}, {cname}, {st} {z}"
        if style == "gb":
            return f"{r.randrange(1, 200)} {r.choice(D.STREETS['gb'])}, {cname} {r.choice(['SW', 'N', 'E', 'M', 'BS', 'EH'])}{r.randrange(1, 20)} {r.randrange(1, 9)}{r.choice('ABDEFGHJ')}{r.choice('LNPQRSTU')}"
        if style == "eu":
            st = r.choice(EU_STREETS.get(country, ["Hauptstrasse"]))
            return f"{st} {r.randrange(1, 150)}/{r.randrange(1, 60)}, {r.randrange(10000, 99999)} {cname}"
        if style == "in":
            return f"Flat {r.randrange(1, 12)}0{r.randrange(1, 9)}, {r.choice(['Sai', 'Prestige', 'Sobha', 'Green', 'Lakshmi', 'Shanti'])} {r.choice(['Residency', 'Apartments', 'Enclave', 'Heights'])}, {r.choice(D.STREETS['in'])}, {cname} {r.randrange(110001, 600100)}"
        if style == "af":
            return f"{r.randrange(1, 80)} {r.choice(D.STREETS['af'])}, {cname}"
        if style == "la":
            return f"{r.choice(D.STREETS['la'])} # {r.randrange(1, 120)}-{r.randrange(1, 99)}, apto {r.randrange(101, 1200)}, {cname}"
        return f"{r.randrange(1, 300)} {r.choice(D.STREETS['as'])}, {cname}, {D.COUNTRY_NAME.get(country, country)}"

    def retype_address(self, a):
        r = self.r
        x = r.random()
        if x < 0.25:
            return a.upper()
        if x < 0.5:
            return a.replace(",", "")
        if x < 0.7:
            return a.replace("Apt ", "#").replace("Street", "St").replace("Avenue", "Ave")
        return a

    # ---------- networks ----------
    def _block(self):
        r = self.r
        while True:
            a = r.choice([2, 5, 24, 31, 37, 41, 45, 46, 49, 62, 66, 68, 71, 73, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 88, 89, 90, 91, 92, 93, 94,
                          95, 96, 98, 99, 101, 103, 105, 106, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125,
                          139, 141, 146, 151, 154, 157, 160, 165, 171, 176, 177, 178, 179, 180, 181, 182, 183, 185, 186, 187, 188, 189, 190, 191, 196,
                          197, 200, 201, 202, 203, 210, 211, 212, 213, 217, 218, 219, 220, 221, 222])
            b = r.randrange(256)
            if (a, b) not in self.blocks:
                self.blocks.add((a, b))
                return a, b

    def fresh_ip(self, key):
        """A never-used address from the pool `key` (an ISP in a country, a hosting company)."""
        st = self.isp_alloc.get(key)
        if st is None or st[2] >= 60000:
            a, b = self._block()
            st = [a, b, 0, self.r.randrange(1, 65535) | 1]
            self.isp_alloc[key] = st
        st[2] += 1
        v = (st[2] * 40503 + st[3]) % 65536
        return f"{st[0]}.{st[1]}.{v >> 8}.{max(1, v & 255)}"

    def fresh_ip6(self, key):
        st = self.isp_alloc.setdefault(("v6",) + key, [self.r.choice(["2601", "2a02", "2405", "2804", "2c0f", "240e"]), self.hx(4), 0])
        st[2] += 1
        return f"{st[0]}:{st[1]}:{self.hx(4)}:{st[2]:x}::{self.hx(3)}"

    def home_net(self, country, city, n_ips=None, v6=0.08):
        cc = D.COUNTRIES[country]
        owner, asn = self.r.choice(cc["isps"])
        k = n_ips or self.r.choice([1, 1, 2, 2, 3])
        key = (country, owner)
        ips = [self.fresh_ip6(key) if self.chance(v6) else self.fresh_ip(key) for _ in range(k)]
        return Net(ips, country, city[0], city[1], city[2], asn, owner, False, "home", tz=city[4], off=city[3])

    def carrier_nat(self, country, city):
        """A mobile carrier's NAT pool in a metro: 32 addresses shared by every subscriber there."""
        key = ("cgnat", country, city[0])
        n = self.pools.get(key)
        if n is None:
            owner, asn = self.r.choice(D.COUNTRIES[country]["mobile"])
            n = Net([self.fresh_ip((country, owner, "mobile")) for _ in range(32)], country, city[0], city[1], city[2], asn, owner, False, "cgnat",
                    tz=city[4], off=city[3])
            self.pools[key] = n
        return n

    def place_net(self, kind, country, city, name):
        """An office, a campus, a cybercafe, a coworking space: one or two addresses."""
        owner, asn = self.r.choice(D.COUNTRIES[country]["isps"])
        k = 1 if kind != "campus" else 4
        return Net([self.fresh_ip((country, owner)) for _ in range(k)], country, city[0], city[1], city[2], asn, owner, False, kind, name=name,
                   tz=city[4], off=city[3])

    def vpn_exit(self, provider, country):
        key = ("vpn", provider, country)
        n = self.pools.get(key)
        if n is None:
            prov = next(v for v in D.VPNS if v[0] == provider)
            city = D.COUNTRIES[country]["cities"][0]
            n = Net([self.fresh_ip(("vpn", prov[1], country)) for _ in range(24)], country, city[0], city[1], city[2], prov[2], prov[1], True, "vpn",
                    name=provider, tz=city[4], off=city[3])
            self.pools[key] = n
        return n

    def vps(self, country=None):
        owner, asn = self.r.choice(D.VPS)
        country = country or self.r.choice(["US", "US", "SG", "DE", "NL", "JP", "GB"])
        city = D.COUNTRIES[country]["cities"][0]
        return Net([self.fresh_ip(("vps", owner, country))], country, city[0], city[1], city[2], asn, owner, self.chance(0.5), "vps",
                   tz=city[4], off=city[3])

    def ci_pool(self, name):
        key = ("ci", name)
        n = self.pools.get(key)
        if n is None:
            c = next(x for x in D.CI + D.DEVICE_FARMS if x[0] == name)
            city = D.COUNTRIES[c[3]]["cities"][self.r.randrange(4)]
            n = Net([self.fresh_ip(("ci", c[1])) for _ in range(64)], c[3], city[0], city[1], city[2], c[2], c[1], False, "ci", name=name,
                    tz=city[4], off=city[3])
            self.pools[key] = n
        return n

    def resi_proxy(self, country):
        """A residential-proxy exit: a home address of some ISP in the country, fresh for this user."""
        cc = D.COUNTRIES[country]
        city = self.r.choice(cc["cities"])
        owner, asn = self.r.choice(cc["isps"])
        ips = [self.fresh_ip((country, owner)) for _ in range(self.r.choice([2, 3, 4]))]
        return Net(ips, country, city[0], city[1], city[2], asn, owner, False, "resi_proxy", tz=city[4], off=city[3])

    # ---------- writers ----------
    def login(self, sid, t, net, device, ua, event, source, outcome="success", style="z", risk=None, session=None, proxy_report=0.85,
              event_id=None, ip=None):
        r = self.r
        if net.proxy:
            sp = "true" if r.random() < proxy_report else ("" if r.random() < 0.5 else "false")
        else:
            sp = "false" if r.random() < 0.8 else ""
        b = self._login_buf
        jitter = (r.random() - 0.5) * 0.08
        b.add(subject_id=sid, ts=self.iso(t, style), ip=ip or r.choice(net.ips), device_id=device, user_agent=ua, country=net.country,
              outcome=outcome, source_proxy=sp, asn=str(net.asn), network_owner=net.owner, city=net.city,
              latitude="%.4f" % (net.lat + jitter), longitude="%.4f" % (net.lon + jitter), risk_level=risk, event_type=event,
              session_id=session, event_id=event_id, appharbor_source=source)
        self.counts["logins"] += 1
        if b.n >= 200000:
            self.flush_logins()

    def flush_logins(self):
        b = self._login_buf
        if b.n == 0:
            return
        tbl = pa.table({c: pa.array(b.data[c], type=pa.string()) for c in LOGIN_COLS})
        if self._login_writer is None:
            self._login_writer = pq.ParquetWriter(os.path.join(self.bundle, "logins.parquet"), tbl.schema)
        self._login_writer.write_table(tbl)
        self._login_buf = Table(LOGIN_COLS)

    def ep(self, sid, t, device, kind, value, **extra):
        row = {"subject_id": sid, "ts": self.iso(t, "z"), "device_id": device, "kind": kind, "value": value}
        row.update(extra)
        self._ep.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.counts["endpoint"] += 1

    def pay(self, sid, t, amount, currency, method, dest, payer, memo=""):
        self._pay.writerow([sid, self.iso(t, "naive"), "%.2f" % amount, currency, method, dest, payer, memo])
        self.counts["payments"] += 1

    def ship(self, sid, t, asset, address, carrier, item):
        self._ship.write(json.dumps({"subject_id": sid, "ts": self.iso(t, "z"), "asset": asset, "address": address,
                                     "appharbor_carrier": carrier, "appharbor_item": item}, ensure_ascii=False) + "\n")
        self.counts["shipments"] += 1

    def domain(self, domain, company, registered, registrant, ip, ns):
        if domain in self.domain_names:
            return
        self.domain_names.add(domain)
        self.domains.append([domain, company, registered.strftime("%Y-%m-%d"), registrant, ip, ns])

    def label(self, sid, fraud, tokens):
        seen = []
        for t in tokens:
            if t and t not in seen:
                seen.append(t)
        self.truth[sid] = (1 if fraud else 0, ";".join(seen))

    def close(self):
        self.flush_logins()
        if self._login_writer is not None:
            self._login_writer.close()
        self._ep.close()
        self._pay_f.close()
        self._ship.close()
