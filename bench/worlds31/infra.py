"""The world object: randomness, time, names, addresses, phones, networks, devices, sign-ins and telemetry rows."""
import datetime as dt
import hashlib
import random
import time
import unicodedata
from zoneinfo import ZoneInfo

import phonenumbers

from . import data as D

UTC = dt.timezone.utc
W0 = int(dt.datetime(2024, 11, 1, tzinfo=UTC).timestamp())   # export window: sign-ins, applications
W1 = int(dt.datetime(2025, 10, 31, 23, 0, tzinfo=UTC).timestamp())
DAY = 86400

STATE_NAMES = {"NY": "New York", "NJ": "New Jersey", "MA": "Massachusetts", "PA": "Pennsylvania", "DC": "District of Columbia",
               "VA": "Virginia", "MD": "Maryland", "GA": "Georgia", "NC": "North Carolina", "FL": "Florida", "OH": "Ohio",
               "MI": "Michigan", "IN": "Indiana", "IL": "Illinois", "WI": "Wisconsin", "MN": "Minnesota", "MO": "Missouri",
               "TN": "Tennessee", "TX": "Texas", "CO": "Colorado", "UT": "Utah", "AZ": "Arizona", "NV": "Nevada",
               "CA": "California", "WA": "Washington", "OR": "Oregon", "SD": "South Dakota", "DE": "Delaware", "WY": "Wyoming"}

HOURS = {
    # local-hour weights 0..23
    "day": [1, 0, 0, 0, 0, 1, 2, 5, 8, 9, 9, 8, 8, 8, 8, 8, 7, 6, 6, 6, 6, 5, 3, 2],
    "evening": [3, 1, 0, 0, 0, 0, 1, 3, 4, 4, 4, 4, 5, 4, 4, 4, 5, 6, 8, 9, 10, 10, 8, 5],
    "work": [0, 0, 0, 0, 0, 0, 1, 4, 9, 10, 10, 9, 7, 9, 10, 9, 8, 5, 2, 1, 1, 1, 0, 0],
    "student": [5, 3, 1, 0, 0, 0, 0, 1, 2, 4, 6, 7, 7, 7, 7, 7, 7, 7, 7, 8, 9, 9, 8, 7],
    "night": [8, 8, 7, 6, 4, 2, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 3, 3, 4, 5, 6, 7, 8, 8],
}
_CUM = {}
for _k, _v in HOURS.items():
    s = 0
    c = []
    for x in _v:
        s += x
        c.append(s)
    _CUM[_k] = (c, s)


class Egress:
    __slots__ = ("ip", "asn", "owner", "country", "city", "lat", "lon", "type", "proxy")

    def __init__(self, ip, asn, owner, country, city, lat, lon, typ, proxy):
        self.ip, self.asn, self.owner, self.country, self.city = ip, asn, owner, country, city
        self.lat, self.lon, self.type, self.proxy = lat, lon, typ, proxy


class Person:
    """A real or claimed human being: identity, contacts, habits and infrastructure."""

    def __init__(self, **kw):
        self.traits = []
        self.fraud = False
        self.native = ""
        self.nick = ""
        self.middle = ""
        self.alt_first = ""
        self.alt_last = ""
        self.prev_last = ""
        self.alt_email = ""
        self.home_phone = ""
        self.recovery_email = ""
        self.recovery_phone = ""
        self.recovery_phone_type = ""
        self.face = None
        self.photo_style = None
        self.addr2 = None
        self.moved_at = None
        self.vpn = None
        self.nets = []
        self.devices = []
        self.card = None
        self.bank = None
        self.employer_now = ""
        self.extra_profiles = []
        self.hours = ("America/New_York", "day")
        self.__dict__.update(kw)

    def add(self, *tokens):
        for t in tokens:
            if t and t not in self.traits:
                self.traits.append(t)

    def kind(self, primary=None):
        return ";".join([primary or self.primary] + [t for t in self.traits if t != (primary or self.primary)])


class World:
    def __init__(self, n, seed):
        self.n = n
        self.seed = seed
        self.rng = random.Random(seed * 7919 + 31)
        self.subjects = []
        self.truth = []
        self.ids = set()
        self.logins = {k: [] for k in ("subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome",
                                       "source_proxy", "asn", "network_owner", "city", "latitude", "longitude",
                                       "risk_level", "event_type", "session_id", "event_id", "linkwell_app",
                                       "linkwell_ip_type")}
        self.endpoint = []
        self.payments = []
        self.shipments = []
        self.domains = []
        self.files = {}
        self.zones = {}
        self.used_ips = set()
        self.pools = {}
        self.vpn_pools = {}
        self.phones = set()
        self.emails = set()
        self._hexn = 0

    # ------------------------------------------------------------ basics
    def hex(self, k=10):
        return "%0*x" % (k, self.rng.getrandbits(4 * k))

    def uid(self, prefix):
        while True:
            i = prefix + self.hex(10)
            if i not in self.ids:
                self.ids.add(i)
                return i

    def chance(self, p):
        return self.rng.random() < p

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def wpick(self, pairs):
        tot = 0
        for _, wt in pairs:
            tot += wt
        r = self.rng.random() * tot
        for v, wt in pairs:
            r -= wt
            if r < 0:
                return v
        return pairs[-1][0]

    def salted(self, s, salt="lw-2025"):
        return hashlib.sha256((salt + "|" + s).encode()).hexdigest()[:32]

    def uuid(self):
        h = self.hex(32).upper()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    # ------------------------------------------------------------ time
    def zone(self, name):
        z = self.zones.get(name)
        if z is None:
            z = self.zones[name] = ZoneInfo(name)
        return z

    def at_local(self, day_epoch, tzname, profile):
        """A UTC epoch on the local calendar day containing day_epoch, at an hour drawn from profile."""
        c, s = _CUM[profile]
        r = self.rng.random() * s
        h = 0
        while c[h] <= r:
            h += 1
        d = dt.datetime.fromtimestamp(day_epoch, self.zone(tzname))
        loc = dt.datetime(d.year, d.month, d.day, h, self.rng.randrange(60), self.rng.randrange(60),
                          tzinfo=self.zone(tzname))
        return int(loc.timestamp())

    def t_between(self, a, b):
        if b <= a:
            return a
        return a + self.rng.randrange(b - a)

    @staticmethod
    def iso(t):
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))

    @staticmethod
    def date(t):
        return time.strftime("%Y-%m-%d", time.gmtime(t))

    def created_fmt(self, t, tzname=None):
        """created_at in one of the shapes partner exports use (all valid ISO 8601)."""
        r = self.rng.random()
        if r < 0.55:
            return self.iso(t)
        if r < 0.75:
            return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(t))
        if r < 0.88 and tzname:
            d = dt.datetime.fromtimestamp(t, self.zone(tzname))
            return d.isoformat(timespec="seconds")
        if r < 0.95:
            return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + ".%03dZ" % self.rng.randrange(1000)
        if r < 0.985 and tzname:
            d = dt.datetime.fromtimestamp(t, self.zone(tzname))
            return d.strftime("%Y-%m-%d %H:%M:%S") + " " + tzname
        return self.date(t)

    # ------------------------------------------------------------ names
    def name_for(self, origin, gender=None):
        g = gender or self.pick("mf")
        src = D.NAMES[origin]
        first = self.pick(src[g])
        sur = self.pick(src["s"])
        p = Person(origin=origin, gender=g)
        if isinstance(first, tuple):
            p.first = first[0]
            fn = first[1]
            if len(first) > 2 and first[2]:
                p.alt_first = self.pick(first[2])
        else:
            p.first = first
            fn = ""
            if first in D.ALT_SPELL and D.ALT_SPELL[first]:
                p.alt_first = self.pick(D.ALT_SPELL[first])
        if isinstance(sur, tuple):
            p.last = sur[0]
            sn = sur[1]
            if sur[2]:
                p.alt_last = self.pick(sur[2])
        else:
            p.last = sur
            sn = ""
        if origin == "hispanic" and self.chance(0.2):
            p.last = p.last + " " + self.pick(src["s"])
        if fn and sn:
            if origin in ("chinese", "japanese"):
                p.native = sn + fn
            elif origin == "korean":
                p.native = sn + fn
            elif origin == "vietnamese":
                p.native = sn + " " + fn
            else:
                p.native = fn + " " + sn
        if "english" in src and self.chance(0.35):
            p.nick = self.pick(src["english"])   # the English name used day to day
        elif p.first in D.NICK and self.chance(0.5):
            p.nick = self.pick(D.NICK[p.first])
        if self.chance(0.35):
            p.middle = self.pick(D.NAMES["anglo"][g]) if origin in ("anglo", "filipino") else (
                self.pick(D.NAMES[origin][g]) if not isinstance(D.NAMES[origin][g][0], tuple) else "")
        return p

    def display_name(self, p, style=None):
        """The name as one form or export writes it."""
        r = self.rng.random() if style is None else style
        first = p.first
        if p.nick and r < 0.45:
            first = p.nick
        if p.origin == "korean" and "-" in first and r > 0.7:
            first = first.replace("-", "") if r > 0.85 else first.replace("-", " ")
        if p.alt_first and 0.55 < r < 0.65:
            first = p.alt_first
        last = p.last
        if p.alt_last and 0.62 < r < 0.72:
            last = p.alt_last
        if r < 0.05 and p.native:
            return p.native
        if 0.05 <= r < 0.09 and p.native:
            return f"{first} {last} ({p.native})"
        if 0.09 <= r < 0.13 and p.origin in ("chinese", "korean", "vietnamese"):
            return f"{last.upper()} {first}"
        if 0.13 <= r < 0.17 and p.middle:
            return f"{first} {p.middle[0]}. {last}"
        if 0.17 <= r < 0.2:
            return f"{first[0]}. {last}"
        if 0.2 <= r < 0.23:
            return f"{last}, {first}"
        if 0.23 <= r < 0.25:
            return f"{first.lower()} {last.lower()}"
        if 0.25 <= r < 0.27:
            return f"{first}  {last} "
        return f"{first} {last}"

    def legal_name(self, p):
        f = p.first
        if p.origin == "korean" and self.chance(0.5):
            f = f.replace("-", "")
        return f"{f} {p.middle} {p.last}" if p.middle else f"{f} {p.last}"

    @staticmethod
    def ascii(s):
        s = unicodedata.normalize("NFKD", s)
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
        return s.replace("Đ", "D").replace("đ", "d").replace("ł", "l").replace("Ł", "L")

    def email_for(self, p, domain=None, style=None):
        f = self.ascii(p.nick if (p.nick and self.chance(0.4)) else p.first).lower().replace(" ", "").replace("-", "").replace("'", "")
        l = self.ascii(p.last).lower().replace(" ", "").replace("-", "").replace("'", "").replace(".", "")
        if not domain:
            domain = self.wpick([("gmail.com", 55), ("yahoo.com", 8), ("outlook.com", 9), ("hotmail.com", 5),
                                 ("icloud.com", 8), ("aol.com", 2), ("proton.me", 2), ("comcast.net", 2),
                                 ("me.com", 1), ("live.com", 2)])
        s = self.rng.randrange(9) if style is None else style
        for _ in range(20):
            if s == 0:
                loc = f"{f}.{l}"
            elif s == 1:
                loc = f"{f}{l}"
            elif s == 2:
                loc = f"{f[0]}{l}"
            elif s == 3:
                loc = f"{f}.{l}{self.rng.randrange(1, 99)}"
            elif s == 4:
                loc = f"{f}_{l}"
            elif s == 5:
                loc = f"{f}{l[0]}{self.rng.randrange(10, 9999)}"
            elif s == 6:
                loc = f"{l}.{f}"
            elif s == 7:
                loc = f"{f}.{l}.{self.rng.randrange(1970, 2005)}"
            else:
                loc = f"{f}{self.rng.randrange(100, 999)}"
            e = f"{loc}@{domain}"
            if e not in self.emails:
                self.emails.add(e)
                return e
            s = self.rng.randrange(3, 9)
        e = f"{f}.{l}.{self.hex(4)}@{domain}"
        self.emails.add(e)
        return e

    def fmt_email(self, e):
        r = self.rng.random()
        if r < 0.03:
            return e.upper()
        if r < 0.07:
            loc, dom = e.split("@")
            return loc[:1].upper() + loc[1:] + "@" + dom
        if r < 0.09:
            return " " + e
        return e

    # ------------------------------------------------------------ places and addresses
    def us_city(self, idx=None):
        if idx is None:
            idx = self.wpick([(i, c[7]) for i, c in enumerate(D.US_CITIES)])
        return D.US_CITIES[idx]

    def us_addr(self, city):
        n = self.rng.randrange(10, 9999) if self.chance(0.8) else self.rng.randrange(100, 29999)
        st = self.pick(D.STREETS)
        suf = self.pick(D.SUFFIX)
        unit = None
        if self.chance(0.42):
            unit = self.pick(["Apt", "Unit", "#", "Suite"]) if self.chance(0.9) else "Apt"
            unit = (unit, f"{self.rng.randrange(1, 30)}{self.pick(['', '', 'A', 'B', 'C', 'D'])}")
        return dict(num=str(n), street=st, suf=suf, unit=unit, city=city[0], state=city[1],
                    zip=city[2] + "%02d" % self.rng.randrange(1, 99), country="US")

    def fmt_addr(self, a, style=None):
        if a is None:
            return ""
        if a.get("raw"):
            return a["raw"]
        if a["country"] != "US":
            return a["text"]
        r = self.rng.random() if style is None else style
        suf = a["suf"][0] if r < 0.35 else a["suf"][1]
        st = f"{a['num']} {a['street']} {suf}"
        if r > 0.9:
            st = st + "."
        unit = ""
        if a["unit"]:
            u, v = a["unit"]
            unit = f"#{v}" if (u == "#" or 0.7 < r < 0.8) else f"{u} {v}"
        state = a["state"] if r < 0.93 else STATE_NAMES.get(a["state"], a["state"])
        co = ", USA" if 0.5 < r < 0.55 else ""
        if r < 0.45:
            s = f"{st}, {unit + ', ' if unit else ''}{a['city']}, {state} {a['zip']}{co}"
        elif r < 0.7:
            s = f"{st}{' ' + unit if unit else ''}, {a['city']}, {state} {a['zip']}"
        elif r < 0.85:
            s = f"{st} {unit + ' ' if unit else ''}{a['city']} {state} {a['zip']}".upper()
        else:
            s = f"{st}{', ' + unit if unit else ''}\n{a['city']}, {state} {a['zip']}" if r > 0.97 else \
                f"{st}{', ' + unit if unit else ''}, {a['city']} {state} {a['zip']}"
        return s

    def intl_addr(self, cc, city):
        n = self.rng.randrange(1, 400)
        streets = {"IN": ["MG Road", "Outer Ring Road", "HSR Layout Sector 2", "Banjara Hills Road No. 12", "Koramangala 5th Block"],
                   "CN": ["Zhongshan Road", "Renmin Road", "Jiefang Road", "Heping Street"],
                   "KR": ["Teheran-ro", "Gangnam-daero", "Sejong-daero"], "JP": ["Shibuya 2-chome", "Nishi-Shinjuku 3-chome"],
                   "PH": ["Ayala Avenue", "EDSA", "Katipunan Avenue"], "VN": ["Nguyen Hue", "Le Loi", "Tran Hung Dao"]}
        s = self.pick(streets.get(cc, ["Central Avenue", "High Street", "Rua Augusta", "Calle 10", "Main Road",
                                       "ul. Marszałkowska", "vul. Khreshchatyk"]))
        pc = "%05d" % self.rng.randrange(10000, 99999)
        return dict(country=cc, city=city[0], text=f"{n} {s}, {city[0]} {pc}, {cc}")

    # ------------------------------------------------------------ phones
    def us_phone(self, city=None, area=None):
        for _ in range(50):
            ac = area or self.pick((city or self.us_city())[6])
            ex = self.rng.randrange(201, 999)
            if ex % 100 == 11 or ex == 555:
                continue
            num = f"+1{ac}{ex}{self.rng.randrange(10000):04d}"
            if num in self.phones:
                continue
            if phonenumbers.is_valid_number(phonenumbers.parse(num)):
                self.phones.add(num)
                return num
        raise RuntimeError("no valid phone")

    def intl_phone(self, cc):
        info = D.INTL[cc]
        for _ in range(200):
            pre = self.pick(info["mobile"])
            rest = info["mlen"] - len(pre)
            num = "+" + info["cc"] + pre + "".join(str(self.rng.randrange(10)) for _ in range(rest))
            if num in self.phones:
                continue
            try:
                pn = phonenumbers.parse(num)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(pn) and phonenumbers.region_code_for_number(pn) == cc:
                self.phones.add(num)
                return num
        raise RuntimeError("no valid phone for " + cc)

    def fmt_phone(self, e164, style=None):
        if not e164:
            return ""
        if e164.startswith("+1") and len(e164) == 12:
            a, b, c = e164[2:5], e164[5:8], e164[8:]
            r = self.rng.randrange(9) if style is None else style
            return [e164, f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a}-{b}-{c}", f"1 ({a}) {b} {c}",
                    f"{a}{b}{c}", f"+1 ({a}) {b}-{c}", f"{a} {b} {c}"][r]
        pn = phonenumbers.parse(e164)
        if self.chance(0.5):
            return phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return e164

    def line_type(self, kind):
        """A carrier lookup's line type as the vendor spells it (sometimes missing)."""
        r = self.rng.random()
        if r < 0.1:
            return ""
        if kind == "mobile":
            return "mobile" if r < 0.9 else "Mobile"
        if kind == "landline":
            return "landline" if r < 0.85 else "fixed"
        if kind == "voip":
            return self.pick(["voip", "voip", "VOIP", "nonFixedVoip", "nonFixedVoip"])
        if kind == "fixedvoip":
            return self.pick(["fixedVoip", "voip"])
        return kind

    # ------------------------------------------------------------ networks
    def ip_in(self, key):
        ranges = D.ISPS[key][4]
        for _ in range(30):
            a, lo, hi = self.pick(ranges)
            ip = f"{a}.{self.rng.randrange(lo, hi + 1)}.{self.rng.randrange(256)}.{self.rng.randrange(1, 255)}"
            if ip not in self.used_ips:
                self.used_ips.add(ip)
                return ip
        return ip

    def egress(self, key, city=None, typ=None, proxy=None):
        asn, owner, cc, t, _ = D.ISPS[key]
        if city is None:
            cname, lat, lon = "", None, None
        else:
            cname, lat, lon = city[0], city[1], city[2]
        typ = typ or t
        if proxy is None:
            proxy = {"vpn": 0.9, "hosting": 0.6, "vpn:icloud_relay": 0.75, "zscaler": 0.3, "cloud_proxy": 0.3}.get(
                typ.split(":")[0] if typ.startswith("vpn:") and typ != "vpn:icloud_relay" else typ, 0.02)
        return Egress(self.ip_in(key), str(asn), owner, cc, cname, lat, lon, typ, proxy)

    @staticmethod
    def cityll(city):
        """(name, lat, lon) of a US_CITIES entry or an INTL city tuple."""
        if len(city) == 8:
            return (city[0], city[3], city[4])
        return (city[0], city[1], city[2])

    def home_egress(self, city, key=None):
        key = key or self.wpick(D.US_HOME_ISPS)
        if key == "tmhome":
            return self.pool("tmhome", city[0], 40, self.cityll(city), "residential_cgnat")[self.rng.randrange(40)]
        return self.egress(key, self.cityll(city), "residential")

    def intl_home(self, cc, city):
        key = self.pick(D.INTL[cc]["isps"])
        return self.egress(key, city)

    def pool(self, key, tag, size, city, typ=None, proxy=None):
        k = (key, tag)
        p = self.pools.get(k)
        if p is None:
            p = self.pools[k] = [self.egress(key, city, typ, proxy) for _ in range(size)]
        return p

    def mobile_getter(self, city, carrier=None):
        carrier = carrier or self.wpick(D.US_MOBILE)
        pool = self.pool(carrier, city[0], 24, self.cityll(city), "mobile")
        return lambda: pool[self.rng.randrange(len(pool))]

    def vpn_pool(self, provider):
        p = self.vpn_pools.get(provider)
        if p is None:
            carriers = D.VPN_PROVIDERS[provider]
            p = []
            size = {"astrill": 70, "nord": 120, "express": 90, "surfshark": 70, "mullvad": 50, "proton": 60, "pia": 70}[provider]
            for i in range(size):
                cc, cname, lat, lon = D.VPN_EXIT_CITIES[i % 10] if i % 5 else self.pick(D.VPN_EXIT_CITIES)
                e = self.egress(self.pick(carriers), (cname, lat, lon), "vpn:" + provider)
                e.country = cc
                p.append(e)
            self.vpn_pools[provider] = p
        return p

    def vpn_getter(self, provider, sticky=4):
        """A user's VPN: mostly a few favourite exits, sometimes any."""
        pool = self.vpn_pool(provider)
        fav = [pool[self.rng.randrange(len(pool))] for _ in range(sticky)]
        return lambda: fav[self.rng.randrange(len(fav))] if self.rng.random() < 0.8 else pool[self.rng.randrange(len(pool))]

    def vps(self, provider=None):
        key = provider or self.pick(D.VPS_PROVIDERS)
        cc, cname, lat, lon = self.pick(D.VPS_CITIES)
        return self.egress(key, (cname, lat, lon), "hosting")

    def resi_proxy(self):
        city = self.us_city()
        key = self.wpick(D.US_HOME_ISPS[:-1])
        e = self.egress(key, self.cityll(city), "residential", proxy=0.12)
        return e

    def zscaler_pool(self, metro):
        return self.pool("zscaler", metro[0], 16, self.cityll(metro), "zscaler")

    # ------------------------------------------------------------ devices
    def web_device(self):
        return "lwd_" + self.hex(16)

    def app_device(self):
        return "lwa_" + self.hex(16)

    def ua_web(self):
        return self.pick(D.UA_WEB)

    def ua_app(self, ios=None):
        ios = self.chance(0.55) if ios is None else ios
        v = f"9.{self.rng.randrange(20, 40)}.{self.rng.randrange(10)}"
        if ios:
            return D.UA_IOS.format(v=v, m=self.pick(["14,5", "15,2", "15,3", "16,1", "16,2", "17,1"]),
                                   o=self.pick(["17.5.1", "17.6", "18.0.1", "18.1", "18.3.2"]))
        return D.UA_ANDROID.format(v=v, o=self.pick(["13", "14", "15"]), m=self.pick(D.ANDROID_MODELS))

    # ------------------------------------------------------------ rows
    def add_subject(self, row, fraud, kind):
        """kind: a string, or (person, primary) resolved when written (the person's final traits)."""
        self.subjects.append(row)
        self.truth.append((row["id"], 1 if fraud else 0, kind))

    def login(self, sid, t, eg, device, ua, app, outcome=None, event_type=None, idp=False):
        L = self.logins
        r = self.rng.random()
        if outcome is None:
            outcome = "success" if r < 0.88 else ("failure" if r < 0.94 else ("challenge" if r < 0.99 else "deny"))
        L["subject_id"].append(sid)
        if idp and self.rng.random() < 0.3:
            L["ts"].append(time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + ".%03d+00:00" % self.rng.randrange(1000))
        else:
            L["ts"].append(self.iso(t))
        L["ip"].append(eg.ip)
        L["device_id"].append(device or "")
        L["user_agent"].append(ua or "")
        L["country"].append(eg.country if self.rng.random() > 0.02 else "")
        L["outcome"].append(outcome)
        p = self.rng.random()
        if p < 0.08:
            L["source_proxy"].append("")
        else:
            L["source_proxy"].append("true" if self.rng.random() < eg.proxy else "false")
        L["asn"].append(eg.asn if self.rng.random() > 0.03 else "")
        L["network_owner"].append(eg.owner)
        L["city"].append(eg.city or "")
        if eg.lat is None:
            L["latitude"].append("")
            L["longitude"].append("")
        else:
            L["latitude"].append("%.4f" % (eg.lat + (self.rng.random() - 0.5) * 0.08))
            L["longitude"].append("%.4f" % (eg.lon + (self.rng.random() - 0.5) * 0.08))
        rk = "none"
        if eg.type.startswith("vpn") or eg.type == "hosting":
            rk = "medium" if self.rng.random() < 0.5 else "low"
        elif outcome != "success":
            rk = "low" if self.rng.random() < 0.6 else "medium"
        elif self.rng.random() < 0.05:
            rk = "low"
        L["risk_level"].append(rk if self.rng.random() > 0.05 else "")
        if event_type is None:
            event_type = "user.session.start" if idp else ("member.signin" if app != "partner_portal" else "candidate.portal.signin")
        L["event_type"].append(event_type)
        L["session_id"].append(("idx" if idp else "lws_") + self.hex(20))
        L["event_id"].append(("okta:" + self.uuid().lower()) if idp else ("lw:" + self.hex(24)))
        L["linkwell_app"].append(app)
        L["linkwell_ip_type"].append(eg.type)

    def person_logins(self, sid, p, n, t0, t1, app_weight=None):
        """n sign-ins of a person's own account between t0 and t1 from their habitual networks and devices."""
        if t1 <= t0 or n <= 0:
            return []
        tz, prof = p.hours
        out = []
        for _ in range(n):
            day = self.t_between(t0, t1)
            t = self.at_local(day, tz, prof)
            if t < t0 or t > t1:
                t = day
            eg = self.wpick(p.nets)()
            dev = self.wpick(p.devices)
            self.login(sid, t, eg, dev[0], dev[1], dev[2])
            out.append(t)
        return out

    def ep(self, sid, t, device, kind, value, vendor="", product="", started=""):
        self.endpoint.append({"subject_id": sid, "ts": self.iso(t), "device_id": device, "kind": kind,
                              "value": value, "vendor_id": vendor or None, "product_id": product or None,
                              "started_at": started or None, "event_id": hashlib.sha1(
                                  f"{device}|{kind}|{value}|{t}".encode()).hexdigest()[:20]})

    def pay(self, sid, t, amount, currency, method, dest, flow, provider, ptype):
        self.payments.append({"subject_id": sid, "ts": self.iso(t) if self.rng.random() < 0.8 else self.date(t),
                              "amount": "%.2f" % amount, "currency": currency, "method": method,
                              "destination": dest, "linkwell_flow": flow, "linkwell_provider": provider,
                              "linkwell_pay_type": ptype})

    def ship(self, sid, t, asset, address, carrier, kind):
        self.shipments.append({"subject_id": sid, "ts": self.iso(t), "asset": asset, "address": address,
                               "linkwell_carrier": carrier, "linkwell_ship_to": kind})
