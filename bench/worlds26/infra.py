"""The world object: randomness, time, names, handles, emails, phones, networks, devices, sign-ins, payouts."""
import datetime as dt
import hashlib
import random

import phonenumbers

from . import data as D

START = dt.datetime(2023, 1, 1)
END = dt.datetime(2025, 10, 31)
INTEL_FROM = dt.datetime(2024, 3, 1)   # the platform's IP-intelligence enrichment starts here
SALT = b"forkyard-ts-2025"

US_AREA = {"San Francisco": ["415", "628"], "Seattle": ["206", "425"], "Los Angeles": ["213", "310", "323"], "Portland": ["503", "971"],
           "Denver": ["303", "720"], "Austin": ["512", "737"], "Chicago": ["312", "773"], "Dallas": ["214", "469"],
           "New York": ["212", "646", "917"], "Boston": ["617", "857"], "Atlanta": ["404", "678"], "Raleigh": ["919", "984"],
           "Miami": ["305", "786"], "Nashville": ["615", "629"], "Phoenix": ["602", "480"], "Minneapolis": ["612", "651"]}


class World:
    def __init__(self, n, seed):
        self.n = n
        self.rng = random.Random(seed)
        self.people = []          # person dicts, in creation order
        self.logins = []
        self.endpoint = []
        self.payments = []
        self.shipments = []
        self.domains = []
        self.handles = set()
        self.emails = set()
        self.phones = set()
        self._k = 0
        self._ipseen = set()
        self.cgnat = {}           # (country, carrier idx) -> pool of nets
        self.vpn_pool = {}        # vpn name -> list of exit nets
        self.gw_pool = {}

    # ---------- basic randomness ----------
    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def wpick(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.rng.random() * tot
        for v, w in pairs:
            x -= w
            if x <= 0:
                return v
        return pairs[-1][0]

    def chance(self, p):
        return self.rng.random() < p

    def hexid(self, n=16):
        return "%0*x" % (n, self.rng.getrandbits(4 * n))

    def hashed(self, *parts):
        return hashlib.sha256(SALT + "|".join(parts).encode()).hexdigest()[:32]

    def when(self, t0=START, t1=END):
        span = (t1 - t0).total_seconds()
        return t0 + dt.timedelta(seconds=self.rng.random() * max(span, 60))

    # ---------- identity pieces ----------
    def city(self, country):
        return self.pick(D.CITIES[country])

    def origin_for(self, country):
        return self.wpick(D.ORIGIN_MIX[country])

    def name(self, origin):
        return self.pick(D.FIRST[origin]), self.pick(D.LAST[origin])

    def handle(self, first, last, style=None):
        f, l = first.lower().replace(" ", "").replace("-", ""), last.lower()
        r = self.rng
        style = style if style is not None else r.randrange(9)
        base = [f + l, f[0] + l, f + "-" + l, l + f[0], f + "dev", f + l[0], f + "-" + l + "-dev", "the" + f, f + "codes"][style % 9]
        h = base
        if h in self.handles or r.random() < 0.35:
            h = base + str(r.choice([r.randrange(1, 10), r.randrange(10, 100), r.randrange(1985, 2006)]))
        while h in self.handles:
            h = base + str(r.randrange(2, 9999))
        self.handles.add(h)
        return h

    def email(self, first, last, country, domain=None):
        r = self.rng
        if domain is None:
            domain = self.wpick(D.MAIL.get(country, D.MAIL["default"]))
        f, l = first.lower().replace(" ", "").replace("-", ""), last.lower()
        local = r.choice([f + "." + l, f + l, f[0] + l, f + "_" + l, l + "." + f, f + l[0]])
        if r.random() < 0.45 or local + "@" + domain in self.emails:
            local += str(r.choice([r.randrange(1, 100), r.randrange(1980, 2006)]))
        e = local + "@" + domain
        while e in self.emails:
            e = local + str(r.randrange(100, 99999)) + "@" + domain
        self.emails.add(e)
        return e

    def mailbox(self, local, domain):
        e = local + "@" + domain
        while e in self.emails:
            e = local + str(self.rng.randrange(2, 999)) + "@" + domain
        self.emails.add(e)
        return e

    def phone(self, country, city=None):
        """A valid, unused number of that country, formatted with its + (E.164 or international)."""
        r = self.rng
        cc = phonenumbers.country_code_for_region(country)
        ex = phonenumbers.example_number_for_type(country, phonenumbers.PhoneNumberType.MOBILE)
        nat = str(ex.national_number)
        for attempt in range(60):
            if country == "US" or country == "CA":
                area = self.pick(US_AREA.get(city, ["415", "206", "312", "646", "512"])) if country == "US" else r.choice(["416", "647", "604", "514"])
                exch = str(r.randrange(200, 1000))
                if exch[1:] == "11" or exch == "555":
                    continue
                digits = area + exch + "%04d" % r.randrange(10000)
            else:
                keep = max(1, len(nat) - 7)
                digits = nat[:keep] + "".join(str(r.randrange(10)) for _ in range(len(nat) - keep))
            num = phonenumbers.parse("+%d%s" % (cc, digits))
            if not phonenumbers.is_valid_number(num):
                continue
            e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            if e164 in self.phones:
                continue
            self.phones.add(e164)
            if r.random() < 0.3:
                return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            return e164
        raise RuntimeError("no phone for " + country)

    def address(self, country, city):
        r = self.rng
        if country == "US":
            st, z = D.US_STATE.get(city[0], ("CA", "941"))
            return "%d %s%s, %s, %s %s%02d" % (r.randrange(10, 9999), self.pick(D.STREETS),
                                               r.choice(["", "", " Apt %d" % r.randrange(1, 40), " Unit %d" % r.randrange(100, 900)]),
                                               city[0], st, z, r.randrange(100))
        return "%d %s, %s, %s" % (r.randrange(1, 300), self.pick(D.STREETS), city[0], country)

    def birth_date(self, lo=1965, hi=2004):
        return dt.date(self.rng.randrange(lo, hi), self.rng.randrange(1, 13), self.rng.randrange(1, 29))

    # ---------- networks ----------
    def _ip(self, prefix):
        r = self.rng
        parts = prefix.split(".")
        while True:
            ip = ".".join(parts + [str(r.randrange(1, 255)) for _ in range(4 - len(parts))])
            if ip not in self._ipseen:
                self._ipseen.add(ip)
                return ip

    def net(self, ip, asn, owner, country, city, lat, lon, proxy="false", svc=""):
        return (ip, str(asn), owner, country, city, round(lat + self.rng.uniform(-0.05, 0.05), 4),
                round(lon + self.rng.uniform(-0.05, 0.05), 4), proxy, svc)

    def home_net(self, country, city):
        asn, owner, prefixes = self.pick(D.RESIDENTIAL[country])
        return self.net(self._ip(self.pick(prefixes)), asn, owner, country, city[0], city[3], city[4])

    def home_nets(self, country, city, k=None):
        """A household's line: one address, sometimes a DHCP change or two."""
        asn, owner, prefixes = self.pick(D.RESIDENTIAL[country])
        k = k or (1 if self.chance(0.6) else self.rng.randrange(2, 4))
        pre = self.pick(prefixes)
        return [self.net(self._ip(pre), asn, owner, country, city[0], city[3], city[4]) for _ in range(k)]

    def mobile_nets(self, country, city, k=3):
        if country not in D.MOBILE:
            return self.home_nets(country, city, 1)
        ci = self.rng.randrange(len(D.MOBILE[country]))
        key = (country, ci)
        if key not in self.cgnat:
            asn, owner, prefixes = D.MOBILE[country][ci]
            pool = []
            for _ in range(60):
                c = self.pick(D.CITIES[country])
                if country == "US" and ci == 0 and self.chance(0.3):
                    ip = "2607:fb90:%x:%x::%x" % (self.rng.randrange(65536), self.rng.randrange(65536), self.rng.randrange(1, 65536))
                else:
                    ip = self._ip(self.pick(prefixes))
                pool.append(self.net(ip, asn, owner, country, c[0], c[3], c[4]))
            self.cgnat[key] = pool
        pool = self.cgnat[key]
        return [self.pick(pool) for _ in range(k)]

    def cloud_net(self, provider, region_country="US"):
        asn, owner, prefixes = D.CLOUD[provider]
        c = self.pick(D.CITIES.get(region_country, D.CITIES["US"]))
        return self.net(self._ip(self.pick(prefixes)), asn, owner, region_country, c[0], c[3], c[4], "false", "DATACENTER")

    def vpn_exits(self, name, k):
        """k exits of one consumer VPN, drawn from one shared pool (honest users and operators meet there)."""
        if name not in self.vpn_pool:
            tag, blocks = D.VPNS[name]
            pool = []
            for i in range(70 if name == "astrill" else 120):
                asn, owner, pre = blocks[i % len(blocks)]
                cc = self.wpick([("US", 60), ("GB", 8), ("DE", 6), ("JP", 6), ("SG", 8), ("CA", 6), ("PL", 3), ("KR", 3)])
                c = self.pick(D.CITIES[cc])
                pool.append(self.net(self._ip(pre), asn, owner, cc, c[0], c[3], c[4], "true", tag))
            self.vpn_pool[name] = pool
        pool = self.vpn_pool[name]
        us = [x for x in pool if x[3] == "US"]
        return [self.pick(us if self.chance(0.8) else pool) for _ in range(k)]

    def gateway_nets(self, name, k=4):
        if name not in self.gw_pool:
            tag, asn, owner, prefixes = D.SECURE_GATEWAYS[name]
            pool = []
            for _ in range(40):
                c = self.pick(D.CITIES["US"])
                pool.append(self.net(self._ip(self.pick(prefixes)), asn, owner, "US", c[0], c[3], c[4], "true", tag))
            self.gw_pool[name] = pool
        return [self.pick(self.gw_pool[name]) for _ in range(k)]

    def office_nets(self, country, city, k=2):
        asn, owner, prefixes = self.pick(D.RESIDENTIAL[country])
        pre = self.pick(prefixes)
        return [self.net(self._ip(pre), asn, owner, country, city[0], city[3], city[4]) for _ in range(k)]

    # ---------- devices ----------
    def device(self, os=None, desktop_app=None):
        os = os or self.wpick([("mac", 45), ("win", 38), ("linux", 17)])
        ua = self.pick(D.USER_AGENTS[os])
        app = desktop_app if desktop_app is not None else self.chance(0.18)
        return {"id": "dv-" + self.hexid(20), "os": os, "ua": ua, "app": app, "system": self.pick(D.SYSTEMS[os]),
                "cli": self.pick(D.USER_AGENTS["cli"]), "desk": self.pick(D.USER_AGENTS["desktop"]), "reported": False}

    def phone_device(self):
        return {"id": "dv-" + self.hexid(20), "os": "mobile", "ua": self.pick(D.USER_AGENTS["mobile"]), "app": False,
                "system": "", "cli": "", "desk": "", "reported": False}

    # ---------- people ----------
    def person(self, country=None, origin=None, city=None, created=None, primary="plain", fraud=0):
        r = self.rng
        country = country or self.wpick(D.HOME_MIX)
        city = city or self.city(country)
        origin = origin or self.origin_for(country)
        first, last = self.name(origin)
        self._k += 1
        p = {"key": self._k, "country": country, "city": city, "origin": origin, "first": first, "last": last,
             "full_name": first + " " + last, "handle": None, "email": None, "phone": "", "phone_lt": "",
             "recovery_email": "", "recovery_phone": "", "recovery_phone_lt": "", "address": "", "birth_date": "",
             "national_id": "", "photo": None, "resume": "", "profiles": [], "employer": "",
             "created": created or self.when(dt.datetime(2012, 1, 1), END - dt.timedelta(days=20)),
             "signup_ip": "", "extras": {}, "tokens": [], "primary": primary, "fraud": fraud, "tz": city[2],
             "tzname": city[1], "keyboards": [D.KEYBOARD[country]]}
        p["handle"] = self.handle(first, last)
        p["email"] = self.email(first, last, country)
        p["profiles"] = ["https://forkyard.dev/" + p["handle"]]
        return p

    def add(self, p):
        self.people.append(p)
        return p

    def token(self, p, *toks):
        for t in toks:
            if t and t not in p["tokens"]:
                p["tokens"].append(t)

    # ---------- activity ----------
    def local_hour(self, pattern):
        r = self.rng
        if pattern == "day":
            return r.choice([8, 9, 9, 10, 10, 11, 12, 13, 14, 14, 15, 16, 17, 18, 19, 20, 21, 21, 22, 23]) + r.random()
        if pattern == "owl":
            return (r.choice([11, 13, 15, 18, 20, 21, 22, 23, 23, 0, 0, 1, 1, 2, 3]) + r.random()) % 24
        if pattern == "bot":
            return r.random() * 24
        if pattern == "work":
            return r.choice([9, 9, 10, 10, 11, 13, 14, 15, 16, 17]) + r.random()
        return r.random() * 24

    def sessions(self, p, n, places, devices, t0=None, t1=None, offset=None, pattern="day", event="web.session.start"):
        """n sign-ins: places = [(weight, [nets])], devices = [(weight, device)]; hours in local time at `offset`."""
        r = self.rng
        t0 = max(t0 or p["created"], START - dt.timedelta(days=900))
        t1 = min(t1 or END, END)
        if t1 <= t0:
            t1 = t0 + dt.timedelta(days=2)
        off = p["tz"] if offset is None else offset
        span = (t1 - t0).days + 1
        out = []
        for _ in range(n):
            day = t0 + dt.timedelta(days=r.randrange(span))
            h = self.local_hour(pattern)
            ts = dt.datetime(day.year, day.month, day.day) + dt.timedelta(hours=h - off, seconds=r.randrange(60))
            if ts > END:
                ts = END - dt.timedelta(minutes=r.randrange(1, 5000))
            if ts < t0:
                ts = t0 + dt.timedelta(minutes=r.randrange(1, 600))
            nets = self.wpick([(v, k) for k, v in places])
            nt = self.pick(nets)
            dev = self.wpick([(v, k) for k, v in devices])
            out.append(self.login(p, ts, nt, dev, event))
        return out

    def login(self, p, ts, nt, dev, event=None):
        r = self.rng
        if dev["os"] == "bot":
            ua, ev = dev["ua"], "api.token.auth"
        elif dev["app"] and r.random() < 0.5:
            ua, ev = dev["desk"], "desktop.session.start"
        elif dev["os"] != "mobile" and r.random() < 0.25:
            ua, ev = dev["cli"], "git.https.auth"
        else:
            ua, ev = dev["ua"], event or "web.session.start"
        x = r.random()
        outcome = "success" if x < 0.93 else ("failure" if x < 0.97 else "challenge")
        row = [p["key"], ts, nt, dev["id"], ua, outcome, ev]
        self.logins.append(row)
        if dev["app"] and not dev["reported"]:
            dev["reported"] = p
        return row

    def telemetry(self, p, dev, ts, tzname, keyboards):
        """The desktop app's diagnostics for a device (once per subject and device)."""
        rows = [("timezone", tzname), ("system", dev["system"])] + [("keyboard", k) for k in keyboards]
        if self.chance(0.5):
            rows.append(("display", self.pick(D.DISPLAYS)))
        for kind, val in rows:
            self.endpoint.append((p["key"], ts, dev["id"], kind, val))

    def pay(self, p, ts, amount, method, dest, program, currency="USD", provider=""):
        self.payments.append((p["key"], ts, round(amount, 2), currency, method, dest, program, provider))

    def paypal(self, email):
        return email

    def eth(self):
        return "0x" + self.hexid(40)

    def tron(self):
        alpha = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
        return "T" + "".join(self.rng.choice(alpha) for _ in range(33))

    def bank(self, *who):
        return "bk_" + self.hashed("bank", *[str(x) for x in who], self.hexid(8))[:24]
