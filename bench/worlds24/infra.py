"""World 24 infrastructure: the world object, time, names, phones, emails, addresses, networks and machines."""
import datetime as dt
import hashlib
import random

from . import data

T0 = int(dt.datetime(2024, 1, 2, tzinfo=dt.timezone.utc).timestamp())
T1 = int(dt.datetime(2025, 10, 31, tzinfo=dt.timezone.utc).timestamp())
DAY = 86400
SALT = "verity-2024-salt"


def h(s, n=16):
    return hashlib.sha256((SALT + str(s)).encode()).hexdigest()[:n]


def iso(t, style=0, tzoff=0):
    d = dt.datetime.fromtimestamp(t, dt.timezone.utc)
    if style == 0:
        return d.strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == 1:
        return d.strftime("%Y-%m-%d %H:%M:%S")
    if style == 2:
        loc = d + dt.timedelta(hours=tzoff)
        sign = "+" if tzoff >= 0 else "-"
        return loc.strftime("%Y-%m-%dT%H:%M:%S") + f"{sign}{abs(tzoff):02d}:00"
    if style == 3:
        return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{(t * 7919) % 1000:03d}Z"
    return d.strftime("%Y-%m-%d %H:%M:%S UTC")


def tz_hours(tz):
    return {"America/New_York": -5, "America/Chicago": -6, "America/Denver": -7, "America/Phoenix": -7,
            "America/Los_Angeles": -8, "America/Toronto": -5, "America/Vancouver": -8, "Europe/London": 0,
            "Europe/Berlin": 1, "Europe/Warsaw": 1, "Europe/Kyiv": 2, "Asia/Kolkata": 5, "Asia/Manila": 8,
            "Asia/Seoul": 9, "Asia/Tokyo": 9, "Asia/Shanghai": 8, "Asia/Ho_Chi_Minh": 7, "Africa/Lagos": 1,
            "America/Mexico_City": -6, "America/Sao_Paulo": -3, "Asia/Vladivostok": 10}.get(tz, 0)


class World:
    def __init__(self, seed, outdir):
        self.rng = random.Random(seed)
        self.seed = seed
        self.outdir = outdir
        self.subjects, self.logins, self.endpoint, self.payments, self.shipments, self.domains = [], [], [], [], [], []
        self.truth = {}
        self.n_sid = 0
        self._sids = set()
        self.n_dev = 0
        self.used_ips = {}
        self.clients = []
        self.media = None

    def sid(self):
        while True:
            s = f"VC-{self.rng.randrange(10 ** 8, 10 ** 9)}"
            if s not in self.truth and s not in self._sids:
                self._sids.add(s)
                return s

    def dev(self, prefix="vt"):
        self.n_dev += 1
        return f"{prefix}-{h(('dev', self.seed, self.n_dev), 12)}"

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


# ---------------------------------------------------------------- names, ids, contact details
def name_for(w, origin, gender=None):
    gender = gender if gender is not None else w.rng.randrange(2)
    return w.pick(data.FIRST[origin][gender]), w.pick(data.LAST[origin]), gender


def origin_for(w, country):
    return w.wpick(data.ORIGIN_MIX.get(country, [("anglo", 1)]))


def birth_date(w, lo=22, hi=60):
    y = 2025 - int(lo + (hi - lo) * (w.rng.random() ** 1.6))
    return f"{y:04d}-{w.rng.randrange(1, 13):02d}-{w.rng.randrange(1, 29):02d}"


def national_id(w, country):
    if country == "US":
        raw = f"{w.rng.randrange(1, 899):03d}{w.rng.randrange(1, 99):02d}{w.rng.randrange(1, 9999):04d}"
    else:
        raw = country + str(w.rng.randrange(10 ** 8, 10 ** 9))
    return h(("nid", raw), 32)


MOBILE_PAT = {"GB": ["7400######", "7412######", "7501######", "7823######"], "DE": ["1512#######", "1522#######", "1601#######", "1761#######"],
              "IN": ["98########", "91########", "70########", "88########"], "PH": ["917#######", "918#######", "927#######"],
              "MX": ["55########", "33########"], "BR": ["119########"], "PL": ["50#######", "60#######", "79#######", "88#######"],
              "UA": ["67#######", "50#######", "93#######"], "KR": ["102#######", "103#######", "104#######", "108#######", "109#######"], "JP": ["90N#######", "80N#######"],
              "VN": ["90#######", "98#######"], "NG": ["803#######", "806#######"], "CN": ["139########", "138########", "186########"]}
LAND_PAT = {"GB": {"20": "203#######", "161": "161496####", "131": "131496####", "117": "117496####"},
            "DE": {"30": "30########", "89": "89########", "40": "40########"}, "IN": {"80": "802#######", "40": "402#######",
            "20": "202#######", "44": "442#######"}, "PH": {"2": "28#######", "32": "32#######"}, "PL": {"22": "22#######", "12": "12#######"},
            "KR": {"2": "2N#######", "51": "51N######"}, "JP": {"3": "3N#######"}}


def _fill(w, pat):
    return "".join(str(w.rng.randrange(10)) if c == "#" else str(w.rng.randrange(2, 10)) if c == "N" else c for c in pat)


def _nanp(w, ac):
    while True:
        ex = w.rng.randrange(201, 990)
        if ex % 100 != 11 and ex != 555:
            return "+1" + ac + str(ex) + f"{w.rng.randrange(10000):04d}"


def mobile_number(w, country, city):
    if country in ("US", "CA"):
        return _nanp(w, w.pick(city[5]))
    return "+" + data.CC[country] + _fill(w, w.pick(MOBILE_PAT[country]))


def landline_number(w, country, city):
    pats = LAND_PAT.get(country, {})
    ac = w.pick(city[5])
    if country in ("US", "CA") or ac not in pats:
        return mobile_number(w, country, city)
    return "+" + data.CC[country] + _fill(w, pats[ac])


def voip_number(w):
    return _nanp(w, w.pick(["212", "415", "312", "646", "305", "206", "512", "469", "323", "404", "720", "929", "332", "628"]))


def fmt_phone(w, e164, country, style=None):
    style = w.rng.randrange(6) if style is None else style
    if e164.startswith("+1") and country in ("US", "CA"):
        a, b, c = e164[2:5], e164[5:8], e164[8:]
        return [e164, f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}"][style]
    if style in (1, 4) and len(e164) > 8:
        cc = "+" + e164[1:3] if not e164.startswith("+1") else "+1"
        return cc + " " + e164[len(cc):len(cc) + 3] + " " + e164[len(cc) + 3:]
    return e164


LINE_SPELL = {"mobile": ["mobile", "mobile", "MOBILE", "Mobile", "wireless"], "landline": ["landline", "LANDLINE", "fixed"],
              "voip": ["voip", "nonFixedVoip", "NON_FIXED_VOIP", "VoIP", "fixedVoip"]}


def line_type(w, kind):
    return w.pick(LINE_SPELL[kind])


MAILS = [("gmail.com", 48), ("outlook.com", 10), ("yahoo.com", 8), ("hotmail.com", 6), ("icloud.com", 8), ("proton.me", 3),
         ("aol.com", 1)]


def email_for(w, first, last, dob=None, domain=None):
    f = first.lower().replace(" ", "").replace("-", "").replace("'", "")
    l = last.lower().replace(" ", "").replace("'", "").replace("ü", "ue").replace("ó", "o")
    f = f.replace("ü", "ue")
    yy = (dob or "1990")[2:4]
    pat = w.rng.randrange(8)
    local = [f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}.{l}{yy}", f"{f}{l}{w.rng.randrange(1, 999)}", f"{l}.{f}",
             f"{f}_{l}", f"{f}{l[0]}{yy}"][pat]
    return f"{local}@{domain or w.wpick(MAILS)}"


def address(w, country, city):
    num = w.rng.randrange(1, 9999)
    street = w.pick(data.STREETS)
    suf = w.pick(data.SUFFIX)
    unit = w.rng.randrange(1, 40) if w.chance(0.4) else None
    if country == "US":
        z = city[6] + f"{w.rng.randrange(100):02d}"
    elif country in ("GB", "CA"):
        z = city[6] + f" {w.rng.randrange(1, 10)}{w.pick('ABDEFGHJLNPRSTW')}{w.pick('ABDEFGHJLNPRSTW')}"
    else:
        z = city[6] + "".join(str(w.rng.randrange(10)) for _ in range(max(0, 5 - len(city[6]))))
    return {"num": num, "street": street, "suf": suf, "unit": unit, "city": city[0], "state": city[1], "zip": z,
            "country": country}


def fmt_address(w, a, style=None):
    style = w.rng.randrange(5) if style is None else style
    full, short = a["suf"]
    unit = ""
    if a["unit"]:
        unit = [f", Apt {a['unit']}", f" #{a['unit']}", f", Apt. {a['unit']}", f" Unit {a['unit']}", f", Apt {a['unit']}"][style]
    if a["country"] != "US":
        s = f"{a['num']} {a['street']} {full}{unit}, {a['city']} {a['zip']}, {a['country']}"
        return s if style != 3 else s.upper()
    st = a["state"]
    if style == 0:
        return f"{a['num']} {a['street']} {short}{unit}, {a['city']}, {st} {a['zip']}"
    if style == 1:
        return f"{a['num']} {a['street']} {full}{unit} {a['city']} {st} {a['zip']}"
    if style == 2:
        return f"{a['num']} {a['street']} {short}.{unit}, {a['city']}, {st} {a['zip']}, USA"
    if style == 3:
        return f"{a['num']} {a['street']} {short}{unit}, {a['city']}, {st} {a['zip']}".upper()
    return f"{a['num']} {a['street']} {full}{unit}, {a['city']} {st} {a['zip']}"


# ---------------------------------------------------------------- networks
def ip_in(w, prefix):
    parts = prefix.split(".")
    while len(parts) < 4:
        parts.append(str(w.rng.randrange(1, 255)))
    return ".".join(parts)


class Net:
    """A place a person connects from. kind: home, mobile, shared, vpn, resproxy, vps, corp."""

    def __init__(self, kind, country, city, asn, owner, ips, proxy=False, label=""):
        self.kind, self.country, self.city, self.asn, self.owner, self.ips, self.proxy = kind, country, city, asn, owner, ips, proxy
        self.label = label

    def draw(self, w, t):
        if self.kind == "home":  # DHCP lease changes every ~4 months
            return self.ips[(t // (120 * DAY)) % len(self.ips)]
        return self.ips[w.rng.randrange(len(self.ips))]


def home_net(w, country, city):
    isp = w.pick(data.ISPS.get(country, data.ISPS["US"]))
    ips = [ip_in(w, isp[3]) for _ in range(3)]
    return Net("home", country, city, isp[1], isp[2], ips, label=isp[0])


_MOBILE_POOLS = {}


def mobile_net(w, country, city):
    carriers = data.MOBILE.get(country)
    if not carriers:
        return home_net(w, country, city)
    car = w.pick(carriers)
    key = (car[0], city[0])
    if key not in _MOBILE_POOLS:  # carrier-grade NAT: a small pool per carrier and city
        _MOBILE_POOLS[key] = [ip_in(w, car[3]) for _ in range(40)]
    return Net("mobile", country, city, car[1], car[2], _MOBILE_POOLS[key], label=car[0])


def shared_net(w, country, city, owner, asn=None, n=1, kind="shared"):
    isp = w.pick(data.ISPS.get(country, data.ISPS["US"]))
    return Net(kind, country, city, asn or isp[1], owner, [ip_in(w, isp[3]) for _ in range(n)], label=owner)


_VPN_POOLS = {}


def vpn_net(w, name):
    v = [x for x in data.VPNS if x[0] == name][0]
    if name not in _VPN_POOLS:
        pool = []
        for _ in range(60):
            c = w.pick(["US", "US", "US", "CA", "GB", "DE", "JP"])
            pool.append((ip_in(w, v[3]), c, w.pick(data.CITIES[c])))
        _VPN_POOLS[name] = pool
    return Net("vpn", "US", None, v[1], v[2], _VPN_POOLS[name], proxy=True, label=name)


def resproxy_net(w, country="US", n=25):
    ips = []
    for _ in range(n):
        isp = w.pick(data.ISPS[country])
        ips.append((ip_in(w, isp[3]), isp, w.pick(data.CITIES[country])))
    return Net("resproxy", country, None, None, None, ips, label="resproxy")


def vps_net(w):
    v = w.pick(data.VPS)
    return Net("vps", "US", w.pick(data.CITIES["US"]), v[1], v[2], [ip_in(w, v[3])], label=v[0])


def resolve(w, net, t):
    """-> ip, asn, owner, country, city, lat, lon, proxy"""
    ip = net.draw(w, t)
    if net.kind == "vpn":
        ip, c, city = ip
        return ip, net.asn, net.owner, c, city, net.proxy
    if net.kind == "resproxy":
        ip, isp, city = ip
        return ip, isp[1], isp[2], net.country, city, False
    return ip, net.asn, net.owner, net.country, net.city, net.proxy


# ---------------------------------------------------------------- machines
class Machine:
    def __init__(self, w, os_=None, tz="America/New_York", kb="en-US", prefix="vt"):
        self.id = w.dev(prefix)
        self.os = os_ or w.wpick([("win", 55), ("mac", 38), ("linux", 7)])
        self.system = w.pick(data.SYSTEMS[self.os])
        self.tz, self.kb = tz, kb
        self.kb2 = None
        self.display = w.pick(data.DISPLAYS) if w.chance(0.55) else None
        base = data.BASE_PROC[self.os]
        self.procs = sorted(set(w.rng.sample(base, min(len(base), w.rng.randrange(3, 7)))))
        self.cam_procs = []  # only while the IDV camera is on
        self.usb = [w.pick(data.USB_HONEST)] if w.chance(0.6) else []
        self.gw = None
        self.ssid = None
        self.ports = []
        self.rsess = []  # (host, started_offset_days)
        self.ua = w.pick(data.BROWSERS[:5] if self.os != "mac" else data.BROWSERS[1:4]).format(
            v=w.rng.randrange(118, 131), m=w.rng.randrange(1, 6))

    def set_home(self, w, gw=None, ssid=None):
        self.gw = gw or ":".join(f"{w.rng.randrange(256):02x}" for _ in range(6))
        self.ssid = ssid or w.pick(["NETGEAR", "xfinitywifi-home", "Linksys", "TP-Link_", "ATT", "MySpectrumWiFi",
                                    "eero", "FRITZ!Box 7590 ", "BTHub6-", "Verizon_", "Home"]) + f"{w.rng.randrange(100, 999)}"


def gw_mac(w):
    return ":".join(f"{w.rng.randrange(256):02x}" for _ in range(6))
