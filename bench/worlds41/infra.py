"""Randomness, unique identifiers (names, mailboxes, phones, addresses, IPs, MACs, accounts) and network places."""
import datetime as dt
import hashlib
import ipaddress
import random
from dataclasses import dataclass

import phonenumbers

from . import data as D

EPOCH0 = int(dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc).timestamp())
EPOCH1 = int(dt.datetime(2025, 10, 31, tzinfo=dt.timezone.utc).timestamp())
DAY = 86400
TZ_OFF = {"America/New_York": -4, "America/Detroit": -4, "America/Kentucky/Louisville": -4,
          "America/Indiana/Indianapolis": -4, "America/Chicago": -5, "America/Denver": -6, "America/Boise": -6,
          "America/Phoenix": -7, "America/Los_Angeles": -7}


def iso(t: int) -> str:
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def day(t: int) -> str:
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).strftime("%Y-%m-%d")


@dataclass
class Place:
    ip: str
    asn: int
    owner: str
    city: str
    country: str
    lat: float
    lon: float
    proxy: str = "false"   # "true" / "false" / "" (unknown)
    tz: int = -4           # local UTC offset (hours) for activity hours


class Ctx:
    def __init__(self, seed: int, size: int):
        self.seed = seed
        self.size = size
        self.rng = random.Random(seed * 7919 + 41)
        self._names: set = set()
        self._mail: set = set()
        self._phones: set = set()
        self._addr: set = set()
        self._ips: set = set()
        self._macs: set = set()
        self._ids: set = set()
        self._accts: set = set()
        self._ssn = 0
        self.pools: dict = {}

    # ---------------------------------------------------------- basics
    def hex(self, n: int) -> str:
        return "%0*x" % (n, self.rng.getrandbits(4 * n))

    def uid(self, prefix: str, n: int = 10) -> str:
        while True:
            s = prefix + self.hex(n)
            if s not in self._ids:
                self._ids.add(s)
                return s

    def uuid(self) -> str:
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}".upper()

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def wpick(self, pairs):
        r = self.rng.random() * sum(w for _, w in pairs)
        for v, w in pairs:
            r -= w
            if r <= 0:
                return v
        return pairs[-1][0]

    def ssn_hash(self) -> str:
        self._ssn += 1
        return hashlib.sha256(f"hb41:{self.seed}:ssn:{self._ssn}".encode()).hexdigest()[:32]

    def dob(self, lo=22, hi=66) -> str:
        y = 2025 - self.rng.randint(lo, hi)
        return f"{y:04d}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"

    # ---------------------------------------------------------- names
    def _first(self, origin):
        if origin == "us":
            return self.pick(D.US_FIRST)
        if origin == "korean":
            a, b = self.pick(D.KOREAN_SYL), self.pick(D.KOREAN_SYL).lower()
            return a + ("-" + b if self.chance(0.15) else b)
        if origin == "chinese":
            return self.pick(D.CHINESE_GIVEN)
        return self.pick(D.ORIGINS[origin][0])

    def _last(self, origin):
        if origin == "us":
            if self.chance(0.72):
                return self.pick(D.US_LAST_REAL)
            return self.pick(D.SURNAME_PREFIX) + self.pick(D.SURNAME_SUFFIX)
        return self.pick(D.ORIGINS[origin][1])

    def name(self, origin: str, last: str | None = None) -> tuple[str, str, str]:
        """(first, middle initial, last), the first+last pair unique in the world."""
        for i in range(60):
            first = self._first(origin)
            ln = last or self._last(origin)
            if i > 30 and last is None:  # dense pool: a second surname / double-barrelled
                ln = ln + "-" + self._last("us" if origin == "us" else origin)
            key = (first + " " + ln).lower()
            if key not in self._names:
                self._names.add(key)
                return first, self.pick("ABCDEFGHJKLMNPRSTW"), ln
        first = self._first(origin) + " " + self._first(origin)
        self._names.add((first + " " + (last or "x")).lower())
        return first, "", last or self._last(origin)

    def claim_name(self, first, last):
        self._names.add((first + " " + last).lower())

    # ---------------------------------------------------------- mailboxes
    def email(self, first: str, last: str, domains=None, style=None) -> str:
        f = "".join(c for c in first.lower() if c.isalpha())
        l_ = "".join(c for c in last.lower() if c.isalpha())
        domains = domains or [("gmail.com", 55), ("yahoo.com", 12), ("outlook.com", 8), ("hotmail.com", 7),
                              ("icloud.com", 10), ("aol.com", 3), ("comcast.net", 2), ("att.net", 2),
                              ("protonmail.com", 1)]
        for i in range(40):
            st = style or self.pick(["fl", "f.l", "fl##", "f_l", "fln", "f.l##", "l.f", "nick"])
            if st == "fl":
                loc = f + l_
            elif st == "f.l":
                loc = f + "." + l_
            elif st == "fl##":
                loc = f + l_ + str(self.rng.randint(1, 99))
            elif st == "f_l":
                loc = f + "_" + l_
            elif st == "fln":
                loc = f[0] + l_ + str(self.rng.randint(1, 9999))
            elif st == "f.l##":
                loc = f + "." + l_ + str(self.rng.randint(60, 2005))
            elif st == "l.f":
                loc = l_ + "." + f
            else:
                loc = self.pick(["rn", "nurse", "the", "its", "mr", "ms", "doc", "real", "just", "hi"]) + f + \
                    str(self.rng.randint(1, 999))
            if i > 6:
                loc += self.hex(3)
            addr = f"{loc}@{self.wpick(domains)}"
            if addr not in self._mail:
                self._mail.add(addr)
                return addr
        raise RuntimeError("mailbox space exhausted")

    def mailbox(self, local: str, domain: str) -> str:
        while True:
            addr = f"{local}@{domain}"
            if addr not in self._mail:
                self._mail.add(addr)
                return addr
            local = local + self.hex(2)

    # ---------------------------------------------------------- phones
    def phone_us(self, areas) -> str:
        while True:
            ac = self.pick(areas)
            n = f"+1{ac}{self.rng.randint(2, 9)}{self.rng.randint(0, 9)}{self.rng.randint(0, 9)}{self.rng.randint(0, 9999):04d}"
            if n[5:8] in ("555", "911", "811", "411", "611") or n in self._phones:
                continue
            if phonenumbers.is_valid_number(phonenumbers.parse(n)):
                self._phones.add(n)
                return n

    def phone_foreign(self, cc: str) -> str:
        while True:
            if cc == "PH":
                n = "+639" + self.rng.choice(["17", "18", "19", "20", "27", "28", "05", "06", "15", "16", "26", "35", "77"]) + \
                    f"{self.rng.randint(0, 9999999):07d}"
            elif cc == "IN":
                n = "+91" + str(self.rng.choice([9, 8, 7])) + f"{self.rng.randint(0, 999999999):09d}"
            elif cc == "NG":
                n = "+234" + self.rng.choice(["803", "806", "813", "816", "703", "706", "802", "808", "805"]) + \
                    f"{self.rng.randint(0, 9999999):07d}"
            elif cc == "KR":
                n = "+8210" + f"{self.rng.randint(20000000, 99999999):08d}"
            elif cc == "CN":
                n = "+86" + self.rng.choice(["138", "139", "186", "150", "136"]) + f"{self.rng.randint(0, 99999999):08d}"
            elif cc == "VN":
                n = "+84" + self.rng.choice(["90", "91", "98", "97", "86"]) + f"{self.rng.randint(0, 9999999):07d}"
            else:
                n = "+1" + "416" + f"{self.rng.randint(2000000, 9999999)}"
            if n in self._phones:
                continue
            try:
                ok = phonenumbers.is_valid_number(phonenumbers.parse(n))
            except phonenumbers.NumberParseException:
                ok = False
            if ok:
                self._phones.add(n)
                return n

    def fmt_phone(self, e164: str) -> str:
        """The number as people type it."""
        if not e164.startswith("+1"):
            return e164 if self.chance(0.6) else e164[:3] + " " + e164[3:6] + " " + e164[6:]
        d = e164[2:]
        st = self.rng.randrange(6)
        return [f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}",
                e164, d, f"+1 {d[:3]} {d[3:6]} {d[6:]}"][st]

    # ---------------------------------------------------------- addresses
    def address(self, city, apt_p=0.25) -> str:
        cname, st, z3 = city[0], city[1], city[2]
        while True:
            num = self.rng.randint(100, 9899)
            street = f"{self.pick(D.STREETS)} {self.pick(D.STREET_TYPES)}"
            apt = f" Apt {self.rng.randint(1, 40)}{self.pick('ABCD')}" if self.chance(apt_p) else ""
            z = f"{z3}{self.rng.randint(1, 99):02d}"
            key = (num, street, apt, cname, st)
            if key not in self._addr:
                self._addr.add(key)
                return f"{num} {street}{apt}, {cname}, {st} {z}"

    def foreign_address(self, cc: str) -> str:
        """A home address abroad as people write it there, unique in the world."""
        city = self.foreign_place(cc).city
        while True:
            road = self.pick(D.FOREIGN_ROADS.get(cc, D.STREETS))
            a = {"PH": f"{self.rng.randint(1, 999)} {road} St, Brgy. {self.rng.randint(1, 899)}, {city}",
                 "IN": f"Flat {self.rng.randint(1, 40)}{self.rng.randint(1, 20):02d}, {road}, {city}",
                 "NG": f"{self.rng.randint(1, 300)} {road}, {city}",
                 "KR": f"{self.rng.randint(1, 500)}-{self.rng.randint(1, 99)} {road}, Apt {self.rng.randint(101, 2510)}, {city}",
                 }.get(cc, f"{self.rng.randint(1, 999)} {road} Road, Unit {self.rng.randint(1, 60)}, {city}")
            if a not in self._addr:
                self._addr.add(a)
                return a

    def fmt_address(self, a: str) -> str:
        r = self.rng.random()
        if r < 0.08:
            return a.upper()
        if r < 0.14:
            return a.replace(",", "")
        if r < 0.18:
            return a + ", USA"
        return a

    # ---------------------------------------------------------- networks
    def ip_in(self, octets) -> str:
        while True:
            o = self.pick(octets)
            ip = f"{o}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"
            if ip not in self._ips:
                self._ips.add(ip)
                return ip

    def home_place(self, city, isp=None) -> Place:
        isp = isp or self.pick(D.HUB_ISPS.get(city[7] if len(city) > 7 else -1,
                                              ["comcast", "charter", "att", "verizon", "cox", "frontier", "lumen"]))
        asn, owner, octs = D.HOME_ISPS[isp]
        return Place(self.ip_in(octs), asn, owner, city[0], "US", round(city[3] + self.rng.uniform(-.08, .08), 4),
                     round(city[4] + self.rng.uniform(-.08, .08), 4), "false", D_TZ(city))

    def pool(self, key, make, n):
        if key not in self.pools:
            self.pools[key] = [make() for _ in range(n)]
        return self.pick(self.pools[key])

    def mobile_place(self, city) -> Place:
        carrier = self.pick(list(D.MOBILE))
        asn, owner, octs = D.MOBILE[carrier]
        ip = self.pool(("mob", carrier, city[1]), lambda: self.ip_in(octs), 48)
        return Place(ip, asn, owner, city[0], "US", round(city[3], 2), round(city[4], 2), "false", D_TZ(city))

    def vpn_place(self, provider, city=None) -> Place:
        asn, owner, cities = D.VPNS[provider]
        c = city or self.pick(cities)
        ip = self.pool(("vpn", provider, c), lambda: self.ip_in([23, 45, 104, 138, 149, 185, 193]), 16)
        return Place(ip, asn, owner, c, "US", 0.0, 0.0, "true" if self.chance(0.8) else "", -5)

    def foreign_place(self, cc, fixed=None) -> Place:
        asn, owner, city, lat, lon, octs = fixed or self.pick(D.FOREIGN_ISPS[cc])
        tz = {"PH": 8, "IN": 5, "NG": 1, "KR": 9, "CN": 8, "VN": 7, "MX": -5, "CA": -4}.get(cc, 0)
        return Place(self.ip_in(octs), asn, owner, city, cc, lat, lon, "false", tz)

    def vps_place(self) -> Place:
        asn, owner = self.pick(D.VPS)
        c = self.pick([("Ashburn", 39.04, -77.49), ("Newark", 40.73, -74.17), ("Dallas", 32.78, -96.80),
                       ("Santa Clara", 37.35, -121.96)])
        return Place(self.ip_in([134, 137, 143, 159, 165, 167, 45, 64]), asn, owner, c[0], "US", c[1], c[2], "", -5)

    def mac(self, oui=None) -> str:
        while True:
            m = (oui or self.pick(D.ROUTER_OUI)) + ":" + ":".join(f"{self.rng.randint(0, 255):02x}" for _ in range(3))
            if m not in self._macs:
                self._macs.add(m)
                return m

    def ssid(self) -> str:
        s = self.pick(D.SSIDS)
        return s + (f"{self.rng.randint(10, 99)}" if self.chance(0.5) else "-" + self.hex(4).upper())

    def bank(self) -> str:
        while True:
            rt = self.pick(["044000037", "044000024", "042000314", "043000096", "042000013", "256074974",
                            "244183602", "083000108", "064000059", "071000013", "021000021", "111000025",
                            "242071758", "083905216", "074000010", "241075056"])
            acct = str(self.rng.randint(10 ** 8, 10 ** 11))
            d = f"{rt}:{acct}"
            if d not in self._accts:
                self._accts.add(d)
                return d

    def paycard(self) -> str:
        while True:
            d = f"paycard:{self.pick(['rapid!paycard', 'adp-aline', 'wisely', 'netspend-skylight'])}:{self.rng.randint(10 ** 11, 10 ** 12)}"
            if d not in self._accts:
                self._accts.add(d)
                return d

    # ---------------------------------------------------------- time
    def ts_between(self, a: int, b: int) -> int:
        return self.rng.randint(a, max(a, b))

    def work_ts(self, a: int, b: int, tz: int, night=False, hours=None) -> int:
        d0 = (max(a, EPOCH0 - 600 * DAY) // DAY)
        d1 = max(d0, b // DAY)
        dd = self.rng.randint(d0, d1)
        if hours:
            h = self.rng.uniform(*hours)
        elif night:
            h = self.rng.choice([self.rng.uniform(18.5, 24), self.rng.uniform(0, 7.5)])
        else:
            h = self.rng.uniform(6.5, 18.5)
        return int(dd * DAY + (h - tz) * 3600) % (10 ** 11)


def D_TZ(city) -> int:
    return TZ_OFF.get(city[5], -4)


def valid_ip(s: str) -> bool:
    try:
        ipaddress.IPv4Address(s)
        return True
    except ValueError:
        return False
