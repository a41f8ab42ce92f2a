"""World 32 infrastructure: randomness, time, names, contacts, addresses, networks, devices, and the row emitters."""
import datetime as dt
import hashlib
import random
import string
from zoneinfo import ZoneInfo

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

from . import data as D

UTC = dt.timezone.utc
T0 = dt.datetime(2024, 12, 1, tzinfo=UTC).timestamp()     # sign-in window start
T1 = dt.datetime(2025, 11, 30, tzinfo=UTC).timestamp()    # export date
DAY = 86400.0
_ZONES = {}


def zone(name):
    z = _ZONES.get(name)
    if z is None:
        z = _ZONES[name] = ZoneInfo(name)
    return z


US_CITY = {c[0]: c for c in D.US_CITIES}
US_STATE_CITY = {}
for _c in D.US_CITIES:
    US_STATE_CITY.setdefault(_c[1], _c)

VPN_EXIT_CITIES = [("New York", "US", 40.71, -74.01), ("Los Angeles", "US", 34.05, -118.24), ("Dallas", "US", 32.78, -96.80),
                   ("Chicago", "US", 41.88, -87.63), ("Miami", "US", 25.76, -80.19), ("Seattle", "US", 47.61, -122.33),
                   ("Atlanta", "US", 33.75, -84.39), ("Denver", "US", 39.74, -104.99), ("Phoenix", "US", 33.45, -112.07),
                   ("San Jose", "US", 37.34, -121.89), ("Ashburn", "US", 39.04, -77.49), ("Salt Lake City", "US", 40.76, -111.89),
                   ("London", "GB", 51.51, -0.13), ("Amsterdam", "NL", 52.37, 4.90), ("Frankfurt", "DE", 50.11, 8.68),
                   ("Tokyo", "JP", 35.68, 139.69), ("Singapore", "SG", 1.35, 103.82), ("Hong Kong", "HK", 22.32, 114.17),
                   ("Toronto", "CA", 43.65, -79.38), ("Sydney", "AU", -33.87, 151.21)]
US_EXIT_CITIES = [c for c in VPN_EXIT_CITIES if c[1] == "US"]

UA = {
    "mac_chrome": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "win_chrome": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "win_edge": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0",
    "mac_safari": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{m} Safari/605.1.15",
    "win_firefox": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0",
    "linux_firefox": "Mozilla/5.0 (X11; Linux x86_64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0",
    "iphone": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_{m} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{m} Mobile/15E148 Safari/604.1",
    "android": "Mozilla/5.0 (Linux; Android 14; {model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36",
    "bx_ios": "Boxpoint/6.{m}.2 (iPhone; iOS 17.{m}; Scale/3.00)",
    "bx_android": "Boxpoint/6.{m}.0 (Android 14; {model})",
    "gs_app": "Gigspan/3.{m} (Electron desktop; {os})",
}
ANDROID_MODELS = ["SM-S918U", "Pixel 8", "Pixel 7a", "SM-A546E", "moto g stylus 5G", "SM-G991B", "Redmi Note 12", "CPH2411", "V2250"]


_CANDS = {}


def ip_from(rng, prefix):
    parts = prefix.split(".")
    octs = []
    for p in parts:
        if p == "":
            continue
        octs.append(p)
    # the last part may be partial ("24.1" = 24.1, 24.10-19, 24.100-199)
    full = prefix.endswith(".")
    out = []
    for i, p in enumerate(octs):
        if i == len(octs) - 1 and not full:
            cands = _CANDS.get((p, i == 0))
            if cands is None:
                cands = [x for x in range(256) if str(x).startswith(p)]
                if i == 0:
                    cands = [x for x in cands if x not in (0, 10, 127)]
                _CANDS[(p, i == 0)] = cands
            out.append(rng.choice(cands))
        else:
            out.append(int(p))
    while len(out) < 4:
        out.append(rng.randint(1, 254) if len(out) == 3 else rng.randint(0, 255))
    return ".".join(str(x) for x in out)


class IPInfo:
    __slots__ = ("ip", "asn", "owner", "country", "city", "lat", "lon", "kind", "proxy")

    def __init__(self, ip, asn, owner, country, city, lat, lon, kind, proxy=False):
        self.ip, self.asn, self.owner, self.country, self.city = ip, asn, owner, country, city
        self.lat, self.lon, self.kind, self.proxy = lat, lon, kind, proxy


class Net:
    """A way onto the internet: a fixed set of addresses or a shared pool, sampled per sign-in."""

    def __init__(self, infos, kind, weights=None):
        self.infos = infos
        self.kind = kind
        self.weights = weights

    def pick(self, rng):
        if len(self.infos) == 1:
            return self.infos[0]
        if self.weights:
            return rng.choices(self.infos, self.weights)[0]
        return rng.choice(self.infos)


class Device:
    """One physical machine or phone; each source sees it under its own id scheme."""
    __slots__ = ("key", "os", "ua", "ids", "model")

    def __init__(self, key, os_, ua, model=None):
        self.key, self.os, self.ua, self.ids, self.model = key, os_, ua, {}, model


class World:
    def __init__(self, n, seed, outdir):
        self.n = n
        self.seed = seed
        self.r = random.Random(seed)
        self.outdir = outdir
        self.subjects = []
        self.logins = []
        self.endpoint = []
        self.payments = []
        self.shipments = []
        self.domains = []
        self.truth = {}
        self.used_ids = set()
        self.salt = "bxpt-pool-" + str(seed)
        self._mobile_pools = {}
        self._starlink_pools = {}
        self._vpn_pools = {}
        self._egress_pools = {}
        self._venue = {}
        self.photo_jobs = []     # (relpath, spec) drawn later by media
        self.resume_jobs = []    # (relpath, kind, text, author)
        self.counter = 0
        self.used_phones = set()
        self.used_emails = set()

    # ----------------------------------------------------------------- basic randomness
    def chance(self, p):
        return self.r.random() < p

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def wpick(self, pairs):
        items = [a for a, _ in pairs]
        ws = [b for _, b in pairs]
        return self.r.choices(items, ws)[0]

    def hexs(self, k):
        return "%0*x" % (k, self.r.getrandbits(4 * k))

    def newid(self, prefix, k=10):
        while True:
            s = prefix + self.hexs(k)
            if s not in self.used_ids:
                self.used_ids.add(s)
                return s

    def uuid(self):
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[self.r.randrange(4)]}{h[17:20]}-{h[20:32]}"

    def alnum(self, k, chars=string.ascii_letters + string.digits):
        return "".join(self.r.choice(chars) for _ in range(k))

    def h(self, *parts, k=24):
        return hashlib.sha256(("|".join(str(p) for p in parts)).encode()).hexdigest()[:k]

    # ----------------------------------------------------------------- time
    def t_between(self, a, b):
        return a + self.r.random() * max(0.0, b - a)

    def at_local(self, epoch_day, tz, hour, minute=None):
        """The UTC epoch of local `hour` (may be fractional) on the calendar day containing epoch_day in tz."""
        z = zone(tz)
        d = dt.datetime.fromtimestamp(epoch_day, z).date()
        if minute is None:
            minute = self.r.randrange(60)
        h = int(hour) % 24
        x = dt.datetime(d.year, d.month, d.day, h, minute, self.r.randrange(60), tzinfo=z)
        return x.timestamp()

    def work_time(self, t, clock_tz, profile):
        """A sign-in time near day t on the clock a person keeps."""
        r = self.r
        if profile == "day":
            hour = r.choices([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22], [2, 6, 10, 10, 9, 7, 8, 9, 8, 7, 5, 4, 4, 4, 3, 2])[0]
        elif profile == "evening":
            hour = r.choices([6, 7, 8, 12, 17, 18, 19, 20, 21, 22, 23, 0], [2, 4, 3, 4, 4, 8, 10, 10, 9, 7, 4, 2])[0]
        elif profile == "night":
            hour = r.choices([20, 21, 22, 23, 0, 1, 2, 3, 4, 5, 6, 7, 13, 14, 15], [3, 5, 7, 8, 8, 7, 6, 6, 5, 4, 3, 2, 2, 2, 2])[0]
        elif profile == "office":
            hour = r.choices([8, 9, 10, 11, 13, 14, 15, 16, 17], [8, 12, 10, 8, 8, 9, 9, 7, 4])[0]
        else:  # any
            hour = r.randrange(24)
        # weekday bias for work profiles
        t2 = self.at_local(t, clock_tz, hour)
        return t2

    def iso(self, t, style="Z"):
        d = dt.datetime.fromtimestamp(t, UTC)
        if style == "Z":
            return d.strftime("%Y-%m-%dT%H:%M:%SZ")
        if style == "ms":
            return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % self.r.randrange(1000)
        if style == "us":
            return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % self.r.randrange(1000000)
        if style == "space":
            return d.strftime("%Y-%m-%d %H:%M:%S")
        if style == "plus0":
            return d.strftime("%Y-%m-%d %H:%M:%S+00:00")
        if style == "utcname":
            return d.strftime("%Y-%m-%d %H:%M:%S UTC")
        if style == "date":
            return d.strftime("%Y-%m-%d")
        if style.startswith("tz:"):
            tz = style[3:]
            x = d.astimezone(zone(tz))
            off = x.strftime("%z")
            return x.strftime("%Y-%m-%dT%H:%M:%S") + off[:3] + ":" + off[3:]
        if style.startswith("zname:"):
            tz = style[6:]
            x = d.astimezone(zone(tz))
            return x.strftime("%Y-%m-%d %H:%M:%S ") + tz
        if style.startswith("compact:"):
            tz = style[8:]
            x = d.astimezone(zone(tz))
            return x.strftime("%Y-%m-%dT%H:%M%z")
        return d.strftime("%Y-%m-%dT%H:%M:%SZ")

    def date_of(self, t):
        return dt.datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d")

    def epoch(self, y, m, d, hh=12):
        return dt.datetime(y, m, d, hh, tzinfo=UTC).timestamp()

    # ----------------------------------------------------------------- names
    def origin_for_us(self):
        return self.wpick(D.US_ORIGIN_MIX)

    def make_name(self, origin, sex=None):
        m, f, s = D.names_of(origin)
        sex = sex or self.pick("MF")
        first = self.pick(m if sex == "M" else f)
        last = self.pick(s)
        middle = self.pick(D.MIDDLE_M if sex == "M" else D.MIDDLE_F) if self.chance(0.55) else ""
        return sex, first, middle, last

    NICK = {"Robert": "Bob", "William": "Will", "Michael": "Mike", "Christopher": "Chris", "Daniel": "Dan", "Matthew": "Matt",
            "Anthony": "Tony", "Joseph": "Joe", "Thomas": "Tom", "Andrew": "Andy", "Joshua": "Josh", "Nathan": "Nate",
            "Zachary": "Zach", "Jennifer": "Jen", "Elizabeth": "Liz", "Katherine": "Kate", "Samantha": "Sam", "Jessica": "Jess",
            "Abigail": "Abby", "Alejandro": "Alex", "Francisco": "Paco", "Oleksandr": "Alex", "Muhammad": "M.", "Gregory": "Greg",
            "Jacob": "Jake", "Steven": "Steve", "Richard": "Rick", "James": "Jim", "Patricia": "Pat", "Jonathan": "Jon"}

    def display_name(self, p, style=None):
        """How a person's name was typed on one form."""
        r = self.r
        first, middle, last = p.first, p.middle, p.last
        style = style or r.choices(["plain", "middle_initial", "middle", "upper", "lower", "last_first", "nick", "initial_first",
                                    "native_order", "double_space", "trailing"],
                                   [52, 12, 5, 4, 3, 4, 5, 2, 3, 2, 2])[0]
        if style == "middle_initial" and middle:
            return f"{first} {middle[0]}. {last}"
        if style == "middle" and middle:
            return f"{first} {middle} {last}"
        if style == "upper":
            return f"{first} {last}".upper()
        if style == "lower":
            return f"{first} {last}".lower()
        if style == "last_first":
            return f"{last}, {first}"
        if style == "nick" and first in self.NICK:
            return f"{self.NICK[first]} {last}"
        if style == "initial_first":
            return f"{first[0]}. {last}"
        if style == "native_order" and p.origin in ("chinese", "korean", "japanese", "vietnamese"):
            return f"{last} {first}"
        if style == "double_space":
            return f"{first}  {last}"
        if style == "trailing":
            return f"{first} {last} "
        if p.origin == "korean" and "-" in first and r.random() < 0.4:
            return f"{first.replace('-', '') if r.random() < 0.6 else first.replace('-', ' ')} {last}"
        return f"{first} {last}"

    # ----------------------------------------------------------------- e-mail
    def email_local(self, first, last, by=None, style=None):
        r = self.r
        f, l = first.lower().replace("-", "").replace("'", "").replace(" ", ""), last.lower().replace("-", "").replace("'", "").replace(" ", "")
        y = by or r.randint(1965, 2003)
        style = style or r.choices(["f.l", "fl", "f_l", "fl_y", "f.l.n", "fli", "lf", "f.l.y2", "nick", "word"],
                                   [18, 14, 4, 10, 8, 7, 4, 8, 5, 6])[0]
        if style == "f.l":
            s = f"{f}.{l}"
        elif style == "fl":
            s = f"{f}{l}"
        elif style == "f_l":
            s = f"{f}_{l}"
        elif style == "fl_y":
            s = f"{f}{l}{y % 100:02d}"
        elif style == "f.l.n":
            s = f"{f}.{l}{r.randint(1, 999)}"
        elif style == "fli":
            s = f"{f[0]}{l}"
        elif style == "lf":
            s = f"{l}.{f}"
        elif style == "f.l.y2":
            s = f"{f}{l}{y}"
        elif style == "nick":
            s = f"{f[:3]}{l[:4]}{r.randint(10, 99)}"
        else:
            s = self.pick(["sunny", "blue", "coffee", "trail", "wander", "desert", "ocean", "pixel", "quiet", "north", "maple",
                           "lucky", "retro", "cosmic", "happy", "stormy", "wild"]) + self.pick(
                ["fox", "bird", "dev", "runner", "nomad", "girl", "guy", "cat", "wolf", "panda", "otter", "bear", "moon"]) + str(r.randint(1, 9999))
        return s

    def email(self, first, last, domain=None, style=None, by=None):
        if domain is None:
            domain = self.wpick([("gmail.com", 52), ("yahoo.com", 9), ("outlook.com", 8), ("hotmail.com", 6), ("icloud.com", 9),
                                 ("aol.com", 2), ("proton.me", 2), ("protonmail.com", 1), ("me.com", 2), ("live.com", 1),
                                 ("hey.com", 0.4), ("fastmail.com", 0.5), ("comcast.net", 1.5), ("att.net", 1), ("msn.com", 0.6)])
        for _ in range(20):
            e = f"{self.email_local(first, last, by, style)}@{domain}"
            if e not in self.used_emails:
                self.used_emails.add(e)
                return e
            style = None
        e = f"{self.email_local(first, last, by)}{self.r.randint(1000, 9999)}@{domain}"
        self.used_emails.add(e)
        return e

    def email_variant(self, e):
        """How one address was typed on another form (case, spaces, gmail dots)."""
        r = self.r.random()
        if r < 0.08:
            return e.upper()
        if r < 0.18:
            loc, dom = e.split("@")
            return loc.capitalize() + "@" + dom
        if r < 0.22:
            return " " + e
        if r < 0.25:
            return e + " "
        if r < 0.28 and e.endswith("@gmail.com") and "." in e.split("@")[0]:
            return e.split("@")[0].replace(".", "") + "@gmail.com"
        return e

    # ----------------------------------------------------------------- phones
    def phone_us(self, area=None, line="mobile", carrier=None):
        r = self.r
        for _ in range(200):
            a = area or self.pick(self.pick(D.US_CITIES)[5])
            num = f"{a}{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}{r.randint(0, 9999):04d}"
            if num[3:6] in ("555", "211", "311", "411", "511", "611", "711", "811", "911", "950", "958", "959", "976"):
                continue
            e164 = "+1" + num
            if e164 in self.used_phones:
                continue
            pn = phonenumbers.parse(e164)
            if phonenumbers.is_valid_number(pn):
                self.used_phones.add(e164)
                if carrier is None:
                    carrier = self.pick(D.US_MOBILE_CARRIERS if line == "mobile" else D.US_VOIP_CARRIERS if line == "voip"
                                        else D.US_LANDLINE)
                return Phone(e164, "US", line, carrier)
            area = None if _ > 50 else area
        raise RuntimeError("no US number")

    def phone_foreign(self, region, line="mobile"):
        r = self.r
        ex = phonenumbers.example_number_for_type(region, PNT.MOBILE if line == "mobile" else PNT.FIXED_LINE)
        if ex is None:
            ex = phonenumbers.example_number_for_type(region, PNT.MOBILE)
        nat = str(ex.national_number)
        keep = max(2, len(nat) - 6)
        for _ in range(300):
            s = nat[:keep] + "".join(str(r.randint(0, 9)) for _ in range(len(nat) - keep))
            e164 = f"+{ex.country_code}{s}"
            if e164 in self.used_phones:
                continue
            pn = phonenumbers.parse(e164)
            if phonenumbers.is_valid_number(pn) and phonenumbers.region_code_for_number(pn) == region:
                self.used_phones.add(e164)
                return Phone(e164, region, line, None)
        raise RuntimeError("no number for " + region)

    def fmt_phone(self, ph, row_country, style=None):
        """A number as one form holds it. National formats only where the row's country is the number's region."""
        if ph is None:
            return ""
        pn = phonenumbers.parse(ph.e164)
        r = self.r
        if ph.region == "US":
            nat = ph.e164[2:]
            a, b, c = nat[:3], nat[3:6], nat[6:]
            if row_country not in ("US", "") and row_country is not None:
                style = style or r.choice(["e164", "intl", "plus_dash"])
            style = style or r.choices(["e164", "paren", "dash", "dot", "digits", "intl", "one_dash", "plus_dash", "paren_nospace"],
                                       [26, 22, 16, 6, 10, 8, 4, 5, 3])[0]
            if row_country == "" and style not in ("e164", "intl", "plus_dash"):
                style = "e164"
            return {"e164": ph.e164, "paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}", "digits": nat,
                    "intl": f"+1 {a} {b} {c}", "one_dash": f"1-{a}-{b}-{c}", "plus_dash": f"+1-{a}-{b}-{c}",
                    "paren_nospace": f"({a}){b}-{c}"}.get(style, ph.e164)
        if row_country == ph.region and (style in (None, "national")) and r.random() < 0.45:
            return phonenumbers.format_number(pn, PNF.NATIONAL)
        if style == "e164" or r.random() < 0.45:
            return ph.e164
        return phonenumbers.format_number(pn, PNF.INTERNATIONAL)

    # ----------------------------------------------------------------- addresses
    def us_street(self, city=None):
        r = self.r
        c = city or self.wpick([(x, x[7]) for x in D.US_CITIES])
        num = r.choice([r.randint(100, 999), r.randint(1000, 9999), r.randint(10000, 29999)])
        nm = self.pick(D.STREET_NAMES)
        st = self.pick(D.STREET_TYPES)
        d = self.pick(D.DIRECTIONS) if r.random() < 0.2 else None
        unit = None
        if r.random() < 0.3:
            unit = (self.pick(D.UNIT_WORDS), str(r.randint(1, 40)) + (self.pick("ABCD") if r.random() < 0.2 else "") if r.random() < 0.5 else str(r.randint(100, 2400)))
        zipc = c[6] + "%02d" % r.randint(1, 99)
        return Addr(num=str(num), street=nm, stype=st, direction=d, unit=unit, city=c[0], state=c[1], zip=zipc, country="US", metro=c)

    def fmt_us(self, a, style=None):
        """One US address typed one way."""
        r = self.r
        style = style or r.choices(["std", "long", "upper", "newline", "nozip", "lower", "zip4", "nocomma"], [40, 12, 6, 8, 6, 3, 8, 8])[0]
        st = a.stype[0] if style == "long" else a.stype[1]
        d = ""
        if a.direction:
            d = (a.direction[0] if style == "long" else a.direction[1]) + " "
        line1 = f"{a.num} {d}{a.street} {st}"
        if a.unit:
            w, u = a.unit
            if style == "long" and w in ("Apt", "Apt."):
                w = "Apartment"
            line1 += f" {w}{'' if w == '#' else ' '}{u}" if w != "#" else f" #{u}"
        zipc = a.zip + (f"-{self.r.randint(1000, 9999)}" if style == "zip4" else "")
        if style == "newline":
            s = f"{line1}\n{a.city}, {a.state} {zipc}"
        elif style == "nozip":
            s = f"{line1}, {a.city}, {a.state}"
        elif style == "nocomma":
            s = f"{line1} {a.city} {a.state} {zipc}"
        else:
            s = f"{line1}, {a.city}, {a.state} {zipc}"
            if r.random() < 0.15:
                s += ", USA"
        if style == "upper":
            s = s.upper()
        if style == "lower":
            s = s.lower()
        return s

    def foreign_addr(self, country, city):
        r = self.r
        st = self.pick(D.FOREIGN_STREETS_BY_COUNTRY.get(country) or D.FOREIGN_STREETS["default"])
        n = r.randint(1, 480)
        return f"{st} {n}{', Apt ' + str(r.randint(1, 60)) if r.random() < 0.4 else ''}, {city}, {country}" if r.random() < 0.5 else \
            f"{n} {st}, {city} {r.randint(10000, 99999)}, {country}"

    # ----------------------------------------------------------------- networks
    def us_residential(self, metro, isp=None, n_ips=None):
        r = self.r
        isp = isp or self.wpick([(x, x[3]) for x in D.US_ISPS])
        pre = self.pick(isp[2])
        k = n_ips or r.choices([1, 2, 3], [55, 32, 13])[0]
        infos = [IPInfo(ip_from(r, pre), isp[1], isp[0], "US", metro[0], metro[3] + r.uniform(-0.1, 0.1), metro[4] + r.uniform(-0.1, 0.1),
                        "residential") for _ in range(k)]
        return Net(infos, "residential", [6, 2, 1][:k])

    def us_mobile(self, metro, carrier=None):
        carrier = carrier or self.wpick([(x, x[3]) for x in D.US_MOBILE])
        key = (carrier[0], metro[0])
        pool = self._mobile_pools.get(key)
        if pool is None:
            r = self.r
            pool = [IPInfo(ip_from(r, self.pick(carrier[2])), carrier[1], carrier[0], "US", metro[0], metro[3], metro[4], "mobile")
                    for _ in range(24)]
            self._mobile_pools[key] = pool
        return Net(pool, "mobile")

    def starlink(self, pl):
        key = (pl.country, pl.city)
        pool = self._starlink_pools.get(key)
        if pool is None:
            r = self.r
            pool = [IPInfo(ip_from(r, self.pick(D.STARLINK[2])), D.STARLINK[1], D.STARLINK[0], pl.country, pl.city,
                           pl.lat, pl.lon, "starlink") for _ in range(40)]
            self._starlink_pools[key] = pool
        return Net(pool, "starlink")

    def foreign_home(self, country, city):
        r = self.r
        isp = self.pick(D.FOREIGN_ISPS[country])
        k = r.choices([1, 2, 3, 4], [35, 35, 20, 10])[0]
        infos = [IPInfo(ip_from(r, self.pick(isp[2])), isp[1], isp[0], country, city[0], city[2] + r.uniform(-0.08, 0.08),
                        city[3] + r.uniform(-0.08, 0.08), "residential") for _ in range(k)]
        return Net(infos, "foreign_residential")

    def foreign_mobile(self, country, city):
        key = ("fm", country, city[0])
        pool = self._mobile_pools.get(key)
        if pool is None:
            r = self.r
            isp = self.pick(D.FOREIGN_ISPS[country])
            pool = [IPInfo(ip_from(r, self.pick(isp[2])), isp[1], isp[0], country, city[0], city[2], city[3], "mobile") for _ in range(20)]
            self._mobile_pools[key] = pool
        return Net(pool, "mobile")

    def vpn(self, provider, cities=None, n_exits=None):
        """Exits of a commercial VPN, drawn from pools shared by every customer of that provider in that city."""
        r = self.r
        cities = cities or US_EXIT_CITIES
        infos = []
        for c in cities:
            key = (provider, c[0])
            pool = self._vpn_pools.get(key)
            if pool is None:
                owner = self.pick(D.VPNS[provider])
                pool = [IPInfo(ip_from(r, self.pick(owner[2])), owner[1], owner[0], c[1], c[0], c[2], c[3], "vpn:" + provider, True)
                        for _ in range(10)]
                self._vpn_pools[key] = pool
            infos.extend(pool if n_exits is None else r.sample(pool, min(n_exits, len(pool))))
        return Net(infos, "vpn:" + provider)

    def hosting(self, city=None, k=1):
        r = self.r
        host = self.pick(D.HOSTING)
        c = city or self.pick(US_EXIT_CITIES)
        infos = [IPInfo(ip_from(r, self.pick(host[2])), host[1], host[0], c[1], c[0], c[2], c[3], "hosting", True) for _ in range(k)]
        return Net(infos, "hosting")

    def corp_egress(self, vendor, metro):
        key = (vendor[0], metro[0])
        pool = self._egress_pools.get(key)
        if pool is None:
            r = self.r
            pool = [IPInfo(ip_from(r, self.pick(vendor[2])), vendor[1], vendor[0], "US", metro[0], metro[3], metro[4], "corporate_egress")
                    for _ in range(16)]
            self._egress_pools[key] = pool
        return Net(pool, "corporate_egress")

    def venue(self, key, kind, owner, country, city, lat, lon, n=2):
        """A shared venue network (hotel, coworking, campground, Boxpoint store, office)."""
        v = self._venue.get(key)
        if v is None:
            r = self.r
            if country == "US":
                isp = self.wpick([(x, x[3]) for x in D.US_ISPS])
                pre = self.pick(isp[2])
            else:
                isp = self.pick(D.FOREIGN_ISPS.get(country, D.FOREIGN_ISPS["GB"]))
                pre = self.pick(isp[2])
            asn, own = (owner[1], owner[0]) if owner else (isp[1], isp[0])
            v = Net([IPInfo(ip_from(r, pre), asn, own, country, city, lat, lon, kind) for _ in range(n)], kind)
            self._venue[key] = v
        return v

    def resproxy(self, metro=None, k=3):
        """Residential-proxy exits: ordinary US home addresses (a fresh set per persona)."""
        r = self.r
        infos = []
        for _ in range(k):
            m = metro or self.wpick([(x, x[7]) for x in D.US_CITIES])
            isp = self.wpick([(x, x[3]) for x in D.US_ISPS])
            infos.append(IPInfo(ip_from(r, self.pick(isp[2])), isp[1], isp[0], "US", m[0], m[3] + r.uniform(-0.1, 0.1),
                                m[4] + r.uniform(-0.1, 0.1), "residential_proxy", True))
        return Net(infos, "residential_proxy")

    # ----------------------------------------------------------------- devices
    def device(self, kind="laptop", os_=None):
        r = self.r
        if kind == "laptop":
            os_ = os_ or r.choices(["mac", "win", "linux"], [48, 47, 5])[0]
            ua = {"mac": self.pick(["mac_chrome", "mac_chrome", "mac_safari"]), "win": self.pick(["win_chrome", "win_chrome", "win_edge", "win_firefox"]),
                  "linux": "linux_firefox"}[os_]
            model = self.pick(D.LAPTOPS_MAC) if os_ == "mac" else self.pick(D.LAPTOPS_WIN)
        else:
            os_ = os_ or r.choices(["ios", "android"], [58, 42])[0]
            ua = "iphone" if os_ == "ios" else "android"
            model = self.pick(ANDROID_MODELS) if os_ == "android" else "iPhone"
        return Device(self.hexs(12), os_, ua, model)

    def dev_id(self, dev, scheme):
        x = dev.ids.get(scheme)
        if x is None:
            if scheme == "bx":
                x = "bxd-" + self.hexs(16)
            elif scheme == "gigspan":
                x = "gsd_" + self.uuid()
            elif scheme == "taskhive":
                x = "th-" + self.hexs(12)
            elif scheme == "devlane":
                x = self.uuid()
            elif scheme.startswith("okta"):
                x = "guo" + self.alnum(17)
            elif scheme.startswith("entra"):
                x = self.uuid()
            elif scheme.startswith("ats"):
                x = "cand-dev-" + self.hexs(10)
            else:
                x = scheme + "-" + self.hexs(12)
            dev.ids[scheme] = x
        return x

    def ua_string(self, dev, app=None):
        r = self.r
        v = r.choice([128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140])
        m = r.randint(1, 7)
        if app == "bx" and dev.os in ("ios", "android"):
            key = "bx_ios" if dev.os == "ios" else "bx_android"
        else:
            key = dev.ua
        return UA[key].format(v=v, m=m, model=dev.model or "Pixel 8", os="macOS" if dev.os == "mac" else "Windows")

    def mac(self, oui=None):
        oui = oui or self.pick(D.ROUTER_OUIS)
        return oui + ":" + ":".join("%02x" % self.r.randrange(256) for _ in range(3))

    def ssid(self, last="Home"):
        t = self.pick(D.SSID_HOME)
        return t.format(n=self.r.randint(10, 999), a=self.alnum(4, string.ascii_uppercase + string.digits), last=last)

    # ----------------------------------------------------------------- emitters
    def add_subject(self, row, fraud, tokens):
        self.subjects.append(row)
        self.truth[row["id"]] = (1 if fraud else 0, tokens)

    def add_login(self, sid, t, info, device_id, ua, source, event_type="", outcome="success", session=None, app=""):
        r = self.r
        row = {"subject_id": sid, "ts": t, "ip": info.ip, "device_id": device_id, "user_agent": ua, "country": info.country,
               "outcome": outcome, "source_proxy": "", "asn": "", "network_owner": "", "city": "", "latitude": "", "longitude": "",
               "risk_level": "", "event_type": event_type, "session_id": session or "", "event_id": "",
               "boxpoint_source": source, "boxpoint_ip_type": info.kind, "boxpoint_app": app}
        if source == "boxpoint":
            if r.random() < 0.72:
                row["source_proxy"] = "true" if (info.proxy and r.random() < (0.85 if info.kind.startswith(("vpn", "hosting")) else 0.3)) else "false"
            row["asn"], row["network_owner"], row["city"] = info.asn, info.owner, info.city
            row["latitude"], row["longitude"] = round(info.lat, 4), round(info.lon, 4)
            row["event_id"] = "bx:" + self.hexs(20)
        elif source.startswith(("okta", "entra")):
            okta = source.startswith("okta")
            if r.random() < 0.93:
                det = info.proxy and r.random() < (0.9 if info.kind.startswith(("vpn", "hosting")) else 0.25)
                det = det or (info.kind == "starlink" and r.random() < 0.05) or (info.kind == "corporate_egress" and r.random() < 0.3)
                row["source_proxy"] = "true" if det else "false"
            if r.random() < 0.97:
                row["asn"] = info.asn
            row["network_owner"], row["city"] = info.owner, info.city
            row["latitude"], row["longitude"] = round(info.lat, 4), round(info.lon, 4)
            base = "medium" if row["source_proxy"] == "true" else "low"
            rl = r.choices(["none", "low", "medium", "high"], [40, 45, 12, 3] if base == "low" else [10, 35, 45, 10])[0]
            if not okta and r.random() < 0.05:
                rl = "hidden"
            row["risk_level"] = rl if (okta and r.random() < 0.85) or (not okta) else ""
            row["event_id"] = ("okta:" + self.uuid()) if okta else ("entra:" + self.uuid())
        elif source == "gigspan":
            if r.random() < 0.8:
                row["source_proxy"] = "true" if (info.proxy and r.random() < (0.8 if info.kind.startswith(("vpn", "hosting")) else 0.2)) else "false"
            row["asn"], row["network_owner"] = info.asn, info.owner
            row["city"] = info.city
            row["risk_level"] = r.choices(["low", "low", "medium", "none"], [5, 3, 1 + 3 * (row["source_proxy"] == "true"), 3])[0]
            row["event_id"] = "gs:" + self.hexs(16)
        elif source == "devlane":
            row["asn"], row["network_owner"], row["city"] = info.asn, info.owner, info.city
            row["latitude"], row["longitude"] = round(info.lat, 3), round(info.lon, 3)
        elif source.startswith("ats"):
            if r.random() < 0.5:
                row["city"] = info.city
        # taskhive: ip, device, ua, country only
        self.logins.append(row)

    def add_endpoint(self, sid, t, device_id, kind, value, vendor_id="", product_id="", started_at=""):
        self.endpoint.append({"subject_id": sid, "ts": t, "device_id": device_id, "kind": kind, "value": value,
                              "vendor_id": vendor_id, "product_id": product_id, "started_at": started_at,
                              "event_id": self.hexs(16)})

    def add_payment(self, sid, t, amount, currency, method, dest, flow, provider, extra=None):
        row = {"subject_id": sid, "ts": t, "amount": amount, "currency": currency, "method": method, "destination": dest,
               "boxpoint_flow": flow, "boxpoint_provider": provider, "boxpoint_memo": ""}
        if extra:
            row.update(extra)
        self.payments.append(row)

    def add_shipment(self, sid, t, asset, address, extra):
        row = {"subject_id": sid, "ts": t, "asset": asset, "address": address}
        for k in ("boxpoint_source", "boxpoint_ship_type", "boxpoint_carrier", "boxpoint_sender", "boxpoint_addressee",
                  "boxpoint_addressee_on_1583", "boxpoint_forward_country", "boxpoint_declared_contents", "boxpoint_status"):
            row[k] = extra.get(k, "")
        self.shipments.append(row)


US_STATES = {c[1] for c in D.US_CITIES}


class Phone:
    __slots__ = ("e164", "region", "line", "carrier")

    def __init__(self, e164, region, line, carrier):
        self.e164, self.region, self.line, self.carrier = e164, region, line, carrier


class Addr:
    __slots__ = ("num", "street", "stype", "direction", "unit", "city", "state", "zip", "country", "metro")

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
