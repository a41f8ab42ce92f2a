"""Payvia: an employer-of-record and contractor-payroll platform's compliance export.

A blind benchmark world for ringwatch (see README.md in this folder for the story, the
sources and the rates). `generate(outdir, n_subjects, seed)` writes OUTDIR/bundle/ (tables
per docs/CONTRACT.md) and OUTDIR/truth.csv (subject_id, fraud, kind).

Honest and fraudulent subjects go through the same code paths (the same column fill
rates, the same login, payout, shipment and telemetry writers); what differs is only what
their situation puts into those paths: which networks, devices, accounts, addresses,
photos and resumes they use and with whom they share them.
"""
import csv
import hashlib
import ipaddress
import json
import math
import os
import random
import string
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import phonenumbers
import pyarrow as pa
import pyarrow.parquet as pq

from . import data as D
from . import media

UTC = timezone.utc
EXPORT = datetime(2025, 11, 30, 18, 0, tzinfo=UTC)          # the export's cut-off
LOGIN_FROM = datetime(2025, 1, 1, tzinfo=UTC)                # sign-in log retention in the export
PAY_FROM = datetime(2024, 12, 1, tzinfo=UTC)                 # payout history in the export
TELEMETRY_FROM = datetime(2025, 3, 1, tzinfo=UTC)            # device-program MDM/EDR history
SALT = "payvia-export-2025-11"
PRIMARY = {"honest_worker", "honest_household", "honest_agency", "honest_coworking", "honest_rehire", "honest_two_clients", "honest_name_change",
           "honest_migrant", "honest_expat", "honest_moved", "honest_it_admin", "honest_applicant", "honest_nomad", "honest_staff",
           "honest_client_admin", "honest_fake_client_hire", "honest_id_theft_victim", "honest_office",
           "ring_overt", "ring_careful", "ring_split", "ring_mule", "laptop_farm", "front_agency", "lone_persona", "rented_identity", "fake_client"}


# =========================================================================== helpers
def wchoice(r, items):
    """items: list of (value, weight) or dict value -> weight."""
    if isinstance(items, dict):
        items = list(items.items())
    tot = sum(w for _, w in items)
    x = r.random() * tot
    for v, w in items:
        x -= w
        if x <= 0:
            return v
    return items[-1][0]


def h(s, n=32):
    return hashlib.sha256((SALT + "|" + s).encode()).hexdigest()[:n]


def iso(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def rand_dt(r, a, b):
    if b <= a:
        return a
    return a + timedelta(seconds=r.uniform(0, (b - a).total_seconds()))


def parse_prefixes(spec):
    out = []
    for tok in spec.split():
        tok = tok.split(":")[0]
        a, b = tok.split(".")
        lo, _, hi = b.partition("-")
        out.append((int(a), int(lo), int(hi or lo)))
    return out


def rand_v4(r, prefixes):
    a, lo, hi = r.choice(prefixes)
    return f"{a}.{r.randint(lo, hi)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def fold(s):
    return media.ascii_fold(s)


def slug(s):
    return "".join(c for c in fold(s).lower() if c.isalnum())


_TZ_CACHE = {}


def utc_offset(tz, dt):
    key = (tz, dt.year, dt.month)
    v = _TZ_CACHE.get(key)
    if v is None:
        v = datetime(dt.year, dt.month, 15, 12, tzinfo=ZoneInfo(tz)).utcoffset().total_seconds() / 3600.0
        _TZ_CACHE[key] = v
    return v


# =========================================================================== places
class Place:
    """A physical address; text(style) renders it the way one person or form typed it."""
    __slots__ = ("cc", "city", "num", "street", "stype", "unit", "postal", "extra", "kind")

    def __init__(self, cc, city, num, street, stype, unit, postal, extra=None, kind="home"):
        self.cc, self.city, self.num, self.street, self.stype = cc, city, num, street, stype
        self.unit, self.postal, self.extra, self.kind = unit, postal, extra, kind

    def with_unit(self, unit):
        return Place(self.cc, self.city, self.num, self.street, self.stype, unit, self.postal, self.extra, self.kind)

    def text(self, style=0):
        c = self.city
        name, region = c[0], c[1]
        cc = self.cc
        if cc in ("US", "CA", "AU"):
            long_t, short_t = self.stype
            st = f"{self.num} {self.street} {short_t if style % 3 != 1 else long_t}"
            if style % 5 == 3:
                st = st.replace(" St", " St.").replace(" Ave", " Ave.").replace(" Rd", " Rd.") if not st.endswith(".") else st
            unit = ""
            if self.unit:
                u = self.unit
                if style % 4 == 0:
                    unit = f", Apt {u}" if not u.startswith(("Ste", "PMB", "#")) else f", {u}"
                elif style % 4 == 1:
                    unit = f" #{u}" if not u.startswith(("Ste", "PMB", "#")) else f" {u}"
                elif style % 4 == 2:
                    unit = f" Unit {u}" if not u.startswith(("Ste", "PMB", "#")) else f" {u}"
                else:
                    unit = f" Apt. {u}" if not u.startswith(("Ste", "PMB", "#")) else f", {u}"
            postal = self.postal
            if cc == "US" and style % 7 == 5:
                postal = f"{postal}-{(int(h(self.street + str(self.num), 6), 16) % 9000) + 1000}"
            s = f"{st}{unit}, {name}, {region} {postal}"
            if style % 6 == 4:
                s = s.upper()
            if style % 8 == 6:
                s += ", USA" if cc == "US" else f", {D.COUNTRY_NAMES[cc]}"
            return s
        if cc in ("GB", "IE"):
            if self.unit and style % 3 == 0:
                return f"{self.num} {self.street}, Flat {self.unit}, {name} {self.postal}"
            unit = f"Flat {self.unit}, " if self.unit else ""
            return f"{unit}{self.num} {self.street}, {name} {self.postal}"
        if cc == "IN":
            flat, bldg, area = self.extra
            s = f"Flat {flat}, {bldg}, {self.num} {self.street}, {area}, {name}, {region} {self.postal}"
            if style % 3 == 1:
                s = f"{flat}, {bldg}, {area}, {name} - {self.postal}"
            return s
        if cc == "PH":
            brgy = self.extra
            unit = f"Unit {self.unit}, " if self.unit else ""
            return f"{unit}{self.num} {self.street}, {brgy}, {name}, {self.postal} {region}"
        if cc in ("JP",):
            return f"{self.postal} {name}, {self.street}-ku {self.num}-{self.unit or 1}"
        if cc in ("KR", "CN", "SG", "ID", "IL", "VN", "EG", "NG", "KE", "PK", "ZA", "TR"):
            unit = f", Apt {self.unit}" if self.unit else ""
            if cc in ("KR", "CN", "TR", "VN"):
                return f"{self.num} {self.street}{unit}, {name} {self.postal}".strip()
            return f"{self.num} {self.street}{unit}, {name}{', ' + region if region else ''} {self.postal}".strip()
        # continental Europe and Latin America: street number, postal city
        unit = ""
        if self.unit:
            unit = {"PL": "/{u}", "UA": ", kv. {u}", "RS": "/{u}", "RO": ", ap. {u}", "BR": ", apto {u}", "PT": ", {u}º", "ES": ", piso {u}",
                    "MX": ", Depto {u}", "AR": ", Depto {u}", "CO": ", Apto {u}", "FR": ", appt {u}"}.get(cc, "").format(u=self.unit)
        s = f"{self.street} {self.num}{unit}, {self.postal} {name}"
        if cc in ("BR", "MX", "AR", "CO") and region:
            s += f", {region}"
        return s


# =========================================================================== networks
class Net:
    """Where sign-ins come from: a list of (IPInfo, weight); IPInfo = (ip, asn, owner, cc, city, lat, lon, proxy)."""
    __slots__ = ("kind", "ips", "w", "v6", "v6_share", "label")

    def __init__(self, kind, ips, w=None, v6=None, v6_share=0.0, label=""):
        self.kind, self.ips, self.w = kind, ips, w
        self.v6, self.v6_share, self.label = v6, v6_share, label

    def pick(self, r):
        if self.v6 and r.random() < self.v6_share:
            base = self.v6[0]
            ip = base + ":" + ":".join(f"{r.randint(0, 0xffff):x}" for _ in range(4))
            return (str(ipaddress.IPv6Address(ip)),) + self.v6[1:]
        if self.w:
            return r.choices(self.ips, weights=self.w)[0]
        return r.choice(self.ips)


class Device:
    __slots__ = ("id", "ua", "kind", "os")

    def __init__(self, id, ua, kind, os):
        self.id, self.ua, self.kind, self.os = id, ua, kind, os


class Site:
    """A physical network a laptop sits on: home, office, coworking space, laptop farm."""
    __slots__ = ("ssid", "gw", "net", "lan", "tz", "kvm")

    def __init__(self, ssid, gw, net, lan, tz=None):
        self.ssid, self.gw, self.net, self.lan, self.tz, self.kvm = ssid, gw, net, lan, tz, None


class Laptop:
    __slots__ = ("asset", "serial", "model", "os", "device", "site", "ship_to", "ship_ts", "procs", "usb", "displays",
                 "ports", "remote", "kb", "tz", "hostname", "end", "moves")

    def __init__(self):
        self.procs, self.usb, self.displays, self.ports, self.remote, self.kb = [], [], [], [], [], []
        self.moves = []


# =========================================================================== people
class Person:
    """One real human (or a stolen / invented identity) with everything a platform records."""
    __slots__ = ("cc", "city", "culture", "gender", "first", "last", "dob", "nid", "nid_type", "place", "phone",
                 "phone_type", "email", "alt_email", "home", "mobile", "devices", "dest", "site", "tz", "photo",
                 "resume", "profiles", "role", "handle", "hours", "kb")


class Row:
    """One subject row and the activity the export holds for it."""

    def __init__(self, person, kind):
        self.p = person
        self.kind = kind
        self.id = None
        self.fraud = 0
        self.tokens = []
        self.full_name = f"{person.first} {person.last}" if person else ""
        self.email = person.email if person else ""
        self.phone = person.phone if person else ""
        self.phone_type = person.phone_type if person else ""
        self.address = ""
        self.cc = person.cc if person else ""
        self.birth = person.dob.isoformat() if person and person.dob else ""
        self.nid = person.nid if person else ""
        self.photo = None          # ('face', seed, edit, edit_seed, backdrop) / ('default', variant, shared) / None
        self.resume = None         # (struct, style, fmt)
        self.profiles = ""
        self.employer = ""
        self.client = None
        self.created = None
        self.rec_email = ""
        self.rec_phone = ""
        self.rec_phone_type = ""
        self.signup_ip = ""
        self.x = {}                # extra payvia_* columns
        self.start = None
        self.end = EXPORT
        self.sessions = []         # phases: [(t0, [(weight, Net, Device)])]
        self.hours = ("day", "America/New_York")
        self.rate = 2.5            # sign-ins per month
        self.payouts = []          # [(t0, method, dest, rail)]
        self.pay = None            # (currency, monthly amount, cadence)
        self.laptops = []
        self.slips = []            # a few sign-ins from elsewhere: [(Net, Device, count)]
        self.tz_moves = []         # [(t, tz)]: the person's clock after a move

    def tok(self, *t):
        for x in t:
            if x and x not in self.tokens:
                self.tokens.append(x)


# =========================================================================== the world
class World:
    def __init__(self, n, seed):
        self.n = n
        self.seed = seed
        self.r = random.Random(f"payvia-{seed}")
        self.used_ips = set()
        self.used_emails = set()
        self.used_handles = set()
        self.rows = []
        self.dev_seq = 0
        self.asset_seq = 10000
        self.face_seq = 1000
        self.domains = []
        self.clients = []
        self._city_cache = {}
        self._v4_cache = {}
        self._build_pools()

    # ------------------------------------------------------------------ ip pools
    def _v4(self, spec):
        p = self._v4_cache.get(spec)
        if p is None:
            p = self._v4_cache[spec] = parse_prefixes(spec)
        return p

    def fresh_ip(self, spec):
        r = self.r
        pre = self._v4(spec)
        while True:
            ip = rand_v4(r, pre)
            if ip not in self.used_ips:
                self.used_ips.add(ip)
                return ip

    def city_of(self, cc, name=None):
        cities = D.CITIES.get(cc) or D.CITIES["US"]
        if name:
            for c in cities + (D.CN_EXTRA if cc == "CN" else []):
                if c[0] == name:
                    return c
        return self.r.choice(cities)

    def jitter(self, lat, lon, km=8):
        r = self.r
        return round(lat + r.uniform(-km, km) / 111.0, 4), round(lon + r.uniform(-km, km) / (111.0 * max(0.2, math.cos(math.radians(lat)))), 4)

    def ipinfo(self, ip, asn, owner, cc, city, proxy=None, km=8):
        lat, lon = self.jitter(city[2], city[3], km) if city else (None, None)
        return (ip, asn, owner, cc, city[0] if city else "", lat, lon, proxy)

    def host_ipinfo(self, key, cc_city=None, proxy="hosting"):
        asn, owner, spec, locs = D.HOSTING[key]
        cc, cname = cc_city or self.r.choice(locs)
        lat, lon = D.HOST_CITY.get((cc, cname), (0.0, 0.0))
        ip = self.fresh_ip(spec)
        return (ip, asn, owner, cc, cname, round(lat, 4), round(lon, 4), proxy)

    def _build_pools(self):
        r = self.r
        scale = max(0.25, self.n / 20000)
        # carrier-grade NAT egress pools: (cc, carrier index) -> list of IPInfo
        self.mobile_pools = {}
        for cc, carriers in D.MOBILE.items():
            for k, (asn, owner, spec, v6) in enumerate(carriers):
                size = int((500 if cc == "US" else 160 if cc in ("IN", "PH", "NG") else 60) * scale) + 10
                pool = []
                for _ in range(size):
                    city = self.city_of(cc)
                    pool.append(self.ipinfo(self.fresh_ip(spec), asn, owner, cc, city, km=40))
                self.mobile_pools[(cc, k)] = pool
        # university towns: campus and town CGNAT, a few dozen addresses for everyone there
        self.campus = {}
        for cc, cities in D.CITIES.items():
            for c in cities:
                if "u" in c[6]:
                    isp = D.HOME_ISPS[cc][0]
                    pool = [self.ipinfo(self.fresh_ip(isp[2]), isp[0], isp[1], cc, c, km=3) for _ in range(int(25 * scale) + 6)]
                    self.campus[c[0]] = pool
        # commercial VPN providers: exit pools per country (many users share each exit)
        self.vpn = {}
        providers = [("NordVPN", "datacamp"), ("NordVPN", "m247"), ("ProtonVPN", "proton"), ("ProtonVPN", "m247"),
                     ("Mullvad", "mullvad"), ("ExpressVPN", "datacamp"), ("Surfshark", "m247"), ("PIA", "leaseweb")]
        for prov, host in providers:
            asn, owner, spec, locs = D.HOSTING[host]
            for cc, cname in locs:
                pool = [self.host_ipinfo(host, (cc, cname), proxy="vpn") for _ in range(int(20 * scale) + 4)]
                self.vpn.setdefault(prov, []).extend(pool)
        # Astrill VPN: popular in China (to get past the firewall) and, per Unit 42 / Mandiant, with DPRK IT workers
        self.astrill = []
        for host in ("zenlayer", "psychz", "quadranet", "leaseweb"):
            asn, owner, spec, locs = D.HOSTING[host]
            for loc in locs:
                self.astrill += [self.host_ipinfo(host, loc, proxy="astrill") for _ in range(int(10 * scale) + 3)]
        # Zscaler and Cloudflare WARP egress, shared by every customer in a region
        self.zscaler = [self.host_ipinfo("zscaler", None, proxy="corp") for _ in range(int(60 * scale) + 10)]
        self.warp = [self.host_ipinfo("cloudflare", None, proxy="corp") for _ in range(int(40 * scale) + 8)]
        self.relay = [self.host_ipinfo("akamai_relay", None, proxy="relay") for _ in range(int(120 * scale) + 10)]

    # ------------------------------------------------------------------ networks for people
    def home_net(self, cc, city, isp=None):
        r = self.r
        isps = D.HOME_ISPS.get(cc) or D.HOME_ISPS["US"]
        isp = isp or wchoice(r, [(i, i[4]) for i in isps if i[4] > 0])
        asn, owner, spec, v6, _ = isp
        n_ip = wchoice(r, [(1, 55), (2, 30), (3, 15)])
        ips = [self.ipinfo(self.fresh_ip(spec), asn, owner, cc, city) for _ in range(n_ip)]
        w = [6, 2, 1][:n_ip]
        v6p = None
        if v6:
            if "%x" in v6:
                v6 = v6 % r.randint(0, 0xfff)
            groups = v6.split(":")
            while len(groups) < 4:
                groups.append(f"{r.randint(0, 0xffff):x}")
            v6p = (":".join(groups[:4]),) + ips[0][1:]
        return Net("home", ips, w, v6p, 0.35 if v6p else 0.0, label=owner)

    def mobile_net(self, cc, n=3):
        r = self.r
        keys = [k for k in self.mobile_pools if k[0] == cc]
        if not keys:
            return None
        k = r.choice(keys)
        pool = self.mobile_pools[k]
        carrier = D.MOBILE[cc][k[1]]
        ips = r.sample(pool, min(len(pool), n + r.randint(0, 4)))
        v6p = None
        if carrier[3]:
            g = carrier[3].split(":")
            while len(g) < 4:
                g.append(f"{r.randint(0, 0xffff):x}")
            v6p = (":".join(g[:4]),) + ips[0][1:]
        return Net("mobile", ips, None, v6p, 0.4 if v6p else 0.0, label=carrier[1])

    def campus_net(self, cname, n=6):
        pool = self.campus[cname]
        return Net("campus", self.r.sample(pool, min(n, len(pool))))

    def vpn_net(self, cc, prov=None, n=4):
        r = self.r
        prov = prov or wchoice(r, [("NordVPN", 35), ("ProtonVPN", 25), ("ExpressVPN", 15), ("Surfshark", 12), ("Mullvad", 5), ("PIA", 8)])
        pool = self.vpn[prov]
        local = [x for x in pool if x[3] == cc] or [x for x in pool if x[3] == "US"]
        return Net("vpn", r.sample(local, min(len(local), n)), label=prov)

    def astrill_net(self, n=5, prefer=None):
        pool = [x for x in self.astrill if prefer is None or x[3] in prefer] or self.astrill
        return Net("astrill", self.r.sample(pool, min(len(pool), n)), label="Astrill")

    def hosting_net(self, key=None, n=1, proxy="hosting"):
        r = self.r
        key = key or wchoice(r, [("do", 30), ("vultr", 25), ("linode", 10), ("ovh", 10), ("hetzner", 10), ("aws", 15)])
        loc = r.choice(D.HOSTING[key][3])
        return Net("hosting", [self.host_ipinfo(key, loc, proxy=proxy) for _ in range(n)], label=key)

    def business_net(self, cc, city, n=2):
        r = self.r
        lines = D.BUSINESS_ISPS.get(cc) or D.BUSINESS_ISPS["*"]
        asn, owner, spec = r.choice(lines)
        base = self.fresh_ip(spec).rsplit(".", 1)[0]
        start = r.randint(2, 200)
        ips = []
        for k in range(n):
            ip = f"{base}.{start + k}"
            self.used_ips.add(ip)
            ips.append(self.ipinfo(ip, asn, owner, cc, city, km=1))
        return Net("office", ips)

    def resproxy_net(self, n=8, cc="US"):
        """Residential proxy exits: addresses of home ISPs, rented by the hour."""
        r = self.r
        ips = []
        for _ in range(n):
            city = self.city_of(cc)
            isp = wchoice(r, [(i, i[4]) for i in D.HOME_ISPS[cc] if i[4] > 0])
            ips.append(self.ipinfo(self.fresh_ip(isp[2]), isp[0], isp[1], cc, city, proxy="resproxy"))
        return Net("resproxy", ips)

    def site(self, net, last="", kind="home", tz=None):
        r = self.r
        if kind == "office":
            ssid = r.choice(["{c}-Corp", "{c}-Staff", "{c} WiFi", "{c}-Secure"]).format(c=last[:10] or "Office")
        else:
            ssid = r.choice(D.SSIDS_HOME).format(n=r.randint(10, 999), hex=f"{r.randint(0, 0xffff):04X}",
                                                 al="".join(r.choice(string.ascii_uppercase) for _ in range(4)),
                                                 last=fold(last).split(" ")[-1] or "Home")
        gw = r.choice(D.GATEWAY_OUIS) + ":" + ":".join(f"{r.randint(0, 255):02x}" for _ in range(3))
        lan = r.choice(["192.168.1", "192.168.0", "10.0.0", "192.168.86", "192.168.50", "10.0.1", "192.168.100"])
        return Site(ssid, gw, net, lan, tz)

    # ------------------------------------------------------------------ devices
    def device(self, kind, os_=None):
        r = self.r
        self.dev_seq += 1
        did = "dev_" + h(f"dev{self.seed}-{self.dev_seq}", 20)
        v = r.randint(128, 142)
        if kind == "mobile":
            if r.random() < 0.45:
                i = r.choice(["17_6", "18_1", "18_3", "18_5", "26_0"])
                ua = (D.UA_APP_IOS if r.random() < 0.5 else D.UA_IPHONE).format(i=i, i2=i.replace("_", "."), s=i.split("_")[0] + ".0", p=f"4.{r.randint(10, 40)}.{r.randint(0, 9)}")
                os_ = "ios"
            else:
                a = r.choice(["13", "14", "15", "16"])
                ua = (D.UA_APP_ANDROID if r.random() < 0.5 else D.UA_ANDROID).format(a=a, v=v, p=f"4.{r.randint(10, 40)}.{r.randint(0, 9)}", m=r.choice(D.ANDROID_MODELS))
                os_ = "android"
        else:
            os_ = os_ or wchoice(r, [("win", 55), ("mac", 40), ("linux", 5)])
            if os_ == "win":
                ua = wchoice(r, [(D.UA_WIN_CHROME, 65), (D.UA_WIN_EDGE, 25), (D.UA_WIN_FF, 10)]).format(v=v, f=r.randint(128, 144))
            elif os_ == "mac":
                ua = wchoice(r, [(D.UA_MAC_CHROME, 60), (D.UA_MAC_SAFARI, 40)]).format(v=v, s=r.choice(["17.6", "18.1", "18.3", "18.5", "26.0"]))
            else:
                ua = D.UA_LINUX.format(v=v)
        return Device(did, ua, kind, os_)

    # ------------------------------------------------------------------ identity pieces
    def pick_city(self, cc, univ=None):
        cities = D.CITIES[cc]
        if univ is not None:
            sel = [c for c in cities if ("u" in c[6]) == univ]
            if sel:
                cities = sel
        w = [(c, 5 if "b" in c[6] else 1 if "u" in c[6] else 1.5) for c in cities]
        return wchoice(self.r, w)

    def names(self, culture, gender):
        r = self.r
        if culture == "kr_us":
            first = r.choice(D.NAMES["anglo"][0 if gender == "m" else 1]) if r.random() < 0.65 else r.choice(D.NAMES["kr"][0 if gender == "m" else 1])
            return first, r.choice(D.NAMES["kr"][2])
        m, f, l = D.NAMES[culture]
        first = r.choice(m if gender == "m" else f)
        last = r.choice(l).replace("\u00a0", " ")
        if culture == "pl" and gender == "f":
            last = last[:-1] + "a" if last.endswith(("ski", "cki", "dzki")) else last
        if culture == "hisp" and r.random() < 0.35:
            last = last + " " + r.choice(l)
        if culture in ("anglo",) and r.random() < 0.08:
            first = first + " " + r.choice(m if gender == "m" else f)
        return first, last

    def place(self, cc, city, kind="home", unit_p=0.35):
        r = self.r
        postal = "".join(str(r.randint(0, 9)) if ch == "#" else r.choice("ABCDEFGHJKLMNPRSTUVWXY") if ch == "A" else ch for ch in city[5])
        unit = None
        if cc in ("US", "CA", "AU"):
            street = r.choice(D.US_STREETS)
            stype = r.choice(D.US_STREET_TYPES)
            num = r.randint(10, 9999) if r.random() < 0.8 else r.randint(100, 29999)
            if r.random() < unit_p:
                unit = wchoice(r, [(str(r.randint(1, 40)), 3), (f"{r.randint(1, 30)}{r.choice('ABCDEF')}", 2), (str(r.randint(100, 2499)), 3)])
            return Place(cc, city, num, street, stype, unit, postal, kind=kind)
        street = r.choice(D.LOCAL_STREETS.get(cc, ["Main Street"]))
        num = r.randint(1, 250)
        if r.random() < unit_p + 0.2:
            unit = str(r.randint(1, 120))
        extra = None
        if cc == "IN":
            extra = (f"{r.randint(1, 12)}{r.randint(0, 1)}{r.randint(1, 9)}", r.choice(D.IN_BLDGS), r.choice(D.IN_AREAS))
        elif cc == "PH":
            extra = r.choice(D.PH_BRGY)
        return Place(cc, city, num, street, ("", ""), unit, postal, extra, kind=kind)

    def phone(self, cc, typ="mobile", fmt=None):
        """A valid number of country cc; returns (display string, e164)."""
        r = self.r
        cc_num = phonenumbers.country_code_for_region(cc)
        for _ in range(60):
            nsn = self._nsn(cc, typ)
            num = phonenumbers.parse(f"+{cc_num}{nsn}")
            if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == cc:
                break
        e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        fmt = fmt if fmt is not None else wchoice(r, [("e164", 70), ("intl", 15), ("national", 15)])
        if fmt == "intl":
            s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        elif fmt == "national":
            s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        else:
            s = e164
        return s, e164

    _US_AREA = [201, 202, 206, 212, 213, 214, 215, 216, 224, 248, 267, 281, 303, 305, 310, 312, 313, 314, 323, 347, 404,
                408, 412, 415, 424, 425, 469, 480, 503, 510, 512, 513, 571, 602, 612, 614, 615, 617, 619, 623, 626, 646,
                650, 678, 702, 703, 704, 713, 714, 718, 720, 732, 734, 737, 754, 773, 786, 801, 813, 817, 818, 832, 857,
                858, 901, 904, 908, 916, 917, 919, 929, 949, 954, 972, 973, 980, 984]

    def _nsn(self, cc, typ):
        r = self.r
        d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
        if cc in ("US", "CA"):
            area = r.choice(self._US_AREA) if cc == "US" else r.choice([416, 647, 437, 604, 778, 514, 438, 403, 587, 613, 519, 226])
            return f"{area}{r.randint(2, 9)}{d(2)}{d(4)}"
        pat = {
            "GB": lambda: "7" + str(r.choice([4, 5, 7, 8, 9])) + d(8), "IE": lambda: "8" + str(r.choice([3, 5, 6, 7])) + d(7),
            "AU": lambda: "4" + d(8), "IN": lambda: str(r.choice([6, 7, 8, 9])) + d(9), "PH": lambda: "9" + str(r.choice([1, 2, 5, 6, 7])) + d(8),
            "BR": lambda: str(r.choice([11, 21, 31, 41, 51, 48, 81])) + "9" + str(r.randint(6, 9)) + d(7), "PT": lambda: "9" + str(r.choice([1, 2, 3, 6])) + d(7),
            "MX": lambda: str(r.choice([55, 33, 81])) + d(8), "AR": lambda: "911" + str(r.choice([2, 3, 4, 5, 6])) + d(7),
            "CO": lambda: "3" + str(r.choice([0, 1, 2, 5])) + d(8), "ES": lambda: "6" + d(8), "PL": lambda: str(r.choice([5, 6, 7, 8])) + d(8),
            "UA": lambda: str(r.choice([50, 63, 66, 67, 68, 73, 93, 95, 96, 97, 98, 99])) + d(7), "DE": lambda: "1" + str(r.choice([51, 52, 57, 60, 62, 70, 71, 72, 73, 75, 76, 77, 78, 79])) + d(7),
            "NL": lambda: "6" + d(8), "FR": lambda: str(r.choice([6, 7])) + d(8), "NG": lambda: str(r.choice([70, 80, 81, 90, 91])) + d(8),
            "PK": lambda: "3" + str(r.choice([0, 1, 2, 3, 4])) + d(8), "KE": lambda: "7" + str(r.choice([0, 1, 2, 4, 9])) + d(7),
            "RO": lambda: "7" + str(r.choice([2, 3, 4, 5, 6, 7])) + d(7), "VN": lambda: str(r.choice([3, 5, 7, 8, 9])) + d(8),
            "EG": lambda: "1" + str(r.choice([0, 1, 2, 5])) + d(8), "ZA": lambda: str(r.choice([6, 7, 8])) + str(r.randint(1, 4)) + d(7),
            "KR": lambda: "10" + d(8), "CN": lambda: "1" + str(r.choice([3, 5, 8, 9])) + d(9), "JP": lambda: str(r.choice([70, 80, 90])) + d(8),
            "RS": lambda: "6" + str(r.choice([0, 1, 2, 3, 4, 5])) + d(7), "TR": lambda: "5" + str(r.choice([0, 3, 4, 5])) + d(8),
            "ID": lambda: "8" + str(r.choice([1, 2, 5, 7, 8])) + d(8), "IL": lambda: "5" + str(r.choice([0, 2, 3, 4, 8])) + d(7),
            "SG": lambda: str(r.choice([8, 9])) + d(7),
        }
        return pat.get(cc, lambda: d(9))()

    EMAIL_LOCAL = {"US": [("gmail.com", 52), ("outlook.com", 8), ("hotmail.com", 5), ("yahoo.com", 9), ("icloud.com", 10), ("proton.me", 3), ("aol.com", 1)],
                   "IN": [("gmail.com", 80), ("outlook.com", 6), ("yahoo.co.in", 6), ("rediffmail.com", 2)],
                   "DE": [("gmail.com", 40), ("gmx.de", 22), ("web.de", 20), ("posteo.de", 3), ("outlook.de", 5)],
                   "UA": [("gmail.com", 70), ("ukr.net", 20), ("i.ua", 3)], "PL": [("gmail.com", 60), ("wp.pl", 15), ("o2.pl", 10), ("onet.pl", 10)],
                   "KR": [("gmail.com", 45), ("naver.com", 40), ("daum.net", 10)], "CN": [("qq.com", 45), ("163.com", 25), ("gmail.com", 20), ("126.com", 5)],
                   "JP": [("gmail.com", 50), ("yahoo.co.jp", 25), ("docomo.ne.jp", 5), ("icloud.com", 10)], "FR": [("gmail.com", 50), ("orange.fr", 12), ("free.fr", 10), ("laposte.net", 8)],
                   "BR": [("gmail.com", 75), ("hotmail.com", 12), ("outlook.com", 6), ("uol.com.br", 3)], "GB": [("gmail.com", 55), ("hotmail.co.uk", 12), ("outlook.com", 10), ("btinternet.com", 4), ("icloud.com", 8)],
                   "RU": [("gmail.com", 30), ("yandex.ru", 40), ("mail.ru", 30)],
                   "*": [("gmail.com", 72), ("outlook.com", 8), ("hotmail.com", 6), ("yahoo.com", 7), ("icloud.com", 4), ("proton.me", 2)]}

    def email(self, first, last, cc, domain=None, style=None, year=None):
        r = self.r
        fo, la = slug(first.split(" ")[0]) or "user", slug(last) or "mail"
        domain = domain or wchoice(r, self.EMAIL_LOCAL.get(cc, self.EMAIL_LOCAL["*"]))
        yy = str(year)[-2:] if year else str(r.randint(70, 99))
        style = style if style is not None else r.randint(0, 9)
        local = [f"{fo}.{la}", f"{fo}{la}", f"{fo[0]}{la}", f"{fo}.{la}{r.randint(1, 99)}", f"{fo}{la}{yy}",
                 f"{la}.{fo}", f"{fo}_{la}", f"{fo}{r.randint(100, 9999)}", f"{fo[0]}.{la}{r.randint(1, 999)}", f"{fo}.{la[0]}{r.randint(10, 99)}"][style % 10]
        e = f"{local}@{domain}"
        k = 1
        while e in self.used_emails:
            k += 1
            e = f"{local}{r.randint(1, 9999)}@{domain}"
        self.used_emails.add(e)
        return e

    def nid(self, cc):
        """A national id as the export holds it: a salted hash of the normalised number."""
        r = self.r
        d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
        raw, typ = {
            "US": (lambda: (f"{r.randint(1, 899):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}", "ssn")),
            "IN": (lambda: ("".join(r.choice(string.ascii_uppercase) for _ in range(5)) + d(4) + r.choice(string.ascii_uppercase), "pan")),
            "BR": (lambda: (d(11), "cpf")), "MX": (lambda: ("".join(r.choice(string.ascii_uppercase) for _ in range(4)) + d(6) + "H" + "".join(r.choice(string.ascii_uppercase) for _ in range(5)) + d(2), "curp")),
            "PL": (lambda: (d(11), "pesel")), "CA": (lambda: (d(9), "sin")), "GB": (lambda: ("".join(r.choice("ABCEGHJKLMNPRSTWXYZ") for _ in range(2)) + d(6) + r.choice("ABCD"), "nino")),
            "KR": (lambda: (d(13), "rrn")), "CN": (lambda: (d(17) + r.choice("0123456789X"), "resident_id")),
        }.get(cc, (lambda: (r.choice(string.ascii_uppercase) + d(8), "passport")))()
        return h(f"{cc}:{raw}"), typ

    # ------------------------------------------------------------------ payout destinations
    def iban(self, cc, bank=None):
        r = self.r
        length, codes, nb, na = D.IBAN[cc]
        d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
        bban = (bank if bank else (r.choice(codes) if codes else d(nb)))
        if codes and not bank:
            bban = bban + d(length - 4 - len(bban))
        else:
            bban = bban + d(length - 4 - len(bban))
        conv = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
        check = 98 - int(conv) % 97
        return f"{cc}{check:02d}{bban}"

    def us_account(self, neobank=False):
        r = self.r
        if neobank:
            routing, name, pre, ln = wchoice(r, [(b, 1) for b in D.US_NEOBANKS])
            acct = pre + "".join(str(r.randint(0, 9)) for _ in range(ln - len(pre)))
            return f"{routing} {acct}", "ACH"
        routing, name, _ = wchoice(r, [(b, b[2]) for b in D.US_BANKS])
        acct = "".join(str(r.randint(0, 9)) for _ in range(r.choice([9, 10, 10, 12])))
        return f"{routing} {acct}", "ACH"

    def bank_dest(self, cc, neobank=None):
        """(method, destination, rail) for a bank account held in country cc."""
        r = self.r
        d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
        if neobank is None:
            neobank = r.random() < D.NEOBANK_SHARE.get(cc, D.NEOBANK_SHARE["*"])
        if cc == "US":
            dest, rail = self.us_account(neobank)
            return "bank", dest, rail
        if neobank and cc in ("DE", "NL", "FR", "ES", "PT", "PL", "RO", "IE", "RS", "UA", "TR", "IL"):
            # Wise (Belgian IBANs, bank code 967) and Revolut (Lithuanian IBANs, 32500) accounts
            if r.random() < 0.55:
                return "bank", self.iban("BE", bank="967"), "SEPA/Wise"
            return "bank", self.iban("LT", bank="32500"), "SEPA/Revolut"
        if neobank and cc in ("GB",):
            return "bank", self.iban("GB", bank=r.choice(["TRWI", "MONZ", "REVO", "SRLG"]) + r.choice(["231470", "040004", "608371"])), "FPS"
        if cc in D.IBAN:
            return "bank", self.iban(cc), "SEPA" if cc in ("DE", "NL", "FR", "ES", "PT", "IE", "LT", "BE") else "SWIFT"
        if cc == "IN":
            return "bank", f"{r.choice(D.LOCAL_BANKS['IN'])}{d(6)} {d(r.choice([11, 12, 14]))}", "IMPS"
        if cc == "BR":
            return "bank", f"{r.choice(D.LOCAL_BANKS['BR'])} {d(4)} {d(r.choice([5, 6, 8]))}-{d(1)}", "TED"
        if cc == "MX":
            b = r.choice(D.LOCAL_BANKS["MX"])
            return "bank", f"{b}{d(15)}", "SPEI"
        if cc == "AR":
            return "bank", f"{r.choice(D.LOCAL_BANKS['AR'])}{d(19)}", "CBU"
        if cc == "CA":
            return "bank", f"{d(5)}-{r.choice(D.LOCAL_BANKS['CA'])}-{d(7)}", "EFT"
        if cc == "AU":
            return "bank", f"{r.choice(D.LOCAL_BANKS['AU'])}-{d(3)} {d(8)}", "BECS"
        banks = D.LOCAL_BANKS.get(cc, ["Bank"])
        n = {"CN": 19, "KR": 12, "JP": 7, "NG": 10, "KE": 13, "VN": 13, "ZA": 11, "ID": 10, "PH": 12, "SG": 10, "CO": 11}.get(cc, 12)
        return "bank", f"{r.choice(banks)} {d(n)}", "SWIFT"

    def wallet_dest(self, email, cc, phone_e164=None):
        r = self.r
        if cc == "BR" and r.random() < 0.6:
            return "wallet", f"pix:{email}", "Pix"
        if cc == "PH" and phone_e164 and r.random() < 0.5:
            return "wallet", f"gcash:0{phone_e164[3:]}", "GCash"
        if cc == "KE" and phone_e164 and r.random() < 0.7:
            return "wallet", f"mpesa:{phone_e164[1:]}", "M-Pesa"
        prov = wchoice(r, [("payoneer", 45), ("paypal", 35), ("wise", 20)])
        return "wallet", f"{prov}:{email}", prov.capitalize()

    def crypto_dest(self, kind=None):
        r = self.r
        kind = kind or wchoice(r, [("usdc_eth", 40), ("usdt_trc20", 35), ("usdc_sol", 15), ("btc", 10)])
        if kind in ("usdc_eth",):
            return "crypto", "0x" + "".join(r.choice("0123456789abcdef") for _ in range(40)), "USDC-Ethereum"
        if kind == "usdt_trc20":
            return "crypto", "T" + "".join(r.choice("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz") for _ in range(33)), "USDT-TRC20"
        if kind == "usdc_sol":
            return "crypto", "".join(r.choice("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz") for _ in range(44)), "USDC-Solana"
        return "crypto", "bc1q" + "".join(r.choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(38)), "BTC"

    # ------------------------------------------------------------------ a person
    def person(self, cc=None, city=None, culture=None, gender=None, age=None, univ=None, role=None):
        r = self.r
        p = Person()
        p.cc = cc or wchoice(r, D.WORKER_COUNTRIES)
        p.city = city or self.pick_city(p.cc, univ)
        p.culture = culture or wchoice(r, D.CULTURE_MIX[p.cc])
        if p.culture == "kr" and p.cc in ("US", "CA", "AU") and r.random() < 0.8:
            p.culture = "kr_us"
        p.gender = gender or r.choice("mf")
        p.first, p.last = self.names(p.culture, p.gender)
        age = age or max(20, min(66, int(r.gauss(34, 8))))
        p.dob = date(EXPORT.year - age, r.randint(1, 12), r.randint(1, 28))
        p.nid, p.nid_type = self.nid(p.cc)
        p.place = self.place(p.cc, p.city)
        ptype = "mobile"
        if p.cc in ("US", "CA") and r.random() < 0.04:
            ptype = "landline"
        p.phone, e164 = self.phone(p.cc, ptype)
        p.phone_type = ptype
        p.email = self.email(p.first, p.last, p.cc, year=p.dob.year)
        p.alt_email = ""
        p.home = self.home_net(p.cc, p.city)
        p.mobile = self.mobile_net(p.cc)
        p.devices = [self.device("desktop")]
        if r.random() < 0.2:
            p.devices.append(self.device("desktop"))
        p.devices.append(self.device("mobile"))
        p.dest = None
        p.tz = p.city[4]
        p.site = self.site(p.home, p.last, tz=p.tz)
        p.photo = None
        p.resume = None
        p.profiles = ""
        p.role = role or wchoice(r, [(k, v[0]) for k, v in D.ROLES.items()])
        p.handle = None
        p.hours = wchoice(r, [("day", 84), ("evening", 9), ("night", 4), ("split", 3)])
        p.kb = [D.CULTURE_KEYBOARD[p.culture]] if p.culture in D.CULTURE_KEYBOARD and D.KEYBOARD.get(p.cc) != D.CULTURE_KEYBOARD[p.culture] and r.random() < 0.45 else []
        if p.culture == "kr_us" and r.random() < 0.5:
            p.kb = ["ko-KR"]
        return p

    def handle(self, p):
        if p.handle:
            return p.handle
        r = self.r
        fo, la = slug(p.first.split(" ")[0]), slug(p.last)
        base = r.choice([f"{fo}{la}", f"{fo}-{la}", f"{fo[0]}{la}", f"{fo}{la[:3]}", f"{la}{fo[0]}", f"{fo}.{la}", f"{fo}dev", f"{fo}{la}{r.randint(1, 99)}"])
        x = base
        while x in self.used_handles:
            x = f"{base}{r.randint(2, 999)}"
        self.used_handles.add(x)
        p.handle = x
        return x

    def profiles_for(self, p, dev=None, linkedin_p=0.62, github_p=0.5, site_p=0.08):
        r = self.r
        dev = p.role in D.DEV_ROLES if dev is None else dev
        out = []
        hd = self.handle(p)
        if r.random() < linkedin_p:
            li = hd.replace(".", "-") + ("-" + h(hd, 8)[:r.choice([0, 4, 8])] if r.random() < 0.4 else "")
            out.append(f"https://www.linkedin.com/in/{li.strip('-')}")
        if dev and r.random() < github_p:
            out.append(f"https://github.com/{hd.replace('.', '-')}")
        if r.random() < site_p or (p.role == "design" and r.random() < 0.4):
            out.append(r.choice([f"https://{hd.replace('.', '')}.dev", f"https://{hd.replace('.', '-')}.github.io", f"https://www.behance.net/{hd.replace('.', '')}",
                                 f"https://{hd.replace('.', '')}.vercel.app", f"https://www.upwork.com/freelancers/~01{h(hd, 16)}"]))
        return ";".join(out)

    # ------------------------------------------------------------------ resumes
    BULLETS = {
        "dev": ["Built and maintained {n} {s1} services handling {k}K requests per day",
                "Reduced page load time by {p}% by migrating legacy views to {s1}",
                "Designed REST and GraphQL APIs in {s1} used by {n} internal teams",
                "Implemented CI/CD pipelines with {s2}, cutting release time from {a} days to {b} hours",
                "Led the migration of a monolith to {s1} microservices on {s2}",
                "Wrote unit and integration tests raising coverage from {a}0% to {p}%",
                "Mentored {n} junior engineers and ran weekly code reviews",
                "Integrated Stripe and PayPal payments for a marketplace with {k}K monthly users",
                "Optimized {s2} queries, lowering p95 latency by {p}%",
                "Shipped {n} customer-facing features in an agile team of {b}",
                "Containerized applications with Docker and deployed to {s2}",
                "Built real-time dashboards with {s1} and WebSockets",
                "Developed smart contracts and dApp front ends with {s1}",
                "Collaborated with product and design to deliver a redesigned onboarding flow",
                "Automated data pipelines in {s1} processing {k} GB per day",
                "Maintained an open-source {s1} library with {k}00 GitHub stars"],
        "support": ["Resolved an average of {n}0 customer tickets per day with {p}% CSAT",
                    "Built {n} macros and help-center articles in {s1}", "Trained {n} new agents on {s2} workflows",
                    "Reduced first-response time by {p}% through queue triage", "Handled escalations for enterprise accounts",
                    "Managed inbox, calendar and travel for {n} executives", "Kept CRM records up to date in {s1}"],
        "biz": ["Generated {k}00K in pipeline through outbound campaigns", "Grew organic traffic by {p}% with an SEO content program",
                "Ran paid campaigns on {s1} with a {n}x ROAS", "Closed {n} new B2B accounts in {b} quarters",
                "Reconciled {n} bank accounts monthly in {s1}", "Prepared month-end close and payroll for {n}0 employees",
                "Sourced and hired {n}0 engineers using {s1}", "Wrote {n}0 long-form articles and product docs",
                "Coordinated {n} cross-functional projects using {s2}", "Built financial models for fundraising"],
    }
    SUMMARIES = ["{t} with {y}+ years of experience in {s1} and {s2}.",
                 "Results-driven {t} who enjoys building reliable products with {s1}.",
                 "Experienced {t} passionate about clean code, {s1} and remote collaboration.",
                 "{t} focused on {s1}, {s2} and shipping on time for distributed teams.",
                 "Detail-oriented {t} with a background in {s1} and a track record of happy clients.",
                 "Self-motivated {t} with {y} years in {s1}; comfortable working across time zones."]

    def resume_struct(self, p, role=None, years=None, fancy=False):
        r = self.r
        role = role or p.role
        _, skills, titles = D.ROLES[role]
        years = years or max(1, int(r.gauss(7, 4)))
        fam = "dev" if role in D.DEV_ROLES else "support" if role in ("support", "va", "itadmin") else "biz"
        sk = r.sample(skills, min(len(skills), r.randint(5, 9)))
        exp = []
        y_end = 2025
        for k in range(r.randint(2, 4)):
            span = r.randint(1, 4)
            comp = r.choice(D.KNOWN_EMPLOYERS) if (fancy or r.random() < 0.35) else self.company_name(plain=True)
            nb = r.randint(2, 5)
            bullets = []
            for _ in range(nb):
                t = r.choice(self.BULLETS[fam])
                bullets.append(t.format(n=r.randint(2, 12), k=r.randint(5, 900), p=r.randint(12, 85), a=r.randint(2, 9), b=r.randint(2, 8),
                                        s1=r.choice(sk), s2=r.choice(sk)))
            exp.append([r.choice(titles), comp, y_end - span, y_end if k else None, bullets])
            y_end -= span + (1 if r.random() < 0.3 else 0)
        univ = r.choice(D.UNIVERSITIES.get(p.cc, D.UNIVERSITIES["*"]))
        summ = r.choice(self.SUMMARIES).format(t=r.choice(titles), y=years, s1=sk[0], s2=sk[1])
        return {"name": f"{p.first} {p.last}", "city": p.city[0], "email": p.email, "phone": p.phone, "summary": summ,
                "skills": sk, "exp": exp, "edu": (r.choice(D.DEGREES), univ, 2025 - years - r.randint(0, 3)), "boiler": None}

    def clone_resume(self, base, p, drift=0.3):
        """The same resume with another name on it (and a few edits): what operators reuse across personas."""
        r = self.r
        s = {"name": f"{p.first} {p.last}", "city": p.city[0], "email": p.email, "phone": p.phone,
             "summary": base["summary"], "skills": list(base["skills"]), "exp": [list(e[:4]) + [list(e[4])] for e in base["exp"]],
             "edu": base["edu"], "boiler": base.get("boiler")}
        if r.random() < drift:
            r.shuffle(s["skills"])
        for e in s["exp"]:
            if r.random() < drift:
                e[2] += r.choice([-1, 1])
            if r.random() < drift * 0.5 and len(e[4]) > 2:
                e[4].pop(r.randrange(len(e[4])))
        if r.random() < drift:
            s["edu"] = (s["edu"][0], r.choice(D.UNIVERSITIES["US"]), s["edu"][2])
        return s

    TEMPLATES = [  # (summary head, skills head, exp head, edu head, bullet, footer)
        ("SUMMARY", "SKILLS", "EXPERIENCE", "EDUCATION", "- ", ""),
        ("PROFESSIONAL SUMMARY", "SKILLS", "WORK HISTORY", "EDUCATION", "• ", ""),                                    # Zety-style
        ("ABOUT ME", "SKILLS", "EXPERIENCE", "EDUCATION", "• ", "References available upon request."),              # Canva-style
        ("", "TECHNICAL SKILLS", "EXPERIENCE", "EDUCATION", "• ", ""),                                              # "Jake's resume" LaTeX
        ("PROFILE", "CORE COMPETENCIES", "PROFESSIONAL EXPERIENCE", "EDUCATION & TRAINING", "▪ ", ""),
        ("Objective", "Key Skills", "Employment History", "Education", "* ", ""),
        ("CAREER OBJECTIVE", "AREAS OF EXPERTISE", "RELEVANT EXPERIENCE", "ACADEMIC BACKGROUND", "- ",
         "I hereby declare that the above information is true to the best of my knowledge."),
    ]

    def render_resume(self, s, style):
        sh, kh, eh, dh, b, foot = self.TEMPLATES[style % len(self.TEMPLATES)]
        out = [s["name"].upper() if style % 2 == 0 else s["name"], f"{s['city']} | {s['email']} | {s['phone']}", ""]
        if s.get("boiler"):
            out += [sh or "SUMMARY", s["boiler"], ""]
        elif sh:
            out += [sh, s["summary"], ""]
        if style % len(self.TEMPLATES) == 3:
            out += [kh, "Languages & Frameworks: " + ", ".join(s["skills"]), ""]
        else:
            out += [kh, ", ".join(s["skills"]) if style % 3 else " | ".join(s["skills"]), ""]
        out.append(eh)
        for title, comp, y0, y1, bullets in s["exp"]:
            out.append(f"{title} — {comp}    {y0} – {y1 if y1 else 'Present'}")
            out += [b + x for x in bullets]
            out.append("")
        out += [dh, f"{s['edu'][0]}, {s['edu'][1]}, {s['edu'][2]}"]
        if foot:
            out += ["", foot]
        return "\n".join(out)

    # ------------------------------------------------------------------ organisations
    def company_name(self, plain=False):
        r = self.r
        n = f"{r.choice(D.COMPANY_WORDS_A)}{r.choice(['', ' ', ''])}{r.choice(D.COMPANY_WORDS_B)}"
        if plain:
            return n
        return (n + " " + r.choice(D.COMPANY_SUFFIX)).strip()

    def domain_for(self, name, tld=None):
        r = self.r
        base = slug(name.replace("Inc.", "").replace("LLC", "").replace("Corp.", "").replace("Ltd", "").replace("GmbH", "").replace("B.V.", "").replace("Pty", ""))
        tld = tld or wchoice(r, [(".com", 60), (".io", 15), (".co", 6), (".ai", 6), (".dev", 2), (".tech", 2), (".app", 2), (".net", 3), (".org", 1)])
        d = base + tld
        k = 2
        while d in self._domains_used():
            d = f"{base}{k}{tld}" if r.random() < 0.5 else f"get{base}{tld}" if k == 2 else f"{base}hq{k}{tld}"
            k += 1
        self._dom_used.add(d)
        return d

    def _domains_used(self):
        if not hasattr(self, "_dom_used"):
            self._dom_used = set()
        return self._dom_used

    CF_NS = _NS = ["adam", "bella", "carl", "dana", "elle", "fred", "gina", "hank", "ivy", "jack", "kate", "leo", "mia", "ned",
                   "olga", "pete", "quinn", "rick", "sara", "tom", "uma", "vick", "walt", "xena", "yara", "zod"]

    def nameservers(self, style=None):
        r = self.r
        style = style or wchoice(r, [("cf", 38), ("aws", 20), ("godaddy", 12), ("namecheap", 10), ("google", 8), ("azure", 5), ("own", 7)])
        if style == "cf":
            a, b = r.sample(self.CF_NS, 2)
            return f"{a}.ns.cloudflare.com;{b}.ns.cloudflare.com"
        if style == "aws":
            return ";".join(f"ns-{r.randint(1, 2047)}.awsdns-{r.randint(0, 63):02d}.{t}" for t in ("com", "net", "org", "co.uk"))
        if style == "godaddy":
            k = r.randint(1, 80)
            return f"ns{k:02d}.domaincontrol.com;ns{k + 1:02d}.domaincontrol.com"
        if style == "namecheap":
            return "dns1.registrar-servers.com;dns2.registrar-servers.com"
        if style == "google":
            return ";".join(f"ns-cloud-{r.choice('abcde')}{i}.googledomains.com" for i in range(1, 5))
        if style == "azure":
            k = r.randint(1, 9)
            return f"ns1-0{k}.azure-dns.com;ns2-0{k}.azure-dns.net;ns3-0{k}.azure-dns.org;ns4-0{k}.azure-dns.info"
        return ""

    def add_domain(self, domain, company, registered, registrant, ip, ns):
        self.domains.append({"domain": domain, "company": company, "registered_at": registered.isoformat() if registered else "",
                             "registrant_email": registrant, "ip": ip, "nameservers": ns})

    def web_ip(self):
        """Where a company website is hosted: shared platforms put thousands of sites on one address."""
        r = self.r
        kind = wchoice(r, [("vercel", 15), ("netlify", 8), ("squarespace", 10), ("wix", 6), ("cf", 25), ("aws", 20), ("gcp", 6), ("own", 10)])
        if kind == "vercel":
            return "76.76.21.21"
        if kind == "netlify":
            return "75.2.60.5"
        if kind == "squarespace":
            return r.choice(["198.185.159.144", "198.185.159.145", "198.49.23.144", "198.49.23.145"])
        if kind == "wix":
            return r.choice(["185.230.63.107", "185.230.63.171"])
        if kind == "cf":
            return f"104.21.{r.randint(0, 95)}.{r.randint(1, 254)}"
        if kind == "aws":
            return self.fresh_ip(D.HOSTING["aws"][2])
        if kind == "gcp":
            return self.fresh_ip(D.HOSTING["gcp"][2])
        return self.fresh_ip("38.96-127 154.51-51 64.125-125")

    def registrant(self, domain, company_owned_p=0.35):
        r = self.r
        x = r.random()
        if x < company_owned_p:
            return r.choice(["admin", "it", "hostmaster", "dns", "ops", "founders"]) + "@" + domain
        if x < company_owned_p + 0.5:
            return wchoice(r, [(f"{h(domain, 32)}@withheldforprivacy.com", 45), (f"contact@privacyguardian.org", 15),
                               (f"{h(domain, 10)}.proxy@whoisprivacyservice.org", 10), ("select request email form at https://domains.google.com/contactregistrant", 10),
                               (f"{domain}@domainsbyproxy.com", 20)])
        return ""

    class Client:
        pass

    def make_clients(self):
        r = self.r
        n = max(12, self.n // 45)
        for k in range(n):
            c = World.Client()
            c.id = f"CL{1000 + k}"
            c.name = self.company_name()
            c.cc = wchoice(r, [("US", 62), ("GB", 8), ("DE", 5), ("CA", 5), ("NL", 3), ("AU", 3), ("SG", 2), ("IL", 2), ("FR", 2),
                               ("ES", 2), ("IE", 2), ("JP", 1), ("KR", 1), ("IN", 1), ("BR", 1)])
            c.city = self.pick_city(c.cc, univ=False)
            c.domain = self.domain_for(c.name)
            c.weight = min(400.0, r.paretovariate(1.15))
            c.office = self.place(c.cc, c.city, kind="office", unit_p=0.0).with_unit(f"Ste {r.randint(1, 30) * 100}") if c.cc in ("US", "CA", "AU") else self.place(c.cc, c.city, kind="office")
            c.office_net = self.business_net(c.cc, c.city, n=r.randint(1, 4))
            c.office_site = self.site(c.office_net, c.name, kind="office")
            c.device_program = r.random() < (0.2 + min(0.35, c.weight / 50))
            c.office_policy = r.random() < 0.08
            c.corp_vpn = None
            if r.random() < 0.18:
                kind = wchoice(r, [("zscaler", 45), ("warp", 20), ("own", 35)])
                if kind == "zscaler":
                    c.corp_vpn = Net("corp", r.sample(self.zscaler, 6), label="Zscaler")
                elif kind == "warp":
                    c.corp_vpn = Net("corp", r.sample(self.warp, 4), label="WARP")
                else:
                    c.corp_vpn = Net("corp", [self.host_ipinfo(r.choice(["aws", "gcp"]), None, proxy="corp") for _ in range(r.randint(1, 3))], label="GlobalProtect")
            c.hr_recovery = f"{r.choice(['hr', 'people', 'peopleops', 'onboarding', 'it-admin'])}@{c.domain}" if r.random() < 0.07 else ""
            c.batch_signup = r.random() < 0.12
            c.headshots = self.seedint() if r.random() < 0.05 else None
            c.fake = False
            c.registered = date(r.randint(1998, 2023), r.randint(1, 12), r.randint(1, 28)) if r.random() < 0.93 else date(2024 + (r.random() < 0.3), r.randint(1, 10), r.randint(1, 28))
            self.add_domain(c.domain, c.name, c.registered, self.registrant(c.domain), self.web_ip(), self.nameservers())
            c.workers = []
            self.clients.append(c)

    def seedint(self):
        self.face_seq += 1
        return self.face_seq * 7 + self.seed * 1000003

    def pick_client(self, device=None, exclude_fake=True):
        r = self.r
        cs = [c for c in self.clients if not (exclude_fake and c.fake) and (device is None or c.device_program == device)]
        return wchoice(r, [(c, c.weight) for c in cs])

    class Agency:
        pass

    def make_agency(self, cc, fraud=False):
        r = self.r
        a = World.Agency()
        a.cc = cc
        a.city = self.pick_city(cc, univ=False)
        words = ["Soft", "Dev", "Code", "Tech", "Byte", "Logic", "Stack", "Pixel", "Cloud", "Bit"]
        a.name = f"{r.choice(D.COMPANY_WORDS_A)}{r.choice(words)} {r.choice(['Solutions', 'Labs', 'Studio', 'Software', 'Consulting', 'Technologies', 'Group'])}"
        a.name += " " + {"US": "LLC", "GB": "Ltd", "PL": "sp. z o.o.", "UA": "LLC", "IN": "Pvt. Ltd.", "AR": "S.R.L.", "BR": "Ltda.", "PH": "Inc.",
                         "RO": "SRL", "RS": "d.o.o.", "CO": "S.A.S.", "MX": "S.A. de C.V.", "PK": "(Pvt) Ltd", "VN": "JSC", "NG": "Ltd"}.get(cc, "Ltd")
        a.domain = self.domain_for(a.name, tld=".com" if r.random() < 0.7 else ".io")
        a.office = self.place(cc, a.city, kind="office", unit_p=0.2)
        if cc in ("US", "CA", "AU"):
            a.office = a.office.with_unit(f"Ste {r.randint(1, 9) * 100 + r.randint(0, 20)}")
        a.net = self.business_net(cc, a.city, n=r.randint(1, 3))
        a.site = self.site(a.net, a.name, kind="office")
        method, dest, rail = self.bank_dest(cc, neobank=r.random() < 0.3)
        a.dest = (method, dest, rail + "/business")
        a.recovery = f"{r.choice(['hr', 'accounts', 'admin', 'ops', 'payroll'])}@{a.domain}"
        a.phone = self.phone(cc, fmt="e164")[0]
        a.fraud = fraud
        a.registered = date(r.randint(2008, 2023), r.randint(1, 12), r.randint(1, 28)) if not fraud else date(2024 + (r.random() < 0.6), r.randint(1, 10), r.randint(1, 28))
        self.add_domain(a.domain, a.name, a.registered, self.registrant(a.domain, 0.4 if not fraud else 0.1), self.web_ip(),
                        self.nameservers("namecheap" if fraud and r.random() < 0.5 else None))
        a.clients = [self.pick_client() for _ in range(r.randint(1, 3))]
        return a

    class Cowork:
        pass

    COWORK_BRANDS = ["WeWork", "Regus", "Industrious", "Spaces", "Impact Hub", "Selina CoWork", "KoWork", "The Hive", "Mindspace", "Workshop Cafe"]

    def make_coworks(self):
        r = self.r
        self.coworks = []
        for k in range(max(4, self.n // 650)):
            cw = World.Cowork()
            cw.cc = wchoice(r, [("US", 45), ("GB", 8), ("PT", 6), ("ES", 5), ("MX", 5), ("CO", 5), ("ID", 4), ("PH", 5), ("IN", 6), ("DE", 4), ("AR", 4), ("PL", 3)])
            cw.city = self.pick_city(cw.cc, univ=False)
            cw.brand = r.choice(self.COWORK_BRANDS)
            cw.place = self.place(cw.cc, cw.city, kind="cowork", unit_p=0.0)
            cw.net = self.business_net(cw.cc, cw.city, n=r.randint(1, 2))
            cw.site = self.site(cw.net, cw.brand, kind="office")
            cw.site.ssid = f"{cw.brand.replace(' ', '')}-Members"
            self.coworks.append(cw)

    # mail-forwarding addresses used as a legal domicile by full-time travellers (and by fraudsters)
    def mailbox_places(self):
        if hasattr(self, "_mailboxes"):
            return self._mailboxes
        r = self.r
        mb = []
        for (cname, st, num, street, stype, z) in [("Livingston", "TX", 101, "Rainbow", ("Drive", "Dr"), "77399"),
                                                   ("Green Cove Springs", "FL", 411, "Walnut", ("Street", "St"), "32043"),
                                                   ("Sioux Falls", "SD", 5300, "Minnesota", ("Avenue", "Ave"), "57108"),
                                                   ("Sheridan", "WY", 30, "Main", ("Street", "St"), "82801"),
                                                   ("Dover", "DE", 8, "Green", ("Street", "St"), "19901")]:
            city = (cname, st, 0, 0, "America/Chicago", z, "")
            mb.append(Place("US", city, num, street, stype, None, z, kind="mailbox"))
        self._mailboxes = mb
        return mb

    # ================================================================== rows: the common path
    def start_date(self, lo=datetime(2019, 6, 1, tzinfo=UTC), hi=None):
        """Platform growth: more workers onboarded recently."""
        r = self.r
        hi = hi or EXPORT - timedelta(days=3)
        span = (hi - lo).total_seconds()
        x = 1 - math.sqrt(1 - r.random()) if r.random() < 0.35 else r.random() ** 0.55
        return lo + timedelta(seconds=span * x)

    def laptop(self, row, site, ship_text, os_=None, dev=None):
        r = self.r
        L = Laptop()
        L.os = os_ or ("mac" if r.random() < 0.45 else "win")
        L.device = self.device("laptop", os_=L.os)
        self.asset_seq += 1
        L.asset = f"PV-LT-{self.asset_seq:06d}"
        if L.os == "mac":
            L.serial = r.choice(["C02", "FVF", "G6T", "H4D", "K7Q"]) + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7 if r.random() < 0.5 else 9))
        else:
            L.serial = r.choice(["PF", "5CG", "R9", "MP"]) + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))
        L.model = r.choice(D.LAPTOP_MODELS["mac" if L.os == "mac" else "win"])
        L.site = site
        L.ship_to = ship_text
        L.ship_ts = (row.start or EXPORT) - timedelta(days=r.uniform(2, 12))
        base = D.BASE_PROCS[L.os]
        L.procs = r.sample(base, r.randint(7, 11))
        dev = (row.p.role in D.DEV_ROLES) if dev is None and row.p else dev
        if dev:
            L.procs += r.sample(D.DEV_PROCS[L.os], r.randint(2, 5))
        L.usb = [u for u in r.sample(D.USB_COMMON, r.randint(0, 4))]
        L.displays = ["Built-in Retina Display" if L.os == "mac" else "Built-in Display"] + r.sample(D.DISPLAYS, wchoice(r, [(0, 35), (1, 45), (2, 20)]))
        L.ports = (["5000/tcp", "7000/tcp"] if L.os == "mac" else ["135/tcp", "445/tcp", "5040/tcp"]) + (["3000/tcp", "5432/tcp", "8080/tcp"][: r.randint(0, 3)] if dev else [])
        L.remote = []
        cc = row.cc or "US"
        L.kb = [D.KEYBOARD.get(cc, "en-US")] + (row.p.kb if row.p else [])
        L.tz = row.p.tz if row.p else "America/New_York"
        if r.random() < 0.6:
            L.hostname = f"PV-{L.asset[-6:]}" if r.random() < 0.5 else f"{L.asset}"
        else:
            fn = slug(row.p.first.split(" ")[0]).capitalize() if row.p else "User"
            L.hostname = f"{fn}s-MacBook-Pro" if L.os == "mac" else f"DESKTOP-{h(L.asset, 7).upper()}"
        L.end = row.end
        row.laptops.append(L)
        return L

    def pay_profile(self, row, cc, employee):
        r = self.r
        lo, hi = D.PAY_USD.get(cc, (1500, 5000))
        usd = r.uniform(lo, hi)
        if employee and cc in D.CURRENCY and r.random() < 0.85:
            cur = D.CURRENCY[cc]
        else:
            cur = "USD" if r.random() < 0.85 else ("EUR" if cc in ("DE", "NL", "FR", "ES", "PT", "IE") else "USD")
        amt = usd * D.FX.get(cur, 1)
        cad = wchoice(r, [("monthly", 55), ("semimonthly", 30), ("biweekly", 15)]) if employee else wchoice(r, [("invoice", 60), ("monthly", 25), ("biweekly", 15)])
        row.pay = (cur, amt, cad)

    def default_dest(self, p, contractor=True):
        r = self.r
        if p.dest:
            return p.dest
        x = r.random()
        if contractor and x < 0.2 and p.cc not in ("US",):
            p.dest = self.wallet_dest(p.email, p.cc, phonenumbers.format_number(phonenumbers.parse(p.phone, p.cc), phonenumbers.PhoneNumberFormat.E164))
        elif contractor and x < 0.08:
            p.dest = self.wallet_dest(p.email, p.cc)
        else:
            p.dest = self.bank_dest(p.cc)
        return p.dest

    def worker_row(self, p, client, kind=None, start=None, end=None, addr_style=None, laptop_p=0.7):
        """An honest worker's row: the path every worker-like subject takes."""
        r = self.r
        kind = kind or ("employee" if r.random() < 0.33 else "contractor")
        row = Row(p, kind)
        row.client = client
        row.employer = client.name if client else ""
        row.start = start or self.start_date()
        row.created = row.start - timedelta(days=r.uniform(2, 35), seconds=r.randint(0, 86400))
        if end is None and r.random() < 0.16:
            end = rand_dt(r, row.start + timedelta(days=45), EXPORT)
        row.end = end or EXPORT
        style = addr_style if addr_style is not None else (0 if r.random() < 0.6 else r.randint(1, 9))
        row.address = p.place.text(style)
        row.cc = p.cc
        row.hours = (p.hours, p.tz)
        row.rate = r.uniform(1.2, 4.5)
        # sign-ins: home computer, phone at home, phone on the go
        d0 = p.devices[0]
        mob = [d for d in p.devices if d.kind == "mobile"]
        ses = [(5, p.home, d0)]
        if len(p.devices) > 2:
            ses.append((1.5, p.home, p.devices[1]))
        if mob:
            ses.append((2, p.home, mob[0]))
            if p.mobile:
                heavy = p.cc in ("IN", "PH", "NG", "KE", "PK", "ID", "EG", "VN")
                ses.append((4 if heavy else 1.2, p.mobile, mob[0]))
        if "u" in p.city[6] and p.city[0] in self.campus:
            ses.append((2.5, self.campus_net(p.city[0]), mob[0] if mob else d0))
            row.tok("university_cgnat")
        if client and client.corp_vpn and r.random() < 0.7:
            ses.append((3, client.corp_vpn, d0))
            row.tok("corp_vpn")
        row.sessions = [(row.start - timedelta(days=60), ses)]
        # pay
        self.pay_profile(row, p.cc, kind == "employee")
        method, dest, rail = self.default_dest(p, kind != "employee")
        row.payouts = [(row.start - timedelta(days=60), method, dest, rail)]
        if method == "wallet":
            row.tok("ewallet_payout")
        elif any(dest.startswith(n[0]) for n in D.US_NEOBANKS) or "Wise" in rail or "Revolut" in rail or rail == "FPS" and dest[4:8] in ("TRWI", "MONZ", "REVO", "SRLG"):
            row.tok("neobank_payout")
        # company laptop
        if client and client.device_program and r.random() < laptop_p:
            L = self.laptop(row, p.site, p.place.text(style if r.random() < 0.7 else r.randint(0, 9)))
            ses.append((6, p.home, L.device))
        # contact extras
        if r.random() < 0.38:
            p.alt_email = p.alt_email or self.email(p.first, p.last, p.cc)
            row.rec_email = p.alt_email
        if r.random() < 0.3:
            row.rec_phone = p.phone if r.random() < 0.5 else self.phone(p.cc)[0]
            row.rec_phone_type = "mobile" if r.random() < 0.85 else ""
        if p.cc in ("US", "CA") or r.random() < 0.45:
            row.phone_type = p.phone_type if r.random() < 0.9 else ""
        else:
            row.phone_type = ""
        row.signup_ip = p.home.ips[0][0] if r.random() < 0.8 else (p.mobile.pick(r)[0] if p.mobile else "")
        # media
        self.assign_photo(row, p, client)
        self.assign_resume(row, p)
        if p.profiles == "":
            p.profiles = self.profiles_for(p)
        row.profiles = p.profiles
        # extras
        row.x = {"payvia_client_id": client.id if client else "", "payvia_worker_type": "eor_employee" if kind == "employee" else kind,
                 "payvia_job_title": r.choice(D.ROLES[p.role][2]), "payvia_id_doc": p.nid_type,
                 "payvia_kyc": "verified" if r.random() < 0.96 else wchoice(r, [("manual_review", 60), ("pending", 40)]),
                 "payvia_tax_form": ("W-9" if p.cc == "US" else "W-8BEN") if kind == "contractor" else "", "payvia_agency": "",
                 "payvia_status": "active" if row.end >= EXPORT else "offboarded",
                 "payvia_start": row.start.date().isoformat(), "payvia_end": row.end.date().isoformat() if row.end < EXPORT else ""}
        if client:
            client.workers.append(row)
        self.rows.append(row)
        return row

    def assign_photo(self, row, p, client=None):
        r = self.r
        if p.photo is not None:
            row.photo = p.photo
            return
        x = r.random()
        if x < 0.42:
            bd = client.headshots if client is not None and getattr(client, "headshots", None) and r.random() < 0.8 else None
            if bd:
                row.tok("headshot_day")
            p.photo = ("face", self.seedint(), None, 0, bd)
        elif x < 0.50:
            p.photo = ("default", 0, True)
            row.tok("default_avatar")
        elif x < 0.53:
            p.photo = ("default", 1, False)
            row.tok("default_avatar")
        else:
            p.photo = ("none",)
        row.photo = p.photo

    def assign_resume(self, row, p, p_have=0.58):
        r = self.r
        if p.resume is not None:
            row.resume = p.resume
            return
        if r.random() > p_have:
            p.resume = ("none",)
            row.resume = p.resume
            return
        s = self.resume_struct(p)
        if p.dob.year >= 1997 and r.random() < 0.2:
            # a university career centre's rewrite: the same summary for every graduate it coached
            univ = s["edu"][1]
            field = {"dev": "computer science", "support": "customer operations", "biz": "business"}.get(
                "dev" if p.role in D.DEV_ROLES else "support" if p.role in ("support", "va", "itadmin") else "biz")
            s["boiler"] = (f"Motivated and detail-oriented graduate of {univ} with a strong foundation in {field}. "
                           "Proven ability to learn quickly, collaborate across teams and deliver results in fast-paced, "
                           "remote environments. Eager to contribute technical and communication skills to a growing organization.")
            row.tok("career_service_resume")
        style = wchoice(r, [(0, 30), (1, 14), (2, 10), (3, 12), (4, 8), (5, 8), (6, 4 if p.cc in ("IN", "PK", "NG") else 0.5)])
        if style in (1, 2, 3, 6):
            row.tok("resume_template")
        fmt = wchoice(r, [("inline", 62), ("txt", 10), ("pdf", 16), ("docx", 9), ("md", 3)])
        p.resume = ("cv", s, style, fmt)
        row.resume = p.resume

    # ================================================================== honest structures
    def honest_plain(self, **kw):
        p = self.person(**kw)
        row = self.worker_row(p, self.pick_client())
        row.tok("honest_worker")
        return row

    def honest_household(self):
        r = self.r
        a = self.person(cc=wchoice(r, [("US", 45), ("GB", 8), ("CA", 8), ("IN", 6), ("PH", 6), ("UA", 4), ("PL", 4), ("BR", 5), ("MX", 5), ("AR", 3), ("DE", 3), ("NG", 3)]))
        size = 2 if r.random() < 0.82 else 3
        members = [a]
        joint = r.random() < 0.45
        fam_phone = r.random() < 0.18
        fam_pc = r.random() < 0.22
        if fam_phone:
            a.phone, _ = self.phone(a.cc, "landline" if a.cc in ("US", "CA") and r.random() < 0.6 else "mobile")
            a.phone_type = "landline" if a.cc in ("US", "CA") else "mobile"
        for k in range(size - 1):
            b = self.person(cc=a.cc, city=a.city, culture=a.culture if r.random() < 0.85 else None,
                            gender=("f" if a.gender == "m" else "m") if k == 0 else None, age=None if k == 0 else r.randint(20, 27))
            if r.random() < 0.72:
                b.last = a.last
                b.email = self.email(b.first, b.last, b.cc)
            b.place = a.place
            b.home, b.site = a.home, a.site
            b.mobile = a.mobile if r.random() < 0.5 else b.mobile
            b.tz = a.tz
            if fam_phone:
                b.phone, b.phone_type = a.phone, a.phone_type
            if joint and k == 0:
                b.dest = self.default_dest(a)
            if fam_pc:
                b.devices[0] = a.devices[0]
            members.append(b)
        rows = []
        same_client = self.pick_client() if r.random() < 0.15 else None
        for i, m in enumerate(members):
            row = self.worker_row(m, same_client or self.pick_client())
            row.tok("honest_household", "shared_home")
            if joint and i < 2:
                row.tok("joint_account")
            if fam_phone:
                row.tok("family_phone")
            if fam_pc:
                row.tok("family_computer")
            rows.append(row)
        if r.random() < 0.35:
            rows[1].rec_email = members[0].email
            rows[1].tok("recovery_spouse")
        if r.random() < 0.25:
            rows[0].rec_phone = members[1].phone
            rows[0].rec_phone_type = "mobile"
            rows[0].tok("recovery_spouse")
        elif r.random() < 0.3:
            # one family member's phone is everyone's recovery number
            for row in rows:
                row.rec_phone, row.rec_phone_type = members[0].phone, members[0].phone_type
                row.tok("family_recovery_phone")
        return rows

    def honest_agency(self, size):
        r = self.r
        cc = wchoice(r, [("UA", 18), ("PL", 14), ("IN", 16), ("AR", 8), ("PH", 8), ("RO", 6), ("RS", 5), ("BR", 6), ("CO", 5), ("MX", 4), ("US", 6), ("PK", 5), ("VN", 4), ("NG", 3)])
        ag = self.make_agency(cc)
        rows = []
        for _ in range(size):
            p = self.person(cc=cc, city=ag.city if r.random() < 0.75 else None, role=r.choice(D.DEV_ROLES + ["design", "qa", "pm"]))
            at_office = r.random() < 0.3
            if r.random() < 0.88:
                p.dest = ag.dest
            row = self.worker_row(p, r.choice(ag.clients), kind="contractor")
            row.tok("honest_agency")
            row.x["payvia_agency"] = ag.name
            if p.dest is ag.dest:
                row.tok("agency_payout")
            if at_office:
                row.address = ag.office.text(r.randint(0, 9))
                row.tok("agency_office")
            if r.random() < 0.55:
                row.sessions[0][1].append((5, ag.net, p.devices[0]))
                row.tok("agency_network")
            if r.random() < 0.5:
                row.rec_email = ag.recovery
                row.tok("agency_recovery")
            if r.random() < 0.25:
                row.rec_phone, row.rec_phone_type = ag.phone, "landline" if r.random() < 0.5 else ""
                row.tok("agency_recovery")
            if row.laptops and r.random() < 0.6:
                L = row.laptops[0]
                L.site = ag.site
                L.ship_to = ag.office.text(r.randint(0, 9))
                row.sessions[0][1].append((5, ag.net, L.device))
                row.tok("shipped_to_agency")
            if r.random() < 0.3:
                row.signup_ip = ag.net.ips[0][0]
            rows.append(row)
        return rows

    def honest_cowork(self):
        r = self.r
        cw = r.choice(self.coworks)
        p = self.person(cc=cw.cc, city=cw.city)
        row = self.worker_row(p, self.pick_client())
        row.tok("honest_coworking")
        if r.random() < 0.45:
            unit = f"Ste {r.randint(1, 12) * 100}" if cw.cc == "US" else None
            pl = cw.place.with_unit(unit) if unit else cw.place
            row.address = pl.text(r.randint(0, 9))
            row.tok("cowork_address")
        row.sessions[0][1].append((6, cw.net, p.devices[0]))
        for L in row.laptops:
            row.sessions[0][1].append((4, cw.net, L.device))
        row.tok("cowork_network")
        return [row]

    def honest_rehire(self, concurrent=False):
        r = self.r
        p = self.person()
        c1 = self.pick_client()
        if concurrent:
            s1 = self.start_date(hi=EXPORT - timedelta(days=120))
            a = self.worker_row(p, c1, kind="contractor", start=s1, end=EXPORT)
            c2 = self.pick_client()
            s2 = rand_dt(r, s1, EXPORT - timedelta(days=20))
            b = self.worker_row(p, c2, kind="contractor", start=s2, end=None if r.random() < 0.3 else EXPORT)
            a.tok("honest_two_clients")
            b.tok("honest_two_clients")
        else:
            s1 = self.start_date(hi=EXPORT - timedelta(days=300))
            e1 = rand_dt(r, s1 + timedelta(days=60), min(EXPORT - timedelta(days=120), s1 + timedelta(days=700)))
            a = self.worker_row(p, c1, start=s1, end=e1)
            if r.random() < 0.3:
                p.email = self.email(p.first, p.last, p.cc)
            if r.random() < 0.15:
                p.phone, _ = self.phone(p.cc)
            if r.random() < 0.3:
                p.dest = None
            if r.random() < 0.3:
                p.place = self.place(p.cc, p.city)
            if r.random() < 0.3:
                p.photo = ("face", p.photo[1], "recompress", self.seedint(), p.photo[4]) if p.photo[0] == "face" else p.photo
            b = self.worker_row(p, c1 if r.random() < 0.4 else self.pick_client(), start=rand_dt(r, e1 + timedelta(days=30), EXPORT - timedelta(days=10)))
            a.tok("honest_rehire")
            b.tok("honest_rehire")
        return [a, b]

    def honest_name_change(self):
        r = self.r
        p = self.person(gender="f")
        two = r.random() < 0.5
        maiden = p.last
        if two:
            s1 = self.start_date(hi=EXPORT - timedelta(days=300))
            e1 = rand_dt(r, s1 + timedelta(days=90), EXPORT - timedelta(days=100))
            a = self.worker_row(p, self.pick_client(), start=s1, end=e1)
            p.last = self.names(p.culture, "m")[1]
            if r.random() < 0.6:
                p.email = self.email(p.first, p.last, p.cc)
            p.photo = ("face", p.photo[1], "color", self.seedint(), None) if p.photo[0] == "face" else p.photo
            b = self.worker_row(p, self.pick_client(), start=rand_dt(r, e1 + timedelta(days=20), EXPORT - timedelta(days=5)))
            b.full_name = f"{p.first} {p.last}"
            out = [a, b]
        else:
            married = self.names(p.culture, "m")[1]
            row = self.worker_row(p, self.pick_client())
            row.full_name = f"{p.first} {married}" if r.random() < 0.6 else f"{p.first} {maiden}-{married}"
            out = [row]
        for x in out:
            x.tok("honest_name_change")
        return out

    def honest_migrant(self):
        r = self.r
        home = wchoice(r, [("IN", 20), ("PH", 12), ("MX", 12), ("UA", 10), ("NG", 8), ("PK", 6), ("BR", 8), ("VN", 5), ("CO", 5), ("KR", 3), ("CN", 4), ("PL", 4), ("RO", 3)])
        live = wchoice(r, [("US", 40), ("GB", 12), ("CA", 14), ("DE", 10), ("AU", 6), ("ES", 5), ("PL", 5 if home == "UA" else 0.5), ("NL", 4), ("PT", 4 if home == "BR" else 1), ("IE", 2)])
        cult = wchoice(r, D.CULTURE_MIX[home])
        p = self.person(cc=live, culture=cult)
        p.kb = [D.CULTURE_KEYBOARD.get(cult, "en-US")] if cult in D.CULTURE_KEYBOARD and r.random() < 0.6 else p.kb
        toks = ["honest_migrant"]
        if r.random() < 0.65:
            p.dest = self.bank_dest(home) if r.random() < 0.8 else self.wallet_dest(p.email, home)
            toks.append("home_country_bank")
        if r.random() < 0.35:
            p.phone, _ = self.phone(home, fmt="e164")
            p.phone_type = "mobile"
            toks.append("home_country_phone")
        row = self.worker_row(p, self.pick_client())
        if r.random() < 0.25:
            row.sessions[0][1].append((1.5, self.vpn_net(home), p.devices[0]))
            toks.append("vpn_home")
        row.tok(*toks)
        return [row]

    def honest_expat(self):
        r = self.r
        origin = wchoice(r, [("US", 60), ("GB", 15), ("CA", 10), ("DE", 5), ("AU", 5), ("KR", 2), ("JP", 2)])
        live = wchoice(r, [("PT", 18), ("MX", 18), ("ES", 12), ("CO", 10), ("ID", 8), ("AR", 6), ("DE", 4), ("NL", 4), ("PH", 6), ("VN", 5), ("JP", 4), ("KR", 3)])
        cult = wchoice(r, D.CULTURE_MIX[origin])
        p = self.person(cc=live, culture=cult)
        p.kb = [D.KEYBOARD[origin]]
        p.dest = self.bank_dest(origin)
        p.phone, _ = self.phone(origin, fmt="e164")
        p.phone_type = "mobile" if r.random() < 0.7 else "nonFixedVoip"   # many keep a Google Voice number
        row = self.worker_row(p, self.pick_client())
        row.sessions[0][1].append((5, self.vpn_net(origin), p.devices[0]))
        row.tok("honest_expat", "vpn_home", "foreign_bank", "foreign_phone")
        if p.phone_type != "mobile":
            row.tok("voip_phone")
        return [row]

    def honest_moved(self, country=False):
        r = self.r
        p = self.person()
        s = self.start_date(hi=EXPORT - timedelta(days=200))
        row = self.worker_row(p, self.pick_client(), start=s, end=EXPORT)
        t = rand_dt(r, max(s, LOGIN_FROM) + timedelta(days=30), EXPORT - timedelta(days=30))
        if country:
            ncc = wchoice(r, [("US", 20), ("CA", 10), ("GB", 10), ("DE", 8), ("PT", 10), ("ES", 8), ("PL", 8), ("NL", 6), ("AU", 5), ("MX", 5)])
            ncity = self.pick_city(ncc)
            row.tok("honest_moved", "moved_country")
        else:
            ncc = p.cc
            ncity = p.city if r.random() < 0.6 else self.pick_city(p.cc)
            row.tok("honest_moved", "moved_house")
        newplace = self.place(ncc, ncity)
        newhome = self.home_net(ncc, ncity)
        newsite = self.site(newhome, p.last, tz=ncity[4])
        row.address = newplace.text(0 if r.random() < 0.6 else r.randint(1, 9))
        if ncc != row.cc:
            # a number typed in the old country's national format is stored in E.164 once the country changes
            row.phone = phonenumbers.format_number(phonenumbers.parse(row.phone, row.cc), phonenumbers.PhoneNumberFormat.E164)
        row.cc = ncc
        mob = [d for d in p.devices if d.kind == "mobile"]
        ses2 = [(5, newhome, p.devices[0])]
        if mob:
            ses2.append((2, newhome, mob[0]))
            mnet = self.mobile_net(ncc) if ncc != p.cc else p.mobile
            if mnet:
                ses2.append((1.5, mnet, mob[0]))
        for L in row.laptops:
            ses2.append((6, newhome, L.device))
            L.moves.append((t, newsite))
            if country:
                L.tz = ncity[4]
        row.sessions.append((t, ses2))
        if country:
            row.tz_moves.append((t, ncity[4]))
            if r.random() < 0.6:
                m, dst, rail = self.bank_dest(ncc)
                row.payouts.append((t + timedelta(days=r.uniform(10, 90)), m, dst, rail))
        elif r.random() < 0.1:
            m, dst, rail = self.bank_dest(ncc)
            row.payouts.append((t + timedelta(days=r.uniform(5, 60)), m, dst, rail))
        return [row]

    def it_admin_laptop(self, row, L, heavy=True):
        r = self.r
        tools = r.sample(["anydesk", "teamviewer", "screenconnect", "vnc", "crd", "splashtop", "rustdesk"], r.randint(1, 3))
        for t in tools:
            L.procs.append(D.REMOTE_TOOLS[t]["mac" if L.os == "mac" else "win"])
            if D.REMOTE_TOOLS[t]["port"]:
                L.ports.append(D.REMOTE_TOOLS[t]["port"])
        if L.os != "mac" and r.random() < 0.6:
            L.ports.append("3389/tcp")
        if heavy:
            L.procs += r.sample(["mstsc.exe", "putty.exe", "WinSCP.exe", "mRemoteNG.exe", "powershell.exe", "ssh"], 2)
        # inbound sessions: colleagues' jump hosts and the admin's own desktop, minutes to hours
        for _ in range(r.randint(1, 4)):
            host = f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(2, 250)}" if r.random() < 0.7 else f"{L.site.lan}.{r.randint(2, 250)}"
            L.remote.append((host, r.uniform(0.02, 0.6)))
        if r.random() < 0.3:
            v = r.choice(D.USB_DESK_KVM)
            L.usb.append(v)
            row.tok("desk_kvm")
        return tools

    def honest_it_admin(self, staff_client=None):
        r = self.r
        p = self.person(role="itadmin")
        c = staff_client or self.pick_client(device=True)
        row = self.worker_row(p, c, laptop_p=1.0)
        row.tok("honest_it_admin", "remote_tools")
        for L in row.laptops:
            self.it_admin_laptop(row, L)
            row.sessions[0][1].append((3, c.office_net, L.device))
        if r.random() < 0.3:
            row.sessions[0][1].append((1, self.hosting_net("aws"), p.devices[0]))
            row.tok("cloud_ip")
        return [row]

    def honest_applicant(self):
        r = self.r
        p = self.person()
        c = self.pick_client()
        row = self.worker_row(p, c, start=rand_dt(r, EXPORT - timedelta(days=50), EXPORT - timedelta(days=1)), laptop_p=0.3)
        row.kind = "applicant"
        row.created = row.start - timedelta(days=r.uniform(0, 10))
        row.start = row.created
        row.rate = r.uniform(2, 8)
        row.pay = None
        if r.random() < 0.55:
            row.nid = ""
            row.x["payvia_kyc"] = "pending"
        row.x["payvia_status"] = "onboarding"
        row.x["payvia_start"] = ""
        row.tok("honest_applicant")
        return [row]

    def honest_nomad(self):
        r = self.r
        p = self.person(cc="US", culture="anglo" if r.random() < 0.8 else None)
        mb = r.choice(self.mailbox_places())
        p.place = mb.with_unit(f"#{r.randint(1000, 99999)}" if r.random() < 0.5 else f"PMB {r.randint(100, 9999)}")
        row = self.worker_row(p, self.pick_client(), kind="contractor")
        row.tok("honest_nomad", "mailbox_address", "travel_logins")
        t = max(row.start, LOGIN_FROM)
        for k in range(r.randint(2, 5)):
            cc = r.choice(["MX", "PT", "ES", "CO", "ID", "TH", "VN", "AR", "JP", "DE", "GB"])
            city = self.city_of(cc)
            hn = self.home_net(cc, city)  # hotels, short-term rentals
            t = t + timedelta(days=r.uniform(30, 90))
            if t > EXPORT:
                break
            row.sessions.append((t, [(5, hn, p.devices[0]), (2, self.vpn_net("US"), p.devices[0])] + [(2, hn, d) for d in p.devices if d.kind == "mobile"]))
        if r.random() < 0.4:
            row.tok("vpn_privacy")
        return [row]

    def honest_staff(self, offices):
        r = self.r
        off = wchoice(r, [(o, o["w"]) for o in offices])
        p = self.person(cc=off["cc"], city=off["city"], role=wchoice(r, [("support", 35), ("itadmin", 8), ("finance", 10), ("hr", 6), ("backend", 12), ("frontend", 8), ("pm", 6), ("sales", 8), ("data", 7)]))
        row = self.worker_row(p, self.payvia, kind="employee", laptop_p=1.0)
        row.tok("honest_staff")
        row.email = self.email(p.first, p.last, p.cc, domain="payvia.com", style=0)
        for L in row.laptops:
            row.sessions[0][1].append((8, off["net"], L.device))
            if p.role == "itadmin":
                self.it_admin_laptop(row, L)
                row.tok("honest_it_admin", "remote_tools")
        row.rate = r.uniform(8, 25)
        if r.random() < 0.3:
            row.signup_ip = off["net"].ips[0][0]
        return [row]

    def client_account(self, c, fake=False):
        r = self.r
        p = self.person(cc=c.cc, city=c.city, role=wchoice(r, [("hr", 40), ("pm", 25), ("finance", 20), ("itadmin", 5), ("sales", 10)]))
        row = Row(p, "account")
        row.client = c
        row.employer = c.name
        row.email = self.email(p.first, p.last, c.cc, domain=c.domain, style=r.choice([0, 0, 0, 2, 1]))
        row.start = self.start_date(lo=datetime(2020, 1, 1, tzinfo=UTC))
        row.created = row.start
        row.address = c.office.text(r.randint(0, 9)) if r.random() < 0.55 else ""
        row.hours = ("day", p.tz)
        row.rate = r.uniform(4, 12)
        mob = [d for d in p.devices if d.kind == "mobile"]
        ses = [(5, c.office_net, p.devices[0]), (3, p.home, p.devices[0])] + ([(1.5, p.mobile, mob[0])] if mob and p.mobile else [])
        if c.corp_vpn:
            ses.append((3, c.corp_vpn, p.devices[0]))
        row.sessions = [(row.start - timedelta(days=30), ses)]
        row.phone_type = p.phone_type if p.cc in ("US", "CA") else ""
        row.signup_ip = c.office_net.ips[0][0] if r.random() < 0.7 else p.home.ips[0][0]
        if r.random() < 0.3:
            row.rec_email = self.email(p.first, p.last, p.cc)
        if r.random() < 0.35:
            row.rec_phone = p.phone
            row.rec_phone_type = row.phone_type
        self.assign_photo(row, p)
        row.profiles = self.profiles_for(p, dev=False, linkedin_p=0.7)
        row.resume = ("none",)
        row.x = {"payvia_client_id": c.id, "payvia_worker_type": r.choice(["client_admin", "hiring_manager", "billing_admin"]), "payvia_job_title": r.choice(D.ROLES[p.role][2]),
                 "payvia_id_doc": "", "payvia_kyc": "", "payvia_tax_form": "", "payvia_agency": "", "payvia_status": "active", "payvia_start": "", "payvia_end": ""}
        row.nid = ""
        row.birth = ""
        row.tok("honest_client_admin")
        self.rows.append(row)
        return row

    # ================================================================== fraud
    class Op:
        pass

    class Cell:
        pass

    def slip_net(self):
        r = self.r
        where = wchoice(r, [("CN", 62), ("RU", 20), ("KP", 5), ("LA", 5), ("AE", 4), ("HK", 4)])
        if where == "KP":
            return Net("slip", [self.host_ipinfo("kp", ("KP", "Pyongyang"), proxy=None)])
        if where == "CN":
            city = r.choice(D.CN_EXTRA)
            isp = D.HOME_ISPS["CN"][1]
            return Net("slip", [self.ipinfo(self.fresh_ip(isp[2]), isp[0], isp[1], "CN", city) for _ in range(r.randint(1, 3))])
        city = self.city_of(where)
        isp = D.HOME_ISPS[where][0]
        return Net("slip", [self.ipinfo(self.fresh_ip(isp[2]), isp[0], isp[1], where, city) for _ in range(r.randint(1, 2))])

    def operator(self, vpn=None):
        r = self.r
        op = World.Op()
        op.hours = wchoice(r, [("kst", 48), ("cn", 14), ("us_mimic", 38)])
        op.tz = {"kst": "Asia/Pyongyang", "cn": "Asia/Shanghai"}.get(op.hours)
        op.vpn = vpn or wchoice(r, [("astrill", 42), ("commercial", 18), ("resproxy", 24), ("vps", 16)])
        op.devices = [self.device("desktop", os_=wchoice(r, [("win", 80), ("mac", 10), ("linux", 10)])) for _ in range(r.randint(1, 3))]
        op.dedicated = self.resproxy_net(n=r.randint(3, 10)) if op.vpn == "resproxy" else self.hosting_net(n=r.randint(1, 3))
        op.slip = self.slip_net()
        op.email_style = r.randint(0, 9)
        op.email_domain = wchoice(r, [("gmail.com", 55), ("outlook.com", 25), ("proton.me", 8), ("hotmail.com", 7), ("yahoo.com", 5)])
        op.role = wchoice(r, D.FRAUD_ROLES)
        rp = self.person(cc="US", role=op.role)
        op.resume_base = self.resume_struct(rp, op.role, years=r.randint(6, 12), fancy=True)
        op.remote = r.sample(["anydesk", "crd", "rustdesk", "teamviewer", "splashtop", "vnc"], r.randint(1, 2))
        op.vps_remote = [x[0] for x in self.hosting_net(n=2).ips]
        return op

    def persona_net(self, op):
        """The network a persona's portal sign-ins come through (not shared on purpose)."""
        r = self.r
        if op.vpn == "astrill":
            return self.astrill_net(n=r.randint(3, 6), prefer=("US",) if r.random() < 0.75 else None)
        if op.vpn == "commercial":
            return self.vpn_net("US", n=r.randint(2, 5))
        if op.vpn == "resproxy":
            return self.resproxy_net(n=r.randint(2, 6))
        return self.hosting_net(n=1)

    def group_plan(self, n, careful=False):
        r = self.r
        idx = list(range(n))
        mode = wchoice(r, [("all", 75), ("split", 25)]) if careful else wchoice(r, [("all", 55), ("split", 25), ("subset", 20)])
        if n < 4 and mode == "split":
            mode = "all"
        if mode == "all" or n < 3:
            return [0] * n
        if mode == "split":
            k = 2 if n < 7 else r.randint(2, 3)
            r.shuffle(idx)
            g = [None] * n
            for j, i in enumerate(idx):
                g[i] = j % k
            return g
        m = r.randint(2, max(2, n - 1))
        pick = r.sample(idx, m)
        return [0 if i in pick else None for i in idx]

    EVIDENCE = [("payout", 20), ("recovery_email", 14), ("recovery_phone", 9), ("ship", 14), ("address", 7), ("photo", 10),
                ("resume", 12), ("device", 14), ("login_ip", 16), ("profile", 5), ("phone", 4)]
    EV_TOKEN = {"payout": "shared_payout", "recovery_email": "shared_recovery_email", "recovery_phone": "shared_recovery_phone",
                "ship": "shared_ship_address", "address": "shared_address", "photo": "shared_photo", "resume": "shared_resume",
                "device": "shared_device", "login_ip": "shared_login_ip", "profile": "shared_profile", "phone": "shared_phone"}

    def new_cell(self, ops, n, ev, careful=False, primary="ring_overt"):
        c = World.Cell()
        c.ops, c.n, c.primary = ops, n, primary
        c.plan = {e: self.group_plan(n, careful) for e in ev}
        c.vals = {}
        c.fac = None
        c.farm_site = None
        c.kvm = None
        c.agency = None
        c.rows = []
        c.sites = {}
        return c

    def facilitator(self, cc="US"):
        """A US facilitator's household: where laptops are shipped and hosted (DoJ: Chapman, Knoot, Wang, the 2025 farms)."""
        r = self.r
        f = self.person(cc=cc, city=self.pick_city(cc, univ=False), age=r.randint(28, 62))
        f.dest = self.bank_dest(cc, neobank=r.random() < 0.3)
        f.site.kvm = r.choice(D.USB_IP_KVM) if r.random() < 0.55 else None
        return f

    def shared_value(self, cell, e, i, op):
        g = cell.plan.get(e, [None] * cell.n)[i] if e in cell.plan else None
        if g is None:
            return None
        key = (e, g)
        if key in cell.vals:
            return cell.vals[key]
        r = self.r
        if e == "payout":
            x = r.random()
            if cell.fac is not None and x < 0.5:
                v = cell.fac.dest
            elif x < 0.55:
                v = self.bank_dest("US", neobank=r.random() < 0.5)
            elif x < 0.75:
                fn, ln = self.names("anglo", r.choice("mf"))
                v = ("wallet", f"payoneer:{self.email(fn, ln, 'US', domain=op.email_domain)}", "Payoneer")
            elif x < 0.9:
                v = self.crypto_dest()
            else:
                v = ("bank", f"{r.choice(D.LOCAL_BANKS['CN'])} 6222{''.join(str(r.randint(0, 9)) for _ in range(15))}", "SWIFT")
        elif e == "recovery_email":
            fn, ln = self.names("anglo", r.choice("mf"))
            v = self.email(fn, ln, "US", domain=wchoice(r, [("gmail.com", 50), ("outlook.com", 25), ("proton.me", 15), ("hotmail.com", 10)]), style=r.choice([3, 4, 7, 9]))
        elif e in ("recovery_phone", "phone"):
            v = self.phone("US", fmt="e164")[0]
        elif e in ("ship", "address"):
            if cell.fac is not None and (e == "ship" or r.random() < 0.5):
                v = cell.fac.place
                cell.sites[key] = cell.farm_site
            elif r.random() < 0.25:
                v = r.choice(self.mailbox_places()).with_unit(f"PMB {r.randint(100, 9999)}")
                cell.sites[key] = self.facilitator().site   # a reshipper collects from the mailbox
            else:
                f = self.facilitator()
                v = f.place
                cell.sites[key] = f.site
        elif e == "photo":
            v = self.seedint()
        elif e == "resume":
            v = op.resume_base if g == 0 else self.resume_struct(self.person(cc="US", role=op.role), op.role, years=r.randint(6, 12), fancy=True)
        elif e == "device":
            v = op.devices[g % len(op.devices)]
        elif e == "login_ip":
            v = op.dedicated if g == 0 else (self.resproxy_net(n=r.randint(2, 6)) if op.vpn == "resproxy" else self.hosting_net(n=r.randint(1, 2)))
        elif e == "profile":
            fn, ln = self.names("anglo", r.choice("mf"))
            hd = f"{slug(fn)}{slug(ln)}{r.choice(['', 'dev', '-dev', str(r.randint(1, 99))])}"
            v = r.choice([f"https://github.com/{hd}", f"https://{hd}.vercel.app", f"https://{hd}.netlify.app"])
        cell.vals[key] = v
        return v

    def persona_person(self, op, cc, victim=None, role=None):
        r = self.r
        p = Person()
        p.cc = cc
        if victim is not None:
            p.city, p.culture, p.gender, p.first, p.last, p.dob, p.nid, p.nid_type = (victim.city, victim.culture, victim.gender, victim.first,
                                                                                       victim.last, victim.dob, victim.nid, victim.nid_type)
            p.place = victim.place
        else:
            p.city = self.pick_city(cc, univ=False)
            p.culture = wchoice(r, D.CULTURE_MIX.get(cc, [("anglo", 1)]))
            if p.culture == "kr" and cc in ("US", "CA", "AU"):
                p.culture = "kr_us"
            p.gender = "m" if r.random() < 0.85 else "f"
            p.first, p.last = self.names(p.culture, p.gender)
            p.dob = date(EXPORT.year - r.randint(26, 42), r.randint(1, 12), r.randint(1, 28))
            p.nid, p.nid_type = self.nid(cc)
            p.place = self.place(cc, p.city)
        if cc in ("US", "CA"):
            voip = r.random() < 0.6
            p.phone, _ = self.phone(cc)
            p.phone_type = wchoice(r, [("voip", 40), ("nonFixedVoip", 45), ("VOIP", 15)]) if voip else "mobile"
        else:
            p.phone, _ = self.phone(cc)
            p.phone_type = "mobile"
        p.email = self.email(p.first, p.last, "US", domain=op.email_domain if r.random() < 0.7 else None,
                             style=op.email_style if r.random() < 0.6 else None, year=r.randint(1985, 2001))
        p.alt_email = ""
        p.home = self.persona_net(op)
        p.mobile = None
        p.devices = [self.device("desktop", os_="win" if r.random() < 0.8 else "mac")]
        if r.random() < 0.2:
            p.devices.append(self.device("mobile"))
        p.dest = None
        p.site = None
        p.tz = p.city[4]
        p.photo = None
        p.resume = None
        p.profiles = ""
        p.role = role or op.role
        p.handle = None
        p.hours = "day"
        p.kb = []
        return p

    def fraud_laptop_setup(self, row, L, op, site, kvm=None, remote_p=0.85):
        r = self.r
        L.site = site
        L.tz = site.tz or L.tz
        L.kb = ["en-US"] + (["ko-KR"] if r.random() < 0.05 else ["zh-CN"] if r.random() < 0.03 else [])
        toks = []
        if r.random() < remote_p:
            for t in op.remote:
                L.procs.append(D.REMOTE_TOOLS[t]["mac" if L.os == "mac" else "win"])
                if D.REMOTE_TOOLS[t]["port"]:
                    L.ports.append(D.REMOTE_TOOLS[t]["port"])
            toks.append("remote_tools")
            if r.random() < 0.5:
                # operator sessions into the laptop from its VPS, open for days
                for host in op.vps_remote[: r.randint(1, 2)]:
                    L.remote.append((host, r.uniform(1.5, 20)))
                toks.append("long_remote_session")
        if kvm:
            vid, pid, prod, edid = kvm
            L.usb.append((vid, pid, prod))
            if r.random() < 0.8:
                L.displays.append(edid if r.random() < 0.7 else "HDMI Capture")
            toks.append("ip_kvm")
        row.tok(*toks)

    def make_persona(self, cell, i, op, client, cc="US", victim=None, role=None, kind=None, farm=None, ship_place=None, site=None,
                     start=None, laptop_p=0.92):
        """One persona of an operator, wired to what its cell shares."""
        r = self.r
        stolen = victim is not None
        p = self.persona_person(op, cc, victim, role)
        sv = lambda e: self.shared_value(cell, e, i, op)
        toks = []
        # claimed address
        a = sv("address")
        if a is not None:
            unit = a.unit
            if a.cc == "US" and r.random() < 0.5:
                unit = wchoice(r, [(str(r.randint(1, 30)), 2), (f"{r.randint(1, 9)}{r.choice('ABCD')}", 1), (None, 1)])
            p.place = a.with_unit(unit) if unit != a.unit else a
            if a.cc != p.cc:
                p.phone = phonenumbers.format_number(phonenumbers.parse(p.phone, p.cc), phonenumbers.PhoneNumberFormat.E164)
                p.cc = a.cc
            toks.append("shared_address")
        elif not stolen or r.random() < 0.45:
            if r.random() < 0.12 and cc == "US":
                p.place = r.choice(self.mailbox_places()).with_unit(f"PMB {r.randint(100, 9999)}")
                toks.append("mailbox_address")
            elif not stolen:
                p.place = self.place(cc, p.city)
            else:
                p.place = self.place(cc, self.pick_city(cc, univ=False))
        # contact
        ph = sv("phone")
        if ph is not None:
            p.phone, p.phone_type = ph, "nonFixedVoip"
            toks.append("shared_phone")
        if p.phone_type.lower() in ("voip", "nonfixedvoip"):
            toks.append("voip_phone")
        # sign-ins
        ln = sv("login_ip")
        if ln is not None:
            p.home = ln
            toks.append("shared_login_ip")
        dv = sv("device")
        if dv is not None:
            p.devices[0] = dv
            toks.append("shared_device")
        # payout
        pay = sv("payout")
        own = self.bank_dest(cc, neobank=r.random() < 0.65) if r.random() < 0.75 else self.wallet_dest(p.email, cc)
        p.dest = own
        # photo
        ph = sv("photo")
        if ph is not None:
            p.photo = ("face", ph, r.choice([None, "recompress", "crop", "color", "ai_face", "ai_face", "ai_face_crop", "flip", "resize"]), self.seedint(), None)
            toks.append("shared_photo")
        elif stolen and getattr(victim, "photo", None) and victim.photo[0] == "face" and r.random() < 0.45:
            p.photo = ("face", victim.photo[1], "ai_face", self.seedint(), victim.photo[4])
            toks.append("ai_photo_of_victim")
        else:
            x = r.random()
            p.photo = ("face", self.seedint(), "ai_face" if r.random() < 0.3 else None, self.seedint(), None) if x < 0.62 else ("default", 0, True) if x < 0.7 else ("none",)
        # resume
        rs = sv("resume")
        clone_later = False
        if rs is not None:
            p.resume = ("cv", self.clone_resume(rs, p, drift=r.uniform(0.1, 0.5)), r.choice([0, 1, 3, 4]), wchoice(r, [("inline", 50), ("pdf", 25), ("docx", 20), ("txt", 5)]))
            toks.append("shared_resume")
        elif r.random() < 0.85:
            s = self.resume_struct(p, p.role, years=r.randint(5, 12), fancy=True)
            p.resume = ("cv", s, r.choice([0, 1, 3, 4, 5]), wchoice(r, [("inline", 50), ("pdf", 25), ("docx", 20), ("txt", 5)]))
            clone_later = r.random() < 0.18
        else:
            p.resume = ("none",)
        pr = sv("profile")
        if pr is not None:
            p.profiles = ";".join(x for x in [self.profiles_for(p, dev=True, github_p=0.0, site_p=0.0), pr] if x)
            toks.append("shared_profile")
        else:
            p.profiles = self.profiles_for(p, dev=True, linkedin_p=0.7, github_p=0.65, site_p=0.15)
        # where a company laptop ends up
        shp = sv("ship")
        if site is None:
            if shp is not None:
                site = cell.sites[("ship", cell.plan["ship"][i])]
            else:
                mcity = self.pick_city("US", univ=False)
                site = self.site(self.home_net("US", mcity), self.names("anglo", "m")[1], tz=mcity[4])
        p.site = site
        st = start or self.start_date(lo=datetime(2024, 1, 15, tzinfo=UTC))
        end = None
        if r.random() < 0.24:
            end = rand_dt(r, st + timedelta(days=30), min(EXPORT, st + timedelta(days=r.uniform(60, 400))))
        row = self.worker_row(p, client, kind=kind or ("contractor" if r.random() < 0.7 else "employee"), start=st, end=end or EXPORT,
                              laptop_p=laptop_p)
        row.fraud = 1
        row.tokens = [t for t in row.tokens if t in ("corp_vpn",)]
        if clone_later:
            self.deferred_clones.append(row)
        # payouts: operators switch to the shared account after the first pay runs
        if pay is not None:
            t_sw = row.start + timedelta(days=r.uniform(0, 75)) if r.random() < 0.45 else row.start - timedelta(days=30)
            row.payouts = [(row.start - timedelta(days=60), *own), (t_sw, *pay)] if t_sw > row.start else [(row.start - timedelta(days=60), *pay)]
            toks.append("shared_payout")
        elif r.random() < 0.2:
            m, d_, rl = self.bank_dest("US", neobank=True) if r.random() < 0.7 else self.crypto_dest()
            row.payouts.append((row.start + timedelta(days=r.uniform(20, 90)), m, d_, rl))
            toks.append("payout_changed")
        # sign-in habits: the operator's clock and devices
        row.hours = ("day", op.tz) if op.tz else ("day", p.tz)
        row.sessions[0][1][:] = [s for s in row.sessions[0][1] if s[1].kind != "campus"]
        if op.tz:
            toks.append("asia_hours")
        toks.append({"astrill": "vpn_astrill", "commercial": "vpn_commercial", "resproxy": "residential_proxy", "vps": "vps_ip"}[op.vpn] if ln is None else "")
        if r.random() < 0.07:
            row.slips.append((op.slip, op.devices[0], r.randint(1, 3)))
            toks.append("foreign_ip_slip")
        # laptops
        for L in row.laptops:
            self.fraud_laptop_setup(row, L, op, site, kvm=site.kvm)
            if shp is not None:
                L.ship_to = shp.text(r.randint(0, 9)) if shp.unit else shp.with_unit(r.choice([None, None, str(r.randint(1, 20))])).text(r.randint(0, 9))
                toks.append("shared_ship_address")
            elif ship_place is not None:
                L.ship_to = ship_place.text(r.randint(0, 9))
            elif r.random() < 0.6 and not a:
                # reshipped: the laptop goes to a mule, not to the claimed home
                L.ship_to = self.place("US", self.pick_city("US", univ=False)).text(r.randint(0, 9))
                toks.append("ship_mismatch")
            # the operator drives the laptop: its portal sign-ins leave from where it sits
            row.sessions[0][1][:] = [s for s in row.sessions[0][1] if s[2] is not L.device]
            row.sessions[0][1].append((6, site.net, L.device))
        # recovery contacts
        re_ = sv("recovery_email")
        if re_ is not None:
            row.rec_email = re_
            toks.append("shared_recovery_email")
        rp_ = sv("recovery_phone")
        if rp_ is not None:
            row.rec_phone, row.rec_phone_type = rp_, wchoice(r, [("nonFixedVoip", 60), ("voip", 30), ("", 10)])
            toks.append("shared_recovery_phone")
        row.x["payvia_kyc"] = "verified" if r.random() < 0.9 else "manual_review"
        if stolen:
            toks.append("stolen_identity")
        else:
            toks.append("synthetic_identity")
        row.tok(cell.primary, *[t for t in toks if t])
        # keep the primary first
        row.tokens.remove(cell.primary)
        row.tokens.insert(0, cell.primary)
        cell.rows.append(row)
        return row

    def victim_for(self, cc="US"):
        """A real US person whose identity was stolen; sometimes that person also works through Payvia."""
        r = self.r
        v = self.person(cc=cc, age=r.randint(24, 62))
        v.photo = None
        present = r.random() < 0.11
        if present:
            row = self.worker_row(v, self.pick_client())
            row.tok("honest_id_theft_victim")
            self.victim_rows.append(row)
        # reuse: the same identity sold twice
        self.stolen_pool.append(v)
        return v, present

    def pick_identity(self, cc):
        r = self.r
        if cc == "US" and self.stolen_pool and r.random() < 0.06:
            return r.choice(self.stolen_pool), "reused"
        if cc == "US" and r.random() < 0.62 or cc != "US" and r.random() < 0.3:
            v, present = self.victim_for(cc)
            return v, "present" if present else "stolen"
        return None, "synthetic"

    def persona_in(self, cell, i, op, client, cc="US", **kw):
        v, how = self.pick_identity(cc)
        row = self.make_persona(cell, i, op, client, cc=cc, victim=v, **kw)
        if how == "present":
            row.tok("victim_present")
        if how == "reused":
            row.tok("identity_reused")
            for other in self.rows:
                if other.fraud and other is not row and other.nid == row.nid:
                    other.tok("identity_reused")
        return row

    def fraud_client(self, device_pref=0.65):
        r = self.r
        return self.pick_client(device=True) if r.random() < device_pref else self.pick_client()

    def ring(self, n, ev, careful=False, primary="ring_overt", countries=None, fac=False, vpn=None):
        r = self.r
        op = self.operator(vpn=vpn)
        cell = self.new_cell([op], n, ev, careful=careful, primary=primary)
        if fac or "ship" in ev and r.random() < 0.6:
            cell.fac = self.facilitator()
            cell.farm_site = cell.fac.site
            cell.kvm = cell.farm_site.kvm
        used = []
        for i in range(n):
            cc = countries[i] if countries else ("US" if r.random() < 0.86 else r.choice(["CA", "GB"]))
            c = self.fraud_client()
            tries = 0
            while c in used and tries < 5:
                c = self.fraud_client()
                tries += 1
            used.append(c)
            self.persona_in(cell, i, op, c, cc=cc)
        return cell.rows

    def ring_mule(self, n):
        r = self.r
        ev = [e for e, _ in [(wchoice(r, [("login_ip", 30), ("device", 25), ("resume", 20), ("photo", 15), ("recovery_email", 10)]), 0)]]
        if r.random() < 0.4:
            ev.append(wchoice(r, [("login_ip", 30), ("device", 25), ("resume", 20), ("photo", 15)]))
        op = self.operator()
        cell = self.new_cell([op], n, list(dict.fromkeys(ev)), primary="ring_mule")
        rows = []
        mules = []
        for i in range(n):
            row = self.persona_in(cell, i, op, self.fraud_client())
            # payouts to money mules: a different US account per persona, each forwarding on
            m = self.bank_dest("US", neobank=r.random() < 0.6)
            row.payouts = [(row.start - timedelta(days=60), *m)]
            mules.append(m)
            row.tok("mule_payout")
            row.tokens = [t for t in row.tokens if t != "shared_payout"]
            rows.append(row)
        for i, row in enumerate(rows):
            if r.random() < 0.3 and n > 1:
                j = r.choice([k for k in range(n) if k != i])
                row.payouts.append((rand_dt(r, row.start + timedelta(days=40), EXPORT), *mules[j]))
                row.tok("mule_reused")
                rows[j].tok("mule_reused")
        return rows

    def laptop_farm(self):
        """A facilitator hosting laptops for one to three operator teams."""
        r = self.r
        fac = self.facilitator()
        site = fac.site
        kvm = site.kvm = r.choice(D.USB_IP_KVM) if r.random() < 0.7 else None
        rows = []
        n_ops = wchoice(r, [(1, 50), (2, 35), (3, 15)])
        fac_row = None
        if r.random() < 0.3:
            # the facilitator also works (on paper) through the platform under their own name
            op0 = self.operator()
            cell0 = self.new_cell([op0], 1, [], primary="laptop_farm")
            cell0.fac, cell0.farm_site, cell0.kvm = fac, site, kvm
            fac_row = self.make_persona(cell0, 0, op0, self.fraud_client(0.9), victim=fac, ship_place=fac.place, site=site)
            fac_row.payouts = [(fac_row.start - timedelta(days=60), *fac.dest)]
            fac_row.tok("facilitator", "rented_identity")
            fac_row.tokens = [t for t in fac_row.tokens if t not in ("stolen_identity",)]
            fac_row.address = fac.place.text(0)
            rows.append(fac_row)
        for k in range(n_ops):
            op = self.operator()
            n = r.randint(2, 7)
            extra = [e for e in ("payout", "recovery_email", "device", "resume", "photo", "login_ip") if r.random() < 0.18]
            cell = self.new_cell([op], n, ["ship"] + extra, primary="laptop_farm")
            cell.plan["ship"] = [0] * n
            cell.fac, cell.farm_site, cell.kvm = fac, site, kvm
            if "payout" in cell.plan and r.random() < 0.6:
                cell.vals[("payout", 0)] = fac.dest
            for i in range(n):
                row = self.persona_in(cell, i, op, self.fraud_client(0.97), site=site, laptop_p=1.0)
                row.tok("farm_network")
                rows.append(row)
        return rows

    def front_agency(self, n):
        r = self.r
        ag = self.make_agency("US", fraud=True)
        fac = self.facilitator()
        ag.office = fac.place if r.random() < 0.6 else r.choice(self.mailbox_places()).with_unit(f"Ste {r.randint(100, 999)}")
        site = fac.site
        site.kvm = r.choice(D.USB_IP_KVM) if r.random() < 0.35 else None
        op = self.operator()
        extra = [e for e in ("recovery_email", "device", "resume", "login_ip", "photo") if r.random() < 0.2]
        cell = self.new_cell([op], n, ["payout"] + extra, primary="front_agency")
        cell.plan["payout"] = [0 if r.random() < 0.9 else None for _ in range(n)]
        cell.vals[("payout", 0)] = ag.dest
        cell.fac, cell.farm_site = fac, site
        rows = []
        for i in range(n):
            cc = "US" if r.random() < 0.8 else r.choice(["CA", "PL", "UA", "RS"])
            row = self.persona_in(cell, i, op, self.fraud_client(0.6), cc=cc, kind="contractor",
                                  site=site if r.random() < 0.7 else None, ship_place=ag.office)
            row.x["payvia_agency"] = ag.name
            row.tok("agency_payout")
            if r.random() < 0.4:
                row.rec_email = ag.recovery
                row.tok("agency_recovery")
            rows.append(row)
        return rows

    def lone_persona(self):
        r = self.r
        quiet = r.random() < 0.25
        op = self.operator(vpn="resproxy" if quiet else None)
        if quiet:
            op.hours, op.tz = "us_mimic", None
            op.remote = ["crd"]
        cell = self.new_cell([op], 1, [], primary="lone_persona")
        row = self.persona_in(cell, 0, op, self.fraud_client(0.5), cc="US" if r.random() < 0.8 else r.choice(["CA", "GB", "JP", "PL", "VN"]))
        if quiet:
            row.phone_type = "mobile" if row.phone_type else ""
            row.tokens = [t for t in row.tokens if t != "voip_phone"]
            row.tok("few_traits")
        if r.random() < 0.12:
            m, d_, rl = self.crypto_dest()
            row.payouts.append((row.start + timedelta(days=r.uniform(15, 60)), m, d_, rl))
            row.tok("crypto_payout")
        return [row]

    def split_ring(self, n):
        r = self.r
        ev = [wchoice(r, [("login_ip", 30), ("device", 25), ("recovery_email", 15), ("resume", 15), ("photo", 10), ("payout", 10)])]
        if r.random() < 0.35:
            ev.append(wchoice(r, [("login_ip", 30), ("device", 25), ("recovery_email", 15), ("resume", 15), ("payout", 10)]))
        ev = list(dict.fromkeys(ev))
        countries = [r.choice(["US", "US", "CA", "GB", "PL", "DE", "JP", "VN", "SG", "UA", "PT", "RS", "AU"]) for _ in range(n)]
        op = self.operator(vpn=wchoice(r, [("astrill", 45), ("commercial", 30), ("vps", 25)]))
        cell = self.new_cell([op], n, ev, primary="ring_split")
        rows = []
        for i in range(n):
            row = self.persona_in(cell, i, op, self.fraud_client(0.4), cc=countries[i])
            if countries[i] != "US" and r.random() < 0.5 and "payout" not in ev:
                fn, ln = self.names("anglo", "m")
                row.payouts = [(row.start - timedelta(days=60), "wallet", f"payoneer:{row.email}", "Payoneer")] if r.random() < 0.5 else [(row.start - timedelta(days=60), *self.crypto_dest())]
            row.tok("multi_country")
            rows.append(row)
        return rows

    def rented_identity(self):
        """A US person renting out their identity (DoJ 2025 'DPRK RevGen'): real address, phone and bank; someone else works."""
        r = self.r
        renter = self.facilitator()
        site = renter.site
        site.kvm = r.choice(D.USB_IP_KVM) if r.random() < 0.3 else None
        op = self.operator()
        cell = self.new_cell([op], 1, [], primary="rented_identity")
        cell.fac, cell.farm_site = renter, site
        cell.kvm = site.kvm
        row = self.make_persona(cell, 0, op, self.fraud_client(0.85), victim=renter, site=site, ship_place=renter.place, laptop_p=1.0)
        row.tokens = [t for t in row.tokens if t not in ("stolen_identity",)]
        row.address = renter.place.text(r.randint(0, 3))
        row.phone, row.phone_type = renter.phone, renter.phone_type if r.random() < 0.9 else ""
        row.tokens = [t for t in row.tokens if t != "voip_phone"]
        if r.random() < 0.5:
            row.email = renter.email
        row.payouts = [(row.start - timedelta(days=60), *renter.dest)]
        if r.random() < 0.45:
            row.sessions[0][1][:] = [(w, renter.home if s.kind != "laptop" else n_, s) for (w, n_, s) in row.sessions[0][1]]
        rows = [row]
        if r.random() < 0.4:
            # the renter also hosts laptops of other personas (a small farm) and takes their pay
            k = r.randint(1, 3)
            cell2 = self.new_cell([op], k, ["ship", "payout"], primary="rented_identity")
            cell2.plan["payout"] = [0 if r.random() < 0.6 else None for _ in range(k)]
            cell2.vals[("payout", 0)] = renter.dest
            cell2.fac, cell2.farm_site, cell2.kvm = renter, site, cell.kvm
            cell2.vals[("ship", 0)] = renter.place
            for i in range(k):
                x = self.persona_in(cell2, i, op, self.fraud_client(0.95), site=site, laptop_p=1.0)
                x.tok("hosted_by_renter")
                rows.append(x)
            row.tok("hosts_laptops")
        return rows

    def fake_clients(self, n_clients):
        """Front companies posing as employers to plant malware on the developers they 'hire' (Contagious Interview)."""
        r = self.r
        op = self.operator(vpn=wchoice(r, [("vps", 50), ("commercial", 30), ("astrill", 20)]))
        shared_rec = self.email(*self.names("anglo", "m"), "US", domain="proton.me" if r.random() < 0.5 else "gmail.com")
        shared_ph = self.phone("US", fmt="e164")[0]
        rows = []
        hires = []
        for k in range(n_clients):
            c = World.Client()
            c.id = f"CL{1000 + len(self.clients)}"
            c.name = self.company_name()
            c.cc = "US"
            c.city = self.pick_city("US", univ=False)
            c.domain = self.domain_for(c.name, tld=r.choice([".io", ".com", ".xyz", ".ai", ".tech"]))
            c.weight = 0.0
            mb = r.choice(self.mailbox_places())
            c.office = mb.with_unit(f"Ste {r.randint(100, 999)}") if r.random() < 0.6 else self.place("US", c.city, unit_p=0).with_unit(f"Ste {r.randint(1, 20) * 100}")
            c.office_net = op.dedicated
            c.office_site = None
            c.device_program, c.office_policy, c.corp_vpn, c.hr_recovery, c.batch_signup, c.headshots = False, False, None, "", False, None
            c.fake = True
            c.registered = date(2025, r.randint(1, 9), r.randint(1, 28)) if r.random() < 0.7 else date(2024, r.randint(6, 12), r.randint(1, 28))
            reg = shared_rec if r.random() < 0.3 else self.registrant(c.domain, 0.0) or f"{h(c.domain, 32)}@withheldforprivacy.com"
            self.add_domain(c.domain, c.name, c.registered, reg, op.dedicated.ips[0][0] if r.random() < 0.5 else self.hosting_net().ips[0][0],
                            self.nameservers("namecheap" if r.random() < 0.6 else "cf"))
            c.workers = []
            self.clients.append(c)
            for j in range(r.randint(1, 3)):
                row = self.client_account(c)
                p = row.p
                row.fraud = 1
                row.tokens = ["fake_client"]
                row.start = rand_dt(r, datetime.combine(c.registered, datetime.min.time(), UTC) + timedelta(days=10), EXPORT - timedelta(days=40))
                row.created = row.start
                p.phone, _ = self.phone("US")
                row.phone = p.phone
                row.phone_type = wchoice(r, [("nonFixedVoip", 60), ("voip", 30), ("mobile", 10)])
                if row.phone_type != "mobile":
                    row.tok("voip_phone")
                dev = op.devices[j % len(op.devices)]
                row.sessions = [(row.start - timedelta(days=30), [(5, op.dedicated, dev), (3, self.persona_net(op), dev)])]
                row.hours = ("day", op.tz) if op.tz else ("day", p.tz)
                row.signup_ip = op.dedicated.ips[0][0]
                if r.random() < 0.7:
                    row.rec_email = shared_rec
                    row.tok("shared_recovery_email")
                if r.random() < 0.4:
                    row.rec_phone, row.rec_phone_type = shared_ph, "nonFixedVoip"
                    row.tok("shared_recovery_phone")
                if r.random() < 0.5:
                    row.tok("shared_device", "shared_login_ip")
                else:
                    row.tok("shared_login_ip")
                if r.random() < 0.6:
                    row.photo = ("face", self.seedint(), "ai_face", self.seedint(), None)
                    row.tok("ai_photo")
                rows.append(row)
            for _ in range(r.randint(3, 7)):
                hp = self.person(role=r.choice(["fullstack", "frontend", "backend", "blockchain", "mobile"]))
                hr = self.worker_row(hp, c, kind="contractor", start=rand_dt(r, datetime.combine(c.registered, datetime.min.time(), UTC) + timedelta(days=30), EXPORT - timedelta(days=5)))
                hr.tok("honest_fake_client_hire")
                hires.append(hr)
        return rows, hires

    # ================================================================== the population
    def make_payvia(self):
        r = self.r
        c = World.Client()
        c.id, c.name, c.cc, c.domain, c.weight, c.fake = "PAYVIA", "Payvia, Inc.", "US", "payvia.com", 0.0, False
        c.city = self.city_of("US", "San Francisco")
        c.office = self.place("US", c.city, kind="office", unit_p=0).with_unit("Ste 400")
        c.office_net = self.business_net("US", c.city, 4)
        c.office_site = self.site(c.office_net, "Payvia", kind="office", tz=c.city[4])
        c.device_program, c.office_policy, c.corp_vpn, c.hr_recovery, c.batch_signup, c.headshots = True, False, None, "", False, None
        c.registered = date(2017, 3, 14)
        c.workers = []
        self.add_domain("payvia.com", "Payvia, Inc.", c.registered, "hostmaster@payvia.com", self.fresh_ip(D.HOSTING["aws"][2]), self.nameservers("aws"))
        self.payvia = c
        offices = []
        for cc, cname, w in [("US", "San Francisco", 25), ("US", "Austin", 15), ("IE", "Dublin", 15), ("PH", "Makati", 30), ("PL", "Kraków", 15)]:
            city = self.city_of(cc, cname)
            offices.append({"cc": cc, "city": city, "w": w, "net": self.business_net(cc, city, 3)})
        return offices

    def poisson(self, lam):
        r = self.r
        if lam <= 0:
            return 0
        if lam > 40:
            return max(0, int(round(r.gauss(lam, math.sqrt(lam)))))
        L, k, p = math.exp(-lam), 0, 1.0
        while True:
            p *= r.random()
            if p <= L:
                return k
            k += 1

    def build(self):
        r = self.r
        n = self.n
        self.victim_rows, self.stolen_pool, self.deferred_clones = [], [], []
        self.make_clients()
        self.make_coworks()
        offices = self.make_payvia()
        # ---------------------------------------------------------------- fraud (about 3% of subjects)
        target = max(8, round(n * 0.03))
        fraud = []
        fc_rows, self.fake_hires = self.fake_clients(max(1, round(n / 5000)))
        fraud += fc_rows
        plan = [("overt", 0.22), ("careful", 0.17), ("split", 0.09), ("mule", 0.09), ("farm", 0.16), ("front", 0.06), ("lone", 0.11), ("rented", 0.07)]
        made = {k: 0 for k, _ in plan}
        for kind, share in plan:
            budget = share * (target - len(fc_rows))
            while made[kind] < budget - 0.5:
                if kind == "overt":
                    size = wchoice(r, [(r.randint(4, 6), 50), (r.randint(7, 10), 35), (r.randint(11, 15), 15)])
                    k = r.randint(3, 7)
                    ev = []
                    while len(ev) < k:
                        e = wchoice(r, self.EVIDENCE)
                        if e not in ev:
                            ev.append(e)
                    rows = self.ring(size, ev, primary="ring_overt")
                elif kind == "careful":
                    ev = [wchoice(r, [("payout", 18), ("recovery_email", 12), ("recovery_phone", 8), ("ship", 12), ("photo", 10), ("resume", 12),
                                      ("device", 10), ("login_ip", 14), ("address", 4)])]
                    rows = self.ring(r.randint(2, 6), ev, careful=True, primary="ring_careful")
                elif kind == "split":
                    rows = self.split_ring(r.randint(3, 8))
                elif kind == "mule":
                    rows = self.ring_mule(r.randint(3, 8))
                elif kind == "farm":
                    rows = self.laptop_farm()
                elif kind == "front":
                    rows = self.front_agency(r.randint(4, 10))
                elif kind == "lone":
                    rows = self.lone_persona()
                else:
                    rows = self.rented_identity()
                made[kind] += len(rows)
                fraud += rows
        # ---------------------------------------------------------------- honest
        for _ in range(max(2, round(n * 0.01))):
            self.honest_staff(offices)
        for c in self.clients:
            if c.fake:
                continue
            for _ in range(1 + (r.random() < 0.55) + (r.random() < 0.25) + min(4, int(c.weight / 30))):
                self.client_account(c)
        W = n - len(self.rows)
        shares = [("household", 0.04), ("agency", 0.05), ("cowork", 0.03), ("rehire", 0.03), ("two_clients", 0.024), ("name_change", 0.008),
                  ("migrant", 0.035), ("expat", 0.015), ("moved_house", 0.07), ("moved_country", 0.015), ("it_admin", 0.025),
                  ("applicant", 0.05), ("nomad", 0.01)]
        for kind, share in shares:
            goal = len(self.rows) + share * W
            while len(self.rows) < goal - 0.5 and len(self.rows) < n:
                if kind == "household":
                    self.honest_household()
                elif kind == "agency":
                    self.honest_agency(min(int(goal - len(self.rows)) + 1, wchoice(r, [(r.randint(3, 6), 45), (r.randint(7, 15), 35), (r.randint(16, 40), 20)])))
                elif kind == "cowork":
                    self.honest_cowork()
                elif kind == "rehire":
                    self.honest_rehire()
                elif kind == "two_clients":
                    self.honest_rehire(concurrent=True)
                elif kind == "name_change":
                    self.honest_name_change()
                elif kind == "migrant":
                    self.honest_migrant()
                elif kind == "expat":
                    self.honest_expat()
                elif kind == "moved_house":
                    self.honest_moved()
                elif kind == "moved_country":
                    self.honest_moved(country=True)
                elif kind == "it_admin":
                    self.honest_it_admin()
                elif kind == "applicant":
                    self.honest_applicant()
                elif kind == "nomad":
                    self.honest_nomad()
        while len(self.rows) < n:
            self.honest_plain()
        self.client_policies()
        self.honest_modifiers()
        self.fraud_applicants()
        for row in self.deferred_clones:
            src = [x for x in self.rows if not x.fraud and x.resume and x.resume[0] == "cv" and x.p and x.p.role in D.DEV_ROLES]
            if src:
                s = r.choice(src)
                row.resume = ("cv", self.clone_resume(s.resume[1], row.p, drift=0.2), row.resume[2] if row.resume[0] == "cv" else 0, "pdf" if r.random() < 0.5 else "inline")
                row.tok("cloned_resume")
                s.tok("resume_cloned")
        for row in self.rows:
            lead = [t for t in row.tokens if t in PRIMARY]
            if not lead:
                row.tokens.insert(0, "honest_worker" if not row.fraud else "lone_persona")
            else:
                row.tokens.remove(lead[0])
                row.tokens.insert(0, lead[0])
        self.assign_ids()

    def client_policies(self):
        """What clients do for all their workers alike: office addresses, HR-set recovery addresses, batch onboarding."""
        r = self.r
        for c in self.clients:
            if c.fake:
                continue
            for row in c.workers:
                if row.kind == "account":
                    continue
                if c.office_policy and r.random() < 0.7 and not row.fraud:
                    row.address = c.office.text(r.randint(0, 9))
                    row.sessions[0][1].append((5, c.office_net, row.p.devices[0]))
                    for L in row.laptops:
                        L.ship_to = c.office.text(r.randint(0, 9))
                        L.site = c.office_site
                        row.sessions[0][1].append((5, c.office_net, L.device))
                    if "honest_worker" in row.tokens:
                        row.tokens[row.tokens.index("honest_worker")] = "honest_office"
                    row.tok("office_address", "office_network")
                if c.hr_recovery and r.random() < 0.8 and "shared_recovery_email" not in row.tokens:
                    row.rec_email = c.hr_recovery
                    row.tok("shared_recovery_hr")
                    if r.random() < 0.3 and "shared_recovery_phone" not in row.tokens:
                        if not hasattr(c, "hr_phone"):
                            c.hr_phone = self.phone(c.cc, fmt="e164")[0]
                        row.rec_phone, row.rec_phone_type = c.hr_phone, "landline"
                if c.batch_signup and r.random() < 0.5:
                    row.signup_ip = c.office_net.ips[0][0]
                    row.tok("batch_signup")
                if row.laptops and c.office_policy is False and r.random() < 0.04 and not row.fraud:
                    # laptops handed out at the client's office
                    for L in row.laptops:
                        L.ship_to = c.office.text(r.randint(0, 9))
                    row.tok("shipped_to_office")

    def honest_modifiers(self):
        r = self.r
        for row in self.rows:
            if row.fraud or row.kind == "account" or not row.p:
                continue
            p = row.p
            ses = row.sessions[0][1]
            d0 = p.devices[0]
            if p.cc == "CN":
                ses.append((6, self.astrill_net(n=4) if r.random() < 0.7 else self.vpn_net("US", n=3), d0))
                row.tok("astrill_vpn" if ses[-1][1].kind == "astrill" else "vpn_privacy")
            if r.random() < 0.06:
                ses.append((r.uniform(2, 8), self.vpn_net(row.cc if r.random() < 0.6 else "US"), d0))
                row.tok("vpn_privacy")
            apple = [d for d in p.devices if d.os in ("mac", "ios")]
            if apple and r.random() < 0.06:
                ses.append((2, Net("relay", r.sample(self.relay, 3)), apple[0]))
                row.tok("private_relay")
            if row.cc in ("US", "CA") and r.random() < 0.05 and row.phone_type != "landline":
                row.phone_type = wchoice(r, [("nonFixedVoip", 60), ("voip", 30), ("fixedVoip", 10)])
                row.tok("voip_phone")
            if row.kind == "contractor" and r.random() < 0.015 and row.payouts:
                m, d_, rl = self.crypto_dest()
                row.payouts.append((rand_dt(r, row.start, EXPORT), m, d_, rl))
                row.tok("crypto_payout")
            if p.role in D.DEV_ROLES and r.random() < 0.03:
                ses.append((1.5, self.hosting_net(r.choice(["aws", "gcp", "do", "hetzner"])), d0))
                row.tok("cloud_ip")
            if p.hours == "night":
                row.tok("night_hours")
            if row.payouts and row.pay and r.random() < 0.05 and row.end > row.start + timedelta(days=60):
                m, d_, rl = self.bank_dest(p.cc, neobank=r.random() < 0.5)
                row.payouts.append((rand_dt(r, row.start + timedelta(days=30), row.end), m, d_, rl))
                row.tok("payout_changed")
            if r.random() < 0.03 and row.end > LOGIN_FROM + timedelta(days=30):
                cc = r.choice(["MX", "ES", "PT", "JP", "GB", "FR", "TH", "DE", "IT" if False else "NL", "CN" if r.random() < 0.1 else "SG"])
                t = rand_dt(r, max(row.start, LOGIN_FROM), row.end - timedelta(days=14))
                hn = self.home_net(cc, self.city_of(cc))
                row.sessions.append((t, ses + [(30, hn, d) for d in p.devices]))
                row.sessions.append((t + timedelta(days=r.uniform(5, 21)), ses))
                row.tok("travel_logins")
            for L in row.laptops:
                if r.random() < 0.025:
                    # shipped to a relative's or a friend's place, picked up later
                    L.ship_to = self.place(p.cc, p.city if r.random() < 0.6 else self.pick_city(p.cc)).text(r.randint(0, 9))
                    row.tok("ship_elsewhere")
                x = r.random()
                if x < 0.025:
                    L.usb.append(r.choice(D.USB_DESK_KVM))
                    row.tok("desk_kvm")
                elif x < 0.027:
                    vid, pid, prod, edid = r.choice(D.USB_IP_KVM[:3])
                    L.usb.append((vid, pid, prod))
                    L.displays.append(edid)
                    row.tok("homelab_kvm")
                if r.random() < 0.02:
                    t = r.choice(["anydesk", "teamviewer", "crd"])
                    L.procs.append(D.REMOTE_TOOLS[t]["mac" if L.os == "mac" else "win"])
                    if D.REMOTE_TOOLS[t]["port"]:
                        L.ports.append(D.REMOTE_TOOLS[t]["port"])
                    row.tok("remote_tools")
                if p.role in D.DEV_ROLES and r.random() < 0.012:
                    L.remote.append((f"{L.site.lan}.{r.randint(2, 250)}", r.uniform(2, 15)))
                    row.tok("long_remote_session")
                if "ko-KR" in L.kb:
                    row.tok("ko_keyboard")

    def fraud_applicants(self):
        r = self.r
        for row in self.rows:
            if row.fraud and row.kind in ("contractor", "employee") and r.random() < 0.07:
                row.kind = "applicant"
                row.start = rand_dt(r, EXPORT - timedelta(days=40), EXPORT - timedelta(days=1))
                row.created = row.start - timedelta(days=r.uniform(0, 5))
                row.end = EXPORT
                row.pay = None
                row.laptops = []
                row.x.update(payvia_status="onboarding", payvia_start="", payvia_end="", payvia_kyc=wchoice(r, [("pending", 50), ("verified", 35), ("manual_review", 15)]))
                row.tok("applicant_stage")

    def assign_ids(self):
        r = self.r
        self.rows.sort(key=lambda x: (x.created, x.email))
        seq = {"W": 100000, "C": 20000, "S": 1000}
        for row in self.rows:
            pre = "C" if row.kind == "account" else "S" if row.client is getattr(self, "payvia", None) else "W"
            seq[pre] += r.randint(1, 3)
            row.id = f"{pre}{seq[pre]}"
            if row.kind == "account":
                row.id = f"C-{seq[pre]}"
            elif pre == "S":
                row.id = f"S-{seq[pre]}"
            else:
                row.id = f"W-{seq[pre]}"

    # ================================================================== writing
    def write(self, outdir):
        r = self.r
        b = os.path.join(outdir, "bundle")
        os.makedirs(os.path.join(b, "photos"), exist_ok=True)
        os.makedirs(os.path.join(b, "resumes"), exist_ok=True)
        os.makedirs(os.path.join(b, "assets"), exist_ok=True)
        with open(os.path.join(b, "assets", "default-avatar.png"), "wb") as f:
            f.write(media.default_avatar(0))
        gravatar = media.default_avatar(1)
        extras = ["payvia_client_id", "payvia_worker_type", "payvia_job_title", "payvia_agency", "payvia_kyc", "payvia_id_doc", "payvia_tax_form",
                  "payvia_status", "payvia_start", "payvia_end"]
        cols = ["id", "kind", "full_name", "email", "phone", "phone_line_type", "address", "country", "birth_date", "national_id", "photo", "resume",
                "profiles", "employer", "created_at", "recovery_email", "recovery_phone", "recovery_phone_line_type", "signup_ip"] + extras
        face_cache = {}
        with open(os.path.join(b, "subjects.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(cols)
            for row in self.rows:
                photo = ""
                ph = row.photo or ("none",)
                if ph[0] == "face":
                    _, seed, edit, eseed, bd = ph
                    fmt = "PNG" if int(h(row.id, 4), 16) % 10 == 0 else "JPEG"
                    key = (seed, edit, eseed if edit else 0, bd, fmt)
                    data = face_cache.get(key)
                    if data is None:
                        data = media.portrait(seed, edit=edit, edit_seed=eseed, backdrop=bd, fmt=fmt)
                        if len(face_cache) < 4000:
                            face_cache[key] = data
                    photo = f"photos/{row.id}.{'png' if fmt == 'PNG' else 'jpg'}"
                    with open(os.path.join(b, photo), "wb") as pf:
                        pf.write(data)
                elif ph[0] == "default":
                    if ph[2]:
                        photo = "assets/default-avatar.png"
                    else:
                        photo = f"photos/{row.id}.png"
                        with open(os.path.join(b, photo), "wb") as pf:
                            pf.write(gravatar)
                resume = ""
                rs = row.resume or ("none",)
                if rs[0] == "cv":
                    _, st, style, fmt = rs
                    st = dict(st)
                    st["name"], st["email"], st["phone"] = row.full_name, row.email, row.phone
                    text = self.render_resume(st, style)
                    if fmt == "inline":
                        resume = text
                    else:
                        resume = f"resumes/{row.id}.{fmt}"
                        path = os.path.join(b, resume)
                        if fmt == "pdf":
                            data = media.pdf_bytes(text, st["name"])
                        elif fmt == "docx":
                            data = media.docx_bytes(text)
                        elif fmt == "md":
                            data = ("# " + text.replace("\n\n", "\n\n## ", 1)).encode("utf-8")
                        else:
                            data = text.encode("utf-8")
                        with open(path, "wb") as rf:
                            rf.write(data)
                for attr in ("phone", "rec_phone"):
                    v = getattr(row, attr)
                    if v and not v.startswith("+") and row.p is not None:
                        # the platform stores a number typed in another country's national format in E.164
                        try:
                            ok = phonenumbers.is_valid_number(phonenumbers.parse(v, row.cc))
                        except phonenumbers.NumberParseException:
                            ok = False
                        if not ok:
                            setattr(row, attr, phonenumbers.format_number(phonenumbers.parse(v, row.p.cc), phonenumbers.PhoneNumberFormat.E164))
                vals = [row.id, row.kind, row.full_name, row.email, row.phone, row.phone_type, row.address, row.cc, row.birth, row.nid, photo, resume,
                        row.profiles, row.employer, iso(row.created), row.rec_email, row.rec_phone, row.rec_phone_type, row.signup_ip] + [row.x.get(k, "") for k in extras]
                w.writerow(vals)
        self.write_logins(b)
        self.write_payments(b)
        self.write_shipments_endpoint(b)
        with open(os.path.join(b, "domains.jsonl"), "w", encoding="utf-8") as f:
            for d in self.domains:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        with open(os.path.join(outdir, "truth.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["subject_id", "fraud", "kind"])
            for row in self.rows:
                w.writerow([row.id, row.fraud, ";".join(row.tokens)])

    def _hour(self, profile):
        r = self.r
        if profile == "evening":
            return r.gauss(20.5, 2.0)
        if profile == "night":
            return r.gauss(1.5, 2.4)
        if profile == "split":
            return r.gauss(10, 1.5) if r.random() < 0.5 else r.gauss(21, 1.5)
        return r.gauss(13.0, 2.8)

    def _session_at(self, row, t):
        cur = row.sessions[0][1]
        for t0, ses in row.sessions:
            if t >= t0:
                cur = ses
        return cur

    def write_logins(self, b):
        r = self.r
        cols = {k: [] for k in ("subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn", "network_owner",
                                "city", "latitude", "longitude", "risk_level", "event_type", "session_id", "event_id")}
        detect = {"vpn": 0.85, "astrill": 0.55, "relay": 0.7, "hosting": 0.4, "resproxy": 0.15, "corp": 0.1}
        for row in self.rows:
            a = max(row.start or row.created, row.created, LOGIN_FROM)
            e = min(row.end, EXPORT)
            if e <= a:
                continue
            months = (e - a).total_seconds() / (30 * 86400)
            k = self.poisson(row.rate * months)
            if row.kind == "applicant":
                k = min(k, r.randint(0, 6))
            events = []
            for _ in range(k):
                events.append((None, None))
            for net, dev, cnt in row.slips:
                for _ in range(cnt):
                    events.append((net, dev))
            seen_dev, seen_cc = set(), set()
            stamps = []
            for net, dev in events:
                t = rand_dt(r, a, e)
                prof, tz = row.hours
                for tm, tz2 in row.tz_moves:
                    if t >= tm:
                        tz = tz2
                day = t.replace(hour=0, minute=0, second=0, microsecond=0)
                if day.weekday() >= 5 and r.random() < 0.75:
                    day -= timedelta(days=day.weekday() - 4)
                loc = self._hour(prof) % 24
                t = day + timedelta(hours=loc - utc_offset(tz, day), seconds=r.randint(0, 3599))
                if t < a or t > e:
                    t = rand_dt(r, a, e)
                if net is None:
                    ses = self._session_at(row, t)
                    _, net, dev = r.choices(ses, weights=[s[0] for s in ses])[0]
                stamps.append((t, net, dev))
            stamps.sort(key=lambda x: x[0])
            for t, net, dev in stamps:
                info = net.pick(r)
                ip, asn, owner, cc, city, lat, lon, proxy = info
                new_dev = dev.id not in seen_dev
                new_cc = cc not in seen_cc
                seen_dev.add(dev.id)
                seen_cc.add(cc)
                x = r.random()
                risky = (proxy in ("vpn", "astrill", "hosting") and r.random() < 0.5) + (new_dev and len(seen_dev) > 1) + (new_cc and len(seen_cc) > 1)
                outcome = "challenge" if risky and x < 0.25 else "failure" if x < 0.045 else "challenge" if x < 0.08 else "deny" if x < 0.088 else "success"
                enriched = r.random() < 0.88
                cols["subject_id"].append(row.id)
                cols["ts"].append(iso(t))
                cols["ip"].append(ip)
                cols["device_id"].append(dev.id if r.random() < 0.97 else "")
                cols["user_agent"].append(dev.ua)
                cols["country"].append(cc if r.random() < 0.97 else "")
                if enriched:
                    cols["outcome"].append(outcome)
                    cols["source_proxy"].append("true" if proxy in detect and r.random() < detect[proxy] else "false")
                    cols["asn"].append(str(asn))
                    cols["network_owner"].append(owner)
                    cols["city"].append(city)
                    cols["latitude"].append(str(lat) if lat is not None else "")
                    cols["longitude"].append(str(lon) if lon is not None else "")
                    cols["risk_level"].append("high" if risky >= 2 else "medium" if risky == 1 and r.random() < 0.5 else "low" if risky else "none")
                    cols["event_type"].append(wchoice(r, [("user.session.start", 70), ("user.authentication.sso", 15), ("user.authentication.auth_via_mfa", 15)]))
                    cols["session_id"].append("102" + "".join(r.choice(string.ascii_letters + string.digits) for _ in range(22)))
                    cols["event_id"].append("okta:" + "%08x-%04x-4%03x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12), 0x8000 | r.getrandbits(14), r.getrandbits(48)))
                else:
                    for k2 in ("outcome", "source_proxy", "asn", "network_owner", "city", "latitude", "longitude", "risk_level", "event_type", "session_id", "event_id"):
                        cols[k2].append("")
        tbl = pa.table({k: pa.array(v, type=pa.string()) for k, v in cols.items()})
        pq.write_table(tbl, os.path.join(b, "logins.parquet"), compression="zstd")
        self.n_logins = tbl.num_rows

    def write_payments(self, b):
        r = self.r
        rows = []
        for row in self.rows:
            if not row.pay or not row.payouts:
                continue
            cur, amt, cad = row.pay
            a = max(row.start + timedelta(days=10), PAY_FROM)
            e = min(row.end + timedelta(days=20), EXPORT)
            dates = []
            if cad == "biweekly":
                t = a + timedelta(days=(4 - a.weekday()) % 7)
                while t <= e:
                    dates.append(t)
                    t += timedelta(days=14)
            else:
                y, m = a.year, a.month
                while True:
                    first = datetime(y, m, 1, tzinfo=UTC)
                    if first > e:
                        break
                    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
                    cand = []
                    if cad == "semimonthly":
                        cand = [first.replace(day=15), last]
                    elif cad == "monthly":
                        cand = [last]
                    else:  # contractor invoices, paid a few days after month end
                        cand = [last + timedelta(days=r.randint(2, 12))]
                    for c in cand:
                        while c.weekday() >= 5:
                            c -= timedelta(days=1)
                        if a <= c <= e:
                            dates.append(c)
                    m += 1
                    if m == 13:
                        y, m = y + 1, 1
            per = amt / (2 if cad == "semimonthly" else 2.17 if cad == "biweekly" else 1)
            for t in dates:
                t = t.replace(hour=r.choice([13, 14, 15, 16, 17, 18]), minute=r.randint(0, 59), second=r.randint(0, 59))
                seg = row.payouts[0]
                for s in row.payouts:
                    if t >= s[0]:
                        seg = s
                _, method, dest, rail = seg
                noise = r.uniform(0.99, 1.01) if row.kind == "employee" else r.uniform(0.7, 1.25)
                val = per * noise
                decimals = 0 if cur in ("JPY", "KRW", "VND", "IDR", "COP", "ARS", "NGN") else 2
                rows.append([row.id, iso(t), f"{val:.{decimals}f}", cur if method != "crypto" else rail.split("-")[0], method, dest, rail,
                             "paid" if r.random() < 0.993 else "returned"])
        rows.sort(key=lambda x: x[1])
        tbl = pa.table({k: pa.array([x[i] for x in rows], type=pa.string()) for i, k in enumerate(
            ["subject_id", "ts", "amount", "currency", "method", "destination", "payvia_rail", "payvia_status"])})
        pq.write_table(tbl, os.path.join(b, "payments.parquet"), compression="zstd")
        self.n_payments = len(rows)

    def write_shipments_endpoint(self, b):
        r = self.r
        ship = []
        n_end = 0
        with open(os.path.join(b, "endpoint.jsonl"), "w", encoding="utf-8") as f:
            for row in self.rows:
                for L in row.laptops:
                    ship.append([row.id, iso(L.ship_ts), L.asset, L.ship_to, "laptop", L.model])
                    if r.random() < 0.15:
                        self.asset_seq += 1
                        ship.append([row.id, iso(L.ship_ts + timedelta(days=r.uniform(0, 40))), f"PV-MN-{self.asset_seq:06d}", L.ship_to, "monitor", r.choice(D.DISPLAYS)])
                    a = max(L.ship_ts + timedelta(days=r.uniform(4, 15)), TELEMETRY_FROM)
                    e = min(row.end, EXPORT)
                    if e <= a:
                        continue
                    t = a + timedelta(days=r.uniform(0, 20))
                    snaps = []
                    while t < e and len(snaps) < 3:
                        snaps.append(t)
                        t += timedelta(days=r.uniform(45, 110))
                    if not snaps:
                        snaps = [e - timedelta(hours=r.uniform(1, 48))]
                    for t in snaps:
                        remote_names = {v[k] for v in D.REMOTE_TOOLS.values() for k in ("mac", "win")}
                        site = L.site
                        for tm, s2 in L.moves:
                            if t >= tm:
                                site = s2
                        items = [("system", L.model, None), ("system", L.hostname, None), ("timezone", L.tz, None), ("gateway_mac", site.gw, None),
                                 ("network", site.ssid, None)]
                        items += [("keyboard", k, None) for k in dict.fromkeys(L.kb)]
                        items += [("display", d_, None) for d_ in L.displays]
                        items += [("usb", u[2], u) for u in L.usb]
                        items += [("process", p_, None) for p_ in L.procs if r.random() < 0.6 or p_ in remote_names]
                        items += [("listening_port", p_, None) for p_ in dict.fromkeys(L.ports)]
                        for host, days in L.remote:
                            if r.random() < 0.6:
                                items.append(("remote_session", host, t - timedelta(days=days * r.uniform(0.6, 1.0))))
                        for kind, val, extra in items:
                            t2 = t + timedelta(seconds=r.randint(0, 600))
                            o = {"subject_id": row.id, "ts": iso(t2), "device_id": L.device.id, "kind": kind, "value": val}
                            if kind == "usb":
                                o["vendor_id"], o["product_id"] = extra[0], extra[1]
                            if kind == "remote_session":
                                o["started_at"] = iso(extra)
                            o["event_id"] = h(f"{L.device.id}|{kind}|{val}|{o['ts']}", 24)
                            f.write(json.dumps(o, ensure_ascii=False) + "\n")
                            n_end += 1
        ship.sort(key=lambda x: x[1])
        with open(os.path.join(b, "shipments.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["subject_id", "ts", "asset", "address", "payvia_item", "payvia_model"])
            w.writerows(ship)
        self.n_ship, self.n_endpoint = len(ship), n_end


def generate(outdir, n_subjects=20000, seed=1):
    w = World(n_subjects, seed)
    w.build()
    w.write(outdir)
    fr = sum(x.fraud for x in w.rows)
    return {"subjects": len(w.rows), "fraud": fr, "logins": w.n_logins, "payments": w.n_payments, "shipments": w.n_ship,
            "endpoint": w.n_endpoint, "domains": len(w.domains)}
