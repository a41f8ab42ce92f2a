"""Networks, machines and identity pieces (emails, phones, addresses, time shapes) that people are built from."""
import datetime as dt
import hashlib
import random
from zoneinfo import ZoneInfo

import phonenumbers

from . import data

T0 = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)   # start of the export window
T1 = dt.datetime(2025, 10, 31, tzinfo=dt.timezone.utc)  # end of the export window
SPAN_DAYS = (T1 - T0).days
# Public first octets to draw ASN blocks from (never private, CGNAT-internal, loopback or multicast space).
PUBLIC_OCTETS = [23, 24, 31, 37, 45, 46, 49, 50, 58, 62, 67, 68, 71, 73, 76, 77, 78, 82, 83, 85, 86, 88, 89, 91, 93, 94, 95, 98, 99,
                 101, 103, 106, 108, 109, 112, 115, 117, 118, 121, 124, 136, 138, 141, 143, 146, 151, 154, 156, 158, 162, 165, 170, 174,
                 176, 178, 180, 182, 185, 186, 188, 190, 193, 194, 195, 197, 200, 201, 203, 206, 208, 212, 213, 217]


def sub_rng(seed, label):
    """An independent, PYTHONHASHSEED-proof random stream for one purpose."""
    return random.Random(int.from_bytes(hashlib.sha256(f"{seed}|{label}".encode()).digest()[:8], "big"))


def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def blocks(asn, k=8):
    """The /16 blocks an ASN announces in this world: stable, derived from the number."""
    out = []
    for i in range(k):
        h = hashlib.sha256(f"asn{asn}/{i}".encode()).digest()
        out.append((PUBLIC_OCTETS[h[0] % len(PUBLIC_OCTETS)], h[1]))
    return out


class Net:
    """A place packets come from: a home line, a carrier's CGNAT pool, a VPN exit set, an office."""
    __slots__ = ("kind", "owner", "asn", "country", "city", "lat", "lon", "ips", "proxy", "gw_mac", "ssid", "v6")

    def __init__(self, kind, owner, asn, country, city, lat, lon, ips, proxy=False, gw_mac="", ssid="", v6=""):
        self.kind, self.owner, self.asn, self.country, self.city = kind, owner, asn, country, city
        self.lat, self.lon, self.ips, self.proxy, self.gw_mac, self.ssid, self.v6 = lat, lon, ips, proxy, gw_mac, ssid, v6

    def ip(self, rng):
        if self.v6 and rng.random() < 0.35:
            return f"{self.v6}:{rng.randrange(65536):x}:{rng.randrange(65536):x}:{rng.randrange(65536):x}:{rng.randrange(65536):x}"
        return self.ips[0] if len(self.ips) == 1 else rng.choice(self.ips)


class Networks:
    """Makes nets and keeps the shared pools (carriers, VPN exits, relays, hosting) so many people draw from them."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()
        self.pools = {}

    def _addr(self, asn):
        while True:
            a, b = self.rng.choice(blocks(asn))
            ip = f"{a}.{b}.{self.rng.randrange(256)}.{self.rng.randrange(1, 255)}"
            if ip not in self.used:
                self.used.add(ip)
                return ip

    def _jitter(self, lat, lon):
        return round(lat + self.rng.uniform(-0.15, 0.15), 4), round(lon + self.rng.uniform(-0.15, 0.15), 4)

    def mac(self):
        # Consumer router OUIs (TP-Link, Netgear, ASUS, Arris, Ubiquiti, Huawei, ZTE, Eero).
        oui = self.rng.choice(["50:c7:bf", "a0:40:a0", "04:d9:f5", "00:1d:d5", "f4:92:bf", "e8:68:19", "34:6b:46", "f0:21:e0"])
        return oui + ":" + ":".join(f"{self.rng.randrange(256):02x}" for _ in range(3))

    def home(self, country, city=None, isp=None, kind="home"):
        c = data.COUNTRIES[country]
        cname, lat, lon = city or self.rng.choice(c[4])
        owner, asn = isp or self.rng.choice(c[5])
        lat, lon = self._jitter(lat, lon)
        ips = [self._addr(asn) for _ in range(self.rng.choice([1, 1, 2, 2, 3]))]
        ssid = self.rng.choice(["NETGEAR", "TP-Link_", "Xfinity-", "Home-", "ASUS_", "Fios-", "Tenda_", "HUAWEI-", "Linksys"]) + hexid(self.rng, 4).upper()
        v6 = f"2a0{self.rng.randrange(1, 10)}:{self.rng.randrange(4096, 65535):x}:{self.rng.randrange(65536):x}:{self.rng.randrange(65536):x}" if self.rng.random() < 0.4 else ""
        return Net(kind, owner, asn, country, cname, lat, lon, ips, False, self.mac(), ssid, v6)

    def office(self, country, city, kind, n_ips=2, isp=None):
        """A fixed office/campus/coworking line: a couple of static addresses shared by everyone in it."""
        n = self.home(country, city, isp, kind)
        n.ips = [self._addr(n.asn) for _ in range(n_ips)]
        n.v6 = ""
        n.ssid = kind.capitalize() + "-" + hexid(self.rng, 3).upper()
        return n

    def _pool(self, key, make):
        if key not in self.pools:
            self.pools[key] = make()
        return self.pools[key]

    def mobile(self, country):
        """A carrier's CGNAT egress: a few hundred public addresses shared by every subscriber in the country."""
        c = data.COUNTRIES[country]
        owner, asn = self.rng.choice(c[6])
        cname, lat, lon = self.rng.choice(c[4])

        def make():
            ips = [self._addr(asn) for _ in range(160)]
            return Net("mobile", owner, asn, country, cname, lat, lon, ips, False, "", "", f"2600:{asn % 65535:x}:{self.rng.randrange(4096):x}")
        base = self._pool(("mobile", asn), make)
        # Same pool, the subscriber's own city and IPv6 /64.
        return Net("mobile", owner, asn, country, cname, round(lat, 4), round(lon, 4), base.ips, False, "", "",
                   f"{base.v6}:{self.rng.randrange(65536):x}")

    def starlink(self, country):
        c = data.COUNTRIES[country]
        cname, lat, lon = self.rng.choice(c[4])
        base = self._pool(("starlink", country), lambda: Net("starlink", data.STARLINK[0], data.STARLINK[1], country, cname, lat, lon,
                                                             [self._addr(data.STARLINK[1]) for _ in range(40)]))
        return base

    def exits(self, family, provider, country, n=60):
        """VPN, relay, hosting or SSE exits of one provider in one country, shared by all of its users there."""
        owner, asn = provider
        c = data.COUNTRIES.get(country)
        cname, lat, lon = (c[4][0] if c else ("", 0.0, 0.0))
        proxy = family in ("vpn", "astrill", "relay", "resproxy")

        def make():
            return Net(family, owner, asn, country, cname, lat, lon, [self._addr(asn) for _ in range(n)], proxy)
        return self._pool((family, owner, country), make)

    def vps(self, country="US"):
        """One rented server: a single address in a hosting ASN."""
        owner, asn = self.rng.choice(data.HOSTING)
        c = data.COUNTRIES[country]
        cname, lat, lon = self.rng.choice(c[4])
        return Net("vps", owner, asn, country, cname, lat, lon, [self._addr(asn)], None)

    def base(self, base):
        """An operator base's local line (what a slip of the VPN shows)."""
        city, country, _off, lat, lon, owner, asn = base
        return Net("base", owner, asn, country, city, lat, lon, [self._addr(asn) for _ in range(3)], False)


class Device:
    """A machine (or phone) a person signs in from; the tracker reports its hardware and software."""
    __slots__ = ("id", "os", "ua", "system", "tz", "keyboard", "displays", "usbs", "procs", "ports", "sessions", "mobile", "tracker")

    def __init__(self, id, os, ua, system, tz, keyboard, mobile=False):
        self.id, self.os, self.ua, self.system, self.tz, self.keyboard, self.mobile = id, os, ua, system, tz, keyboard, mobile
        self.displays, self.usbs, self.procs, self.ports, self.sessions = [], [], [], [], []
        self.tracker = False


CHROME = ["124.0.6367.91", "126.0.6478.127", "128.0.6613.120", "131.0.6778.86", "134.0.6998.89", "138.0.7204.101"]


def user_agent(rng, os):
    v = rng.choice(CHROME)
    if os == "mac":
        return rng.choice([f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Safari/537.36",
                           "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"])
    if os == "linux":
        return f"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Safari/537.36"
    if os == "ios":
        return "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
    if os == "android":
        return f"Mozilla/5.0 (Linux; Android 14; {rng.choice(['SM-S918B', 'Pixel 8', 'Redmi Note 13', 'SM-A546E', 'CPH2581'])}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Mobile Safari/537.36"
    return rng.choice([f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Safari/537.36",
                       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
                       f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Safari/537.36 Edg/{v[:5]}0.0"])


def computer(rng, tz, keyboard, owner_hint="", model=None):
    """A work machine with the peripherals and apps an ordinary developer has."""
    model = model or rng.choice(data.LAPTOPS)
    os = "mac" if model.startswith("Mac") else rng.choice(["win"] * 5 + ["linux"])
    stem = owner_hint or rng.choice(["DESKTOP", "LAPTOP", "dev", "WORK", "PC"])
    name = f"{stem}-{hexid(rng, 7).upper()}" if os != "mac" else f"{stem}s-MacBook-Pro" if stem else "MacBook-Pro"
    d = Device("d" + hexid(rng, 15), os, user_agent(rng, os), f"{model} / {name}", tz, keyboard)
    d.displays = (["Built-in Retina Display"] if os == "mac" else []) + rng.sample(data.MONITORS, rng.choice([0, 1, 1, 1, 2]))
    d.usbs = rng.sample(data.USB_COMMON, rng.choice([1, 2, 2, 3, 4]))
    d.procs = rng.sample(data.PROCS_COMMON, 5)
    return d


def phone_device(rng, tz, keyboard):
    os = rng.choice(["ios", "android", "android"])
    return Device("m" + hexid(rng, 15), os, user_agent(rng, os), "", tz, keyboard, True)


# ---- identity pieces -------------------------------------------------------------------------------------

def phone_e164(rng, country):
    cc, pats = data.PHONE[country]
    for _ in range(50):
        nat = "".join(str(rng.randrange(10)) if ch == "#" else ch for ch in rng.choice(pats))
        if cc == "1" and nat[3] in "01":
            continue
        num = phonenumbers.parse("+" + cc + nat)
        if phonenumbers.is_valid_number(num):
            return "+" + cc + nat
    raise RuntimeError(f"no valid phone for {country}")


def phone_typed(rng, e164, country):
    """How people type a number: E.164, spaced, national with the country as default region, dotted ...
    `country` is the subject's country (the reader's default region): a foreign number always keeps its +."""
    num = phonenumbers.parse(e164)
    r = rng.random()
    region = phonenumbers.region_code_for_number(num)
    if region != country and not (region in ("US", "CA") and country in ("US", "CA")):
        return e164 if r < 0.5 else phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if r < 0.3:
        return e164
    if r < 0.6:
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if r < 0.85:
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    nat = str(num.national_number)
    if country in ("US", "CA") and len(nat) == 10:
        return rng.choice([f"{nat[:3]}.{nat[3:6]}.{nat[6:]}", f"1-{nat[:3]}-{nat[3:6]}-{nat[6:]}", f"({nat[:3]}){nat[3:6]}-{nat[6:]}"])
    return f"00{num.country_code} {nat}"


LINE_SPELL = {"mobile": ["mobile", "MOBILE", "Mobile", "wireless"], "landline": ["landline", "LANDLINE", "fixed"],
              "voip": ["voip", "VOIP", "nonFixedVoip", "NON_FIXED_VOIP", "fixedVoip"]}


def line_type(rng, kind, country):
    """What a carrier lookup says, when the platform ran one (mostly for North American numbers)."""
    if rng.random() > (0.72 if country in ("US", "CA") else 0.3):
        return ""
    spell = LINE_SPELL[kind]
    if kind == "voip" and rng.random() < 0.35:
        return rng.choice(["fixedVoip", "FIXED_VOIP"])
    return rng.choice(spell)


def slug(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in s if ch.isalnum())


def personal_email(rng, first, last, domain=None, year=None):
    f, l = slug(first) or "dev", slug(last) or "x"
    y = year or rng.randrange(1975, 2004)
    local = rng.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}.{l}{y % 100:02d}", f"{f}{l}{rng.randrange(1, 999)}", f"{l}.{f}",
                        f"{f}_{l}", f"{f}.{l}.dev", f"{f}{y}", f"{f[0]}.{l}{rng.randrange(10, 99)}"])
    return f"{local}@{domain or rng.choice(data.FREEMAIL)}"


def us_address(rng, place=None):
    city, st, z3 = place or rng.choice(data.US_PLACES)
    num = rng.randrange(100, 9900)
    street = rng.choice(data.US_STREETS)
    unit = rng.choice(["", "", "", f" Apt {rng.randrange(1, 40)}{rng.choice('ABCD')}", f" Unit {rng.randrange(100, 999)}"])
    return {"num": num, "street": street, "unit": unit, "city": city, "state": st, "zip": f"{z3}{rng.randrange(10, 99)}", "country": "US"}


def foreign_address(rng, country, city=None):
    c = data.COUNTRIES[country]
    cname = city or rng.choice(c[4])[0]
    return {"num": rng.randrange(1, 220), "street": rng.choice(data.STREET_WORDS) + rng.choice([" Street", " Road", " Avenue", " St."]),
            "unit": rng.choice(["", "", f", Flat {rng.randrange(1, 90)}"]), "city": cname, "state": "",
            "zip": str(rng.randrange(10000, 99999)), "country": country}


STREET_ABBR = {"Ave": ["Avenue", "Ave."], "St": ["Street", "St."], "Blvd": ["Boulevard"], "Rd": ["Road"], "Dr": ["Drive"], "Ln": ["Lane"]}


def address_text(rng, a, variant=True):
    """One address typed one of the ways people type it (abbreviations, case, ZIP, unit placement)."""
    street = a["street"]
    unit = a["unit"]
    if variant:
        word = street.split()[-1]
        if word in STREET_ABBR and rng.random() < 0.4:
            street = street[: -len(word)] + rng.choice(STREET_ABBR[word])
        if unit.startswith(" Apt") and rng.random() < 0.3:
            unit = unit.replace(" Apt ", " #")
    if a["country"] == "US":
        s = f"{a['num']} {street}{unit}, {a['city']}, {a['state']} {a['zip']}"
        if variant and rng.random() < 0.2:
            s += rng.choice([", USA", ", United States", " US"])
        if variant and rng.random() < 0.1:
            s = s.upper()
    else:
        s = f"{a['num']} {street}{unit}, {a['city']} {a['zip']}, {a['country']}"
    return s


def national_id_hash(seed, raw):
    # The platform stores ID numbers as salted SHA-256; one salt for the whole export.
    return "sha256:" + hashlib.sha256(f"gigforge-salt-{seed}|{raw}".encode()).hexdigest()


def birth_date(rng, lo=1968, hi=2003):
    return dt.date(rng.randrange(lo, hi + 1), rng.randrange(1, 13), rng.randrange(1, 29))


def rand_time(rng, start=T0, end=T1):
    return start + dt.timedelta(seconds=rng.randrange(max(1, int((end - start).total_seconds()))))


ZONES = {}


def ts_shape(rng, t, zone=None):
    """A timestamp written one of the ISO 8601 shapes exports carry."""
    r = rng.random()
    if r < 0.45:
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")
    if r < 0.65:
        return t.strftime("%Y-%m-%d %H:%M:%S+00:00")
    if r < 0.8 and zone:
        z = ZONES.setdefault(zone, ZoneInfo(zone))
        lt = t.astimezone(z)
        off = lt.utcoffset().total_seconds() / 60
        return lt.strftime("%Y-%m-%dT%H:%M:%S") + f"{'+' if off >= 0 else '-'}{int(abs(off)) // 60:02d}:{int(abs(off)) % 60:02d}"
    if r < 0.9:
        return t.strftime("%Y-%m-%d %H:%M:%S UTC")
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")
