"""Infrastructure for world 23: randomness, time, networks and pools, addresses, phones, emails, machines.

All randomness flows from random.Random objects seeded through sha256, so a seed gives byte-identical output
whatever PYTHONHASHSEED is (no set iteration, no hash()).
"""
import datetime as _dt
import hashlib
import random
import string
from zoneinfo import ZoneInfo

import phonenumbers
from anyascii import anyascii

from . import data as D

DAY = 86400
EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)


def seeded(*parts):
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).digest()
    return random.Random(int.from_bytes(h[:16], "big"))


def hhex(*parts, n=16):
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:n]


def wchoice(rng, pairs):
    """pairs: [(item, weight)]"""
    tot = 0.0
    for _, w in pairs:
        tot += w
    x = rng.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def chance(rng, p):
    return rng.random() < p


# ---------------------------------------------------------------------------------------------------------------
# time: internal times are integer UTC epoch seconds; days are integer days since the epoch

def day_of(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return (_dt.date(y, m, d) - _dt.date(1970, 1, 1)).days


W0 = day_of(D.WINDOW_START)
W1 = day_of(D.WINDOW_END)
EXPORT_DAY = W1 + 1

_ZONES = {}
_OFF = {}


def zone(tz):
    z = _ZONES.get(tz)
    if z is None:
        z = _ZONES[tz] = ZoneInfo(tz)
    return z


def tz_offset(tz, day):
    """UTC offset in seconds of zone tz at noon of day."""
    k = (tz, day)
    o = _OFF.get(k)
    if o is None:
        dt = _dt.datetime(1970, 1, 1, 12) + _dt.timedelta(days=day)
        o = _OFF[k] = int(dt.replace(tzinfo=zone(tz)).utcoffset().total_seconds())
    return o


def local_to_utc(day, hour, tz):
    return int(day * DAY + hour * 3600 - tz_offset(tz, day))


def utc_to_local_day_hour(t, tz):
    day = t // DAY
    off = tz_offset(tz, day)
    lt = t + off
    return lt // DAY, (lt % DAY) / 3600.0


def weekday(day):
    return (day + 3) % 7   # 0 = Monday (1970-01-01 was a Thursday)


def dt_utc(t):
    return EPOCH + _dt.timedelta(seconds=t)


def iso_z(t, ms=False):
    d = dt_utc(t)
    if ms:
        return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{(t * 7919) % 1000:03d}Z"
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_space_utc(t):
    return dt_utc(t).strftime("%Y-%m-%d %H:%M:%S") + " UTC"


def iso_offset(t, tz):
    off = tz_offset(tz, t // DAY)
    d = EPOCH + _dt.timedelta(seconds=t + off)
    sign = "+" if off >= 0 else "-"
    a = abs(off)
    return d.strftime("%Y-%m-%dT%H:%M:%S") + f"{sign}{a // 3600:02d}:{(a % 3600) // 60:02d}"


def date_iso(day):
    return (_dt.date(1970, 1, 1) + _dt.timedelta(days=day)).isoformat()


def ts_variant(rng, t, tz):
    """created_at as different HR systems write it (all ISO 8601 per the contract)."""
    r = rng.random()
    if r < 0.45:
        return iso_z(t)
    if r < 0.65:
        return dt_utc(t).strftime("%Y-%m-%d %H:%M:%S") + "+00:00"
    if r < 0.82:
        return iso_offset(t, tz)
    if r < 0.92:
        return iso_space_utc(t)
    return iso_z(t, ms=True)


# ---------------------------------------------------------------------------------------------------------------
# networks

def ip4(rng, ranges):
    a, lo, hi = ranges[rng.randrange(len(ranges))]
    return f"{a}.{rng.randint(lo, hi)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ip6_prefix(rng, p):
    groups = p.split(":")
    while len(groups) < 4:
        groups.append(f"{rng.randint(0, 0xffff):x}")
    return ":".join(groups[:4])


def ip6_host(rng, prefix64):
    return prefix64 + ":" + ":".join(f"{rng.randint(0, 0xffff):x}" for _ in range(4))


def mac(rng, oui=None):
    oui = oui or D.ROUTER_OUI[rng.randrange(len(D.ROUTER_OUI))]
    return oui + ":" + ":".join(f"{rng.randint(0, 255):02x}" for _ in range(3))


def ssid(rng, tmpl, last="Home"):
    def hx(n):
        return "".join(rng.choice("0123456789ABCDEF") for _ in range(n))

    def dg(n):
        return "".join(rng.choice("0123456789") for _ in range(n))

    def al(n):
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))
    last = anyascii(last).replace(" ", "")
    return (tmpl.replace("{h2}", hx(2)).replace("{h4}", hx(4)).replace("{h5}", hx(5)).replace("{n2}", dg(2))
            .replace("{n3}", dg(3)).replace("{n4}", dg(4)).replace("{n5}", dg(5)).replace("{n7}", dg(7))
            .replace("{a6}", al(6)).replace("{A6}", al(6)).replace("{A5}", al(5)).replace("{A2}", al(2)).replace("{last}", last))


class Net:
    """A place's connection to the internet as sign-in logs see it.

    kind: home, office, cowork, mobile, vpn, hosting, hotel, university, farm, base, sse ...
    A fixed line has one address at a time (changes listed in `changes`); a pool hands out any of `pool`.
    """
    __slots__ = ("id", "kind", "owner", "asn", "cc", "city", "lat", "lon", "changes", "pool", "v6", "v6_p", "gw", "ssid",
                 "proxy_p", "risk", "tags")

    def __init__(self, nid, kind, owner, asn, cc, city, lat, lon, changes=None, pool=None, v6=None, v6_p=0.0, gw="", ssid_="",
                 proxy_p=0.0, risk=0.0):
        self.id = nid
        self.kind = kind
        self.owner = owner
        self.asn = asn
        self.cc = cc
        self.city = city
        self.lat = lat
        self.lon = lon
        self.changes = changes or []     # [(from_t, ip)] sorted
        self.pool = pool or []
        self.v6 = v6
        self.v6_p = v6_p
        self.gw = gw
        self.ssid = ssid_
        self.proxy_p = proxy_p
        self.risk = risk
        self.tags = ()

    def ip(self, t, rng):
        if self.v6 and self.v6_p and rng.random() < self.v6_p:
            return ip6_host(rng, self.v6)
        if self.pool:
            return self.pool[rng.randrange(len(self.pool))]
        ip = self.changes[0][1]
        for t0, x in self.changes:
            if t0 <= t:
                ip = x
            else:
                break
        return ip


class Registry:
    """Makes and remembers networks and pools so that strangers can share them."""

    def __init__(self, rng):
        self.rng = rng
        self.n = 0
        self.pools = {}

    def _id(self):
        self.n += 1
        return f"n{self.n}"

    def fixed_line(self, cc, city, lat, lon, kind="home", isp=None, last="Home", t0=None, t1=None, moves=True, ssid_tmpl=None,
                   v6_p=None):
        rng = self.rng
        isps = D.ISP.get(cc) or D.ISP["US"]
        owner, asn, ranges, v6, w = isp or wchoice(rng, [(x, x[4]) for x in isps])
        t0 = t0 if t0 is not None else (D_W0_T - 400 * DAY)
        t1 = t1 if t1 is not None else D_W1_T
        changes = [(0, ip4(rng, ranges))]
        if moves:
            t = t0 + rng.randint(60, 400) * DAY
            while t < t1:
                if rng.random() < 0.6:
                    changes.append((t, ip4(rng, ranges)))
                t += rng.randint(90, 420) * DAY
        if v6_p is None:
            v6_p = 0.35 if v6 else 0.0
        if ssid_tmpl is None:
            lst = D.SSID_HOME_CC.get(cc) or D.SSID_GENERIC
            ssid_tmpl = lst[rng.randrange(len(lst))]
        net = Net(self._id(), kind, owner, asn, cc, city, jitter(rng, lat), jitter(rng, lon), changes=changes,
                  v6=ip6_prefix(rng, v6) if v6 else None, v6_p=v6_p if v6 else 0.0, gw=mac(rng),
                  ssid_=ssid(rng, ssid_tmpl, last))
        return net

    def pool(self, key, maker):
        p = self.pools.get(key)
        if p is None:
            p = self.pools[key] = maker()
        return p

    def mobile_pool(self, cc, city, lat, lon):
        carriers = D.MOBILE.get(cc)
        if not carriers:
            carriers = [(o, a, r, v6, w) for (o, a, r, v6, w) in D.ISP.get(cc, D.ISP["US"])]
        rng = self.rng
        car = wchoice(rng, [(c, c[4]) for c in carriers])
        key = ("mobile", car[0], city)

        def mk():
            size = 120 if cc == "US" else 60
            return Net(self._id(), "mobile", car[0], car[1], cc, city, lat, lon,
                       pool=[ip4(seeded("mob", car[0], city, i), car[2]) for i in range(size)],
                       v6=ip6_prefix(seeded("mob6", car[0], city), car[3]) if car[3] else None, v6_p=0.5 if car[3] else 0.0)
        return self.pool(key, mk)

    def cgnat_home(self, kind, cc, city, lat, lon):
        """T-Mobile Home Internet and Starlink: home service behind carrier-grade NAT (addresses shared and rotating)."""
        if kind == "starlink":
            owner, asn, ranges, v6 = D.STARLINK
        else:
            owner, asn, ranges, v6, _ = D.HOME_WIRELESS[0]
        region = city if kind != "starlink" else "starlink-" + cc
        key = ("cgnat", kind, region)

        def mk():
            return Net(self._id(), "cgnat", owner, asn, cc, city, lat, lon,
                       pool=[ip4(seeded("cg", kind, region, i), ranges) for i in range(70)], v6=None)
        p = self.pool(key, mk)
        # each household keeps its own router (gateway MAC, SSID) and an IPv6 prefix of its own
        rng = self.rng
        net = Net(self._id(), "home", owner, asn, cc, city, jitter(rng, lat), jitter(rng, lon), pool=p.pool,
                  v6=ip6_prefix(rng, v6) if v6 else None, v6_p=0.55 if v6 else 0.0, gw=mac(rng),
                  ssid_=ssid(rng, "Starlink" if kind == "starlink" else "TMOBILE-{h4}"))
        net.tags = ("cgnat", kind)
        return net

    def hosting_pool(self, provider, key, size, cc="US", city="", lat=0.0, lon=0.0, proxy_p=0.6, kind="vpn"):
        owner, asn, ranges = D.HOSTING[provider]
        k = ("host", provider, key)

        def mk():
            return Net(self._id(), kind, owner, asn, cc, city, lat, lon,
                       pool=[ip4(seeded("host", provider, key, i), ranges) for i in range(size)], proxy_p=proxy_p, risk=0.35)
        return self.pool(k, mk)

    def vpn_exits(self, vpn, cc="US"):
        """A consumer VPN's exits in one country: a few hosting providers' pools."""
        k = ("vpnexits", vpn, cc)
        nets = self.pools.get(k)
        if nets is None:
            provs, proxy_p, _ = D.VPNS[vpn]
            nets = []
            for p in provs:
                city, lat, lon = _exit_city(cc, f"{vpn}:{p}")
                nets.append(self.hosting_pool(p, f"{vpn}:{cc}", 14, cc, city, lat, lon, proxy_p))
            self.pools[k] = nets
        return nets


US_EXIT_CITIES = [("Los Angeles", 34.05, -118.24), ("New York", 40.71, -74.01), ("Dallas", 32.78, -96.80), ("Chicago", 41.88, -87.63),
                  ("Miami", 25.76, -80.19), ("Seattle", 47.61, -122.33), ("Atlanta", 33.75, -84.39), ("Ashburn", 39.04, -77.49)]


def _exit_city(cc, key=""):
    if cc == "US":
        return US_EXIT_CITIES[int(hhex(key, n=4), 16) % len(US_EXIT_CITIES)]
    cities = D.INTL_CITIES.get(cc)
    if cities:
        c = cities[0]
        return c[0], c[3], c[4]
    return "", 0.0, 0.0


def jitter(rng, x, s=0.03):
    return round(x + (rng.random() - 0.5) * 2 * s, 4)


D_W0_T = W0 * DAY
D_W1_T = (W1 + 1) * DAY - 1


# ---------------------------------------------------------------------------------------------------------------
# phones

_NANP_CA = {"Toronto": ["416", "647", "437"], "Vancouver": ["604", "778", "236"], "Montreal": ["514", "438"], "Calgary": ["403", "587"],
            "Ottawa": ["613", "343"], "Waterloo": ["519", "226"]}
_GENERIC_US_AREAS = ["212", "415", "646", "917", "310", "206", "512", "303", "617", "312", "404", "213", "702", "305", "469", "720"]


def _rand_digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def phone_e164(rng, cc, areas=None, city=""):
    for _ in range(200):
        if cc in ("US", "CA"):
            if cc == "CA" and not areas:
                areas = _NANP_CA.get(city) or ["416", "604", "514", "403"]
            a = rng.choice(areas or _GENERIC_US_AREAS)
            ex = str(rng.randint(2, 9)) + _rand_digits(rng, 2)
            if ex[1:] == "11" or ex == "555":
                continue
            s = "+1" + a + ex + _rand_digits(rng, 4)
        elif cc == "GB":
            s = "+447" + str(rng.choice([4, 5, 7, 8, 9])) + _rand_digits(rng, 8)
        elif cc == "DE":
            s = "+49" + rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "176", "177"]) + _rand_digits(rng, 7 + rng.randint(0, 1))
        elif cc == "PL":
            s = "+48" + rng.choice(["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"]) + _rand_digits(rng, 7)
        elif cc == "IN":
            s = "+91" + str(rng.choice([7, 8, 9])) + _rand_digits(rng, 9)
        elif cc == "PH":
            s = "+639" + rng.choice(["17", "18", "19", "20", "27", "28", "45", "56", "66", "77", "95", "98"]) + _rand_digits(rng, 7)
        elif cc == "MX":
            s = "+52" + rng.choice(["55", "33", "81"]) + _rand_digits(rng, 8)
        elif cc == "BR":
            s = "+55" + rng.choice(["11", "48", "31"]) + "9" + _rand_digits(rng, 8)
        elif cc == "KR":
            s = "+8210" + _rand_digits(rng, 8)
        elif cc == "CN":
            s = "+861" + rng.choice(["38", "39", "35", "86", "58", "59", "88", "31", "32"]) + _rand_digits(rng, 8)
        elif cc == "JP":
            s = "+81" + rng.choice(["70", "80", "90"]) + _rand_digits(rng, 8)
        elif cc == "VN":
            s = "+84" + rng.choice(["90", "91", "93", "96", "97", "98", "86", "32"]) + _rand_digits(rng, 7)
        elif cc == "UA":
            s = "+380" + rng.choice(["50", "66", "67", "68", "96", "97", "98", "63", "73", "93"]) + _rand_digits(rng, 7)
        elif cc == "RU":
            s = "+79" + _rand_digits(rng, 9)
        else:
            try:
                ex = phonenumbers.example_number_for_type(cc, phonenumbers.PhoneNumberType.MOBILE)
            except Exception:
                ex = None
            if ex is None:
                return phone_e164(rng, "US")
            nat = str(ex.national_number)
            keep = max(2, len(nat) // 3)
            s = "+" + str(ex.country_code) + nat[:keep] + _rand_digits(rng, len(nat) - keep)
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(s, None)):
                return s
        except phonenumbers.NumberParseException:
            pass
    return "+14155238" + _rand_digits(rng, 3)


def phone_format(rng, e164, home_cc, style=None):
    """How a person typed it. Numbers of another country than home_cc always keep their '+'."""
    pn = phonenumbers.parse(e164, None)
    region = phonenumbers.region_code_for_number(pn)
    same = region == home_cc
    r = rng.random() if style is None else style
    if pn.country_code == 1:
        nat = str(pn.national_number)
        a, b, c = nat[:3], nat[3:6], nat[6:]
        opts = [f"+1{nat}", f"+1 {a}-{b}-{c}", f"+1 ({a}) {b}-{c}"]
        if same:
            opts += [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"1-{a}-{b}-{c}", f"({a}) {b}-{c}"]
        return opts[int(r * len(opts)) % len(opts)]
    intl = phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    opts = [e164, intl, intl.replace(" ", "")]
    if same:
        opts.append(phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.NATIONAL))
    return opts[int(r * len(opts)) % len(opts)]


# ---------------------------------------------------------------------------------------------------------------
# names and emails

def ascii_name(s):
    return "".join(ch for ch in anyascii(s) if ch.isalnum() or ch in "-' ").strip()


def email_local(rng, first, last, year=None, style=None):
    f = ascii_name(first).lower().replace(" ", "").replace("'", "").replace("-", "")
    l_ = ascii_name(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    f = f or "user"
    l_ = l_ or "mail"
    yy = str(year or rng.randint(1970, 2003))
    opts = [f"{f}.{l_}", f"{f}{l_}", f"{f[0]}{l_}", f"{f}_{l_}", f"{f}.{l_}{rng.randint(1, 99)}", f"{f}{l_}{yy[2:]}",
            f"{f}.{l_}{yy}", f"{l_}.{f}", f"{f}{rng.randint(100, 9999)}", f"{f[0]}.{l_}", f"{f}{l_[0]}{rng.randint(1, 999)}",
            f"{f}.{l_[0]}", f"the{f}{l_}", f"{f}{l_}.dev"]
    k = style if style is not None else rng.randrange(len(opts))
    return opts[k % len(opts)]


def personal_domain(rng, cc):
    loc = D.EMAIL_LOCAL.get(cc, [])
    return wchoice(rng, D.EMAIL_PROVIDERS + loc)


def work_email(first, last, domain, style):
    f = ascii_name(first).lower().replace(" ", "").replace("'", "").replace("-", "") or "x"
    l_ = ascii_name(last).lower().replace(" ", "").replace("'", "").replace("-", "") or "x"
    return [f"{f}.{l_}@{domain}", f"{f}@{domain}", f"{f[0]}{l_}@{domain}", f"{f}{l_[0]}@{domain}", f"{f}.{l_}@{domain}"][style % 5]


# ---------------------------------------------------------------------------------------------------------------
# addresses

SUFFIX = {"St": "Street", "Ave": "Avenue", "Ln": "Lane", "Dr": "Drive", "Rd": "Road", "Blvd": "Boulevard", "Ct": "Court",
          "Pl": "Place", "Pkwy": "Parkway", "Way": "Way"}
STATE_NAMES = {"NY": "New York", "NJ": "New Jersey", "MA": "Massachusetts", "PA": "Pennsylvania", "DC": "District of Columbia",
               "VA": "Virginia", "MD": "Maryland", "GA": "Georgia", "FL": "Florida", "NC": "North Carolina", "OH": "Ohio",
               "MI": "Michigan", "IN": "Indiana", "TN": "Tennessee", "IL": "Illinois", "MN": "Minnesota", "WI": "Wisconsin",
               "MO": "Missouri", "TX": "Texas", "LA": "Louisiana", "OK": "Oklahoma", "NE": "Nebraska", "CO": "Colorado",
               "UT": "Utah", "ID": "Idaho", "NM": "New Mexico", "AZ": "Arizona", "NV": "Nevada", "CA": "California",
               "OR": "Oregon", "WA": "Washington", "AK": "Alaska", "HI": "Hawaii", "VT": "Vermont", "MT": "Montana",
               "KY": "Kentucky", "AL": "Alabama", "IA": "Iowa", "SD": "South Dakota", "NH": "New Hampshire", "DE": "Delaware"}
COUNTRY_NAMES = {"US": "USA", "GB": "United Kingdom", "CA": "Canada", "DE": "Germany", "PL": "Poland", "IN": "India",
                 "PH": "Philippines", "MX": "Mexico", "BR": "Brazil", "AR": "Argentina", "CO": "Colombia", "PT": "Portugal",
                 "ES": "Spain", "UA": "Ukraine", "RO": "Romania", "NG": "Nigeria", "KE": "Kenya", "PK": "Pakistan",
                 "VN": "Vietnam", "KR": "South Korea", "JP": "Japan", "TW": "Taiwan", "TH": "Thailand", "ID": "Indonesia",
                 "AE": "UAE", "NL": "Netherlands", "FR": "France", "IE": "Ireland", "IT": "Italy", "GE": "Georgia", "EG": "Egypt",
                 "CN": "China", "RU": "Russia"}


def postcode(rng, pat, cc):
    if not pat:
        return ""
    kind, _, pre = pat.partition(":")
    if kind in ("5", "D5", "D6", "D4", "D3"):
        n = {"5": 5, "D5": 5, "D6": 6, "D4": 4, "D3": 3}[kind]
        return (pre + _rand_digits(rng, n))[:n] if len(pre) < n else pre[:n]
    if kind == "GB":
        inward = f"{rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        if pre == "L":
            outward = rng.choice(["SW", "SE", "N", "E", "NW", "W", "EC", "WC"]) + str(rng.randint(1, 19))
        else:
            outward = pre + str(rng.randint(1, 16))
        return f"{outward} {inward}"
    if kind == "CA":
        L = "ABCEGHJKLMNPRSTVXY"
        return f"{pre}{rng.randint(1, 9)}{rng.choice(L)} {rng.randint(1, 9)}{rng.choice(L)}{rng.randint(1, 9)}"
    if kind == "PL":
        return f"{pre}{rng.randint(0, 9)}-{rng.randint(0, 999):03d}"
    if kind == "BR":
        return f"{pre}{_rand_digits(rng, 5 - len(pre))}-{_rand_digits(rng, 3)}"
    if kind == "AR":
        return f"{pre}{rng.randint(1000, 1440)}{''.join(rng.choice('ABCDEFGH') for _ in range(3))}"
    if kind == "JP":
        return f"{pre}{_rand_digits(rng, 2)}-{_rand_digits(rng, 4)}"
    if kind == "PT":
        return f"{pre}{_rand_digits(rng, 3)}-{_rand_digits(rng, 3)}"
    if kind == "NL":
        return f"{pre}{_rand_digits(rng, 2)} {rng.choice('ABCDEFGHJKLMN')}{rng.choice('ABCDEFGHJKLMN')}"
    if kind == "IE":
        return f"D{rng.randint(1, 24):02d} {rng.choice('ACDEFHKNPRTVWXY')}{_rand_digits(rng, 3)}"
    return _rand_digits(rng, 5)


class Address:
    __slots__ = ("number", "street", "unit", "unit_word", "city", "region", "postcode", "cc", "building", "care_of", "key")

    def __init__(self, number, street, unit, city, region, postcode_, cc, unit_word="Apt", building="", care_of=""):
        self.number = number
        self.street = street
        self.unit = unit
        self.unit_word = unit_word
        self.city = city
        self.region = region
        self.postcode = postcode_
        self.cc = cc
        self.building = building
        self.care_of = care_of
        self.key = f"{cc}|{postcode_}|{number}|{street}|{unit}".lower()

    def with_unit(self, unit, unit_word=None):
        return Address(self.number, self.street, unit, self.city, self.region, self.postcode, self.cc,
                       unit_word or self.unit_word, self.building, self.care_of)

    def canonical(self):
        return self.fmt(None, 0)

    def fmt(self, rng, style=None):
        """Free-text address as a person or a form would write it; style 0 = tidy."""
        s = style if style is not None else rng.randrange(8)
        if self.cc == "US":
            return self._fmt_us(rng, s)
        return self._fmt_intl(rng, s)

    def _fmt_us(self, rng, s):
        street = self.street
        num = self.number
        unit = self.unit
        uw = self.unit_word
        zipc = self.postcode
        region = self.region
        if s in (2, 5):
            parts = street.split(" ")
            parts = [SUFFIX.get(p, p) for p in parts]
            street = " ".join(parts)
            street = street.replace("N ", "North ", 1) if street.startswith("N ") else street
        if s == 3:
            uw = "#"
        if s == 6 and rng is not None:
            zipc = f"{zipc}-{rng.randint(1000, 9999)}"
        if s == 5:
            region = STATE_NAMES.get(region, region)
        u = ""
        if unit:
            u = f" #{unit}" if uw == "#" else f" {uw} {unit}"
        bld = f"{self.building}, " if self.building and s in (0, 1, 4) else ""
        co = f"c/o {self.care_of}, " if self.care_of and s != 7 else ""
        if s == 0:
            out = f"{co}{bld}{num} {street}{u}, {self.city}, {region} {zipc}"
        elif s == 1:
            out = f"{co}{bld}{num} {street},{u}, {self.city}, {region} {zipc}".replace(",,", ",") if unit else f"{co}{bld}{num} {street}, {self.city}, {region} {zipc}"
        elif s == 2:
            out = f"{co}{num} {street}{u} {self.city} {region} {zipc}"
        elif s == 3:
            out = f"{co}{num} {street}{u}, {self.city} {region} {zipc}"
        elif s == 4:
            out = (f"{co}{bld}{uw} {unit}, {num} {street}, {self.city}, {region}, {zipc}, USA" if unit and uw != "#"
                   else f"{co}{bld}{num} {street}{u}, {self.city}, {region}, {zipc}, USA")
        elif s == 5:
            out = f"{co}{num} {street}{u}, {self.city}, {region} {zipc}"
        elif s == 6:
            out = f"{co}{num} {street.upper()}{u.upper()}, {self.city.upper()}, {region} {zipc}"
        else:
            out = f"{num} {street}{u}, {self.city}, {region} {zipc}".lower()
        return out

    def _fmt_intl(self, rng, s):
        cc = self.cc
        cn = COUNTRY_NAMES.get(cc, cc)
        num, street, unit, city, pc, reg = self.number, self.street, self.unit, self.city, self.postcode, self.region
        co = f"c/o {self.care_of}, " if self.care_of else ""
        bld = f"{self.building}, " if self.building else ""
        if cc == "GB":
            u = f"Flat {unit}, " if unit else ""
            out = [f"{co}{u}{num} {street}, {city} {pc}", f"{co}{u}{num} {street}, {city}, {pc}, {cn}",
                   f"{co}{u}{num} {street}\n{city}\n{pc}".replace("\n", ", "), f"{co}{u}{num} {street}, {city.upper()} {pc}"][s % 4]
        elif cc in ("DE", "PL", "NL", "PT", "ES", "IT", "RO", "UA", "AR", "BR", "FR"):
            u = f"/{unit}" if unit and cc in ("PL", "UA") else (f", {unit}" if unit else "")
            out = [f"{co}{street} {num}{u}, {pc} {city}", f"{co}{street} {num}{u}, {pc} {city}, {cn}",
                   f"{co}{street} {num}{u} {pc} {city}", f"{co}{street} {num}{u}, {city} {pc}"][s % 4]
        elif cc == "CA":
            u = f"{unit}-" if unit else ""
            out = [f"{co}{u}{num} {street}, {city}, {reg} {pc}", f"{co}{num} {street}" + (f" Unit {unit}" if unit else "") + f", {city} {reg} {pc}, Canada",
                   f"{co}{u}{num} {street} {city} {reg} {pc}".upper(), f"{co}{u}{num} {street}, {city}, {reg}, {pc}"][s % 4]
        elif cc in ("IN", "PH"):
            u = f"Flat {unit}, " if cc == "IN" and unit else (f"Unit {unit}, " if unit else "")
            out = [f"{co}{u}{bld}{num} {street}, {city}, {reg} {pc}", f"{co}{u}{bld}{num}, {street}, {city} {pc}, {cn}",
                   f"{co}{u}{num} {street}, {city} - {pc}", f"{co}{u}{bld}{street} {num}, {city}, {pc}"][s % 4]
        else:
            u = f" {unit}" if unit else ""
            out = [f"{co}{num} {street}{u}, {city} {pc}".strip(), f"{co}{num} {street}{u}, {city}, {cn}",
                   f"{co}{street} {num}{u}, {city} {pc}, {cn}", f"{co}{num} {street}{u}, {city}"][s % 4]
        return out.replace("  ", " ").replace(" ,", ",")


def us_address(rng, city_row, unit_p=0.35, street=None):
    city, st, tz, lat, lon, pat, areas, w = city_row
    num = str(rng.choice([rng.randint(10, 999), rng.randint(100, 9999), rng.randint(1000, 29999)]))
    street = street or rng.choice(D.STREETS)
    if rng.random() < 0.15 and not street.startswith(("N ", "S ", "E ", "W ")):
        street = rng.choice(["N", "S", "E", "W"]) + " " + street
    unit = ""
    uw = "Apt"
    if rng.random() < unit_p:
        unit = rng.choice([str(rng.randint(1, 40)) + rng.choice(["", "A", "B", "C", "D"]), str(rng.randint(101, 2450)),
                           rng.choice("ABCDEF"), str(rng.randint(1, 12))])
        uw = rng.choice(["Apt", "Apt", "Unit", "Ste", "#"]) if rng.random() < 0.9 else "Apt"
    return Address(num, street, unit, city, st, postcode(rng, pat, "US"), "US", uw)


def intl_address(rng, cc, city_row, unit_p=0.5):
    city, reg, tz, lat, lon, pat, w = city_row
    streets = D.STREETS_INTL.get(cc) or D.STREETS_GENERIC
    street = rng.choice(streets)
    num = str(rng.randint(1, 240))
    unit = str(rng.randint(1, 120)) if rng.random() < unit_p else ""
    bld = ""
    if cc in ("IN", "PH") and rng.random() < 0.5:
        bld = rng.choice(["Sunrise Apartments", "Prestige Lakeside Habitat", "Green Meadows", "The Residences", "One Serendra",
                          "Avida Towers", "SMDC Grass Residences", "Brigade Gateway", "My Home Bhooja", "Lodha Amara"])
    return Address(num, street, unit, city, reg, postcode(rng, pat, cc), cc, "", bld)


# ---------------------------------------------------------------------------------------------------------------
# machines

def serial(rng, style):
    A = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    AN = A + "0123456789"
    if style == "apple":
        return "".join(rng.choice(AN) for _ in range(10)) if rng.random() < 0.7 else "C02" + "".join(rng.choice(AN) for _ in range(9))
    if style == "dell":
        return "".join(rng.choice(AN) for _ in range(7))
    if style == "lenovo":
        return rng.choice(["PF", "PC", "R9", "PW"]) + "".join(rng.choice(AN) for _ in range(6))
    if style == "hp":
        return "5CG" + str(rng.randint(1, 4)) + "".join(rng.choice(AN) for _ in range(6))
    return "FRAN" + "".join(rng.choice(AN) for _ in range(10))


def uuid_like(rng):
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:32]}"


def okta_device_id(rng):
    return "guo" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(17))


def salted(kind, value, salt="fleetdesk-2025"):
    return hashlib.sha256(f"{salt}|{kind}|{value}".encode()).hexdigest()[:40]


def crypto_address(rng, chain):
    B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    if chain == "trc20":
        return "T" + "".join(rng.choice(B58) for _ in range(33))
    if chain == "btc":
        return "bc1q" + "".join(rng.choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(38))
    return "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(40))
