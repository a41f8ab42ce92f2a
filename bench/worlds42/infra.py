"""Randomness, identifiers, people, mailboxes, phones, addresses, networks and the output rows (world 42)."""
from __future__ import annotations

import datetime as dt
import hashlib
import random

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF

from . import data as D

T0 = dt.datetime(2025, 1, 1)          # telemetry window: logins Jan - Oct 2025
T_END_DAYS = 303
SUBJECT_COLS = ["id", "kind", "full_name", "email", "phone", "phone_line_type", "address", "country", "birth_date",
                "national_id", "photo", "profiles", "employer", "created_at", "recovery_email", "recovery_phone",
                "recovery_phone_line_type", "signup_ip", "wirepay_source", "wirepay_record", "business_name", "kyc_level",
                "account_status", "wallet_handle", "mail_display_language"]
LOGIN_COLS = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn",
              "network_owner", "city", "event_type", "session_id"]
PAY_COLS = ["subject_id", "ts", "amount", "currency", "method", "destination", "direction", "counterparty", "rail"]
PROVIDER_DOMAINS = ["outlook.com", "hotmail.com", "live.com"]   # the pooled mail provider


def iso(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Net:
    """A network someone signs in from: a fixed address or a shared pool."""
    __slots__ = ("ips", "weights", "owner", "asn", "cc", "city", "proxy")

    def __init__(self, ips, owner, asn, cc, city, proxy=0.0, weights=None):
        self.ips, self.owner, self.asn, self.cc, self.city, self.proxy = ips, owner, asn, cc, city, proxy
        self.weights = weights

    def pick(self, rng):
        if len(self.ips) == 1:
            return self.ips[0]
        if self.weights:
            return rng.choices(self.ips, self.weights)[0]
        return rng.choice(self.ips)


class Person:
    """Someone's claimed identity and the life behind it (honest or a persona)."""

    def __init__(self, **kw):
        self.traits = []
        self.__dict__.update(kw)


class World:
    def __init__(self, seed: int, n: int, outdir):
        self.rng = random.Random(seed * 7919 + 42)
        self.n = n
        self.out = outdir
        self.used_ids, self.used_mail, self.used_phone, self.used_addr, self.used_name = set(), set(), set(), set(), set()
        self.used_ip, self.used_handle = set(), set()
        self.subjects, self.truth = [], []
        self.logins, self.endpoint, self.payments, self.shipments, self.domains = [], [], [], [], []
        self.pools = {}
        self.photo_count = 0
        self.login_sink = None     # set by world.generate: flushes logins in chunks

    # ---- ids -----------------------------------------------------------------------------------------------
    def hexid(self, bits=48):
        return "%0*x" % (bits // 4, self.rng.getrandbits(bits))

    def uid(self, prefix):
        while True:
            s = f"{prefix}_{self.hexid(40)}"
            if s not in self.used_ids:
                self.used_ids.add(s)
                return s

    def national_id(self):
        return hashlib.sha256(b"wp42-salt:" + self.hexid(64).encode()).hexdigest()[:32]

    # ---- names ---------------------------------------------------------------------------------------------
    def name(self, origin, last=None, first=None):
        rng = self.rng
        firsts, lasts = D.NAMES[origin]
        for attempt in range(40):
            f = first or rng.choice(firsts)
            ln = last or rng.choice(lasts)
            if attempt < 4:
                full = f"{f} {ln}"
            elif attempt < 12:
                full = f"{f} {rng.choice(D.MIDDLE)}. {ln}"
            elif attempt < 25:
                full = f"{f} {rng.choice(firsts)} {ln}"
            else:
                full = f"{f} {rng.choice(firsts)} {ln}-{rng.choice(lasts)}"
            if full not in self.used_name:
                self.used_name.add(full)
                return f, ln, full
            first = None if attempt > 30 else first
        full = f"{f} {ln} {self.hexid(16)[:3].upper()}"
        self.used_name.add(full)
        return f, ln, full

    # ---- mailboxes -----------------------------------------------------------------------------------------
    def mailbox(self, first, last, domain, style=None):
        rng = self.rng
        f, l = _ascii(first).lower(), _ascii(last).lower().replace(" ", "").replace("-", "")
        style = style or rng.choice(["fl", "f.l", "fl99", "f_l", "fil", "lf", "f.l.yy", "nick"])
        for attempt in range(30):
            suf = "" if attempt == 0 else str(rng.randint(1, 9999)) if attempt < 10 else self.hexid(16)[:4]
            if style == "fl":
                loc = f"{f}{l}{suf}"
            elif style == "f.l":
                loc = f"{f}.{l}{suf}"
            elif style == "fl99":
                loc = f"{f}{l}{rng.randint(1, 99) if attempt == 0 else suf}"
            elif style == "f_l":
                loc = f"{f}_{l}{suf}"
            elif style == "fil":
                loc = f"{f[0]}{l}{suf}"
            elif style == "lf":
                loc = f"{l}.{f}{suf}"
            elif style == "f.l.yy":
                loc = f"{f}.{l}{rng.randint(70, 99) if attempt == 0 else suf}"
            else:
                loc = f"{f}{rng.choice(['', 'the', 'its', 'real'])}{rng.choice(['dev', 'pro', 'x', 'ok', 'ph', 'works', 'hq', ''])}{suf}"
            addr = f"{loc}@{domain}"
            if addr not in self.used_mail:
                self.used_mail.add(addr)
                return addr
        addr = f"{f}.{l}.{self.hexid(32)}@{domain}"
        self.used_mail.add(addr)
        return addr

    def raw_mailbox(self, local, domain):
        addr = f"{local}@{domain}"
        while addr in self.used_mail:
            addr = f"{local}{self.hexid(16)[:3]}@{domain}"
        self.used_mail.add(addr)
        return addr

    def personal_domain(self, cc, provider_share=0.3):
        r = self.rng.random()
        if r < provider_share:
            return self.rng.choice(PROVIDER_DOMAINS)
        r = self.rng.random()
        if r < 0.68:
            return "gmail.com"
        if r < 0.8:
            return {"US": "yahoo.com", "GB": "yahoo.co.uk", "IN": "yahoo.co.in", "BR": "yahoo.com.br", "UA": "ukr.net",
                    "DE": "gmx.de", "PL": "wp.pl", "KR": "naver.com", "CN": "qq.com", "RS": "yahoo.com"}.get(cc, "yahoo.com")
        if r < 0.9:
            return "icloud.com"
        if r < 0.95:
            return "proton.me"
        return {"US": self.rng.choice(["aol.com", "comcast.net", "att.net", "verizon.net"]), "CA": "rogers.com", "GB": "btinternet.com",
                "IN": "rediffmail.com", "DE": "web.de"}.get(cc, "gmail.com")

    # ---- phones --------------------------------------------------------------------------------------------
    def phone(self, cc, city=None, kind="mobile"):
        """(value as typed, line type). Valid for its region, never reused."""
        rng = self.rng
        for _ in range(200):
            if cc in ("US", "CA"):
                areas = (city[5] if city and city[5] else None) or [c[5] for c in D.CITIES[cc]][rng.randrange(len(D.CITIES[cc]))]
                area = rng.choice(areas)
                exch = rng.randint(201, 989)
                if exch % 100 == 11 or exch == 555:
                    continue
                nsn = f"{area}{exch}{rng.randint(0, 9999):04d}"
                cc_code = 1
            else:
                ex = phonenumbers.example_number_for_type(cc, phonenumbers.PhoneNumberType.MOBILE)
                s = str(ex.national_number)
                keep = max(1, len(s) - 7 - (rng.random() < 0.3))
                nsn = s[:keep] + "".join(str(rng.randint(0, 9)) for _ in range(len(s) - keep))
                cc_code = ex.country_code
            e164 = f"+{cc_code}{nsn}"
            if e164 in self.used_phone:
                continue
            num = phonenumbers.parse(e164)
            if not phonenumbers.is_valid_number(num):
                continue
            self.used_phone.add(e164)
            return self.typed_phone(num, cc), {"mobile": "mobile", "voip": "nonFixedVoip", "landline": "landline",
                                               "fixedvoip": "fixedVoip"}[kind]
        raise RuntimeError(f"no phone for {cc}")

    @staticmethod
    def e164(typed, cc):
        """A number as someone in another country writes it down: with its country code."""
        return phonenumbers.format_number(phonenumbers.parse(typed, cc), PNF.E164)

    def typed_phone(self, num, cc):
        rng = self.rng
        r = rng.random()
        if num.country_code == 1 and cc in ("US", "CA"):
            n = str(num.national_number)
            return rng.choice([f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"+1{n}", f"+1 {n[:3]}-{n[3:6]}-{n[6:]}",
                               f"{n[:3]}.{n[3:6]}.{n[6:]}", n])
        if r < 0.5:
            return phonenumbers.format_number(num, PNF.INTERNATIONAL)
        if r < 0.8:
            return phonenumbers.format_number(num, PNF.E164)
        region = phonenumbers.region_code_for_number(num)
        if region == cc:
            return phonenumbers.format_number(num, PNF.NATIONAL)
        return phonenumbers.format_number(num, PNF.E164)

    # ---- places --------------------------------------------------------------------------------------------
    def city(self, cc):
        return self.rng.choice(D.CITIES[cc])

    def address(self, cc, city, apt=None):
        rng = self.rng
        for attempt in range(60):
            num = rng.randint(1, 9899)
            if cc in ("US", "CA"):
                st = f"{num} {rng.choice(D.STREETS)} {rng.choice(D.STREET_SUFFIX)}"
                unit = apt if apt else (f" Apt {rng.randint(1, 40)}{rng.choice('ABCD')}" if rng.random() < 0.35 or attempt > 20 else "")
                zipc = f"{city[4]}{rng.randint(0, 99):02d}" if cc == "US" else f"{city[4]} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(1, 9)}"
                a = f"{st}{unit}, {city[0]}, {city[1]} {zipc}"
            else:
                unit = apt if apt else (f", Unit {rng.randint(1, 300)}" if rng.random() < 0.4 or attempt > 20 else "")
                a = f"{num} {rng.choice(D.INTL_STREETS)} {rng.choice(['St', 'Road', 'Ave', 'Street', 'Lane'])}{unit}, {city[0]} {city[4]}{rng.randint(10, 99)}, {D.COUNTRY_NAME[cc]}"
            if a not in self.used_addr:
                self.used_addr.add(a)
                return a
        a = f"{rng.randint(1, 9899)} {rng.choice(D.STREETS)} {rng.choice(D.STREET_SUFFIX)} Unit {self.hexid(16)[:4].upper()}, {city[0]} {city[4]}"
        self.used_addr.add(a)
        return a

    @staticmethod
    def retype_address(rng, a):
        """The same address as someone else types it."""
        r = rng.random()
        if r < 0.3:
            return a.upper()
        if r < 0.5:
            return a.replace(" St,", " Street,").replace(" Ave,", " Avenue,").replace(" Rd,", " Road,").replace("Apt ", "#")
        if r < 0.65:
            return a.replace(",", "")
        return a

    def birth_date(self, lo=1958, hi=2004):
        d = dt.date(lo, 1, 1) + dt.timedelta(days=self.rng.randrange((hi - lo) * 365))
        return d.isoformat()

    # ---- networks ------------------------------------------------------------------------------------------
    def _ip_in(self, prefixes, unique=True):
        rng = self.rng
        for _ in range(100):
            ip = f"{rng.choice(prefixes)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
            if not unique or ip not in self.used_ip:
                self.used_ip.add(ip)
                return ip
        return ip

    def home_net(self, cc, city, isp=None):
        owner, asn, pfx = isp or self.rng.choice(D.RESIDENTIAL[cc])
        return Net([self._ip_in(pfx)], owner, asn, cc, city[0])

    def pool(self, key, builder):
        p = self.pools.get(key)
        if p is None:
            p = self.pools[key] = builder()
        return p

    def cgnat(self, cc, city):
        carriers = D.MOBILE_CGNAT[cc]
        owner, asn, pfx, size = carriers[self.rng.randrange(len(carriers))]

        def b():
            ips = [self._ip_in(pfx) for _ in range(size)]
            w = [1.0 / (i + 1) ** 0.6 for i in range(size)]
            return Net(ips, owner, asn, cc, city[0], weights=w)
        return self.pool(("cgnat", owner, city[0]), b)

    def vpn(self, provider=None, cc="US", city="New York"):
        owner, asn, pfx = provider or self.rng.choice(D.VPN_PROVIDERS)
        return self.pool(("vpn", owner, cc, city), lambda: Net([self._ip_in(pfx) for _ in range(16)], owner, asn, cc, city, proxy=0.8))

    def astrill(self, cc="US", city="Los Angeles"):
        owner, asn, pfx = D.ASTRILL
        return self.pool(("astrill", cc, city), lambda: Net([self._ip_in(pfx) for _ in range(10)], owner, asn, cc, city, proxy=0.55))

    def vps(self):
        owner, asn, pfx = self.rng.choice(D.VPS)
        return Net([self._ip_in(pfx)], owner, asn, "US", self.rng.choice(["Newark", "Piscataway", "Dallas", "Santa Clara", "Ashburn"]), proxy=0.5)

    def office_net(self, cc, city, owner=None):
        o, asn, pfx = self.rng.choice(D.RESIDENTIAL[cc])
        return Net([self._ip_in(pfx)], owner or o, asn, cc, city[0])

    # ---- rows ----------------------------------------------------------------------------------------------
    def add_subject(self, row, fraud, kind, traits=()):
        r = {c: "" for c in SUBJECT_COLS}
        r.update({k: ("" if v is None else v) for k, v in row.items()})
        self.subjects.append(r)
        self.truth.append((r["id"], 1 if fraud else 0, ";".join([kind] + [t for t in dict.fromkeys(traits) if t and t != kind])))
        return r

    def login(self, sid, t, ip, net, device, ua, event, outcome="success"):
        rng = self.rng
        proxy = "true" if (net.proxy and rng.random() < net.proxy) else ("false" if rng.random() < 0.9 else "")
        self.logins.append((sid, iso(t), ip, device, ua, net.cc, outcome, proxy, str(net.asn), net.owner, net.city, event,
                            "s-" + self.hexid(48)))
        if len(self.logins) >= 200_000 and self.login_sink:
            self.login_sink(self.logins)
            self.logins = []

    def sessions(self, sid, n, nets, devices, tz_off, event, hours=(7, 23), days=(0, T_END_DAYS), fail=0.04):
        """n sign-ins: nets = [(weight, Net)], devices = [(weight, device_id, ua)]; local hours -> UTC."""
        rng = self.rng
        if n <= 0:
            return
        nw = [w for w, _ in nets]
        dw = [w for w, _, _ in devices]
        for _ in range(n):
            net = rng.choices(nets, nw)[0][1]
            _, dev, ua = rng.choices(devices, dw)[0]
            day = rng.randint(days[0], max(days[0], days[1]))
            lo, hi = hours
            h = rng.uniform(lo, hi) if hi > lo else rng.uniform(lo, hi + 24)
            t = T0 + dt.timedelta(days=day, hours=h - tz_off)
            out = "failure" if rng.random() < fail else ("challenge" if rng.random() < 0.03 else "success")
            self.login(sid, t, net.pick(rng), net, dev, ua, event, out)

    def pay(self, sid, t, amount, currency, method, dest, direction, counterparty, rail):
        self.payments.append((sid, iso(t), f"{amount:.2f}", currency, method, dest, direction, counterparty, rail))

    def telemetry(self, sid, device, t, kind, value):
        self.endpoint.append({"subject_id": sid, "ts": iso(t), "device_id": device, "kind": kind, "value": value})


def _ascii(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isalnum() and ord(c) < 128) or "x"
